"""Shouted section titles in sentence case however the notes quote titles (session 20, issue 14):
notes that quote a work's title inside a line ("(The Red Vineyard)") made "THE" a name, so
"PARIS IN THE 1860S" read "Paris in The 1860S" in every stem of its section, its decade's "S"
kept as a capital letter. Notes written for these tests (jazz, shipbuilding), not a review deck."""

from __future__ import annotations

from bot.questions import QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.importers.casing import readable
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

JAZZ = """EARLY JAZZ - REVISION OUTLINE

1. NEW ORLEANS IN THE 1910S
  - Storyville was the city's licensed district until 1917
  - Brass bands played at parades and funerals (the "second line")
  - King Oliver led the Creole Jazz Band; his best-known record was (The Dipper Mouth Blues)

2. THE MOVE TO CHICAGO
  - Louis Armstrong joined King Oliver in Chicago in 1922
  - The Hot Five recordings (1925-28) made the soloist the star
  - Of the early records, West End Blues (1928) is the most studied
"""

SHIPS = """SHIPBUILDING ON THE CLYDE
  - In the 19TH CENTURY the Clyde built a fifth of the world's ships
  - The Queen Mary was launched at John Brown's yard in 1934
  - By the 1960S foreign yards undercut the Clyde on price
"""


def _deck(text: str, name: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format="outline")), "t")


def test_a_joining_word_in_a_shouted_title_is_lower_case_though_the_notes_quote_titles() -> None:
    titles = [topic.title for topic in _deck(JAZZ, "jazz.txt").topics]

    assert "New Orleans in the 1910s" in titles
    assert "The move to Chicago" in titles
    assert [topic.title for topic in _deck(SHIPS, "ships.txt").topics] == [
        "Shipbuilding on the Clyde"
    ]


def test_stems_show_the_section_in_sentence_case() -> None:
    deck = _deck(JAZZ, "jazz.txt")
    stems = [q.prompt for q in questioning.every_question(deck, range(2), *QuestionKind)]

    assert any("New Orleans in the 1910s" in stem for stem in stems)
    assert not any("in The" in stem or "1910S" in stem for stem in stems)


def test_a_decade_or_an_ordinal_written_onto_a_number_is_lower_case() -> None:
    names = frozenset({"THE", "OF"})
    none = frozenset[str]()

    assert readable("BRITAIN IN THE 1960S", names, none) == "Britain in the 1960s"
    assert readable("THE 19TH CENTURY CLYDE", names, none) == "The 19th century Clyde"
    assert readable("ARMY OF THE POTOMAC", names, none) == "Army of the Potomac"
    assert readable("A 5KM RUN", none, none) == "A 5KM run"  # a unit keeps its case
