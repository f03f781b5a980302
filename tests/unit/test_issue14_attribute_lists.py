"""Round 16's blind review (issue 14, class 3): "label: value" lists read as key terms.

A flame-test list ("copper ions (Cu2+): green") was asked "What does “copper ions” mean?" and
"Which term means: “orange-red”?"; "Worked example: spot moves 3.0 cm, …" was asked as the term
"Worked example"; "Output = a line spectrum" as the term "Output"; and "Pure" (Key words) was asked
with "Pure substance"'s definition among its options, both right. Checked here on biology, physics
and geography notes written for it: a list of short attributes under a heading is asked with that
heading, a label of the notes' layout is no term, and a term the notes define twice is never the
other's wrong option.
"""

from __future__ import annotations

import pytest

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold
from tests.unit import questioning

BIOLOGY = """BIOLOGY - FOOD TESTS AND ENZYMES (revision outline)

1. FOOD TESTS
  - Grind the food with distilled water and filter it
  - Colour of a positive result:
    - starch (iodine test): blue-black
    - protein (Biuret test): purple
    - glucose (Benedict's test): brick-red
    - lipids (emulsion test): cloudy white
  - Worked example: a sample turns blue-black with iodine and purple with Biuret
  - Benedict's test needs a water bath at about 75 °C

2. ENZYMES
  Enzyme: a biological catalyst that speeds up reactions without being used up
  Active site: the part of an enzyme where the substrate binds
  - Enzymes are proteins made of chains of amino acids
  - High temperatures denature the enzyme so the active site changes shape
  - Each enzyme has an optimum pH and an optimum temperature
  Denatured enzyme: an enzyme whose active site has changed shape so the substrate no longer fits

3. KEY WORDS
  Catalyst: a substance that speeds up a reaction without being used up
  Substrate: the molecule an enzyme acts on
  Denatured: active site changed shape, substrate no longer fits
  Amino acid: the small molecule proteins are built from
"""

PHYSICS = """# Waves

## Wave properties
- Amplitude: the maximum displacement of a point from its rest position
- Wavelength: the distance from one point on a wave to the same point on the next wave
- Frequency: the number of waves passing a point each second
- Wave speed = frequency x wavelength

## The electromagnetic spectrum
- Uses of each wave:
  - radio waves: broadcasting
  - microwaves: satellite communications
  - infrared: thermal imaging
  - ultraviolet: energy-efficient lamps
  - X-rays: medical imaging
- All electromagnetic waves travel at the same speed in a vacuum
- Worked example: a wave of frequency 50 Hz and wavelength 2 m
- Result = a speed of 100 m/s

## Key terms
- Transverse wave: the vibrations are at right angles to the direction of energy transfer
- Longitudinal wave: the vibrations are parallel to the direction of energy transfer
- Transverse: vibrations at right angles to the energy transfer
"""

GEOGRAPHY = """# Coasts

## Erosion processes
- Hydraulic action: the force of waves compresses air in cracks in the cliff
- Abrasion: rocks carried by the waves scrape and wear away the cliff
- Attrition: rocks carried by the waves knock together and become smaller and rounder
- Solution: weak acids in sea water dissolve rocks such as chalk

## Landforms
- Rock type of each landform:
  - headland: hard rock
  - bay: soft rock
  - wave-cut platform: hard rock
  - stack: hard rock
- A cave becomes an arch, then a stack, then a stump
- Longshore drift moves sediment along the coast in the direction of the prevailing wind
"""


def _deck(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


NOTES = ((BIOLOGY, "food.txt"), (PHYSICS, "waves.md"), (GEOGRAPHY, "coasts.md"))
TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)


@pytest.fixture(scope="module")
def decks() -> dict[str, Deck]:
    return {name: _deck(text, name) for text, name in NOTES}


@pytest.fixture(scope="module")
def asked(decks: dict[str, Deck]) -> list[Question]:
    questions: list[Question] = []
    for deck in decks.values():
        questions += questioning.every_question(deck, range(3))
    return questions


# The items of the lists of short attributes above, and the values they are paired with.
ITEMS = {
    "starch", "protein", "glucose", "lipids", "radio waves", "microwaves", "infrared",
    "ultraviolet", "X-rays", "headland", "bay", "wave-cut platform", "stack",
}  # fmt: skip
VALUES = {
    "blue-black", "purple", "brick-red", "cloudy white", "broadcasting", "thermal imaging",
    "satellite communications", "energy-efficient lamps", "medical imaging", "hard rock",
    "soft rock",
}  # fmt: skip


def _names(text: str) -> set[str]:
    return {item for item in ITEMS | VALUES if f"“{item}”" in text}


def test_an_attribute_is_never_asked_as_what_an_item_means(asked: list[Question]) -> None:
    meant = [
        q.prompt for q in asked if ("mean" in q.prompt or "Who" in q.prompt) and _names(q.prompt)
    ]
    assert meant == []


def test_an_item_of_an_attribute_list_is_asked_with_its_heading(asked: list[Question]) -> None:
    listed = [q for q in asked if q.kind in TERM_KINDS and _names(q.prompt)]
    # still asked: the lists are worth learning, with the heading saying what the values are
    assert len(listed) >= 6
    headings = ("Colour of a positive result", "Uses of each wave", "Rock type of each landform")
    assert all(any(h in q.prompt for h in headings) for q in listed), [q.prompt for q in listed]


def test_a_glossary_is_still_asked_as_terms(asked: list[Question]) -> None:
    asked_terms = {
        fold(q.answers[0] if q.kind is QuestionKind.DEFINITION_TO_TERM else q.prompt)
        for q in asked
        if q.kind in TERM_KINDS
    }
    joined = " | ".join(asked_terms)
    for term in ("catalyst", "substrate", "amplitude", "abrasion", "enzyme"):
        assert term in joined


def test_labels_and_filled_slots_are_no_terms(asked: list[Question]) -> None:
    for q in asked:
        if q.kind not in TERM_KINDS:
            continue
        shown = f"{q.prompt} {' '.join(q.answers)} {' '.join(q.options)}"
        assert "Worked example" not in shown, q.prompt
        assert "a speed of 100 m/s" not in shown, q.prompt  # "Result = a speed of 100 m/s"


@pytest.mark.parametrize(
    ("one", "other"),
    [("Denatured", "Denatured enzyme"), ("Transverse", "Transverse wave")],
)
def test_a_term_defined_twice_is_never_the_others_option(
    asked: list[Question], decks: dict[str, Deck], one: str, other: str
) -> None:
    terms = {fold(t.term): t for deck in decks.values() for t in deck.terms}
    pair = (terms[fold(one)], terms[fold(other)])
    for q in asked:
        if not q.options:
            continue
        shown = {fold(option) for option in q.options}
        names = {fold(t.term) for t in pair}
        definitions = {fold(t.definition) for t in pair}
        assert not names <= shown, q.prompt
        assert not definitions <= shown, q.prompt
