"""Mind maps (FreeMind/Freeplane `.mm`, XMind `.xmind`) written as the Markdown they stand for.

A mind map is one central topic with branches: the centre names the deck, a branch with branches
of its own is a topic, and everything under it is a nested list, so the Markdown importer makes
groups and subtopics from its depth as it does for an OPML outline or a Markdown list. A branch
with nothing under it (a loose fact on the centre) stays a fact. A node's note is a line (a line
each) under it. Each reader only turns its file into `MindNode`s; the shape is decided here once.

Trees are walked with a stack, never recursion, to a bounded depth and node count: a map is an
upload, and a crafted one may nest 100,000 deep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.importers.converted import MarkdownDraft, write_nested_items
from knowledge.importers.errors import DeckImportError

MAX_MAP_NODES = 100_000
"""Nodes read from one map: a year's notes are a few thousand; more is a crafted file."""

MAX_MAP_DEPTH = 12
"""Levels kept as levels; deeper nodes stay at this depth, under their nearest kept parent."""

_SPACES = re.compile(r"\s+")


@dataclass
class MindNode:
    """A node of a mind map: its text, its note's lines and the nodes on its branches."""

    text: str
    notes: list[str] = field(default_factory=list)
    children: list[MindNode] = field(default_factory=list)


def clean(text: str) -> str:
    """A node's text on one line (mind-map programs keep the line breaks typed in a bubble)."""
    return _SPACES.sub(" ", text).strip()


def count_nodes(roots: list[MindNode]) -> int:
    """How many nodes the trees hold (walked with a stack)."""
    stack = list(roots)
    count = 0
    while stack:
        node = stack.pop()
        count += 1
        stack.extend(node.children)
    return count


def mind_map_markdown(title: str, centres: list[MindNode]) -> MarkdownDraft:
    """The Markdown for a map's central topics (an XMind file holds one per sheet). One centre
    names the deck and its branches are the topics; with several, each centre is a topic and the
    deck keeps `title` (the file's name, or the first sheet's)."""
    draft = MarkdownDraft()
    if len(centres) == 1:
        centre = centres[0]
        draft.heading(1, clean(centre.text) or title)
        for line in centre.notes:
            draft.fact(line)
        _write_branches(draft, centre.children, level=2)
    else:
        if title:
            draft.heading(1, title)
        for centre in centres:
            draft.heading(2, clean(centre.text) or "Untitled")
            for line in centre.notes:
                draft.fact(line)
            _write_branches(draft, centre.children, level=3)
    if not any(line.strip() and not line.startswith("#") for line in draft.lines):
        raise DeckImportError("this mind map holds no notes: it has only its central topic")
    return draft


def _write_branches(draft: MarkdownDraft, branches: list[MindNode], *, level: int) -> None:
    """Each branch with branches of its own a heading at `level`, its branches a list under it;
    branches with nothing under them are facts of the node they hang on, so they are written
    first, under its heading (after the branches' headings they would read as the last one's)."""
    loose = [branch for branch in branches if not branch.children]
    if loose:
        _write_items(draft, loose)
    for branch in branches:
        if branch.children:
            draft.heading(level, clean(branch.text) or "Untitled")
            for line in branch.notes:
                draft.fact(line)
            _write_items(draft, branch.children)


def _write_items(draft: MarkdownDraft, nodes: list[MindNode]) -> None:
    """Nodes and everything under them as a nested list (`converted.write_nested_items`)."""
    write_nested_items(
        draft,
        nodes,
        text=lambda node: clean(node.text),
        notes=lambda node: node.notes,
        children=lambda node: node.children,
        max_depth=MAX_MAP_DEPTH,
    )
