"""Numbers as a student types them and a teacher accepts (round 25: "12½%" was read as 12 and
refused for 12.5%; "164 sq miles" refused where the notes write "425 km2 (164 sq miles)"; "4.5
to 5.5" refused for "pH 4.5–5.5"): a vulgar fraction or a mixed number is its value, a
quantity the notes give in two units is right in either, and the name of a scale written before
its reading ("pH", "Mach") is not needed."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("12.5%", "12½%"),  # a vulgar fraction after its whole number
        ("12.5%", "12 1/2%"),  # a mixed number typed with a slash
        ("12.5%", "12 and a half per cent"),
        ("2.5 turns", "2½ turns"),  # horology: turns of a mainspring's key
        ("3.75 kg", "3¾ kg"),  # cheese making: a wheel's weight
        ("0.5", "½"),
        ("2.5 million", "2½ million"),
        ("pH 4.6–5.0", "4.6 to 5.0"),  # cheese making: the scale's name before its reading
        ("pH 5.2", "5.2"),
        ("12", "a dozen"),  # falconry: hawks carried on a cadge
        ("24 jewels", "two dozen jewels"),  # horology
        ("1.5 million", "one and a half million"),  # cheese making: tonnes of Cheddar a year
    ],
)
def test_a_number_typed_another_way_is_right(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("12.5%", "12%"),  # the whole number alone is another number
        ("12.5%", "12¼%"),
        ("2.5 turns", "2⅓ turns"),
        ("pH 5.2", "pH 6.2"),
        ("pH 4.6–5.0", "4.6"),  # one end of the range
        ("20", "20 30/40"),  # no proper fraction after it: no number
        ("24 jewels", "a dozen jewels"),
    ],
)
def test_another_number_is_still_wrong(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason.startswith("Not quite")


def _entities(notes: str, name: str) -> tuple[str, ...]:
    fmt = "markdown" if name.endswith(".md") else "outline"
    deck = parse_deck(dump_deck(import_text(notes, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


# Two decks in other subjects and styles, each giving figures in two units.
CHEESE = """# Cheddar making
## The vat
- A farmhouse vat holds 4,500 litres (990 gallons) of milk.
- Each cheese is pressed in a mould about 30 cm (12 in) across.
- The cheddaring room floor covers 120 m2 (1,290 sq ft).
- A clothbound truckle weighs 27 kg (60 lb) when it leaves the press.
"""

CLOCKS = """Tower clocks - revision sheet

Big Ben
  - The clock tower is 96 m (316 ft) tall.
  - Each minute hand is 4.2 m (14 ft) long.
  - The bell called Big Ben weighs 13.7 tonnes (13.5 tons).
  - The dials cover 40 sq metres (430 sq ft) each.
"""


@pytest.mark.parametrize(
    ("notes", "name", "expected", "given"),
    [
        (CHEESE, "cheddar.md", "4,500 litres", "990 gallons"),
        (CHEESE, "cheddar.md", "120 m2", "1,290 sq ft"),
        (CHEESE, "cheddar.md", "27 kg", "60 lb"),
        (CLOCKS, "towers.txt", "96 m", "316 ft"),
        (CLOCKS, "towers.txt", "316 ft", "96 metres"),
        (CLOCKS, "towers.txt", "13.7 tonnes", "13.5 tons"),
        (CLOCKS, "towers.txt", "40 sq metres", "430 sq ft"),
    ],
)
def test_a_quantity_in_the_other_unit_the_notes_give_is_right(
    notes: str, name: str, expected: str, given: str
) -> None:
    result = Grader(_entities(notes, name)).grade(expected, given)
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("notes", "name", "expected", "given"),
    [
        (CHEESE, "cheddar.md", "4,500 litres", "990 litres"),  # the figure, not the unit's
        (CHEESE, "cheddar.md", "120 m2", "1,290 m2"),
        (CHEESE, "cheddar.md", "27 kg", "12 in"),  # another pair's figure
        (CLOCKS, "towers.txt", "96 m", "14 ft"),
        (CLOCKS, "towers.txt", "96 m", "315 ft"),
    ],
)
def test_another_figure_or_the_wrong_unit_is_still_wrong(
    notes: str, name: str, expected: str, given: str
) -> None:
    result = Grader(_entities(notes, name)).grade(expected, given)
    assert not result.correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("lysozyme hydrochloride", "lysozyme"),  # cheese making: lysozyme is an enzyme itself
        ("tricalcium phosphate", "tricalcium"),
        ("dicalcium phosphate", "dicalcium"),
    ],
)
def test_the_first_word_of_a_compound_is_another_substance(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Sankey diagram", "Sankey"),  # a name says which diagram alone
        ("Bunsen burner", "Bunsen"),
        ("lysozyme hydrochloride", "lysozyme hydrochlorid"),  # a slip is still a slip
    ],
)
def test_a_name_before_a_plain_noun_and_slips_are_still_right(expected: str, given: str) -> None:
    assert grade(expected, given).correct


@pytest.mark.parametrize(
    ("expected", "given", "right"),
    [
        ("30 °C", "30 °F", False),  # two scales, not one
        ("30 °C", "30 degrees", True),  # a bare "degrees" may be either
        ("3 to 24 months", "3 to 24 weeks", False),  # a range's unit is after its second number
        ("3 to 24 months", "3-24 months", True),
        ("320 km/h", "320 kph", True),  # falconry: a stoop's speed, the unit with a slash
        ("320 km/h", "320 mph", False),
        ("32,768 Hz", "32,768 kHz", False),  # horology: a quartz crystal's frequency
        ("32,768 Hz", "32.768 kHz", True),  # the same frequency in another multiple
        ("5.2 in", "5.2 cm", False),  # "in" ending the answer is inches
        ("5.2 in", "5.2 inches", True),
    ],
)
def test_the_unit_typed_must_be_the_notes_unit(expected: str, given: str, right: bool) -> None:
    result = grade(expected, given)
    assert result.correct is right, result.reason
    if not right:
        assert result.reason == f"Not quite — check the unit: the notes say “{expected}”."


def test_the_other_units_figure_alone_is_no_answer() -> None:
    # "72 °C (162 °F)": 162 typed alone answers no question the notes ask in °C
    notes = "# Pasteurising\n- Milk is heated to 72 °C (162 °F) for 15 seconds.\n"
    grader = Grader(_entities(notes, "pasteur.md"))
    assert grader.grade("72 °C", "162 °F").correct
    refused = grader.grade("72 °C", "162")
    assert not refused.correct
    assert refused.reason == "Not quite: 162 is not 72."
