"""OpenDocument presentations (.odp: LibreOffice Impress, OpenOffice, Google Slides' "ODP"
download), read into the same slides a .pptx is read into (`slides.Slide`) and made into a deck
the same way (`slides.import_slides`): each slide's title a topic (a title repeated, or marked
"(cont.)", carries on its topic), its outline's bullets nested list items by their list depth,
bold spans bold, tables a fact per row, speaker notes (`presentation:notes`) paragraphs of the
slide without the presenter's directions (`speaker_notes`). A first slide with a title and a
subtitle names the deck.

Left out: slide numbers, footers, dates and headers (by their `presentation:class`), empty
placeholders (`presentation:placeholder="true"`: the layout's "Click to add text"), pictures,
charts and hidden slides (a page style with `presentation:visibility="hidden"`).

An .odp is a zip of XML: checked as `archives` checks every upload (member count, unpacked size,
compression ratio) before content.xml is read, parsed with defusedxml (entities refused) as
.odt's is (`odt.parse_odf`), and walked to a bounded depth with bounded slide and shape counts.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from knowledge.importers.archives import (
    bounded_read,
    check_archive,
    open_archive,
    zip_says_mimetype,
)
from knowledge.importers.errors import DeckImportError
from knowledge.importers.odt import (
    ODF_NAMESPACES,
    bold_styles,
    odf_tag,
    odf_text,
    parse_odf,
    table_rows,
)
from knowledge.importers.report import Imported
from knowledge.importers.slides import MAX_GROUP_DEPTH, MAX_SHAPES, MAX_SLIDES, Slide, import_slides
from knowledge.importers.speaker_notes import note_facts

ODP_SUFFIXES = (".odp",)

MAX_ODP_MEMBERS = 5_000
"""Parts in one presentation (pictures count); a lesson's slides have tens."""

MAX_ODP_BYTES = 96 * 1024 * 1024
"""All parts together once unpacked; slides are mostly pictures, which do not compress."""

MAX_LIST_DEPTH = 16
"""Lists inside lists that are followed (Impress has ten outline levels)."""

_WHAT = "an OpenDocument presentation"
_ODP_MIMETYPE = b"application/vnd.oasis.opendocument.presentation"


_PAGE = odf_tag("draw", "page")
_GROUP = odf_tag("draw", "g")
_TEXT_BOX = odf_tag("draw", "text-box")
_NOTES = odf_tag("presentation", "notes")
_CLASS = odf_tag("presentation", "class")
_PLACEHOLDER = odf_tag("presentation", "placeholder")
_P = odf_tag("text", "p")
_H = odf_tag("text", "h")
_LIST = odf_tag("text", "list")
_LIST_ITEMS = (odf_tag("text", "list-item"), odf_tag("text", "list-header"))
_TABLE = odf_tag("table", "table")
_CELL = odf_tag("table", "table-cell")
_STYLE_NAME = odf_tag("draw", "style-name")
_X, _Y = odf_tag("svg", "x"), odf_tag("svg", "y")
_CHROME = frozenset({"page-number", "footer", "date-time", "header", "handout", "page"})
_TITLES = frozenset({"title"})
_LENGTH = re.compile(r"^\s*(-?\d+(?:\.\d+)?)\s*(cm|mm|in|pt|pc|px)?\s*$")
_TO_MM = {"cm": 10.0, "mm": 1.0, "in": 25.4, "pt": 25.4 / 72, "pc": 25.4 / 6, "px": 25.4 / 96}


def looks_like_odp(data: bytes) -> bool:
    """A zip whose `mimetype` member says it is an OpenDocument presentation."""
    return zip_says_mimetype(data, _ODP_MIMETYPE)


def is_odp(name: str, data: bytes) -> bool:
    """An .odp by name, or a zip that says it is an OpenDocument presentation."""
    return name.casefold().endswith(ODP_SUFFIXES) or looks_like_odp(data)


def import_odp(data: bytes, source_name: str) -> Imported:
    """A deck mapping from an OpenDocument presentation's bytes."""
    slides, hidden = _read(data)
    return import_slides(slides, hidden, source_name, "OpenDocument slides")


def _read(data: bytes) -> tuple[list[Slide], int]:
    """The slides that are shown, and how many are hidden."""
    with open_archive(data, _WHAT) as archive:
        check_archive(archive, members=MAX_ODP_MEMBERS, total_bytes=MAX_ODP_BYTES, what=_WHAT)
        try:
            with archive.open("content.xml") as stream:
                content = bounded_read(stream, MAX_ODP_BYTES, _WHAT)
        except KeyError:
            raise DeckImportError(f"this is not {_WHAT}: it holds no content.xml") from None
        except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
            raise DeckImportError(f"this OpenDocument file is damaged ({error})") from None
    root = parse_odf(content)
    body = root.find("office:body/office:presentation", ODF_NAMESPACES)
    if body is None:
        raise DeckImportError("this OpenDocument file holds no slides (is it a text document?)")
    reader = _SlideReader(bold_styles(root), _hidden_styles(root))
    slides: list[Slide] = []
    hidden = 0
    for number, page in enumerate(body.iter(_PAGE), 1):
        if number > MAX_SLIDES:
            raise DeckImportError(
                f"this presentation has more than {MAX_SLIDES:,} slides; split it into smaller ones"
            )
        if page.get(_STYLE_NAME, "") in reader.hidden:
            hidden += 1
            continue
        slides.append(reader.slide(page, number))
    if not slides:
        raise DeckImportError("this presentation has no slides (or only hidden ones)")
    return slides, hidden


def _hidden_styles(root: Element) -> set[str]:
    """Names of the page styles that hide a slide (Impress's "Hide Slide")."""
    hidden: set[str] = set()
    visibility = odf_tag("presentation", "visibility")
    for style in root.iter(odf_tag("style", "style")):
        for properties in style.iter(odf_tag("style", "drawing-page-properties")):
            if properties.get(visibility) == "hidden":
                hidden.add(style.get(odf_tag("style", "name"), ""))
    return hidden


class _SlideReader:
    """Reads pages into `Slide`s, counting shapes against `MAX_SHAPES` across the file."""

    def __init__(self, bold: set[str], hidden: set[str]) -> None:
        self.bold = bold
        self.hidden = hidden
        self.shapes_left = MAX_SHAPES

    def slide(self, page: Element, number: int) -> Slide:
        read = Slide(number)
        shapes = sorted(self._shapes(page, 0), key=_position)
        for shape in shapes:
            kind = shape.get(_CLASS, "")
            if kind in _CHROME or shape.get(_PLACEHOLDER) == "true":
                continue
            if kind in _TITLES and not read.title:
                read.title = " ".join(self._paragraphs_text(shape).split()).replace("**", "")
            elif kind == "subtitle":
                read.subtitle = " ".join(self._paragraphs_text(shape).split())
            else:
                self._body(shape, read, placed=kind != "")
        notes = page.find("presentation:notes", ODF_NAMESPACES)
        if notes is not None:
            said = [
                text
                for frame in notes.iter(odf_tag("draw", "frame"))
                if frame.get(_CLASS, "notes") == "notes"
                for paragraph in frame.iter(_P)
                if (text := odf_text(paragraph, self.bold))
            ]
            read.notes, read.directions = note_facts(said)
        return read

    def _shapes(self, parent: Element, depth: int) -> Iterator[Element]:
        """The page's shapes (frames, text shapes), those in groups too, notes left out."""
        for child in parent:
            if child.tag == _NOTES:
                continue
            self.shapes_left -= 1
            if self.shapes_left < 0:
                raise DeckImportError(
                    f"this presentation has more than {MAX_SHAPES:,} shapes; refused"
                )
            if child.tag == _GROUP:
                if depth < MAX_GROUP_DEPTH:
                    yield from self._shapes(child, depth + 1)
            else:
                yield child

    def _paragraphs_text(self, shape: Element) -> str:
        return " ".join(odf_text(paragraph, self.bold) for paragraph in shape.iter(_P))

    def _body(self, shape: Element, read: Slide, *, placed: bool) -> None:
        """A shape's text (an outline's paragraphs are bullets, a text box's only in a list) and
        its tables; a text box's whole text is kept to find footers typed on every slide."""
        blocks: list[tuple[str, int, str]] = []
        for container in _text_containers(shape):
            if container.tag == _TABLE:
                blocks.extend(("row", 0, row) for row in self._rows(container))
            else:
                self._blocks(container, blocks, level=-1, listed=placed, depth=0)
        if not placed:
            paragraphs = [text for kind, _, text in blocks if kind != "row"]
            if paragraphs:
                read.boxes.append(" ".join(paragraphs))
                read.box_sizes.append(0)
        read.blocks.extend(blocks)

    def _blocks(
        self,
        parent: Element,
        blocks: list[tuple[str, int, str]],
        *,
        level: int,
        listed: bool,
        depth: int,
    ) -> None:
        """Paragraphs and list items in order: a list's items are one level deeper than the list
        item holding it (`level` -1 outside any list, so a top list's items are level 0)."""
        for child in parent:
            if child.tag in (_P, _H):
                text = odf_text(child, self.bold)
                if text:
                    blocks.append(("item" if listed else "text", min(max(level, 0), 8), text))
            elif child.tag == _LIST and depth < MAX_LIST_DEPTH:
                for entry in child:
                    if entry.tag in _LIST_ITEMS:
                        self._blocks(entry, blocks, level=level + 1, listed=True, depth=depth + 1)

    def _rows(self, table: Element) -> list[str]:
        """A table's rows as "a | b" lines (covered cells of a merge are not table-cells)."""
        rows: list[str] = []
        for row in table_rows(table):
            cells = [
                " ".join(odf_text(p, self.bold) for p in cell.iter(_P)).replace("|", "/")
                for cell in row
                if cell.tag == _CELL
            ]
            if any(cells):
                rows.append(" | ".join(cells))
        return rows


def _text_containers(shape: Element) -> Iterator[Element]:
    """Where a shape keeps its text: a frame's text box or table, or the shape itself (a custom
    shape or rectangle holds its paragraphs directly)."""
    found = False
    for child in shape:
        if child.tag in (_TEXT_BOX, _TABLE):
            found = True
            yield child
    if not found:
        yield shape


def _position(shape: Element) -> tuple[float, float]:
    """Reading order: top to bottom, then left to right (a shape with no position stays put)."""
    return (_millimetres(shape.get(_Y)), _millimetres(shape.get(_X)))


def _millimetres(length: str | None) -> float:
    found = _LENGTH.match(length or "")
    if found is None:
        return 0.0
    return float(found.group(1)) * _TO_MM.get(found.group(2) or "cm", 10.0)
