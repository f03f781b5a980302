"""Round 19's blank, give-away and option classes, on notes written for the test (issue 14).

The round-19 blind review (docs/quiz-review/19-findings.md) failed plain-text outline layout left
in stems (a "-----" underline read as a heading, a glossary after the last numbered section filed
under it, a hand-wrapped line asked in two halves, "(see 5)"), trivia blanks (a cited study's
sample size, a label word asked as a key term, the notes' preamble, an exam-tips line, a member of
a bracket of places, a date in an aside on a name), give-aways ("listed under" where only the key
is dated, a surname in "macadamisation"), "Entrepreneur" offered among named people, a notes
bracket kept as an accepted answer, and a true/false moving "~0.7%" to "~0.6%". The notes here
are a sociology outline and a food-science Markdown file (tests/data/round19/); the round's own
decks are checked for its examples.
"""

from __future__ import annotations

import re

from bot.questions import QuestionKind
from tests.unit.round19_questions import FOOD, REVIEW_A, REVIEW_B, SOCIOLOGY
from tests.unit.round19_questions import all_questions as _all
from tests.unit.round19_questions import blanked as _blanked
from tests.unit.round19_questions import shown as _shown


def test_the_notes_preamble_in_brackets_is_not_asked() -> None:
    assert not [q for q in _all(SOCIOLOGY) if q.source_fact.startswith("(my own notes")]
    assert not [q for q in _all(REVIEW_A) if q.source_fact.startswith("(my notes from class")]


def test_a_cited_studys_sample_size_is_not_asked() -> None:
    for stem in ("_____ working-class lads", "_____ New York", "_____ children followed"):
        assert not _blanked(SOCIOLOGY, stem)
    assert not _blanked(SOCIOLOGY, "- _____ London schools")
    turned = [q.prompt for q in _all(SOCIOLOGY) if q.kind is QuestionKind.TRUE_FALSE]
    assert not [p for p in turned if "working-class lads" in p and " 12 " not in p]
    # what a study found is asked
    assert _blanked(SOCIOLOGY, "_____ of black pupils")
    for stem in ("_____ patients vs", "of _____ studies", "- _____ studies", "- _____ US +"):
        assert not _blanked(REVIEW_A, stem)  # round 19, A10, A33, A45, A52


def test_a_pointer_to_a_section_is_left_out() -> None:
    shown = [_shown(q) for q in _all(SOCIOLOGY)]
    assert [text for text in shown if "ignores pupils who resist" in text]
    assert not [text for text in shown if "(see 2)" in text]
    assert not [_shown(q) for q in _all(REVIEW_A) if "(see 5)" in _shown(q)]


def test_exam_tips_with_an_aside_in_their_heading_are_not_asked() -> None:
    assert not [q for q in _all(FOOD) if "Explain Q" in _shown(q)]
    assert not [q for q in _all(FOOD) if any("Exam tips" in o for o in q.options)]
    assert not [q for q in _all(REVIEW_B) if "Describe Q" in _shown(q)]  # round 19, B32


def test_a_role_is_not_offered_among_named_people() -> None:
    for path, role in ((FOOD, "Consumer"), (REVIEW_B, "Entrepreneur")):
        offered = [q for q in _all(path) if q.options and role in q.options]
        assert not [q.options for q in offered if "Louis Pasteur" in q.options]
        assert not [q.options for q in offered if "John Metcalf" in q.options]


def test_asides_and_examples_in_brackets_are_not_blanked() -> None:
    assert not [p for p in _blanked(FOOD, "(_____") if "Glasgow" in p or "from" in p]
    assert not _blanked(FOOD, "(Liverpool, _____)")
    assert not _blanked(REVIEW_B, "(Lancashire, W. _____)")  # round 19, B51
    assert not _blanked(REVIEW_B, "(_____, W. Yorkshire)")
    assert not _blanked(REVIEW_B, "Lord Ashley until _____")  # round 19, B26


def test_a_bracket_saying_who_is_no_other_name_for_a_place() -> None:
    luddites = [q for q in _all(REVIEW_B) if "Nottinghamshire" in q.answers]
    assert luddites
    assert not [q.answers for q in luddites if "framework knitters" in q.answers]


def test_a_name_inside_a_word_of_the_stem_gives_it_away() -> None:
    asked = [q for q in _all(REVIEW_B) if q.kind is not QuestionKind.MATCHING]
    assert not [q.prompt for q in asked if "macadamisation" in q.prompt]


def test_a_listed_under_question_is_not_told_by_the_dated_form() -> None:
    dated = re.compile(r"^\d{4}\b")
    for q in _all(REVIEW_A):
        if q.kind is QuestionKind.REASON and "listed under" in q.prompt:
            flags = [bool(dated.match(option)) for option in q.options]
            right = flags[q.correct[0]]
            wrong = [flag for i, flag in enumerate(flags) if i not in q.correct]
            assert not all(flag != right for flag in wrong), q.prompt


def test_numbers_in_names_and_between_the_are_not_blanked() -> None:
    for stem in ("DSM-_____", "ICD-_____", "between the _____ systems"):
        assert not _blanked(REVIEW_A, stem)  # round 19, A42, A59


def test_a_citation_in_one_bracket_is_not_blanked() -> None:
    assert _blanked(FOOD, "(March _____)")  # a month dates what goes before: asked
    assert not _blanked(REVIEW_A, "(Escobar _____)")
    assert not _blanked(REVIEW_A, "(_____ and Javitt 2012)")
    assert not _blanked(REVIEW_A, "(Moghaddam and Javitt _____)")


def test_an_estimate_is_not_nudged_in_a_true_false() -> None:
    turned = [q.prompt for q in _all(REVIEW_A) if q.kind is QuestionKind.TRUE_FALSE]
    estimates = [p for p in turned if "paternal age" in p]
    assert not [p for p in estimates if re.search(r"~0\.[1-9]% at <25", p) and "~0.7%" not in p]


def test_a_chronology_orders_events_not_figures_or_names_dated_in_passing() -> None:
    ordered = [q for q in _all(REVIEW_B) if q.kind is QuestionKind.CHRONOLOGY]
    assert ordered
    for q in ordered:
        assert not [o for o in q.options if re.match(r"(?i)about \d", o)], q.options  # B7
        assert not [o for o in q.options if "Menai" in o or re.search(r"\b1\d{3}s\b", o)]


def test_a_column_named_by_what_happened_is_quoted_not_read_as_a_noun() -> None:
    asked = [q.prompt for q in _all(REVIEW_B) if "Opened" in q.prompt or "opened for" in q.prompt]
    assert asked
    assert not [p for p in asked if re.search(r"\bthe opened\b", p)]
    assert [p for p in asked if "under “Opened”" in p]


def test_a_line_about_the_notes_themselves_is_not_asked() -> None:
    food = [q for q in _all(FOOD) if "teacher" in q.source_fact or "Mr Lee" in q.source_fact]
    assert not food
