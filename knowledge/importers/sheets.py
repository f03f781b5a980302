"""Spreadsheets of key terms (.xlsx from Excel or Google Sheets' download; .ods in `ods`): each
row a card as in a CSV or TSV export (term, definition, and any more columns), read by the same
code (`tabular.add_cards`), so a workbook makes the same key terms, facts and questions as the
sheet saved as CSV would. Each sheet with cards in it is a topic named after it (a workbook
with one such sheet is one topic named after the file).

A first row of column names is left out: "Term | Definition" in any of the names the CSV
importer knows, or a first row typed in bold; a title typed above it in one cell names the
sheet's topic (or the deck, for a workbook of one sheet). Columns past the second are kept in
the card's fact under their column's name ("Year: 1817"), or as they are without a header.

The .xlsx is checked as `archives` checks every upload (member count, unpacked size,
compression ratio) before openpyxl opens it, read-only (row by row, never the whole sheet at
once) after `archives.refuse_declarations` has refused any entity declaration (openpyxl reads
sheets with the standard library's parser, which would expand them), and the rows and columns
read are bounded.
"""

from __future__ import annotations

import datetime
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from knowledge.importers.archives import check_archive, open_archive, refuse_declarations, zip_holds
from knowledge.importers.builder import DeckBuilder
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.report import Imported
from knowledge.importers.sheet_layout import (
    filled,
    names_columns,
    plan,
    preamble,
    row_text,
    split_bands,
)
from knowledge.importers.tabular import Card, add_cards, is_header_row

MAX_XLSX_MEMBERS = 2_000
"""Parts in one workbook; a glossary has about ten, plus two per sheet."""

MAX_XLSX_BYTES = 64 * 1024 * 1024
"""All parts together once unpacked."""

MAX_SHEETS = 200
"""Sheets read from one workbook."""

MAX_ROWS = 60_000
"""Rows read from all sheets together, empty ones counted: more than a chat deck may hold."""

MAX_COLUMNS = 12
"""Columns read from each row; a key-term list has two to five."""

HEAD_ROWS = 3  # rows at the top that may be a title and a header
_DEFAULT_NAMES = ("sheet", "feuille", "tabelle", "hoja", "foglio", "blad", "planilha")
_WHAT = "an Excel workbook"


@dataclass
class Sheet:
    """One sheet's rows as text with their 1-based numbers, and which of its first rows are
    typed in bold (every cell with text in them)."""

    title: str
    rows: list[tuple[int, list[str]]] = field(default_factory=list)
    bold_rows: set[int] = field(default_factory=set)
    hidden: bool = False


def looks_like_xlsx(data: bytes) -> bool:
    """A zip archive holding a workbook's main part (an .xlsx sent under another name)."""
    return zip_holds(data, "xl/workbook.xml")


def import_xlsx(data: bytes, source_name: str) -> Imported:
    """A deck mapping from an Excel workbook's bytes."""
    with open_archive(data, _WHAT) as archive:
        check_archive(archive, members=MAX_XLSX_MEMBERS, total_bytes=MAX_XLSX_BYTES, what=_WHAT)
        refuse_declarations(archive, _WHAT)
        if "xl/workbook.xml" not in archive.namelist():
            raise DeckImportError("this zip is not an Excel workbook: it holds no xl/workbook.xml")
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (DeckImportError, MemoryError):
        raise
    except Exception as error:  # openpyxl raises many kinds on a broken file: all mean that
        raise DeckImportError(f"this workbook cannot be read: {error}") from None
    try:
        sheets = list(_xlsx_sheets(book))
    except (DeckImportError, MemoryError):
        raise
    except Exception as error:
        raise DeckImportError(f"this workbook cannot be read: {error}") from None
    finally:
        book.close()
    return import_sheets(sheets, source_name, kind="Excel workbook")


def _xlsx_sheets(book: Any) -> Iterator[Sheet]:
    budget = Budget()
    for number, worksheet in enumerate(book.worksheets, 1):
        if number > MAX_SHEETS:
            raise DeckImportError(f"this workbook has more than {MAX_SHEETS} sheets; refused")
        if not hasattr(worksheet, "iter_rows"):
            continue  # a chart sheet
        sheet = Sheet(str(worksheet.title))
        if getattr(worksheet, "sheet_state", "visible") != "visible":
            sheet.hidden = True  # an answers or working sheet the teacher hid: not read
            yield sheet
            continue
        rows = worksheet.iter_rows(max_row=budget.left + 1, max_col=MAX_COLUMNS)
        for index, row in enumerate(rows, 1):
            budget.spend(1)
            cells = [text_of(cell.value) for cell in row]
            if any(cells):
                if len(sheet.rows) < HEAD_ROWS and all(
                    bool(getattr(getattr(cell, "font", None), "b", False))
                    for cell, text in zip(row, cells, strict=True)
                    if text
                ):
                    sheet.bold_rows.add(index)
                sheet.rows.append((index, cells))
        yield sheet


class Budget:
    """Rows left to read in a workbook (a sheet's empty rows count: a single cell at row
    1,000,000 costs a million of them)."""

    def __init__(self) -> None:
        self.left = MAX_ROWS

    def spend(self, rows: int) -> None:
        self.left -= rows
        if self.left < 0:
            raise DeckImportError(
                f"this workbook has more than {MAX_ROWS:,} rows; a key-term list has hundreds"
            )


def text_of(value: object) -> str:
    """A cell's value as it is shown: 1817 not 1817.0, a date without midnight, text trimmed."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat()
    if isinstance(value, datetime.date | datetime.time):
        return value.isoformat()
    return " ".join(str(value).split())


def import_sheets(sheets: Iterable[Sheet], source_name: str, *, kind: str) -> Imported:
    """The deck the sheets' rows make, one topic per sheet with cards."""
    builder = DeckBuilder(source_name=source_name, kind=kind)
    sheets = list(sheets)
    hidden = [sheet.title for sheet in sheets if sheet.hidden]
    if hidden:
        builder.report.detect("hidden sheets left out", ", ".join(quoted(name) for name in hidden))
    used = [sheet for sheet in sheets if sheet.rows and not sheet.hidden]
    if not used:
        raise DeckImportError(f"this {kind.lower()} is empty: there are no terms in it to import")
    several = len(used) > 1
    cards: list[Card] = []
    for sheet in used:
        heading, notes, rows = preamble(sheet.rows)
        name = heading if heading and _default_name(sheet.title) else sheet.title
        if heading and not several:
            builder.title = heading
        deck = name.replace("::", ":") if several else None
        cards.extend(Card(number, [note], deck=deck, plain=True) for number, note in notes)
        cards.extend(_cards(sheet, rows, deck))
    if not several and not _default_name(used[0].title):
        builder.report.detect("sheet", quoted(used[0].title))
    elif several:
        builder.report.detect("sheets", ", ".join(quoted(sheet.title) for sheet in used))
    add_cards(builder, cards, html=False, what=kind.lower(), unit="row")
    return builder.result()


Rows = list[tuple[int, list[str]]]


def _cards(sheet: Sheet, rows: Rows, deck: str | None) -> list[Card]:
    """A sheet's rows as cards: the header row left out (and where it is repeated lower down),
    later columns named by it."""
    first = rows[0]
    names: list[str] = []
    bold = first[0] in sheet.bold_rows and filled(first[1]) >= 2
    counted = bool(_NUMBER_HEADER.match(first[1][0])) and _numbered(rows[1:])
    named = is_header_row(first[1]) or is_header_row(first[1][1:]) or names_columns(first[1])
    if named or bold or counted:
        names, rows = first[1], rows[1:]
    laid_out = _laid_out(names, rows, deck)
    if laid_out is not None:
        return laid_out
    if _numbered(rows):  # "No. | Term | Definition": the numbers are no terms
        names, rows = names[1:], [(number, cells[1:]) for number, cells in rows]
    cards: list[Card] = []
    for number, row in rows:
        cells = list(row)
        while cells and not cells[-1]:
            cells.pop()
        if names and cells == names[: len(cells)]:
            continue  # the header again, over the next block of terms
        extras = [
            f"{names[index]}: {value}" if index < len(names) and names[index] else value
            for index, value in enumerate(cells[2:], 2)
            if value
        ]
        fields = cells[:2]
        if extras and len(fields) == 2 and fields[1]:
            fields = [fields[0], "; ".join([fields[1], *extras])]
        cards.append(Card(number, fields, deck=deck))
    return cards


def _laid_out(names: list[str], rows: Rows, deck: str | None) -> list[Card] | None:
    """The rows of a table with a header naming its columns' roles (`sheet_layout`): row
    numbers or references left out, a section column or band rows making subtopics, a single
    column of notes or dated events and figures read as facts. None for a plain glossary,
    which the rest of `_cards` reads as before."""
    if not names or not rows:
        return None
    header = [name for name in names if name]
    banded = split_bands(rows)
    layout = plan(names, [(number, cells) for _, number, cells in banded])
    has_bands = len(banded) < len(rows)
    plain = layout.kind != "cards"
    roles = layout.index is not None or layout.group is not None or layout.unit is not None
    if not (roles or layout.ticks or has_bands or plain):
        return None
    cards: list[Card] = []
    for band, number, cells in banded:
        if [cell for cell in cells if cell] == header:
            continue  # the header again, over the next block
        fields, section = row_text(layout, cells)
        if not any(fields):
            continue
        place = (section or band).replace("::", ":").strip()
        where = "::".join(part for part in (deck, place) if part) or None
        cards.append(Card(number, fields, deck=where, plain=plain))
    return cards


_NUMBER = re.compile(r"^\(?\d{1,4}[.)]?$")
_NUMBER_HEADER = re.compile(r"^(?:no\.?|nos?\.?|#|number|num\.?|n°|q\.?)$", re.IGNORECASE)


def _numbered(rows: Rows) -> bool:
    """Whether the first column only numbers the rows (1, 2, 3 or "1.", "2)") beside two or
    more columns of text."""
    firsts = [cells[0] for _, cells in rows if cells and cells[0]]
    wide = sum(1 for _, cells in rows if filled(cells[1:]) >= 2)
    return (
        len(firsts) >= 2 and 2 * wide >= len(rows) and all(_NUMBER.match(first) for first in firsts)
    )


def _default_name(title: str) -> bool:
    """A sheet still called what the program named it ("Sheet1", "Feuil1", "Tabelle1")."""
    folded = title.casefold().rstrip("0123456789 ")
    return folded in _DEFAULT_NAMES or folded == "feuil"
