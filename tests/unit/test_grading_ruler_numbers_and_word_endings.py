"""Two look-alikes a teacher refuses though only a number or a letter is missing (round 23's
false accepts, here on decks of other subjects):

- a later ruler by his name without his number ("Leo" for Leo III, "Emperor Constantine" for
  Constantine V): the name alone is also an earlier ruler's — Constantine V is not Constantine
  the Great — whether or not the notes name him; the student is told the number was missing.
  The first of the name ("Basil" for Basil I) is still named by it when no other entity of the
  deck bears the name;
- a word and the same word with the ending "-i" ("Hindustan" / "Hindustani", "Oman" /
  "Omani"): a place or an office and what belongs to it, two words, not a slip of one letter;
  a name cut short that leaves no syllable ("Delh" for Delhi), or a letter dropped inside a
  word, is still the hand's slip (a country's people for the country stay right: `_places`).
"""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# The Byzantine iconoclasm, in no deck of the reviews nor of the session's probes.
NOTES = """# Byzantine iconoclasm
## The emperors
- **Leo III** the Isaurian removed the Chalke icon of Christ (726)
- his son **Constantine V** called the Council of Hieria (754)
- **Irene** restored the icons at the Second Council of Nicaea (787)
- **Basil I** founded the Macedonian dynasty (867)
## The defenders of icons
- **John of Damascus** wrote three treatises against the iconoclasts
- **Theodore the Studite** led the monks of Stoudios
"""


@pytest.fixture(scope="module")
def entities() -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(NOTES, format="markdown", source_name="icons.md")))
    return QuestionGenerator(deck).entities()


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Leo III", "Leo"),
        ("Constantine V", "Constantine"),
        ("Constantine V", "Emperor Constantine"),
        ("Henry VIII", "Henry"),
    ],
)
def test_a_later_ruler_without_his_number_is_refused(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    for result in (grade(expected, given, others=entities), grade(expected, given)):
        assert not result.correct, result
        assert (
            result.reason == f"Not quite — the number says which ruler: the answer is “{expected}”."
        )


def test_the_first_of_the_name_is_named_by_it(entities: tuple[str, ...]) -> None:
    result = grade("Basil I", "Basil", others=entities)
    assert result.correct, result
    assert result.reason == "Accepted — in full, “Basil I”."
    assert Grader(entities).grade("Basil I", "Basil") == result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Hindustani", "Hindustan"),  # the music of the north, not the land
        ("Omani", "Oman"),
        ("Azerbaijani", "Azerbaijan"),
    ],
)
def test_a_word_and_its_i_form_are_two_words(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result
    assert result.reason == f"Not quite — “{given}” is another word; the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [("Delhi", "Delh"), ("Helsinki", "Helsink"), ("Hindustani", "Hindustni")],
)
def test_a_letter_left_out_is_still_a_slip(expected: str, given: str) -> None:
    assert grade(expected, given).correct
