"""Session 26, quiz soundness: round 28's classes of unsound question, each checked on what a
student is shown, on small decks in this session's subjects (Pompeii and Herculaneum, the Brontë
sisters, tides) written with bold lead-in labels ("**Goal:** …", "**Wing shape:** …") beside a
glossary of bold terms, as the review decks were.
"""

from __future__ import annotations

from bot.questions import QuestionKind
from bot.questions._model import Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(4)
_TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)


def _deck(text: str) -> Deck:
    mapping = import_text(text, source_name="notes.md", format="markdown")
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _shown(questions: list[Question]) -> str:
    """Everything a student sees or is marked on: stems, options and keys."""
    return " ".join(f"{q.prompt} {' '.join(q.options)} {' '.join(q.answers)}" for q in questions)


def _keys(questions: list[Question]) -> set[str]:
    return {answer.casefold() for q in questions for answer in q.answers}


# --- 1. A lead-in label is never a term, a key or an option; a glossary term still is ---------

TIDES = """# Tides

## What is a tide?

- **Tidal range:** the difference in height between high water and low water
- **Why 50 minutes?** the Moon moves on in its orbit, so the Earth turns further to face it
- **Exception:** parts of the Gulf of Mexico have only one high tide a day
- **Shape:** funnel-shaped bays and estuaries make the range bigger
- **Spring tide:** a tide with the largest range, when the Sun, Moon and Earth are in line
- Spring tides happen at new moon and full moon, about every 14.8 days
- **Neap tide:** a tide with the smallest range, when the Sun and Moon pull at right angles

## Tidal power

- **Largest barrage:** Sihwa Lake in South Korea, opened in 2011, at 254 MW
- **La Rance:** a tidal barrage in Brittany, opened in 1966
- **Goal:** make electricity from the movement of tidal water
- **Today:** about 40 tidal power projects are planned around the world

## Key terms

- **Syzygy:** the lining up of three bodies in space, such as the Sun, Moon and Earth
- **Amphidromic point:** a point in the ocean where the tidal range is almost zero
- **Slack water:** a short period around high or low tide when the current stops
"""

POMPEII = """# Pompeii and Herculaneum

## The eruption of AD 79

- **First phase:** a column of pumice and ash rose about 30 km into the sky
- **Second phase:** pyroclastic surges raced down the slopes and reached Herculaneum first
- **Pyroclastic flow:** a fast-moving current of hot gas and volcanic debris
- **Eyewitness:** Pliny the Younger watched from Misenum across the bay
- **Animals found:** a dog chained in the House of Vesonius Primus

## Daily life

- **Thermopolium:** a street counter selling hot food and drink, with pots set into it
- **Material:** walls of tuff and brick, covered in painted plaster
- **Wall shape:** thick lower walls and thin upper storeys of timber
- **Impluvium:** a shallow pool in the atrium that collected rainwater
"""

_LABELS = (
    "Exception",
    "Shape",
    "Largest barrage",
    "Goal",
    "Today",
    "First phase",
    "Second phase",
    "Eyewitness",
    "Animals found",
    "Material",
    "Wall shape",
)


def test_lead_in_labels_are_not_terms_keys_or_options() -> None:
    for text in (TIDES, POMPEII):
        questions = every_question(_deck(text), SEEDS)
        keys = _keys(questions)
        term_questions = [q for q in questions if q.kind in _TERM_KINDS]
        shown = _shown(term_questions)
        for label in _LABELS:
            assert label.casefold() not in keys, label
            assert f"“{label}”" not in shown, label  # "What does “Goal” mean?"
            assert label not in {o for q in questions for o in q.options}, label


def test_glossary_terms_are_still_asked() -> None:
    tides = _shown(every_question(_deck(TIDES), SEEDS, *_TERM_KINDS))
    for term in ("Syzygy", "Amphidromic point", "Spring tide", "Neap tide", "Tidal range"):
        assert term in tides, term
    pompeii = _shown(every_question(_deck(POMPEII), SEEDS, *_TERM_KINDS))
    for term in ("Pyroclastic flow", "Thermopolium", "Impluvium"):
        assert term in pompeii, term
