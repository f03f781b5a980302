"""Round-18 grading probes (issue 14): three kinds of right answer a teacher accepts that grading
refused, checked here on other subjects' answers. A name built "Head of X" written "X Head"
(and back); a peer named by the place of the title ("Wellington" for "Duke of Wellington"); an
element named by its symbol ("Au" for gold). Each only while it names no other entity of the
deck."""

from __future__ import annotations

import pytest

from bot.grading import Grader, Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Act of Settlement", "Settlement Act"),
        ("Act of Supremacy", "the Supremacy Act"),
        ("Attack on Pearl Harbor", "Pearl Harbor attack"),
        ("Massacre at Amritsar", "Amritsar massacre"),
        ("rate of photosynthesis", "photosynthesis rate"),
        ("Reform Act", "Act of Reform"),
        ("Act of Union and Settlement", "Union and Settlement Act"),
    ],
)
def test_a_name_turned_round_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — usually written “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Act of Settlement", "Settlement"),  # the head noun is part of the name
        ("Act of Supremacy", "Uniformity Act"),
        ("law of conservation of mass", "conservation of mass law"),  # two links: no one turn
        ("Battle of Britain", "Britain war"),
        ("Siege of Leningrad", "Leningrad blockade"),
    ],
)
def test_other_words_turned_round_are_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_turned_name_that_is_another_answer_is_refused() -> None:
    deck = Grader(["Act of Settlement", "Settlement Act 1662", "Poor Law"])
    assert not deck.grade("Act of Settlement", "Settlement Act 1662").correct
    # the notes' own other name for the answer is no rival
    notes = Grader(["Act of Supremacy", "Supremacy Act", "Act of Succession"])
    assert notes.grade("Act of Supremacy", "Supremacy Act").correct
    assert not notes.grade("Act of Supremacy", "Succession Act").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Duke of Wellington", "Wellington"),
        ("Duke of Marlborough", "Lord Marlborough"),
        ("Earl of Essex", "essex"),
        ("Marquess of Salisbury", "Salisbury"),
    ],
)
def test_a_peer_by_the_place_of_the_title_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — in full, “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Prince of Wales", "Wales"),  # a prince is no peer: Wales is the country
        ("Duke of Wellington", "Duke"),
        ("Earl of Essex", "Earl"),
        ("Queen of Scots", "Scots"),
    ],
)
def test_a_title_without_its_holder_is_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_peers_place_named_otherwise_in_the_deck_is_refused() -> None:
    deck = Grader(["Duke of Wellington", "Wellington boots", "Battle of Waterloo"])
    assert not deck.grade("Duke of Wellington", "Wellington").correct
    # the notes calling him by the place alone: the same person, no rival
    notes = Grader(["Duke of Wellington", "Wellington", "Battle of Waterloo"])
    assert notes.grade("Duke of Wellington", "Wellington").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("gold", "Au"),
        ("Iron", "Fe"),
        ("tungsten", "W"),
        ("chlorine", "Cl2"),
        ("chlorine", "Cl"),
        ("hydrogen gas", "H2"),
        ("ozone", "O3"),
    ],
)
def test_an_element_by_its_symbol_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.verdict is Verdict.ALIAS
    assert result.reason == f"Accepted — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("gold", "Ag"),  # another element
        ("gold", "AU"),  # no symbol is written so
        ("chlorine", "CL"),
        ("carbon dioxide", "C"),  # an element of the compound is no answer for it
        ("Au", "gold"),  # a key written as a symbol asks for the symbol
        ("iron", "Fe2"),
    ],
)
def test_other_symbols_are_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_symbol_that_is_another_answer_of_the_deck_is_refused() -> None:
    deck = Grader(["nitrogen", "N", "newton", "phosphorus"])
    assert not deck.grade("nitrogen", "N").correct
    assert deck.grade("phosphorus", "P").correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Great Plague of Naples", "Great Plague"),
        ("Great Plague of Naples", "the great plague"),
        ("Periodic Table of Elements", "Periodic Table"),
    ],
)
def test_a_name_without_the_place_it_is_of_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — in full, “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Royal Society of Chemistry", "Royal Society"),  # a body: many are called so
        ("Royal College of Surgeons", "Royal College"),
        ("Treaty of Nanking", "Treaty"),  # one word kept says nothing
        ("Mary Queen of Scots", "Mary Queen"),  # a person
        ("conservation of energy", "conservation"),
    ],
)
def test_other_names_without_their_place_are_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_name_without_its_place_is_refused_when_the_deck_has_it_of_another() -> None:
    deck = Grader(["Great Plague of Naples", "Great Plague of Seville", "Great Plague"])
    assert not deck.grade("Great Plague of Naples", "Great Plague").correct
    # the notes using the short name for the answer alone: no rival
    notes = Grader(["Great Plague of Naples", "Great Plague", "Masaniello"])
    assert notes.grade("Great Plague of Naples", "Great Plague").correct


@pytest.mark.parametrize(
    ("expected", "given", "correct"),
    [
        ("copper and tin", "Cu and Sn", True),
        ("copper and tin", "Sn, Cu", True),
        ("carbon, hydrogen and oxygen", "C, H and O", True),
        ("copper and tin", "Cu and Zn", False),
        ("copper and tin", "CU and SN", False),
    ],
)
def test_the_parts_of_an_answer_by_their_symbols(expected: str, given: str, correct: bool) -> None:
    assert grade(expected, given).correct is correct


def test_one_symbol_of_two_is_partly_right() -> None:
    assert (
        grade("copper and tin", "Cu").reason
        == "Partly right — the full answer is “copper and tin”."
    )


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("platinum catalyst", "platinum"),
        ("Nickel catalyst", "nickel"),
        ("zinc electrodes", "zinc"),
        ("carbon electrodes", "carbon"),
        ("magnesium ribbon", "magnesium"),
        ("platinum catalyst", "Pt"),
    ],
)
def test_a_substance_without_the_noun_for_its_form_or_role_is_right(
    expected: str, given: str
) -> None:
    assert grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("hydrogen bond", "hydrogen"),  # a bond, no substance
        ("carbon footprint", "carbon"),
        ("oxygen debt", "oxygen"),
        ("iron ore", "iron"),  # a rock holding it
        ("molten lead bromide", "lead bromide"),  # the word before may be the point
        ("anhydrous copper sulfate", "copper sulfate"),
        ("copper catalyst", "nickel"),
    ],
)
def test_other_words_without_their_noun_are_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_a_substance_alone_is_refused_when_the_deck_names_it_otherwise() -> None:
    deck = Grader(["nickel catalyst", "nickel plating", "margarine"])
    assert not deck.grade("nickel catalyst", "nickel").correct
    assert Grader(["nickel catalyst", "margarine"]).grade("nickel catalyst", "nickel").correct


@pytest.mark.parametrize(
    ("expected", "given", "correct"),
    [
        ("evaporation and condensation", "evaporate and condense", True),
        ("condensation and evaporation", "evaporate and condensation", True),
        ("transpiration and respiration", "transpiration and perspiration", False),
        ("oxidation and reduction", "oxidation", False),
    ],
)
def test_a_part_in_another_word_of_its_family(expected: str, given: str, correct: bool) -> None:
    result = grade(expected, given)
    assert result.correct is correct
    if correct:
        assert result.reason == f"Accepted — usually written “{expected}”."


def test_a_part_of_the_family_of_another_answer_is_refused() -> None:
    deck = Grader(["evaporation and condensation", "evaporator", "condenser"])
    assert not deck.grade("evaporation and condensation", "evaporate and condense").correct


def test_the_answer_in_the_other_number_is_no_rival() -> None:
    # the notes write the term both ways: either is the answer, not another one
    deck = Grader(["Igneous rocks", "Igneous rock", "Sedimentary rocks", "Metamorphic rocks"])
    assert deck.grade("Igneous rocks", "igneous").correct
    assert deck.grade("Igneous rocks", "Igneus rocks").correct
    assert not deck.grade("Igneous rocks", "sedimentary").correct
