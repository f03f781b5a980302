"""Word documents (.docx), read with python-docx and written as Markdown for the Markdown importer
(see `converted`): Heading 1–9 styles make the topic tree (the Title style names the deck), list
paragraphs (bullet and number styles, or Word's own numbering with its level) make nested lists,
bold runs (or the Strong style) are bold, so key terms as in Markdown, and tables give a fact per
row under their first row.

A .docx is a zip archive of XML: it is checked as `archives` checks every upload before python-docx
opens it (member count, unpacked size, compression ratio), and python-docx's XML parser does not
expand entities, so neither a zip bomb nor an entity bomb gets far. Anything python-docx cannot
read is a DeckImportError, never a traceback.
"""

from __future__ import annotations

import io
import re
from typing import Any

from knowledge.importers.archives import check_archive, open_archive, zip_holds
from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported

MAX_DOCX_MEMBERS = 5_000
"""Parts in one document (pictures count); a long handout has a few hundred."""

MAX_DOCX_BYTES = 64 * 1024 * 1024
"""All parts together once unpacked; a handout with pictures is a few MiB."""

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_LIST_STYLE = re.compile(r"^list\s*(?:bullet|number|continue|paragraph)\s*(\d)?$", re.IGNORECASE)
_NUMBERED_STYLE = re.compile(r"^list\s*number", re.IGNORECASE)
_WHAT = "a Word document"


def looks_like_docx(data: bytes) -> bool:
    """A zip archive holding a Word document's main part (a .docx sent under another name)."""
    return zip_holds(data, "word/document.xml")


def import_docx(data: bytes, source_name: str) -> Imported:
    """A deck mapping from a Word document's bytes."""
    return import_converted(docx_to_markdown(data), source_name, "Word document")


def docx_to_markdown(data: bytes) -> MarkdownDraft:
    """The Markdown for a Word document: its headings, lists, paragraphs and tables in order."""
    with open_archive(data, _WHAT) as archive:
        check_archive(archive, members=MAX_DOCX_MEMBERS, total_bytes=MAX_DOCX_BYTES, what=_WHAT)
        if "word/document.xml" not in archive.namelist():
            raise DeckImportError("this zip is not a Word document: it holds no word/document.xml")
    import docx  # only Word documents need it
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except MemoryError:
        raise  # so an upload's worker can be restarted
    except Exception as error:  # python-docx raises many kinds on a broken file: all mean that
        raise DeckImportError(f"this Word document cannot be read: {error}") from None
    entries: list[tuple[str, int, str]] = []  # kind, level, text
    for block in blocks:
        if isinstance(block, Table):
            entries.extend(("row", 0, row) for row in _rows(block))
        else:
            entries.append(_paragraph(block))
    return _draft(entries)


def _paragraph(paragraph: Any) -> tuple[str, int, str]:
    """A paragraph as ("title" | "heading" | "item" | "numbered" | "text", level, Markdown)."""
    style = _style_name(paragraph)
    text = _runs(paragraph)
    heading = _HEADING_STYLE.match(style)
    if style.casefold() == "title":
        return "title", 0, _unbold(text)
    if heading:
        return "heading", int(heading.group(1)), _unbold(text)
    level = _numbering_level(paragraph)
    listed = _LIST_STYLE.match(style)
    if level is None and listed:
        level = int(listed.group(1) or 1) - 1
    if level is not None:
        return ("numbered" if _NUMBERED_STYLE.match(style) else "item"), level, text
    return "text", 0, text


def _style_name(paragraph: Any) -> str:
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return ""
    return str(style.name or "") if style is not None else ""


def _numbering_level(paragraph: Any) -> int | None:
    """The list level Word's own numbering gives a paragraph (0 at the top), if it has one."""
    properties = paragraph._p.pPr
    numbering = properties.numPr if properties is not None else None
    if numbering is None or numbering.numId is None or numbering.numId.val == 0:
        return None
    level = numbering.ilvl
    return min(int(level.val), 8) if level is not None and level.val is not None else 0


def _runs(paragraph: Any) -> str:
    """The paragraph's text with its bold runs in Markdown bold (italics as italics)."""
    parts: list[str] = []
    for run in paragraph.runs:
        text = run.text.replace("\t", " ").replace("\n", " ")
        if not text.strip():
            parts.append(text)
            continue
        style = run.style.name if run.style is not None else ""
        core = text.strip()
        lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        if run.bold or style in ("Strong", "Bold"):
            parts.append(f"{lead}**{core}**{trail}")
        elif run.italic or style == "Emphasis":
            parts.append(f"{lead}*{core}*{trail}")
        else:
            parts.append(text)
    joined = "".join(parts).replace("****", "")  # two bold runs side by side are one
    return " ".join(joined.split())


def _unbold(text: str) -> str:
    return text.replace("**", "")


def _rows(table: Any) -> list[str]:
    """A table's rows as "a | b" lines (a merged cell is repeated by python-docx: kept once)."""
    rows: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split()).replace("|", "/")
            if not cells or text != cells[-1]:
                cells.append(text)
        if any(cells):
            rows.append(" | ".join(cells))
    return rows


def _draft(entries: list[tuple[str, int, str]]) -> MarkdownDraft:
    """The Markdown: the Title over the headings, the highest heading level used as topics."""
    draft = MarkdownDraft()
    title = next((text for kind, _, text in entries if kind == "title" and text), "")
    levels = [level for kind, level, text in entries if kind == "heading" and text]
    shift = (2 if title else 1) - min(levels, default=1)
    if title:
        draft.heading(1, title)
    previous = ""
    for kind, level, text in entries:
        if not text:
            continue
        listed = kind in ("item", "numbered")
        ends_list = previous in ("item", "numbered") and not listed
        if ends_list or (previous == "row" and kind != "row"):
            draft.blank()  # a list or a table ends where something else starts
        if listed:
            draft.add(f"{'    ' * level}{'1.' if kind == 'numbered' else '-'} {text}")
        elif kind == "heading":
            draft.heading(level + shift, text)
        elif kind == "row":
            if previous != "row":
                draft.blank()
            draft.add(f"| {text} |")
            if previous != "row":
                draft.add("|" + "---|" * (text.count(" | ") + 1))
        elif kind == "text":
            draft.blank()
            draft.add(plain(text))
            draft.blank()
        previous = kind
    return draft
