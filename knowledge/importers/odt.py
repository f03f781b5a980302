"""OpenDocument text (.odt: LibreOffice, OpenOffice, and Google Docs' or Word's "ODF" download),
written as Markdown for the Markdown importer (see `converted`), as Word documents are.

`text:h` headings (their outline level) make the topic tree and a paragraph in the Title style
names the deck; `text:list` nesting makes nested lists; bold spans (an automatic style with a bold
font weight, or the Strong Emphasis style) are bold, so a key term as in Markdown; tables give a
fact per row under their first row. Dropped: footnotes and endnotes, comments (annotations),
tracked deletions, frames and images, bookmarks, the table of contents and indexes, forms.

An .odt is a zip of XML: it is checked as `archives` checks every upload (member count, unpacked
size, compression ratio) before content.xml is read, and the XML is parsed with defusedxml
(entity declarations refused). Its elements are walked to a bounded depth.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from knowledge.importers.archives import (
    bounded_read,
    check_archive,
    open_archive,
    zip_says_mimetype,
)
from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported

MAX_ODT_MEMBERS = 5_000
"""Parts in one document (pictures count); a long handout has tens."""

MAX_ODT_BYTES = 64 * 1024 * 1024
"""All parts together once unpacked."""

MAX_DEPTH = 64
"""Elements inside one another that are followed; deeper ones are read as flat text."""

_WHAT = "an OpenDocument text"
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
ODF_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "presentation": "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
"""The OpenDocument namespaces by their usual prefixes (texts, and the slides `odp` reads)."""


def odf_tag(prefix: str, name: str) -> str:
    """An OpenDocument element's or attribute's name as ElementTree spells it."""
    return f"{{{ODF_NAMESPACES[prefix]}}}{name}"


_H = odf_tag("text", "h")
_P = odf_tag("text", "p")
_LIST = odf_tag("text", "list")
_ITEM = odf_tag("text", "list-item")
_HEADER = odf_tag("text", "list-header")
_SPAN = odf_tag("text", "span")
_SPACE = odf_tag("text", "s")
_TAB = odf_tag("text", "tab")
_BREAK = odf_tag("text", "line-break")
_LINK = odf_tag("text", "a")
_SECTION = odf_tag("text", "section")
_TABLE = odf_tag("table", "table")
_ROW = odf_tag("table", "table-row")
_CELL = odf_tag("table", "table-cell")
_ROW_GROUPS = {odf_tag("table", n) for n in ("table-header-rows", "table-rows", "table-row-group")}
_LEVEL = odf_tag("text", "outline-level")
_STYLE_NAME = odf_tag("text", "style-name")
_DROPPED = {
    odf_tag("text", name)
    for name in {"note", "tracked-changes", "table-of-content", "alphabetical-index"}
    | {"bibliography", "illustration-index", "table-index", "sequence-decls", "bookmark-ref"}
} | {odf_tag("office", "annotation"), "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame"}


def looks_like_odt(data: bytes) -> bool:
    """A zip whose `mimetype` member says it is an OpenDocument text (an .odt under another
    name): stored first and uncompressed, as the standard asks, or anywhere."""
    return zip_says_mimetype(data, _ODT_MIMETYPE)


def import_odt(data: bytes, source_name: str) -> Imported:
    """A deck mapping from an OpenDocument text's bytes."""
    return import_converted(odt_to_markdown(data), source_name, "OpenDocument text")


def odt_to_markdown(data: bytes) -> MarkdownDraft:
    """The Markdown for an .odt: its headings, lists, paragraphs and tables in order."""
    with open_archive(data, _WHAT) as archive:
        check_archive(archive, members=MAX_ODT_MEMBERS, total_bytes=MAX_ODT_BYTES, what=_WHAT)
        content = _member(archive, "content.xml")
        styles = _member(archive, "styles.xml", required=False)
    root = _parse(content)
    bold, titles, headings = _styles(root)
    if styles:
        more = _styles(_parse(styles))
        bold |= more[0]
        titles |= more[1]
        headings.update(more[2])
    body = root.find("office:body/office:text", ODF_NAMESPACES)
    if body is None:
        raise DeckImportError("this OpenDocument file holds no text (is it a spreadsheet?)")
    reader = _Reader(bold, titles, headings)
    reader.blocks(body, 0)
    return reader.draft


def _member(archive: zipfile.ZipFile, name: str, *, required: bool = True) -> bytes:
    try:
        with archive.open(name) as stream:
            return bounded_read(stream, MAX_ODT_BYTES, _WHAT)
    except KeyError:
        if required:
            raise DeckImportError(f"this is not {_WHAT}: it holds no {name}") from None
        return b""
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as error:
        raise DeckImportError(f"this OpenDocument file is damaged ({error})") from None


def _parse(xml: bytes) -> Element:
    try:
        return fromstring(xml)
    except DefusedXmlException:
        raise DeckImportError(
            "this OpenDocument file declares entities, which office programs never write; refused"
        ) from None
    except (ParseError, LookupError, ValueError) as error:
        raise DeckImportError(f"this OpenDocument file's XML is broken ({error})") from None


def _styles(root: Element) -> tuple[set[str], set[str], dict[str, int]]:
    """Style names that make text bold, that are the Title style, and heading levels of
    paragraph styles ("P3" based on "Heading_20_2" is level 2)."""
    bold: set[str] = {"Strong_20_Emphasis", "Strong"}
    titles: set[str] = {"Title"}
    headings: dict[str, int] = {}
    name_key = odf_tag("style", "name")
    parent_key = odf_tag("style", "parent-style-name")
    level_key = odf_tag("style", "default-outline-level")
    weight_key = odf_tag("fo", "font-weight")
    for style in root.iter(odf_tag("style", "style")):
        name = style.get(name_key, "")
        parent = style.get(parent_key, "")
        props = style.find("style:text-properties", ODF_NAMESPACES)
        if props is not None and props.get(weight_key) in ("bold", "600", "700", "800", "900"):
            bold.add(name)
        if name == "Title" or parent == "Title":
            titles.add(name)
        level = style.get(level_key)
        for candidate in (name, parent):
            if candidate.startswith("Heading_20_") and candidate[11:].isdigit():
                level = level or candidate[11:]
        if level and level.isdigit():
            headings[name] = int(level)
    return bold, titles, headings


class _Reader:
    """Collects the document's blocks as Markdown lines, in order."""

    def __init__(self, bold: set[str], titles: set[str], headings: dict[str, int]) -> None:
        self.bold = bold
        self.titles = titles
        self.headings = headings
        self.draft = MarkdownDraft()
        self.in_list = False
        self.table_rows = 0

    def blocks(self, parent: Element, depth: int) -> None:
        for child in parent:
            if child.tag in _DROPPED:
                continue
            if child.tag == _H:
                level = child.get(_LEVEL, "")
                self._heading(int(level) if level.isdigit() else 1, child)
            elif child.tag == _P:
                style = child.get(_STYLE_NAME, "")
                if style in self.titles:
                    self._end_list()
                    self.draft.heading(1, self._text(child, 0).replace("*", ""))
                elif style in self.headings:
                    self._heading(self.headings[style], child)
                else:
                    words = self._text(child, 0)
                    if words:
                        self._end_list()
                        self.draft.blank()
                        self.draft.add(plain(words))
                        self.draft.blank()
            elif child.tag == _LIST:
                self._list(child, 0)
                self._end_list()
            elif child.tag == _TABLE:
                self._end_list()
                self._table(child)
            elif child.tag == _SECTION and depth < MAX_DEPTH:
                self.blocks(child, depth + 1)

    def _heading(self, level: int, element: Element) -> None:
        self._end_list()
        # Level 1 is a topic (`##`): a document's title is its Title paragraph, if any.
        self.draft.heading(min(level, 8) + 1, self._text(element, 0).replace("*", ""))

    def _list(self, element: Element, level: int) -> None:
        if level >= MAX_DEPTH:
            return
        for item in element:
            if item.tag not in (_ITEM, _HEADER):
                continue
            for part in item:
                if part.tag in (_P, _H):
                    words = self._text(part, 0)
                    if words:
                        if not self.in_list:
                            self.draft.blank()
                        self.draft.add(f"{'    ' * min(level, 12)}- {words}")
                        self.in_list = True
                elif part.tag == _LIST:
                    self._list(part, level + 1)

    def _end_list(self) -> None:
        if self.in_list:
            self.draft.blank()
        self.in_list = False

    def _table(self, table: Element) -> None:
        rows: list[list[str]] = []
        for row in table_rows(table):
            cells = [
                " ".join(self._text(p, 0) for p in cell.iter(_P)).replace("|", "/")
                for cell in row.iter(_CELL)
            ]
            if any(cells):
                rows.append(cells)
        if not rows:
            return
        width = max(len(cells) for cells in rows)
        self.draft.blank()
        for index, cells in enumerate(rows):
            padded = [cell.replace("*", "") for cell in cells] + [""] * (width - len(cells))
            self.draft.add("| " + " | ".join(padded) + " |")
            if index == 0:
                self.draft.add("|" + "---|" * width)
        self.draft.blank()

    def _text(self, element: Element, depth: int) -> str:
        """An element's words, bold spans marked, notes and annotations dropped."""
        parts: list[str] = [element.text or ""]
        for child in element:
            if child.tag in _DROPPED:
                pass
            elif child.tag in (_SPACE, _TAB, _BREAK):
                parts.append(" ")
            elif depth >= MAX_DEPTH:
                parts.append("".join(child.itertext()))
            else:
                inner = self._text(child, depth + 1)
                if child.tag == _SPAN and child.get(_STYLE_NAME, "") in self.bold and inner:
                    stripped = inner.strip()
                    inner = inner.replace(stripped, f"**{stripped}**", 1) if stripped else inner
                parts.append(inner)
            parts.append(child.tail or "")
        text = " ".join("".join(parts).split())
        return text.replace("** **", " ").replace("****", "")


def table_rows(table: Element, depth: int = 0) -> Iterator[Element]:
    """A table's rows in document order, those in header-row and row-group elements too (groups
    followed `MAX_DEPTH` deep): for a text's tables and a slide's."""
    for child in table:
        if child.tag == _ROW:
            yield child
        elif child.tag in _ROW_GROUPS and depth < MAX_DEPTH:
            yield from table_rows(child, depth + 1)


def is_odt(name: str, data: bytes) -> bool:
    """An .odt by name, or a zip that says it is an OpenDocument text."""
    return name.casefold().endswith(".odt") or looks_like_odt(data)


def parse_odf(xml: bytes) -> Element:
    """An OpenDocument part parsed with defusedxml (entity declarations refused as `_parse` does),
    for the other OpenDocument readers (`odp`)."""
    return _parse(xml)


def bold_styles(root: Element) -> set[str]:
    """The style names of an OpenDocument part that make text bold."""
    return _styles(root)[0]


def odf_text(element: Element, bold: set[str]) -> str:
    """A paragraph's words as an .odt's are read: bold spans in Markdown bold, notes and
    annotations dropped, spaces and tabs kept as spaces."""
    return _Reader(bold, set(), {})._text(element, 0)
