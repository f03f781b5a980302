"""A name with a particle joined to its words ("Abu Yusuf al-Kindi", "Jean d'Orbais") is one name
in the deck's list, not its pieces (round 22 and session 19: the list held "Nur", "Din",
"Salah", "Jean", "Orbais"), and its end, with or without the particle, names the person as a
surname does ("al-Kindi", "Kindi", "d'Orbais"), unless the name is one of two halves ("Shams
al-Din": "Din" is no one's name)."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# The House of Wisdom in Abbasid Baghdad, in no deck of the reviews nor of the session's probes.
NOTES = """# The House of Wisdom, Baghdad
## Translators and scholars
- **Hunayn ibn Ishaq** translated Galen into Arabic
- **Abu Yusuf al-Kindi** wrote on optics and music; called the philosopher of the Arabs
- **Muhammad ibn Musa al-Khwarizmi** – algebra, c. 820; the word algorithm comes from his name
- **Shams al-Din** copied the star tables in the library
- **Jean d'Orbais** is no scholar of Baghdad, but a French mason named here as a test of names
"""


@pytest.fixture(scope="module")
def entities() -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(NOTES, format="markdown", source_name="wisdom.md")))
    return QuestionGenerator(deck).entities()


@pytest.mark.parametrize(
    "name",
    ["Hunayn ibn Ishaq", "Abu Yusuf al-Kindi", "Muhammad ibn Musa al-Khwarizmi", "Shams al-Din"],
)
def test_a_name_with_particles_is_kept_whole(entities: tuple[str, ...], name: str) -> None:
    assert name in entities
    assert "Din" not in entities and "Kindi" not in entities and "Yusuf" not in entities


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Abu Yusuf al-Kindi", "al-Kindi"),
        ("Abu Yusuf al-Kindi", "Kindi"),
        ("Muhammad ibn Musa al-Khwarizmi", "al-Khwarizmi"),
        ("Jean d'Orbais", "d'Orbais"),
        ("Jean d'Orbais", "Orbais"),
    ],
)
def test_the_end_of_a_particle_name_names_the_person(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    for others in ((), entities):
        result = grade(expected, given, others=others)
        assert result.correct, result
        assert result.reason == f"Accepted — in full, “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Shams al-Din", "Din"),  # one name in two halves
        ("Abu Yusuf al-Kindi", "Yusuf"),  # a middle word, not the end
        ("Abu Yusuf al-Kindi", "Hunayn ibn Ishaq"),
    ],
)
def test_a_piece_that_names_no_one_is_refused(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=entities)
    assert not result.correct, result
    assert Grader(entities).grade(expected, given) == result
