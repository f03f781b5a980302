"""A person by the short name the notes themselves use, in a quiz and in `grade()` given the
deck's entities (round 22: "Harris" for Townsend Harris, "Admiral Togo"; session 20's probes:
"Tycho", "Sultan Murad"; "Louis" for Louis II refused):

- a surname, where a line writes the name as a person's ("the letter was carried by Ascelin
  Marsh"), even when it is a word of English; not a title after a name ("Hülegü Khan");
- a first name the notes write alone ("Rabban's diary"), when no other name opens with it;
- never a later ruler by his name without his number ("Ivan" for Ivan III, "Prince Ivan"):
  the name alone is an earlier ruler's too, named in the notes or not (Béla III beside Béla IV;
  `test_grading_ruler_numbers_and_word_endings` has the first of a name);
- a Japanese family name first, written with its long vowels marked, whose folded letters
  spell an English word ("Gotō" is not "goto").
"""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# The Mongol Empire and its neighbours, in no deck of the reviews nor of the session's probes
# ("Ascelin Marsh" is a made-up envoy: a first name no list holds and a surname that is a word).
NOTES = """# The Mongol Empire
## Envoys
- the Pope's letter of 1245 was carried by Ascelin Marsh, a Dominican
- **Rabban Sauma** travelled from Beijing to Rome (1287)
  - Rabban's diary describes Paris and Genoa
- Baghdad was sacked by Hülegü Khan in 1258
## Neighbours
- **Ivan III** of Moscow ended the tribute to the Horde in 1480
- **Béla IV** of Hungary lost the battle of Mohi (1241)
- his father Béla III had built the royal palace at Esztergom
- the minister Gotō Shōjirō is no Mongol, but a name to test family names by
"""


@pytest.fixture(scope="module")
def entities() -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(NOTES, format="markdown", source_name="mongols.md")))
    return QuestionGenerator(deck).entities()


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Ascelin Marsh", "Marsh"),
        ("Rabban Sauma", "Rabban"),
        ("Gotō Shōjirō", "Goto"),
    ],
)
def test_the_short_name_the_notes_use_is_accepted(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert result.reason == f"Accepted — in full, “{expected}”."
    assert Grader(entities).grade(expected, given) == result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Béla IV", "Béla"),  # Béla III too
        ("Béla IV", "King Béla"),
        ("Hülegü Khan", "Khan"),  # a title, not his name
        ("Ivan III", "Ivan IV"),
        ("Ivan III", "Ivan"),  # Ivan I and II reigned too: the number says which
        ("Ivan III", "Prince Ivan"),
        ("Rabban Sauma", "Sauma Rabban Marsh"),
    ],
)
def test_a_short_name_that_says_no_one_is_refused(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=entities)
    assert not result.correct, result


@pytest.mark.parametrize(
    ("expected", "given"), [("Ascelin Marsh", "Marsh"), ("Ivan III", "Ivan"), ("Béla IV", "Béla")]
)
def test_a_bare_grade_knows_no_notes_and_refuses(expected: str, given: str) -> None:
    assert not grade(expected, given).correct
