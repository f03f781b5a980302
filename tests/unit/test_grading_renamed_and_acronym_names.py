"""Other names the notes give a thing with words that say so, or by an acronym, are right answers
for it when a quiz on the deck grades them (round 25: "Gaillard Cut" for the Culebra Cut,
"theine" for caffeine, "ACP" and the Spanish name for the Panama Canal Authority, "VOC" for the
Dutch East India Company, "PPO" for polyphenol oxidase were refused):

- a name after "renamed", "once called", "formerly known as", "now called" — of the name before
  "was renamed", of the line's label, or of the line a sub-bullet hangs from;
- "Name (ACR - words in another language)": all three;
- a body's acronym in its own language after its English name;
- a lower-case name whose words give more than one letter each to its acronym.

Names the notes do not set equal stay wrong."""

from __future__ import annotations

import pytest

from bot.grading import Grader
from bot.questions import QuestionGenerator
from bot.questions._notes_renames import renamed
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# Horology, a plain-text handout with numbered sub-items and sub-bullets.
CLOCKS = """Clocks and watches - revision handout

1. Escapements
  (i) Verge escapement - the earliest mechanical escapement, c. 1300.
        - Used with a foliot, a swinging bar with weights.
  (ii) Anchor escapement - invented c. 1657 for pendulum clocks.
        - Later called the recoil escapement, because the seconds hand jerks back.
  (iii) Dead-beat escapement - no recoil; used in regulators by George Graham.
  - The lever escapement of a watch was once called the "English lever".
2. Makers and bodies
  - Thomas Tompion - "father of English clockmaking".
  - The British Horological Institute (BHI - British Horological Institute) trains repairers.
  - Swiss Watch Federation (FH - Fédération Horlogère) speaks for Swiss makers.
  - Federation of the Swiss Watch Industry (FH) keeps the Swiss made rules.
  - Greenwich Mean Time: the time at Greenwich; now called Coordinated Universal Time in law.
  - The hairspring is made of a nickel alloy; its balance wheel (BW) swings.
  - A temperature compensating balance (TCB) has a bimetallic rim.
  - The Observatory at Neuchâtel was renamed Neuchâtel Chronometry Office in 1950.
  - The remontoire (also spelt remontoir) gives the escapement a constant force.
  - Clockmakers Company: the London guild, formerly the Fraternity of Clockmakers.
"""

# Cheese making, a Markdown page with a glossary.
CHEESE = """# Cheese making

## Milk and enzymes
- **Rennet** – enzyme mix from a calf's stomach; formerly known as "runnet".
- The main enzyme is **chymosin**, once called "rennin".
- **Lipase** – breaks down fat; gives Parmesan its sharp taste.
- **glucono delta-lactone (GDL)** – acidifies milk without cultures.
- Starter bacteria make **lactic acid**.

## Bodies
- The Protected Designation of Origin (PDO - Protected Designation of Origin) covers Stilton.
- Italian Parmesan makers belong to the Consortium of Parmigiano Reggiano (CFPR).
- The Specialist Cheesemakers Association (SCA) runs a code of practice.

## Glossary
- **Curd** – the solid part of coagulated milk.
- **Whey** – the liquid left over; used to make ricotta.
"""


def _entities(notes: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(notes, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def clocks() -> Grader:
    return Grader(_entities(CLOCKS, "outline", "clocks.txt"))


@pytest.fixture(scope="module")
def cheese() -> Grader:
    return Grader(_entities(CHEESE, "markdown", "cheese.md"))


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Anchor escapement", "recoil escapement"),  # a sub-bullet's "Later called"
        ("recoil escapement", "Anchor escapement"),  # either way round
        ("lever escapement", "English lever"),  # "was once called" after its name
        ("Greenwich Mean Time", "Coordinated Universal Time"),  # "now called" after the label
        ("Observatory at Neuchâtel", "Neuchâtel Chronometry Office"),  # "X was renamed Y"
        ("remontoire", "remontoir"),  # "(also spelt …)"
        ("Clockmakers Company", "Fraternity of Clockmakers"),  # "formerly the …"
    ],
)
def test_a_name_the_notes_say_it_had_or_has_is_right(
    clocks: Grader, expected: str, given: str
) -> None:
    result = clocks.grade(expected, given)
    assert result.correct, result.reason
    assert expected in result.reason or result.expected == expected


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Rennet", "runnet"),  # "formerly known as" after the label
        ("chymosin", "rennin"),  # "…, once called" after a name in a sentence
        ("glucono delta-lactone", "GDL"),
        ("GDL", "glucono delta-lactone"),
        ("Specialist Cheesemakers Association", "SCA"),
        ("Consortium of Parmigiano Reggiano", "CFPR"),  # an acronym in its own language
        ("CFPR", "Consortium of Parmigiano Reggiano"),
    ],
)
def test_cheese_deck_other_names_are_right(cheese: Grader, expected: str, given: str) -> None:
    result = cheese.grade(expected, given)
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Swiss Watch Federation", "FH"),  # "(FH - Fédération Horlogère)": all three are one
        ("Swiss Watch Federation", "Fédération Horlogère"),
        ("FH", "Federation Horlogere"),
        ("temperature compensating balance", "TCB"),
    ],
)
def test_an_acronym_in_brackets_with_its_words_is_right(
    clocks: Grader, expected: str, given: str
) -> None:
    result = clocks.grade(expected, given)
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("grader", "expected", "given"),
    [
        ("clocks", "Anchor escapement", "Verge escapement"),  # another item of the list
        ("clocks", "Anchor escapement", "Dead-beat escapement"),
        ("clocks", "Thomas Tompion", "father of English clockmaking"),  # an epithet, no cue
        ("clocks", "Greenwich Mean Time", "Greenwich"),
        ("cheese", "Rennet", "chymosin"),  # named in its definition, not set equal
        ("cheese", "chymosin", "Rennet"),
        ("cheese", "Lipase", "Parmesan"),
        ("cheese", "Whey", "ricotta"),
        ("cheese", "Specialist Cheesemakers Association", "PDO"),
    ],
)
def test_names_the_notes_do_not_set_equal_stay_wrong(
    request: pytest.FixtureRequest, grader: str, expected: str, given: str
) -> None:
    result = request.getfixturevalue(grader).grade(expected, given)
    assert not result.correct, result.reason


# Falconry, a flashcard export (term, tab, definition); and a Markdown table.
FALCONRY = """#separator:tab
#html:false
DDT\tdichlorodiphenyltrichloroethane; a pesticide that thinned peregrine eggshells
MAIN\tMoult, Age, Imprint, Nest: what a breeder records
Hawk Board\tthe falconers' body; formerly the Hawk Board Consultative Committee
eyass\ta young hawk taken from the nest; also spelt eyas
"""

BIRDS = """# Birds flown in falconry

| Bird | Weight | Note |
| --- | --- | --- |
| Peregrine falcon | 1 kg | Latin name Falco peregrinus |
| Harris's hawk | 0.9 kg | hunts in family groups |
"""


@pytest.fixture(scope="module")
def falconry() -> Grader:
    entities = _entities(FALCONRY, "tsv", "falconry.tsv") + _entities(BIRDS, "markdown", "b.md")
    return Grader(entities)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("DDT", "dichlorodiphenyltrichloroethane"),  # one word holding the letters, before ";"
        ("MAIN", "moult, age, imprint, nest"),  # the whole list its letters stand for
        ("Hawk Board", "Hawk Board Consultative Committee"),  # "formerly the …"
        ("eyass", "eyas"),  # "also spelt …"
        ("Peregrine falcon", "Falco peregrinus"),  # a table row's "Latin name …"
    ],
)
def test_falconry_other_names_are_right(falconry: Grader, expected: str, given: str) -> None:
    result = falconry.grade(expected, given)
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("MAIN", "Moult"),  # one item of a list the letters stand for
        ("Peregrine falcon", "Harris's hawk"),  # another row of the table
        ("eyass", "Hawk Board"),
    ],
)
def test_falconry_names_not_set_equal_stay_wrong(
    falconry: Grader, expected: str, given: str
) -> None:
    assert not falconry.grade(expected, given).correct


# Falconry and cheese making, a plain-text glossary.
GLOSSARY = """Glossary

Mews / hawk house - the building where hawks are kept while moulting
Creance: a long line used before the hawk is flown free
Jesses: the straps fixed to a hawk's legs
Vat / curd tub - the vessel in which milk is set with rennet
Falconers carry hawks on leather straps called "jesses".
Curd knives (harps) cut the curd into cubes.
Distance: measured in yards / metres on the field
"""


@pytest.fixture(scope="module")
def glossary() -> Grader:
    return Grader(_entities(GLOSSARY, "outline", "glossary.txt"))


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Mews", "hawk house"),  # a label of two names, a slash between
        ("hawk house", "Mews"),
        ("Vat", "curd tub"),
        ("jesses", "leather straps"),  # 'straps called "jesses"', the term in quotes
    ],
)
def test_a_slashed_label_and_a_quoted_called_name_are_right(
    glossary: Grader, expected: str, given: str
) -> None:
    result = glossary.grade(expected, given)
    assert result.correct, result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Mews", "Creance"),
        ("yards", "metres"),  # a slash inside a definition is no label
        ("Vat", "harps"),
    ],
)
def test_other_words_of_the_glossary_stay_wrong(
    glossary: Grader, expected: str, given: str
) -> None:
    assert not glossary.grade(expected, given).correct


def test_a_line_of_thousands_of_cues_reads_a_few() -> None:
    # a hostile upload: one line naming a thing again and again
    line = "Fusee – a cone-shaped pulley; " + "; ".join(f'aka "name{k}"' for k in range(5000))
    found = list(renamed(line))
    assert 0 < len(found) <= 8
    assert found[0] == ("Fusee", "name0")


# Horology and falconry, an outline with a ratio, an abbreviation and a ruler.
SHORTHAND = """Gears and rulers

Cheaper b/c: quartz movements need no adjusting
Ratio: Np / Nw = teeth on pinion over teeth on wheel
Frederick II - wrote on falconry; also spelt Friedrich
Motion work - turns the hands (hour/minute)
"""


@pytest.fixture(scope="module")
def shorthand() -> Grader:
    return Grader(_entities(SHORTHAND, "outline", "shorthand.txt"))


def test_a_ruler_named_otherwise_keeps_his_number(shorthand: Grader) -> None:
    assert shorthand.grade("Frederick II", "Friedrich II").correct
    refused = shorthand.grade("Frederick II", "Friedrich")
    assert not refused.correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Cheaper b", "c"),  # "b/c" is "because": no label of two names
        ("Np", "Nw"),  # a ratio, not two names
        ("Motion work", "hour minute"),  # "(hour/minute)": two things, a slash between
    ],
)
def test_slashes_that_join_no_names_give_none(shorthand: Grader, expected: str, given: str) -> None:
    assert not shorthand.grade(expected, given).correct
