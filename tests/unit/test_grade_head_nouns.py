"""A term answered by its head noun alone, or by its describing word alone (round 16 and 17:
"Hebrides" for "Outer Hebrides" was refused; "atomic" for "atomic number" was accepted). A name
loses a word for a place's part when the notes name no other part; a describing word alone never
answers for a measure ("atomic" could be atomic mass too). A term's head noun alone never answers
(round 19: "dyskinesia" for "tardive dyskinesia", "shuttle" for "flying shuttle", "condenser" for
"separate condenser" were accepted when the deck's answers were passed, and a teacher refuses
each: what is left out is what the term names)."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade

# A chemistry deck: tests for gases, and atoms.
CHEMISTRY = Grader(
    [
        "squeaky pop",
        "limewater",
        "glowing splint",
        "atomic number",
        "mass number",
        "relative atomic mass",
        "isotope",
        "covalent bond",
        "ionic bond",
    ]
)
# A history deck: the League of Nations.
HISTORY = Grader(["economic sanctions", "League of Nations", "Abyssinia", "Manchuria", "veto"])
# A biology deck: respiration and genetic engineering.
BIOLOGY = Grader(
    ["aerobic respiration", "anaerobic respiration", "sticky ends", "blunt ends", "plasmid"]
)
# A plant-cell deck.
PLANTS = Grader(["cell wall", "guard cell", "chloroplast", "stomata", "xylem"])
# A geography deck: a region named by its position.
GEOGRAPHY = Grader(["Greater London", "Outer Hebrides", "Lake District", "North Sea"])


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        (GEOGRAPHY, "Greater London", "London"),
        (GEOGRAPHY, "Outer Hebrides", "the Hebrides"),
    ],
)
def test_a_name_without_a_word_for_a_place_part_answers_when_nothing_else_in_the_notes_has_it(
    deck: Grader, expected: str, given: str
) -> None:
    result = deck.grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — in full, “{expected}”."


# Inventions and a drug's side effect (round 19), a quantity and a test's result (earlier rounds).
INVENTIONS = Grader(
    ["tardive dyskinesia", "flying shuttle", "separate condenser", "spinning jenny", "Arkwright"]
)
HEAT = Grader(["specific heat capacity", "magnetic flux density", "thermal energy", "joule"])


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        (INVENTIONS, "tardive dyskinesia", "dyskinesia"),
        (INVENTIONS, "flying shuttle", "shuttle"),
        (INVENTIONS, "separate condenser", "condenser"),
        (HEAT, "specific heat capacity", "heat capacity"),
        (HEAT, "magnetic flux density", "flux density"),
        (CHEMISTRY, "squeaky pop", "pop"),
        (HISTORY, "economic sanctions", "sanctions"),
    ],
)
def test_the_head_noun_alone_is_refused_even_when_nothing_else_in_the_notes_has_it(
    deck: Grader, expected: str, given: str
) -> None:
    result = deck.grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("deck", "expected", "given"),
    [
        (BIOLOGY, "aerobic respiration", "respiration"),  # anaerobic respiration is one too
        (BIOLOGY, "sticky ends", "ends"),  # blunt ends are ends too
        (CHEMISTRY, "covalent bond", "bond"),  # so is an ionic bond
        (CHEMISTRY, "atomic number", "number"),  # a quantity's noun says nothing alone
        (CHEMISTRY, "atomic number", "atomic"),  # atomic mass too
        (CHEMISTRY, "mass number", "mass"),
        (PLANTS, "cell wall", "wall"),  # a noun before the head says which: no head alone
        (PLANTS, "guard cell", "cell"),
        (GEOGRAPHY, "North Sea", "Sea"),  # a noun for a kind of place says nothing alone
        (GEOGRAPHY, "Lake District", "District"),
    ],
)
def test_a_head_or_a_modifier_that_another_term_shares_stays_wrong(
    deck: Grader, expected: str, given: str
) -> None:
    assert not deck.grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("aerobic respiration", "respiration"),  # the word left out has an opposite
        ("natural selection", "selection"),
        ("asexual reproduction", "reproduction"),
        ("birth rate", "rate"),
        ("atomic number", "atomic"),
        ("atomic mass", "atomic"),
        ("New Zealand", "Zealand"),  # a name loses only a word for a place's part
        ("North Sea", "Sea"),  # nor keeps a noun for a kind of place alone
        ("West Bank", "Bank"),
    ],
)
def test_without_a_deck_a_bare_head_or_modifier_stays_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_the_head_alone_when_the_notes_use_it_as_a_term_of_its_own_stays_wrong() -> None:
    deck = Grader(["split-ring commutator", "Commutator", "uniform field", "magnetic field"])
    assert not deck.grade("split-ring commutator", "commutator").correct
    assert not deck.grade("magnetic field", "field").correct  # uniform field too


def test_a_term_named_after_a_person_answers_without_the_name() -> None:
    mechanics = Grader(["Newton's third law", "Hooke's law", "momentum", "Kepler's second law"])
    assert mechanics.grade("Newton's third law", "third law").correct
    assert not mechanics.grade("Hooke's law", "law").correct  # a bare noun says nothing
    rules = Grader(["Fleming's left-hand rule", "Fleming's right-hand rule", "solenoid"])
    assert rules.grade("Fleming's left-hand rule", "left-hand rule").correct
    assert not rules.grade("Fleming's left-hand rule", "right-hand rule").correct
    laws = Grader(["Newton's third law", "Kepler's third law", "orbit"])
    assert not laws.grade("Newton's third law", "third law").correct  # Kepler's too
    assert not grade("Newton's third law", "third law").correct  # no deck: no other term known
