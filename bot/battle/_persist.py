"""What battles keep in the store, as a thin layer over the store's own methods.

- Per chat, in the chat settings: `battle_options` (the chat's speed/streak defaults) and `battle`
  (a snapshot of the running battle, rewritten as it starts and after every round).
- A registry of chats with a running battle, kept in the settings of one reserved chat
  (`REGISTRY`), so that after a restart the feature can find them without a "list every chat"
  query. Each chat is one key there; the store merges keys atomically, so chats never overwrite
  each other's entries.

Every method logs and swallows store failures where a battle can carry on without them.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from bot.battle._model import Battle, Phase, Player, Snapshot
from bot.battle._scoring import Rules
from bot.events import Chat
from bot.store import BattleResult, ChatRef, LeaderboardEntry, UserRef

if TYPE_CHECKING:
    from bot.store import SqlStore

log = logging.getLogger(__name__)

REGISTRY = ChatRef("studybot", "running-battles")
SNAPSHOT_KEY = "battle"
OPTIONS_KEY = "battle_options"


class BattleStore(Protocol):
    """The part of `bot.store.Store` battles use."""

    async def get_chat_settings(self, chat: ChatRef) -> dict[str, Any]: ...

    async def update_chat_settings(
        self, chat: ChatRef, changes: Mapping[str, Any]
    ) -> dict[str, Any]: ...

    async def record_battle_result(self, result: BattleResult) -> bool: ...

    async def leaderboard(
        self, chat: ChatRef, since: datetime | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]: ...

    async def upsert_user(self, user: UserRef, display_name: str, seen_at: datetime) -> None: ...


if TYPE_CHECKING:

    def _sql_store_serves_battles(store: SqlStore) -> BattleStore:
        """mypy proves here that the real store has every method battles call."""
        return store


def chat_ref(chat: Chat) -> ChatRef:
    return ChatRef(chat.platform, chat.id)


def _registry_key(chat: Chat) -> str:
    return f"{chat.platform}:{chat.id}"


async def chat_rules(store: BattleStore | None, chat: Chat) -> Rules:
    """The chat's default rules (speed and streak on unless an admin turned them off)."""
    if store is None:
        return Rules()
    try:
        saved = (await store.get_chat_settings(chat_ref(chat))).get(OPTIONS_KEY) or {}
    except Exception:
        log.exception("could not read battle settings of %s", chat)
        return Rules()
    return Rules(speed=bool(saved.get("speed", True)), streak=bool(saved.get("streak", True)))


async def set_chat_rule(store: BattleStore, chat: Chat, name: str, value: bool) -> Rules:
    """Change one of the chat's defaults; raises when the store fails (the admin is told)."""
    current = await chat_rules(store, chat)
    saved = {"speed": current.speed, "streak": current.streak, name: value}
    await store.update_chat_settings(chat_ref(chat), {OPTIONS_KEY: saved})
    return Rules(speed=saved["speed"], streak=saved["streak"])


async def save(store: BattleStore | None, battle: Battle, now: datetime) -> None:
    """Write the battle's snapshot and make sure the registry lists its chat."""
    if store is None:
        return
    try:
        await store.update_chat_settings(
            chat_ref(battle.chat), {SNAPSHOT_KEY: battle.snapshot(now)}
        )
        if battle.phase is Phase.LOBBY or battle.played == 0:
            entry = {"platform": battle.chat.platform, "id": battle.chat.id, "battle": battle.id}
            await store.update_chat_settings(REGISTRY, {_registry_key(battle.chat): entry})
    except Exception:
        log.exception("could not save the battle in %s; a restart would lose it", battle.chat)


async def forget(store: BattleStore | None, chat: Chat, battle_id: str) -> None:
    """Remove a finished battle's snapshot (only if it is still this battle's) and its registry
    entry."""
    if store is None:
        return
    try:
        ref = chat_ref(chat)
        saved = (await store.get_chat_settings(ref)).get(SNAPSHOT_KEY)
        if isinstance(saved, dict) and saved.get("battle_id") == battle_id:
            await store.update_chat_settings(ref, {SNAPSHOT_KEY: None})
        await store.update_chat_settings(REGISTRY, {_registry_key(chat): None})
    except Exception:
        log.exception("could not clear the battle snapshot of %s", chat)


async def interrupted(store: BattleStore, running: set[str]) -> list[Snapshot]:
    """Battles the registry lists that this process is not running: cut short by a restart.

    Unreadable entries are dropped from the registry (and logged) rather than retried forever.
    """
    found: list[Snapshot] = []
    for key, entry in (await store.get_chat_settings(REGISTRY)).items():
        try:
            chat = ChatRef(str(entry["platform"]), str(entry["id"]))
            if str(entry["battle"]) in running:
                continue
            saved = (await store.get_chat_settings(chat)).get(SNAPSHOT_KEY)
            if isinstance(saved, dict) and saved.get("battle_id") == entry["battle"]:
                found.append(Snapshot.from_json(saved))
                continue
        except (KeyError, TypeError, ValueError):
            log.exception("dropping an unreadable running-battle entry %r", key)
        await store.update_chat_settings(REGISTRY, {key: None})
    return found


async def record(
    store: BattleStore | None,
    chat: Chat,
    *,
    battle_id: str,
    players: Sequence[Player],
    won: set[str],
    finished_at: datetime,
) -> None:
    """Store every player's result (once per battle: a retry after a crash is ignored)."""
    if store is None:
        return
    ref = chat_ref(chat)
    for player in players:
        user = UserRef(chat.platform, player.user_id)
        try:
            await store.upsert_user(user, player.name, finished_at)
            await store.record_battle_result(
                BattleResult(
                    ref,
                    user,
                    battle_id,
                    player.points,
                    player.correct,
                    player.answered,
                    player.user_id in won,
                    finished_at,
                )
            )
        except Exception:
            log.exception("could not record %s's battle result in %s", player.name, chat)
