"""A PDF's cover: the first page of slides exported to PDF (or of a handout with a title page),
holding only the title in the biggest size with a line or two under it (a subtitle, a teacher's
name, a date). Its title names the deck, as a PowerPoint title slide's does (`slides`), and what
is under it is left out, as a title slide's subtitle is; read as a heading like every other
slide's title, it made a topic of its own ("Orchids: Structure and Survival", holding only
"Plant diversity unit, lesson 4") and left the deck named after the file.
"""

from __future__ import annotations

import re

from knowledge.importers.pdf_lines import PdfLine

MAX_COVER_LINES = 4
"""Lines under a cover's title: a subtitle, a name, a class, a date. More is a page of notes."""
_MAX_COVER_CHARS = 200  # all of them together: a subtitle is short, a paragraph is not
# A line of notes, never a subtitle: a bullet or number first, or a full stop last.
_NOTES_LINE = re.compile(r"^\s*(?:[•●○◦▪■‣►·*\-–—]|\(?\d{1,2}[.)]\s)|[.!?]\s*$")


def with_cover(
    lines: list[PdfLine], levels: dict[int, int]
) -> tuple[list[PdfLine], dict[int, int]]:
    """The lines without a cover's lines under its title, and heading levels with the cover's
    title alone at the top (level 0) and every other heading below it; unchanged when the first
    page is no cover."""
    title, under = _cover(lines, levels)
    if not title:
        return lines, levels
    dropped = {id(line) for line in under}
    kept = [line for line in lines if id(line) not in dropped]
    titled = {id(line) for line in title}
    shift = 1 if any(level == 0 for key, level in levels.items() if key not in titled) else 0
    shifted = {key: 0 if key in titled else level + shift for key, level in levels.items()}
    return kept, shifted


def _cover(lines: list[PdfLine], levels: dict[int, int]) -> tuple[list[PdfLine], list[PdfLine]]:
    """The cover's title lines (a title may wrap) and the lines under it, or nothing."""
    if not lines or levels.get(id(lines[0])) != 0:
        return [], []
    page = lines[0].page
    first = [line for line in lines if line.page == page]
    later = [line for line in lines if line.page != page]
    title = [lines[0]]
    for line in first[1:]:
        if levels.get(id(line)) != 0 or line.size != title[-1].size:
            break
        title.append(line)
    under = first[len(title) :]
    if not later or not _is_cover_text(under, levels):
        return [], []
    # "Week 1" over a page of notes, then "Week 2" …: a series of headings, not a cover's title
    shape = _shape(" ".join(line.text for line in title))
    if any(levels.get(id(line)) == 0 and _shape(line.text) == shape for line in later):
        return [], []
    # A first page with a title alone, in a deck whose other pages are titled alike and some of
    # them have only a title, is the first of its sections ("Hand-made animation"), not a cover.
    if not under and _has_bare_pages(later, levels, title[0].size):
        return [], []
    return title, under


def _is_cover_text(under: list[PdfLine], levels: dict[int, int]) -> bool:
    return (
        len(under) <= MAX_COVER_LINES
        and sum(len(line.text) for line in under) <= _MAX_COVER_CHARS
        and all(levels.get(id(line)) != 0 and not _NOTES_LINE.search(line.text) for line in under)
    )


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.casefold())


def _has_bare_pages(lines: list[PdfLine], levels: dict[int, int], size: float) -> bool:
    """Whether a page holds only headings as big as `size` (a section's divider slide)."""
    pages: dict[int, list[PdfLine]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    return any(
        all(id(line) in levels and line.size >= size for line in page) for page in pages.values()
    )
