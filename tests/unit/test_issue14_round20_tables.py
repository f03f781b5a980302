"""Round-20 blind review, class 1: a table's column header read into a stem as a noun. "Began
(Ma, approx.)" made "What is the began (Ma, approx.) for Cambrian?", "Fine" (fine-grained, beside
"Coarse") made "match each type to its fine", and a row whose first cell is a number and whose
last cell the first row leaves empty was named by its other cells ("The hardness for Diamond;
Simple test: hardest natural mineral is “9”"). A header is a label: one naming what happened, over
times, is asked as its verb; a describing word is quoted; every row's columns are columns. The
notes here are written for these tests (airlines, early civilisations, sanding wood, mountains),
beside the round's own deck."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from bot.questions import Question, QuestionKind
from tests.unit import questioning
from tests.unit.questioning import imported_notes

ROOT = Path(__file__).resolve().parents[2]
ROUND20_A = ROOT / "docs" / "quiz-review" / "20-deckA.notes.md"

NOTES = """# Travel and history

## Early airlines

| Airline | Founded | Home country |
|---|---|---|
| KLM | 1919 | Netherlands |
| Qantas | 1920 | Australia |
| Aeroflot | 1923 | Soviet Union |
| Delta | 1924 | United States |

## First civilisations

| Civilisation | Began (BC, approx.) | River |
|---|---|---|
| Sumer | 4500 | Euphrates |
| Ancient Egypt | 3100 | Nile |
| Indus Valley | 2600 | Indus |
| Shang China | 1600 | Yellow River |

## Sanding wood

| Job | Coarse | Medium | Fine |
|---|---|---|---|
| Shaping a curve | rasp | spokeshave | needle file |
| Smoothing bare pine | sanding block | orbital sander | hand sheet |
| Before varnish | belt sander | random orbit | steel wool |
| Between coats | flap wheel | foam pad | wet-and-dry paper |

## Highest mountains

| Rank | Mountain | Note |
|---|---|---|
| 1 | Everest | |
| 2 | K2 | hardest of the high peaks to climb |
| 3 | Kangchenjunga | |
| 4 | Lhotse | joined to Everest by the South Col |
| 5 | Makalu | four-sided pyramid |
"""


@cache
def _asked(text: str) -> tuple[Question, ...]:
    from knowledge.importers import dump_deck, import_text
    from knowledge.loader import parse_deck

    mapping = import_text(text, source_name="notes.md", format="markdown")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    return tuple(questioning.every_question(deck, range(3)))


@cache
def _round20() -> tuple[Question, ...]:
    return tuple(questioning.every_question(imported_notes(ROUND20_A), range(2)))


def _prompts(questions: tuple[Question, ...]) -> set[str]:
    return {q.prompt for q in questions}


def test_a_column_of_what_happened_over_years_is_asked_as_its_verb() -> None:
    prompts = _prompts(_asked(NOTES))
    assert "Early airlines: When was Qantas founded?" in prompts
    assert "Early airlines: Which airline was founded in 1923?" in prompts
    assert {
        p for p in prompts if p.startswith("True or false? Early airlines: Delta was founded in")
    }
    assert not [p for p in prompts if re.search(r"(?i)\bthe founded\b|under “Founded”", p)]
    assert [p for p in prompts if "match each airline to when it was founded. 1. " in p]


def test_a_unit_in_the_header_brackets_goes_with_the_number_not_into_the_noun() -> None:
    prompts = _prompts(_asked(NOTES))
    assert "First civilisations: When did Sumer begin (BC)?" in prompts
    assert {
        p
        for p in prompts
        if re.match(r"True or false\? First civilisations: Sumer began about \d+ BC\.$", p)
    }
    assert not [p for p in prompts if re.search(r"(?i)\bthe began\b|approx\.\)", p)]


def test_a_describing_header_is_quoted_never_possessed() -> None:
    asked = [q for q in _asked(NOTES) if q.prompt.startswith("Sanding wood:")]
    assert asked
    for q in asked:
        assert not re.search(r"\b(?:its|the) fine\b", q.prompt), q.prompt
    matching = [q.prompt for q in asked if q.kind is QuestionKind.MATCHING]
    assert [p for p in matching if "match each job to its entry under “Fine”. 1. " in p], matching


def test_a_row_whose_first_row_lacks_a_column_keeps_its_name_to_itself() -> None:
    asked = [q for q in _asked(NOTES) if "mountains" in q.prompt]
    assert asked
    for q in asked:
        assert "Note:" not in q.prompt and not any("Note:" in o for o in q.options), q.prompt
    assert "Highest mountains: What is the rank for K2?" in _prompts(_asked(NOTES))


def test_round20_timescale_and_grain_size_tables_read_as_english() -> None:
    prompts = _prompts(_round20())
    assert "The geological timescale: When did Cambrian begin (Ma)?" in prompts  # A9
    assert "The geological timescale: Which period began about 145 Ma?" in prompts  # A24
    assert not [p for p in prompts if re.search(r"(?i)\bthe began\b|\bits fine\b", p)]  # A10
    # A36, A46: a Mohs row named by its mineral alone
    assert not [p for p in prompts if "; Simple test:" in p]
    assert "True or false? Mohs scale of hardness: The hardness for Diamond is “9”." in prompts
