"""The names a line of the notes lists: "Lion attitudes: rampant (…), passant (…), sejant
(sitting)", "Furs: ermine (…) and vair (…)", a strip of key words "chitin · hypha · lichen", a
line that is a name alone (a glossary's "<dt>bridle</dt>" read as a line of its own).

Notes list the things a topic names one after another, after a label and a colon, each maybe
with a gloss in brackets. Each is a name the deck shows, as a table's cells are
(`_table_names`): a typed answer landing on one is that other thing, not a slip of the right
one. Only a line whose every item reads as a name counts ("protect members' trade privileges,
keep routes safe" is a sentence listing aims, and names nothing).
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext
from bot.questions._name_checks import group_labels
from bot.questions._table_names import cell_names
from knowledge.text import fold

_MIN_ITEMS = 2
_MAX_LINE_WORDS = 12  # a line of names alone is short
# What a sentence or a labelled line holds, which a name alone does not.
_SENTENCE = re.compile(r"[.!?:;=→]|\s[-–—]\s")
_MAX_ITEM_WORDS = 3


def list_names(ctx: DeckContext) -> tuple[str, ...]:
    """Every name the deck's lines list after a label (use `ctx.once(list_names)`)."""
    found: dict[str, str] = {}
    for ref in ctx.facts:
        # A line that is a name alone ("bridle" over "lines that set the angle of the kite":
        # a glossary's <dl> read as lines), or names alone ("Danzig, Riga and Reval")
        if not _SENTENCE.search(ref.text) and len(ref.text.split()) <= _MAX_LINE_WORDS:
            for name in cell_names(ref.text):
                if len(name.split()) <= _MAX_ITEM_WORDS:
                    found.setdefault(fold(name), name)
    for text in (*(ref.text for ref in ctx.facts), *group_labels(ctx)):
        if ": " in text:
            listed = text.partition(": ")[2].rstrip(" .;")
        elif "·" in text or "•" in text:
            listed = text  # "chitin · hypha · mycelium": a strip of key words
        else:
            continue
        if not listed or ": " in listed:
            continue
        items = [part for part in _parts(listed) if part.strip()]
        if len(items) < _MIN_ITEMS:
            continue
        heads = [cell_names(item) for item in items]
        if not all(names and len(names[0].split()) <= _MAX_ITEM_WORDS for names in heads):
            continue  # a sentence, or a list of descriptions
        for names in heads:
            for name in names:
                found.setdefault(fold(name), name)
    return tuple(found.values())


def _parts(text: str) -> list[str]:
    """The items of a list, split at commas, semicolons, "and" and "or" outside brackets."""
    parts: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",;·•":
            parts.append(text[start:k])
            start = k + 1
    parts.append(text[start:])
    split: list[str] = []
    for part in parts:
        split += _split_word(part, " and ")
    return [piece for part in split for piece in _split_word(part, " or ")]


def _split_word(text: str, word: str) -> list[str]:
    """`text` split at `word` outside brackets."""
    pieces: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(word, k):
            pieces.append(text[start:k])
            start = k + len(word)
    pieces.append(text[start:])
    return pieces
