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
_ROW_START = re.compile(r"<tr\b", re.IGNORECASE)
_CELL_START = re.compile(r"<(t[dh])\b", re.IGNORECASE)
_MAX_TABLE_ROWS = 200
_MAX_TABLE_CELLS = 20
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
    if lines and lines[0].casefold().startswith("source:"):
        source = True  # "Source: FAO" typed into an Extra field
    if not source or not lines:
        return lines
    if len(" ".join(lines).split()) < _MIN_SOURCE_WORDS:
        return []  # "FAO", "p. 42": a bare citation says nothing to learn or ask
    if not lines[0].casefold().startswith("source"):
        lines[0] = f"Source: {lines[0]}"
    return lines


def take_tables(value: str) -> tuple[str, list[str]]:
    """The field without its tables, and each table's rows as facts. Found with `str.find`, not
    a pattern, so a field of a thousand unclosed `<table` tags costs one pass, not one per tag."""
    rows: list[str] = []
    lower = value.lower()
    kept: list[str] = []
    position = 0
    while (start := lower.find("<table", position)) >= 0:
        opened = lower.find(">", start)
        closed = lower.find("</table", opened) if opened >= 0 else -1
        if closed < 0:
            break  # never closed: the rest is left to `strip_html`
        kept.append(value[position:start])
        kept.append("<br>")
        rows.extend(_table_rows(value[opened + 1 : closed]))
        end = lower.find(">", closed)
        position = len(value) if end < 0 else end + 1
    kept.append(value[position:])
    return "".join(kept), rows


def _table_rows(body: str) -> list[str]:
    """One fact per row; a first row of header cells (or of labels, `names_columns`) names the
    columns of the rest."""
    grid: list[list[str]] = []
    header_cells: list[bool] = []
    for row in _ROW_START.split(body)[1 : _MAX_TABLE_ROWS + 1]:
        cells = _CELL_START.split(row)  # [before, kind, cell, kind, cell, …]
        kinds = [kind.lower() for kind in cells[1::2]][:_MAX_TABLE_CELLS]
        values = [_cell_text(cell.partition(">")[2]) for cell in cells[2::2]][:_MAX_TABLE_CELLS]
        if any(values):
            grid.append(values)
            header_cells.append(all(kind == "th" for kind in kinds))
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
