"""Deck mappings written out as YAML a teacher can read and edit by hand."""

from __future__ import annotations

import re
from collections.abc import Mapping
from json.encoder import encode_basestring
from typing import Any

import yaml

from knowledge._yaml_nodes import Mapping as MappingNode
from knowledge._yaml_nodes import Node, Scalar, Sequence

# Long facts stay on one line: a plain scalar folded over lines is easy to break when editing.
_NO_WRAP = 1_000_000
# libyaml's emitter when PyYAML has it: the pure-Python one takes a minute over a 2 MiB flashcard file.
_DUMPER = yaml.CSafeDumper if yaml.__with_libyaml__ else yaml.SafeDumper


def dump_deck(mapping: Mapping[str, Any]) -> str:
    """YAML text for a deck mapping: keys in the order given, Unicode as is, entries spaced out."""
    body = yaml.dump(
        dict(mapping),
        Dumper=_DUMPER,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=_NO_WRAP,
    )
    body = _space_out(body)
    deck = mapping.get("deck")
    source = deck.get("source") if isinstance(deck, Mapping) else None
    origin = f" from {source}" if source else ""
    header = (
        f"# studybot deck, imported{origin}. Read it through and fix what the import got wrong,\n"
        "# then run `studybot deck check` on this file.\n"
    )
    return header + body


def _space_out(body: str) -> str:
    """A blank line before each top-level key and between the entries of the top-level lists.

    Only column-0 lines are touched: there YAML never reads a blank line as part of a value.
    """
    lines: list[str] = []
    for line in body.splitlines():
        starts_entry = line.startswith("- ") and bool(lines) and not lines[-1].endswith(":")
        starts_key = not line.startswith((" ", "-")) and bool(lines)
        if starts_entry or starts_key:
            lines.append("")
        lines.append(line)
    return "\n".join(lines) + "\n"


# Characters a double-quoted YAML scalar cannot hold as they are: what YAML refuses in a file
# (outside its printable set) and what it reads as a line break (NEL, LS, PS), plus the BOM.
# json.dumps escapes the rest (quotes, backslashes, C0 controls) the way YAML reads them back.
_UNQUOTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")


def dump_deck_quoted(mapping: Mapping[str, Any]) -> str:
    """YAML text for a deck mapping that loads to the same deck as `dump_deck`'s, written about
    three times faster: every text double-quoted (JSON's escapes, which YAML reads alike), block
    layout, no style decisions. For the copy the store keeps of an uploaded deck, which the bot
    parses and nobody edits: PyYAML's representer ran in Python even with libyaml's emitter, 1.5
    CPU-s of a 2 MiB flashcard upload's reading. Anything but dicts, lists, texts, numbers,
    booleans and None goes to `dump_deck`."""
    return dump_deck_quoted_tree(mapping)[0]


def dump_deck_quoted_tree(mapping: Mapping[str, Any]) -> tuple[str, Node | None]:
    """`dump_deck_quoted`'s text, and the tree of nodes `knowledge._yaml_nodes.compose` reads
    from it (lines and columns included), made as it is written: the upload worker builds the
    deck from the tree instead of parsing the text it has just written (0.7 CPU-s of a 2 MiB
    upload). None for the tree when the text came from `dump_deck`: parse that."""
    writer = _QuickWriter()
    try:
        root = writer.block(dict(mapping), "")
    except _NotPlain:
        return dump_deck(mapping), None
    writer.lines.append("")
    return "\n".join(writer.lines), root


class _NotPlain(Exception):
    """A value the quick writer does not write (dump_deck does)."""


class _QuickWriter:
    """Block YAML lines, and the nodes each stands for (line numbers from 1, as compose's)."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def block(self, value: object, indent: str) -> Node:
        """`value` (a mapping or a list, not empty) as block lines at `indent`."""
        at = (len(self.lines) + 1, len(indent) + 1)
        if isinstance(value, dict):
            mapping = MappingNode(*at)
            for key, item in value.items():
                line = len(self.lines) + 1
                written, plain = _key(key)
                key_node = Scalar(key, plain, line, len(indent) + 1)
                head = f"{indent}{written}:"
                mapping.pairs.append((key_node, self.entry(head, item, indent)))
            return mapping
        if isinstance(value, list):
            sequence = Sequence(*at)
            for item in value:
                if isinstance(item, dict) and item:  # "- key: value", its other keys under it
                    start = len(self.lines)
                    node = self.block(item, indent + "  ")
                    self.lines[start] = f"{indent}- {self.lines[start][len(indent) + 2 :]}"
                    sequence.items.append(node)
                else:
                    sequence.items.append(self.entry(f"{indent}-", item, indent))
            return sequence
        raise _NotPlain

    def entry(self, head: str, item: object, indent: str) -> Node:
        """`head` ("key:" or "-") followed by `item`: on the same line when it is a scalar or an
        empty collection, else in a block indented under it."""
        if isinstance(item, (dict, list)) and item:
            self.lines.append(head)
            return self.block(item, indent + "  ")
        line, column = len(self.lines) + 1, len(head) + 2
        written, node = _scalar(item, line, column)
        self.lines.append(f"{head} {written}")
        return node


def _key(key: object) -> tuple[str, bool]:
    """The key as written, and whether it is plain (not quoted)."""
    if not isinstance(key, str):
        raise _NotPlain
    return (key, True) if _PLAIN_KEY.match(key) else (_quoted(key), False)


def _scalar(value: object, line: int, column: int) -> tuple[str, Node]:
    """The value as written, and its node (a quoted text, or a plain null, boolean or number,
    as YAML reads them: the deck's checker sees their source text)."""
    if isinstance(value, str):
        return _quoted(value), Scalar(value, False, line, column)
    if isinstance(value, dict):
        return "{}", MappingNode(line, column)
    if isinstance(value, list):
        return "[]", Sequence(line, column)
    if value is None:
        written = "null"
    elif isinstance(value, bool):
        written = "true" if value else "false"
    elif isinstance(value, int):
        written = str(value)
    else:
        raise _NotPlain
    return written, Scalar(written, True, line, column)


def _quoted(text: str) -> str:
    # What json.dumps(text, ensure_ascii=False) returns, without a new encoder for each text
    # (json.dumps makes one whenever an option is given: a third of this writer's time).
    quoted = encode_basestring(text)
    if _UNQUOTABLE.search(quoted):
        quoted = _UNQUOTABLE.sub(_escaped, quoted)
    return quoted


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
