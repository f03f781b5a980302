"""Session 28, quiz soundness: round 30's classes of unsound question (docs/quiz-review/
30-findings.md), each checked on what a student is shown, on small decks in subjects of their
own (the Norman Conquest, crocodilians) written as a teacher would: a "check yourself" list of
tasks, a glossary with acronyms. The round's own decks (development decks now) are checked for
the classes they show: a key-numbers sheet beside the notes giving the same figures, one key
inside another, a unit blanked after a figure.
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import QuestionGenerator, QuestionKind
from bot.questions._generator import _gives_away
from bot.questions._model import Question
from knowledge.deck_files import open_deck_file
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

ROOT = Path(__file__).resolve().parents[2]

SEEDS = range(4)


def _deck(text: str) -> Deck:
    mapping = import_text(text, source_name="notes.md", format="markdown")
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _shown(question: Question) -> str:
    return " ".join((question.prompt, *question.options, *question.answers))


NORMANS = """# The Norman Conquest, 1066

## The claimants

- **Harold Godwinson** was crowned king on 6 January 1066, the day after Edward the Confessor died.
- **William of Normandy** claimed Edward had promised him the throne in 1051.
- **Harald Hardrada**, King of Norway, invaded with about 300 ships in September 1066.

## The battles

- Harold defeated Hardrada at the **Battle of Stamford Bridge** on 25 September 1066.
- William landed at **Pevensey** on 28 September 1066, while Harold was in the north.
- At the **Battle of Hastings** (14 October 1066) Harold was killed and the English army broke.
- The Normans used a **feigned retreat** to draw the English off Senlac Hill.

## Check yourself

- [ ] Explain two reasons why William won at Hastings.
- [ ] Describe the feigned retreat.
- [ ] Name the three claimants to the throne.
- [x] Label Stamford Bridge, Pevensey and Hastings on a map of England.
- [ ] Give two consequences of the Conquest for English landowners.
"""


def test_a_check_yourself_list_of_tasks_is_never_asked() -> None:
    questions = every_question(_deck(NORMANS), SEEDS)
    tasks = ("Explain two reasons", "Describe the feigned", "Name the three", "Label Stamford")
    assert not [q.prompt for q in questions for task in tasks if task in q.prompt]
    assert not [q.prompt for q in questions if "consequences of the Conquest" in q.prompt]
    # the notes the tasks are about are still asked
    assert [q for q in questions if "Pevensey" in q.answers]
    assert [q for q in questions if "Senlac Hill" in q.prompt]


CROCODILES = """# Crocodilians

## Biology

- Crocodilians are reptiles: the crocodiles, alligators, caimans and the gharial.
- The Nile crocodile can grow to about 5 m long and live for 70 years.
- A crocodile can stay under water for over an hour when resting.

## Nesting

- Females lay 25-80 eggs in a mound of rotting plants or a hole in the sand.
- The sex of the young is set by the nest temperature, not by chromosomes.
- Mothers carry hatchlings to the water in their mouths.

## Key terms

- **TSD** – temperature-dependent sex determination: the nest's temperature decides
  whether the young are male or female.
- **Ectotherm** – an animal whose body heat comes mainly from its surroundings.
- **Gharial** – a fish-eating crocodilian of India with a very long, thin snout.
- **Osteoderms** – bony plates set in the skin of the back.
- **Marine protected areas (MPAs)** – parts of the sea or coast where fishing and building
  are limited to protect wildlife.
- **Basking** – lying in the sun to warm the body.
"""


def test_an_acronym_is_not_asked_beside_its_own_hyphened_expansion() -> None:
    questions = every_question(_deck(CROCODILES), SEEDS)
    # "What does TSD mean?" with the one option spelling "temperature-dependent sex …", or
    # "Which term means: temperature-dependent sex determination …?" -> TSD (round 30, B15)
    expansion = "temperature-dependent sex determination"
    assert not [q.prompt for q in questions if "TSD" in q.answers and expansion in q.prompt]
    assert not [q.prompt for q in questions if "TSD" in q.prompt and expansion in _shown(q)]
    assert [q for q in questions if "Osteoderms" in q.answers]  # the other terms are asked


def test_a_terms_bracketed_acronym_is_kept_out_of_its_key() -> None:
    questions = every_question(_deck(CROCODILES), SEEDS)
    asked = [
        q
        for q in questions
        if q.kind is QuestionKind.DEFINITION_TO_TERM and "fishing and building" in q.prompt
    ]
    assert asked
    for question in asked:
        assert not [text for text in (*question.answers, *question.options) if "(MPAs)" in text]
        assert "Marine protected areas" in (*question.answers, *question.options)
        if not question.options:  # typed: the short form is right too, and the hint has no "("
            assert "MPAs" in question.answers
            assert "( _" not in (question.hint or "")


ROUND30_A = ROOT / "docs" / "quiz-review" / "30-deckA.notes.xlsx"
ROUND30_B = ROOT / "docs" / "quiz-review" / "30-deckB.notes.adoc"


def _candidates(path: Path) -> tuple[Question, ...]:
    return tuple(QuestionGenerator(open_deck_file(path), seed=1).all_candidates())


def test_a_figure_in_a_key_numbers_sheet_and_a_note_is_one_fact() -> None:
    """Round 30 (A9/A20, A31/A35, A2/A40): a "Key numbers" row and the note giving the same
    figure, asked in one quiz, tell each other's answer, even when the true/false is false."""
    questions = _candidates(ROUND30_A)

    def asking(prompt: str, key: str | None = None) -> list[Question]:
        return [q for q in questions if prompt in q.prompt and (key is None or key in q.answers)]

    pairs = [
        (asking("Height of Silbury Hill: 35 m"), asking("is about _____ m high", "30")),
        (asking("Surviving bluestones: _____", "43"), asking("About _____ bluestones", "43")),
        (asking("Number of Aubrey holes: _____", "56"), asking("the 44 Aubrey holes")),
    ]
    for ones, others in pairs:
        assert ones and others
        assert all(_gives_away(one, other) for one in ones for other in others)


def test_a_key_inside_another_keys_answer_is_one_fact() -> None:
    """Round 30 (B34/B52): "Bycatch" (a key term) beside the cause "Bycatch in shrimp trawls"."""
    questions = _candidates(ROUND30_B)
    term = [q for q in questions if q.answers[:1] == ("Bycatch",)]
    cause = [q for q in questions if "Bycatch in shrimp trawls" in q.answers]
    assert term and cause
    assert all(_gives_away(one, other) for one in term for other in cause)


def test_the_unit_after_a_figure_is_not_the_blank() -> None:
    """Round 30 (B57): "Many turtles migrate thousands of _____" -> kilometres."""
    questions = _candidates(ROUND30_B)
    assert not [q.prompt for q in questions if "kilometres" in q.answers]
    # the line's figures are still asked
    assert [q for q in questions if "about _____ km to nest on Ascension Island" in q.prompt]


def test_a_false_statement_and_the_true_value_shown_elsewhere_are_one_fact() -> None:
    """A true/false made false ("Price paid by Cecil Chubb: £4000") beside an ordering option
    that prints the true price ("Cecil Chubb buys Stonehenge for £6,600"): one quiz never asks
    both, the figure written either way."""
    questions = _candidates(ROUND30_A)
    turned = [
        q
        for q in questions
        if q.kind is QuestionKind.TRUE_FALSE
        and "Price paid by Cecil Chubb" in q.prompt
        and q.answers == ("False",)
    ]
    ordered = [
        q
        for q in questions
        if q.kind is QuestionKind.CHRONOLOGY and any("£6,600" in o for o in q.options)
    ]
    assert turned and ordered
    assert all(_gives_away(one, other) for one in turned for other in ordered)


def test_an_event_with_a_pronoun_it_never_names_is_no_ordering_option() -> None:
    """Round 30, A5: "William Stukeley named it the 'cursus'": named what?"""
    questions = _candidates(ROUND30_A)
    ordering = [q for q in questions if q.kind is QuestionKind.CHRONOLOGY]
    assert ordering
    assert not [o for q in ordering for o in q.options if " it " in f" {o} "]


def test_a_false_table_statement_and_the_rows_true_value_shown_elsewhere_are_one_fact() -> None:
    """Round 30, B37: "The IUCN status for Hawksbill is “Data Deficient”" (false) beside a
    question printing "Hawksbill became Critically Endangered", the row's true status."""
    questions = _candidates(ROUND30_B)
    turned = [
        q
        for q in questions
        if q.kind is QuestionKind.TRUE_FALSE
        and "IUCN status for Hawksbill" in q.prompt
        and q.answers == ("False",)
    ]
    printing = [q for q in questions if "Hawksbill became Critically Endangered" in q.prompt]
    assert turned and printing
    assert all(_gives_away(one, other) for one in turned for other in printing)
