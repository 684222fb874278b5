"""The HTML page draws every table as a table, from the table model (issue 18): a text table
written with tabs, runs of spaces, single spaces or ``|`` like a Word table — each cell in its
column, header rows apart with a spanning heading over its columns, a label wrapped over two
lines in one cell — and the cell a finding is about marked. Judged on the DOM (html.parser),
for tables of the generator of tests/test_tables.py with one cell broken."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Optional

import pytest
from click.testing import CliRunner

from checker.cli import cli
from test_tables import LAYOUTS, Fig, Mark, _cell_text, _layout_fits, break_cell, grid_spec, render_text, \
    with_marks, with_wraps, write_docx

VOID = {"meta", "br", "img", "input", "link", "hr"}


@dataclass
class Node:
    tag: str
    attrs: dict
    children: list = field(default_factory=list)
    parent: Optional["Node"] = None

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def find_all(self, tag: str) -> list["Node"]:
        out = []
        for c in self.children:
            if isinstance(c, Node):
                if c.tag == tag:
                    out.append(c)
                out.extend(c.find_all(tag))
        return out

    def classes(self) -> set[str]:
        return set((self.attrs.get("class") or "").split())


class _Tree(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.cur = self.root

    def handle_starttag(self, tag, attrs):
        node = Node(tag, dict(attrs), parent=self.cur)
        self.cur.children.append(node)
        if tag not in VOID:
            self.cur = node

    def handle_endtag(self, tag):
        node = self.cur
        while node is not self.root and node.tag != tag:
            node = node.parent
        if node is not self.root:
            self.cur = node.parent

    def handle_data(self, data):
        self.cur.children.append(data)


def dom(html: str) -> Node:
    tree = _Tree()
    tree.feed(html)
    return tree.root


def _page(path: Path, out: Path) -> Node:
    res = CliRunner().invoke(cli, ["check", "--no-config", str(path), "--format", "html", "-o", str(out)])
    assert res.exit_code in (0, 1), res.output
    return dom(out.read_text(encoding="utf-8"))


def _spec(layout: str):
    """A generated table that fits the layout, with a two-row header ("Chia ra" / "Trong đó"
    over its columns), labels over two lines and cells without a figure, and one cell broken."""
    for seed in range(1, 5000):
        rnd = random.Random(seed)
        spec = grid_spec(rnd)
        if len(spec.header) != 2 or not _layout_fits(spec, layout):
            continue
        spec = with_marks(with_wraps(spec, rnd), rnd)
        if not spec.wraps:
            continue
        made = break_cell(spec, random.Random(seed))
        if made is not None:
            return made
    raise AssertionError("no table of that shape")


def _cells(tr: Node) -> list[Node]:
    return [td for td in tr.children if isinstance(td, Node) and td.tag == "td" and "rln" not in td.classes()]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_table_drawn_from_the_model_with_the_finding_cell_marked(tmp_path, layout):
    spec, (r, c), rels = _spec(layout)
    if layout == "docx":
        path = write_docx(spec, tmp_path / "t.docx")
    else:
        path = tmp_path / "t.txt"
        path.write_text(render_text(spec, layout)[0], encoding="utf-8")
    root = _page(path, tmp_path / "t.html")
    (table,) = [t for t in root.find_all("table") if "doc-table" in t.classes()]
    trs = table.find_all("tr")
    # one row a header row and a body row: a label over two lines is one row
    assert len(trs) == len(spec.header) + len(spec.body), [tr.attrs.get("data-line") for tr in trs]
    heads, body = trs[:len(spec.header)], trs[len(spec.header):]
    assert all("head" in tr.classes() for tr in heads) and not any("head" in tr.classes() for tr in body)
    # the spanning heading over its columns
    top = {td.text().strip(): int(td.attrs.get("colspan", 1)) for td in _cells(heads[0])}
    span = next(h for h in spec.header[0] if h in ("Chia ra", "Trong đó"))
    assert top[span] == sum(1 for x in spec.header[1] if x) - sum(1 for a, b in zip(*spec.header) if a and b and a != span)
    # each body row: its cells in their columns, the label whole
    lc = 1 if spec.stt else 0
    for k, (tr, row) in enumerate(zip(body, spec.body)):
        tds = _cells(tr)
        texts = [td.text().strip() for td in tds]
        label = row[lc]
        if not any(isinstance(x, (Fig, Mark)) for x in row):  # "Chia ra:": one cell over the row
            assert texts[-1] == label and int(tds[-1].attrs.get("colspan", 1)) == spec.width - len(tds) + 1
            continue
        assert texts[lc].removeprefix("- ") == label.removeprefix("- "), (texts, label)
        want = [_cell_text(x) or ("-" if layout == "plain" else "") for x in row[lc + 1:]]
        assert texts[lc + 1:] == want, (k, texts, want)
    # the finding's cell marked: the stated cell of a relation the broken cell breaks
    marked = {(body.index(tr), i) for tr in body for i, td in enumerate(_cells(tr)) if "hit" in td.classes()}
    stated = {rel.stated for rel in rels}
    assert marked & stated, (sorted(marked), sorted(stated), (r, c))
    for rr, cc in marked:  # a marked cell holds the figure of a finding
        assert body[rr].find_all("mark") and _cells(body[rr])[cc].find_all("mark")


def test_wrapped_label_keeps_the_anchors_of_both_lines(tmp_path):
    # the start of a label above its figures, and the rest of one below them; 21 should be 20
    text = ("Bảng 1. Hồ sơ\n\nĐơn vị\tTổng số\tĐúng hạn\tTrễ hạn\nSở Tài nguyên và\nMôi trường\t100\t60\t40\n"
            "Sở Tư pháp\t50\t30\t21\nhồ sơ 2024\nTổng cộng\t150\t90\t61\n")
    path = tmp_path / "w.txt"
    path.write_text(text, encoding="utf-8")
    root = _page(path, tmp_path / "w.html")
    (table,) = [t for t in root.find_all("table") if "doc-table" in t.classes()]
    rows = [[td.text().strip() for td in _cells(tr)] for tr in table.find_all("tr")]
    assert rows[1][0] == "Sở Tài nguyên và Môi trường" and rows[2][0] == "Sở Tư pháp hồ sơ 2024"
    assert [tr.attrs["data-line"] for tr in table.find_all("tr")] == ["3", "5", "6", "8"]
    hit = [(tr.attrs["data-line"], td.text().strip()) for tr in table.find_all("tr") for td in _cells(tr)
           if "hit" in td.classes()]
    assert hit == [("6", "50"), ("8", "150")]  # 30 + 21 = 51 and 90 + 61 = 151: the rows' total cells
    # every finding of the page has its anchor in the draft
    ids = {n.attrs["id"] for n in root.find_all("span") if "anchor" in n.classes()}
    targets = {li.attrs["data-target"] for li in root.find_all("li") if "finding" in li.classes()}
    assert targets and targets <= ids
