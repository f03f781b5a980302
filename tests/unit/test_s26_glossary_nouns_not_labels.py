"""Session 26 fix: glossary nouns are terms, not lead-in labels.

The lead-in label rule (`bot/questions/_aspect_labels.py`) read every "Weight: …", "Habitat: …",
"Population: …" line as an aspect of its topic, and "-ed" words such as "speed" as participles
("Wind speed" like "Animals brought"), so a plain glossary lost most of its questions. Checked on
glossary decks in three subjects and styles (physics of motion as a bold Markdown list, ecology
as plain "Term: definition" lines, volcanoes of Italy as bold terms and dashes), each term asked; round 28's
labels ("Goal", "Wing shape", "Material", "Animals brought") stay refused (the quizsound tests).
"""

from __future__ import annotations

import pytest

from bot.questions import QuestionKind
from bot.questions._context import DeckContext
from bot.questions._model import Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(4)
_TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)

MOTION = """# Physics of motion

## Describing motion

- **Speed**: the distance travelled in each unit of time.
- **Average speed**: the total distance divided by the total time taken.
- **Wind speed**: measured with an anemometer in metres per second.
- **Escape speed**: the minimum speed needed to leave a planet's gravity.
- **Weight**: the force of gravity acting on a mass.
- **Mass**: the amount of matter in an object.
- **Pressure**: force per unit area.
- **Friction**: a force that opposes motion between two surfaces in contact.
- **Momentum**: mass multiplied by velocity.
- **Sea bed**: the floor of the ocean, where drag on a sinking object ends.
"""

ECOLOGY = """Ecology

Living things and where they live
Population: all the organisms of one species living in one area
Habitat: the place where an organism lives
Community: all the populations of different species in one habitat
Diet: the range of foods an animal eats
Family: a group of related genera sharing a common ancestor
Niche: the role a species plays in its ecosystem
Seed bank: a store of dormant seeds in the soil
Decomposer: an organism that breaks down dead material
"""

VOLCANOES = """# Volcanoes of Italy

## Volcanic words

- **Shape** – the outline of a volcano, such as a cone or a shield
- **Size** – the volume of magma a volcano erupts
- **Magma chamber** – a store of molten rock beneath a volcano
- **Caldera** – a large crater formed when a volcano collapses into its emptied chamber
- **Fumarole** – a vent that releases steam and volcanic gases
- **Lava dome** – a mound of sticky lava piled over a vent
- **Material** – the rock and ash a volcano throws out
- **Pyroclastic flow** – a fast current of hot gas and rock fragments
"""


def _deck(text: str, fmt: str) -> Deck:
    mapping = import_text(text, source_name="notes.txt", format=fmt)
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _term_questions(deck: Deck) -> list[Question]:
    return [q for q in every_question(deck, SEEDS) if q.kind in _TERM_KINDS]


def _asked(questions: list[Question]) -> str:
    """What a student is asked or marked on in the term questions, folded."""
    return " | ".join(f"{q.prompt} {' '.join(q.answers)}" for q in questions).casefold()


@pytest.mark.parametrize(
    ("text", "fmt"),
    [(MOTION, "markdown"), (ECOLOGY, "outline"), (VOLCANOES, "markdown")],
    ids=["motion", "ecology", "volcanoes"],
)
def test_every_glossary_term_is_asked(text: str, fmt: str) -> None:
    deck = _deck(text, fmt)
    assert len(deck.terms) >= 8
    asked = _asked(_term_questions(deck))
    never = [term.term for term in deck.terms if term.term.casefold() not in asked]
    assert never == []


@pytest.mark.parametrize(
    ("text", "fmt"),
    [(MOTION, "markdown"), (ECOLOGY, "outline"), (VOLCANOES, "markdown")],
    ids=["motion", "ecology", "volcanoes"],
)
def test_no_glossary_term_is_read_as_a_label(text: str, fmt: str) -> None:
    from bot.questions._aspect_labels import aspect_label

    deck = _deck(text, fmt)
    ctx = DeckContext(deck, 0)
    assert [term.term for term in deck.terms if aspect_label(ctx, term)] == []


LABELLED = """# Volcanoes of Italy

## Vesuvius

- **Goal**: learn why Vesuvius is watched so closely
- **Material**: grey pumice and ash, about 4 km³ in AD 79
- **Cone shape**: steep sides built of layers of ash and lava
- **Towns buried**: Pompeii, Herculaneum and Stabiae
- **Today**: about 600,000 people live in the red zone
- **Stratovolcano**: a steep cone built of layers of lava and ash
"""


def test_lead_in_labels_stay_refused() -> None:
    deck = _deck(LABELLED, "markdown")
    questions = _term_questions(deck)
    shown = " ".join(f"{q.prompt} {' '.join(q.options)} {' '.join(q.answers)}" for q in questions)
    for label in ("Goal", "Material", "Cone shape", "Towns buried", "Today"):
        assert label not in shown, label
