"""A plain-text rendering of questions for a person to review (`studybot quiz sample`)."""

from __future__ import annotations

from collections.abc import Iterable

from bot.questions._model import Question, QuestionKind

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def format_sample(questions: Iterable[Question]) -> str:
    """Each question: kind, prompt, options (right ones marked "*"), answers, fact, explanation."""
    blocks = [_block(number, question) for number, question in enumerate(questions, start=1)]
    return "\n\n".join(blocks) if blocks else "(no questions)"


def _block(number: int, question: Question) -> str:
    lines = [f"{number}. [{question.kind.value}] {question.prompt}"]
    if question.kind is QuestionKind.CHRONOLOGY:
        for index, option in enumerate(question.options):
            lines.append(f"     {_LETTERS[index]}) {option}")
        order = ", ".join(_LETTERS[index] for index in question.correct)
        lines.append(f"   order: {order}")
    elif question.kind is QuestionKind.MATCHING:
        for index, option in enumerate(question.options):
            lines.append(f"     {_LETTERS[index]}) {option}")
        pairs = ", ".join(f"{n}{_LETTERS[index]}" for n, index in enumerate(question.correct, 1))
        lines.append(f"   matches: {pairs}")
    elif question.options:
        for index, option in enumerate(question.options):
            mark = "*" if index in question.correct else " "
            lines.append(f"   {mark} {_LETTERS[index]}) {option}")
    else:
        lines.append(f"   answers: {' | '.join(question.answers)}")
    if question.hint:
        lines.append(f"   hint: {question.hint}")
    lines.append(f"   fact: {question.source_fact}")
    lines.append(f"   explanation: {question.explanation}")
    return "\n".join(lines)
