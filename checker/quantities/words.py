"""Vietnamese number words: "một nghìn sáu trăm chín mươi tỷ" = 1690 × 10⁹.

The words are data (``rules/lexicon/number-words.toml``); this module only knows the
grammar of the spoken number, which is the same in every report:

    number   := group (scale group?)*          a larger scale multiplies all before it
    group    := digit "trăm" tens? | tens      below one thousand
    tens     := digit | "mười" unit? | digit ("mươi"|"chục") unit? | ("linh"|"lẻ") digit
    decimal  := number "phẩy" digits

Reading is by hand over the token list, never a regex with nested repetition, so it is
linear in the phrase. A phrase that does not fit the grammar reads as ``None``: the caller
stays silent rather than guess ("một năm" is a year, not 1 then 5).
"""
from __future__ import annotations

import unicodedata
from decimal import Decimal
from functools import lru_cache
from typing import Optional

# the reader of lexicon files sits in the extract layer (the number reader reads its qualifiers
# and count nouns through it); re-exported here, where the quantity layer always had it
from ..records import record
from ..extract.lexicon import LexiconError, lexicon_dir, read_lexicon  # noqa: F401 (re-exported)

MAX_PHRASE_WORDS = 40  # "chín trăm chín mươi chín nghìn … tỷ" needs ~30; longer is not one number


@record(frozen=True)
class NumberWords:
    """The number-word lexicon: what each word contributes to a number."""

    digits: dict[str, int]
    units_after_tens: dict[str, int]
    ten: frozenset[str]
    tens: frozenset[str]
    zero_tens: frozenset[str]
    hundred: frozenset[str]
    decimal_mark: frozenset[str]
    percent: tuple[tuple[str, ...], ...]
    scales: dict[str, int]
    amount_cues: tuple[tuple[str, ...], ...]
    path: str = ""

    @property
    def vocabulary(self) -> frozenset[str]:
        """Every word that can stand inside a number phrase."""
        return frozenset(self.digits) | frozenset(self.units_after_tens) | self.ten | self.tens \
            | self.zero_tens | self.hundred | self.decimal_mark | frozenset(self.scales)

    # ------------------------------------------------------------------ reading
    def read(self, words: list[str] | tuple[str, ...] | str) -> Optional[Decimal]:
        """The value of a whole phrase of number words, or None when it is not one number."""
        tokens = split_words(words) if isinstance(words, str) else [w.lower() for w in words]
        if not tokens or len(tokens) > MAX_PHRASE_WORDS:
            return None
        marks = [i for i, t in enumerate(tokens) if t in self.decimal_mark]
        if len(marks) > 1:
            return None
        if marks:
            i = marks[0]
            whole = self._integer(tokens[:i])
            fraction = self._fraction(tokens[i + 1:])
            if whole is None or fraction is None:
                return None
            return Decimal(f"{whole}.{fraction}")
        value = self._integer(tokens)
        return None if value is None else Decimal(value)

    def _integer(self, tokens: list[str]) -> Optional[int]:
        if not tokens:
            return None
        present = [(self.scales[t], i) for i, t in enumerate(tokens) if t in self.scales]
        if not present:
            return self._below_thousand(tokens)
        power = max(p for p, _ in present)
        cut = max(i for p, i in present if p == power)  # the last of the largest scale
        left, right = tokens[:cut], tokens[cut + 1:]
        high = self._integer(left)
        # only the largest scale repeats over a larger number ("một nghìn tỷ", "một tỷ tỷ");
        # "hai nghìn ba nghìn" is not one number
        if high is None or high == 0 or (power < max(self.scales.values()) and high >= 1000):
            return None
        low = 0
        if right:
            low = self._integer(right)
            if low is None or low >= 10 ** power:
                return None
        return high * 10 ** power + low

    def _below_thousand(self, tokens: list[str]) -> Optional[int]:
        hundreds = [i for i, t in enumerate(tokens) if t in self.hundred]
        if not hundreds:
            return self._below_hundred(tokens)
        if len(hundreds) > 1 or hundreds[0] != 1 or tokens[0] not in self.digits:
            return None
        value = self.digits[tokens[0]] * 100
        rest = tokens[2:]
        if not rest:
            return value
        low = self._below_hundred(rest)
        return None if low is None else value + low

    def _below_hundred(self, tokens: list[str]) -> Optional[int]:
        n = len(tokens)
        first = tokens[0]
        if n == 1:
            return self.digits.get(first) if first in self.digits else (10 if first in self.ten else None)
        if n == 2 and first in self.zero_tens:
            unit = self._unit(tokens[1], after_tens=False)
            return unit if unit else None
        if first in self.ten:
            if n != 2:
                return None
            unit = self._unit(tokens[1], after_tens=True)
            return None if not unit else 10 + unit
        if first in self.digits and n in (2, 3) and tokens[1] in self.tens:
            d = self.digits[first]
            if d < 2 and tokens[1] not in ("chục",):  # "một mươi" is not said; "một chục" is
                return None
            if n == 2:
                return 10 * d
            unit = self._unit(tokens[2], after_tens=True)
            return None if not unit else 10 * d + unit
        return None

    def _unit(self, word: str, after_tens: bool) -> Optional[int]:
        """A units digit 1–9 ("mốt", "tư", "lăm" only after tens; "tư" also after "linh")."""
        if word in self.digits and self.digits[word] > 0:
            return self.digits[word]
        if word in self.units_after_tens and (after_tens or self.units_after_tens[word] == 4):
            return self.units_after_tens[word]
        return None

    def _fraction(self, tokens: list[str]) -> Optional[str]:
        if not tokens:
            return None
        if all(t in self.digits for t in tokens):  # "phẩy không năm" = ,05
            return "".join(str(self.digits[t]) for t in tokens)
        low = self._below_hundred(tokens)
        return None if low is None else str(low)


def split_words(text: str) -> list[str]:
    """Lower-case words of ``text`` (NFC), hyphens and commas taken as spaces."""
    text = unicodedata.normalize("NFC", text).lower()
    for ch in "-–,;":
        text = text.replace(ch, " ")
    return text.split()


# ----------------------------------------------------------------------------- loading the data
@lru_cache(maxsize=4)
def load_number_words(path: str | None = None) -> NumberWords:
    """Read and validate the number-word lexicon; a bad file is a :class:`LexiconError`
    naming the file and the key, and every case in it must read as it says."""
    where, data = read_lexicon(path, "number-words.toml")

    def err(key: str, why: str) -> LexiconError:
        return LexiconError(f"{where}: {key}: {why}")

    def table(key: str, low: int, high: int) -> dict[str, int]:
        value = data.get(key)
        if not isinstance(value, dict) or not value:
            raise err(key, "cần bảng từ → số (table of word = number)")
        out = {}
        for word, n in value.items():
            if not isinstance(n, int) or isinstance(n, bool) or not low <= n <= high:
                raise err(f"{key}.{word}", f"phải là số nguyên {low}…{high}")
            out[_norm(word)] = n
        return out

    words = data.get("words")
    if not isinstance(words, dict):
        raise err("words", "cần bảng [words]")

    def word_list(key: str, section: dict, prefix: str) -> tuple[str, ...]:
        value = section.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
            raise err(f"{prefix}{key}", "cần danh sách từ không rỗng (non-empty list of words)")
        return tuple(_norm(w) for w in value)

    known = {"description", "digits", "units_after_tens", "words", "scales", "cues", "cases"}
    for key in data:
        if key not in known:
            raise err(key, f"khóa không hợp lệ (unknown key); có: {', '.join(sorted(known))}")
    cues = data.get("cues")
    if not isinstance(cues, dict):
        raise err("cues", "cần bảng [cues]")
    lex = NumberWords(
        digits=table("digits", 0, 9), units_after_tens=table("units_after_tens", 1, 9),
        ten=frozenset(word_list("ten", words, "words.")), tens=frozenset(word_list("tens", words, "words.")),
        zero_tens=frozenset(word_list("zero_tens", words, "words.")),
        hundred=frozenset(word_list("hundred", words, "words.")),
        decimal_mark=frozenset(word_list("decimal_mark", words, "words.")),
        percent=tuple(tuple(w.split()) for w in word_list("percent", words, "words.")),
        scales=table("scales", 3, 18),
        amount_cues=tuple(tuple(w.split()) for w in word_list("amount_in_words", cues, "cues.")),
        path=where)
    for key, section in (("words", words), ("cues", cues)):
        allowed = {"ten", "tens", "zero_tens", "hundred", "decimal_mark", "percent"} if key == "words" \
            else {"amount_in_words"}
        for k in section:
            if k not in allowed:
                raise err(f"{key}.{k}", f"khóa không hợp lệ (unknown key); có: {', '.join(sorted(allowed))}")
    cases = data.get("cases")
    if not isinstance(cases, list) or not cases:
        raise err("cases", "cần ít nhất một [[cases]] (words, value)")
    for i, case in enumerate(cases):
        if not isinstance(case, dict) or set(case) != {"words", "value"} \
                or not all(isinstance(case[k], str) for k in ("words", "value")):
            raise err(f"cases[{i}]", "cần words = \"…\" và value = \"…\" (chuỗi)")
        got = lex.read(case["words"])
        want = Decimal(case["value"]) if case["value"] else None
        if got != want:
            raise err(f"cases[{i}]", f"{case['words']!r} đọc ra {got} thay vì {want or 'không phải số'}")
    return lex


def _norm(word: str) -> str:
    return " ".join(unicodedata.normalize("NFC", word).lower().split())
