"""A PDF handout set in two columns is read left column, then right, whichever order its program
drew the text in: row by row across the page (left line, right line, next row), pypdf gave each
row of both columns as one line, read as a table's two cells. PDFs written here with fpdf2 from
the sources of tests/data/ask_own24_import (the Silk Road, the piano)."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from knowledge.importers import import_bytes_with_report
from knowledge.importers.sentences import split_sentences

SOURCES = Path(__file__).resolve().parents[1] / "data" / "ask_own24_import" / "src"
_WIDTH = 85  # mm, each column
_LEFT, _RIGHT = 10, 105  # mm, where the columns start
_ROWS = 48


def _column_lines(source: str) -> list[tuple[str, str]]:
    """The source's lines as a column holds them: (style, text), headings bold and bigger."""
    probe = FPDF()
    probe.add_page()
    lines: list[tuple[str, str]] = []
    for raw in source.strip().splitlines():
        heading = raw.startswith("# ")
        probe.set_font("Helvetica", "B" if heading else "", 12 if heading else 10)
        if heading and lines:
            lines.append(("", ""))
        wrapped = probe.multi_cell(_WIDTH, 5, raw.removeprefix("# "), dry_run=True, output="LINES")
        lines += [("B" if heading else "", text) for text in wrapped]
    return lines


def _two_columns(source: str, *, by_rows: bool) -> bytes:
    """A PDF of the source in two columns, drawn a row at a time or a column at a time."""
    lines = _column_lines(source)
    columns = [lines[start : start + _ROWS] for start in range(0, len(lines), _ROWS)]
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    for first in range(0, len(columns), 2):
        pdf.add_page()
        pair = [(_LEFT, columns[first])]
        if first + 1 < len(columns):
            pair.append((_RIGHT, columns[first + 1]))
        drawn = [
            (row, x, style, text)
            for x, column in pair
            for row, (style, text) in enumerate(column)
            if text
        ]
        if by_rows:
            drawn.sort(key=lambda place: (place[0], place[1]))
        for row, x, style, text in drawn:
            pdf.set_font("Helvetica", style, 12 if style else 10)
            pdf.text(x, 20 + 5 * row, text)
    return bytes(pdf.output())


def _sentences(source: str) -> list[str]:
    return [
        sentence
        for line in source.splitlines()
        if line and not line.startswith("# ")
        for sentence in split_sentences(line.removeprefix("- "))
    ]


@pytest.mark.parametrize("name", ["silk_road", "piano"])
@pytest.mark.parametrize("by_rows", [True, False])
def test_a_two_column_pdf_is_read_a_column_at_a_time(name: str, by_rows: bool) -> None:
    source = (SOURCES / f"{name}.src.txt").read_text(encoding="utf-8")
    imported = import_bytes_with_report(_two_columns(source, by_rows=by_rows), f"{name}.pdf")
    topics = imported.mapping["topics"]
    titles = [topic["title"] for topic in topics]
    headings = [line[2:] for line in source.splitlines() if line.startswith("# ")]
    assert [title.casefold() for title in titles] == [heading.casefold() for heading in headings]
    shown = " ".join(str(fact) for topic in topics for fact in topic["facts"])
    # Words of both columns never run into one line (" — " joins a table row's two cells).
    assert " — " not in shown
    sentences = _sentences(source)
    # Lines the PDF wrapped short of the page's widest are sometimes not rejoined (as in any
    # PDF): most sentences are shown whole.
    whole = [sentence for sentence in sentences if sentence in shown]
    assert len(whole) >= 0.8 * len(sentences)


def test_a_table_of_short_cells_is_still_read_a_row_at_a_time() -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    rows = [
        ("Reef", "Country"),
        ("Great Barrier Reef", "Australia"),
        ("Belize Barrier Reef", "Belize"),
        ("Tubbataha", "Philippines"),
        ("Ningaloo", "Australia"),
        ("Florida Reef", "USA"),
    ]
    for row, (reef, country) in enumerate(rows):
        pdf.text(20, 30 + 6 * row, reef)
        pdf.text(110, 30 + 6 * row, country)
    imported = import_bytes_with_report(bytes(pdf.output()), "reefs.pdf")
    assert "page layout" not in imported.report.detected
    shown = str(imported.mapping)
    assert "Belize Barrier Reef" in shown and "Belize" in shown
    assert "Tubbataha" in shown
