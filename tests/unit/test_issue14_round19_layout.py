"""Round 19's outline layout classes, on notes in another subject written for the test (issue 14).

The round-19 blind review (docs/quiz-review/19-findings.md, class 3 and 4) found a plain-text
outline's "-----" underline read as a heading ("-----: Which of these is listed under …"), its
glossary after the last numbered section filed under that section ("What does “KEY TERMS”
mean?"), a hand-wrapped line asked in two halves (one ending on its comma), a line opening "= …"
shown as "= _____ of brain structure", and label words ("aim = …", "side effects: typical → …")
asked as key terms. The notes here are a sociology outline (tests/data/round19/).
"""

from __future__ import annotations

import re

from bot.questions import QuestionKind
from tests.unit.round19_questions import REVIEW_A, SOCIOLOGY
from tests.unit.round19_questions import all_questions as _all
from tests.unit.round19_questions import keys as _keys
from tests.unit.round19_questions import shown as _shown


def test_an_underline_is_neither_a_heading_nor_a_line() -> None:
    shown = [_shown(q) for q in _all(SOCIOLOGY)]
    assert not [text for text in shown if re.search(r"---|===", text)]
    # the numbered section with no numbered subsections keeps its lines under its own title
    assert any(q.prompt.startswith("Class differences in achievement") for q in _all(SOCIOLOGY))


def test_a_capitals_heading_after_the_numbered_sections_starts_a_section() -> None:
    glossary = [q for q in _all(SOCIOLOGY) if "Streaming" in q.answers]
    assert glossary
    assert all(not q.prompt.startswith("Class differences") for q in glossary)
    assert [q.prompt for q in glossary if q.prompt.startswith("Key words: ")]
    assert "key words" not in _keys(SOCIOLOGY)  # "What does “KEY WORDS” mean?" (round 19)
    # the exam advice after it is no section of facts to ask
    assert not [q for q in _all(SOCIOLOGY) if "studies in every paragraph" in _shown(q)]


def test_a_line_wrapped_by_hand_is_asked_whole() -> None:
    facts = {q.source_fact for q in _all(SOCIOLOGY)}
    assert any("counter-school culture and got themselves working-class jobs" in f for f in facts)
    assert not [f for f in facts if f.rstrip().endswith("culture and")]
    assert not [f for f in facts if f.startswith("got themselves")]


def test_a_line_opening_with_equals_defines_its_heading() -> None:
    asked = [q for q in _all(SOCIOLOGY) if q.kind is QuestionKind.DEFINITION_TO_TERM]
    assert [q for q in asked if "Hidden curriculum" in q.answers]
    assert not [q for q in _all(SOCIOLOGY) if re.search(r"(?:^|: |“)= ", q.prompt)]


def test_a_label_word_is_no_key_term() -> None:
    keys = _keys(SOCIOLOGY)
    assert not keys & {"aim", "side effects", "eval"}
    assert "meritocracy" in keys
    assert not _keys(REVIEW_A) & {"aim", "side effects", "eval"}  # round 19, A49 and A56
