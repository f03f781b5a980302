"""Every name a deck's tables show is a name of the deck, and a row's "Other name" cell names the
row's thing again (issue 14, round-24 blind review: "zygospores" accepted as a slip of
"zoospores" where both sat in the deck's phyla table; "cap" refused for "pileus" given in the
same row). The decks are written for these tests, in subjects of their own: a Markdown handout
on the open ocean and an HTML club page on dinosaurs. `grade(…, others=deck entities)` and the
deck's own `Grader` give one verdict."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

OCEAN = """# The open ocean – revision

## Zones of the water column

| Zone | Other name | Depth | Light |
|---|---|---|---|
| Epipelagic | sunlight zone | 0–200 m | euphotic |
| Mesopelagic | twilight zone | 200–1,000 m | dysphotic |
| Bathypelagic | midnight zone | 1,000–4,000 m | aphotic |
| Abyssopelagic | abyssal zone | 4,000–6,000 m | aphotic |
| Hadopelagic | hadal zone | below 6,000 m (trenches) | aphotic |

- Most photosynthesis happens in the top layer; **phytoplankton** make about half the world's oxygen.
- **Marine snow** – organic debris drifting down from above; food for deep animals.

## Living things by how they move

| Group | Meaning | Examples |
|---|---|---|
| Plankton | drifters | copepods, krill, diatoms |
| Nekton | active swimmers | tuna, squid, whales |
| Benthos | bottom dwellers | sea cucumbers, brittle stars |
"""

DINOSAURS = """<html><body><h1>Dinosaurs – club notes</h1>
<h2>Periods</h2>
<table>
<tr><th>Period</th><th>Began</th><th>Typical dinosaurs</th></tr>
<tr><td>Triassic</td><td>252 million years ago</td><td>Coelophysis, Plateosaurus</td></tr>
<tr><td>Jurassic</td><td>201 million years ago</td><td>Stegosaurus, Allosaurus</td></tr>
<tr><td>Cretaceous</td><td>145 million years ago</td><td>Triceratops, Iguanodon</td></tr>
</table>
<h2>After the dinosaurs</h2>
<p>The <strong>Paleocene</strong> began with the extinction; mammals spread.</p>
<table>
<tr><th>Epoch</th><th>Began</th><th>Event</th></tr>
<tr><td>Eocene</td><td>56 million years ago</td><td>first whales</td></tr>
<tr><td>Miocene</td><td>23 million years ago</td><td>grasslands spread</td></tr>
<tr><td>Pliocene</td><td>5.3 million years ago</td><td>first hominins walk upright</td></tr>
</table>
<h2>Two orders</h2>
<table>
<tr><th>Order</th><th>Common name</th><th>Hip</th></tr>
<tr><td>Saurischia</td><td>lizard-hipped</td><td>pubis points forward</td></tr>
<tr><td>Ornithischia</td><td>bird-hipped</td><td>pubis points backward</td></tr>
</table>
<ul>
<li><strong>Richard Owen</strong> coined the word <em>Dinosauria</em> ("terrible lizards") in 1842</li>
<li>The <strong>Chicxulub crater</strong> (Mexico) marks the asteroid impact 66 million years ago</li>
</ul>
</body></html>
"""


def _entities(text: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(text, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def ocean() -> tuple[str, ...]:
    return _entities(OCEAN, "markdown", "ocean.md")


@pytest.fixture(scope="module")
def dinosaurs() -> tuple[str, ...]:
    return _entities(DINOSAURS, "html", "dinosaurs.html")


def _both(expected: str, given: str, entities: tuple[str, ...]) -> bool:
    """The verdict of `grade(…, others=…)`, checked against the deck's own grader's."""
    verdict = grade(expected, given, others=entities)
    assert Grader(entities).grade(expected, given) == verdict
    return verdict.correct


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Epipelagic", "sunlight zone"),  # "Other name" column, both ways round
        ("sunlight zone", "Epipelagic"),
        ("Hadopelagic", "hadal zone"),
        ("Plankton", "drifters"),  # "Meaning" column
        ("Nekton", "active swimmers"),
    ],
)
def test_a_table_rows_other_name_is_accepted_ocean(
    ocean: tuple[str, ...], expected: str, given: str
) -> None:
    assert _both(expected, given, ocean)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Saurischia", "lizard-hipped"),  # "Common name" column, both ways round
        ("lizard-hipped", "Saurischia"),
        ("Ornithischia", "bird-hipped"),
    ],
)
def test_a_table_rows_other_name_is_accepted_dinosaurs(
    dinosaurs: tuple[str, ...], expected: str, given: str
) -> None:
    assert _both(expected, given, dinosaurs)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Mesopelagic", "midnight zone"),  # another row's other name
        ("Epipelagic", "twilight zone"),
        ("Benthos", "Nekton"),
        ("Plankton", "active swimmers"),
    ],
)
def test_another_rows_name_is_refused(ocean: tuple[str, ...], expected: str, given: str) -> None:
    assert not _both(expected, given, ocean)


def test_another_rows_common_name_is_refused(dinosaurs: tuple[str, ...]) -> None:
    assert not _both("Ornithischia", "lizard-hipped", dinosaurs)


def test_a_slip_landing_on_a_table_cell_is_that_other_thing(dinosaurs: tuple[str, ...]) -> None:
    """ "Pliocene" is a letter or two from "Paleocene", and a row of the epochs table: the student
    named the other epoch. A slip of "Paleocene" that names nothing else is still a slip."""
    assert "Pliocene" in dinosaurs
    refused = grade("Paleocene", "Pliocene", others=dinosaurs)
    assert not refused.correct
    assert "Pliocene" in refused.reason
    assert _both("Paleocene", "Paleocine", dinosaurs)


def test_every_short_cell_is_a_name_of_the_deck(ocean: tuple[str, ...]) -> None:
    """Cells listing things, a cell's light word and a row's key are each a name; a depth, a
    sentence or a bracket's remark is none."""
    folded = {name.casefold() for name in ocean}
    assert {"krill", "diatoms", "brittle stars", "dysphotic", "aphotic", "bathypelagic"} <= folded
    assert not folded & {"0–200 m", "below 6,000 m", "trenches)"}


FLOWERS = """Parts of a flower
  Part | Other name | Job
  petals | corolla | attract insects
  sepals | calyx | protect the bud
  stamens | androecium | make pollen
"""

KNOTS = """Knots
  Knot | Also known as | Use
  reef knot | square knot | joining two ends of one line
  clove hitch | builder's knot | tying to a post
  sheet bend | weaver's knot | joining two ropes
"""


@pytest.mark.parametrize(
    ("notes", "expected", "given", "right"),
    [
        (FLOWERS, "petals", "corolla", True),  # rows typed with bars, under a header
        (FLOWERS, "calyx", "sepals", True),
        (FLOWERS, "petals", "calyx", False),  # another row's other name
        (KNOTS, "reef knot", "square knot", True),
        (KNOTS, "builder's knot", "clove hitch", True),
        (KNOTS, "sheet bend", "builder's knot", False),
    ],
)
def test_rows_typed_with_bars_are_read_as_a_table(
    notes: str, expected: str, given: str, right: bool
) -> None:
    entities = _entities(notes, "outline", "notes.txt")
    assert _both(expected, given, entities) is right
