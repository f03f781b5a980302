"""Typed answers a teacher marks otherwise than the grader did (round-12 blind review, issue 14):
each case asserts the verdict and the sentence the student reads. The rules are general; the
cases come from chemistry and coasts notes, and each rule is also tried on other subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.grading import Grader, Verdict, grade
from bot.questions import QuestionGenerator
from knowledge.deck_files import open_deck_file

# -- numbers: units, currencies, formulae -------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("9%", "9 degrees"),  # a percentage is no temperature
        ("40%", "40 degrees"),
        ("£2 million", "2 million dollars"),  # another currency
        ("$10 million", "£10 million"),
        ("€5bn", "5 billion pounds"),
    ],
)
def test_a_number_in_another_unit_or_currency_is_wrong_and_says_check_the_unit(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — check the unit: the notes say “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given", "reason"),
    [
        ("9%", "9 per cent", "Correct — that's 9%."),
        ("£2 million", "2 million pounds", "Correct — that's 2 million."),
        ("£2 million", "£2,000,000", "Correct — that's 2 million."),
        ("45 °C", "45 degrees", "Correct — that's 45 °C."),  # degrees of a temperature
        ("10 cm3", "10 ml", "Correct — that's 10 cm3."),  # a cubic centimetre is a millilitre
        ("2 dm3", "2 litres", "Correct — that's 2 dm3."),
        ("10 cm³", "10 cm3", "Correct."),
    ],
)
def test_the_same_amount_in_the_same_unit_written_otherwise_is_right(
    expected: str, given: str, reason: str
) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == reason


def test_a_volume_in_another_amount_is_still_wrong() -> None:
    result = grade("10 cm3", "12 ml")
    assert not result.correct
    assert result.reason == "Not quite: 12 is not 10."


@pytest.mark.parametrize(("expected", "given"), [("C60", "C-60"), ("CO2", "CO-2"), ("C60", "c60")])
def test_a_formula_with_a_hyphen_is_the_formula_not_a_negative_number(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert result.correct and result.verdict is Verdict.EXACT
    assert result.reason == "Correct."


def test_a_negative_number_still_needs_its_sign() -> None:
    assert not grade("-5 °C", "5 °C").correct


# -- the other number of a noun -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "given", "reason"),
    [
        ("Ion", "ions", "Accepted — the notes write it in the singular: “Ion”."),
        (
            "Electrostatic force",
            "electrostatic forces",
            "Accepted — the notes write it in the singular: “Electrostatic force”.",
        ),
        ("Glacier", "glaciers", "Accepted — the notes write it in the singular: “Glacier”."),
        ("lattices", "lattice", "Accepted — the notes write it in the plural: “lattices”."),
    ],
)
def test_the_other_number_is_accepted_and_said_plainly_not_as_a_spelling(
    expected: str, given: str, reason: str
) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == reason
    assert "spelling" not in result.reason


def test_a_name_is_not_cut_to_a_singular_it_does_not_have() -> None:
    assert not grade("Mars", "Mar").correct


# -- people -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Niels Bohr", "Bohr"),  # a first name the given-name list does not hold
        ("Niels Bohr", "N. Bohr"),
        ("Imre Nagy", "I. Nagy"),
        ("Enrico Fermi", "Fermi"),
        ("Chinua Achebe", "Achebe"),
    ],
)
def test_a_surname_or_initial_and_surname_stands_for_a_persons_name(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — in full, “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Table Tennis", "Tennis"), ("Sri Lanka", "Lanka"), ("Spurn Head", "Head")],
)
def test_the_last_word_of_a_thing_or_a_place_is_not_it(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


# -- misspellings and other words ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Hydraulic action", "hydrolic action"),  # spelt as it sounds: vowels only
        ("Hydraulic action", "hydralic action"),
        ("photosynthesis", "photosinthasis"),
        ("Tombolo", "tombola"),  # "tombolo" is no word of English: a slip towards one is a slip
        ("furthest", "farthest"),  # one word spelt two ways
    ],
)
def test_a_misspelling_a_teacher_reads_through_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — the spelling is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("isotopes", "isotones"), ("stationary", "stationery"), ("nitrate", "nitrite")],
)
def test_another_word_of_english_a_letter_away_is_wrong_and_the_reason_says_so(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — “{given}” is another word; the answer is “{expected}”."


def test_two_terms_further_apart_are_simply_wrong() -> None:
    result = grade("mitosis", "meiosis")  # the classic pair in biology
    assert not result.correct
    assert result.reason == "Not quite — the answer is “mitosis”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Meander", "Meaner"), ("form", "from"), ("spit", "split"), ("Speed", "Seed")],
)
def test_letters_swapped_dropped_or_added_stay_a_slip_even_onto_a_word(
    expected: str, given: str
) -> None:
    # the hand's slips: only a letter changed into another word reads as another term
    result = grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — the spelling is “{expected}”."


def test_a_slip_onto_a_word_inside_a_longer_answer_is_still_a_slip() -> None:
    # the rest of the phrase says which answer is meant
    result = grade("West Germany", "Wet Germany")
    assert result.correct
    assert result.reason == "Accepted — the spelling is “West Germany”."


# -- a term's other name in the notes is a term of the deck -------------------------------------

RIVERS = """# River processes

## Erosion
- **Hydraulic action**: the force of the water against the banks and bed.
- **Abrasion** (corrasion): stones carried by the river scrape the bed and banks.
- **Solution** (corrosion): weak acids in the water dissolve rocks such as limestone.
- **Attrition**: stones knock against each other and become smaller and rounder.
"""

ANATOMY = """# Human body

## Digestion
- **Small intestine** (ileum): where digested food is absorbed into the blood.
- **Stomach**: acid and enzymes break down protein.

## Skeleton
- **Hip bone** (ilium): the largest bone of the pelvis.
- **Femur**: the thigh bone, the longest bone in the body.
"""


def _quiz_grader(tmp_path: Path, notes: str) -> tuple[QuestionGenerator, Grader]:
    path = tmp_path / "deck.notes.md"
    path.write_text(notes, encoding="utf-8")
    generator = QuestionGenerator(open_deck_file(path))
    return generator, Grader(generator.entities())


@pytest.mark.parametrize(
    ("notes", "expected", "given"),
    [
        (RIVERS, "corrosion", "corrasion"),  # the classic mix-up: two erosion processes
        (RIVERS, "corrasion", "corrosion"),
        (ANATOMY, "ileum", "ilium"),  # a gut and a bone
        (ANATOMY, "ilium", "ileum"),
    ],
)
def test_a_slip_onto_another_name_the_notes_give_a_term_is_that_term(
    tmp_path: Path, notes: str, expected: str, given: str
) -> None:
    generator, grader = _quiz_grader(tmp_path, notes)
    result = grader.grade(expected, given)
    assert not result.correct and result.verdict is Verdict.CLOSE_TO_OTHER
    assert result.reason == (
        f"Not accepted — “{given}” is another answer in these notes; we wanted “{expected}”."
    )
    assert grade(expected, given, others=generator.entities()) == result  # one grading path


def test_the_quiz_accepts_a_terms_other_name_and_a_real_slip(tmp_path: Path) -> None:
    generator, grader = _quiz_grader(tmp_path, RIVERS)
    blank = next(q for q in generator.all_candidates() if q.answers and q.answers[0] == "Abrasion")
    assert "corrasion" in blank.answers
    assert grader.grade(list(blank.answers), "corrasion").correct
    slip = grader.grade(list(blank.answers), "abrasoin")
    assert slip.correct and slip.reason == "Accepted — the spelling is “Abrasion”."


# -- a term's head noun in another form ---------------------------------------------------------


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Covalent bond", "covalent bonding"),
        ("metallic bonding", "metallic bond"),
        ("Discordant coastline", "discordant coast"),
        ("Dalmatian coast", "Dalmatian coastline"),
        ("Open-cast mine", "open-cast mining"),  # geography, economics: the same rules
        ("Arable farmland", "arable farm"),
    ],
)
def test_the_head_noun_as_its_process_or_its_compound_is_the_same_term(
    expected: str, given: str
) -> None:
    result = grade(expected, given)
    assert result.correct and result.verdict is Verdict.ALIAS
    assert result.reason == f"Accepted — the notes say “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Nation state", "nation statement"),  # an ending that makes another word
        ("Ionic bond", "ionic compound"),
        ("Cold War", "Cold Warfare"),  # a name is what it is
        ("Covalent bond", "ionic bonding"),
    ],
)
def test_another_word_made_of_the_head_noun_is_not_the_term(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


# -- what the line itself says about the blank --------------------------------------------------

ECONOMICS = """# Macroeconomics

## Growth
- Gross domestic product: the value of all goods and services made in a year (also known as national output).
- Economic growth is a rise in gross domestic product over time.
- Mount Everest rises 8849 m above sea level.
- The Monetary Policy Committee (MPC) sets the Bank Rate.
"""

COASTS = """# Coasts

## The Holderness coast
- Runs about 61 km from Flamborough Head to Spurn Head.
- The Intergovernmental Panel on Climate Change (IPCC) reports every few years.
- The IPCC projects a rise in sea level of up to 1 m by 2100.
"""

CHEMISTRY = """# Chemistry

## Atoms
- Atomic number: the number of protons in the nucleus of an atom (also called the proton number).
- Mass number: the total number of protons and neutrons in the nucleus.
- Isotope: an atom of the same element with a different number of neutrons.

## The periodic table
- Elements are arranged in order of increasing atomic number.
- Isotopes have the same atomic number but a different mass number.
"""


def _blank(generator: QuestionGenerator, answer: str, prompt: str = "") -> tuple[str, ...]:
    return next(
        q.answers
        for q in generator.all_candidates()
        if q.kind.value == "cloze" and q.answers[0] == answer and prompt in q.prompt
    )


@pytest.mark.parametrize(
    ("notes", "answer", "other"),
    [
        (CHEMISTRY, "atomic number", "proton number"),  # "(also called the proton number)"
        (ECONOMICS, "gross domestic product", "national output"),  # "(also known as …)"
    ],
)
def test_the_other_name_a_definition_gives_its_term_answers_its_blank(
    tmp_path: Path, notes: str, answer: str, other: str
) -> None:
    generator, grader = _quiz_grader(tmp_path, notes)
    answers = _blank(generator, answer)
    result = grader.grade(list(answers), other)
    assert result.correct
    assert result.reason == f"Accepted — also known as “{answer}”."
    assert grade(list(answers), other, others=generator.entities()) == result


@pytest.mark.parametrize(
    ("notes", "answer", "unit", "wrong"),
    [(COASTS, "61", "61 km", "61 miles"), (ECONOMICS, "8849", "8849 m", "8849 feet")],
)
def test_a_blanks_number_in_another_unit_than_the_lines_is_wrong(
    tmp_path: Path, notes: str, answer: str, unit: str, wrong: str
) -> None:
    generator, grader = _quiz_grader(tmp_path, notes)
    answers = _blank(generator, answer)
    assert answers == (answer, unit)
    result = grader.grade(list(answers), wrong)
    assert not result.correct
    assert result.reason == f"Not quite — check the unit: the notes say “{unit}”."
    assert grader.grade(list(answers), answer).reason == "Correct."
    assert grader.grade(list(answers), unit).correct


def test_an_acronym_is_answered_by_the_name_the_notes_spell_out(tmp_path: Path) -> None:
    generator, grader = _quiz_grader(tmp_path, COASTS)
    answers = _blank(generator, "IPCC", "projects")
    result = grader.grade(list(answers), "Intergovernmental Panel on Climate Change")
    assert result.correct
    assert result.reason == "Accepted — also known as “IPCC”."
