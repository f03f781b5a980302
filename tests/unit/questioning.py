"""Shared helpers of the quiz-question tests: facts from lines, and every question a deck asks."""

from __future__ import annotations

from collections.abc import Iterable

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.model import Deck


def every_question(deck: Deck, seeds: Iterable[int], *kinds: QuestionKind) -> list[Question]:
    """Every question of those kinds, with every set of options the seeds draw for it."""
    found: dict[tuple[str, str, tuple[str, ...]], Question] = {}
    for seed in seeds:
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=kinds or None):
            found.setdefault((q.id, q.prompt, q.options), q)
    return list(found.values())
