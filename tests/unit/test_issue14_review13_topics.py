""" "Which topic does this belong to?" asks real classifications only (issue 14, round-13 blind
review class 1, docs/quiz-review/13-findings.md): a dated line of a numbered history list was
always answered by its "History of …" section (its date gave it away, four times in one sample),
and handout sections ("Timeline", "Comparing the two revolutions") were offered as topics.

Checked on the reviewed decks (docs/quiz-review/13-*) and on notes written for these tests in other
subjects (tests/data/dev13: chemistry Markdown, Norman history and physics outlines).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._date_cues import DATE_LED, date_form
from knowledge.model import Deck
from tests.unit import questioning

ROOT = Path(__file__).parents[2]
REVIEW = ROOT / "docs" / "quiz-review"
DEV = ROOT / "tests" / "data" / "dev13"
SEEDS = range(4)
LAYOUT_TITLES = {"Timeline", "Comparing the two revolutions", "Comparing Group 1 and Group 7"}


def deck_of(path: Path) -> Deck:
    return questioning.imported_notes(path)


@pytest.fixture(scope="module")
def biology() -> Deck:
    return deck_of(REVIEW / "13-deckA.notes.txt")


@pytest.fixture(scope="module")
def russia() -> Deck:
    return deck_of(REVIEW / "13-deckB.notes.md")


@pytest.fixture(scope="module")
def chemistry() -> Deck:
    return deck_of(DEV / "periodic.notes.md")


@pytest.fixture(scope="module")
def normans() -> Deck:
    return deck_of(DEV / "norman.notes.txt")


def which_topic(deck: Deck) -> list[Question]:
    return questioning.every_question(deck, SEEDS, QuestionKind.WHICH_TOPIC)


def quoted(question: Question) -> str:
    return question.prompt.split("“", 1)[1].rstrip("”")


def test_a_dated_line_of_a_history_list_is_not_asked_which_section(biology: Deck) -> None:
    """A6/A18/A24/A29: "1859: Darwin published …" → History of the theory of evolution."""
    asked = which_topic(biology)
    assert asked, "the deck still gives which-topic questions on its other lines"
    for question in asked:
        assert date_form(quoted(question)) != DATE_LED, question.prompt
        assert not question.answers[0].startswith("History of the theory"), question.prompt


def test_a_section_of_dated_lines_is_no_option_for_undated_ones(
    chemistry: Deck, normans: Deck
) -> None:
    """The other way round: "History of the periodic table" (every line "1869: …") among the
    groups of the table, or "The battles of 1066" among the Church and the feudal system, is
    ruled out by the look of its lines, and its own dated lines point at it."""
    for deck, history in ((chemistry, "History of the periodic table"), (normans, "battles")):
        for question in which_topic(deck):
            assert not any(history.casefold() in o.casefold() for o in question.options), (
                question.prompt,
                question.options,
            )


def test_handout_sections_are_neither_options_nor_answers(russia: Deck, chemistry: Deck) -> None:
    """B20/B31/B39: "Timeline" and "Comparing the two revolutions" offered as topics."""
    for deck in (russia, chemistry):
        for question in which_topic(deck):
            assert not set(question.options) & LAYOUT_TITLES, (question.prompt, question.options)


def test_key_terms_to_learn_is_no_option() -> None:
    """Round 12's A35 offered "Key terms to learn" as a topic (a glossary with a study tail)."""
    deck = deck_of(REVIEW / "12-deckA.notes.txt")
    for question in which_topic(deck):
        assert not any(o.casefold().startswith("key terms") for o in question.options), (
            question.options
        )


WHICH = QuestionKind.WHICH_TOPIC


@pytest.mark.parametrize("path", [REVIEW / "13-deckA.notes.txt", REVIEW / "13-deckB.notes.md"])
def test_a_sample_asks_each_section_once(path: Path) -> None:
    """A29: the same answer four times in one sample of 60. A sample now asks "Which topic?" only
    when asked for by name (session 22); asked for, a batch the deck has room for asks each
    section once."""
    generator = QuestionGenerator(deck_of(path), seed=1)
    assert not [q for q in generator.generate(60) if q.kind is QuestionKind.WHICH_TOPIC]
    sections = len({q.answers[0] for q in generator.all_candidates(kinds=[WHICH])})
    sample = generator.generate(sections, kinds=[WHICH])
    answers = Counter(q.answers[0] for q in sample)
    assert answers and all(count == 1 for count in answers.values()), answers


def test_a_short_deck_repeats_a_section_at_most_twice(normans: Deck) -> None:
    """A deck with fewer than 60 questions fills the sample with a second question of one answer
    rather than come up shorter still, but never a third."""
    generator = QuestionGenerator(normans, seed=1)
    assert len(generator.generate(60)) < 60
    sample = generator.generate(60, kinds=[WHICH])
    answers = Counter(q.answers[0] for q in sample)
    assert answers and max(answers.values()) <= 2, answers
    first = generator.generate(len(answers), kinds=[WHICH])
    answers = Counter(q.answers[0] for q in first)
    assert all(count == 1 for count in answers.values()), answers


def test_the_russia_sample_still_reaches_sixty(russia: Deck) -> None:
    """Fewer which-topic questions are made up by other kinds: a shortfall counts as unsound."""
    assert len(QuestionGenerator(russia, seed=1).generate(60)) == 60
