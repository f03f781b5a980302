"""A line whose subject a line above it names, under a heading that names nobody.

Notes list what one person did under a heading naming a stage, not the person: "End of the
dynasty:" over "Last emperor: Bahadur Shah Zafar (Bahadur Shah II), a poet", then "Named leader
of the 1857 Rebellion by the sepoys" and "Exiled by the British to Rangoon; died there in 1862".
Asked alone, under "Decline and fall (End of the dynasty)", the last two are about nobody: a
true/false "Exiled by the British to Rangoon" is true of whom? (round 23: A15, A32; round 23b:
A23, A43). `_tidy_stems.subject_lost` covers a heading naming two things; this covers a list
that introduces its person in a line of its own ("Last emperor: Bahadur Shah Zafar").
"""

from __future__ import annotations

import re

from bot.questions._arrow_sentences import IRREGULAR_PAST
from bot.questions._context import DeckContext, FactRef
from bot.questions._phrasing import shown_heading
from knowledge.search._lemma import is_dictionary_word, lemma
from knowledge.text import fold

# A line introducing someone: a short label, then a capitalised name of two words or more
# ("Last emperor: Bahadur Shah Zafar …", "Leader – Klaus Störtebeker …").
_INTRODUCES = re.compile(
    r"^[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}\s*(?::|\s[–—-])\s+"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)"
)
# A line's first word: a verb's past form there has no subject ("Named leader of …", "Exiled by
# the British …", "Sent to England …").
_PAST_FIRST = re.compile(r"^([A-Z][a-z]+)\b")


def subject_above(ctx: DeckContext, ref: FactRef) -> bool:
    """True for a line with no subject of its own, in a list that introduced its person in an
    earlier line, shown under a heading that does not name that person (see the module)."""
    if ref.fact.group is None:
        return False
    first = _PAST_FIRST.match(ref.text)
    if first is None or not _past(first.group(1).lower()):
        return False
    for earlier in ctx.once(_lists).get((ref.topic.id, ref.fact.group), ()):
        if earlier.fact_id == ref.fact_id:
            return False
        introduced = _INTRODUCES.match(earlier.text)
        if introduced is not None:
            # Unless the heading it is shown under names that person or opens on a name of its
            # own ("Shah Jahan (born Khurram)" over his chief architect, then "Built a …").
            heading = shown_heading(ref)
            folded = f" {fold(heading)} "
            named = any(f" {word} " in folded for word in fold(introduced["name"]).split())
            return not named and not _opens_on_name(heading)
    return False


def _opens_on_name(heading: str) -> bool:
    """True for a heading opening on a name: two capitalised words ("Shah Jahan …", "Valdemar
    IV …") or a capitalised word no dictionary holds ("Aurangzeb (…)"); not "End of the
    dynasty" or "The last years of …"."""
    words = heading.split()
    if not words or not words[0][:1].isupper():
        return False
    if len(words) > 1 and words[1][:1].isupper():
        return True
    return not is_dictionary_word(fold(words[0]))


def _past(word: str) -> bool:
    """True for a verb's past form: "named", "exiled", "sent", "led"."""
    if word in IRREGULAR_PAST:
        return True
    return len(word) > _SHORT_PAST and word.endswith("ed") and lemma(word) != word


_SHORT_PAST = 4  # "red", "bed", "seed" are no verbs' pasts


def _lists(ctx: DeckContext) -> dict[tuple[str, str], list[FactRef]]:
    """(topic id, group heading) -> its lines, in the notes' order."""
    found: dict[tuple[str, str], list[FactRef]] = {}
    for ref in ctx.facts:
        if ref.fact.group is not None:
            found.setdefault((ref.topic.id, ref.fact.group), []).append(ref)
    return found
