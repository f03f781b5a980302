"""OPML outlines (.opml): what Workflowy, Dynalist, OmniOutliner, Logseq and most outliners export,
imported as the Markdown they convert to (see `converted`).

The head's `<title>` names the deck (or the outline's one root item when it holds everything);
a top-level item with items under it is a topic, and everything under it is a nested list, so the
Markdown importer makes groups and subtopics from its depth as it does for a Markdown list. An
item's `_note` is a line under it. Each item's text may carry the outliner's HTML (`<b>` is bold,
so a key term as in Markdown; other tags go) and its tags (`#exam`, `@teacher`) and Dynalist dates
(`!(2024-03-01)`), which are dropped. Other attributes (`_complete`, `created`, `url`, colours)
are the outliner's, not notes.

Parsed with defusedxml: an outline is an upload, and a crafted one may declare entities (the
"billion laughs") or external entities that read local files. defusedxml refuses any entity
declaration before it is expanded; the tree is then walked without recursion, to a bounded depth.
"""

from __future__ import annotations

import html
import re
from xml.etree.ElementTree import Element

from knowledge.importers.converted import MarkdownDraft, import_converted, write_nested_items
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.xml_upload import parse_upload_xml

MAX_OUTLINE_ITEMS = 100_000
"""Items read from one outline: a year's notes are a few thousand; more is a crafted file."""

MAX_OUTLINE_DEPTH = 12
"""Levels of items kept as levels; deeper items stay at this depth, under their nearest parent
kept (an outline nested 10,000 deep is a crafted file, and no topic tree goes that deep)."""

_BOLD = re.compile(r"<(b|strong)\b[^>]{0,200}>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^<>]{0,500}>")
_HASHTAG = re.compile(r"(?:^|\s)[#@][\w-]+(?=\s|$)")
_DATE = re.compile(r"!\(\d{4}-\d{2}-\d{2}[^)]{0,40}\)")
_SPACES = re.compile(r"\s+")


def import_opml(text: str, source_name: str) -> Imported:
    """A deck mapping from an OPML outline."""
    require_content(text)
    return import_converted(opml_to_markdown(text), source_name, "OPML outline")


def looks_like_opml(text: str) -> bool:
    """An outline sent under another name: an XML document whose root element is `<opml>`."""
    head = text[:2048].lstrip()
    head = re.sub(r"^<\?xml[^>]{0,200}\?>\s*", "", head)
    head = re.sub(r"^(?:<!--.*?-->\s*)*", "", head, flags=re.DOTALL)
    return re.match(r"<opml[\s>]", head) is not None


def opml_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for an OPML outline (its items carry no line numbers: the report's lines are
    left out rather than pointing at the wrong place)."""
    root = _parse(text)
    if root.tag != "opml":
        raise DeckImportError(f"this XML file is not an OPML outline (its root is <{root.tag}>)")
    body = root.find("body")
    if body is None:
        raise DeckImportError("this outline has no <body>: there are no notes in it")
    title = _clean(root.findtext("head/title") or "")
    roots = [child for child in body if child.tag == "outline"]
    count = sum(1 for _ in body.iter("outline"))
    if count > MAX_OUTLINE_ITEMS:
        raise DeckImportError(f"the outline has more than {MAX_OUTLINE_ITEMS:,} items; split it")
    # One root holding everything is the document itself (Workflowy exports a zoomed-in item so).
    notes: list[str] = []
    while len(roots) == 1 and _children(roots[0]):
        only = _text(roots[0])
        if title and _key(only) != _key(title):
            break
        title = title or only
        notes += _note(roots[0])
        roots = _children(roots[0])
    draft = MarkdownDraft()
    if title:
        draft.heading(1, title)
    for line in notes:
        draft.fact(line)
    loose: list[Element] = []
    for node in roots:
        if not _children(node):
            loose.append(node)
            continue
        _write_items(draft, loose)
        loose = []
        draft.heading(2, _text(node) or "Untitled")
        for line in _note(node):
            draft.fact(line)
        draft.blank()
        _write_items(draft, _children(node))
    _write_items(draft, loose)
    if not any(line.strip() and not line.startswith("#") for line in draft.lines):
        raise DeckImportError("this outline holds no notes: every item in it is empty")
    return draft


def _parse(text: str) -> Element:
    return parse_upload_xml(
        text,
        what="this outline",
        entities_refused="this outline declares a DTD or entities, which no outliner writes; "
        "it is refused (export it again from the outliner)",
    )


def _write_items(draft: MarkdownDraft, nodes: list[Element]) -> None:
    """Items and everything under them as a nested list (`converted.write_nested_items`)."""
    write_nested_items(
        draft, nodes, text=_text, notes=_note, children=_children, max_depth=MAX_OUTLINE_DEPTH
    )


def _children(node: Element) -> list[Element]:
    return [child for child in node if child.tag == "outline"]


def _text(node: Element) -> str:
    return _clean(node.get("text") or node.get("title") or "")


def _note(node: Element) -> list[str]:
    """An item's note, a line of notes for each of its lines."""
    note = node.get("_note") or node.get("note") or ""
    return [line for line in (_clean(part) for part in note.splitlines()) if line]


def _clean(value: str) -> str:
    """An item's text as a line of notes: the outliner's bold as Markdown bold, its other markup,
    tags and dates dropped, entities decoded."""
    value = _BOLD.sub(lambda m: f"**{m.group(2)}**", value)
    value = _TAG.sub("", value)
    value = html.unescape(value)
    value = _DATE.sub("", value)
    value = _HASHTAG.sub(" ", value)
    value = _SPACES.sub(" ", value).strip()
    return value.replace("**", "") if value.count("**") % 2 else value


def _key(text: str) -> str:
    return " ".join(text.replace("*", "").casefold().split())
