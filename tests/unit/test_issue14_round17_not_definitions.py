"""A line shaped "X: Y" that does not say what X means is not asked as a definition (issue 14,
round 17 class 2).

Round 17 asked "What does “thuMb” mean?" and "Which term means: “Field (north to south)”?" from
Fleming's memory aid, "Which term means: “frequency of the a.c.”?" from an equality of two
quantities, and "What does “Road” / “Rail” / “Tourism” mean?" from a list's labels with examples
or a benefit after them. The notes here (economics, a country fact file, written for the test)
have each shape beside real key terms.
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._label_blanks import label_blank_problem
from bot.questions._spans import Span, SpanKind
from knowledge.text import fold
from tests.unit.questioning import imported_notes

NOTES = Path(__file__).resolve().parents[1] / "data" / "round17" / "trade_economy.notes.md"
TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)


def _term_questions() -> list[Question]:
    generator = QuestionGenerator(imported_notes(NOTES), seed=1)
    return generator.all_candidates(kinds=TERM_KINDS)


def _asked_or_offered(question: Question) -> str:
    return fold(" ".join((question.prompt, *question.options, *question.answers)))


def test_labels_aids_and_equalities_are_not_asked_or_offered_as_terms() -> None:
    questions = _term_questions()
    assert questions
    for word in (
        "LaNd",
        "LaBour",
        "EnterPrise",
        "Capital goods",
        "natural resources",
        "quantity supplied",
        "Road",
        "toll roads",
        "Madaraka",
        "Tourism",
        "foreign currency",
        "Nairobi",
    ):
        shown = [q.prompt for q in questions if f" {fold(word)} " in f" {_asked_or_offered(q)} "]
        assert not shown, (word, shown)


def test_the_key_terms_are_still_asked() -> None:
    asked = {fold(q.answers[0]) for q in _term_questions()} | {
        fold(q.prompt) for q in _term_questions()
    }
    text = " ".join(asked)
    for term in ("tariff", "quota", "inflation", "subsidy"):
        assert term in text, term


def test_an_instruction_to_the_student_is_not_a_key_term() -> None:
    path = NOTES.parent / "quantitative_chemistry.notes.txt"
    generator = QuestionGenerator(imported_notes(path), seed=1)
    questions = generator.all_candidates(kinds=TERM_KINDS)
    assert questions
    assert not [q.prompt for q in questions if "learn the units" in _asked_or_offered(q)]


def test_an_everyday_label_before_examples_is_not_the_blank() -> None:
    # "Transport: _____: new bypasses and toll roads, e.g. …" asks which everyday word the notes
    # wrote ("Road"); "_____ – brings in foreign currency and jobs" asks which strategy does so
    def label_blank(text: str) -> str | None:
        label = text.split(":", maxsplit=1)[0].split(" –", maxsplit=1)[0]
        return label_blank_problem(text, Span(0, len(label), label, SpanKind.TERM))

    assert label_blank("Road: new bypasses and toll roads, e.g. the Nairobi Expressway")
    assert label_blank("Rail: SGR, Madaraka Express (Nairobi to Mombasa)")
    assert label_blank("Tourism – brings in foreign currency and jobs (e.g. safari parks)") is None
    assert label_blank("Tariff: a tax on imported goods") is None


def test_a_word_and_its_meaning_is_still_a_key_term(tmp_path: Path) -> None:
    # a vocabulary list's "Hund: Dog" is a word and its meaning, not a fact file's slot
    notes = tmp_path / "german.notes.md"
    words = ("Hund: Dog", "Katze: Cat", "Haus: House", "Baum: Tree", "Vogel: Bird", "Tisch: Table")
    notes.write_text(
        "# German vocabulary\n\n## Animals and things\n\n" + "".join(f"- {w}\n" for w in words),
        encoding="utf-8",
    )
    questions = QuestionGenerator(imported_notes(notes), seed=1).all_candidates(kinds=TERM_KINDS)
    assert {"hund", "katze", "haus"} & {fold(q.answers[0]) for q in questions} | {
        w for q in questions for w in ("hund", "katze", "haus") if w in fold(q.prompt)
    }
