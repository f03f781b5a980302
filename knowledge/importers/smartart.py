"""The text of a SmartArt diagram on a slide (a cycle, a process, a hierarchy), which python-pptx
does not read: teachers draw a life cycle or the stages of a process as SmartArt, and its words
were lost.

PowerPoint keeps a diagram's words in a data part the slide's graphic frame points to
(`dgm:relIds r:dm`): a list of points (`dgm:pt`, each node's text as DrawingML paragraphs) and
the connections between them (`dgm:cxn` of type parOf: a node's parent). Each node becomes an
item, indented under its parent, in the order the list gives. The part is parsed with defusedxml
and walked to a bounded depth; a diagram that cannot be read is passed over.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

_DGM = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MAX_NODES = 500
"""Nodes read from one diagram; a SmartArt graphic has a handful."""

_MAX_LEVEL = 8


def diagram_items(shape: Any) -> list[tuple[int, str]]:
    """A SmartArt graphic frame's node texts as (indent level, text), or [] for any other shape
    or a diagram that cannot be read."""
    ids = shape._element.find(f".//{{{_DGM}}}relIds")
    if ids is None:
        return []
    try:
        blob = shape.part.related_part(ids.get(f"{{{_R}}}dm", "")).blob
        root = fromstring(blob)
    except (KeyError, AttributeError, ValueError, ParseError, DefusedXmlException):
        return []
    return _items(root)


def _items(root: Element) -> list[tuple[int, str]]:
    texts: dict[str, str] = {}
    order: list[str] = []
    for point in root.iter(f"{{{_DGM}}}pt"):
        if point.get("type", "node") != "node":
            continue
        text = _text(point)
        key = point.get("modelId", "")
        if text and key:
            texts[key] = text
            order.append(key)
            if len(order) >= MAX_NODES:
                break
    parents = {
        link.get("destId", ""): link.get("srcId", "")
        for link in root.iter(f"{{{_DGM}}}cxn")
        if link.get("type", "parOf") == "parOf"
    }
    return [(_depth(key, parents, texts), texts[key]) for key in order]


def _text(point: Element) -> str:
    """A node's words: its paragraphs' runs, paragraphs joined by spaces."""
    body = point.find(f"{{{_DGM}}}t")
    if body is None:
        return ""
    paragraphs = [
        "".join(run.text or "" for run in paragraph.iter(f"{{{_A}}}t"))
        for paragraph in body.iter(f"{{{_A}}}p")
    ]
    return " ".join(" ".join(paragraphs).split())


def _depth(key: str, parents: dict[str, str], texts: dict[str, str]) -> int:
    """How many nodes with text are above this one (the diagram's root, the document, has none)."""
    depth = 0
    seen = {key}
    current = parents.get(key)
    while current is not None and current not in seen and depth < _MAX_LEVEL:
        seen.add(current)
        if current in texts:
            depth += 1
        current = parents.get(current)
    return depth
