"""Markdown notes: headings make the deck title, topics and groups; lists and paragraphs make facts.

The first H1 is the deck title; the next heading level down makes topics and anything deeper makes
a group. A list item with sub-items is a group; so is a paragraph ending in ":" (or all in bold)
right before a list. Terms come from "**Term**: definition" and "Term = definition" anywhere, and
also from "Term: definition" / "Term - definition" under a "Key terms" or "Glossary" heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knowledge._yaml_nodes import ComposeError, Mapping, Scalar, compose
from knowledge.importers.builder import DeckBuilder, TopicDraft
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.inline import strip_markdown
from knowledge.importers.nesting import Line, flatten, nest
from knowledge.importers.source import require_content
from knowledge.importers.terms import split_equals, split_glossary
from knowledge.text import fold

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
# No two `\s*` side by side: on a deeply indented line they would backtrack in quadratic time.
_TABLE_RULE = re.compile(r"^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$")
_COMMENT = re.compile(r"^\s*<!--.*-->\s*$")
_BOLD_TERM = re.compile(
    r"^(\*\*|__)(?P<term>[^*_]+?)(?P<inner>:?)\1\s*(?P<sep>[:=\-–—]?)\s*(?P<d>.+)$"
)
_ALL_BOLD = re.compile(r"^(\*\*|__)[^*_]+\1:?$")
_GLOSSARY_WORDS = (
    "key term",
    "glossary",
    "vocabulary",
    "definition",
    "keyword",
    "key word",
    "terminology",
    "key concept",
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "approx", "ca"}
)
_LONGEST_WORD = 40  # longer than any abbreviation, so a cut-off word is never mistaken for one
_TAB_WIDTH = 4


@dataclass
class Para:
    """A paragraph (lines run together), a table row, or a line of code."""

    line: int
    text: str
    kind: str = "text"  # "text", "table" or "code"


@dataclass
class ListBlock:
    """Consecutive list items, nested by indent."""

    items: list[Line] = field(default_factory=list)


@dataclass
class SubSection:
    """A heading deeper than the topic level, with what is under it."""

    line: int
    heading: str
    blocks: list[Block] = field(default_factory=list)


Block = Para | ListBlock | SubSection


@dataclass
class Heading:
    line: int
    level: int
    text: str


@dataclass
class Section:
    title: str | None
    blocks: list[Block] = field(default_factory=list)


Event = Heading | Para | Line | None  # None stands for a blank line


def import_markdown(text: str, source_name: str) -> dict[str, Any]:
    """A deck mapping from Markdown notes."""
    require_content(text)
    lines = text.split("\n")
    front_title, start = _front_matter(lines)
    events = _join_continuations(_scan(lines, start))
    if not any(event is not None for event in events):
        raise DeckImportError("there are no notes in the file, only front matter")
    headings = [event for event in events if isinstance(event, Heading)]
    title = next((heading for heading in headings if heading.level == 1), None)
    builder = DeckBuilder(source_name=source_name, kind="Markdown notes")
    if title is not None:
        builder.title = strip_markdown(title.text) or builder.title
    elif front_title:
        builder.title = front_title
    sections = _sections(events, title)
    if not sections:  # everything there was is the title
        raise DeckImportError(
            f"only a title ({quoted(builder.title)}) was found, with no notes under it",
            line=title.line if title else None,
        )
    for section in sections:
        heading = strip_markdown(section.title or "").rstrip(":").strip()
        topic = builder.add_topic(heading or builder.title)
        _fill_topic(builder, topic, section.blocks, glossary=_is_glossary(heading))
    return builder.build()


def _front_matter(lines: list[str]) -> tuple[str | None, int]:
    """Skip YAML front matter ("---" ... "---"); return its title, if any, and where notes start."""
    if not lines or lines[0].strip() != "---":
        return None, 0
    for index in range(1, min(len(lines), 60)):
        if lines[index].strip() in ("---", "..."):
            try:  # the bounded composer: an alias bomb in front matter is refused unexpanded
                meta = compose("\n".join(lines[1:index]))
            except ComposeError:  # unreadable front matter: skip it, it is not notes
                return None, index + 1
            if not isinstance(meta, Mapping):
                return None, 0
            titles = [
                value.text
                for key, value in meta.pairs
                if isinstance(key, Scalar)
                and key.text == "title"
                and isinstance(value, Scalar)
                and not (value.plain and value.text in ("~", "null", "Null", "NULL"))
            ]
            title = " ".join(titles[0].split()) if titles else ""
            return title or None, index + 1
    return None, 0


def _scan(lines: list[str], start: int) -> list[Event]:
    """Line-level Markdown: headings, list items, paragraph lines and blank lines, in order."""
    events: list[Event] = []
    fence: str | None = None
    for number, raw in enumerate(lines[start:], start + 1):
        line = raw.replace("\u00a0", " ").expandtabs(_TAB_WIDTH).rstrip()
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            elif line.strip():
                events.append(Para(number, line.strip(), "code"))
            continue
        opening = _FENCE.match(line)
        if opening:
            fence = opening.group(1)
            continue
        line = _QUOTE.sub("", line)
        if not line.strip() or _COMMENT.match(line):
            events.append(None)
            continue
        setext = _SETEXT.match(line)
        previous = events[-1] if events else None
        if setext and isinstance(previous, Para) and previous.kind == "text":
            level = 1 if setext.group(1).startswith("=") else 2
            events[-1] = Heading(previous.line, level, previous.text)
            continue
        if _TABLE_RULE.match(line) and events and isinstance(events[-1], Para):
            if events[-1].kind == "table":
                events.pop()  # the row above the rule names the columns: not a fact
            events.append(None)
            continue
        if _RULE.match(line) or _TABLE_RULE.match(line):
            events.append(None)
            continue
        atx = _ATX.match(line)
        if atx:
            if (atx.group(2) or "").strip():
                events.append(Heading(number, len(atx.group(1)), atx.group(2).strip()))
            continue
        item = _ITEM.match(line)
        if item:
            if item.group(3).strip():
                events.append(
                    Line(number, len(item.group(1)), item.group(2), item.group(3).strip())
                )
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1:
            cells = [cell.strip() for cell in stripped.strip("|").split("|")]
            row = " — ".join(cell for cell in cells if cell)
            if row:
                events.append(Para(number, row, "table"))
            continue
        events.append(Para(number, stripped))
    return events


def _join_continuations(events: list[Event]) -> list[Event]:
    """Run wrapped lines together, as Markdown does: a text line right under a paragraph line or a
    list item carries it on."""
    joined: list[Event] = []
    carried: list[str] = []  # the texts run onto joined[-1], joined once (not copied per line)
    for event in events:
        previous = joined[-1] if joined else None
        if (
            isinstance(event, Para)
            and event.kind == "text"
            and (
                isinstance(previous, Line)
                or (isinstance(previous, Para) and previous.kind == "text")
            )
        ):
            carried.append(event.text)
            continue
        _carry_on(previous, carried)
        joined.append(event)
    _carry_on(joined[-1] if joined else None, carried)
    return joined


def _carry_on(event: Event, carried: list[str]) -> None:
    if carried and isinstance(event, Para | Line):
        event.text = " ".join([event.text, *carried])
    carried.clear()


def _sentences(text: str) -> list[str]:
    """A paragraph cut into sentences, one fact each ("Dr." or "J. F." do not end a sentence)."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        # The word before the break, read from a short window: a paragraph of a thousand "Dr."s
        # would otherwise rescan everything since the last cut at each one.
        window = text[max(start, match.start() - _LONGEST_WORD) : match.start()]
        before = window.rsplit(None, 1)[-1].rstrip(".").casefold()
        if len(before) <= 1 or before in _ABBREVIATIONS:
            continue
        pieces.append(text[start : match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _sections(events: list[Event], title: Heading | None) -> list[Section]:
    """Group events into topics (headings at the topic level) holding paragraphs, lists, groups."""
    levels = [event.level for event in events if isinstance(event, Heading) and event is not title]
    topic_level = min(levels, default=1)
    sections: list[Section] = []
    subs: list[tuple[int, SubSection]] = []

    def container() -> list[Block]:
        if subs:
            return subs[-1][1].blocks
        if not sections:
            sections.append(Section(None))
        return sections[-1].blocks

    last_was_item = False
    for event in events:
        if event is title:
            continue
        if isinstance(event, Heading):
            if event.level <= topic_level:
                sections.append(Section(event.text))
                subs.clear()
            else:
                while subs and subs[-1][0] >= event.level:
                    subs.pop()
                sub = SubSection(event.line, event.text)
                container().append(sub)
                subs.append((event.level, sub))
            last_was_item = False
        elif isinstance(event, Line):
            blocks = container()
            last = blocks[-1] if blocks else None
            if last_was_item and isinstance(last, ListBlock):
                last.items.append(event)
            else:
                blocks.append(ListBlock([event]))
            last_was_item = True
        elif isinstance(event, Para):
            container().append(event)
            last_was_item = False
        # a blank line between list items keeps the list going (a "loose" list)
    return sections


def _fill_topic(
    builder: DeckBuilder, topic: TopicDraft, blocks: list[Block], *, glossary: bool
) -> None:
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if isinstance(block, Para) and isinstance(following, ListBlock) and _leads_in(block.text):
            members = [
                _clean(builder, topic, item.text, glossary)
                for item in flatten(nest(following.items))
            ]
            topic.add_group(_clean(builder, topic, block.text, glossary), members)
            index += 2
            continue
        if isinstance(block, Para):
            for text in _para_texts(builder, topic, block, glossary):
                topic.add_fact(text)
        elif isinstance(block, ListBlock):
            for root in nest(block.items):
                text = _clean(builder, topic, root.text, glossary)
                if root.children:
                    members = [
                        _clean(builder, topic, line.text, glossary)
                        for line in flatten(root.children)
                    ]
                    topic.add_group(text, members)
                else:
                    topic.add_fact(text)
        else:
            heading = strip_markdown(block.heading)
            inner = glossary or _is_glossary(heading)
            topic.add_group(heading, _texts(builder, topic, block.blocks, inner))
        index += 1


def _texts(
    builder: DeckBuilder, topic: TopicDraft, blocks: list[Block], glossary: bool
) -> list[str]:
    """Every line under a sub-heading, flattened (deeper headings included as lines)."""
    texts: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            texts += _para_texts(builder, topic, block, glossary)
        elif isinstance(block, ListBlock):
            texts += [
                _clean(builder, topic, line.text, glossary) for line in flatten(nest(block.items))
            ]
        else:
            texts.append(strip_markdown(block.heading))
            texts += _texts(builder, topic, block.blocks, glossary or _is_glossary(block.heading))
    return texts


def _para_texts(builder: DeckBuilder, topic: TopicDraft, para: Para, glossary: bool) -> list[str]:
    """The facts of a paragraph: its sentences (a table row or a line of code stays whole)."""
    text = _clean(builder, topic, para.text, glossary)
    return _sentences(text) if para.kind == "text" else [text]


def _clean(builder: DeckBuilder, topic: TopicDraft, raw: str, glossary: bool) -> str:
    """The plain text of a line, noting any key term it defines on the way."""
    text = strip_markdown(raw)
    bold = _BOLD_TERM.match(raw)
    if bold and (bold.group("inner") or bold.group("sep")):
        found: tuple[str, str] | None = (
            strip_markdown(bold.group("term")),
            strip_markdown(bold.group("d")),
        )
    else:
        found = split_glossary(text) if glossary else split_equals(text)
    if found is not None:
        builder.add_term(*found, topic)
    return text


def _leads_in(text: str) -> bool:
    """A paragraph that introduces the list after it: "Causes:" or "**Causes**"."""
    return text.endswith(":") or bool(_ALL_BOLD.match(text))


def _is_glossary(heading: str) -> bool:
    folded = fold(heading)
    return any(word in folded for word in _GLOSSARY_WORDS)
