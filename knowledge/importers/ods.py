"""OpenDocument spreadsheets (.ods: LibreOffice Calc, or Google Sheets' "ODS" download), read as
Excel workbooks are (`sheets`): each row a card, each sheet with cards a topic, a named or bold
header row left out.

An .ods is a zip of XML: checked as `archives` checks every upload (member count, unpacked size,
compression ratio) before content.xml is read, and parsed with defusedxml (entity declarations
refused) as a stream, row by row, never as one tree. A sheet says "this row again 1,048,572
times" for the empty rows below its last one (LibreOffice writes that for every sheet): empty
repeats are skipped unread, and repeated rows with text count against the rows a workbook may
have, as do cells repeated across (only the first columns are read).
"""

from __future__ import annotations

import zipfile
from typing import IO
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from knowledge.importers.archives import check_archive, open_archive, zip_says_mimetype
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.sheets import (
    HEAD_ROWS,
    MAX_COLUMNS,
    MAX_SHEETS,
    Budget,
    Sheet,
    import_sheets,
)

MAX_ODS_MEMBERS = 2_000
"""Parts in one spreadsheet; a glossary has about ten."""

MAX_ODS_BYTES = 64 * 1024 * 1024
"""All parts together once unpacked."""

_WHAT = "an OpenDocument spreadsheet"
_ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_FO_NS = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
_TABLE = f"{{{_TABLE_NS}}}table"
_ROW = f"{{{_TABLE_NS}}}table-row"
_CELLS = (f"{{{_TABLE_NS}}}table-cell", f"{{{_TABLE_NS}}}covered-table-cell")
_P = f"{{{_TEXT_NS}}}p"
_STYLE = f"{{{_STYLE_NS}}}style"
_TEXT_PROPERTIES = f"{{{_STYLE_NS}}}text-properties"
_TABLE_PROPERTIES = f"{{{_STYLE_NS}}}table-properties"
_DISPLAY = f"{{{_TABLE_NS}}}display"
_NAME = f"{{{_TABLE_NS}}}name"
_STYLE_NAME = f"{{{_TABLE_NS}}}style-name"
_ROWS_REPEATED = f"{{{_TABLE_NS}}}number-rows-repeated"
_COLUMNS_REPEATED = f"{{{_TABLE_NS}}}number-columns-repeated"
_BOLD = ("bold", "600", "700", "800", "900")


def looks_like_ods(data: bytes) -> bool:
    """A zip whose `mimetype` member says it is an OpenDocument spreadsheet."""
    return zip_says_mimetype(data, _ODS_MIMETYPE)


def import_ods(data: bytes, source_name: str) -> Imported:
    """A deck mapping from an OpenDocument spreadsheet's bytes."""
    with open_archive(data, _WHAT) as archive:
        check_archive(archive, members=MAX_ODS_MEMBERS, total_bytes=MAX_ODS_BYTES, what=_WHAT)
        try:
            with archive.open("content.xml") as stream:
                sheets = _sheets(stream)
        except KeyError:
            raise DeckImportError(f"this is not {_WHAT}: it holds no content.xml") from None
        except DefusedXmlException:
            raise DeckImportError(
                "this spreadsheet declares XML entities, which office programs never write; refused"
            ) from None
        except (ParseError, LookupError, ValueError) as error:
            if isinstance(error, DeckImportError):
                raise
            raise DeckImportError(f"this spreadsheet's XML is broken ({error})") from None
        except (zipfile.BadZipFile, OSError, EOFError) as error:
            raise DeckImportError(f"this spreadsheet is damaged ({error})") from None
    return import_sheets(sheets, source_name, kind="OpenDocument spreadsheet")


def _sheets(stream: IO[bytes]) -> list[Sheet]:
    """Every sheet's rows with text, read as the XML streams past; a hidden sheet (its table
    style says `table:display="false"`, as Calc's Hide Sheet writes) is named but not read, as
    a hidden Excel sheet is (`sheets`). Styles come before the tables in content.xml."""
    bold: set[str] = set()
    hidden: set[str] = set()
    sheets: list[Sheet] = []
    budget = Budget()
    sheet: Sheet | None = None
    row_number = 0
    for event, element in iterparse(stream, events=("start", "end")):
        tag = element.tag
        if event == "start":
            if tag == _TABLE:
                if len(sheets) >= MAX_SHEETS:
                    raise DeckImportError(
                        f"this spreadsheet has more than {MAX_SHEETS} sheets; refused"
                    )
                sheet = Sheet(element.get(_NAME, f"Sheet{len(sheets) + 1}"))
                sheet.hidden = element.get(_STYLE_NAME, "") in hidden
                sheets.append(sheet)
                row_number = 0
            continue
        if tag == _STYLE:
            properties = element.find(_TEXT_PROPERTIES)
            if properties is not None and properties.get(f"{{{_FO_NS}}}font-weight") in _BOLD:
                bold.add(element.get(f"{{{_STYLE_NS}}}name", ""))
            shown = element.find(_TABLE_PROPERTIES)
            name = element.get(f"{{{_STYLE_NS}}}name")
            if name and shown is not None and shown.get(_DISPLAY) == "false":
                hidden.add(name)  # a sheet with no style is never hidden
        elif tag == _ROW and sheet is not None and sheet.hidden:
            element.clear()  # an answers or working sheet the teacher hid: not read
        elif tag == _ROW and sheet is not None:
            repeats = _count(element.get(_ROWS_REPEATED))
            cells, all_bold = _row(element, bold)
            if any(cells):
                budget.spend(repeats)
                for offset in range(repeats):
                    if all_bold and len(sheet.rows) < HEAD_ROWS:
                        sheet.bold_rows.add(row_number + offset + 1)
                    sheet.rows.append((row_number + offset + 1, list(cells)))
            row_number += repeats
            element.clear()
        elif tag == _TABLE:
            element.clear()
    return sheets


def _row(row: Element, bold: set[str]) -> tuple[list[str], bool]:
    """A row's first MAX_COLUMNS cells as text, and whether every cell with text is bold."""
    cells: list[str] = []
    styles: list[bool] = []
    for cell in row:
        if cell.tag not in _CELLS:
            continue
        text = " ".join(
            " ".join("".join(paragraph.itertext()).split()) for paragraph in cell.iter(_P)
        ).strip()
        repeats = min(_count(cell.get(_COLUMNS_REPEATED)), MAX_COLUMNS - len(cells))
        cells.extend([text] * repeats)
        if text:
            styles.append(cell.get(_STYLE_NAME, "") in bold)
        if len(cells) >= MAX_COLUMNS:
            break
    return cells, bool(styles) and all(styles)


def _count(value: str | None) -> int:
    """A repeat count ("table:number-rows-repeated"), 1 when absent or nonsense."""
    if value is None or not value.isdigit():
        return 1
    return max(1, min(int(value), 10_000_000))
