"""Kind ``listed_count``: a count of named things against the names listed with it.

## What it does
Reports name what they count: "cả nước có 11 tỉnh thành đạt kim ngạch từ 1 tỷ USD trở lên. Đó là:
Bắc Giang, Bắc Ninh, …", "huyện có 5 xã đạt chuẩn (Tân An, Tân Bình, …)", "03 học sinh đạt giải: em
A, em B và em C". A count of a kind of thing that has names (``nouns``: provinces, districts,
communes, countries, people, units, schools …) followed by a complete list of names — after an
opener (``openers``: gồm, bao gồm, là, a colon, a parenthesis), or in the next sentence when it
opens on ``sentence_openers`` ("Đó là:") — must count as many names as it says.

A list is read only when every item is a name: a capitalised word, after at most the prefixes
of ``name_prefixes`` ("tỉnh", "xã", "em", "đồng chí"), with no figure in it. Organisations'
names hold commas and "và" ("Sở Văn hóa, Thể thao và Du lịch"): when the first item opens on an
organisation's head word (``org_heads``), a new item starts only at a head word. A list that
says it is a selection (``partial_words``: như, trong đó, tiêu biểu …) or left open
(``open_enders``: v.v., …) is not complete, and an approximate count ("hơn 10 tỉnh") counts
nothing exactly: neither is judged. The same sentence is an error; a list in the next sentence
("Đó là: …") a warning.

## Why is this bad?
"11 tỉnh" followed by ten names tells the reader either that a name was dropped or that the count
is wrong; a signed report that cannot count its own list loses the reader's trust in every
other figure.

## Example
``Có 5 xã đạt chuẩn nông thôn mới, gồm: Tân An, Tân Bình, Tân Hòa và Tân Phú`` — four names.
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import field
from typing import Iterable

from ..records import record
from .. import extract
from ..model import Document, ListItem, NumberToken
from . import Context, Hit, Kind, register
from ._prose import Sentence, alternation, depth_in, is_money, prose_blocks, sentences

_MAX_COUNT = 200  # a list of names longer than this is no list a report writes inline
_WINDOW = 6000  # characters: the longest list of names read
_LABEL_CHARS = 300  # characters between a count and its list's opener, at most (15 words)
_WORD = re.compile(r"\S+")


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


@register("listed_count")
class ListedCount(Kind):
    placeholders = frozenset({"stated", "listed", "names"})

    @record(frozen=True, eq=False)
    class Params:
        nouns: list[str] = field(default_factory=lambda: [
            "tỉnh", "thành phố", "tỉnh thành", "tỉnh, thành phố", "tỉnh, thành", "tỉnh/thành phố", "địa phương",
            "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "quốc gia", "nước", "người", "học sinh", "em",
            "đồng chí", "đơn vị", "sở", "trường", "doanh nghiệp"])
        openers: list[str] = field(default_factory=lambda: ["gồm có", "bao gồm", "gồm", "là", "cụ thể là", "cụ thể"])
        sentence_openers: list[str] = field(default_factory=lambda: ["Đó là", "Gồm", "Gồm có", "Bao gồm", "Cụ thể",
                                                                     "Cụ thể là"])
        partial_words: list[str] = field(default_factory=lambda: ["như", "trong đó", "tiêu biểu", "điển hình"])
        # "như sau" opens a complete list: it is no "như" of a selection
        complete_phrases: list[str] = field(default_factory=lambda: ["như sau"])
        open_enders: list[str] = field(default_factory=lambda: ["v.v", "vv", "…", "...", "và các", "cùng các"])
        name_prefixes: list[str] = field(default_factory=lambda: ["tỉnh", "thành phố", "huyện", "xã", "em"])
        org_heads: list[str] = field(default_factory=lambda: ["Sở", "Ban", "Bộ", "Công ty", "Trường"])
        max_label_words: int = 15
        max_name_words: int = 10
        # the classes of place a name may open on, aliases of one class joined by "/": a list
        # counting places of one class that names a place of another ("2 thành phố là Hà Nội, Đà
        # Nẵng và huyện Quế Phong"; "2 huyện là Quế Phong, tỉnh Nghệ An và Mường Lát, tỉnh Thanh
        # Hóa", the province locating the district) is no list of the counted places
        place_classes: list[str] = field(default_factory=lambda: ["tỉnh", "thành phố/tp/thành", "huyện", "xã"])

    def __init__(self, params: "ListedCount.Params"):
        super().__init__(params)
        for key in ("nouns", "openers", "name_prefixes"):
            if not any(w.strip() for w in getattr(params, key)):
                raise ValueError(f"{key} không được rỗng")
        if params.max_label_words < 0 or params.max_name_words < 1:
            raise ValueError("max_label_words ≥ 0 và max_name_words ≥ 1")
        # the noun right after the figure ("11 tỉnh thành", "5 tỉnh, thành phố"), longest first
        self.noun_re = re.compile(rf"[ \t]++(?:{alternation(params.nouns)})(?!\w)", re.IGNORECASE)
        # the opener of a list after the noun and its label: a word, a colon or a parenthesis
        self.opener_re = re.compile(rf"(?<!\w)(?:{alternation(params.openers)})(?!\w)[ \t]*+:?|[:(]", re.IGNORECASE)
        sent = [w for w in params.sentence_openers if w.strip()]
        self.sentence_re = re.compile(rf"\s*+(?:{alternation(sent)})(?!\w)[ \t]*+:?", re.IGNORECASE) if sent \
            else None
        complete = [w for w in params.complete_phrases if w.strip()]
        self.complete_re = re.compile(rf"(?<!\w)(?:{alternation(complete)})(?!\w)", re.IGNORECASE) if complete \
            else None
        partial = [w for w in params.partial_words if w.strip()]
        self.partial_re = re.compile(rf"(?<!\w)(?:{alternation(partial)})(?!\w)", re.IGNORECASE) if partial \
            else None
        self.open_enders = tuple(_norm(w) for w in params.open_enders if w.strip())
        self.prefixes = sorted({tuple(_norm(w).split()) for w in (*params.name_prefixes, *params.nouns) if w.strip()},
                               key=len, reverse=True)
        self.heads = sorted({tuple(w.split()) for w in params.org_heads if w.strip()}, key=len, reverse=True)
        self.places = [tuple(a for a in (_norm(x) for x in c.split("/")) if a) for c in params.place_classes]
        self.places = [c for c in self.places if c]
        # "các tỉnh:" / "những đơn vị sau:" after the opener, before the colon
        self.det_re = re.compile(r"[ \t]*+(?:các|những)[ \t]++(?:[^\W\d_]++[ \t]*+){0,4}+:", re.IGNORECASE)
        self.det_only_re = re.compile(r"[ \t]*+(?:các|những)(?!\w)", re.IGNORECASE)

    # ------------------------------------------------------------------ reading
    def _count(self, doc: Document, s: Sentence, tok: NumberToken) -> int | None:
        """End of the noun after ``tok`` when it is an exact count of named things."""
        if tok.percent or tok.approx or tok.decimals or tok.scale != 1 \
                or tok.estimate or not 2 <= tok.value <= _MAX_COUNT or depth_in(doc, s, tok.start) != 0:
            return None
        after = tok.end
        if tok.denominator is not None:
            # "17/63 địa phương … gồm: …": the list names the 17 of the 63
            if tok.denominator.value <= tok.value:
                return None
            after = tok.denominator.end
        m = self.noun_re.match(doc.text, after, s.end)
        return m.end() if m else None

    def _partial(self, text: str) -> bool:
        if self.partial_re is None:
            return False
        if self.complete_re is not None:
            text = self.complete_re.sub(" ", text)
        return self.partial_re.search(text) is not None

    def _name_start(self, words: list[str]) -> int | None:
        """Index of the first word of the name after its prefixes, or None when it is no name."""
        low = [w.lower().rstrip(".") for w in words]
        i = 0
        while i < len(words):
            for p in self.prefixes:
                if tuple(low[i:i + len(p)]) == p:
                    i += len(p)
                    break
            else:
                break
        if i >= len(words) or not words[i][0].isupper():
            return None
        return i

    def _is_head(self, words: list[str], at: int) -> bool:
        """Does the item open on an organisation's head word ("Sở Tư pháp"; a head word may
        also be a prefix: "sở" counts as one)?"""
        return any(tuple(words[k:k + len(h)]) == h for h in self.heads for k in {0, at})

    def _names(self, doc: Document, start: int, stop: int, nums: tuple[NumberToken, ...]) -> list[str] | None:
        """The names of a list starting at ``start`` (absolute), or None when it is no complete
        list of names. ``stop`` bounds the search for its end (the block's end)."""
        text = doc.text
        # each name: its words, where the name starts after its prefixes, its span in the text
        items: list[tuple[list[str], int, int, int]] = []
        closed = False  # a "và" joined the last item: what follows is no more of the list
        cut = -1
        for piece in _pieces(text, start, stop):
            if piece is None:
                return None
            p_lo, p_hi, blanks, last = piece
            # what stands in parentheses is blanked ("em A (giải Nhất)"): remarks, not items
            body = text[p_lo:p_hi]
            for b_lo, b_hi in blanks:
                body = body[:b_lo - p_lo] + " " * (b_hi - b_lo) + body[b_hi - p_lo:]
            # a figure outside the parentheses: a part with its amount ("Hà Nội 12 dự án"), no name;
            # the block's figures, not the sentence's ("TP. Hồ Chí Minh 2 dự án" cuts a sentence)
            lo = bisect.bisect_left(nums, p_lo, key=_start)
            hi = bisect.bisect_left(nums, p_hi, key=_start)
            ok = not any(not any(b_lo <= n.start < b_hi for b_lo, b_hi in blanks) for n in nums[lo:hi])
            subs = []  # (start, end) of each name in the piece: "và" joins the last two
            k = 0
            for m in _AND.finditer(body):
                subs.append((k, m.start()))
                k = m.end()
            subs.append((k, len(body)))
            names = []
            org_list = bool(items) and self._is_head(*items[0][:2])
            for j, (a, b) in enumerate(subs if ok else ()):
                words = _WORD.findall(body[a:b].strip().rstrip("."))
                at = self._name_start(words) if words else None
                in_org = org_list or bool(names) and self._is_head(*names[0][:2])
                if at is None and j > 0 and in_org and words and words[0][0].isupper():
                    # "Sở Lao động - Thương binh và Xã hội": after "và" in an organisation's name
                    # a word that is also a prefix ("xã") is still of that name
                    at = len(words)
                if at is None or len(words) > self.params.max_name_words:
                    ok = False
                    break
                names.append((words, at, p_lo + a, p_lo + b))
            if not ok:
                if closed and items:
                    cut = p_lo
                    break
                return None
            for words, at, a, b in names:
                if items and self._is_head(*items[0][:2]) and not self._is_head(words, at):
                    items[-1] = (items[-1][0], items[-1][1], items[-1][2], b)  # "Sở Văn hóa, Thể thao và Du lịch"
                else:
                    items.append((words, at, a, b))
            closed = closed or len(subs) > 1
            if last:
                cut = p_hi
                break
        if len(items) < 2 or cut < 0:
            return None
        # "… Quảng Ninh v.v.": the list's end is inside "v.v.", so a few characters after it count
        low = _norm(text[start:min(stop, cut + 6)])
        if any(e in low for e in self.open_enders) or self._partial(text[start:cut]):
            return None
        return [" ".join(text[a:b].split()).rstrip(".") for _, _, a, b in items]

    def _place_class(self, words: str) -> int | None:
        """The class of place ``words`` open on (normalised text), or None."""
        for k, aliases in enumerate(self.places):
            for a in aliases:
                if words == a or words.startswith(a + " ") or words.startswith(a + "."):
                    return k
        return None

    def _other_place_class(self, noun: str, names: list[str]) -> bool:
        """Does the count name places of some class ("2 huyện") while a name opens on a class
        the count does not name ("tỉnh Nghệ An")?"""
        counted = {k for k, aliases in enumerate(self.places)
                   if any(re.search(rf"(?<!\w){re.escape(a)}(?!\w)", noun) for a in aliases)}
        if not counted:
            return False
        return any((k := self._place_class(_norm(n))) is not None and k not in counted for n in names)

    # ------------------------------------------------------------------ checking
    def check(self, doc: Document, ctx: Context) -> Iterable[Hit]:
        text = doc.text
        index = {id(b): k for k, b in enumerate(doc.blocks)}
        for block in prose_blocks(doc):
            sents = sentences(doc, block)
            if sents and text[block.start:block.end].rstrip().endswith(":") and index.get(id(block), -1) >= 0:
                # the last sentence opens a list of items on the lines after the block
                last = sents[-1]
                for tok in last.numbers:
                    noun_end = self._count(doc, last, tok)
                    if noun_end is not None:
                        hit = self._item_list(doc, index[id(block)], tok, noun_end, last)
                        if hit is not None:
                            yield hit
            figures = None
            for i, s in enumerate(sents):
                counts = []
                for tok in s.numbers:
                    noun_end = self._count(doc, s, tok)
                    if noun_end is not None:
                        counts.append((tok, noun_end))
                for tok, noun_end in counts:
                    if figures is None:
                        figures = tuple(extract.numbers(doc, block))
                    hit = self._same_sentence(doc, block.end, s, tok, noun_end, figures)
                    if hit is not None:
                        yield hit
                if len(counts) == 1 and i + 1 < len(sents) and self.sentence_re is not None:
                    tok, noun_end = counts[0]
                    nxt = sents[i + 1]
                    m = self.sentence_re.match(text, nxt.start, nxt.end)
                    if m and not self._opened_here(doc, s, noun_end):
                        start = m.end() if m.group().endswith(":") else self._after_det(text, m.end(), nxt.end)
                        hit = self._judge(doc, block.end, tok, noun_end, start, figures, "warning",
                                          text[noun_end:s.end] + " " + text[nxt.start:start])
                        if hit is not None:
                            yield hit

    def _item_list(self, doc: Document, at: int, tok: NumberToken, noun_end: int, s: Sentence) -> Hit | None:
        """A count whose sentence ends its block on a list opener and a colon, the names listed as
        the items after it, one an item: "có 4 xã đạt chuẩn, gồm:" then "- Xã Tân An;" …"""
        text = doc.text
        m = self.opener_re.search(text, noun_end, min(s.end, noun_end + _LABEL_CHARS))
        if m is None or m.group() == "(" or ":" not in text[m.start():s.end]:
            return None
        rest = text[m.end():s.end].replace(":", " ").lower().split()
        nouns = set(text[tok.end:noun_end].lower().replace(",", " ").split())
        if any(w not in _BEFORE_ITEMS and w not in nouns for w in rest):
            return None  # "gồm: Tân An …" goes on in the sentence, or the words say more than "như sau"
        label = text[noun_end:m.start()]
        if len(label.split()) > self.params.max_label_words or ";" in label or self._partial(label):
            return None
        if depth_in(doc, s, m.start()) != 0:
            return None
        lo = bisect.bisect_left(s.numbers, noun_end, key=_start)
        hi = bisect.bisect_left(s.numbers, m.start(), key=_start)
        if any(n.is_count and n.denominator is None and not is_money(n) for n in s.numbers[lo:hi]):
            return None  # another count between: the list may be that one's
        names = []
        blocks = doc.blocks
        for block in blocks[at + 1:at + 1 + _MAX_COUNT + 1]:
            if not isinstance(block, ListItem):
                break
            item = block.text.strip().lstrip("-+•–*").strip().rstrip(";.,").strip()  # the mark is no word
            if not item or any(ch.isdigit() for ch in item) or any(c in item for c in ",;:()"):
                return None  # figures, remarks or several names in an item: no list of names
            words = _WORD.findall(item)
            if self._name_start(words) is None or len(words) > self.params.max_name_words:
                return None
            low = _norm(item)
            if any(e in low for e in self.open_enders):
                return None
            names.append(" ".join(words))
        if len(names) < 2 or len(names) == int(tok.value):
            return None
        shown = ", ".join(names) if len(names) <= 8 else ", ".join(names[:7]) + ", …"
        stated = " ".join(text[tok.start:noun_end].split())
        return Hit(tok.start, noun_end, {"stated": stated, "listed": str(len(names)), "names": shown},
                   data={"relation": "count = names listed", "stated": tok.text, "listed": len(names),
                         "names": names})

    def _opened_here(self, doc: Document, s: Sentence, noun_end: int) -> bool:
        return self.opener_re.search(doc.text, noun_end, min(s.end, noun_end + _LABEL_CHARS)) is not None

    def _same_sentence(self, doc: Document, stop: int, s: Sentence, tok: NumberToken, noun_end: int,
                       figures: tuple[NumberToken, ...]) -> Hit | None:
        text = doc.text
        m = self.opener_re.search(text, noun_end, min(s.end, noun_end + _LABEL_CHARS))
        if m is None:
            return None
        label = text[noun_end:m.start()]
        if len(label.split()) > self.params.max_label_words or ";" in label:
            return None
        # another count between the count and its list: the list may be that one's ("5 xã, 12 thôn
        # gồm: …", "90 học sinh đoạt giải, có 4 giải nhất ở các môn: Toán, …"); an amount or a
        # threshold is no rival ("11 tỉnh thành đạt kim ngạch từ 1 tỷ USD trở lên, gồm: …")
        lo = bisect.bisect_left(s.numbers, noun_end, key=_start)
        hi = bisect.bisect_left(s.numbers, m.start(), key=_start)
        if any(n.is_count and n.denominator is None and not is_money(n) for n in s.numbers[lo:hi]):
            return None
        paren = m.group() == "("
        if depth_in(doc, s, m.start()) != 0:
            return None
        list_start = m.end() if paren or m.group().endswith(":") else self._after_det(text, m.end(), s.end)
        return self._judge(doc, stop, tok, noun_end, list_start, figures, "", text[noun_end:list_start])

    def _after_det(self, text: str, pos: int, end: int) -> int:
        """Past "các tỉnh:" / "những đơn vị sau:" / "các" after an opener."""
        d = self.det_re.match(text, pos, end) or self.det_only_re.match(text, pos, end)
        return d.end() if d else pos

    def _judge(self, doc: Document, stop: int, tok: NumberToken, noun_end: int, list_start: int,
               nums: tuple[NumberToken, ...], severity: str, lead: str) -> Hit | None:
        if self._partial(lead):
            return None
        names = self._names(doc, list_start, stop, nums)
        if names is None or len(names) == int(tok.value):
            return None
        after = tok.denominator.end if tok.denominator is not None else tok.end
        if self._other_place_class(_norm(doc.text[after:noun_end]), names):
            return None
        shown = ", ".join(names) if len(names) <= 8 else ", ".join(names[:7]) + ", …"
        stated = " ".join(doc.text[tok.start:noun_end].split())  # "17/63 địa phương" as written
        return Hit(tok.start, noun_end, {"stated": stated, "listed": str(len(names)), "names": shown},
                   severity=severity or None,
                   data={"relation": "count = names listed", "stated": tok.text, "listed": len(names),
                         "names": names})


def _pieces(text: str, start: int, stop: int):
    """The comma-separated pieces of a list from ``start``: (start, end, parenthesised spans,
    last?) each, in one pass over its marks, read only as far as the caller asks. The list ends
    at ";", a line break, a full stop that ends a sentence (not "TP."), a ")" closing what was
    opened before it, or the end of the block; a colon yields None (a list of "name: value" is
    no list of names), and so does a list without an end within ``_WINDOW`` characters."""
    limit = min(stop, start + _WINDOW)
    depth, opened, lo = 0, 0, start
    blanks: list[tuple[int, int]] = []
    for m in _LIST_MARK.finditer(text, start, limit):
        ch, i = m.group(), m.start()
        if ch == "(":
            if depth == 0:
                opened = i
            depth += 1
            continue
        if ch == ")":
            if depth == 0:
                yield lo, i, blanks, True
                return
            depth -= 1
            if depth == 0:
                blanks.append((opened, i + 1))
            continue
        if depth > 0:
            continue
        if ch == ",":
            yield lo, i, blanks, False
            lo, blanks = i + 1, []
            continue
        if ch == "." and _ABBREV.search(text, max(start, i - 4), i):
            continue  # "TP. Hồ Chí Minh"
        if ch == ":":
            yield None
            return
        if ch == ";" and _NAME_NEXT.match(text, i + 1):
            # "gồm Tam Mỹ Đông, Tam Giang của huyện Núi Thành; Điện Phong, Điện Phước …": names go
            # on after the semicolon, grouped by place — where the list ends is not written
            yield None
            return
        yield lo, i, blanks, True
        return
    if limit < stop:
        yield None
        return
    if depth > 0:
        blanks.append((opened, stop))
    yield lo, stop, blanks, True


def _start(tok: NumberToken) -> int:
    return tok.start


# the words that may stand between an opener and the colon before a list of items: "cụ thể như
# sau:", "gồm các xã sau:", "là những đơn vị dưới đây:"
_BEFORE_ITEMS = frozenset({"như", "sau", "dưới", "đây", "các", "những", "cụ", "thể", "là", "có"})
_NAME_NEXT = re.compile(r"[ \t]*+[A-ZĐÀ-Ỹ]")
_LIST_MARK = re.compile(r"[;\n.:(),]")
# a full stop after an abbreviation ("TP.", "Tp.", "TX.") is no sentence end
_ABBREV = re.compile(r"(?<!\w)(?:[A-ZĐ]{1,3}|Tp|Tx|Q|P)$")
# from the first blank of a run only: every later start fails at once (linear on long runs)
_AND = re.compile(r"(?<![ \t])[ \t]++và[ \t]++")
