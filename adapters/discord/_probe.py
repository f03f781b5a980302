"""What the adapter reads from the core besides replies, for the chat's own deck (chats can study an
uploaded deck): topic suggestions for autocomplete, and whether a typed answer is awaited.

Discord bots without the privileged message-content intent cannot read typed messages, so a typed
question needs a button that opens a text box. The core's replies do not mark which message asks for
typed text; `quiz_awaits_answer` is the one place the adapter reads quiz state to know it (read-only —
grading and flow stay in the core). Without it, `/a <answer>` still works everywhere.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from adapters.discord._respond import AnswerProbe
from bot.engine import Engine
from bot.events import Chat, User
from knowledge.search import Hit

Suggest = Callable[[Chat, str, int], Awaitable[Sequence[Hit]]]
"""(chat, what is typed, how many) -> topics and terms of that chat's deck, best first."""


def deck_suggestions(engine: Engine) -> Suggest:
    async def suggest(chat: Chat, typed: str, limit: int) -> Sequence[Hit]:
        runtime = await engine.library.for_chat(chat)
        return runtime.index.suggest(typed, limit)

    return suggest


def quiz_awaits_answer(engine: Engine) -> AnswerProbe:
    """A probe over the engine's quizzes: true while this user's open question here is a typed one."""

    async def probe(user: User, chat: Chat) -> bool:
        runtime = await engine.library.for_chat(chat)
        session = runtime.quiz.session_for(user, chat)
        question = session.current if session is not None else None
        return question is not None and question.typed

    return probe
