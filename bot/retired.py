"""Questions a teacher retired for one chat (from the dashboard): quizzes skip them.

Kept in the chat's settings, one key per question, so every process sees the same list and two
teachers retiring at once never lose each other's change (the store merges settings keys atomically).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Protocol

from bot.store import ChatRef, Store


class ChatSettings(Protocol):
    """The one store read retired questions need (any store that keeps chat settings)."""

    async def get_chat_settings(self, chat: ChatRef) -> dict[str, Any]: ...


log = logging.getLogger(__name__)

PREFIX = "retired:"


def retired_in(settings: Mapping[str, object]) -> frozenset[str]:
    """The retired question ids recorded in a chat's settings."""
    return frozenset(
        key.removeprefix(PREFIX)
        for key, value in settings.items()
        if key.startswith(PREFIX) and value
    )


async def retired_ids(store: ChatSettings | None, chat: ChatRef) -> frozenset[str]:
    """The chat's retired question ids (none without a store, or while it cannot be read: a quiz,
    battle or daily question going ahead matters more than leaving one question out)."""
    if store is None:
        return frozenset()
    try:
        return retired_in(await store.get_chat_settings(chat))
    except Exception:
        log.warning("could not read the retired questions of %s", chat, exc_info=True)
        return frozenset()


async def set_retired(store: Store, chat: ChatRef, question_id: str, retired: bool) -> None:
    """Retire one question for the chat, or bring it back."""
    await store.update_chat_settings(chat, {PREFIX + question_id: True if retired else None})
