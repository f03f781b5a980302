"""Other names the notes set beside a thing are right answers for it with the deck's grader
(issue 14, round-16 grading probes, class 7): an "aka" inside a bracket after the line's name, a
document's numbered article, a word's other name after a dash, a substance's formula in
brackets, and a short form the notes use where they use the word. The deck's own lines are the
source, never a list kept per subject. A term the notes follow with several different brackets
is followed by examples, which are no other name of it; a word glossed in brackets ("turns
purple (violet)") is no pair: the notes' term in the bracket is asked, and the word gives it."""

from __future__ import annotations

import pytest

from bot.grading import Grader, Verdict, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

HISTORY = """Weimar and Nazi Germany
  Weimar constitution
    - Emergency Decree Clause (Article 48) – let the President rule without the Reichstag
    - Proportional representation meant many small parties
  The Nazi state
    - Night of the Long Knives (June 1934, aka Operation Hummingbird) – Rohm and the SA leaders killed
    - Hitler wanted a Volksgemeinschaft – a people's community, united by race
    - German tactics relied on Blitzkrieg ("lightning war") in 1939-40
    - Seek Autarky ("self-sufficiency") before the war
  Key terms
    Autarky: an economy that needs no imports
    Volksgemeinschaft: a national community of Germans
    Blitzkrieg: fast attacks with tanks and planes
"""

CHEMISTRY = """Chemical tests
  Acids and carbonates
    - Add dilute acid to calcium carbonate (CaCO3) and bubble the gas through limewater
    - Use conc acid only in a fume cupboard
    - conc sulfuric acid is corrosive; concentrated sulfuric acid dehydrates sugar
    - Dilute the concentrated acid before use; never add water to conc acid
    - A concentrated solution has lots of solute; a conc solution of salt is brine
  Indicators
    - Universal indicator turns purple (violet) in strong alkali
  Metal ions
    - copper(II) ions (Cu2+) give a blue precipitate
    - iron(II) ions (Fe2+) give a green precipitate
  Halides
    - chloride -> white precipitate (silver chloride)
    - bromide -> cream precipitate (silver bromide)
    - iodide -> yellow precipitate (silver iodide)
  Key words
    Precipitate: an insoluble solid formed when two solutions react
    Rf value: distance moved by the spot over distance moved by the solvent
    Rf: always between 0 and 1
"""


def _entities(notes: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(notes, format="outline", source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def history() -> tuple[str, ...]:
    return _entities(HISTORY, "weimar.txt")


@pytest.fixture(scope="module")
def chemistry() -> tuple[str, ...]:
    return _entities(CHEMISTRY, "tests.txt")


def _accepted(expected: str, given: str, entities: tuple[str, ...]) -> None:
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert result.verdict is Verdict.ALIAS
    assert Grader(entities).grade(expected, given) == result  # the quiz's grader agrees


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Night of the Long Knives", "Operation Hummingbird"),  # "(…, aka …)"
        ("Operation Hummingbird", "Night of the Long Knives"),
        ("Emergency Decree Clause", "Article 48"),  # a document's numbered article
        ("Volksgemeinschaft", "people's community"),  # "a word – a few words,"
        ("Blitzkrieg", "lightning war"),  # a bracket in quotes
        ("Autarky", "self-sufficiency"),  # after the line's opening verb
    ],
)
def test_history_notes_names_are_accepted(
    history: tuple[str, ...], expected: str, given: str
) -> None:
    _accepted(expected, given, history)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("calcium carbonate", "CaCO3"),  # a formula in brackets after the name
        ("copper(II)", "Cu2+"),  # an ion's symbol, the name without "ions"
        ("copper(II) ions", "Cu2+"),
        ("concentrated", "conc"),  # the short form used where the word is used
        ("Rf value", "Rf"),  # the deck's other term is the same symbol without its noun
    ],
)
def test_chemistry_notes_names_are_accepted(
    chemistry: tuple[str, ...], expected: str, given: str
) -> None:
    _accepted(expected, given, chemistry)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("copper(II)", "Fe2+"),  # another ion's symbol
        ("calcium carbonate", "CaO"),
        ("precipitate", "silver chloride"),  # examples in brackets, no other name
        ("precipitate", "silver bromide"),
        ("precipitate", "silver iodide"),
        ("purple", "blue"),
    ],
)
def test_other_things_stay_wrong(chemistry: tuple[str, ...], expected: str, given: str) -> None:
    assert not grade(expected, given, others=chemistry).correct


def test_a_date_in_brackets_is_no_other_name(history: tuple[str, ...]) -> None:
    assert not grade("Night of the Long Knives", "June 1934", others=history).correct
