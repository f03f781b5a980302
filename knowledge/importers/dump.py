"""Deck mappings written out as YAML a teacher can read and edit by hand."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import yaml

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
    ten times faster: every text double-quoted (JSON's escapes, which YAML reads alike), block
    layout, no style decisions. For the copy the store keeps of an uploaded deck, which the bot
    parses and nobody edits: PyYAML's representer ran in Python even with libyaml's emitter, 1.5
    CPU-s of a 2 MiB flashcard upload's reading. Anything but dicts, lists, texts, numbers,
    booleans and None goes to `dump_deck`."""
    lines: list[str] = []
    try:
        _block(lines, dict(mapping), "")
    except _NotPlain:
        return dump_deck(mapping)
    lines.append("")
    return "\n".join(lines)


class _NotPlain(Exception):
    """A value the quick writer does not write (dump_deck does)."""


def _block(lines: list[str], value: object, indent: str) -> None:
    """`value` (a mapping or a list, not empty) as block lines at `indent`."""
    if isinstance(value, dict):
        for key, item in value.items():
            _entry(lines, f"{indent}{_key(key)}:", item, indent)
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict) and item:  # "- key: value", its other keys under it
                start = len(lines)
                _block(lines, item, indent + "  ")
                lines[start] = f"{indent}- {lines[start][len(indent) + 2 :]}"
            else:
                _entry(lines, f"{indent}-", item, indent)
    else:
        raise _NotPlain


def _entry(lines: list[str], head: str, item: object, indent: str) -> None:
    """`head` ("key:" or "-") followed by `item`: on the same line when it is a scalar or an
    empty collection, else in a block indented under it."""
    if isinstance(item, (dict, list)) and item:
        lines.append(head)
        _block(lines, item, indent + "  ")
    else:
        lines.append(f"{head} {_scalar(item)}")


def _key(key: object) -> str:
    if not isinstance(key, str):
        raise _NotPlain
    return key if _PLAIN_KEY.match(key) else _quoted(key)


def _scalar(value: object) -> str:
    if isinstance(value, str):
        return _quoted(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    raise _NotPlain


def _quoted(text: str) -> str:
    quoted = json.dumps(text, ensure_ascii=False)
    if _UNQUOTABLE.search(quoted):
        quoted = _UNQUOTABLE.sub(_escaped, quoted)
    return quoted


def _escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"
