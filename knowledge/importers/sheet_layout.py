"""How a spreadsheet of notes is laid out, beyond "term | definition" rows.

Teachers' workbooks are rarely a bare glossary. Above the table sit a title and a line or two
about the course ("Year 8 History | Mrs J. Harcourt | updated Dec 2026"); the first column
numbers the rows ("#", "1, 2, 3") or gives each a reference ("Ref": H1, S3, K12); a column names
the section each row belongs to ("Section", "Topic" repeated down the rows), with a band row
of one cell over each block; the rest is one column of notes, or a term and what it means, or
a date and an event, or a quantity, its figure and its unit. Read as term cards, the row numbers
became terms ("64 = Notes: …") and a date or a figure a definition ("Which term means: '30'?").

`plan` finds these roles from the header row's names and the values under them, so the sheet's
rows become what they are: facts under the section they sit in, dated events and quantities as
statements, and cards only where a column of terms is read against a column of meanings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from knowledge.importers.tabular import is_header_row

Rows = list[tuple[int, list[str]]]
Kind = Literal["cards", "notes", "table"]

MAX_PREAMBLE = 4
"""Rows of one cell above a table that are its title and the lines about the course."""

INDEX_NAMES = frozenset({"#", "no", "no.", "nos", "nos.", "n°", "ref", "ref.", "row"})
"""Names of a column numbering the rows. Not "ID" or "Code": an E-number or a unit code is
what a "Code | Meaning" sheet teaches."""
GROUP_NAMES = frozenset(
    {
        "section",
        "topic",
        "subtopic",
        "sub-topic",
        "chapter",
        "theme",
        "lesson",
        "part",
        "module",
        "category",
        "heading",
        "strand",
        "area",
    }
)
UNIT_NAMES = frozenset({"unit", "units", "unit of measure"})
DATE_NAMES = frozenset({"date", "dates", "year", "years", "when", "period", "century", "time"})
NOTE_NAMES = frozenset(
    {
        "note",
        "notes",
        "fact",
        "facts",
        "key point",
        "key points",
        "point",
        "points",
        "detail",
        "details",
        "description",
        "explanation",
        "statement",
        "what to know",
        "key knowledge",
    }
)
EVENT_NAMES = frozenset({"event", "events", "what happened", "happening"})
FIGURE_NAMES = frozenset(
    {"figure", "figures", "value", "number", "amount", "quantity", "size", "count"}
)

_TICK_GLYPHS = frozenset("✓✔☑☐✗✘☒")
"""What a self-assessment column holds; "yes", "true" or "x" may be the answers a sheet teaches."""

SELF_CHECK_NAMES = frozenset(
    {
        "learnt?",
        "learnt",
        "learned?",
        "learned",
        "revised?",
        "revised",
        "done?",
        "done",
        "tick",
        "ticked",
        "got it?",
        "confident?",
        "rag",
        "checked",
        "✓",
    }
)
_SELF_CHECK_VALUES = frozenset(
    {"x", "y", "n", "yes", "no", "done", "-", "true", "false", "r", "a", "g"}
)

_CODE = re.compile(r"^[A-Za-z]{0,3}\d{1,4}[a-z]?[.)]?$")
_NUMBER = re.compile(r"^[~≈c.]*\s*-?\d[\d,]*(?:\.\d+)?\s*%?$")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE_CELL = re.compile(
    rf"(?:c\.|ca\.|circa|about|early|mid|late)?\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?:{_MONTH}\s+)?"
    r"\d{3,4}s?(?:\s*[-–/]\s*\d{1,4}s?)?(?:\s*(?:BC|BCE|AD|CE))?"
    r"|(?:c\.\s*)?\d{1,2}(?:st|nd|rd|th)\s+century(?:\s*(?:BC|BCE|AD|CE))?",
    re.IGNORECASE,
)
"""A cell that is wholly a date: "c. 3500 BC", "3807/3806 BC", "4 Sept 1939", "1830s", "12th
century" ("Factory Act 1833" is a name with a year in it, not a date)."""
_BAND_NUMBER = re.compile(r"^\s*(?:\d{1,2}[.)]|[A-Z][.)])\s+")


@dataclass(frozen=True, slots=True)
class Layout:
    """What each column of a sheet's table holds (0-based positions in its rows)."""

    header: tuple[str, ...]
    kind: Kind
    index: int | None = None
    group: int | None = None
    unit: int | None = None
    ticks: frozenset[int] = frozenset()


def filled(cells: list[str]) -> int:
    """How many of a row's cells hold text."""
    return sum(1 for cell in cells if cell)


def preamble(rows: Rows) -> tuple[str, list[tuple[int, str]], Rows]:
    """The title typed above a table (the first of up to `MAX_PREAMBLE` rows of one cell each
    over a row of two or more), the other lines there that read as notes, and the rows below.
    A line of " | "-joined course details or a question ("Enquiry question: Why …?") is not a
    note."""
    lead = 0
    while lead < min(len(rows), MAX_PREAMBLE) and filled(rows[lead][1]) == 1:
        lead += 1
    if lead == 0 or lead >= len(rows) or filled(rows[lead][1]) < 2:
        return "", [], rows
    texts = [(number, next(cell for cell in cells if cell)) for number, cells in rows[:lead]]
    notes = [
        (number, text)
        for number, text in texts[1:]
        if " | " not in text and not text.rstrip().endswith("?")
    ]
    return texts[0][1], notes, rows[lead:]


def _name(cell: str) -> str:
    """A column name as compared: "Ref." and "UK pairs (approx.)" as "ref." and "uk pairs"."""
    return " ".join(re.sub(r"\(.*?\)", " ", cell).split()).casefold().rstrip(":")


def names_columns(cells: list[str]) -> bool:
    """A header row whose names say what the columns hold ("# | Section | Note", "Date |
    Event", "What | Figure | Unit"): two or more short names, one of them a role this module
    reads."""
    names = [_name(cell) for cell in cells if cell]
    if len(names) < 2 or any(len(name.split()) > 4 or len(name) > 32 for name in names):
        return False
    known = (
        INDEX_NAMES
        | GROUP_NAMES
        | UNIT_NAMES
        | DATE_NAMES
        | FIGURE_NAMES
        | NOTE_NAMES
        | EVENT_NAMES
    )
    return sum(1 for name in names if name in known) >= 2


def split_bands(rows: Rows) -> list[tuple[str, int, list[str]]]:
    """Each row with the band row above it: a row of one cell between rows of two or more
    ("1. Neolithic Britain: the first farmers (c. 4000-2500 BC)") heads the block under it."""
    wide = sum(1 for _, cells in rows if filled(cells) >= 2)
    banded: list[tuple[str, int, list[str]]] = []
    band = ""
    for number, cells in rows:
        if filled(cells) == 1 and 2 * wide > len(rows):
            band = _BAND_NUMBER.sub("", next(cell for cell in cells if cell)).strip()
            continue
        banded.append((band, number, cells))
    return banded


def plan(header: list[str], rows: Rows) -> Layout:
    """The roles of a table's columns, from its header row and the values under it."""
    names = [_name(cell) for cell in header]
    width = max((len(cells) for _, cells in rows), default=0)

    def values(column: int) -> list[str]:
        return [cells[column] for _, cells in rows if column < len(cells) and cells[column]]

    index = 0 if names and names[0] in INDEX_NAMES and _codes(values(0)) else None
    ticks = frozenset(
        column for column in range(1, width) if _self_check(names, column, values(column))
    )
    columns = [
        column
        for column in range(width)
        if column != index and column not in ticks and values(column)
    ]
    unit = next(
        (c for c in columns[1:] if c < len(names) and names[c] in UNIT_NAMES),
        None,
    )
    group = next(
        (
            column
            for column in columns[:-1]
            if column < len(names) and names[column] in GROUP_NAMES and _repeats(values(column))
        ),
        None,
    )
    text = [column for column in columns if column not in (group, unit)]
    glossary = is_header_row(header) or is_header_row(header[1:])
    structured = index is not None or group is not None
    if len(text) == 1 or (
        text and not glossary and _sentences(values(text[0]), names, text[0], structured)
    ):
        kind: Kind = "notes"
    elif (
        len(text) > 1
        and not glossary
        and (_dated(values(text[0]), names, text[0]) or _figures(values(text[1]), names, text[1]))
    ):
        kind = "table"
    else:
        kind = "cards"
    return Layout(tuple(header), kind, index=index, group=group, unit=unit, ticks=ticks)


def _self_check(names: list[str], column: int, values: list[str]) -> bool:
    """A column where the student ticks what they have learnt: tick glyphs only, or marks
    under a header that names it ("Learnt?", "RAG")."""
    if not values:
        return False
    if all(value in _TICK_GLYPHS for value in values):
        return True
    named = column < len(names) and names[column] in SELF_CHECK_NAMES
    return named and all(value.casefold() in _SELF_CHECK_VALUES | _TICK_GLYPHS for value in values)


def _codes(values: list[str]) -> bool:
    """Row numbers or references: short codes (1, 2, H7, 3b), each used once."""
    return (
        len(values) >= 2 and len(set(values)) == len(values) and all(_CODE.match(v) for v in values)
    )


def _repeats(values: list[str]) -> bool:
    """A column naming sections: its values repeat down the rows (at most half distinct)."""
    return len(values) >= 2 and 2 * len(set(values)) <= len(values)


def _sentences(values: list[str], names: list[str], column: int, structured: bool) -> bool:
    """A column of notes, not terms: named so, or (in a table with row numbers or sections)
    most of its cells whole sentences. A "Statement | True or false?" sheet stays cards."""
    if column < len(names) and names[column] in NOTE_NAMES:
        return True
    if not structured:
        return False
    said = sum(1 for value in values if len(value.split()) >= 6 and value.rstrip()[-1:] in ".!")
    return bool(values) and 5 * said >= 4 * len(values)


def _dated(values: list[str], names: list[str], column: int) -> bool:
    """A column of dates: named so, or four in five of its cells wholly a date."""
    named = column < len(names) and names[column] in DATE_NAMES
    dated = sum(1 for value in values if _DATE_CELL.fullmatch(value.strip()))
    return bool(values) and (named or 5 * dated >= 4 * len(values)) and 2 * dated >= len(values)


def _figures(values: list[str], names: list[str], column: int) -> bool:
    named = column < len(names) and names[column] in FIGURE_NAMES
    numbers = sum(1 for value in values if _NUMBER.match(value))
    return bool(values) and (named or 5 * numbers >= 4 * len(values)) and 2 * numbers >= len(values)


def row_text(layout: Layout, cells: list[str]) -> tuple[list[str], str]:
    """A row's fields as a card would take them (index, section and unit columns left out, a
    unit joined to the figure before it) and the section the row names ('' when none)."""
    section = cells[layout.group] if layout.group is not None and layout.group < len(cells) else ""
    fields: list[str] = []
    names: list[str] = []
    for column, value in enumerate(cells):
        if column in (layout.index, layout.group, layout.unit) or column in layout.ticks:
            continue
        unit = layout.unit is not None and column == layout.unit - 1 and layout.unit < len(cells)
        fields.append(_with_unit(value, cells[layout.unit]) if unit and layout.unit else value)
        names.append(layout.header[column] if column < len(layout.header) else "")
    while fields and not fields[-1]:
        fields.pop()
    if not fields:
        return fields, section
    if layout.kind == "cards":  # a term, its meaning, then the other columns by name
        if len(fields) < 2 or not fields[1]:
            return fields[:2], section
        return [fields[0], _joined(fields[1], names[2:], fields[2:])], section
    first, rest, tail = fields[0], fields[1:], names[1:]
    if layout.kind == "table" and rest and rest[0]:
        first, rest, tail = f"{first.rstrip('.')}: {rest[0]}", rest[1:], tail[1:]
    return [_joined(first, tail, rest)], section


def _joined(lead: str, names: list[str], values: list[str]) -> str:
    """A lead value and the values after it, each under its column's name ("Notes: …")."""
    extras = [
        f"{name}: {value}" if name else value
        for name, value in zip(names, values, strict=False)
        if value
    ]
    return "; ".join(part for part in [lead, *extras] if part)


_PREFIXED_UNITS = frozenset("£$€¥₹")


def _with_unit(figure: str, unit: str) -> str:
    """A figure with its unit as it is written: "110 m", "£6600"."""
    if not figure or not unit:
        return figure
    return f"{unit}{figure}" if unit in _PREFIXED_UNITS else f"{figure} {unit}"
