"""PDF handouts: the text layer, read with pypdf (pure Python, maintained) into lines and then read
as a .txt of notes is (`outline`).

A PDF has no paragraphs or lists, only lines of text placed on a page: pypdf's text callback
gives each piece of text with its font size and place, which this module gathers into lines, and
`pdf_layout` puts back into the shape typed notes have (wrapped lines joined, headings by font
size, bullets indented by where they start, page numbers and running headers left out).

A scan has no text layer: it is refused with what it is, as is a PDF locked with a password.
Work is bounded: the pages read, the text kept, and the operations pypdf runs over all pages
(a crafted page can hold millions), with pypdf's own limits on decompressed streams lowered.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from knowledge.importers.errors import DeckImportError
from knowledge.importers.pdf_columns import in_reading_order
from knowledge.importers.pdf_layout import outline_text, without_chrome
from knowledge.importers.pdf_lines import PdfLine, Placed
from knowledge.importers.report import Imported

MAX_PDF_PAGES = 300
"""Pages read from one PDF; a unit's handouts are tens, a textbook chapter under a hundred."""

MAX_PDF_CHARS = 1_000_000
"""Characters of text kept; more than any notes a deck is made from."""

MAX_PDF_OPERATIONS = 500_000
"""Drawing operations pypdf may run over the whole file: a page of text takes 500 to 5,000, and
pypdf takes about 16 µs for each (so this is 8 CPU-seconds at most)."""

MAX_STREAM_BYTES = 8 * 1024 * 1024
"""Largest decompressed stream pypdf may make (a page's text is tens of kilobytes)."""

# Word's and PowerPoint's bullets in the Symbol or Wingdings font come out of the text layer as
# a character of the Private Use Area (U+F0B7 for the usual dot): a bullet all the same.
_PRIVATE_BULLET = re.compile(r"^[\ue000-\uf8ff]\s*")

_CELL_GAP = 2.0  # a gap of more than this many font sizes between two pieces of text
_SAME_PLACE = 0.01  # points: text given this close to where the last piece was is not moved

NotesReader = Callable[[str, str], Imported]


class _TooMuchWork(Exception):
    """Raised from pypdf's callback when the file's pages need more operations than allowed."""


def looks_like_pdf(data: bytes) -> bool:
    """A PDF by its header (after a byte-order mark or blank lines some tools put first)."""
    return data[:1024].lstrip(b"\xef\xbb\xbf\x00 \t\r\n").startswith(b"%PDF-")


@dataclass
class _PageReader:
    """Collects one page's text pieces from pypdf's callback into lines with their font size."""

    page: int
    budget: list[int]
    lines: list[PdfLine] = field(default_factory=list)
    _pieces: list[str] = field(default_factory=list)
    _sizes: Counter[float] = field(default_factory=Counter)
    _where: tuple[float, float] | None = None
    _segments: list[tuple[float, str]] = field(default_factory=list)
    _placed: list[Placed] = field(default_factory=list)
    _end = 0.0  # where the last piece of text is guessed to end

    def operation(self, *_: object) -> None:
        self.budget[0] -= 1
        if self.budget[0] < 0:
            raise _TooMuchWork

    def text(self, text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        parts = text.split("\n")
        for index, part in enumerate(parts):
            if index:
                self.end_line()
            if part.strip():
                matrix = _times(tm, cm)
                scale = math.sqrt(abs(matrix[0] * matrix[3] - matrix[1] * matrix[2])) or 1.0
                height = size * scale
                self._sizes[round(height * 2) / 2] += len(part.strip())
                if self._where is None:
                    self._where = (matrix[4], matrix[5])
                self._segment(matrix[4], part, height)
                self._place(matrix[4], part, round(height * 2) / 2)
            elif self._segments:
                self._segments[-1] = (self._segments[-1][0], self._segments[-1][1] + part)
                self._place(self._placed[-1].x, part, 0.0)
            self._pieces.append(part)

    def _segment(self, x: float, part: str, height: float) -> None:
        """A piece starting well to the right of where the last one ended starts a segment (a
        table's next cell); otherwise it carries on the last. Widths are guessed at half the
        font's size a character, so only a gap of more than two sizes counts."""
        if not self._segments or x > self._end + _CELL_GAP * height:
            self._segments.append((x, part))
        else:
            self._segments[-1] = (self._segments[-1][0], self._segments[-1][1] + part)
        self._end = x + len(part) * height / 2

    def _place(self, x: float, part: str, height: float) -> None:
        """pypdf gives text shown without a move (the rest of a line in another font) the place
        the line's text started at; a piece at a new place was moved there. A piece's size is
        its first text's (the rest of a heading's line is the heading's)."""
        if self._placed and abs(self._placed[-1].x - x) < _SAME_PLACE:
            last = self._placed[-1]
            self._placed[-1] = last._replace(text=last.text + part, size=last.size or height)
        else:
            self._placed.append(Placed(x, part, height))

    def end_line(self) -> None:
        text = _PRIVATE_BULLET.sub("• ", " ".join("".join(self._pieces).split()))
        if text and self._sizes:
            x, y = self._where or (0.0, 0.0)
            segments = [(start, " ".join(piece.split())) for start, piece in self._segments]
            placed = [piece._replace(text=" ".join(piece.text.split())) for piece in self._placed]
            size = self._sizes.most_common(1)[0][0]
            self.lines.append(PdfLine(text, size, x, y, self.page, segments, placed))
        self._pieces, self._sizes, self._where = [], Counter(), None
        self._segments, self._placed = [], []


def _times(a: list[float], b: list[float]) -> list[float]:
    """The 3x3 product of two PDF matrices [a b c d e f]."""
    return [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def import_pdf(data: bytes, source_name: str, read_notes: NotesReader) -> Imported:
    """A deck from a PDF's text, read by `read_notes` as a .txt of notes would be."""
    pages, empty, warnings = _read_pages(data)
    lines = without_chrome(pages)
    if not any(any(ch.isalnum() for ch in line.text) for line in lines):
        raise DeckImportError(
            "this PDF has no text: it is a scan (pictures of pages). Save it with its text "
            "recognised (OCR), or copy its text into a .txt file"
        )
    if _garbled(" ".join(line.text for line in lines)):
        raise DeckImportError(
            "the text in this PDF cannot be read: its fonts do not say which letters they draw. "
            "Save it again as PDF from the program that made it, or copy its text into a .txt file"
        )
    lines, in_columns = in_reading_order(lines)
    imported = read_notes(outline_text(lines), source_name)
    imported.report.format = f"PDF text ({imported.report.format})"
    imported.report.name = "pdf"
    if in_columns:
        counted = f"{in_columns} page{'' if in_columns == 1 else 's'}"
        imported.report.detect("page layout", f"{counted} in two columns: read left, then right")
    if empty:
        shown = ", ".join(str(number) for number in empty[:10])
        more = f" and {len(empty) - 10} more" if len(empty) > 10 else ""
        imported.report.warn(f"pages {shown}{more} have no text (scanned?): left out")
    imported.report.warnings.extend(warnings)
    return imported


_GLYPH_NAME = re.compile(r"/[A-Za-z]+\d+|\(cid:\d+\)")
_READABLE_SHARE = 0.5


def _garbled(text: str) -> bool:
    """Whether most of a PDF's text is glyph names ("/g12", "(cid:7)"), private or replacement
    characters or punctuation: what a font without a map to Unicode gives."""
    cleaned = _GLYPH_NAME.sub("\ufffd", text)
    marks = [ch for ch in cleaned if not ch.isspace()]
    readable = sum(1 for ch in marks if ch.isalnum() and ch != "\ufffd")
    return bool(marks) and readable < _READABLE_SHARE * len(marks)


def _read_pages(data: bytes) -> tuple[list[list[PdfLine]], list[int], list[str]]:
    """Each page's lines, the pages with no text, and what the teacher should know."""
    from pypdf import PasswordType, PdfReader, apply_configuration
    from pypdf.errors import DependencyError, FileNotDecryptedError

    limits: dict[str, int] = {
        "zlib_maximum_output_length": MAX_STREAM_BYTES,
        "lzw_maximum_output_length": MAX_STREAM_BYTES,
        "run_length_maximum_output_length": MAX_STREAM_BYTES,
        "brotli_maximum_output_length": MAX_STREAM_BYTES,
        "array_based_stream_maximum_output_length": MAX_STREAM_BYTES,
        "stream_decoding_work_maximum_length": 4 * MAX_STREAM_BYTES,
        "xform_maximum_invocations_per_extraction": 500,
        "stream_parsing_work_maximum_count": MAX_PDF_OPERATIONS + 100_000,
    }
    budget = [MAX_PDF_OPERATIONS]
    pages: list[list[PdfLine]] = []
    empty: list[int] = []
    warnings: list[str] = []
    failures: list[str] = []
    kept = read = 0
    with apply_configuration(None, **limits):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                try:
                    opened = reader.decrypt("")
                except (DependencyError, NotImplementedError):
                    opened = PasswordType.NOT_DECRYPTED
                if opened == PasswordType.NOT_DECRYPTED:
                    raise DeckImportError(
                        "this PDF is locked with a password (or an encryption I cannot open): "
                        "save or print an unlocked copy, or copy its text into a .txt file"
                    )
            count = len(reader.pages)
        except (DeckImportError, MemoryError):
            raise
        except RecursionError:
            raise DeckImportError("this PDF is damaged: it is nested too deeply to read") from None
        except FileNotDecryptedError:
            raise DeckImportError(
                "this PDF is locked with a password; send an unlocked copy"
            ) from None
        except Exception as error:  # pypdf raises many kinds on a broken file: all mean that
            raise DeckImportError(f"this PDF is damaged and cannot be read ({error})") from None
        if count > MAX_PDF_PAGES:
            raise DeckImportError(
                f"this PDF has {count:,} pages; a deck is made from at most {MAX_PDF_PAGES} "
                "(send the chapters you need as separate files)"
            )
        for number in range(1, count + 1):
            collector = _PageReader(number, budget)
            try:
                reader.pages[number - 1].extract_text(
                    visitor_operand_before=collector.operation, visitor_text=collector.text
                )
            except _TooMuchWork:
                raise DeckImportError(
                    "this PDF's pages take too much work to read (they are drawn with millions "
                    "of operations); copy its text into a .txt file"
                ) from None
            except MemoryError:
                raise
            except RecursionError:  # a crafted page nests arrays thousands deep
                failures.append(f"page {number} is nested too deeply")
                continue
            except Exception as error:  # one broken page costs only itself
                failures.append(f"page {number} could not be read ({error})")
                continue
            collector.end_line()
            read += 1
            if not any(any(ch.isalnum() for ch in line.text) for line in collector.lines):
                empty.append(number)
            kept += sum(len(line.text) for line in collector.lines)
            pages.append(collector.lines)
            if kept > MAX_PDF_CHARS:
                warnings.append(
                    f"only the first {number} pages were read: there is more text than a deck holds"
                )
                break
    if not read and failures:
        raise DeckImportError(f"this PDF's pages cannot be read: {failures[0]}")
    warnings[:0] = [f"{failure}: left out" for failure in failures]
    return pages, empty, warnings
