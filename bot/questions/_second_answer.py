"""Blanks with a second answer in the notes: a typed blank is asked only when what the notes
say around it points to one answer (issue 14, round-12 blind review, class 4).

- "Giant covalent structures: _____: very high melting point; does not conduct electricity" →
  silicon dioxide, while diamond's line says the same: a term's blank is not asked when another
  term's line holds (nearly) all of its definition (`defining_lines_fitting`).
- "ionic compounds are giant _____" → lattices, while the notes also write "a giant structure
  of ions": a one-word describing word before the blank that the notes follow with another noun
  elsewhere leaves the blank open, so it is not asked typed.
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._distractors import defining_lines_fitting
from bot.questions._entities import without_parenthetical
from bot.questions._spans import NUMERIC_KINDS, Span
from bot.questions._words import STOP_WORDS, root
from knowledge.importers.terms import split_glossary
from knowledge.text import fold

_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)\s+$")
_MIN_MODIFIER = 3
# Words before a blank that name no quality of it: verbs ("called", "forming") and links.
_NOT_DESCRIBING = re.compile(
    r"\w{3,}(?:ed|ing)|known|made|such|than|like|into|onto|upon|within|without|between|among"
)


def another_term_fits(ctx: DeckContext, ref: FactRef, span: Span) -> bool:
    """True when the blank is the term its line defines ("Term: definition") and another term's
    line in the topic says (nearly) all the definition says: both terms fit the blank."""
    split = split_glossary(ref.text)
    if split is None or fold(span.text) not in (
        fold(split[0]),
        fold(without_parenthetical(split[0])),
    ):
        return False
    return bool(defining_lines_fitting(ctx, ref, split[1]))


def open_after_modifier(ctx: DeckContext, ref: FactRef, span: Span) -> bool:
    """True when the word before the blank is followed by another noun elsewhere in the notes
    ("giant _____": lattices here, "structure" in another line), so a typed answer other than
    the key may be as right by the notes."""
    if span.kind in NUMERIC_KINDS:
        return False
    found = _WORD_BEFORE.search(ref.text[: span.start])
    if found is None:
        return False
    before = fold(found.group(1))
    if len(before) < _MIN_MODIFIER or before in STOP_WORDS or _NOT_DESCRIBING.fullmatch(before):
        return False  # "rings called _____": what a verb is followed by varies anyway
    answer = fold(span.text).split()
    if not answer:
        return False
    mine = root(answer[0])
    others = {
        word
        for word in ctx.words_after(before, except_fact=ref.fact_id)
        if word not in STOP_WORDS and word.isalpha() and root(word) != mine
    }
    return bool(others)
