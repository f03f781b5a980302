"""`/ask` on notes it was never tuned on: four small decks in other subjects and note styles
(Markdown biology, outline physics and chemistry with numbers and units, a YAML literature deck of
names, places and years, a TSV Spanish word list), each with questions worded the way students
type them.

The decks and the table of questions live in tests/data/search_subjects/ (cases.yaml). Each case is
asserted on its own: an answerable question must put the expected fact first, an out-of-scope one
must get no answer at all. The overall rates are asserted too, so the table can be read as a score.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest
import yaml

from knowledge.importers import dump_deck, import_file
from knowledge.loader import load_deck, parse_deck
from knowledge.model import Deck
from knowledge.search import Answer, DeckIndex

DATA = Path(__file__).resolve().parents[1] / "data" / "search_subjects"
MIN_ANSWERED_RATE = 0.9


@dataclass(frozen=True, slots=True)
class AskCase:
    """A question about one deck; for an answerable one, the topic id of the first passage and
    words its fact must contain (both None: the notes cannot answer it)."""

    deck: str
    ask: str
    topic: str | None = None
    fact: str | None = None
    miss: str | None = None  # why the search is known to get this one wrong


def _read_cases() -> tuple[tuple[AskCase, ...], tuple[AskCase, ...]]:
    table = yaml.safe_load((DATA / "cases.yaml").read_text(encoding="utf-8"))
    answered = tuple(
        AskCase(deck, str(case["ask"]), str(case["topic"]), str(case["fact"]), case.get("miss"))
        for deck, cases in table.items()
        for case in cases["answered"]
    )
    unanswerable = tuple(
        AskCase(deck, str(question)) for deck, cases in table.items() for question in cases["none"]
    )
    return answered, unanswerable


ANSWERED, OUT_OF_SCOPE = _read_cases()


@cache
def subject_index(name: str) -> DeckIndex:
    """The index of one deck of the folder: YAML decks loaded, other notes imported first."""
    path = DATA / name
    return DeckIndex(load_deck(path) if path.suffix == ".yaml" else _imported(path))


def _imported(path: Path) -> Deck:
    """Notes in another format, imported and written out as a deck the way `deck import` does."""
    return parse_deck(dump_deck(import_file(path)), path.name)


def answers_as_expected(case: AskCase, answer: Answer) -> bool:
    """The first passage is from the expected topic and says the expected words."""
    if answer.status != "answer" or not answer.passages:
        return False
    first = answer.passages[0]
    return first.topic_id == case.topic and case.fact is not None and case.fact in first.fact.text


def _case_id(case: AskCase) -> str:
    return f"{case.deck}: {case.ask}"


def test_the_table_covers_several_decks_and_both_kinds_of_question() -> None:
    decks = {case.deck for case in ANSWERED}
    assert len(decks) >= 4
    for deck in decks:
        assert sum(case.deck == deck for case in ANSWERED) >= 10, deck
        assert sum(case.deck == deck for case in OUT_OF_SCOPE) >= 5, deck


def _with_known_misses(cases: tuple[AskCase, ...]) -> list[object]:
    """The cases as parameters; a known miss is expected to fail (strictly: if it starts to pass,
    the table must be updated)."""
    return [
        pytest.param(case, marks=pytest.mark.xfail(reason=case.miss, strict=True))
        if case.miss
        else case
        for case in cases
    ]


@pytest.mark.parametrize("case", _with_known_misses(ANSWERED), ids=_case_id)
def test_answers_with_the_fact_that_says_it(case: AskCase) -> None:
    answer = subject_index(case.deck).ask(case.ask)
    assert answers_as_expected(case, answer), answer


@pytest.mark.parametrize("case", OUT_OF_SCOPE, ids=_case_id)
def test_questions_the_notes_cannot_answer_get_none(case: AskCase) -> None:
    answer = subject_index(case.deck).ask(case.ask)
    assert answer.status == "none", answer
    assert answer.passages == ()


def test_overall_rates() -> None:
    found = sum(
        answers_as_expected(case, subject_index(case.deck).ask(case.ask)) for case in ANSWERED
    )
    refused = sum(subject_index(case.deck).ask(case.ask).status == "none" for case in OUT_OF_SCOPE)
    assert found / len(ANSWERED) >= MIN_ANSWERED_RATE, f"{found}/{len(ANSWERED)} answered"
    assert refused == len(OUT_OF_SCOPE), f"{refused}/{len(OUT_OF_SCOPE)} refused"
