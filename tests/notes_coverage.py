"""Which lines of a set of notes a deck has lost: the check that a deck made from notes is complete.

A deck made from notes (by hand or by an importer) must keep every line of them. Lines are compared
after `knowledge.text.fold`, so case, accents, quotes and punctuation never matter, and after the
spelling fixes the deck's author made (a mapping "as in the notes" -> "as in the deck").

Notes copied out of an outline often run two entries together on one line ("Revitalise
Economy Western Aims" is an aim followed by the next sub-heading). Such a line counts as found when
it splits into consecutive pieces that are each a whole entry of the deck; a line with a word the
deck lacks never does.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from knowledge.model import Deck
from knowledge.text import fold

_BULLET = re.compile(r"^\s*(?:[•\-–]\s*)+")


def deck_texts(deck: Deck) -> list[str]:
    """Every text of the deck a student can read in which a line of the notes may appear.

    The deck title, topic titles and aliases, facts as shown (cloze markup removed), group headings,
    each term as "term = definition" and each definition alone. Summaries are left out on purpose:
    they restate the notes, so a line found only there has been lost from the facts.
    """
    texts = [deck.title]
    for topic in deck.topics:
        texts.append(topic.title)
        texts.extend(topic.aliases)
        for fact in topic.facts:
            texts.append(fact.text)
            if fact.group:
                texts.append(fact.group)
    for term in deck.terms:
        texts.append(f"{term.term} = {term.definition}")
        texts.append(term.definition)
    return texts


def apply_fixes(line: str, fixes: Mapping[str, str]) -> str:
    """`line` with each key of `fixes` replaced where it stands as a whole word (case-sensitive).

    Case-sensitive, so a fix for an abbreviation ("EB" -> "East Berlin") leaves other words alone.
    """
    for wrong, right in fixes.items():
        line = re.sub(rf"(?<!\w){re.escape(wrong)}(?!\w)", right.replace("\\", r"\\"), line)
    return line


def missing_lines(notes_text: str, deck: Deck, fixes: Mapping[str, str]) -> list[str]:
    """The non-empty lines of `notes_text` the deck does not contain, stripped, in the notes' order.

    A line is found when, bullets stripped, fixes applied and folded, it stands as whole words
    inside one text of the deck (see `deck_texts`), or splits into consecutive whole texts of it.
    """
    folded_texts = {folded for folded in map(fold, deck_texts(deck)) if folded}
    padded = [f" {folded} " for folded in folded_texts]
    missing = []
    for raw in notes_text.splitlines():
        line = fold(apply_fixes(_BULLET.sub("", raw), fixes))
        if not line:
            continue
        found = any(f" {line} " in text for text in padded)
        if not found and not _splits_into(line.split(), folded_texts):
            missing.append(raw.strip())
    return missing


def _splits_into(words: list[str], entries: set[str]) -> bool:
    """Whether `words` is whole `entries` one after another.

    Called only for a line that is not itself an entry, so any split found has two or more pieces.
    """
    ends = {0}
    for end in range(1, len(words) + 1):
        if any(" ".join(words[start:end]) in entries for start in ends):
            ends.add(end)
    return len(words) in ends
