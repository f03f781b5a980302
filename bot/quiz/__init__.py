"""Solo quizzes, reviews with spaced repetition, and what they need from the store."""

from bot.quiz._service import (
    ANSWER_ACTION,
    KEEP_ACTION,
    REPLACE_ACTION,
    START_ACTION,
    QuizService,
    parse_request,
)
from bot.quiz._session import Mode, QuizSession, Result
from bot.quiz._srs import Outcome, make_scheduler, rating_for

__all__ = [
    "ANSWER_ACTION",
    "KEEP_ACTION",
    "REPLACE_ACTION",
    "START_ACTION",
    "Mode",
    "Outcome",
    "QuizService",
    "QuizSession",
    "Result",
    "make_scheduler",
    "parse_request",
    "rating_for",
]
