"""Each thing a line lists after its label ("Loom steps: warping, threading and weaving"), or a
strip of key words ("mill · press · vat"), is a name of the deck: an answer that is one of them
is that other thing, not a form of the right one (issue 14, round-24 review: the notes' own
terms in lists and the "Key words" strip were no entities, so a typed answer landing on one was
taken for a slip or a word of the answer's family). A line listing descriptions, a sentence,
or asides names nothing, and junk in a list is no crash. The decks are written for these
tests: weaving (Markdown) and cider-making (outline)."""

from __future__ import annotations

import pytest

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

WEAVING = """# Weaving – revision

## The loom
- Threads: warp (the lengthwise threads) and weft (the crosswise threads)
- Loom steps: warping, threading, weaving and finishing
- Warp threads pass through the eyes of heddles on the shafts
- Aims: keep the tension even, keep the edges straight and beat the weft evenly
- Odd marks: –, …, (see below), e.g. twill
"""

CIDER = """Cider-making
  Stages: milling, pressing, fermenting and racking
  Key words
    mill · press · vat · lees · keeving
  The apples are ground in a mill into pomace
  The juice is drawn off the lees into a clean vat
"""


def _entities(text: str, fmt: str, name: str) -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(text, format=fmt, source_name=name)))
    return QuestionGenerator(deck).entities()


@pytest.fixture(scope="module")
def weaving() -> tuple[str, ...]:
    return _entities(WEAVING, "markdown", "weaving.md")


@pytest.fixture(scope="module")
def cider() -> tuple[str, ...]:
    return _entities(CIDER, "outline", "cider.txt")


def test_a_listed_step_is_no_form_of_another_term(weaving: tuple[str, ...]) -> None:
    """ "warping" is a step the notes list, not a form of "warp"."""
    assert {"warping", "threading", "weaving"} <= {name.casefold() for name in weaving}
    assert not grade("warp", "warping", others=weaving).correct
    assert grade("warp", "warpp", others=weaving).correct  # a slip is still a slip


def test_a_listed_stage_is_no_form_of_a_key_word(cider: tuple[str, ...]) -> None:
    assert {"milling", "pressing", "keeving", "lees"} <= {name.casefold() for name in cider}
    assert not grade("mill", "milling", others=cider).correct
    assert not grade("press", "pressing", others=cider).correct


def test_descriptions_and_asides_are_no_names(weaving: tuple[str, ...]) -> None:
    folded = {name.casefold() for name in weaving}
    assert not folded & {"keep the tension even", "see below", "e.g. twill", "–", "…"}


LOOM_GLOSSARY = """<html><body><h1>Weaving words</h1><h2>Glossary</h2>
<dl><dt>warp</dt><dd>the lengthwise threads held on the loom</dd>
<dt>warping</dt><dd>winding those threads onto the back beam</dd>
<dt>heddle</dt><dd>an eye each thread passes through</dd></dl></body></html>
"""

FELT = """# Felt-making

## Stages
- felting
- fulling

## Materials
- felt is wool matted by heat, water and rubbing
- carded wool
"""


@pytest.mark.parametrize(
    ("notes", "fmt", "expected", "given"),
    [
        (LOOM_GLOSSARY, "html", "warp", "warping"),  # a <dl> term read as a line alone
        (FELT, "markdown", "felt", "felting"),  # a list item that is a name alone
    ],
)
def test_a_name_alone_on_its_line_is_a_name_of_the_deck(
    notes: str, fmt: str, expected: str, given: str
) -> None:
    entities = _entities(notes, fmt, f"notes.{'html' if fmt == 'html' else 'md'}")
    assert given in entities
    assert not grade(expected, given, others=entities).correct
