"""A PDF page set in two columns, its lines put in reading order: the left column, then the right.

pypdf gives a page's text in the order it is drawn. Most programs draw a column at a time, but
some draw a row at a time across the page (left line, right line, next row), and then each line
the PDF importer makes holds a row of each column, read as a table's two cells ("… the Royal —
expedition (1898-1900) …"). Such a page shows itself as many lines whose second piece starts at
the same place (the right column's edge), with wrapped prose on both sides (a table's cells are
short, so a table keeps its rows). Its lines are cut there, and the right column's lines are
moved under the left column's, as if the page had been one column.

A line that runs across both columns (a title over them) is kept whole, between the rows above
it and those below, each read left then right.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from itertools import groupby

from knowledge.importers.pdf_lines import PdfLine, Placed
from knowledge.importers.text_columns import wrapped_widths

_STEP = 2.0  # points: where pieces start is compared at this precision
_MIN_ROWS = 4  # lines of a page holding text in both columns, at the least
_ROW_SHARE = 0.3  # ... and this share of the page's lines
_WIDTH_RATIO = 0.6  # the narrower column's longest line is this share of the wider one's, at least
_ACROSS = 1.2  # a line this much longer than the left column's longest runs across both


def in_reading_order(lines: list[PdfLine]) -> tuple[list[PdfLine], int]:
    """The lines with every two-column page's put in reading order, and how many pages were."""
    ordered: list[PdfLine] = []
    found = 0
    for _, page in groupby(lines, key=lambda line: line.page):
        rows = list(page)
        gutter = _gutter(rows)
        if gutter is None:
            ordered += rows
        else:
            ordered += _read(rows, gutter)
            found += 1
    return ordered, found


def _pieces(line: PdfLine) -> list[Placed]:
    return line.placed or [Placed(line.x, line.text, line.size)]


def _sides(line: PdfLine, gutter: float) -> tuple[list[Placed], list[Placed]]:
    """The line's pieces left of the gutter and right of it."""
    pieces = _pieces(line)
    return (
        [piece for piece in pieces if piece.x < gutter - _STEP],
        [piece for piece in pieces if piece.x >= gutter - _STEP],
    )


def _text(pieces: list[Placed]) -> str:
    return " ".join(piece.text for piece in pieces).strip()


def _split(line: PdfLine, gutter: float) -> tuple[str, str]:
    """The line's text left of the gutter and right of it."""
    left, right = _sides(line, gutter)
    return _text(left), _text(right)


def _part(line: PdfLine, pieces: list[Placed], shift: float) -> PdfLine:
    """One column's part of a line, moved `shift` points left, in the size most of it is set in."""
    moved = [piece._replace(x=piece.x - shift) for piece in pieces]
    sizes: Counter[float] = Counter()
    for piece in pieces:
        sizes[piece.size] += len(piece.text)
    return replace(
        line,
        text=_text(pieces),
        size=sizes.most_common(1)[0][0],
        x=moved[0].x,
        segments=[(piece.x, piece.text) for piece in moved],
        placed=moved,
    )


def _gutter(rows: list[PdfLine]) -> float | None:
    """Where the right-hand column starts: the place most lines' second pieces start at, when
    both sides of it hold wrapped prose of about the same width."""
    starts: Counter[float] = Counter()
    for line in rows:
        starts.update({round(piece.x / _STEP) * _STEP for piece in _pieces(line)[1:]})
    if not starts:
        return None
    gutter, count = starts.most_common(1)[0]
    if count < max(_MIN_ROWS, _ROW_SHARE * len(rows)):
        return None
    halves = [_split(line, gutter) for line in rows]
    left = [text for text, _ in halves if text]
    right = [text for _, text in halves if text]
    if not (wrapped_widths(list(map(len, left))) and wrapped_widths(list(map(len, right)))):
        return None
    narrow, wide = sorted((max(map(len, left)), max(map(len, right))))
    return gutter if narrow >= _WIDTH_RATIO * wide else None


def _read(rows: list[PdfLine], gutter: float) -> list[PdfLine]:
    """The page's lines cut at the gutter, in bands between lines that run across it, each band
    its left column's lines and then its right column's, moved left to where the left one's
    start."""
    halves = [_split(line, gutter) for line in rows]
    widest_left = max(len(left) for left, right in halves if left and right)
    lefts = [line.x for line, (left, _) in zip(rows, halves, strict=True) if left]
    shift = gutter - min(lefts, default=gutter)
    out: list[PdfLine] = []
    left_lines: list[PdfLine] = []
    right_lines: list[PdfLine] = []
    for line, (left, right) in zip(rows, halves, strict=True):
        if not right and len(left) > _ACROSS * widest_left:
            out += left_lines + right_lines + [line]
            left_lines, right_lines = [], []
            continue
        left_pieces, right_pieces = _sides(line, gutter)
        if left:
            left_lines.append(_part(line, left_pieces, 0.0))
        if right:
            right_lines.append(_part(line, right_pieces, shift))
    return out + left_lines + right_lines
