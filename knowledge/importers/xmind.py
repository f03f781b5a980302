"""XMind mind maps (`.xmind`): a zip holding the map as `content.json` (XMind 2020 and later,
XMind Zen) or `content.xml` (XMind 8 and older).

Each sheet is a map: its central topic names the deck and its branches are topics (see
`mind_map`); a file of several sheets keeps each sheet's centre as a topic. A topic's title is
its text, its plain-text note lines under it; attached branches are read, and floating
("detached") topics are read after them as branches of the centre. Labels, markers, links,
pictures, summaries, boundaries, styles and the file's metadata and thumbnail are the map's look,
not notes. The `content.xml` XMind 2020 also writes (a "please upgrade" stub for XMind 8) is
passed over when `content.json` is there.

The zip is checked as every upload is (`archives`: member count, unpacked size, compression
ratio) and read bounded; `content.xml` is parsed with defusedxml; trees are walked with a stack.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from knowledge.importers.archives import bounded_read, check_archive, open_archive
from knowledge.importers.converted import import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.mind_map import (
    MAX_MAP_NODES,
    MindNode,
    clean,
    count_nodes,
    mind_map_markdown,
)
from knowledge.importers.report import Imported
from knowledge.importers.xml_upload import parse_upload_xml

XMIND_SUFFIXES = (".xmind",)
MAX_XMIND_MEMBERS = 2_000
MAX_XMIND_BYTES = 64 * 1024 * 1024
MAX_CONTENT_BYTES = 16 * 1024 * 1024
"""Most the map's own part may hold unpacked: a big map's content.json is a few hundred KiB."""

_WHAT = "this XMind file"
_ZIP_MAGIC = b"PK\x03\x04"
# XMind 8's namespace for content.xml's elements.
_NS = "{urn:xmind:xmap:xmlns:content:2.0}"


def looks_like_xmind(data: bytes) -> bool:
    """A zip holding XMind's `content.json` with its `manifest.json` or `metadata.json`: an
    XMind file sent under another name."""
    if not data.startswith(_ZIP_MAGIC):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return False
    return "content.json" in names and bool({"manifest.json", "metadata.json"} & names)


def is_xmind(name: str, data: bytes) -> bool:
    """An .xmind by name, or a zip that holds an XMind map under another name."""
    return Path(name).suffix.lower() in XMIND_SUFFIXES or looks_like_xmind(data)


def import_xmind(data: bytes, source_name: str) -> Imported:
    """A deck mapping from an XMind file's sheets."""
    with open_archive(data, "an XMind file") as archive:
        check_archive(archive, members=MAX_XMIND_MEMBERS, total_bytes=MAX_XMIND_BYTES, what=_WHAT)
        names = set(archive.namelist())
        if "content.json" in names:
            centres = _json_sheets(_member(archive, "content.json"))
        elif "content.xml" in names:
            centres = _xml_sheets(_member(archive, "content.xml"))
        else:
            raise DeckImportError(f"{_WHAT} holds no map (no content.json or content.xml)")
    if not centres:
        raise DeckImportError(f"{_WHAT} has no sheets with topics: there are no notes in it")
    if count_nodes(centres) > MAX_MAP_NODES:
        raise DeckImportError(f"the mind map has more than {MAX_MAP_NODES:,} topics; split it")
    return import_converted(mind_map_markdown("", centres), source_name, "XMind mind map")


def _member(archive: zipfile.ZipFile, name: str) -> bytes:
    try:
        with archive.open(name) as stream:
            return bounded_read(stream, MAX_CONTENT_BYTES, _WHAT)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError) as error:
        raise DeckImportError(f"{_WHAT} is damaged ({error})") from None


def _json_sheets(raw: bytes) -> list[MindNode]:
    """The central topics of content.json's sheets (XMind 2020 and later)."""
    try:
        sheets = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise DeckImportError(f"{_WHAT}'s content.json is damaged ({error})") from None
    if isinstance(sheets, dict):
        sheets = [sheets]
    if not isinstance(sheets, list):
        raise DeckImportError(f"{_WHAT}'s content.json holds no sheets")
    roots = [sheet.get("rootTopic") for sheet in sheets if isinstance(sheet, dict)]
    return [_json_tree(root) for root in roots if isinstance(root, dict)]


def _json_tree(top: dict[str, Any]) -> MindNode:
    """A topic and its branches from content.json, built with a stack (no recursion)."""
    made = _json_node(top)
    stack: list[tuple[dict[str, Any], MindNode]] = [(top, made)]
    budget = MAX_MAP_NODES
    while stack:
        topic, node = stack.pop()
        for child in _json_children(topic):
            budget -= 1
            if budget < 0:
                raise DeckImportError(
                    f"the mind map has more than {MAX_MAP_NODES:,} topics; split it"
                )
            built = _json_node(child)
            node.children.append(built)
            stack.append((child, built))
    return made


def _json_children(topic: dict[str, Any]) -> Iterator[dict[str, Any]]:
    children = topic.get("children")
    if not isinstance(children, dict):
        return
    for kind in ("attached", "detached"):
        listed = children.get(kind)
        if isinstance(listed, list):
            yield from (child for child in listed if isinstance(child, dict))


def _json_node(topic: dict[str, Any]) -> MindNode:
    title = topic.get("title")
    notes = topic.get("notes")
    plain = notes.get("plain") if isinstance(notes, dict) else None
    content = plain.get("content") if isinstance(plain, dict) else None
    return MindNode(
        clean(title) if isinstance(title, str) else "",
        _lines(content) if isinstance(content, str) else [],
    )


def _lines(text: str) -> list[str]:
    return [line for line in (clean(part) for part in text.splitlines()) if line]


def _xml_sheets(raw: bytes) -> list[MindNode]:
    """The central topics of content.xml's sheets (XMind 8 and older)."""
    root = parse_upload_xml(
        raw,
        what=f"{_WHAT}'s content.xml",
        entities_refused=f"{_WHAT} declares XML entities, which XMind never writes; refused",
    )
    return [
        _xml_tree(topic)
        for sheet in root.iter(f"{_NS}sheet")
        if (topic := sheet.find(f"{_NS}topic")) is not None
    ]


def _xml_tree(top: Element) -> MindNode:
    """A topic and its branches from content.xml, built with a stack (no recursion)."""
    made = _xml_node(top)
    stack: list[tuple[Element, MindNode]] = [(top, made)]
    while stack:
        element, node = stack.pop()
        for group in element.findall(f"{_NS}children/{_NS}topics"):
            if group.get("type") not in ("attached", "detached"):
                continue  # summaries and callouts restate their topics
            for child in group.findall(f"{_NS}topic"):
                built = _xml_node(child)
                node.children.append(built)
                stack.append((child, built))
    return made


def _xml_node(topic: Element) -> MindNode:
    heading = topic.find(f"{_NS}title")
    title = clean("".join(heading.itertext())) if heading is not None else ""
    plain = topic.find(f"{_NS}notes/{_NS}plain")
    notes = _lines("".join(plain.itertext())) if plain is not None else []
    return MindNode(title, notes)
