"""A line of a PDF page as the PDF importer reads it (`pdf`) and lays it out (`pdf_layout`,
`pdf_tables`)."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class PdfLine:
    """One line of a page: its text, the size most of it is set in, where it starts, and the
    pieces it is made of that start after a gap (a table's cells), each with where it starts."""

    text: str
    size: float
    x: float
    y: float
    page: int
    segments: list[tuple[float, str]] = field(default_factory=list)
