"""A line of a PDF page as the PDF importer reads it (`pdf`) and lays it out (`pdf_layout`,
`pdf_tables`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Placed(NamedTuple):
    """Text the PDF placed on its own, where it placed it and the size it is set in."""

    x: float
    text: str
    size: float


@dataclass
class PdfLine:
    """One line of a page: its text, the size most of it is set in, where it starts, the pieces
    it is made of that start after a gap (a table's cells), each with where it starts, and the
    pieces the PDF placed apart, each where it was placed (`pdf_columns` cuts a row of two
    columns there: a gap guessed from the text's length can be wrong by a few words)."""

    text: str
    size: float
    x: float
    y: float
    page: int
    segments: list[tuple[float, str]] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)
