"""Autocomplete's source: the topics and terms of the deck a channel studies (chats can study an
uploaded deck, so suggestions come from that chat's own index, misspellings included)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from bot.engine import Engine
from bot.events import Chat
from knowledge.search import Hit

Suggest = Callable[[Chat, str, int], Awaitable[Sequence[Hit]]]
"""(chat, what is typed, how many) -> topics and terms of that chat's deck, best first."""


def deck_suggestions(engine: Engine) -> Suggest:
    async def suggest(chat: Chat, typed: str, limit: int) -> Sequence[Hit]:
        runtime = await engine.library.for_chat(chat)
        return runtime.index.suggest(typed, limit)

    return suggest
