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
_BRACKETED = re.compile(r"\([^()]*\)")
_LISTS = re.compile(r"[,;·•]|\s(?:and|or)\s")
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
        if _names_alone(ref.text):
            for name in cell_names(ref.text):
                if len(name.split()) <= _MAX_ITEM_WORDS:
                    found.setdefault(fold(name), name)
    for text in (*(ref.text for ref in ctx.facts), *group_labels(ctx)):
        if ": " in text:
            listed = text.partition(": ")[2].rstrip(" .;")
            if not _LISTS.search(listed):
                continue  # one item: no list (most labelled lines)
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


def _names_alone(text: str) -> bool:
    """True when a line may be names alone: short, no sentence or label punctuation, and no
    stretch between separators longer than a name (cheap checks before `cell_names`)."""
    if len(text.split()) > _MAX_LINE_WORDS or _SENTENCE.search(text):
        return False
    bare = _BRACKETED.sub("", text) if "(" in text else text  # "Micheli (1679–1737)"
    return all(len(piece.split()) <= _MAX_ITEM_WORDS for piece in _SEPARATORS.split(bare))


def _parts(text: str) -> list[str]:
    """The items of a list, split at commas, semicolons, middle dots, "and" and "or" outside
    brackets (most lines have none: one regular-expression split)."""
    if "(" not in text:
        return _SEPARATORS.split(text)
    parts: list[str] = []
    depth, start = 0, 0
    for k, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch in ",;·•" or _WORD_SEPARATOR.match(text, k)):
            parts.append(text[start:k])
            start = _skip_separator(text, k)
    parts.append(text[start:])
    return parts


_SEPARATORS = re.compile(r"\s*[,;·•]\s*|\s+(?:and|or)\s+")
_WORD_SEPARATOR = re.compile(r"\s+(?:and|or)\s+")


def _skip_separator(text: str, k: int) -> int:
    """Where the item after the separator at `k` starts."""
    found = _WORD_SEPARATOR.match(text, k)
    return found.end() if found else k + 1
