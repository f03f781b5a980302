"""Headings, labels and worked-example figures are not quizzed as content (issue 14, round 17
class 3).

The round-17 blind review found "Which topic does this belong to? “1b. Key words”", a cloze on
the sub-heading "5a. Alternator and _____", a true/false "statement" that is a list's label
("Ways to decrease the induced p.d.:"), a worked example's figures asked without its data ("A
wire _____ cm long", "F = _____ N") and "_____: Abuja" keyed on the label "Capital". These
notes are on another subject (quantitative chemistry, a country fact file), written for the test.
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._context import DeckContext
from bot.questions._filters import question_problem
from tests.unit.questioning import imported_notes

DATA = Path(__file__).resolve().parents[1] / "data" / "round17"


def _questions(path: Path) -> list[Question]:
    return QuestionGenerator(imported_notes(path), seed=1).all_candidates()


def _shown(ctx: DeckContext, kind: QuestionKind, line: str, options: tuple[str, ...]) -> bool:
    """Whether a question of `kind` on `line` passes the checks every built question passes."""
    question = Question(
        id="q",
        kind=kind,
        prompt=f"Which topic does this belong to? “{line}”",
        answers=(options[0],),
        options=options,
        correct=(0,),
        explanation="From the notes.",
        source_fact=line,
    )
    return question_problem(question, ctx) is None


def test_a_heading_kept_as_a_line_is_not_asked_which_topic_it_belongs_to() -> None:
    ctx = DeckContext(imported_notes(DATA / "quantitative_chemistry.notes.txt"), 1)
    topics = ("Moles and masses", "Concentration of solutions", "Gas volumes")
    for heading in ("1b. Key words about amounts of substance", "KEY TERMS (quick list)"):
        assert not _shown(ctx, QuestionKind.WHICH_TOPIC, heading, topics), heading
    line = "The indicator changes colour at the end point"
    assert _shown(ctx, QuestionKind.WHICH_TOPIC, line, (topics[1], topics[0], topics[2]))


def test_no_true_false_or_option_is_a_list_label() -> None:
    questions = _questions(DATA / "quantitative_chemistry.notes.txt")
    labels = [
        text
        for q in questions
        for text in (q.prompt if q.kind is QuestionKind.TRUE_FALSE else "", *q.options)
        if text.rstrip().endswith(":")
    ]
    assert not labels
    ctx = DeckContext(imported_notes(DATA / "quantitative_chemistry.notes.txt"), 1)
    options = ("Ways to increase the concentration:", "add more solute", "a burette")
    assert not _shown(ctx, QuestionKind.REASON, "add more solute", options)


def test_a_worked_example_figure_is_not_asked_without_its_data() -> None:
    questions = _questions(DATA / "quantitative_chemistry.notes.txt")
    worked = [
        q.prompt
        for q in questions
        if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.TRUE_FALSE)
        and any(figure in q.source_fact for figure in ("12.0 g", "0.50 mol", "2.0 mol"))
    ]
    assert not worked
    # the lines around it are still asked
    assert any("limiting reactant" in (q.source_fact or "").lower() for q in questions)


def test_a_fact_file_label_is_not_the_blank(tmp_path: Path) -> None:
    notes = tmp_path / "peru.notes.md"
    notes.write_text(
        "# Peru\n\n## Location\n\n- South America, on the Pacific coast\n"
        "- Capital: **Lima**. Largest port: **Callao**\n"
        "- The Andes mountains run from north to south\n- Population: about 33 million\n",
        encoding="utf-8",
    )
    questions = _questions(notes)
    keyed = [
        q.answers[0]
        for q in questions
        if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE)
        and q.source_fact.startswith("Capital")
    ]
    assert keyed
    assert "Capital" not in keyed
    # nor as a key term: "Which term means: “Lima. Largest port: Callao”?" (round 17 class 2)
    assert not [q.prompt for q in questions if q.answers[0] == "Capital"]


def test_an_item_of_an_exam_tip_list_is_not_the_blank() -> None:
    ctx = DeckContext(imported_notes(DATA / "quantitative_chemistry.notes.txt"), 1)
    tip = next(ref for ref in ctx.facts if ref.text.startswith("Practise labelling"))

    def cloze(prompt: str, answer: str) -> Question:
        return Question(
            id="q",
            kind=QuestionKind.CLOZE,
            prompt=f"Exam tips: {prompt}",
            answers=(answer,),
            explanation="From the notes.",
            source_fact=tip.text,
            topic_id=tip.topic.id,
            fact_id=tip.fact_id,
        )

    listed = cloze(
        "Practise labelling the apparatus: beaker, burette, _____, conical flask", "pipette"
    )
    assert question_problem(listed, ctx) == "the blank is an item of an exam tip's list"
    point = cloze(
        "Practise labelling the _____: beaker, burette, pipette, conical flask", "apparatus"
    )
    assert question_problem(point, ctx) != "the blank is an item of an exam tip's list"
