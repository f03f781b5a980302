"""Quiz questions from any deck: cloze, multiple choice, which topic, true/false, chronology, key
terms and the deck's own hand-written questions, each with its source fact and an explanation.

`QuestionGenerator(deck, seed=…)` builds every question that passes the quality checks and draws
varied, deterministic batches from them; `format_sample` renders questions for review.
"""

from bot.questions._generator import QuestionGenerator
from bot.questions._model import Question, QuestionKind
from bot.questions._sample import format_sample

__all__ = ["Question", "QuestionGenerator", "QuestionKind", "format_sample"]
