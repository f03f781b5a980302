"""Tables written with pipes, in Markdown or in plain-text notes: their rows as facts.

A row is written as one fact, "column: value; column: value" under a header row (or "a — b"
without one), which `bot.questions._tables` reads back to ask one cell at a time. Asked as a line,
a row made stems such as "Nitrates | making proteins for growth | _____" (round-10 review).

Teachers write tables three ways: with outer pipes and a rule under the header (GitHub's form),
without outer pipes ("Nutrient | Use" over "--- | ---"), and without a rule at all ("| Year |
Event |" over "| 1919 | Treaty of Versailles |"). A first row names the columns when a rule
follows it, or when its cells are short capitalised labels with no figure over a row that holds a
figure or a longer cell.
"""

from __future__ import annotations

import re

from knowledge.importers.inline import strip_markdown

TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")
_MAX_HEADER_WORDS = 4
_FIGURE = re.compile(r"\d")


def is_pipe_row(text: str) -> bool:
    """A row written with outer pipes: "| Nitrates | making proteins |"."""
    stripped = text.strip()
    return len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")


def cells(row: str) -> list[str]:
    """The cells of a row, outer pipes or not."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def table_row(values: list[str], columns: list[str] | None) -> str:
    """A table row as a fact: "Country: Nepal; Magnitude: 7.8" under a header, else "a — b"."""
    values = [strip_markdown(cell) for cell in values]
    if columns is not None and len(columns) == len(values):
        names = [strip_markdown(name) for name in columns]
        pairs = [
            f"{name}: {value}" if name else value
            for name, value in zip(names, values, strict=True)
            if value
        ]
        return "; ".join(pairs)
    return " — ".join(value for value in values if value)


def names_columns(header: list[str], row: list[str]) -> bool:
    """True when the first row of a table without a rule names its columns: as many cells, each
    a short capitalised label with no figure, over a row that holds a figure or a longer cell
    ("| Year | Event | Significance |" over "| 1919 | Treaty of Versailles | … 13% … |")."""
    if len(header) != len(row) or len(header) < 2:
        return False
    labels = all(
        cell[:1].isupper() and len(cell.split()) <= _MAX_HEADER_WORDS and not _FIGURE.search(cell)
        for cell in header
    )
    unlike = any(
        _FIGURE.search(cell) or len(cell.split()) > len(name.split()) + 1
        for name, cell in zip(header, row, strict=True)
    )
    return labels and unlike


def table_facts(rows: list[str]) -> list[str | None]:
    """Each line of one table (rows and rules, in order) as its fact, None for a header or rule."""
    split = [None if TABLE_RULE.match(row) else cells(row) for row in rows]
    data = [index for index, found in enumerate(split) if found is not None]
    columns: list[str] | None = None
    header: int | None = None
    if data:
        first = data[0]
        ruled = first + 1 < len(split) and split[first + 1] is None
        following = split[data[1]] if len(data) > 1 else None
        if ruled or (following is not None and names_columns(split[first] or [], following)):
            columns, header = split[first], first
    return [
        None if found is None or index == header else table_row(found, columns)
        for index, found in enumerate(split)
    ]
