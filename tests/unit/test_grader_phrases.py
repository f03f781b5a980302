"""A deck's grader lists every line's capitalised phrases (`QuestionGenerator.entities`). They
are found without the rest of each line's spans (`DeckContext.phrases`), so a big deck's grader
is ready sooner; they must be exactly the phrases among the line's whole spans, in order, found
before or after those spans, with authored cloze markup taking its place first."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import QuestionGenerator
from bot.questions._spans import SpanKind
from knowledge.uploads import UploadedDeck, read_upload

DATA = Path(__file__).parent.parent / "data"
DECKS = [
    "imports/anki_cold_war.txt",  # cloze markup
    "imports/cold_war_trivia.yaml",
    "imports/chemistry_quizlet.tsv",
    "ask_eval/ww1.txt",
    "ask_eval/economics.md",
    "quiz_kinds/bonding.md",
]


def _generator(name: str) -> QuestionGenerator:
    read = read_upload(Path(name).name, (DATA / name).read_bytes())
    assert isinstance(read, UploadedDeck), read
    return QuestionGenerator(read.deck, seed=7)


@pytest.mark.parametrize("name", DECKS)
def test_phrases_are_the_phrases_of_the_whole_spans(name: str) -> None:
    phrases_first = _generator(name)._ctx
    spans_first = _generator(name)._ctx
    for topic in phrases_first.deck.topics:
        for fact in topic.facts:
            phrases = phrases_first.phrases(fact)
            whole = [s for s in spans_first.spans(fact) if s.kind is SpanKind.PHRASE]
            assert phrases == whole, fact.text
            assert phrases_first.spans(fact) == spans_first.spans(fact), fact.text
            assert spans_first.phrases(fact) == whole, fact.text


def test_the_decks_hold_phrases() -> None:
    """What the comparisons above compare is there to compare: names in history decks."""
    for name in ("imports/anki_cold_war.txt", "ask_eval/ww1.txt"):
        ctx = _generator(name)._ctx
        assert sum(len(ctx.phrases(f)) for t in ctx.deck.topics for f in t.facts) >= 5


@pytest.mark.parametrize("name", DECKS[:3])
def test_entities_do_not_depend_on_what_was_built_first(name: str) -> None:
    fresh = _generator(name)
    built = _generator(name)
    built.pool()
    assert fresh.entities() == built.entities()
    assert fresh.pool() == built.pool()
