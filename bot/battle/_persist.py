"""What battles keep in the store, as a thin layer over the store's own methods.

- Per chat, in the chat settings: `battle_options` (the chat's speed/streak defaults).
- Per battle, a row of the store's `battles` table: its snapshot (rewritten as it starts and
  after every round), its status, and the process that runs it (`owner`, a token made once per
  feature) with that process's heartbeat. Several processes may share one database: each serves
  the battles it opened, and a battle whose heartbeat went stale is claimed — by exactly one of
  them, through the store's conditional update — and announced as interrupted.

Every method logs and swallows store failures where a battle can carry on without them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import platform
import secrets
from collections.abc import Callable, Collection, Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, Protocol

from bot.battle._model import Battle, Player
from bot.battle._scoring import Rules
from bot.events import Chat
from bot.store import (
    BattleRecord,
    BattleResult,
    BattleStatus,
    ChatRef,
    LeaderboardEntry,
    UserRef,
)

if TYPE_CHECKING:
    from bot.store import SqlStore

log = logging.getLogger(__name__)

OPTIONS_KEY = "battle_options"


class BattleStore(Protocol):
    """The part of `bot.store.Store` battles use."""

    async def get_chat_settings(self, chat: ChatRef) -> dict[str, Any]: ...

    async def update_chat_settings(
        self, chat: ChatRef, changes: Mapping[str, Any]
    ) -> dict[str, Any]: ...

    async def record_battle_results(
        self, results: Sequence[BattleResult], names: Mapping[UserRef, str] | None = None
    ) -> int: ...

    async def finish_battle(
        self,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
        results: Callable[[], tuple[Sequence[BattleResult], Mapping[UserRef, str]]],
    ) -> bool: ...

    async def leaderboard(
        self, chat: ChatRef, since: datetime | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]: ...

    async def upsert_user(self, user: UserRef, display_name: str, seen_at: datetime) -> None: ...

    async def open_battle(
        self, chat: ChatRef, battle_id: str, state: Mapping[str, Any], *, owner: str, at: datetime
    ) -> bool: ...

    async def save_battle(
        self,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
        status: BattleStatus = ...,
    ) -> bool: ...

    async def heartbeat_battles(
        self, owner: str, battle_ids: Collection[str], at: datetime
    ) -> set[str]: ...

    async def running_battles(
        self, *, stale_before: datetime | None = None
    ) -> list[BattleRecord]: ...

    async def mark_battle(
        self,
        battle_id: str,
        status: BattleStatus,
        *,
        at: datetime,
        owner: str | None = None,
        stale_before: datetime | None = None,
    ) -> bool: ...


if TYPE_CHECKING:

    def _sql_store_serves_battles(store: SqlStore) -> BattleStore:
        """mypy proves here that the real store has every method battles call."""
        return store


class Opened(Enum):
    """How opening a battle's row went."""

    OWNED = "owned"  # the row is ours: keep it up to date
    BUSY = "busy"  # the chat already has a running battle (perhaps another process's)
    UNSAVED = "unsaved"  # no store, or it failed: the battle runs without a row


def owner_token() -> str:
    """A token naming this process (host, pid) and this feature (random), made once per feature."""
    return f"{platform.node() or 'host'}:{os.getpid()}:{secrets.token_hex(4)}"


def chat_ref(chat: Chat) -> ChatRef:
    return ChatRef(chat.platform, chat.id)


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


async def open_row(store: BattleStore | None, battle: Battle, owner: str, now: datetime) -> Opened:
    """Claim the chat for a new battle: its row, running and owned by `owner`."""
    if store is None:
        return Opened.UNSAVED
    try:
        opened = await store.open_battle(
            chat_ref(battle.chat), battle.id, battle.snapshot(now), owner=owner, at=now
        )
    except Exception:
        log.exception("could not save the battle in %s; a restart would lose it", battle.chat)
        return Opened.UNSAVED
    return Opened.OWNED if opened else Opened.BUSY


async def save(
    store: BattleStore | None,
    battle: Battle,
    owner: str,
    now: datetime,
    status: BattleStatus = BattleStatus.RUNNING,
) -> bool:
    """Write the battle's snapshot (and heartbeat), or end it with `status`.

    False only when the store says the battle is no longer ours: another process found its
    heartbeat stale and ended it. A store failure is logged and counts as still ours.
    """
    if store is None:
        return True
    try:
        return await store.save_battle(
            battle.id, battle.snapshot(now), owner=owner, at=now, status=status
        )
    except Exception:
        log.exception("could not save the battle in %s; a restart would lose it", battle.chat)
        return True


async def finish(
    store: BattleStore | None,
    battle: Battle,
    owner: str,
    now: datetime,
    *,
    won: set[str],
) -> bool:
    """End the battle as finished and store every player's result and name, in one transaction
    (results are kept once per battle: a retry after a crash is ignored). The rows are made in
    the store's thread: a thousand players' checked records are milliseconds the event loop need
    not wait for, and one round trip to the thread instead of three shortens the close.

    False only when the store says the battle is no longer ours (as `save`). A store failure is
    logged and counts as still ours.
    """
    if store is None:
        return True
    chat, players = battle.chat, list(battle.players.values())
    winners = set(won)
    try:
        return await store.finish_battle(
            battle.id,
            battle.snapshot(now),
            owner=owner,
            at=now,
            results=lambda: _results(chat, battle.id, players, winners, now),
        )
    except Exception:
        log.exception("could not record the end and results of battle %s in %s", battle.id, chat)
        return True


async def heartbeat(
    store: BattleStore, owner: str, battle_ids: Collection[str], now: datetime
) -> set[str] | None:
    """Refresh our battles' heartbeats: the ids we still hold, or None when the store failed."""
    try:
        return await store.heartbeat_battles(owner, battle_ids, now)
    except Exception:
        log.exception("could not refresh the heartbeat of %d battles", len(battle_ids))
        return None


async def stale(store: BattleStore, stale_before: datetime) -> list[BattleRecord]:
    """Running battles whose heartbeat is older than `stale_before`: nobody serves them."""
    return await store.running_battles(stale_before=stale_before)


async def claim_stale(
    store: BattleStore, record: BattleRecord, now: datetime, stale_before: datetime
) -> bool:
    """End a stale battle as interrupted; True for the one process (of all) that did."""
    return await store.mark_battle(
        record.battle_id, BattleStatus.INTERRUPTED, at=now, stale_before=stale_before
    )


async def record(
    store: BattleStore | None,
    chat: Chat,
    *,
    battle_id: str,
    players: Sequence[Player],
    won: set[str],
    finished_at: datetime,
) -> None:
    """Store every player's result and name in one multi-row write (once per battle: a retry
    after a crash is ignored). The rows are made in a thread: a thousand players' checked records
    are tens of milliseconds the event loop need not wait for."""
    if store is None or not players:
        return
    try:
        results, names = await asyncio.to_thread(
            _results, chat, battle_id, list(players), set(won), finished_at
        )
        await store.record_battle_results(results, names)
    except Exception:
        log.exception("could not record the results of battle %s in %s", battle_id, chat)


def _results(
    chat: Chat, battle_id: str, players: list[Player], won: set[str], finished_at: datetime
) -> tuple[list[BattleResult], dict[UserRef, str]]:
    ref = chat_ref(chat)
    results = [
        BattleResult(
            ref,
            UserRef(chat.platform, player.user_id),
            battle_id,
            player.points,
            player.correct,
            player.answered,
            player.user_id in won,
            finished_at,
        )
        for player in players
    ]
    names = {UserRef(chat.platform, player.user_id): player.name for player in players}
    return results, names
