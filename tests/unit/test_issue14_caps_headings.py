"""Headings typed in capitals with a one-letter word (round-14 blind review, issue 14): "HOW A
POWER STATION GENERATES ELECTRICITY" became "How A Power station generates electricity", the
article "A" taken for a person's initial and "POWER" for their surname. Notes written for these
tests (biology, history), not the review deck."""

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
