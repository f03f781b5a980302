"""Shared helpers of the quiz-question tests: facts from lines, and every question a deck asks."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck


def every_question(deck: Deck, seeds: Iterable[int], *kinds: QuestionKind) -> list[Question]:
    """Every question of those kinds, with every set of options the seeds draw for it."""
    found: dict[tuple[str, str, tuple[str, ...]], Question] = {}
    for seed in seeds:
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=kinds or None):
            found.setdefault((q.id, q.prompt, q.options), q)
    return list(found.values())


def imported_notes(path: Path) -> Deck:
    """A teacher's notes file (Markdown for .md, an outline otherwise) as an upload takes it in:
    imported, written as YAML, then loaded."""
    fmt = "markdown" if path.suffix == ".md" else "outline"
    mapping = import_text(path.read_text(encoding="utf-8"), source_name=path.name, format=fmt)
    return parse_deck(dump_deck(mapping), path.stem + ".yaml")


def imported_notes_text(text: str, name: str) -> Deck:
    """Notes given as text, imported as `imported_notes` imports a file of that name."""
    fmt = "markdown" if name.endswith(".md") else "outline"
    mapping = import_text(text, source_name=name, format=fmt)
    return parse_deck(dump_deck(mapping), name.rsplit(".", 1)[0] + ".yaml")
