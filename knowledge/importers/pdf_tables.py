"""Tables on a PDF page, found from where their text starts, written back as pipe rows.

A PDF holds a table as pieces of text placed in columns, and pypdf reads them out of order: a
row's first cells on one line, a wrapped cell's second line next, the row's last cell after it
("Bee orchid The lip looks like a female" / "bee" / "Male solitary bees"). Read as lines, every
row became a heading over broken facts. Here a page's lines whose pieces start at the same two
or more places (the columns) are taken as a table; each piece goes to the column it starts at
and to the row whose first cell is at or above it, and each row is written as one "| a | b |"
line, which the outline importer reads as a table row (a fact per row, under its header's names).

Only lines of pieces that all start at a column belong to the table, a row starts at a line with
a piece in the first column and another beside it (a line on its own at the left margin is the
text after the table), and a table needs two rows of two cells at least, so a line with a date
set to the right is no table.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from knowledge.importers.pdf_lines import PdfLine

_ALIGN = 4.0  # points by which pieces of one column may start apart
_MIN_ROWS = 2


@dataclass
class _Table:
    columns: list[float]
    top: float
    lines: list[PdfLine] = field(default_factory=list)
    multi: int = 1  # lines of two pieces or more


def with_tables(lines: list[PdfLine]) -> list[PdfLine]:
    """The lines with each table on a page replaced by its rows as pipe lines, in place."""
    out: list[PdfLine] = []
    index = 0
    while index < len(lines):
        table = _table_at(lines, index)
        if table is None:
            out.append(lines[index])
            index += 1
            continue
        # Every line a candidate took in is passed whether or not it is a table: none of them
        # can head another (it would have been a second row), so each line is looked at once.
        rows = _rows(table) if table.multi >= _MIN_ROWS else []
        if sum(1 for row in rows if sum(1 for cell in row if cell) >= 2) >= _MIN_ROWS:
            first = table.lines[0]
            for offset, row in enumerate(rows):
                text = "| " + " | ".join(cell.replace("|", "/") for cell in row) + " |"
                out.append(PdfLine(text, first.size, first.x, first.y - offset, first.page))
        else:
            out.extend(table.lines)
        index += len(table.lines)
    return out


def _table_at(lines: list[PdfLine], start: int) -> _Table | None:
    """The table whose header (a line of two or more pieces) is `lines[start]`, with every
    following line on its page whose pieces all start at its columns (a table only if two of
    its lines have two pieces or more: `multi`)."""
    head = lines[start]
    if len(head.segments) < 2:
        return None
    columns = [x for x, _ in head.segments]
    table = _Table(columns, head.y, [head])
    for line in lines[start + 1 :]:
        if line.page != head.page or not line.segments or line.y > head.y:
            break
        if not all(_column(columns, x) is not None for x, _ in line.segments):
            break
        if len(line.segments) == 1 and _column(columns, line.segments[0][0]) == 0:
            break  # a line on its own at the left: the text after the table
        table.lines.append(line)
        table.multi += len(line.segments) >= 2
    return table


def _column(columns: list[float], x: float) -> int | None:
    for index, start in enumerate(columns):
        if abs(x - start) <= _ALIGN:
            return index
    return None


def _rows(table: _Table) -> list[list[str]]:
    """Each piece in the row whose first-column piece is at or above it (PDF y grows upwards),
    its column's cell; a cell's pieces joined top to bottom."""
    pieces = [
        (line.y, column, text)
        for line in table.lines
        for x, text in line.segments
        if (column := _column(table.columns, x)) is not None and text
    ]
    starts = sorted(
        {
            line.y
            for line in table.lines
            if len(line.segments) >= 2 and line.x <= table.columns[0] + _ALIGN
        },
        reverse=True,
    )
    if not starts:
        return []
    lowered = [-top for top in starts]  # ascending, for bisect
    rows: list[list[list[tuple[float, str]]]] = [[[] for _ in table.columns] for _ in starts]
    for y, column, text in pieces:
        # the row is the lowest start at or above the piece (starts run downwards)
        row = max(bisect_right(lowered, -(y - 0.5)) - 1, 0)
        rows[row][column].append((y, text))
    return [
        [_joined([text for _, text in sorted(cell, key=lambda piece: -piece[0])]) for cell in row]
        for row in rows
    ]


def _joined(pieces: list[str]) -> str:
    """A cell's lines as one: a word hyphenated at the cell's edge ("fluid-" over "filled")
    keeps its hyphen but no space."""
    text = ""
    for piece in pieces:
        if text.endswith("-") and text[-2:-1].isalpha() and piece[:1].islower():
            text += piece
        else:
            text = f"{text} {piece}" if text else piece
    return text
