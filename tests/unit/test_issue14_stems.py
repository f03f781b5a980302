"""Round-10 review, stems that give the answer away or leave it open (classes 1 and 2): a number
the rest of the stem works out ("1 _____ in 4 chance (25%)", "23 pairs (46 in total)", "2 Ω and
3 Ω make 5 Ω"), a code the stem spells ("one X and one Y chromosome (_____)"), one end of a range
("fell from _____ to 17%", "between 1949 and _____"). The decks are notes written for these
tests in three subjects (`tests/data/stems/`): inheritance, electricity, the British economy."""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

import pytest

from bot.questions import Question, QuestionKind
from bot.questions._numbers import parse_number
from bot.questions._spans import SpanKind
from knowledge.model import Deck, Fact, Topic
from tests.unit import questioning

NOTES = Path(__file__).parents[1] / "data" / "stems"
BLANKS = (QuestionKind.CLOZE, QuestionKind.CHOICE)


def _blanks(name: str) -> list[Question]:
    deck: Deck = questioning.imported_notes(NOTES / name)
    return questioning.every_question(deck, range(3), *BLANKS)


@pytest.fixture(scope="module")
def genetics() -> list[Question]:
    return _blanks("genetics_inheritance.txt")


@pytest.fixture(scope="module")
def electricity() -> list[Question]:
    return _blanks("electricity_circuits.md")


@pytest.fixture(scope="module")
def economy() -> list[Question]:
    return _blanks("economy_1970s.txt")


def _asked_on(questions: list[Question], line_start: str) -> set[str]:
    """The answers of the blanks asked on the line starting with `line_start`."""
    return {q.answers[0] for q in questions if q.source_fact.startswith(line_start)}


@pytest.mark.parametrize(
    ("line", "given"),
    [
        ("Each child of two carriers has a 1 in 4 chance (25%)", {"1", "4", "25%"}),
        ("The chance of a carrier child from two carriers is 2 in 4", {"2", "4", "50%"}),
        ("Each human body cell has 23 pairs of chromosomes (46", {"23", "46"}),
        ("Probability of a boy is 0.5 (1 in 2)", {"1", "2"}),
        ("Males have one X and one Y chromosome (XY)", {"XY"}),
        ("Females have two X chromosomes (XX)", {"XX"}),
        ("Two heterozygous parents (Bb x Bb) give offspring in a 3:1", {"3", "1"}),
        ("About 1 in 25 people", {"1"}),
    ],
)
def test_a_number_the_stem_works_out_is_not_blanked(
    genetics: list[Question], line: str, given: set[str]
) -> None:
    assert not _asked_on(genetics, line) & given, [
        q.prompt for q in genetics if q.source_fact.startswith(line)
    ]


@pytest.mark.parametrize(
    ("line", "given"),
    [
        ("In a series circuit the total resistance", {"2", "3", "5"}),
        ("A 12 V battery driving 3 A", {"12", "3", "4"}),
        ("Switching from filament lamps to LEDs cut", {"75%"}),
        ("Switching from filament lamps to LEDs cut", {"three quarters"}),
    ],
)
def test_sums_and_fractions_in_words_give_a_number_away(
    electricity: list[Question], line: str, given: set[str]
) -> None:
    assert not _asked_on(electricity, line) & given


@pytest.mark.parametrize(
    ("questions", "line", "ends"),
    [
        ("genetics", "Antibiotic resistance: the number of resistant", {"2%", "40%"}),
        ("electricity", "The resistance of an LDR falls from", {"10", "100"}),
        ("electricity", "A transformer at a substation", {"400,000", "230"}),
        ("economy", "Inflation rose from 8% in 1972", {"8%", "24%", "1972", "1975"}),
        ("economy", "Inflation fell from 18%", {"18%", "5%", "1980", "1983"}),
        ("economy", "Unemployment rose from 1.5 million", {"1.5 million", "3 million", "1983"}),
        ("economy", "The top rate of income tax", {"83%", "60%", "40%", "1988"}),
        ("economy", "The number of people owning shares", {"3 million", "9 million", "1979"}),
        ("economy", "The miners' strike lasted from", {"1984", "1985"}),
        ("economy", "Manufacturing's share of output", {"25%", "17%"}),
    ],
)
def test_neither_end_of_a_range_is_blanked(
    request: pytest.FixtureRequest, questions: str, line: str, ends: set[str]
) -> None:
    asked: list[Question] = request.getfixturevalue(questions)
    assert not _asked_on(asked, line) & ends, [
        q.prompt for q in asked if q.source_fact.startswith(line)
    ]


def test_numbers_nothing_gives_away_are_still_asked(
    genetics: list[Question], electricity: list[Question], economy: list[Question]
) -> None:
    assert "20,000" in _asked_on(genetics, "The human genome contains")
    assert "50" in _asked_on(electricity, "UK mains electricity is")
    assert "17%" in _asked_on(economy, "Interest rates were raised")


# --- class 5: wrong numbers a student cannot rule out by arithmetic ---------------------------

SPOTTED_DECKS = [
    NOTES / "genetics_inheritance.txt",
    NOTES / "electricity_circuits.md",
    NOTES / "economy_1970s.txt",
    NOTES / "cold_war_tables.md",
    NOTES.parent / "review" / "weimar_germany.md",
    NOTES.parent / "review" / "tectonic_hazards.txt",
    NOTES.parent / "yield" / "economics_markets.txt",
]


def _numeric_choices(path: Path) -> list[Question]:
    deck = questioning.imported_notes(path)
    return [
        q
        for q in questioning.every_question(deck, range(3), QuestionKind.CHOICE)
        if parse_number(q.answers[0]) is not None
        and parse_number(q.answers[0]).kind is not SpanKind.YEAR  # type: ignore[union-attr]
    ]


@pytest.mark.parametrize("path", SPOTTED_DECKS, ids=lambda p: p.name)
def test_wrong_numbers_never_step_evenly_or_multiply_the_answer(path: Path) -> None:
    """Before: 12 V among 18 / 24 / 36, 27,000 among 6,750 / 13,500 / 20,250, 8% among 4 / 16 /
    32: the answer is the one the others are built from."""
    asked = _numeric_choices(path)
    assert asked
    for q in asked:
        values = sorted(parse_number(o).value for o in q.options)  # type: ignore[union-attr]
        answer = parse_number(q.answers[0]).value  # type: ignore[union-attr]
        assert len({b - a for a, b in pairwise(values)}) > 1, (q.prompt, q.options)
        assert len({b / a for a, b in pairwise(values)}) > 1, (q.prompt, q.options)
        wrong = [v for v in values if v != answer]
        assert len(wrong) < 3 or len({b - a for a, b in pairwise(wrong)}) > 1, q.options
        assert not all(
            (v / answer).denominator == 1 or (answer / v).denominator == 1 for v in wrong
        ), (
            q.prompt,
            q.options,
        )


def test_the_decks_own_values_of_the_unit_come_first() -> None:
    lamp = Topic(
        id="lamps",
        title="Lamps",
        facts=(
            Fact("A lamp of resistance 47 Ω glows dimly in this circuit."),
            Fact("A 9 V battery powers the lamp for 3 hours."),
        ),
    )
    others = Topic(
        id="appliances",
        title="Appliances",
        facts=(
            Fact("The fixed resistor in the sensor circuit is 22 Ω."),
            Fact("A kettle element has a resistance of about 30 Ω."),
            Fact("The motor coil has a resistance of 68 Ω when cold."),
        ),
    )
    deck = Deck(id="physics", title="Physics", topics=(lamp, others))
    asked = [
        q
        for q in questioning.every_question(deck, range(4), QuestionKind.CHOICE)
        if q.answers[0] == "47"
    ]
    assert asked
    for q in asked:
        # Other resistances of the notes, not 9 (volts) nor 3 (hours), nor made-up multiples.
        assert set(q.options) <= {"47", "22", "30", "68"}, q.options


def test_a_multiple_in_words_the_stem_works_out_is_not_blanked(economy: list[Question]) -> None:
    """Before: "OPEC raised the price of oil _____, from 3 dollars to 12 dollars" -> fourfold."""
    assert "fourfold" not in _asked_on(economy, "Oil Crisis (1973): OPEC raised")
    assert "OPEC" in _asked_on(economy, "Oil Crisis (1973): OPEC raised")


def test_a_true_false_never_changes_a_value_the_statement_works_out() -> None:
    """Before: "Each human body cell has 13 pairs of chromosomes (46 in total)", "1 Ω and 3 Ω
    make 5 Ω": false on sight. Such a value is not the claim of a true/false either."""
    asked = [
        q
        for name in ("genetics_inheritance.txt", "electricity_circuits.md")
        for q in questioning.every_question(
            questioning.imported_notes(NOTES / name), range(4), QuestionKind.TRUE_FALSE
        )
    ]
    assert asked
    for q in asked:
        for line in (
            "Each human body cell has",
            "In a series circuit the total resistance",
            "A 12 V battery driving 3 A",
            "Each child of two carriers",
            "Probability of a boy is",
        ):
            if q.source_fact.startswith(line):
                assert q.answers == ("True",), q.prompt  # nothing changed in it


RANGED = (
    "Inflation rose from 8% in 1972",
    "Inflation fell from 18%",
    "Unemployment rose from 1.5 million",
    "The top rate of income tax",
    "Manufacturing's share of output",
    "The number of people owning shares",
)


def _ends(text: str) -> tuple[float, float]:
    """The first two numbers of a range's own kind after "from" ("8% … 24%", "1.5 million …")."""
    after = text.split(" from ", 1)[1]
    found = re.findall(r"(\d+(?:\.\d+)?)(%| million)", after)
    return float(found[0][0]), float(found[1][0])


def test_a_true_false_never_turns_a_range_round() -> None:
    """Before: "Inflation rose from 40% in 1972 to 24% in 1975": false on sight."""
    deck = questioning.imported_notes(NOTES / "economy_1970s.txt")
    made = questioning.every_question(deck, range(8), QuestionKind.TRUE_FALSE)
    checked = 0
    for q in made:
        if q.answers == ("False",) and q.source_fact.startswith(RANGED):
            start, end = _ends(q.prompt)
            was_start, was_end = _ends(q.source_fact)
            assert (start < end) == (was_start < was_end) and start != end, q.prompt
            checked += 1
    assert checked
