"""Structure of the notes that gave no question (issue 14, round-14 blind review: 58 of 60 asked
on a physics deck; earlier decks 50-59). Notes written for these tests (biology, chemistry),
not the review decks:

- a list and its opposite under one topic ("Non-communicable diseases" beside "Communicable
  diseases"): the headings differ only by the negating word, which the list builder did not take
  for two kinds of one thing, so neither list was asked.
"""

from __future__ import annotations

from bot.questions import QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

DISEASE = """HEALTH AND DISEASE - GCSE BIOLOGY

TYPES OF DISEASE
  Communicable diseases:
    - measles
    - malaria
    - tuberculosis
    - salmonella
  Non-communicable diseases:
    - coronary heart disease
    - type 2 diabetes
    - lung cancer
    - liver cirrhosis

PATHOGENS
  - Pathogen: a microorganism that causes disease.
  - Bacteria reproduce rapidly and may produce toxins that damage tissues.
  - Viruses live and reproduce inside cells, causing cell damage.
"""

METALS = """PROPERTIES OF ELEMENTS

METALS AND NON-METALS
  - Metals: iron, copper, sodium and magnesium.
  - Non-metals: sulfur, oxygen, chlorine and carbon.
  - Metals are found on the left of the periodic table.
  - Metals form positive ions when they react.
"""


def _deck(text: str, name: str = "notes.txt") -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format="outline")), "t.yaml")


def _listed_under(deck: Deck, heading: str) -> list[tuple[str, tuple[str, ...], str]]:
    found = []
    for question in questioning.every_question(deck, range(4), QuestionKind.REASON):
        if f"listed under “{heading}”" in question.prompt:
            found.append((question.prompt, question.options, question.answers[0]))
    return found


def test_a_list_and_its_negated_opposite_are_asked_against_each_other() -> None:
    deck = _deck(DISEASE)
    communicable = {"measles", "malaria", "tuberculosis", "salmonella"}
    non_communicable = {"coronary heart disease", "type 2 diabetes", "lung cancer"}
    non_communicable.add("liver cirrhosis")

    asked = _listed_under(deck, "Non-communicable diseases")

    assert asked, "the non-communicable list is never asked"
    for prompt, options, answer in asked:
        if "NOT" in prompt:
            assert answer in communicable
            assert set(options) - {answer} <= non_communicable
        else:
            assert answer in non_communicable
            assert set(options) - {answer} <= communicable
    assert _listed_under(deck, "Communicable diseases")


def test_one_line_lists_and_their_opposite_are_asked_too() -> None:
    deck = _deck(METALS)

    asked = _listed_under(deck, "Non-metals")

    assert asked
    for prompt, options, answer in asked:
        if "NOT" not in prompt:
            assert answer in {"sulfur", "oxygen", "chlorine", "carbon"}
            assert not set(options) - {answer} - {"iron", "copper", "sodium", "magnesium"}
