"""A term answered by its head noun alone, or by its describing word alone (round 16 and 17:
"pop" for "squeaky pop", "sanctions" for "economic sanctions", "flux density" for "magnetic
flux density", "Hebrides" for "Outer Hebrides" were refused; "atomic" for "atomic number" was
accepted). A teacher's rule for any subject: the head noun alone answers when the words left
out are not what tells the term from another one of the notes; a describing word alone never
answers for a measure ("atomic" could be atomic mass too)."""

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
        (CHEMISTRY, "squeaky pop", "pop"),
        (CHEMISTRY, "squeaky pop", "a pop"),
        (HISTORY, "economic sanctions", "sanctions"),
        (GEOGRAPHY, "Greater London", "London"),
        (GEOGRAPHY, "Outer Hebrides", "the Hebrides"),
    ],
)
def test_the_head_noun_alone_answers_when_nothing_else_in_the_notes_has_it(
    deck: Grader, expected: str, given: str
) -> None:
    result = deck.grade(expected, given)
    assert result.correct
    assert expected in result.reason


def test_a_shorter_head_of_a_three_word_term_answers_too() -> None:
    deck = Grader(["magnetic flux density", "tesla", "magnetic field lines", "solenoid"])
    assert deck.grade("magnetic flux density", "flux density").correct
    assert not deck.grade("magnetic flux density", "density").correct  # a quantity's noun


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
