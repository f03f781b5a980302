"""Deck mappings written out as YAML a teacher can read and edit by hand."""

from __future__ import annotations

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
