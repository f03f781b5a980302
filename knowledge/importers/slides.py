"""PowerPoint slides (.pptx, and Google Slides' or Keynote's PowerPoint export), read with
python-pptx and written as Markdown for the Markdown importer (see `converted`), as Word
documents are: each slide's title is a topic, its bullets (with their indent levels) nested
list items under it, bold runs bold (so a key term as in Markdown), its tables a fact per row,
and its speaker notes paragraphs of that slide. A title slide first (PowerPoint's centred title,
or a title with a subtitle or alone, as LibreOffice writes it) names the deck.

SmartArt diagrams' words are read too (`smartart`), each node an item under its parent.

Left out: slide numbers, footers and dates (by their placeholder type, and a text box repeated
word for word on most slides, which is a footer typed by hand), hidden slides, pictures, charts
empty placeholders ("Click to add text" is the layout's prompt, never the slide's text) and the
title slide's subtitle (a class, a date, a teacher's name).

python-pptx rather than reading the XML by hand: it follows the package's relationships to find
each slide's notes and knows the placeholder types, and its parser does not expand entities
(python-docx's, the same code). The archive is checked as `archives` checks every upload
(member count, unpacked size, compression ratio) before python-pptx opens it.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from knowledge.importers.archives import check_archive, open_archive, refuse_declarations, zip_holds
from knowledge.importers.converted import MarkdownDraft, import_converted, item, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported, Skipped
from knowledge.importers.smartart import diagram_items
from knowledge.importers.speaker_notes import note_facts

MAX_PPTX_MEMBERS = 5_000
"""Parts in one presentation (each slide is three or four, pictures count): a 200-slide deck
has about a thousand."""

MAX_PPTX_BYTES = 96 * 1024 * 1024
"""All parts together once unpacked; slides are mostly pictures, which do not compress."""

MAX_SLIDES = 1_000
"""Slides read from one presentation; a term's lessons are a few hundred."""

MAX_SHAPES = 20_000
"""Shapes read from all slides together (a slide has ten or twenty); more is a crafted file."""

MAX_GROUP_DEPTH = 16
"""Groups of shapes inside groups that are followed."""

_MAX_COVER_BOXES = 4  # a title slide typed in text boxes: a title, a subtitle, a name, a date
_MAX_COVER_CHARS = 200

_WHAT = "a PowerPoint presentation"
_CONTINUED = re.compile(
    r"\s*(?:[(\[]\s*(?:cont(?:inued|'d|d)?\.?|\d{1,2}\s*(?:/|of)\s*\d{1,2})\s*[)\]]"
    r"|[-–—:]\s*(?:cont(?:inued|'d)?\.?))\s*$",
    re.IGNORECASE,
)
_PAGE_NUMBER = re.compile(r"^\s*(?:(?:slide|page)\s*)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?\s*$", re.I)


def looks_like_pptx(data: bytes) -> bool:
    """A zip archive holding a presentation's main part (a .pptx sent under another name)."""
    return zip_holds(data, "ppt/presentation.xml")


def import_pptx(data: bytes, source_name: str) -> Imported:
    """A deck mapping from a presentation's bytes; skipped lines are counted in slides."""
    slides, hidden = _read(data)
    return import_slides(slides, hidden, source_name, "PowerPoint slides")


def import_slides(slides: list[Slide], hidden: int, source_name: str, kind: str) -> Imported:
    """The deck a presentation's shown slides make, however they were read (a .pptx here, an
    OpenDocument presentation in `odp`), so every slide format gives the same topics."""
    draft = _draft(slides, _footers(slides))
    imported = import_converted(draft, source_name, kind)
    if hidden:
        imported.report.detect("hidden slides left out", str(hidden))
    directions = sum(slide.directions for slide in slides)
    if directions:
        imported.report.detect(
            "speaker notes",
            f"{directions} {'sentence' if directions == 1 else 'sentences'} telling the "
            "presenter what to do left out ('Show …')",
        )
    imported.report.skipped = [
        Skipped(entry.line, entry.reason, "slide" if entry.line is not None else entry.unit)
        for entry in imported.report.skipped
    ]
    return imported


@dataclass
class Slide:
    """What one slide says: its number, title, body blocks and speaker notes."""

    number: int
    title: str = ""
    centred: bool = False  # a title slide's title (PowerPoint's CENTER_TITLE placeholder)
    subtitle: str = ""  # the SUBTITLE placeholder's text
    section: bool = False  # laid out as a section header ("Section Header" in PowerPoint)
    blocks: list[tuple[str, int, str]] = field(default_factory=list)  # kind, level, text
    boxes: list[str] = field(default_factory=list)  # text boxes' whole text, to find footers
    box_sizes: list[int] = field(default_factory=list)  # each box's largest set font size (EMU)
    notes: list[str] = field(default_factory=list)
    directions: int = 0  # sentences of the notes that direct the presenter, left out


def pptx_to_markdown(data: bytes) -> MarkdownDraft:
    """The Markdown for a presentation: each slide's title, bullets, tables and notes."""
    slides, _ = _read(data)
    return _draft(slides, _footers(slides))


def _read(data: bytes) -> tuple[list[Slide], int]:
    """The slides that are shown, read from a checked presentation, and how many are hidden."""
    with open_archive(data, _WHAT) as archive:
        check_archive(archive, members=MAX_PPTX_MEMBERS, total_bytes=MAX_PPTX_BYTES, what=_WHAT)
        refuse_declarations(archive, _WHAT)
        if "ppt/presentation.xml" not in archive.namelist():
            raise DeckImportError(
                "this zip is not a PowerPoint presentation: it holds no ppt/presentation.xml"
            )
    import pptx  # only presentations need it

    try:
        presentation = pptx.Presentation(io.BytesIO(data))
        slides, hidden = _slides(presentation)
    except (DeckImportError, MemoryError):
        raise
    except Exception as error:  # python-pptx raises many kinds on a broken file: all mean that
        raise DeckImportError(f"this PowerPoint file cannot be read: {error}") from None
    if not slides:
        raise DeckImportError("this presentation has no slides (or only hidden ones)")
    return slides, hidden


def _slides(presentation: Any) -> tuple[list[Slide], int]:
    """Every slide that is shown, in order, as what it says, and how many are hidden."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    chrome = {PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.DATE}
    chrome |= {PP_PLACEHOLDER.HEADER, PP_PLACEHOLDER.SLIDE_IMAGE}
    titles = {PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE, PP_PLACEHOLDER.VERTICAL_TITLE}
    slides: list[Slide] = []
    hidden = 0
    shapes_left = MAX_SHAPES
    for number, slide in enumerate(presentation.slides, 1):
        if number > MAX_SLIDES:
            raise DeckImportError(
                f"this presentation has more than {MAX_SLIDES:,} slides; split it into smaller ones"
            )
        if slide._element.get("show") in ("0", "false"):
            hidden += 1  # the teacher chose not to show it
            continue
        read = Slide(number, section=_is_section_layout(slide))
        shapes = list(islice(_shapes(slide.shapes, 0), shapes_left + 1))
        shapes_left -= len(shapes)
        if shapes_left < 0:
            raise DeckImportError(f"this presentation has more than {MAX_SHAPES:,} shapes; refused")
        shapes.sort(key=_position)
        for shape in shapes:
            kind = _placeholder_type(shape)
            if kind in chrome:
                continue
            if kind in titles and not read.title and shape.has_text_frame:
                read.title = " ".join(shape.text_frame.text.split())
                read.centred = kind == PP_PLACEHOLDER.CENTER_TITLE
            elif getattr(shape, "has_table", False):
                read.blocks.extend(("row", 0, row) for row in _rows(shape.table))
            elif items := diagram_items(shape):
                read.blocks.extend(("item", level, text) for level, text in items)
            elif kind == PP_PLACEHOLDER.SUBTITLE and shape.has_text_frame:
                read.subtitle = " ".join(shape.text_frame.text.split())
            elif shape.has_text_frame:
                placed = kind is not None
                paragraphs = list(_paragraphs(shape.text_frame, bulleted=placed))
                if not placed and paragraphs:
                    read.boxes.append(" ".join(text for _, _, text in paragraphs))
                    read.box_sizes.append(_largest_font(shape.text_frame))
                read.blocks.extend(paragraphs)
        if slide.has_notes_slide:
            frame = slide.notes_slide.notes_text_frame
            if frame is not None:
                said = [text for _, _, text in _paragraphs(frame, bulleted=False) if text]
                read.notes, read.directions = note_facts(said)
        slides.append(read)
    return slides, hidden


def _is_section_layout(slide: Any) -> bool:
    """Whether the slide's layout is a section header (PowerPoint's "Section Header",
    LibreOffice's and Google Slides' "Section header" and "Section title")."""
    try:
        name = str(slide.slide_layout.name or "")
    except (KeyError, ValueError, AttributeError):
        return False
    return "section" in name.casefold()


def _shapes(shapes: Any, depth: int) -> Iterator[Any]:
    """The slide's shapes, those in groups too (to a bounded depth)."""
    from pptx.enum.shapes import MSO_SHAPE_TYPE

    for shape in shapes:
        if shape.shape_type == MSO_SHAPE_TYPE.GROUP:
            if depth < MAX_GROUP_DEPTH:
                yield from _shapes(shape.shapes, depth + 1)
        else:
            yield shape


def _position(shape: Any) -> tuple[int, int]:
    """Reading order: top to bottom, then left to right (z-order is the order they were drawn)."""
    return (shape.top or 0, shape.left or 0)


def _placeholder_type(shape: Any) -> Any:
    if not shape.is_placeholder:
        return None
    try:
        return shape.placeholder_format.type
    except (ValueError, AttributeError):
        return None


def _paragraphs(frame: Any, *, bulleted: bool) -> Iterator[tuple[str, int, str]]:
    """A text frame's paragraphs as ("item" | "text", indent level, Markdown): a placeholder's
    body paragraphs are bullets unless marked without one; a text box's are bullets only where
    one is set."""
    for paragraph in frame.paragraphs:
        text = _runs(paragraph)
        if not text:
            continue
        properties = paragraph._p.pPr
        marks = (
            {child.tag.rsplit("}", 1)[-1] for child in properties}
            if properties is not None
            else set()
        )
        listed = ("buChar" in marks or "buAutoNum" in marks) or (bulleted and "buNone" not in marks)
        yield ("item" if listed else "text"), min(paragraph.level, 8), text


def _runs(paragraph: Any) -> str:
    """The paragraph's text with its bold runs in Markdown bold (a line break is a space)."""
    parts: list[str] = []
    for run in paragraph.runs:
        text = run.text.replace("\t", " ").replace("\n", " ").replace("\x0b", " ")
        core = text.strip()
        if core and run.font.bold:
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
            parts.append(f"{lead}**{core}**{trail}")
        else:
            parts.append(text)
    joined = "".join(parts).replace("****", "")  # two bold runs side by side are one
    return " ".join(joined.split())


def _rows(table: Any) -> list[str]:
    """A table's rows as "a | b" lines (a merged cell's spanned cells are left out)."""
    rows: list[str] = []
    for row in table.rows:
        cells = [
            " ".join(cell.text.split()).replace("|", "/")
            for cell in row.cells
            if not cell.is_spanned
        ]
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _footers(slides: list[Slide]) -> set[str]:
    """Text boxes repeated word for word on most slides (three at least): a footer, a course
    name or a copyright line typed onto each slide, not notes. A lone number is a slide number."""
    counts = Counter(box for slide in slides for box in set(slide.boxes))
    repeated = {box for box, seen in counts.items() if seen >= 3 and 2 * seen >= len(slides)}
    return repeated | {box for slide in slides for box in slide.boxes if _PAGE_NUMBER.match(box)}


def _draft(slides: list[Slide], footers: set[str]) -> MarkdownDraft:
    """The Markdown: a title slide first names the deck, every other slide is a topic (a
    slide titled as the one before, or "… (cont.)", carries on its topic). A slide with only
    a title is a section heading when slides with notes follow it (those become its subtopics),
    and is left out otherwise ("Any questions?", "Thank you")."""
    draft = MarkdownDraft()
    bare = [not _has_content(slide, footers) for slide in slides]
    # a bare slide with a slide of notes right after it
    sections = [
        is_bare and bool(slide.title) and index + 1 < len(bare) and not bare[index + 1]
        for index, (slide, is_bare) in enumerate(zip(slides, bare, strict=True))
    ]
    first = slides[0]
    if len(slides) > 1:
        _typed_title(first)
    # A first slide with its title alone is the deck's title, unless the deck is in sections
    # and it is laid out (or placed) as the first of them.
    alone = not first.blocks and not first.section and not any(sections[1:])
    opening = bool(first.title) and (first.centred or bool(first.subtitle) or alone)
    if opening:
        draft.heading(1, first.title.replace("**", ""), first.number)
        slides, bare, sections = slides[1:], bare[1:], sections[1:]
    level = 2
    previous_title = ""
    for slide, is_bare, is_section in zip(slides, bare, sections, strict=True):
        title = without_continued(slide.title).replace("**", "")
        if is_section:
            draft.heading(2, title, slide.number)
            level, previous_title = 3, ""
            continue
        if is_bare:
            continue  # "Any questions?": a title with nothing to learn under it
        if title and title.casefold() != previous_title.casefold():
            draft.heading(level, title, slide.number)
            previous_title = title
        if slide.subtitle:
            slide.blocks.insert(0, ("text", 0, slide.subtitle))
        _body(draft, slide, footers)
    return draft


def _largest_font(frame: Any) -> int:
    """The largest font size set on a text frame's runs (0 when all are inherited)."""
    sizes = [run.font.size or 0 for paragraph in frame.paragraphs for run in paragraph.runs]
    return int(max(sizes, default=0))


def _typed_title(slide: Slide) -> None:
    """A first slide laid out by hand (a blank slide with the title typed in a text box, as in
    Canva or a teacher's own design) is a title slide when it holds only a few short boxes: the
    one in the biggest type (else the first, top left) is its title, the rest its subtitle."""
    if slide.title or not slide.boxes or slide.notes:
        return
    if len(slide.boxes) > _MAX_COVER_BOXES or sum(map(len, slide.boxes)) > _MAX_COVER_CHARS:
        return
    if any(kind != "text" for kind, _, _ in slide.blocks):
        return  # bullets or a table: a slide of notes
    biggest = max(range(len(slide.boxes)), key=lambda index: slide.box_sizes[index])
    slide.title = slide.boxes[biggest].replace("**", "")
    slide.subtitle = " ".join(box for index, box in enumerate(slide.boxes) if index != biggest)
    slide.blocks, slide.boxes, slide.box_sizes = [], [], []


def _has_content(slide: Slide, footers: set[str]) -> bool:
    """Whether a slide says more than its title: a bullet, a row, a note or a subtitle."""
    return bool(slide.notes or slide.subtitle) or any(
        text not in footers for _, _, text in slide.blocks
    )


def without_continued(title: str) -> str:
    """A title without the mark of a slide or page that carries on the one before it:
    "Flower structure (cont.)", "Roots (2/3)", "Seeds – continued"."""
    return _CONTINUED.sub("", title).strip()


def _body(draft: MarkdownDraft, slide: Slide, footers: set[str]) -> None:
    """A slide's bullets, paragraphs, table rows and notes, in reading order."""
    previous = ""
    origin = slide.number
    for kind, level, text in slide.blocks:
        if text in footers:  # a bullet that is only a number ("1885") is kept
            continue
        if previous and previous != kind:
            draft.blank(origin)  # a list or a table ends where something else starts
        if kind == "item":
            draft.add(f"{'    ' * level}- {item(text)}", origin)
        elif kind == "row":
            if previous != "row":
                draft.blank(origin)
                draft.add(f"| {text} |", origin)
                draft.add("|" + "---|" * (text.count(" | ") + 1), origin)
            else:
                draft.add(f"| {text} |", origin)
        else:
            draft.blank(origin)
            draft.add(plain(text), origin)
            draft.blank(origin)
        previous = kind
    draft.blank(origin)
    for note in slide.notes:
        draft.add(plain(note), origin)
        draft.blank(origin)
