"""Sections every set of notes has — a title, a glossary, a summary — are not topics to be quizzed on.

Three teachers' notes in three styles (an Obsidian vault page, a GitHub README-style cheat sheet,
lecture notes with numbered headings) in three subjects: the single H1 names the deck, a section of
"term: definition" lines gives key terms, a summary under a topic joins that topic, and no quiz
question has a section's heading ("Key terms", "Summary") as its answer or among its options.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.examples import examples_for
from bot.questions import QuestionGenerator, QuestionKind
from knowledge.headings import is_structural_title
from knowledge.importers import dump_deck, import_file, import_text
from knowledge.loader import load_deck, parse_deck
from knowledge.model import Deck
from tests.conftest import say, shown
from tests.fakes.clock import FakeClock

CORPUS = Path(__file__).resolve().parents[1] / "data" / "import"
STYLES = ["photosynthesis_obsidian.md", "rust_ownership_readme.md", "econ_lecture_numbered.md"]
SECTION_WORDS = ("key terms", "glossary", "summary", "introduction", "license")


def deck_of(name: str, tmp_path: Path) -> Deck:
    out = tmp_path / f"{Path(name).stem}.yaml"
    out.write_text(dump_deck(import_file(CORPUS / name)), encoding="utf-8")
    return load_deck(out)


def titles(deck: Deck) -> list[str]:
    return [topic.title for topic in deck.topics]


def test_obsidian_page_title_names_the_deck_and_key_terms_are_terms(tmp_path: Path) -> None:
    deck = deck_of("photosynthesis_obsidian.md", tmp_path)

    assert deck.title == "Photosynthesis"
    assert "Key terms" not in titles(deck)
    assert {term.term for term in deck.terms} == {"Chlorophyll", "Stomata", "Limiting factor"}
    assert "Light-dependent reactions" in titles(deck)


def test_readme_glossary_is_terms_and_its_licence_is_dropped(tmp_path: Path) -> None:
    deck = deck_of("rust_ownership_readme.md", tmp_path)

    assert deck.title == "Rust Ownership Cheatsheet"
    assert "Glossary" not in titles(deck) and "License" not in titles(deck)
    assert not any("MIT" in fact.text for topic in deck.topics for fact in topic.facts)
    borrow = next(term for term in deck.terms if term.term == "Borrow checker")
    assert borrow.definition == "the part of the compiler that enforces the borrowing rules"


def test_numbered_lecture_summary_under_a_topic_joins_that_topic(tmp_path: Path) -> None:
    deck = deck_of("econ_lecture_numbered.md", tmp_path)

    assert deck.title == "ECON 101 — Lecture 4: Supply and Demand"
    demand = next(topic for topic in deck.topics if topic.title == "Demand")
    assert [child.title for child in deck.children(demand.id)] == [
        "The law of demand",
        "Shifts in demand",
    ]
    summary = [fact for fact in demand.facts if fact.group == "Summary"]
    assert [fact.text for fact in summary] == [
        "Demand slopes down; a change in income shifts the whole curve."
    ]
    assert "Key terms" not in titles(deck)
    assert {"Surplus", "Shortage", "Equilibrium price"} <= {term.term for term in deck.terms}


@pytest.mark.parametrize("name", STYLES)
def test_no_quiz_answer_or_option_is_a_section_heading(name: str, tmp_path: Path) -> None:
    deck = deck_of(name, tmp_path)
    questions = QuestionGenerator(deck).all_candidates()
    assert questions
    which = [q for q in questions if q.kind is QuestionKind.WHICH_TOPIC]
    for question in questions:
        for said in (*question.answers, *question.options):
            assert said.casefold() not in SECTION_WORDS, (question.prompt, said)
            assert said != deck.title, question.prompt
    for question in which:
        assert not any(is_structural_title(option, deck.title) for option in question.options)


@pytest.mark.parametrize("name", STYLES)
async def test_help_examples_and_explain_use_the_notes_own_topics_and_terms(
    name: str, tmp_path: Path
) -> None:
    deck = deck_of(name, tmp_path)
    examples = examples_for(deck)
    assert not is_structural_title(examples.topic, deck.title)
    engine = Engine(deck, clock=FakeClock())
    term = deck.terms[0]
    said = shown(await say(engine, f"/explain {term.term}"))
    assert term.definition in said


def test_a_file_that_is_only_a_glossary_still_makes_a_deck(tmp_path: Path) -> None:
    notes = tmp_path / "vocab.md"
    notes.write_text("# French vocab\n\n## Vocabulary\n- le chat: the cat\n- le chien: the dog\n")
    deck = load_deck_from(notes, tmp_path)
    assert titles(deck) == ["Vocabulary"]
    assert {term.term for term in deck.terms} == {"le chat", "le chien"}


def load_deck_from(path: Path, tmp_path: Path) -> Deck:
    out = tmp_path / "out.yaml"
    out.write_text(dump_deck(import_file(path)), encoding="utf-8")
    return load_deck(out)


@pytest.mark.parametrize(
    ("title", "structural"),
    [
        ("Summary", True),
        ("6. Summary", True),
        ("Chapter 4 summary", True),
        ("Key terms", True),
        ("TL;DR", True),
        ("Glossary:", True),
        ("The Calvin cycle", False),
        ("Peer review process", False),
        ("Key people", False),
        ("Notes on Nagy", False),
    ],
)
def test_structural_titles_are_recognised_in_any_subject(title: str, structural: bool) -> None:
    assert is_structural_title(title) is structural


OUTLINE_IN_MARKDOWN = """\
# Physics: Forces

1. Motion
   1.1 Speed = distance ÷ time
   1.2 Velocity is speed in a given direction
      a) a vector quantity
      b) can be negative
2. Newton's laws
   Laws:
      a) First law – an object stays at rest or moves at a steady speed unless a force acts
      b) Second law – force = mass × acceleration
   Examples:
      i) seat belts
      ii) rocket launches
3. Momentum
   3.1 Momentum = mass × velocity
   3.2 Momentum is conserved in collisions

2.5 million cars were sold in the UK in 2019, and
most have crumple zones.

- A wrapped item that goes on
  onto the next line
"""


def _outline_deck() -> Deck:
    return parse_deck(dump_deck(import_text(OUTLINE_IN_MARKDOWN, format="markdown")), "forces.md")


def test_an_outline_typed_in_markdown_keeps_its_sections_and_items() -> None:
    deck = _outline_deck()
    by_title = {topic.title: topic for topic in deck.topics}
    assert {"Motion", "Newton's laws", "Momentum"} <= set(by_title)
    laws = [(fact.group, fact.text) for fact in by_title["Newton's laws"].facts]
    assert ("Laws", "Second law – force = mass × acceleration") in laws
    assert [text for group, text in laws if group == "Examples"] == [
        "seat belts",
        "rocket launches",
    ]
    assert [fact.text for fact in by_title["Momentum"].facts] == [
        "Momentum = mass × velocity",
        "Momentum is conserved in collisions",
    ]


def test_a_paragraph_opening_with_a_figure_and_a_wrapped_item_stay_as_written() -> None:
    texts = [fact.text for topic in _outline_deck().topics for fact in topic.facts]
    assert "2.5 million cars were sold in the UK in 2019, and most have crumple zones." in texts
    assert "A wrapped item that goes on onto the next line" in texts


PHYSICS_MD = """\
# Power

## Power and energy
- **P = V × I** — power (watts, W) = p.d. (V) × current (A)
- **P = I² × R** — handy when you don't know the p.d.
- **Efficiency** – the useful output energy as a share of the total input energy
- **Exam tip:** 6-mark method questions — say what you measure and what you keep the same
- Note: learn the units
"""


def test_symbols_formulas_and_exam_advice_are_not_key_terms() -> None:
    deck = parse_deck(dump_deck(import_text(PHYSICS_MD, format="markdown")), "power.md")
    assert [term.term for term in deck.terms] == ["Efficiency"]
    texts = [fact.text for topic in deck.topics for fact in topic.facts]
    assert any(text.startswith("Exam tip: 6-mark method questions") for text in texts)


def test_an_exam_questions_mark_count_is_never_the_blank() -> None:
    deck = parse_deck(dump_deck(import_text(PHYSICS_MD, format="markdown")), "power.md")
    prompts = [
        question.prompt
        for seed in range(1, 8)
        for question in QuestionGenerator(deck, seed=seed).generate(10)
    ]
    assert prompts
    assert not any("_____-mark" in prompt or "P = _____" in prompt for prompt in prompts)


def test_a_line_labelled_key_word_is_a_key_term_in_any_format() -> None:
    outline = (
        "THE ECONOMY\n"
        "    Key word: Inflation: a sustained rise in the general price level.\n"
        "    - The Bank of England targets 2% inflation\n"
    )
    markdown = "# Economy\n\n## Prices\n- Key term - Deflation: a fall in the general price level\n"
    for text, kind in ((outline, "outline"), (markdown, "markdown")):
        deck = parse_deck(dump_deck(import_text(text, format=kind)), f"economy.{kind}")
        assert [(t.term, t.definition) for t in deck.terms] in (
            [("Inflation", "a sustained rise in the general price level.")],
            [("Deflation", "a fall in the general price level")],
        ), kind
        bank = [f for t in deck.topics for f in t.facts if f.text.startswith("The Bank")]
        assert all(fact.group is None for fact in bank), "a key-word line heads nothing"


def test_a_line_telling_where_something_came_from_is_a_fact_not_its_meaning() -> None:
    notes = (
        "# Materials\n\n## Metals\n"
        "- **Bronze** — an alloy of copper and tin\n"
        "- **Nylon** — invented by Wallace Carothers in 1935\n"
        "- **Rubber** — from the sap of rubber trees\n"
        "- **Kevlar** — developed at DuPont for tyres\n"
    )
    deck = parse_deck(dump_deck(import_text(notes, format="markdown")), "materials.md")
    assert [term.term for term in deck.terms] == ["Bronze"]
    texts = [fact.text for topic in deck.topics for fact in topic.facts]
    assert "Nylon — invented by Wallace Carothers in 1935" in texts
