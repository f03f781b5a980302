"""Notices for typed answers in groups: a reaction on the user's message, not a group message.

A group has no private channel, so a Notice answering a typed answer (a reply to the bot, `/a …`)
would be a message quoting the user: fifty of them in a typed battle would use up the group's 20
messages a minute and hold the round's scoreboard back. The real PTB Application against the fake
Bot API; the battle runs on the real core.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from adapters.telegram import TelegramAdapter
from bot.app import App, AppConfig, build_app
from bot.events import Answer, Event
from bot.replies import Notice, Reply
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import FakeTelegramAPI
from tests.integration.test_telegram import GROUP, Recorder, running, seen_in, settings, settle
from tests.integration.test_telegram_features import bot_for, is_question, podium_of

SEEN = ["👀"]


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[App]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'study.db'}"
    app = await build_app(AppConfig(database_url=url), clock=FakeClock())
    yield app
    await app.close()


def say(api: FakeTelegramAPI, text: str, *, chat_id: int, user_id: int, **extra: Any) -> int:
    """Push a user's message; returns its message_id (what a reaction lands on)."""
    update = api.message(text, chat_id=chat_id, user_id=user_id, **extra)
    api.push(update)
    return int(update["message"]["message_id"])


def lines_about(api: FakeTelegramAPI, *phrases: str) -> list[str]:
    return [page for page in seen_in(api, GROUP) if any(p in page for p in phrases)]


async def test_typed_battle_answers_get_a_reaction_and_no_group_message(
    api: FakeTelegramAPI, core: App
) -> None:
    players = range(1, 7)
    adapter = bot_for(core, api)
    async with running(adapter):
        say(api, "/battle Berlin Wall 1 typed", chat_id=GROUP, user_id=1)
        await settle(adapter, api)
        for player in players[1:]:
            say(api, "/join", chat_id=GROUP, user_id=player)
        await settle(adapter, api)
        say(api, "/battle start", chat_id=GROUP, user_id=1)
        await api.wait_until(lambda: any(is_question(c) for c in api.delivered(chat_id=GROUP)))
        question = next(c for c in api.delivered(chat_id=GROUP) if is_question(c))
        sent_before = len(api.delivered(chat_id=GROUP))
        answers: list[int] = []
        retry = 0
        for player in players:
            if player == 6:  # before the last answer closes the round: a second try
                retry = say(api, "/a Moscow", chat_id=GROUP, user_id=2)
            by_reply = player % 2 == 1  # half reply to the question, half use /a
            typed = f"guess {player}" if by_reply else f"/a guess {player}"
            reply: dict[str, Any] = {"reply_to_message": question.result} if by_reply else {}
            answers.append(say(api, typed, chat_id=GROUP, user_id=player, **reply))
        await api.wait_until(lambda: bool(podium_of(api)))
        await settle(adapter, api)
    assert [api.reactions.get((GROUP, message)) for message in answers] == [SEEN] * len(answers)
    assert len(api.delivered("setMessageReaction")) == len(answers)  # one per counted answer
    assert not lines_about(api, "Locked in", "Time's up")
    # a refusal is news, not a receipt: the second try is told in words, quoting it
    (refusal,) = lines_about(api, "already answered")
    after = api.delivered(chat_id=GROUP)[sent_before:]
    quoted = [call for call in after if "reply_parameters" in call.params]
    assert [call.params["reply_parameters"]["message_id"] for call in quoted] == [retry]
    assert refusal
    (board,) = [page for page in seen_in(api, GROUP) if page.startswith("Round 1/1 — the answer")]
    for player in players:
        assert f"Student{player} — " in board  # every answer counted, shown with the scoreboard
    assert not api.refused()


class NoticeCore(Recorder):
    """A stand-in core that answers every typed answer and every command with a Notice."""

    async def handle(self, event: Event) -> list[Reply]:
        await super().handle(event)
        kind = "answer" if isinstance(event, Answer) else "command"
        return [Notice(f"Locked in your {kind}.", acknowledges=True)]


async def test_a_refused_reaction_falls_back_to_a_quoted_message(api: FakeTelegramAPI) -> None:
    api.reactions_off.add(GROUP)  # the group's admins turned reactions off
    async with running(TelegramAdapter(NoticeCore(), settings(api))):
        typed = say(api, "/a Nagy", chat_id=GROUP, user_id=5)
        (sent,) = await api.wait_for("sendMessage")
    (refused,) = api.refused("setMessageReaction")
    assert refused.params["message_id"] == typed and refused.status == 400
    assert api.reactions == {}
    assert seen_in(api, GROUP) == ["Locked in your command."]
    assert sent.params["reply_parameters"]["message_id"] == typed  # quoting the user, as before


async def test_dms_and_other_group_commands_still_get_text(api: FakeTelegramAPI) -> None:
    core = NoticeCore()
    adapter = TelegramAdapter(core, settings(api))
    async with running(adapter):
        say(api, "Nagy", chat_id=42, user_id=42)  # a DM: the message is private already
        say(api, "/join", chat_id=GROUP, user_id=5)  # not an answer: its Notice is news
        await core.wait(2)
        await settle(adapter, api)
    assert not api.called("setMessageReaction")
    assert seen_in(api, 42) == ["Locked in your answer."]
    assert seen_in(api, GROUP) == ["Locked in your command."]
