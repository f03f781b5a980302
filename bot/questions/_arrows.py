"""Arrows as a student reads them: notes typed with a keyboard write "->", "=>" and "<-".

In a question the ASCII arrow is markup left behind ("lens thicker -> refracts light more"); the
typographic arrow says the same thing the way a printed question would. Only what is shown is
rewritten (prompt, options, answers, explanation, hints, option notes and the quoted line): the
deck keeps its text, and grading folds both spellings to the same words, so a typed answer is
accepted either way.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions._arrow_sentences import arrows_said
from bot.questions._model import BLANK, Question

# Longest first, so "<-->" is not read as "<-" then "->". "<-" before a digit is "less than minus
# three" ("x<-3"), not an arrow.
_ARROWS = re.compile(r"<-{1,2}>|<={1,2}>|-{1,2}>|={1,2}>|<-{1,2}(?!\d)")
_TYPOGRAPHIC = {"-": "→", "=": "⇒"}


def _arrow(match: re.Match[str]) -> str:
    mark = match.group(0)
    if mark.startswith("<") and mark.endswith(">"):
        return "↔" if "-" in mark else "⇔"
    if mark.startswith("<"):
        return "←"
    return _TYPOGRAPHIC[mark[0]]


def typographic_arrows(text: str) -> str:
    """`text` with its ASCII arrows ("->", "-->", "=>", "<-", "<->") as typographic ones."""
    if ">" not in text and "<" not in text:
        return text
    return _ARROWS.sub(_arrow, text)


# An arrow opening a line carries on the line above ("-> in chemistry pure milk is NOT pure, it
# is a mixture"): in a question that stands alone it is a stray mark, and so is a "so" after it
# ("→ so seen as the father of Cubism" under the painter it is said of) (round 16, A2, A12: "…: →
# in chemistry pure milk is NOT pure, it is a/an _____", options "→ otherwise the spots …"). It
# is dropped where a stem, an option or an answer opens with one, or a label runs into one; the
# notes quoted in explanations keep it.
_LEADING = "(?:→|⇒)"
_ASKED_LEAD = re.compile(
    rf"(^|[:?]\s|[“\"(]){_LEADING}\s*(?:(?:so|therefore|hence|thus|and so)\s+(?=\S))?",
    re.IGNORECASE,
)
_OPENING = re.compile(rf"\s*{_LEADING}\s*")


def _unled(text: str) -> str:
    found = _OPENING.match(text)
    return text if found is None or found.end() == len(text) else text[found.end() :]


def _prompt_said(prompt: str, answers: tuple[str, ...]) -> str | None:
    """The stem with its arrows said in words, read with the blank filled: "Tannins → _____"
    is said by what the blank holds ("astringency", a noun: "Tannins, giving _____"), not as
    if the blank were a name ("Tannins to _____", round 25, B34)."""
    answer = answers[0] if answers else ""
    if BLANK not in prompt or not answer or answer in prompt:
        return arrows_said(prompt)
    said = arrows_said(prompt.replace(BLANK, answer, 1))
    if said is None or said.count(answer) != 1:
        return arrows_said(prompt)
    return said.replace(answer, BLANK, 1)


def with_arrows(question: Question) -> Question | None:
    """The question with every shown text's ASCII arrows typographic, and each arrow in its stem,
    options and answers said in words (`arrows_said`); the same question when it has none; None
    when an arrow there cannot be said as English (round 18, class 3: an instruction or an
    example after it), so that the question is not asked.

    Every built question passes here: most hold no arrow at all, and those are returned as they
    are without building a copy to compare."""
    texts = (
        question.prompt,
        question.explanation,
        question.source_fact,
        question.hint or "",
        *question.answers,
        *question.options,
        *question.hints,
        *question.option_notes,
    )
    joined = "".join(texts)
    # Any arrow, typed ("->", "<=") or typographic ("→", as Markdown notes often hold it).
    if ">" not in joined and "<" not in joined and "→" not in joined and "⇒" not in joined:
        return question
    shown = typographic_arrows
    prompt = _prompt_said(_ASKED_LEAD.sub(r"\1", shown(question.prompt)), question.answers)
    answers = tuple(arrows_said(_unled(shown(answer))) for answer in question.answers)
    options = tuple(arrows_said(_unled(shown(option))) for option in question.options)
    if prompt is None or None in answers or None in options:
        return None
    tidy = replace(
        question,
        prompt=prompt,
        answers=tuple(answer for answer in answers if answer is not None),
        options=tuple(option for option in options if option is not None),
        explanation=shown(question.explanation),
        source_fact=shown(question.source_fact),
        hint=None if question.hint is None else shown(question.hint),
        hints=tuple(shown(hint) for hint in question.hints),
        option_notes=tuple(shown(note) for note in question.option_notes),
    )
    return question if tidy == question else tidy
