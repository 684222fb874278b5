"""Role words whose meaning decides a relation, read from ``rules/lexicon/roles.toml``.

Today: complementary labels — two labels that split one whole between them ("chưa đến hạn" /
"quá hạn", "nam" / "nữ"). Two parts listed with a total, one on each side of a pair, make a
complete list whatever connector introduced them."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..records import record
from .words import LexiconError, read_lexicon


@record(frozen=True)
class Complement:
    name: str
    sides: tuple[tuple[str, ...], ...]  # two or more
    # a trait of the members a list counts (sex, ethnicity, party membership…): parts that name two
    # different traits describe the same members twice (:meth:`Roles.cross_cutting`)
    trait: bool = False
    # words of a label that make the set no complete split of that whole: the three ownership
    # sectors split an economy's output, not its budget revenue ("thu từ doanh nghiệp nhà nước …":
    # revenue has taxes of households, land fees and more beside the three)
    not_with: tuple[str, ...] = ()


@record(frozen=True)
class Roles:
    complements: tuple[Complement, ...]
    path: str
    _pattern: re.Pattern
    _side_of: dict  # phrase -> tuple of (pair index, side)
    change_words: tuple[str, ...] = ()
    _change_re: re.Pattern | None = None
    # [difference] and [extreme]: words anywhere in the clause right before a figure
    _in_clause: dict = None  # name -> compiled pattern

    def mentions(self, name: str, text: str) -> bool:
        """Does a word of clause table ``name`` stand anywhere in ``text``? A cheap test before
        the clause-by-clause reading (never true where that reading could be)."""
        pattern = (self._in_clause or {}).get(name)
        return pattern is not None and pattern.search(_norm(text)) is not None

    def _clause_has(self, name: str, before: str) -> bool:
        """Does a word of table ``name`` stand in the clause ending ``before`` (back to a comma, a
        semicolon, a sentence end or a bracket) — or anywhere in it, for the tables read over a
        part's whole label (_WHOLE_LABEL_TABLES)?"""
        pattern = (self._in_clause or {}).get(name)
        if pattern is None:
            return False
        text = _norm(before)
        if name in _WHOLE_LABEL_TABLES:
            return pattern.search(text) is not None
        cut = max(text.rfind(","), text.rfind(";"), text.rfind(". "), text.rfind("("))
        return pattern.search(text[cut + 1:]) is not None

    def is_difference_before(self, before: str) -> bool:
        """Does the clause before a figure name a balance ("xuất siêu 10,73 tỷ USD", "bội chi
        ngân sách 500 tỷ đồng")? The figure is then a difference of what follows, not a sum."""
        return self._clause_has("difference", before[-60:])

    def is_extreme_before(self, before: str) -> bool:
        """Does the clause before a figure name it as an extreme ("nhiều nhất là 773 thủ tục")?
        Such figures are examples of a total, not parts to add."""
        return self._clause_has("extreme", before[-30:])

    def is_rank_before(self, before: str) -> bool:
        """Do the few words right before a figure make it a rank ("xếp thứ 40/63", "đứng thứ 3",
        "xếp hạng 25")? A rank is no quantity: never a total, a part or a share."""
        pattern = (self._in_clause or {}).get("rank")
        if pattern is None:
            return False
        text = _norm(before[-24:])
        # the word right before the figure, nothing between: "4 chợ hạng 2" ranks the 2, not a 4 after it
        return any(m.end() == len(text) for m in pattern.finditer(text))

    def is_excluding(self, text: str) -> bool:
        """Does ``text`` (the words of a part's label, from the part before it) say it is net of
        something ("thu nội địa không kể tiền sử dụng đất, thu xổ số kiến thiết 19.836 tỷ đồng")?
        Such a part is a subset of another, not a part to add."""
        return self._clause_has("excluding", text)

    def is_subperiod_before(self, before: str) -> bool:
        """Does the clause before a figure (back to a comma, a semicolon or an opening bracket)
        name a part of the reported period ("(quý II đạt 22,3 nghìn tấn", "riêng tháng 6 đạt")?
        The figure is then that part's own level: not the earlier value of a change, nor a
        part of the period's total."""
        return self._clause_has("subperiod", before[-60:])

    def scope_of(self, before: str, after: str) -> str:
        """What part of the period a figure's clause covers, read on both sides of it:
        "whole" ("sản lượng toàn vụ … 2,8 triệu tấn"), "so_far" ("303.300 ha lúa mùa đã cho thu
        hoạch"), or "" (not said). A total of the whole season and a count of what is done so
        far divide into no average of either."""
        cut = _AFTER_CUT.search(after)
        clause = before + " " + (after[:cut.start()] if cut else after)
        if self._clause_has("whole_period", clause):
            return "whole"
        return "so_far" if self._clause_has("so_far", clause) else ""

    def is_remainder(self, before: str, after: str) -> bool:
        """Does the label of a figure, before it in its clause or after it up to the next
        separator, name the rest of a whole ("và các loại thủy sản khác 636 ha", "còn lại 300 hồ
        sơ", "200 hồ sơ thuộc các lĩnh vực khác")? A list that ends on one is complete."""
        m = re.search(r"[,;:.()]", after)
        return self._clause_has("remainder", before[-60:]) or \
            self._clause_has("remainder", " " + (after[:m.start()] if m else after)[:60])

    def is_change_before(self, before: str) -> bool:
        """Does ``before`` (the text right before a figure) end with a word of change ("…, giảm
        36 người"): the figure is then a change of a quantity, never a total or a part?"""
        if self._change_re is None:
            return False
        return self._change_re.search(_norm(before[-40:])) is not None

    def side(self, label: str) -> set[tuple[int, int]]:
        """The (pair, side) of every phrase in ``label``, a phrase inside a longer one left out
        ("không đạt" is not also "đạt")."""
        text = _norm(label)
        spans = [(m.start(), m.end(), m.group()) for m in self._pattern.finditer(text)]
        out: set[tuple[int, int]] = set()
        for s, e, phrase in spans:
            if any(s2 <= s and e <= e2 and (s2, e2) != (s, e) for s2, e2, _ in spans):
                continue
            out.update(self._side_of[phrase])
        return out

    def complete_pair(self, first: str, second: str) -> str | None:
        """The name of the pair that ``first`` and ``second`` split between them, or None:
        each label on one side only, the two on opposite sides of the same pair."""
        return self.complete_set([first, second])

    def sides_text(self, name: str) -> str:
        """The set named ``name`` as a reader knows it: its sides' first phrases ("nam / nữ")."""
        for c in self.complements:
            if c.name == name:
                return " / ".join(side[0] for side in c.sides)
        return name

    def cross_cutting(self, labels: list[str]) -> bool:
        """Do two of ``labels`` name sides of different sets and share none ("1 đại biểu nữ",
        "6 đại biểu dân tộc thiểu số")? Such parts describe the same members by two traits:
        they overlap, and add up to nothing."""
        sets = [frozenset(p for p, _ in self.side(x) if self.complements[p].trait) for x in labels]
        sets = [x for x in sets if x]
        return any(not (a & b) for k, a in enumerate(sets) for b in sets[k + 1:])

    def complete_set(self, labels: list[str]) -> str | None:
        """The name of the set of labels (a pair, or three or more sides: "mới ban hành /
        sửa đổi, bổ sung / bãi bỏ") that ``labels`` split between them, one side each and every
        side once, or None."""
        found = [self.side(x) for x in labels]
        common = set.intersection(*({p for p, _ in f} for f in found)) if found else set()
        for pair in common:
            if len(self.complements[pair].sides) != len(labels):
                continue
            if self.complements[pair].not_with and any(
                    re.search(rf"(?<!\w){re.escape(w)}(?!\w)", _norm(x)) for x in labels
                    for w in self.complements[pair].not_with):
                continue
            sides = [{s for p, s in f if p == pair} for f in found]
            if all(len(x) == 1 for x in sides) and len(set().union(*sides)) == len(labels):
                return self.complements[pair].name
        return None


_CLAUSE_TABLES = ("difference", "extreme", "remainder", "subperiod", "whole_period", "so_far", "excluding", "rank")
# read over a part's whole label, separators and all ("thu nội địa không kể tiền sử dụng đất, thu xổ số …")
_WHOLE_LABEL_TABLES = frozenset({"excluding"})
MAX_SIDES = 5  # the labels of a list read for completeness: a few kinds, never a long list
_KEYS = frozenset({"description", "complements", "cases", "cross_cases", "change", "change_cases",
                   *_CLAUSE_TABLES, *(f"{n}_cases" for n in _CLAUSE_TABLES)})


_AFTER_CUT = re.compile(r"[,;()]|\.\s")  # the end of a figure's clause after it


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).lower().split())


@lru_cache(maxsize=4)
def load_roles(path: str | None = None) -> Roles:
    """Read and validate the role lexicon; a bad file is a :class:`LexiconError` naming the
    file and the key, and every case in it must read as it says."""
    where, data = read_lexicon(path, "roles.toml")

    def err(key: str, why: str) -> LexiconError:
        return LexiconError(f"{where}: {key}: {why}")

    for key in data:
        if key not in _KEYS:
            raise err(key, f"khóa không hợp lệ (unknown key); có: {', '.join(sorted(_KEYS))}")
    raw = data.get("complements")
    if not isinstance(raw, list) or not raw:
        raise err("complements", "cần ít nhất một [[complements]] (name, sides)")
    pairs, side_of = [], {}
    for i, entry in enumerate(raw):
        ok = (isinstance(entry, dict) and {"name", "sides"} <= set(entry) <= {"name", "sides", "trait", "not_with"}
              and isinstance(entry.get("trait", False), bool) and isinstance(entry["name"], str)
              and isinstance(entry.get("not_with", []), list)
              and all(isinstance(w, str) and w.strip() for w in entry.get("not_with", []))
              and isinstance(entry["sides"], list) and 2 <= len(entry["sides"]) <= MAX_SIDES
              and all(isinstance(s, list) and s and all(isinstance(w, str) and w.strip() for w in s)
                      for s in entry["sides"]))
        if not ok:
            raise err(f"complements[{i}]", f"cần name = \"…\", sides = [[…], […], …] (2 đến {MAX_SIDES} danh sách cụm từ)"
                                           ", trait = true/false và not_with = [\"…\"] nếu có")
        sides = tuple(tuple(_norm(w) for w in s) for s in entry["sides"])
        if any(set(a) & set(b) for k, a in enumerate(sides) for b in sides[k + 1:]):
            raise err(f"complements[{i}].sides", "một cụm từ ở hai phía (a phrase on two sides)")
        pairs.append(Complement(entry["name"], sides, entry.get("trait", False),  # type: ignore[arg-type]
                                tuple(_norm(w) for w in entry.get("not_with", []))))
        for side, phrases in enumerate(sides):
            for w in phrases:
                side_of.setdefault(w, set()).add((i, side))
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(side_of, key=len, reverse=True))
    change = data.get("change", {"words": []})
    if not isinstance(change, dict) or set(change) != {"words"} or not isinstance(change["words"], list) \
            or not all(isinstance(w, str) and w.strip() for w in change["words"]):
        raise err("change.words", "cần danh sách từ chỉ mức thay đổi (list of strings)")
    change_words = tuple(sorted({_norm(w) for w in change["words"]}, key=len, reverse=True))
    # the word, then only blanks to the end: the figure follows it (the text is normalised, so
    # one space between words; the look-behind keeps "đăng" from reading as "tăng")
    # "tăng so với cùng kỳ năm 2018 là 657 cháu": the comparison between the word and the figure,
    # closed by "là" or a colon, keeps the figure a change (bounded: the window is 40 characters)
    change_re = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in change_words) + r")"
                           r"(?: so(?: với)? [^,;.()]{1,40}?(?: là| ở mức|:))?$") \
        if change_words else None
    in_clause = {}
    for name in _CLAUSE_TABLES:
        table = data.get(name)
        if table is None:
            continue
        if not isinstance(table, dict) or not {"words"} <= set(table) <= {"words", "not_followed_by"} \
                or not isinstance(table["words"], list) \
                or not table["words"] or not all(isinstance(w, str) and w.strip() for w in table["words"]):
            raise err(f"{name}.words", "cần danh sách từ không rỗng (non-empty list of strings)")
        nots = table.get("not_followed_by", [])
        if not isinstance(nots, list) or not all(isinstance(w, str) and w.strip() for w in nots):
            raise err(f"{name}.not_followed_by", "cần danh sách từ (list of strings)")
        words = sorted({_norm(w) for w in table["words"]}, key=len, reverse=True)
        # "khác nhau" (various) is not "khác" (the rest): a word followed by one of these is none
        unless = ("(?! (?:" + "|".join(re.escape(_norm(w)) for w in nots) + r")(?!\w))") if nots else ""
        in_clause[name] = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)" + unless)
    roles = Roles(tuple(pairs), where, re.compile(rf"(?<!\w)(?:{alts})(?!\w)"),
                  {w: frozenset(v) for w, v in side_of.items()}, change_words, change_re, in_clause)
    for name in _CLAUSE_TABLES:
        key = f"{name}_cases"
        cases_n = data.get(key, [])
        if name in in_clause and (not isinstance(cases_n, list) or not cases_n):
            raise err(key, f"cần ít nhất một [[{key}]] (before, {name})")
        for i, case in enumerate(cases_n):
            if not isinstance(case, dict) or set(case) != {"before", name} or not isinstance(case["before"], str) \
                    or not isinstance(case[name], bool):
                raise err(f"{key}[{i}]", f"cần before = \"…\" và {name} = true/false")
            got = roles._clause_has(name, case["before"] + " ")
            if got != case[name]:
                raise err(f"{key}[{i}]", f"{case['before']!r} đọc ra {name} = {str(got).lower()}")
    cases = data.get("cases")
    if not isinstance(cases, list) or not cases:
        raise err("cases", "cần ít nhất một [[cases]] (labels, complete)")
    for i, case in enumerate(cases):
        if not isinstance(case, dict) or set(case) != {"labels", "complete"} or not isinstance(case["complete"], bool) \
                or not isinstance(case["labels"], list) or not 2 <= len(case["labels"]) <= MAX_SIDES \
                or not all(isinstance(x, str) for x in case["labels"]):
            raise err(f"cases[{i}]", "cần labels = [\"…\", \"…\", …] và complete = true/false")
        got = roles.complete_set(case["labels"]) is not None
        if got != case["complete"]:
            raise err(f"cases[{i}]", f"{case['labels']!r} đọc ra complete = {str(got).lower()}")
    cross = data.get("cross_cases")
    if not isinstance(cross, list) or not cross:
        raise err("cross_cases", "cần ít nhất một [[cross_cases]] (labels, cross)")
    for i, case in enumerate(cross):
        if not isinstance(case, dict) or set(case) != {"labels", "cross"} or not isinstance(case["cross"], bool) \
                or not isinstance(case["labels"], list) or len(case["labels"]) < 2 \
                or not all(isinstance(x, str) for x in case["labels"]):
            raise err(f"cross_cases[{i}]", "cần labels = [\"…\", \"…\", …] và cross = true/false")
        got = roles.cross_cutting(case["labels"])
        if got != case["cross"]:
            raise err(f"cross_cases[{i}]", f"{case['labels']!r} đọc ra cross = {str(got).lower()}")
    change_cases = data.get("change_cases", [])
    if change_words and (not isinstance(change_cases, list) or not change_cases):
        raise err("change_cases", "cần ít nhất một [[change_cases]] (before, change)")
    for i, case in enumerate(change_cases):
        if not isinstance(case, dict) or set(case) != {"before", "change"} or not isinstance(case["before"], str) \
                or not isinstance(case["change"], bool):
            raise err(f"change_cases[{i}]", "cần before = \"…\" và change = true/false")
        got = roles.is_change_before(case["before"] + " ")
        if got != case["change"]:
            raise err(f"change_cases[{i}]", f"{case['before']!r} đọc ra change = {str(got).lower()}")
    return roles
