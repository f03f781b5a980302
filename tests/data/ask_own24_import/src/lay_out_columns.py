"""Lays a deck's source text out the way `pdftotext -layout` prints a two-column PDF: each
paragraph wrapped to the column's width (bullets with a hanging indent), lines flowing down the
left column and on into the right one (a paragraph may break across them), the two columns set
side by side with a run of spaces between, then a running header or footer, a centred page
number and a form feed per page. Source: '# ' heading lines, '- ' bullet lines, paragraph lines.

    python lay_out_columns.py   (rewrites the three decks beside this folder)
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Style:
    width: int  # characters a column's lines are wrapped at
    gutter: int  # spaces between the columns
    margin: int  # spaces before the left column
    rows: int  # lines a column holds
    header: str | None  # running header over each page ("{page}" for its number)
    footer: str  # centred under each page ("{page}", "{pages}")
    upper: bool  # headings in capitals
    bullet: str  # the bullet mark
    title: str | None = None  # a line across both columns atop page 1


def column_lines(source: str, style: Style) -> list[str]:
    lines: list[str] = []
    for raw in source.strip().splitlines():
        if raw.startswith("# "):
            heading = raw[2:].upper() if style.upper else raw[2:]
            if lines:
                lines.append("")
            lines.append(heading)
        elif raw.startswith("- "):
            lines += textwrap.wrap(
                raw[2:],
                style.width,
                initial_indent=style.bullet,
                subsequent_indent=" " * len(style.bullet),
            )
        else:
            lines += textwrap.wrap(raw, style.width)
    return lines


def pages_of(lines: list[str], rows: int) -> list[tuple[list[str], list[str]]]:
    columns: list[list[str]] = []
    current: list[str] = []
    for index, line in enumerate(lines):
        heading_at_foot = (
            len(current) >= rows - 2 and index + 1 < len(lines) and line and not lines[index - 1]
        )
        if len(current) >= rows or heading_at_foot:
            columns.append(current)
            current = []
        if current or line:  # no blank line atop a column
            current.append(line)
    columns.append(current)
    if len(columns) % 2:
        columns.append([])
    return [(columns[i], columns[i + 1]) for i in range(0, len(columns), 2)]


def lay_out(source: str, style: Style) -> str:
    pages = pages_of(column_lines(source, style), style.rows)
    full = style.margin + 2 * style.width + style.gutter
    out: list[str] = []
    for number, (left, right) in enumerate(pages, 1):
        page: list[str] = []
        if style.header:
            page += [" " * style.margin + style.header.format(page=number), ""]
        if number == 1 and style.title:
            page += [style.title.center(full).rstrip(), ""]
        for row in range(max(len(left), len(right))):
            a = left[row] if row < len(left) else ""
            b = right[row] if row < len(right) else ""
            text = " " * style.margin + a
            if b:
                text = text.ljust(style.margin + style.width + style.gutter) + b
            page.append(text.rstrip())
        footer = style.footer.format(page=number, pages=len(pages))
        page += ["", footer.center(full).rstrip()]
        out.append("\n".join(page) + "\n")
    return "\f".join(out)


DECKS = {
    "hist_silk_road/silk_road_guide.txt": (
        "silk_road.src.txt",
        Style(
            40,
            5,
            2,
            34,
            "Year 8 History - The Silk Road              Revision guide",
            "{page}",
            upper=True,
            bullet="- ",
        ),
    ),
    "geo_coral_reefs/coral_reefs_factsheet.txt": (
        "coral_reefs.src.txt",
        Style(
            34,
            3,
            4,
            30,
            None,
            "Coral reefs fact sheet - page {page} of {pages}",
            upper=False,
            bullet="• ",
            title="CORAL REEFS: HOW THEY FORM, WHY THEY MATTER, WHAT THREATENS THEM",
        ),
    ),
    "mus_piano/piano_history_handout.txt": (
        "piano.src.txt",
        Style(
            46,
            2,
            0,
            40,
            "History of the piano (handout {page})",
            "- {page} -",
            upper=False,
            bullet="* ",
        ),
    ),
}

if __name__ == "__main__":
    for target, (source, style) in DECKS.items():
        path = HERE.parent / target
        path.parent.mkdir(exist_ok=True)
        path.write_text(
            lay_out((HERE / source).read_text(encoding="utf-8"), style), encoding="utf-8"
        )
        print(path)
