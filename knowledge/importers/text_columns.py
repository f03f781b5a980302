"""A two-column page printed as text (`pdftotext -layout`), read column by column.

`pdftotext -layout` keeps a page's look: each line holds a row of the left column and a row of
the right one, set side by side with a run of spaces between (the gutter), and each page ends in a
form feed, with its running header and centred page number as lines of their own. Read as it
stands, every line joins two unrelated sentences. This module finds such pages (the same gutter
column, clear of text, on most of a page's lines, with prose wrapped on both sides of it) and
gives the text back as each page's left column and then its right one, without its running
headers and page numbers, so the outline importer's unwrapping rejoins the wrapped sentences.

A line that runs across the gutter (a title over both columns) is kept whole, between the rows
above it and those below, each read left then right. Space-aligned notes that are not two
columns of prose (a glossary's terms and definitions, Cornell cues, a table) keep their lines:
their left side is short items, not a column of wrapped lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import islice

from knowledge.importers.pdf_layout import without_chrome
from knowledge.importers.pdf_lines import PdfLine

_MIN_GAP = 2  # spaces between the columns, at the least
MIN_COLUMN_WIDTH = 18
"""Characters of text a column holds on its longest lines, at the least: the narrowest width
its lines are taken as wrapped at."""
_MIN_ROWS = 4  # lines of a page holding text on both sides of its gutter, at the least
_ROW_SHARE = 0.3  # ... and this share of the page's lines with text
_MAX_CROSSING_SHARE = 0.4  # lines running across the gutter (a title, an introduction)
_FULL = 0.75  # a wrapped line reaches this share of its column's width
_FULL_SHARE = 0.4  # ... and this share of a column's lines do
_MAX_LINE = 400  # longer lines are not a printed page's
_MAX_STARTS = 3  # places a line's second part may start at, tried from the left
_MAX_CHARS = 4_000_000  # a 300-page PDF's text is about a million characters
# A run of spaces between two words (tried only where a run starts: linear on a line of spaces).
_GAP = re.compile(rf"(?<=\S) {{{_MIN_GAP},}}(?=\S)")


@dataclass(frozen=True, slots=True)
class _Page:
    rows: list[str]
    gutter: int | None  # the column the right-hand column starts at, None for one column


def read_columns(text: str) -> str | None:
    """`text` read column by column when it is two-column pages printed as text, else None.
    Pages are split at form feeds (`pdftotext` ends each with one); their running headers and
    page numbers go too, as they do from a PDF."""
    if len(text) > _MAX_CHARS or "\t" in text:  # pdftotext sets columns with spaces, not tabs
        return None
    if "\n" not in text.strip():
        return None
    pages = [
        page.split("\n") for page in text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    ]
    if any(len(row) > _MAX_LINE for rows in pages for row in rows):
        return None
    pages = _without_chrome(pages)
    gutters = [_gutter(rows) for rows in pages]
    found = Counter(gutter for gutter in gutters if gutter is not None)
    if not found:
        return None
    usual = found.most_common(1)[0][0]
    laid: list[_Page] = []
    for rows, gutter in zip(pages, gutters, strict=True):
        if gutter is None and _clear(rows, usual):  # a short last page, say
            laid.append(_Page(rows, usual))
        else:
            laid.append(_Page(rows, gutter))
    in_columns = sum(_text_rows(page.rows) for page in laid if page.gutter is not None)
    if 2 * in_columns < sum(_text_rows(page.rows) for page in laid):
        return None
    return "\n".join(line for page in laid for line in _read(page))


def _text_rows(rows: list[str]) -> int:
    return sum(1 for row in rows if row.strip())


def _gutter(rows: list[str]) -> int | None:
    """Where the right-hand column starts on this page: the column most lines with text on both
    sides start their second part at, when the page passes as two columns of prose there."""
    starts: Counter[int] = Counter()
    for row in rows:
        starts.update(set(_second_starts(row)))
    if not starts:
        return None
    gutter, count = starts.most_common(1)[0]
    if count < max(_MIN_ROWS, _ROW_SHARE * _text_rows(rows)):
        return None
    return gutter if _two_columns(rows, gutter) else None


def _second_starts(row: str) -> list[int]:
    """Where text starts after a run of at least `_MIN_GAP` spaces, with text before it: the
    first few such places (a left column's prose has no gaps, or one after a full stop typed
    with two spaces), so a line of gaps costs no more than a line of text."""
    starts = (gap.end() for gap in _GAP.finditer(row) if gap.end() >= MIN_COLUMN_WIDTH)
    return list(islice(starts, _MAX_STARTS))


def _crosses(row: str, gutter: int) -> bool:
    """The row has text in the gutter's last spaces: it runs across from one column to the
    other (or the left column's text reaches into where the right one starts)."""
    return bool(row[max(0, gutter - _MIN_GAP) : gutter].strip())


def _clear(rows: list[str], gutter: int) -> bool:
    """No more than a few of the page's lines with text run across the gutter."""
    crossing = sum(1 for row in rows if row.strip() and _crosses(row, gutter))
    return crossing <= _MAX_CROSSING_SHARE * max(1, _text_rows(rows))


def _two_columns(rows: list[str], gutter: int) -> bool:
    """The gutter is clear on most lines, and both sides hold wrapped prose: their lines reach
    across most of their column's width (a glossary's terms or a table's cells do not)."""
    if not _clear(rows, gutter):
        return False
    kept = [row for row in rows if row.strip() and not _crosses(row, gutter)]
    left = [row[:gutter].rstrip() for row in kept]
    right = [row[gutter:].rstrip() for row in kept]
    return _wrapped(left) and _wrapped(right)


def _wrapped(column: list[str]) -> bool:
    """A column of wrapped lines, measured from its shared indent."""
    lines = [line for line in column if line.strip()]
    if not lines:
        return False
    indent = min(len(line) - len(line.lstrip(" ")) for line in lines)
    return wrapped_widths([len(line) - indent for line in lines])


def wrapped_widths(widths: list[int]) -> bool:
    """Lines (their widths in characters) as a column of wrapped prose has them: wide enough,
    with many reaching near the widest (a glossary's terms or a table's cells do not)."""
    if not widths:
        return False
    widest = max(widths)
    full = sum(1 for width in widths if width >= _FULL * widest)
    return widest >= MIN_COLUMN_WIDTH and full >= _FULL_SHARE * len(widths)


def _without_chrome(pages: list[list[str]]) -> list[list[str]]:
    """Each page's rows without its running header or footer and page number, found as the PDF
    importer finds them (the first or last two lines with text, shared by half the pages, or a
    number alone)."""
    numbered = [
        [
            PdfLine(" ".join(row.split()), 1.0, 0.0, float(index), page)
            for index, row in enumerate(rows)
            if row.strip()
        ]
        for page, rows in enumerate(pages)
    ]
    kept = {(line.page, int(line.y)) for line in without_chrome(numbered)}
    return [
        [row if not row.strip() or (page, index) in kept else "" for index, row in enumerate(rows)]
        for page, rows in enumerate(pages)
    ]


def _read(page: _Page) -> list[str]:
    """A page's lines in reading order: between lines that run across both columns, the left
    column's rows and then the right column's."""
    if page.gutter is None:
        return page.rows
    gutter = page.gutter
    out: list[str] = []
    band: list[str] = []
    for row in [*page.rows, None]:
        if row is None or (row.strip() and _crosses(row, gutter)):
            out += _column([line[:gutter] for line in band])
            out += _column([line[gutter:] for line in band])
            band = []
            if row is not None:
                out += ["", row.strip(), ""]
        else:
            band.append(row)
    return out


def _column(lines: list[str]) -> list[str]:
    """One column's rows, without the blank ones around it and its shared indent."""
    lines = [line.rstrip() for line in lines]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    if not lines:
        return []
    indent = min(len(line) - len(line.lstrip(" ")) for line in lines if line)
    return [line[indent:] for line in lines]
