"""Prose sentences that open with a pronoun, asked with the subject the pronoun stands for.

A teacher's essay-style notes go on about their subject with "he", "she", "it": "Mary Anning was
born in Lyme Regis in 1799. … In 1823 she found the first complete plesiosaur." Read alone, the
second sentence is about nobody, so the quiz used to skip it (`lost_referent`), and a paragraph
of prose gave a handful of questions. Where `knowledge.antecedents` finds clearly whom or what
the pronoun stands for, the sentence is asked as "In 1823 Mary Anning found the first complete
plesiosaur" instead, and a student can answer it on its own. The blank is never the restored
name: the notes did not write it there, and "_____ found …" over a whole biography would ask the
same name again and again. A restored line that still leans on the sentence before ("Priestley
used it to …": used what?) is not asked, as before.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import Question
from knowledge.antecedents import Cast, resolve, restored
from knowledge.model import Fact
from knowledge.text import fold, words


def restored_lines(ctx: DeckContext) -> dict[tuple[str, str], tuple[FactRef, str]]:
    """(topic id, fact id) -> the fact as a line with its pronoun replaced, and what replaced
    it; only facts whose opening pronoun is resolved (and carry no author markup)."""
    deck = ctx.deck
    people = frozenset(
        word for topic in deck.topics for name in topic.people for word in words(name)
    )
    cast = Cast(lambda: (ref.text for ref in ctx.facts), people)
    by_topic: dict[str, list[FactRef]] = {}
    for ref in ctx.facts:
        by_topic.setdefault(ref.topic.id, []).append(ref)
    found: dict[tuple[str, str], tuple[FactRef, str]] = {}
    for refs in by_topic.values():
        texts = [ref.text for ref in refs]
        groups = [ref.fact.group for ref in refs]
        for ref, pronoun in zip(refs, resolve(texts, groups, cast), strict=True):
            if pronoun is None or ref.fact.raw != ref.text:
                continue
            text = restored(ref.text, pronoun)
            if _leans_on_another(text, pronoun.end + len(text) - len(ref.text)):
                continue
            line = replace(
                ref, fact=Fact(text, ref.fact.group), text=text, folded=f" {fold(text)} "
            )
            found[ref.topic.id, ref.fact_id] = (line, pronoun.name)
    return found


def _leans_on_another(text: str, start: int) -> bool:
    """True when a restored line still has an "it" that stands for something only the sentence
    before names: "Priestley used it to talk about …" (what did he use?), not "Jane returns to
    Thornfield and finds it burnt down" (a name, or "the …", comes first)."""
    inner = _INNER_IT.search(text, start)
    return inner is not None and _NAMED.search(text, start, inner.start()) is None


_INNER_IT = re.compile(r"\b(?:it|its)\b", re.IGNORECASE)
_NAMED = re.compile(r"\b(?:[A-Z][\w'’-]*|the|a|an|this|that)\b")


def asks_the_name(question: Question, name: str) -> bool:
    """True when a question on a restored line turns on the restored name itself."""
    named = set(words(name)) - {"the", "a", "an"}
    return any(set(words(answer)) & named for answer in question.answers)
