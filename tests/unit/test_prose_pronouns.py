"""Prose notes whose sentences open with "he", "she", "it", "they" (issue 13, session 13).

A teacher's essay-style notes, wrapped at 76 columns, go on about their subject with pronouns:
"Ismail Pasha borrowed heavily … In 1875 he sold Egypt's shares …". /ask read such a line with the
wrong subject or none ("when did richard anning die?" was refused: "He died in 1810" was read as
Mary Anning's), and the quiz skipped every pronoun-led sentence, so a paragraph of prose gave a
handful of questions (tests/unit/test_issue14_prose_pronouns.py). `knowledge.antecedents` resolves
the pronoun to the person or thing of the sentence before, only when that is clear.

The decks (a scientist's life, a history narrative, a novel's plot) are written for these tests in
tests/data/prose/ and imported the way an upload is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.explain import answer_question
from knowledge.antecedents import Cast, resolve, restored
from knowledge.model import Fact
from knowledge.search._facts import analyse_facts
from tests.unit.asking import imported, lead_of

PROSE = Path(__file__).resolve().parents[1] / "data" / "prose"
NOBODY: frozenset[str] = frozenset()


def _restored(*sentences: str) -> list[str | None]:
    """Each sentence with its opening pronoun replaced, or None where it is left as it is."""
    found = resolve(sentences)
    return [None if r is None else restored(s, r) for s, r in zip(sentences, found, strict=True)]


def test_he_and_she_stand_for_the_person_of_the_sentence_before() -> None:
    assert _restored(
        "Marie Curie was born in Warsaw in 1867.",
        "She moved to Paris in 1891.",
        "In Paris she studied physics at the Sorbonne.",
        "Most of her notebooks are still radioactive.",
        "During the war she drove X-ray vans to the front.",
    ) == [
        None,
        "Marie Curie moved to Paris in 1891.",
        "In Paris Marie Curie studied physics at the Sorbonne.",
        None,  # "Most of …" opens with no pronoun
        "During the war Marie Curie drove X-ray vans to the front.",
    ]


def test_a_possessive_and_a_name_cut_from_a_fronted_phrase() -> None:
    assert _restored(
        "During the Great Exhibition Joseph Paxton designed the Crystal Palace.",
        "His design used iron and glass.",
    ) == [None, "Joseph Paxton's design used iron and glass."]


def test_it_stands_for_the_thing_the_sentence_before_is_about() -> None:
    assert _restored(
        "The steam pump was designed to drain flooded mines.",
        "It was powered by burning coal.",
    ) == [None, "The steam pump was powered by burning coal."]
    # a person's sentence: "it" is what they made
    assert _restored(
        "Thomas Newcomen built an atmospheric engine.",
        "It pumped water out of a tin mine.",
    ) == [None, "The atmospheric engine pumped water out of a tin mine."]


def test_they_stand_for_a_plural_subject() -> None:
    assert _restored(
        "The Chartists wanted the vote for all men.",
        "They presented petitions to Parliament.",
    ) == [None, "The Chartists presented petitions to Parliament."]


@pytest.mark.parametrize(
    "sentences",
    [
        # two women named: which one died?
        ("Ada met Mary Somerville in London.", "She died in 1852."),
        # the man of "named him" is not Edward
        ("Edward named him as his successor.", "He was crowned in January."),
        # no person for "she", only a man
        ("Mr Gradgrind runs the school.", "She teaches the younger pupils."),
        # "it" with two things it could be
        ("The Treaty of London protected Belgium.", "It was signed in 1839."),
        # "it" that stands for nothing
        ("The bridge opened in 1894.", "It is thought that it cost a million pounds."),
        # "in it": no subject
        ("The title comes from a poem.", "In it a farmer ploughs a field."),
        # outline fragments, not prose sentences
        ("Isaac Newton - physicist", "He wrote the Principia"),
        # "it" going on about an "it" the sentence before never names
        ("Respiration releases energy from it.", "It is stored as starch."),
    ],
)
def test_an_unclear_pronoun_is_left_as_it_is(sentences: tuple[str, str]) -> None:
    assert resolve(sentences) == [None, None]


def test_a_pronoun_does_not_reach_back_over_a_new_group() -> None:
    found = resolve(
        ("Ada Lovelace wrote the first program.", "She died in 1852."), ("Early life", "Legacy")
    )
    assert found == [None, None]


def test_a_person_named_alone_keeps_the_story_going_over_a_sentence_naming_nobody() -> None:
    assert _restored(
        "John Harrison was a carpenter from Lincolnshire.",
        "He built clocks out of wood.",
        "Most of the parts never needed oil.",
        "Later he made the marine chronometer H4.",
    )[3] == ("Later John Harrison made the marine chronometer H4.")


def test_the_deck_tells_whether_a_name_is_a_man_or_a_woman() -> None:
    # "Rivers" is never given a title, but the notes say "he" of him where he is alone
    sentences = (
        "Rivers offers to teach Jane to read Hindustani.",
        "She agrees to learn it.",
    )
    cast = Cast(lambda: (*sentences, "Rivers is a clergyman and he plans to go to India."))
    found = resolve(sentences, None, cast)
    assert found[1] is not None and found[1].name == "Jane"


def test_ask_reads_a_pronoun_led_line_with_whom_it_is_about() -> None:
    facts = (
        Fact("Mary Anning was born in Lyme Regis in 1799."),
        Fact("Her father Richard sold fossils to tourists."),
        Fact("He died in 1810 and left the family in debt."),
        Fact("In 1811 her brother Joseph found a skull."),
        Fact("A year later he found the rest of the skeleton."),
    )
    contexts = analyse_facts(facts, NOBODY, NOBODY)
    assert contexts[1].carried == "Mary Anning"
    assert contexts[2].carried == "Richard"  # not Mary Anning, the subject two lines up
    assert contexts[4].carried == "Joseph"  # a clause after "A year later"


def test_ask_answers_from_a_line_about_the_father_in_wrapped_prose() -> None:
    text = (PROSE / "anning.txt").read_text(encoding="utf-8")
    deck, index = imported(text, "outline", "anning.txt")
    assert lead_of(answer_question(deck, index, "when did richard anning die")).startswith(
        "He died in 1810"
    )
