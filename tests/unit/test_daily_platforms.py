"""A Telegram process and a Discord process on one database (compose with both profiles) each post
only into their own platform's chats: neither claims a daily push, or a crashed process's battle, that
it cannot deliver, so every chat gets each question, each results message and each "interrupted"
announcement exactly once, through its own platform.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

from bot.daily import DailyFeature, NoPacing
from bot.engine import Engine
from bot.events import Chat, Command, User
from bot.ports import SentMessage
from bot.replies import Quiz, Reply
from bot.store import SqlStore
from tests.conftest import default_deck, shown
from tests.fakes.clock import FakeClock
from tests.unit.test_battle import ANA, BEN, CAL, make_table

START = datetime(2026, 3, 2, 7, 0, tzinfo=UTC)  # a Monday
CHATS = {"telegram": ["-1001", "-1002"], "discord": ["9001", "9002"]}


class PlatformMessenger:
    """What an adapter's messenger does with a chat of another platform: refuse it."""

    def __init__(self, platform: str) -> None:
        self.platform = platform
        self.sent: list[tuple[str, str]] = []

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        if chat.platform != self.platform:
            raise ValueError(f"not a {self.platform} chat: {chat!r}")
        self.sent.append((chat.id, "question" if isinstance(reply, Quiz) else "results"))
        return SentMessage(chat, str(len(self.sent)))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        raise AssertionError("daily pushes never edit")


async def test_each_process_pushes_only_its_platforms_chats_and_none_is_lost(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    clock = FakeClock(START)
    async with await SqlStore.open(url) as setup:
        daily = DailyFeature(default_deck(), store=setup, clock=clock)
        engine = Engine(default_deck(), clock=clock, features=[daily])
        for platform, chat_ids in CHATS.items():
            teacher = User(platform, "77", "Mr Okafor", is_admin=True)
            for chat_id in chat_ids:
                chat = Chat(platform, chat_id, is_group=True)
                said = shown(await engine.handle(Command(teacher, chat, "daily", "set 08:00 UTC")))
                assert "Daily question set" in said
    messengers = {platform: PlatformMessenger(platform) for platform in CHATS}
    # The Discord process ticks first each minute, so without the filter it would win every claim.
    async with (
        await SqlStore.open(url) as discord_store,
        await SqlStore.open(url) as telegram_store,
    ):
        processes = [
            DailyFeature(
                default_deck(),
                store=store,
                clock=clock,
                messenger=messengers[platform],
                pacer=NoPacing(),
            )
            for platform, store in (("discord", discord_store), ("telegram", telegram_store))
        ]
        while clock.current < datetime(2026, 3, 3, 8, 30, tzinfo=UTC):  # two questions, one close
            for process in processes:
                await process.tick()
                await process.idle()
            clock.advance(minutes=15)
    for platform, chat_ids in CHATS.items():
        sent = Counter(messengers[platform].sent)
        assert sent == Counter(
            {(chat_id, "question"): 2 for chat_id in chat_ids}
            | {(chat_id, "results"): 1 for chat_id in chat_ids}
        ), platform


async def test_a_crashed_battle_is_announced_by_a_process_of_its_own_platform_once(
    tmp_path: Path,
) -> None:
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'shared.sqlite3'}")
    try:
        clock = FakeClock()
        crashed = make_table(clock=clock, store=store)  # the battle's chat is on platform "test"
        await crashed.gather(BEN, CAL, args="3 nospeed")
        await crashed.start()
        await crashed.answer(ANA, right=True)  # a round is open when its process is killed
        other_platform = make_table(clock=clock, store=store)
        other_platform.board.platform = "discord"  # type: ignore[attr-defined]
        same_platform = make_table(clock=clock, store=store)
        same_platform.board.platform = "test"  # type: ignore[attr-defined]
        clock.advance(seconds=crashed.settings.stale_seconds + 1)
        for _ in range(3):
            await other_platform.tick()  # first every time: it must leave the battle alone
            await same_platform.tick()
            clock.advance(seconds=crashed.settings.recovery_scan_seconds + 1)
        assert other_platform.board.sends == []
        assert len(same_platform.board.sends) == 1
        assert "by a restart" in same_platform.board.shown()
    finally:
        await store.close()
