"""Numbered headings, notes arrows and pointers into the notes, as a student sees them (issue 14,
round 18 classes 2 and 3).

Round 18 asked "Which term means: “The settlement”?" keyed "Section 2" (a heading "Section 2 - The
settlement" read as a term and its definition), "Which of these is NOT listed under “Section 9”?",
"no legitimate children, giving his Catholic brother James … was heir", "chains joined by
cross-links, giving do not melt when heated", "Which term means: “kill microbes using one of”?"
and a key "Several stages (above)". The decks here were written for these tests, in other
subjects (biology outline notes, economics Markdown).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._arrow_sentences import arrows_said
from knowledge.headings import numbered_title, short_title
from knowledge.importers.casing import readable
from tests.unit.questioning import imported_notes

DATA = Path(__file__).resolve().parents[1] / "data" / "round18"
BIOLOGY = DATA / "cells_biology.notes.txt"
ECONOMICS = DATA / "trade_economics.notes.md"
_NUMBERED = re.compile(r"\b(?:Unit|Part|Topic|Section)\s+\d\b")


def _questions(path: Path) -> list[Question]:
    deck = imported_notes(path)
    return [q for seed in range(3) for q in QuestionGenerator(deck, seed=seed).all_candidates()]


def _shown(question: Question) -> list[str]:
    """What a student reads before answering, and the key."""
    return [question.prompt, *question.options, *question.answers]


@pytest.mark.parametrize("path", [BIOLOGY, ECONOMICS])
def test_a_numbered_heading_is_no_key_term_and_its_number_no_context(path: Path) -> None:
    deck = imported_notes(path)
    assert not [term.term for term in deck.terms if _NUMBERED.search(term.term)]
    questions = _questions(path)
    assert questions
    for question in questions:
        if question.kind is QuestionKind.WHICH_TOPIC:
            continue  # the options are the headings as written, number and all
        assert not [text for text in _shown(question) if _NUMBERED.search(text)], question


def test_a_numbered_heading_over_its_own_lines_is_a_topic_named_by_its_title() -> None:
    deck = imported_notes(BIOLOGY)
    titles = [short_title(topic.title) for topic in deck.topics]
    assert "Microscopes and magnification" in titles  # "Unit 2 - …", lines under it but no deeper
    # its lead-in keeps its own list, instead of being flattened into the section's lines
    groups = {fact.group for topic in deck.topics for fact in topic.facts}
    assert "Factors affecting the rate of diffusion" in groups


def test_numbered_titles() -> None:
    assert numbered_title("Section 2 - The settlement") == "The settlement"
    assert numbered_title("Unit 3: Cells") == "Cells"
    assert numbered_title("Topic 4 – Rivers") == "Rivers"
    assert numbered_title("Part B - Methods") == "Methods"
    assert numbered_title("Part of the brain: cerebellum") is None
    assert numbered_title("Stage 1 - high birth rate") is None  # a stage is content, not layout
    assert short_title("Section 10 - The Great Fire of London, 1666") == (
        "The Great Fire of London, 1666"
    )
    assert short_title("Part 2: c1500–c1700 Early Modern") == "c1500–c1700 Early Modern"


def test_a_shouted_heading_keeps_its_numeral() -> None:
    names: frozenset[str] = frozenset()
    assert readable("III. LIFE IN THE TOWNS", names, names) == "III. Life in the towns"
    assert readable("II. HENRY VIII AND THE CHURCH", names, names) == (
        "II. Henry VIII and the church"
    )
    assert readable("B) THE CAUSES OF WAR", names, names) == "B) The causes of war"


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        # the part after the arrow has its verb past an aside: a clause, not what is given
        (
            "no male heir → his brother James, Duke of York, was next in line",
            "no male heir, so his brother James, Duke of York, was next in line",
        ),
        # an auxiliary after a plural: the part before is its subject
        (
            "chains joined by cross-links → do not melt when heated",
            "chains joined by cross-links do not melt when heated",
        ),
        ("Two like poles → repel", "Two like poles repel"),
        (
            "higher temperature → particles move faster",
            "higher temperature, so particles move faster",
        ),
        ("Specialisation → higher output", "Specialisation, giving higher output"),
        ("Armature moving breaks the contact → current stops", None),
    ],
)
def test_an_arrow_is_said_as_a_sentence(notes: str, said: str | None) -> None:
    if said is None:
        assert arrows_said(notes) == "Armature moving breaks the contact, so current stops"
    else:
        assert arrows_said(notes) == said


@pytest.mark.parametrize(
    "notes",
    [
        "chlorine is toxic → do this in a fume cupboard",
        "Too much salt → do not water the plant with it",
        "additives → e.g. to make it dry faster",
        "To reverse the motor → reverse the current",
    ],
)
def test_an_arrow_before_an_instruction_or_example_is_not_said(notes: str) -> None:
    assert arrows_said(notes) is None


@pytest.mark.parametrize("path", [BIOLOGY, ECONOMICS])
def test_no_question_shows_an_arrow_an_unsaid_instruction_or_a_pointer(path: Path) -> None:
    questions = _questions(path)
    shown = [text for question in questions for text in _shown(question)]
    assert not [t for t in shown if "→" in t or "->" in t]
    assert not [t for t in shown if "do not water" in t]  # the instruction is never asked
    pointers = re.compile(r"\(see\b|\bsee p\.|\((?:above|below)\)")
    assert not [t for t in shown if pointers.search(t)]
    # the lines with a bracketed pointer are still asked, without it
    prompts = " ".join(q.prompt for q in questions)
    pointed = "sets interest rates" if path == ECONOMICS else "Chloroplasts absorb light"
    assert pointed in prompts


@pytest.mark.parametrize("path", [BIOLOGY, ECONOMICS])
def test_a_definition_that_breaks_off_into_a_list_is_not_asked(path: Path) -> None:
    questions = _questions(path)
    shown = [text for question in questions for text in _shown(question)]
    assert not [t for t in shown if "for example:" in t or t.rstrip("”?").endswith("including:")]
    terms = [q for q in questions if q.kind is QuestionKind.DEFINITION_TO_TERM]
    assert terms  # the deck's other key terms are asked
    assert not [q for q in terms if "Specialised cells" in q.answers]
    assert not [q for q in terms if "Globalisation" in q.answers]


def test_a_kind_of_exam_question_is_no_key_term(tmp_path: Path) -> None:
    notes = tmp_path / "rivers.notes.txt"
    notes.write_text(
        "GEOGRAPHY - RIVERS\n\n=====\nRIVER PROCESSES\n=====\n"
        "Erosion: the wearing away of the land by the river\n"
        "Deposition: the dropping of material the river carries\n"
        "Abrasion: rocks carried by the river scrape the bed and banks\n"
        "Attrition: rocks knock into each other and become smaller\n\n"
        "=====\nEXAM PRACTICE\n=====\n"
        "Question types (Paper 1, 30 marks):\n"
        " * Fieldwork essay (9 marks) - the site changes every year\n"
        " * Describe a landform (4 marks) - use a labelled diagram\n",
        encoding="utf-8",
    )
    questions = _questions(notes)
    keys = {answer for q in questions for answer in q.answers}
    assert "Erosion" in keys or "Abrasion" in keys
    assert not [q for q in questions if "site changes" in " ".join(_shown(q))]


# --- Yield: sound facts that had no question ---------------------------------------------------

MUSIC = DATA / "orchestra_music.notes.txt"


def test_a_short_list_of_things_and_what_goes_with_each_is_asked() -> None:
    # "violin: strings", "trumpet: brass", … under "Instrument families:": each asked as a choice
    # among the others' values, none of which is also right
    questions = [q for q in _questions(MUSIC) if "what do your notes give for" in q.prompt]
    asked = {q.prompt.split("“")[-1].rstrip("”?"): q for q in questions}
    assert {"violin", "trumpet", "flute", "timpani"} <= set(asked)
    trumpet = asked["trumpet"]
    assert trumpet.answers == ("brass",)
    assert set(trumpet.options) <= {"strings", "brass", "woodwind", "percussion"}


def test_where_a_field_is_strongest_is_asked_both_ways() -> None:
    statements = {
        q.prompt.split(": ", 1)[-1]
        for seed in range(6)
        for q in QuestionGenerator(imported_notes(MUSIC), seed=seed).all_candidates()
        if q.kind is QuestionKind.TRUE_FALSE
    }
    assert {
        "The sound of a brass instrument is strongest at the bell",
        "The sound of a brass instrument is weakest at the bell",
    } & statements
