"""A safe, bounded YAML composer: text -> a tree of nodes that remember their line and column.

Why not `yaml.compose`: the deck loader needs three things it does not give. Limits enforced while
parsing (nesting depth, number of values, aliases — so an alias bomb is refused after reading a few
lines, without expanding it), every scalar's source text (a teacher who writes `title: 1956` or
`title: yes` means the text, not a number or a boolean), and speed: PyYAML's composer resolves every
scalar's type in Python, which takes longer than parsing itself. Here only the YAML parser's
events are used (libyaml's C parser when available): nothing is constructed, no tag can run code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Protocol

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)

from knowledge._deck_limits import (
    MAX_ALIASES,
    MAX_ANCHORS,
    MAX_DECK_BYTES,
    MAX_DEPTH,
    MAX_VALUES,
)


@dataclass(slots=True)
class Scalar:
    """A YAML scalar: its text as written (unquoted); `plain` if neither quoted nor tagged."""

    text: str
    plain: bool
    line: int
    column: int


@dataclass(slots=True)
class Sequence:
    """A YAML list."""

    line: int
    column: int
    items: list[Node] = field(default_factory=list)


@dataclass(slots=True)
class Mapping:
    """A YAML mapping: (key, value) pairs in source order, duplicate keys kept for the checker."""

    line: int
    column: int
    pairs: list[tuple[Node, Node]] = field(default_factory=list)


Node = Scalar | Sequence | Mapping


class ComposeError(Exception):
    """The text cannot become a tree: a syntax error, or a limit reached. Line, column from 1."""

    def __init__(self, message: str, line: int | None, column: int | None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class _EventSource(Protocol):
    def get_event(self) -> Event | None: ...

    def dispose(self) -> None: ...


def parser_class() -> type[yaml.SafeLoader] | type[yaml.CSafeLoader]:
    """libyaml's C parser when PyYAML was built with it, else the pure-Python one (same events)."""
    return yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader


def compose(text: str) -> Node | None:
    """The single YAML document in `text` as nodes, or None when the text holds no document.

    The one way studybot reads YAML it did not write: the deck loader, the Red trivia importer,
    Markdown front matter and format sniffing all come here, so every one of them has the same
    limits. Raises ComposeError for a syntax error, a second document, an undefined or looping
    alias, or any of the limits in knowledge._deck_limits (size, depth, values, anchors, aliases).
    """
    if len(text) > MAX_DECK_BYTES:  # characters: each is at least one byte
        limit = MAX_DECK_BYTES // (1024 * 1024)
        raise ComposeError(f"the YAML text is larger than {limit} MiB", None, None)
    try:
        source: _EventSource = parser_class()(text)
    except UnicodeEncodeError:  # libyaml reads UTF-8: a lone surrogate cannot become that
        raise ComposeError(
            "the text holds characters that are not valid Unicode (lone surrogates)", None, None
        ) from None
    try:
        return _Composer(source).document()
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(error, text) from None
    except yaml.YAMLError as error:  # a reader error: the text holds characters YAML forbids
        raise ComposeError(f"YAML cannot read this text: {error}", None, None) from None
    finally:
        source.dispose()


def _position(event: Event) -> tuple[int, int]:
    mark = event.start_mark
    return (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)


@dataclass(slots=True)
class _Open:
    """A list or mapping whose end event has not arrived yet."""

    node: Sequence | Mapping
    anchor: str | None
    first_value: int  # the composer's value count once this node was counted
    key: Node | None = None


class _Composer:
    """Builds nodes from parser events, counting every value an alias would expand to."""

    def __init__(self, source: _EventSource) -> None:
        self._next = source.get_event
        self._values = 0
        self._aliases = 0
        # anchor -> (node, how many values it expands to)
        self._anchors: dict[str, tuple[Node, int]] = {}
        self._open_anchors: set[str] = set()

    def _event(self) -> Event:
        event = self._next()
        if event is None:  # the pure-Python parser past the end of the stream
            raise ComposeError("unexpected end of the YAML text", None, None)
        return event

    def document(self) -> Node | None:
        self._event()  # StreamStartEvent
        event = self._event()
        if isinstance(event, StreamEndEvent):
            return None
        if not isinstance(event, DocumentStartEvent):  # pragma: no cover - the parser guarantees it
            raise ComposeError("expected the start of a YAML document", *_position(event))
        root = self._node()
        end = self._event()
        if not isinstance(end, DocumentEndEvent):  # pragma: no cover - the parser guarantees it
            raise ComposeError("expected the end of the YAML document", *_position(end))
        after = self._event()
        if not isinstance(after, StreamEndEvent):
            raise ComposeError(
                "a deck file holds one YAML document, but a second one starts here; "
                "remove the '---' line or split the file",
                *_position(after),
            )
        return root

    def _too_many_values(self, event: Event) -> ComposeError:
        return ComposeError(
            f"the deck holds more than {MAX_VALUES:,} values (counting what aliases repeat); "
            "split it into smaller decks",
            *_position(event),
        )

    def _remember(self, anchor: str, node: Node, values: int, event: Event) -> None:
        if anchor not in self._anchors and len(self._anchors) >= MAX_ANCHORS:
            raise ComposeError(
                f"more than {MAX_ANCHORS} anchors ('&name'); a deck needs few, if any",
                *_position(event),
            )
        self._anchors[anchor] = (node, values)

    def _recall(self, event: AliasEvent) -> tuple[Node, int]:
        anchor = event.anchor or ""
        self._aliases += 1
        if self._aliases > MAX_ALIASES:
            raise ComposeError(
                f"more than {MAX_ALIASES} aliases ('*name'); a deck needs few, if any",
                *_position(event),
            )
        if anchor in self._open_anchors:
            raise ComposeError(
                f"alias '*{anchor}' refers to a value that contains it (a loop)", *_position(event)
            )
        if anchor not in self._anchors:
            raise ComposeError(
                f"alias '*{anchor}' is used, but no '&{anchor}' anchor comes before it",
                *_position(event),
            )
        return self._anchors[anchor]

    def _node(self) -> Node:
        """One whole node, composed iteratively so nesting never meets Python's recursion limit.

        This loop runs once per YAML event, so it dispatches on the exact event class and keeps the
        count of values in a local (the value limit is what stops an alias bomb early).
        """
        stack: list[_Open] = []
        next_event = self._next
        values = self._values
        while True:
            event = next_event()
            if event is None:  # the pure-Python parser past the end of the stream
                raise ComposeError("unexpected end of the YAML text", None, None)
            kind = type(event)
            node: Node
            if kind is ScalarEvent:
                assert isinstance(event, ScalarEvent)
                mark = event.start_mark
                assert mark is not None
                if event.tag is not None:
                    _check_tag(event.tag, event)
                node = Scalar(
                    event.value,
                    not event.style and event.tag is None,
                    mark.line + 1,
                    mark.column + 1,
                )
                values += 1
                if event.anchor is not None:
                    self._remember(event.anchor, node, 1, event)
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                assert isinstance(event, MappingStartEvent | SequenceStartEvent)
                if len(stack) >= MAX_DEPTH:
                    raise ComposeError(
                        f"values are nested more than {MAX_DEPTH} levels deep", *_position(event)
                    )
                if event.tag is not None:
                    _check_tag(event.tag, event)
                line, column = _position(event)
                container: Sequence | Mapping = (
                    Mapping(line, column) if kind is MappingStartEvent else Sequence(line, column)
                )
                values += 1
                stack.append(_Open(container, event.anchor, values))
                if event.anchor is not None:
                    self._open_anchors.add(event.anchor)
                continue
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                done = stack.pop()
                node = done.node
                if done.anchor is not None:
                    self._open_anchors.discard(done.anchor)
                    self._remember(done.anchor, node, values - done.first_value + 1, event)
            elif kind is AliasEvent:
                assert isinstance(event, AliasEvent)
                node, weight = self._recall(event)
                values += weight
            else:  # pragma: no cover - no other event can appear inside a document
                raise ComposeError(f"unexpected YAML event {kind.__name__}", *_position(event))
            if values > MAX_VALUES:
                raise self._too_many_values(event)

            if not stack:
                self._values = values
                return node
            parent = stack[-1]
            if isinstance(parent.node, Sequence):
                parent.node.items.append(node)
            elif parent.key is None:
                parent.key = node
            else:
                parent.node.pairs.append((parent.key, node))
                parent.key = None


_CORE_TAG = "tag:yaml.org,2002:"
# Tags that only say what YAML would infer anyway; the checker reads every value by its source text.
_HARMLESS_TAGS = frozenset(
    {"!", *(_CORE_TAG + name for name in ("str", "int", "float", "bool", "null", "seq", "map"))}
)


def _check_tag(tag: str, event: Event) -> None:
    """Refuses a tag that asks for more than a plain value (`!!python/object:...`, `!foo`)."""
    if tag not in _HARMLESS_TAGS:
        shown = "!!" + tag.removeprefix(_CORE_TAG) if tag.startswith(_CORE_TAG) else tag
        raise ComposeError(
            f"the tag '{shown}' is not allowed in a deck; remove it", *_position(event)
        )


# Hints for the syntax errors teachers meet most, keyed by a phrase of libyaml's / PyYAML's message.
_HINTS = (
    (
        "mapping values are not allowed",
        "a ':' followed by a space inside text needs the whole text in quotes, "
        'e.g. title: "Cuba: the crisis"; or check the indentation',
    ),
    ("found unexpected end of stream", "a quote is opened but never closed"),
    (
        "did not find expected ',' or ']'",
        "a '[' list is not closed with ']', or its items lack commas",
    ),
    ("did not find expected ',' or '}'", "a '{' mapping is not closed with '}'"),
    (
        "found unknown escape character",
        "inside double quotes a backslash starts an escape; use single quotes",
    ),
    ("did not find expected key", "check the indentation: keys of one item must line up"),
    (
        "did not find expected '-' indicator",
        "check the indentation: items of one list must line up",
    ),
    ("exceeded maximum nesting depth", f"values may be nested at most {MAX_DEPTH} levels deep"),
    ("could not find expected ':'", "a key is missing its ':', or a quoted text runs on"),
    ("found undefined tag handle", "remove the '!' tag; a deck uses plain values only"),
)
_TAB_PROBLEM = re.compile(r"cannot start any token|found a tab character|found character '\\t'")


def _syntax_error(error: yaml.MarkedYAMLError, text: str) -> ComposeError:
    """A YAML syntax error as one plain sentence at the place the parser stopped, with a hint."""
    mark = error.problem_mark or error.context_mark
    line = mark.line + 1 if mark is not None else None
    column = mark.column + 1 if mark is not None else None
    problem = (error.problem or "").strip()
    context = (error.context or "").strip()
    if line is not None and column is not None and _TAB_PROBLEM.search(problem):
        source_line = text.split("\n", line)[line - 1] if line - 1 < text.count("\n") + 1 else ""
        if "\t" in source_line[: column + 1]:
            return ComposeError(
                "YAML syntax error: a tab character is used for indentation; YAML needs spaces",
                line,
                column,
            )
    message = f"YAML syntax error: {problem}"
    if context and error.context_mark is not None and error.context_mark is not mark:
        message += f" ({context} that starts at line {error.context_mark.line + 1})"
    for phrase, hint in _HINTS:
        if phrase in problem:
            message += f"; {hint}"
            break
    return ComposeError(message, line, column)
