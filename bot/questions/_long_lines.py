"""A question on a long line of the notes, shown with only the sentences it needs.

A bullet of four or five sentences ("Pharos of Alexandria (Egypt): built c. 280 BC under Ptolemy
II, … One of the Seven Wonders … Ruined by earthquakes; its stones were reused in Fort Qaitbay
(1477).") made stems over the platform limit (`MAX_PROMPT`), so every question on it was dropped
and the notes' weightiest items asked nothing (round 26: the Pharos, Smeaton, the Bell Rock).
Such a stem keeps the line's first sentence, which says what the line is about, and the sentence
holding the blank (with the one before it when it opens by pointing back), joined by "…".
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions._context import DeckContext
from bot.questions._filters import question_problem
from bot.questions._model import BLANK, MAX_PROMPT, Question, QuestionKind
from knowledge.importers.sentences import split_sentences

# What stands for the blank while the stem is cut into sentences: the splitter starts a
# sentence only at a capital or a digit, and a sentence may open with the blank.
_HOLDER = "XBLANKX"
# A sentence opening by pointing back at the one before: "This made …", "These were …".
_POINTS_BACK = re.compile(r"(?:this|these|that|those|such|both|then|so|but|however)\b", re.I)
_GAP = " … "
# The kinds whose stem holds the blank the sentences are kept around.
_BLANKED = frozenset({QuestionKind.CLOZE, QuestionKind.CHOICE})


def fitted(question: Question, ctx: DeckContext) -> Question | None:
    """`question` when it passes every check (`question_problem`); else, when only its length
    failed, the same question with its stem cut to the sentences it needs, if that passes; else
    None."""
    problem = question_problem(question, ctx)
    if problem is None:
        return question
    if len(question.prompt) <= MAX_PROMPT:
        return None
    return focused(question, ctx=ctx)


def focused(question: Question, *, ctx: DeckContext) -> Question | None:
    """The question with its stem cut to the pieces it needs (`shortened`), when that passes
    every check; else None."""
    shorter = shortened(question)
    if shorter is None or question_problem(shorter, ctx) is not None:
        return None
    return shorter


def shortened(question: Question) -> Question | None:
    """The question with its stem cut to its first piece (sentence, or clause between
    semicolons), the piece holding the blank and (when that one points back) the piece before it;
    None when it has no blank, when no piece can go, or when what is left is still too long."""
    if question.kind not in _BLANKED or question.prompt.count(BLANK) != 1:
        return None
    sentences = pieces(question.prompt.replace(BLANK, _HOLDER))
    at = next((i for i, sentence in enumerate(sentences) if _HOLDER in sentence), None)
    if at is None or len(sentences) < 2:  # one sentence cannot be cut
        return None
    kept = {0, at}
    if at > 1 and _POINTS_BACK.match(sentences[at]):
        kept.add(at - 1)
    parts: list[str] = []
    for index in sorted(kept):
        if parts and index - 1 not in kept:
            parts.append(_GAP.strip())
        parts.append(sentences[index].rstrip(";").rstrip())
    prompt = " ".join(parts).replace(_HOLDER, BLANK)
    if len(prompt) > MAX_PROMPT or len(kept) == len(sentences):
        return None
    return replace(question, prompt=prompt)


def pieces(text: str) -> list[str]:
    """`text` cut into sentences, and each sentence at its semicolons outside brackets: "… in
    the Great Storm of November 1703; Winstanley was inside" is two things to know."""
    found: list[str] = []
    for sentence in split_sentences(text):
        depth = 0
        start = 0
        for at, char in enumerate(sentence):
            depth += (char in "([") - (char in ")]")
            if char == ";" and depth <= 0 and sentence[at + 1 : at + 2] == " ":
                found.append(sentence[start : at + 1].strip())
                start = at + 1
        found.append(sentence[start:].strip())
    return [piece for piece in found if piece]
