"""One bot process answering quiz questions for ever: `python -m tests.integration.answer_worker
URL USER CHAT SEED`. test_answer_crash.py starts several of these on one database (the same user in
different chats) and kills them with SIGKILL at random moments.

Each answer goes through the real engine and quiz service: `/quiz 20`, then a press on a random
option of each multiple-choice question and `/skip` for typed ones (a wrong answer, so lapses
happen), until killed.
"""

from __future__ import annotations

import asyncio
import random
import sys

from bot.engine import Engine
from bot.events import Chat, Choice, Command, User
from bot.replies import Quiz, Reply
from bot.store import SqlStore
from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck


def _open_quiz(replies: list[Reply]) -> Quiz | None:
    return next((reply for reply in replies if isinstance(reply, Quiz)), None)


async def main(url: str, user_id: str, chat_id: str, seed: str) -> None:
    rng = random.Random(seed)
    user = User("test", user_id, f"Student {user_id}")
    chat = Chat("test", chat_id, is_group=False)
    async with await SqlStore.open(url) as store:
        engine = Engine(load_deck(DEFAULT_DECK), store=store)
        print("ready", flush=True)
        while True:
            replies = await engine.handle(Command(user, chat, "quiz", "20"))
            for _ in range(20):
                quiz = _open_quiz(replies)
                if quiz is not None:
                    token = rng.choice(quiz.options).token
                    replies = await engine.handle(Choice(user, chat, token))
                else:
                    replies = await engine.handle(Command(user, chat, "skip"))


if __name__ == "__main__":
    asyncio.run(main(*sys.argv[1:]))
