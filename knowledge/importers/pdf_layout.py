"""A PDF page's lines (text, font size, place) put back into the shape typed notes have, for the
outline importer: page numbers and running headers and footers left out, lines wrapped at the
page's width joined, headings told by their font size and the lines under them indented, bullets
indented by where they start, and tables (`pdf_tables`) written as pipe rows.
"""

from __future__ import annotations

import re
from collections import Counter

from knowledge.importers.pdf_cover import with_cover
from knowledge.importers.pdf_lines import PdfLine
from knowledge.importers.pdf_tables import with_tables
from knowledge.importers.pipe_tables import is_pipe_row
from knowledge.importers.slides import without_continued

_HEADING_RATIO = 1.15  # a heading's font is at least this much bigger than the text's
_MAX_HEADING_CHARS = 120
_WRAPPED_SHARE = 0.7  # a line this long (of the page's longest) reaches the right-hand side
_BULLET = re.compile(r"^(?:[•●○◦▪■□‣►➢·*\-–—]\s*|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:[-–—]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?(?:\s*[-–—])?\s*$",
    re.IGNORECASE,
)
_ENDS_OPEN = re.compile(r"[^.!?:;]$")


def without_chrome(pages: list[list[PdfLine]]) -> list[PdfLine]:
    """Every page's lines but its page number and running header and footer: a first or last
    line (two at most) that is a page number, or that half the pages (two at least) share, word
    for word or, in the text's size or smaller, but for its digits ("Orchids – page 3"; a
    heading "Section 3" atop each page is a heading)."""
    body = _body_size([line for lines in pages for line in lines])
    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({_edge_key(line, body) for line in lines[:2] + lines[-2:]})
    enough = max(2, (len(pages) + 1) // 2)
    running = {key for key, seen in edges.items() if seen >= enough}
    kept: list[PdfLine] = []
    for lines in pages:
        edge = set(range(min(2, len(lines)))) | set(range(max(0, len(lines) - 2), len(lines)))
        for index, line in enumerate(lines):
            if index in edge and (
                _PAGE_NUMBER.match(line.text) or _edge_key(line, body) in running
            ):
                continue
            kept.append(line)
    return kept


def _edge_key(line: PdfLine, body: float) -> str:
    """What a running header or footer shares from page to page: its text with the digits
    blanked, or its whole text when it is set bigger than the text (a heading's number is its
    own)."""
    return line.text.casefold() if _is_big(line, body) else _shape(line.text)


def _is_big(line: PdfLine, body: float) -> bool:
    return line.size >= body * _HEADING_RATIO and line.size >= body + 1


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def outline_text(lines: list[PdfLine]) -> str:
    """The lines as typed notes: wrapped lines joined, headings (by font size) with their lines
    indented under them, bullets indented by where they start, tables as pipe rows; a cover's
    title alone on the first line, over everything (`pdf_cover`)."""
    lines = with_tables(lines)
    body = _body_size(lines)
    lines, levels = with_cover(lines, _heading_levels(lines, body))
    lefts = _indents(lines, levels)
    widest = _widest(lines, levels)
    out = _Lines()
    depth = 0
    previous: PdfLine | None = None
    heading: PdfLine | None = None  # the heading line just written, which may wrap too
    titles: dict[int, str] = {}  # the heading last written at each level
    for line in lines:
        level = levels.get(id(line))
        if level is not None:
            if heading is not None and _wraps_heading(heading, line, levels):
                out.extend(" " + line.text)
                heading = line
                continue
            if heading is not None and levels[id(heading)] >= level:
                out.pop()  # a heading with nothing under it: a divider, "Any questions?"
            depth = level + 1
            out.add(f"{'    ' * level}{line.text}")
            heading, previous = line, None
            continue
        if heading is not None:
            _continued_heading(out, titles, depth - 1)
            heading = None
        if previous is not None and _carries_on(previous, line, widest):
            hyphenated = re.search(r"[^\W\d_]-$", out.tail()) and line.text[:1].islower()
            out.extend(("" if hyphenated else " ") + line.text)
            previous = line
            continue
        indent = depth + lefts.get(round(line.x / 4), 0)
        out.add(f"{'    ' * indent}{line.text}")
        previous = line
    if heading is not None and len(out.lines) > 1:
        out.pop()  # the last heading has nothing under it
    return out.text()


class _Lines:
    """The notes being written, each line kept as its pieces until the end: a paragraph wrapped
    over thousands of lines costs what its length does, not that length for every line."""

    def __init__(self) -> None:
        self.lines: list[list[str]] = []

    def add(self, line: str) -> None:
        self.lines.append([line])

    def extend(self, text: str) -> None:
        self.lines[-1].append(text)

    def tail(self) -> str:
        return self.lines[-1][-1]

    def last(self) -> str:
        return "".join(self.lines[-1])

    def replace_last(self, line: str) -> None:
        self.lines[-1] = [line]

    def pop(self) -> None:
        self.lines.pop()

    def text(self) -> str:
        return "".join("".join(line) + "\n" for line in self.lines)


def _wraps_heading(before: PdfLine, line: PdfLine, levels: dict[int, int]) -> bool:
    """`line` is the rest of a heading too long for one line: the same level, just below."""
    return (
        levels.get(id(before)) == levels.get(id(line))
        and line.page == before.page
        and 0 < before.y - line.y <= 1.6 * line.size
    )


def _continued_heading(out: _Lines, titles: dict[int, str], level: int) -> None:
    """A heading that says it carries on the one before at its level ("Roots (cont.)", a
    slide's title on the next slide) is dropped: its lines go on under that one."""
    text = without_continued(out.last().strip())
    if titles.get(level, "").casefold() == text.casefold():
        out.pop()
    else:
        out.replace_last(f"{'    ' * level}{text}")
        titles[level] = text
        for deeper in [key for key in titles if key > level]:
            del titles[deeper]


def _body_size(lines: list[PdfLine]) -> float:
    """The size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _heading_levels(lines: list[PdfLine], body: float) -> dict[int, int]:
    """Headings by font size: short lines set bigger than the text, the biggest size level 0
    (the title when it is only the first line)."""
    found = [
        line
        for line in lines
        if _is_big(line, body)
        and len(line.text) <= _MAX_HEADING_CHARS
        and any(ch.isalpha() for ch in line.text)
        and not _BULLET.match(line.text)
    ]
    sizes = sorted({line.size for line in found}, reverse=True)
    rank = {size: index for index, size in enumerate(sizes)}
    return {id(line): rank[line.size] for line in found}


def _indents(lines: list[PdfLine], headings: dict[int, int]) -> dict[int, int]:
    """Where lines start on the page (in 4-point steps) as indent levels, the leftmost 0."""
    starts = sorted({round(line.x / 4) for line in lines if id(line) not in headings})
    levels: dict[int, int] = {}
    level = 0
    for index, start in enumerate(starts):
        if index and start - starts[index - 1] > 1:  # a step of 8 points or more is an indent
            level += 1
        levels[start] = min(level, 6)
    return levels


def _widest(lines: list[PdfLine], headings: dict[int, int]) -> dict[int, int]:
    """Each page's longest line of text (in characters), what a wrapped line comes near."""
    widest: dict[int, int] = {}
    for line in lines:
        if id(line) not in headings:
            widest[line.page] = max(widest.get(line.page, 0), len(line.text))
    return widest


def _carries_on(before: PdfLine, line: PdfLine, widest: dict[int, int]) -> bool:
    """`line` is the rest of `before`'s sentence, wrapped at the page's edge: same size, no
    bullet of its own, just below it and not left of it, and `before` reached the edge
    without ending a sentence or opening a list."""
    return (
        line.page == before.page
        and not (is_pipe_row(line.text) or is_pipe_row(before.text))
        and abs(line.size - before.size) < 0.6
        and not _BULLET.match(line.text)
        and _ENDS_OPEN.search(before.text) is not None
        and len(before.text) >= _WRAPPED_SHARE * widest.get(before.page, 0)
        and 0 < before.y - line.y <= 1.8 * max(line.size, 1.0)
        and line.x >= before.x - 2
    )
