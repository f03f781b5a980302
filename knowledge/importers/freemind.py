"""FreeMind and Freeplane mind maps (`.mm`): the XML `<map>` of nested `<node TEXT=…>` elements.

The central node names the deck and its branches are topics (see `mind_map`). A node's text is
its `TEXT` (or Freeplane's `LOCALIZED_TEXT`), or the HTML of its `<richcontent TYPE="NODE">` when
it was typed as formatted text; its `<richcontent TYPE="NOTE">` (or Freeplane's `DETAILS`) note
and its `<attribute NAME VALUE>` rows are lines under it. Everything else the program stores
(ids, timestamps, positions, colours, fonts, icons, edges, clouds, links, hooks, styles) is the
map's look, not notes. The HTML inside a node is read with ElementTree (it is part of the map's
XML), not the HTML importer: a note is a few paragraphs, and `<b>` is all of its markup kept.

Parsed with defusedxml: a map is an upload, and one declaring entities (the "billion laughs") or
external entities is refused before anything is expanded; trees are walked with a stack.
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from knowledge.importers.converted import import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.mind_map import MAX_MAP_NODES, MindNode, clean, mind_map_markdown
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.xml_upload import parse_upload_xml

_XML_DECLARATION = re.compile(r"^<\?xml[^>]{0,200}\?>\s*")
_MAP_START = re.compile(r"<map(?:\s+version\s*=\s*[\"'][^\"']{0,80}[\"'])?\s*>")
_BLOCKS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "br", "ul", "ol"})
_BOLD_TAGS = frozenset({"b", "strong"})
_HIDDEN = frozenset({"head", "style", "script"})
_WHOLLY_BOLD = re.compile(r"^\*\*([^*]+)\*\*$")


def import_freemind(text: str, source_name: str) -> Imported:
    """A deck mapping from a FreeMind or Freeplane mind map."""
    require_content(text)
    root = _parse(text)
    if root.tag != "map":
        raise DeckImportError(f"this XML file is not a FreeMind map (its root is <{root.tag}>)")
    if sum(1 for _ in root.iter("node")) > MAX_MAP_NODES:
        raise DeckImportError(f"the mind map has more than {MAX_MAP_NODES:,} nodes; split it")
    centres = [_tree(node) for node in root if node.tag == "node"]
    if not centres:
        raise DeckImportError("this mind map has no nodes: there are no notes in it")
    return import_converted(mind_map_markdown("", centres), source_name, "FreeMind mind map")


def looks_like_freemind(text: str) -> bool:
    """A map sent under another name: XML whose root is FreeMind's `<map version="…">` with
    `<node` elements in it."""
    head = _XML_DECLARATION.sub("", text[:4096].lstrip(), count=1)
    while head.startswith("<!--") and (end := head.find("-->")) >= 0:
        head = head[end + 3 :].lstrip()
    return _MAP_START.match(head) is not None and "<node" in text[:8192]


def _parse(text: str) -> Element:
    return parse_upload_xml(
        text,
        what="this mind map",
        entities_refused="this mind map declares a DTD or entities, which FreeMind and "
        "Freeplane never write; it is refused (save it again from the program)",
    )


def _tree(top: Element) -> MindNode:
    """The `MindNode` tree of a `<node>` element, built with a stack (no recursion)."""
    made = _node(top)
    stack: list[tuple[Element, MindNode]] = [(top, made)]
    while stack:
        element, node = stack.pop()
        for child in element:
            if child.tag == "node":
                built = _node(child)
                node.children.append(built)
                stack.append((child, built))
    return made


def _node(element: Element) -> MindNode:
    """One node's text and note lines (its branches are added by `_tree`)."""
    text = element.get("TEXT") or element.get("LOCALIZED_TEXT") or ""
    notes: list[str] = []
    for child in element:
        if child.tag == "richcontent":
            kind = (child.get("TYPE") or "").upper()
            lines = html_lines(child)
            if kind == "NODE" and not text:
                text = " ".join(lines)
            elif kind in ("NOTE", "DETAILS"):
                notes += lines
        elif child.tag == "attribute" and (child.get("NAME") or "").strip():
            value = clean(child.get("VALUE") or "")
            if value:
                notes.append(f"{clean(child.get('NAME') or '')}: {value}")
    text = clean(text)
    whole = _WHOLLY_BOLD.match(text)
    return MindNode(whole.group(1) if whole else text, notes)


def html_lines(element: Element) -> list[str]:
    """The lines of the HTML under `element` (a node's formatted text or note): a line per
    paragraph, list item or `<br>`, bold kept as Markdown bold, the head and styles dropped."""
    out: list[str] = []
    stack: list[tuple[Element, bool]] = [(child, False) for child in reversed(list(element))]
    if element.text:
        out.append(element.text)
    while stack:
        node, closing = stack.pop()
        tag = _local(node.tag)
        if closing:
            out.append("**" if tag in _BOLD_TAGS else "")
            out.append("\n" if tag in _BLOCKS else "")
            out.append(node.tail or "")
            continue
        if tag in _HIDDEN:
            out.append(node.tail or "")
            continue
        out.append("\n" if tag in _BLOCKS else "")
        out.append("**" if tag in _BOLD_TAGS else "")
        out.append(node.text or "")
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(list(node)))
    lines = [clean(line).replace("****", "") for line in "".join(out).split("\n")]
    return [line if line.count("**") % 2 == 0 else line.replace("**", "") for line in lines if line]


def _local(tag: object) -> str:
    """An element's tag without its namespace, in lower case (comments have no string tag)."""
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""
