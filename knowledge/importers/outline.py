"""Plain-text outline notes: a title, section headings, bullets, sub-headings, `Term = definition`.

The shape follows how students type notes (see knowledge/notes/khrushchev.txt): sections are bullets
at the shallowest indent with an indented block under them, or unbulleted lines ending in ":", or
unbulleted lines followed by bullets. Inside a section, a line with deeper lines under it, or an
unbulleted line followed by a run of bullets ("Willing to Compromise bcs", "Americans react:"),
opens a group. Every non-empty line ends up in the deck: as the title, a topic title, a group
heading or a fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from knowledge.importers.builder import DeckBuilder, TopicDraft
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.nesting import Line, flatten, nest
from knowledge.importers.source import nonblank_lines, require_content
from knowledge.importers.terms import split_equals

_BULLET = re.compile(
    r"^(?:(?P<glyph>[•●○◦▪■□‣►➢·])\s*|(?P<dash>[-*+–—])\s+|(?P<number>\d{1,2}[.)])\s+)(?P<text>.*)$"
)
_TAB_WIDTH = 4


Section = tuple[Line | None, list[Line]]


def import_outline(text: str, source_name: str) -> dict[str, Any]:
    """A deck mapping from outline notes."""
    require_content(text)
    lines = _read_lines(text)
    if not lines:
        raise DeckImportError("there are no notes in the file, only bullet marks")
    title, body = _split_title(lines)
    if title is not None and not body:
        raise DeckImportError(
            f"only a title ({quoted(title.text)}) was found, with no notes under it",
            line=title.number,
        )
    builder = DeckBuilder(source_name=source_name, kind="outline notes")
    if title is not None:
        builder.title = title.text
    for header, nodes in _sections(nest(body)):
        topic = builder.add_topic(_heading_text(header.text) if header else builder.title)
        _fill_topic(builder, topic, nodes)
    return builder.build()


def _read_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    for number, raw in nonblank_lines(text):
        expanded = raw.replace("\u00a0", " ").expandtabs(_TAB_WIDTH)
        content = expanded.strip()
        indent = len(expanded) - len(expanded.lstrip())
        match = _BULLET.match(content)
        if match is None:
            lines.append(Line(number, indent, None, content))
            continue
        bullet = match.group("glyph") or match.group("dash") or _number_kind(match.group("number"))
        item = match.group("text").strip()
        if item:  # a bullet mark alone on a line carries nothing to keep
            lines.append(Line(number, indent, bullet, item))
    return lines


def _number_kind(number: str) -> str:
    """Numbered items are one kind of bullet however they count: "1." and "12." -> "1."."""
    return "1" + number[-1]


def _split_title(lines: list[Line]) -> tuple[Line | None, list[Line]]:
    """The title line: an unbulleted first line that is not one of several section headings."""
    first = lines[0]
    if first.bullet is not None:
        return None, lines
    roots = nest(lines)
    if len(roots) > 1:
        headers = [header for header, _ in _sections(roots) if header is not None]
        if len(headers) >= 2 and headers[0] is first:
            return None, lines
    return first, lines[1:]


def _sections(roots: list[Line]) -> list[Section]:
    """Split top-level lines into sections: (heading line, the lines under it)."""
    is_header = _header_rule(roots)
    sections: list[Section] = []
    for index, root in enumerate(roots):
        if is_header(index):
            sections.append((root, list(root.children)))
            continue
        if not sections:
            sections.append((None, []))
        sections[-1][1].append(root)
    return sections


def _header_rule(roots: list[Line]) -> Callable[[int], bool]:
    """Which top-level lines head a section, judged from the shape of the whole file."""
    nested = [root for root in roots if root.children]
    kinds = {root.bullet for root in nested}
    same_kind = [root for root in roots if root.bullet in kinds]
    if nested and 2 * len(nested) >= len(same_kind):
        # "• Heading" with an indented block under it; a bare "• Heading" of that kind too.
        def nested_rule(index: int) -> bool:
            root = roots[index]
            if root.children or (root.bullet is not None and root.bullet in kinds):
                return True
            return None in kinds and root.bullet is None and root.is_colon_heading

        return nested_rule
    if any(root.bullet is None and root.is_colon_heading for root in roots):
        return lambda index: roots[index].bullet is None and roots[index].is_colon_heading
    return lambda index: _opens_run(roots, index) and roots[index].bullet is None


def _opens_run(nodes: list[Line], index: int) -> bool:
    """An unbulleted line (or one ending in ":") followed by bullets of another kind heads them."""
    node = nodes[index]
    if index + 1 >= len(nodes) or node.children:
        return False
    following = nodes[index + 1]
    if following.bullet is None or following.bullet == node.bullet:
        return False
    if node.bullet is None:
        return node.is_colon_heading or split_equals(node.text) is None
    return node.is_colon_heading


def _fill_topic(builder: DeckBuilder, topic: TopicDraft, nodes: list[Line]) -> None:
    """Facts and groups of one section, in the order they were written."""
    index = 0
    while index < len(nodes):
        node = nodes[index]
        if node.children:
            _add_group(builder, topic, node, flatten(node.children))
            index += 1
        elif _opens_run(nodes, index):
            kind = nodes[index + 1].bullet
            end = index + 1
            members: list[Line] = []
            while end < len(nodes) and nodes[end].bullet == kind and not _opens_run(nodes, end):
                members += [nodes[end], *flatten(nodes[end].children)]
                end += 1
            _add_group(builder, topic, node, members)
            index = end
        else:
            _note_terms(builder, topic, node.text)
            topic.add_fact(node.text)
            index += 1


def _add_group(builder: DeckBuilder, topic: TopicDraft, heading: Line, members: list[Line]) -> None:
    for line in (heading, *members):
        _note_terms(builder, topic, line.text)
    topic.add_group(heading.text, [member.text for member in members])


def _note_terms(builder: DeckBuilder, topic: TopicDraft, text: str) -> None:
    found = split_equals(text)
    if found is not None:
        builder.add_term(*found, topic)


def _heading_text(text: str) -> str:
    return text.rstrip(":").strip() or text
