"""What each field of an Anki note is for, and the HTML tables in them.

An Anki note type names its fields. The first ones hold the card (Front/Back, a cloze's Text);
a field named Extra, Back Extra, Notes or Source holds a remark about the card, which glued onto
the card's statement made long, garbled facts ("… in 1877 by Richthofen. — He called it
Seidenstraße; …", round-28 review). Such a field is kept as a line of its own. When a package
does not name its fields, a cloze note's second field is its Back Extra, as in every Cloze type
Anki ships.

A `<table>` in a field is read as rows ("Caste: Queen; Sex: female; Job: lays all the eggs"), as
the other table readers write them (`pipe_tables`), instead of cells run together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.importers.inline import strip_html
from knowledge.importers.pipe_tables import names_columns, table_row
from knowledge.model import cloze_answers
from knowledge.text import fold

EXTRA_FIELDS = frozenset(
    {"extra", "back extra", "notes", "note", "source", "sources", "remarks", "comments"}
)
"""Field names (case-blind) that hold a remark about the card rather than the card."""

_SOURCE_FIELDS = frozenset({"source", "sources"})
_TABLE = re.compile(r"<table\b[^>]*>(.*?)</table\s*>", re.IGNORECASE | re.DOTALL)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)(?=<tr\b|</tbody|</thead|</tfoot|$)", re.IGNORECASE | re.DOTALL)
_CELL = re.compile(r"<(t[dh])\b[^>]*>(.*?)(?=<t[dh]\b|</tr|$)", re.IGNORECASE | re.DOTALL)
_MAX_TABLE_ROWS = 200
_MIN_SOURCE_WORDS = 4


@dataclass(frozen=True, slots=True)
class NoteFields:
    """A note's fields split by role: the card's own fields (HTML, tables taken out), the
    remarks to keep as lines of their own, and the rows of any table in the card's fields."""

    main: list[str]
    extras: tuple[str, ...]
    rows: tuple[str, ...]


def split_fields(fields: list[str], names: list[str] | None) -> NoteFields:
    """The note's fields by role; `names` are its note type's field names when the package has them."""
    if names is not None and len(names) == len(fields):
        roles = [fold(name.strip()) for name in names]
    elif cloze_answers(fields[0] if fields else ""):
        roles = ["text"] + ["back extra"] * (len(fields) - 1)
    else:
        roles = [""] * len(fields)
    main: list[str] = []
    extras: list[str] = []
    rows: list[str] = []
    for index, (value, role) in enumerate(zip(fields, roles, strict=True)):
        if index > 0 and role in EXTRA_FIELDS:
            extras += _remarks(value, source=role in _SOURCE_FIELDS)
            continue
        without, table_rows = take_tables(value)
        main.append(without)
        rows += table_rows
    return NoteFields(main, tuple(extras), tuple(rows))


def _remarks(value: str, *, source: bool) -> list[str]:
    """An Extra/Notes field as lines of text; a Source field says it is one."""
    text = strip_html(value, joiner="\n")
    lines = [line for line in text.split("\n") if line.strip()]
    if lines and fold(lines[0]).startswith("source:"):
        source = True  # "Source: FAO" typed into an Extra field
    if not source or not lines:
        return lines
    if len(" ".join(lines).split()) < _MIN_SOURCE_WORDS:
        return []  # "FAO", "p. 42": a bare citation says nothing to learn or ask
    if not fold(lines[0]).startswith("source"):
        lines[0] = f"Source: {lines[0]}"
    return lines


def take_tables(value: str) -> tuple[str, list[str]]:
    """The field without its tables, and each table's rows as facts."""
    rows: list[str] = []

    def read(match: re.Match[str]) -> str:
        rows.extend(_table_rows(match.group(1)))
        return "<br>"

    if "<table" not in value.lower():
        return value, rows
    return _TABLE.sub(read, value), rows


def _table_rows(body: str) -> list[str]:
    """One fact per row; a first row of header cells (or of labels, `names_columns`) names the
    columns of the rest."""
    grid: list[list[str]] = []
    header_cells: list[bool] = []
    for row in _ROW.findall(body)[:_MAX_TABLE_ROWS]:
        cells = _CELL.findall(row)
        values = [_cell_text(content) for _, content in cells]
        if any(values):
            grid.append(values)
            header_cells.append(all(kind.lower() == "th" for kind, _ in cells))
    if not grid:
        return []
    columns: list[str] | None = None
    if len(grid) > 1 and (header_cells[0] or names_columns(grid[0], grid[1])):
        columns, grid = grid[0], grid[1:]
    facts = [table_row(values, columns) for values in grid]
    return [fact for fact in facts if fact]


def _cell_text(content: str) -> str:
    """A cell's text on one line (a `<br>` inside a cell is a comma, not a new row)."""
    return strip_html(content, joiner=", ").strip()
