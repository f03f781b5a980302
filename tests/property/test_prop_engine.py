"""Property test: the whole app fed random event sequences across chats and users — commands with
hostile arguments, typed answers, button presses (real tokens from earlier replies and made-up
ones), time passing. No exception escapes (the apology would show it), and every reply renders on
both platforms within their limits."""

from __future__ import annotations

import asyncio
import dataclasses
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from bot.app import AppConfig, build_app
from bot.commands import COMMANDS
from bot.events import Answer, Chat, Choice, Command, Event, User
from bot.replies import Choices, Option, Quiz, Reply
from tests.conftest import default_deck
from tests.counts import count
from tests.fakes.clock import FakeClock
from tests.property.test_prop_render import check_discord, check_telegram

USERS = [
    User("test", "1", "Ana", is_admin=True),
    User("test", "2", "@everyone"),
    User("test", "3", "\u202eBen\x1b[2J\ud800"),
]
CHATS = [Chat("test", "dm", is_group=False), Chat("test", "g1", True), Chat("test", "g2", True)]
NAMES = [spec.name for spec in COMMANDS] + ["nope", "", "explain@bot"]
ARGS = st.one_of(
    st.sampled_from(
        [
            "", "cuba", "hungarian uprisng", "why was the berlin wall built?", "1956", "3",
            "set 08:00", "set 25:99 Mars/Olympus", "off", "now", "status", "upload", "reset",
            "typed teams=3 rounds=2", "all", "week", "@everyone [a](http://e1) <b>",
            "\x00\u200b\u202e", "x" * 5_000,
        ]
    ),
    st.text(max_size=40),
)  # fmt: skip
STEP = st.one_of(
    st.tuples(st.just("command"), st.integers(0, 2), st.integers(0, 2), st.sampled_from(NAMES), ARGS),
    st.tuples(st.just("answer"), st.integers(0, 2), st.integers(0, 2), st.just(""), ARGS),
    st.tuples(st.just("press"), st.integers(0, 2), st.integers(0, 2), st.just(""), st.integers(0, 11)),
    st.tuples(st.just("token"), st.integers(0, 2), st.integers(0, 2), st.just(""), st.text(max_size=70)),
    st.tuples(st.just("wait"), st.integers(0, 2), st.integers(0, 2), st.just(""), st.integers(1, 90_000)),
)  # fmt: skip


def _options(reply: Reply) -> tuple[Option, ...]:
    return reply.options if isinstance(reply, Choices | Quiz) else ()


async def _play(steps: list[tuple[str, int, int, str, object]]) -> None:
    clock = FakeClock()
    with tempfile.TemporaryDirectory() as folder:
        app = await build_app(
            AppConfig(database_url=f"sqlite:///{Path(folder) / 'p.db'}"),
            clock=clock,
            deck=default_deck(),
        )
        try:
            shown_options: dict[str, tuple[Option, ...]] = {}
            for kind, who, where, name, value in steps:
                user, chat = USERS[who], CHATS[where]
                event: Event | None = None
                if kind == "command":
                    event = Command(user, chat, name, str(value))
                elif kind == "answer":
                    event = Answer(user, chat, str(value))
                elif kind == "press":
                    options = shown_options.get(chat.id, ())
                    if options:
                        event = Choice(user, chat, options[int(str(value)) % len(options)].token)
                elif kind == "token":
                    event = Choice(user, chat, str(value))
                else:
                    clock.advance(seconds=int(str(value)))
                    await app.engine.tick()
                if event is None:
                    continue
                count("property: engine events fed")
                replies = await app.engine.handle(event)
                for reply in replies:
                    assert "Sorry — something went wrong" not in reply.fallback.plain, (
                        event,
                        reply,
                    )
                    check_discord(reply)
                    check_telegram(reply, can_toast=chat.is_group)
                    if _options(reply):
                        shown_options[chat.id] = _options(reply)
            for user in USERS:  # state still reads back for everyone
                progress = await app.engine.handle(
                    Command(dataclasses.replace(user), CHATS[0], "progress")
                )
                assert progress
        finally:
            await app.close()


@given(st.lists(STEP, min_size=3, max_size=25))
def test_random_event_sequences_never_break_the_bot(
    steps: list[tuple[str, int, int, str, object]],
) -> None:
    asyncio.run(_play(steps))
