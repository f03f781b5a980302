"""Quiz questions from any deck: cloze, multiple choice, true/false, chronology, key terms and the
deck's own hand-written questions, each with its source fact and an explanation ("which topic"
only when asked for by name: `ON_REQUEST_KINDS`).

`QuestionGenerator(deck, seed=…)` builds every question that passes the quality checks and draws
varied, deterministic batches from them; `format_sample` renders questions for review.
"""

from bot.questions._generator import ON_REQUEST_KINDS, QuestionGenerator
from bot.questions._model import Question, QuestionKind
from bot.questions._sample import format_sample

__all__ = ["ON_REQUEST_KINDS", "Question", "QuestionGenerator", "QuestionKind", "format_sample"]
