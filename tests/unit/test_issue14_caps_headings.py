"""Headings typed in capitals (round-14 blind review, issue 14): "HOW A POWER STATION GENERATES
ELECTRICITY" became "How A Power station generates electricity", the article "A" taken for a
person's initial and "POWER" for their surname; and a sub-heading in capitals under a title
("1. CRUDE OIL" under "GCSE CHEMISTRY - …") stayed in capitals, as the context of its lines'
questions and as an option beside headings in sentence case. Notes written for these tests
(biology, chemistry, history), not the review deck."""

from __future__ import annotations

from bot.questions import QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.importers.casing import readable
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

BIOLOGY = """CELL BIOLOGY - REVISION NOTES

HOW A VACCINE PROTECTS THE BODY
  - Vaccination: injecting dead or inactive forms of a pathogen to give immunity.
  - White blood cells make antibodies against the antigens of the pathogen.
  - Memory cells stay in the blood and respond quickly to a second infection.
  - Herd immunity: when most of a population is vaccinated, the pathogen cannot spread.
  - Edward Jenner developed the first vaccine, against smallpox, in 1796.

ANTIBIOTICS AND PAINKILLERS
  - Antibiotics: medicines that kill bacteria inside the body, such as penicillin.
  - Alexander Fleming discovered penicillin in 1928.
  - Painkillers treat the symptoms of a disease but do not kill pathogens.
  - Antibiotics cannot kill viruses, because viruses live inside cells.

VITAMIN C AND SCURVY
  - A lack of vitamin C in the diet causes scurvy.
  - Sailors on long voyages were given citrus fruit to prevent scurvy.
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="bio.txt", format="outline")), "t")


def test_an_article_in_a_shouted_heading_is_written_in_lower_case() -> None:
    titles = [topic.title for topic in _deck(BIOLOGY).topics]

    assert "How a vaccine protects the body" in titles
    assert "Vitamin C and scurvy" in titles  # a letter, not the article: it keeps its capital


def test_questions_show_the_heading_in_sentence_case() -> None:
    deck = _deck(BIOLOGY)
    shown = [
        q.prompt + " " + " ".join(q.options)
        for q in questioning.every_question(deck, range(3), *QuestionKind)
    ]

    assert shown
    assert not any("How A " in text or "A Vaccine" in text for text in shown)


def test_readable_tells_the_article_from_a_letter_and_an_initial() -> None:
    none = frozenset[str]()
    assert readable("WHY A TRADE UNION WAS FORMED", none, none) == "Why a trade union was formed"
    assert readable("A SHORT HISTORY OF THE NHS", none, none) == "A short history of the NHS"
    assert readable("PLAN A AND PLAN B", none, none) == "Plan A and plan B"
    assert readable("A-LEVEL CHEMISTRY TIPS", none, none) == "A-level chemistry tips"
    assert readable("J F KENNEDY AND CUBA", none, none) == "J F Kennedy and Cuba"


METALS = """GCSE CHEMISTRY - METALS
=======================

1. THE REACTIVITY SERIES
   Reactivity series: a list of metals in order of how readily they react.
   - Potassium is the most reactive metal in the series.
   - Gold is so unreactive that it is found as the metal itself.

2. EXTRACTING METALS WITH CARBON
   - Metals less reactive than carbon are extracted by reduction with carbon.
   - Iron is extracted from iron oxide in a blast furnace.

3. ELECTROLYSIS OF ALUMINIUM OXIDE
   - Aluminium is more reactive than carbon, so it is extracted by electrolysis.
   - The electrolysis uses a lot of electricity, which makes it expensive.
"""


def test_sub_headings_typed_in_capitals_read_as_titles_do() -> None:
    outline = parse_deck(
        dump_deck(import_text(METALS, source_name="metals.txt", format="outline")), "t"
    )
    markdown_notes = METALS.replace("1. THE", "### THE").replace("2. EXTRACTING", "### EXTRACTING")
    markdown = parse_deck(
        dump_deck(import_text(markdown_notes, source_name="metals.md", format="markdown")), "t"
    )

    for deck in (outline, markdown):
        groups = {fact.group for topic in deck.topics for fact in topic.facts if fact.group}
        headings = groups | {topic.title for topic in deck.topics}
        assert "The reactivity series" in headings
        assert "Extracting metals with carbon" in headings
        assert not any(heading.isupper() for heading in headings)
