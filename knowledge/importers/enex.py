"""Evernote exports (.enex): each note a topic titled with the note's title, its body read as the
web page it is (ENML, Evernote's XHTML) by the HTML importer's reader, so headings, nested lists,
tables and bold keep their structure.

The export's wrapper is XML, parsed with defusedxml (an upload may declare entities: refused; the
export's own DOCTYPE, which names Evernote's DTD and is never fetched, is allowed). Dropped: the
note's dates, tags, author and source attributes, attached files and images (`<resource>`,
`<en-media>`), to-do items (`<en-todo>` and the task after it: a task is not a fact) and
encrypted text (`<en-crypt>`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from knowledge.importers.converted import import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.folder import merge_parts
from knowledge.importers.html import html_to_markdown
from knowledge.importers.report import Imported
from knowledge.importers.slugs import humanise
from knowledge.importers.source import require_content
from knowledge.importers.xml_upload import parse_upload_xml

MAX_NOTES = 5_000
"""Notes read from one export: a notebook of a course is tens to hundreds."""

_DROPPED = re.compile(
    r"<en-crypt\b[^>]{0,500}>.*?</en-crypt\s*>|<en-todo\b[^>]{0,500}>[^<]{0,2000}"
    r"|<en-media\b[^>]{0,2000}?/?>|</en-media>",
    re.IGNORECASE | re.DOTALL,
)

_EXPORT_START = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,500}?-->\s*)*(?:<!DOCTYPE[^>]{0,300}>\s*)?"
    r"<en-export[\s>]",
    re.DOTALL,
)
# Evernote wraps each list item's text in a <div>: unwrapped, so the item (and the list nested
# after it) stays one item rather than a paragraph of its own.
_ITEM_DIV_OPEN = re.compile(r"(<li\b[^>]{0,500}>)\s*<div\b[^>]{0,500}>", re.IGNORECASE)
_ITEM_DIV_CLOSE = re.compile(r"</div>\s*(</li>|<ul\b|<ol\b)", re.IGNORECASE)


def import_enex(text: str, source_name: str) -> Imported:
    """A deck mapping from an Evernote export: a topic per note."""
    require_content(text)
    parts: list[tuple[str, Imported]] = []
    problems: list[str] = []
    for number, (title, enml) in enumerate(_notes(text), 1):
        if number > MAX_NOTES:
            raise DeckImportError(f"the export holds more than {MAX_NOTES:,} notes; split it")
        body = _ITEM_DIV_CLOSE.sub(r"\1", _ITEM_DIV_OPEN.sub(r"\1", _DROPPED.sub("", enml)))
        page = f"<html><head><title>{html.escape(title)}</title></head>{body}"
        try:
            parts.append((title, import_converted(html_to_markdown(page), title, "Evernote note")))
        except DeckImportError as error:
            problems.append(f"{title}: {error}")
    if not parts:
        said = f" ({problems[0]})" if problems else ""
        raise DeckImportError(f"this Evernote export holds no notes with text{said}")
    title = parts[0][0] if len(parts) == 1 else humanise(source_name)
    imported = merge_parts(parts, title=title, source=source_name)
    imported.report.format = "Evernote export"
    for problem in problems:
        imported.report.warn(problem)
    return imported


def looks_like_enex(text: str) -> bool:
    """An Evernote export sent under another name: its root element is `<en-export>`."""
    return _EXPORT_START.match(text[:4096]) is not None


def _notes(text: str) -> Iterator[tuple[str, str]]:
    root = _parse(text)
    if root.tag != "en-export":
        raise DeckImportError(
            f"this XML file is not an Evernote export (its root is <{root.tag[:40]}>)"
        )
    for index, note in enumerate(root.iter("note"), 1):
        title = " ".join((note.findtext("title") or "").split()) or f"Note {index}"
        yield title[:200], note.findtext("content") or ""


def _parse(text: str) -> Element:
    return parse_upload_xml(
        text,
        what="this Evernote export",
        entities_refused="this export declares entities, which Evernote never writes; it is "
        "refused (export the notebook again)",
        forbid_dtd=False,  # an export's DOCTYPE names Evernote's DTD
    )
