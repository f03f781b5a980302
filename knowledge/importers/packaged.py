"""Files read from their bytes, not their text: office documents, PDFs, Anki packages, e-mail.

Each is told by its name or, under another name, by its content; `PackagedFormat` pairs that test
with the reader, so the upload front door (`api.import_bytes_with_report`) is one ordered table
consulted in turn instead of a run of same-shaped branches. The order matters: an office document
is a zip too, so the office formats are asked before "any other zip is an Anki package".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from knowledge.importers.anki import looks_like_zip
from knowledge.importers.epub import EPUB_SUFFIXES, is_epub
from knowledge.importers.odp import ODP_SUFFIXES
from knowledge.importers.ods import looks_like_ods
from knowledge.importers.pdf import looks_like_pdf
from knowledge.importers.report import Imported
from knowledge.importers.sheets import looks_like_xlsx
from knowledge.importers.slides import looks_like_pptx
from knowledge.importers.word import looks_like_docx
from knowledge.importers.xmind import XMIND_SUFFIXES, is_xmind
from knowledge.importers.zipped import ZIP_SUFFIXES, holds_notes

ANKI_SUFFIXES = (".apkg", ".colpkg")
DOCX_SUFFIXES = (".docx",)
PPTX_SUFFIXES = (".pptx",)
XLSX_SUFFIXES = (".xlsx", ".xlsm")
MAIL_SUFFIXES = (".eml", ".mbox", ".mbx")
ODT_SUFFIXES = (".odt",)
ODS_SUFFIXES = (".ods",)
PDF_SUFFIXES = (".pdf",)
PACKAGED_SUFFIXES = frozenset(
    {*ANKI_SUFFIXES, *DOCX_SUFFIXES, *PPTX_SUFFIXES, *XLSX_SUFFIXES}
    | {*ODT_SUFFIXES, *ODS_SUFFIXES, *PDF_SUFFIXES, *XMIND_SUFFIXES, *ZIP_SUFFIXES}
    | {*ODP_SUFFIXES, *EPUB_SUFFIXES}
)
"""Names that say the file is bytes to unpack (a zip or a PDF), never text."""

Sniffer = Callable[[str, bytes], bool]
BytesReader = Callable[[bytes, str], Imported]


@dataclass(frozen=True, slots=True)
class PackagedFormat:
    """A format read from bytes: its command-line name, how a file is recognised as it when no
    format is given (by name or content), and the reader that makes the deck."""

    name: str
    sniff: Sniffer
    read: BytesReader

    def claims(self, file_name: str, data: bytes, format: str | None) -> bool:
        """The file is to be read as this format: asked for by name, or recognised."""
        return format == self.name or (format is None and self.sniff(file_name, data))


def _suffix(name: str) -> str:
    return Path(name).suffix.lower()


def is_anki_package(name: str, data: bytes) -> bool:
    """An .apkg/.colpkg by name, or a zip archive given under another name (not an office one:
    those are told by the main part they hold, and checked first)."""
    if _suffix(name) in ANKI_SUFFIXES:
        return True
    return (
        looks_like_zip(data)
        and not is_word_document(name, data)
        and not is_xmind(name, data)
        and not is_epub(name, data)
        and not holds_notes(name, data)
    )


def is_pdf(name: str, data: bytes) -> bool:
    """A .pdf by name (one that is not a PDF is refused as damaged), or a PDF by its header."""
    return _suffix(name) in PDF_SUFFIXES or looks_like_pdf(data)


def is_ods(name: str, data: bytes) -> bool:
    """An .ods by name, or a zip that says it is an OpenDocument spreadsheet."""
    return _suffix(name) in ODS_SUFFIXES or looks_like_ods(data)


def is_presentation(name: str, data: bytes) -> bool:
    """A .pptx by name, or a zip holding a presentation's main part under another name."""
    return _suffix(name) in PPTX_SUFFIXES or looks_like_pptx(data)


def is_workbook(name: str, data: bytes) -> bool:
    """An .xlsx by name, or a zip holding a workbook's main part under another name."""
    return _suffix(name) in XLSX_SUFFIXES or looks_like_xlsx(data)


def is_word_document(name: str, data: bytes) -> bool:
    """A .docx by name, or a zip holding a Word document's main part under another name."""
    return _suffix(name) in DOCX_SUFFIXES or looks_like_docx(data)


def is_mail(name: str, data: bytes) -> bool:
    """An e-mail or mailbox by name (text ones under other names are told by `guess_format`)."""
    return _suffix(name) in MAIL_SUFFIXES


def is_package(name: str, data: bytes) -> bool:
    """A zip-based file (an Anki package, an office document) or a PDF: bytes to unpack, never
    text. Named as one, or any zip: which it is waits for `import_bytes_with_report`, so an upload
    does not open the archive to ask here too."""
    return _suffix(name) in PACKAGED_SUFFIXES or looks_like_zip(data) or looks_like_pdf(data)


def first_claiming(
    table: tuple[PackagedFormat, ...], name: str, data: bytes, format: str | None
) -> PackagedFormat | None:
    """The first format of `table` that claims the file, None when it is to be read as text."""
    return next((entry for entry in table if entry.claims(name, data, format)), None)
