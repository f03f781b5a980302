"""The whole bot on Discord: `build_app` (engine, battles, daily pushes, a temp SQLite store, a fake
clock) behind the real discord.py client, against the fake Discord on 127.0.0.1.

What the core starts on its own — battle lobbies, rounds, scoreboards, daily questions — arrives as
channel posts through the Discord Messenger (`api.posts()`), driven by the adapter's timer loop; the
tests move the fake clock and look at what a Discord user would see.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route
from discord.utils import escape_markdown

from adapters.discord import ANSWER_BUTTON_ID, CHOICE_PREFIX, DiscordAdapter
from bot.app import App, AppConfig, build_app
from bot.events import Chat
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import default_deck
from tests.fakes.clock import FakeClock
from tests.fakes.discord_api import (
    CHANNEL_ID,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    OTHER_CHANNEL_ID,
    FakeDiscord,
    FakeUser,
    Interaction,
    StoredMessage,
)
from tests.integration.test_discord import (
    ANA,
    BEN,
    HEAD,
    assert_no_pings,
    buttons,
    running,
    settings_for,
    shown,
)

CHANNEL = Chat("discord", str(CHANNEL_ID), is_group=True)
BEFORE_EIGHT = datetime(2026, 3, 2, 7, 58, tzinfo=UTC)  # a Monday


@pytest.fixture
async def api() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture(autouse=True)
def restore_endpoints() -> Iterator[None]:
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    yield
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


@asynccontextmanager
async def bot_on_discord(
    api: FakeDiscord,
    tmp_path: Path,
    *,
    clock: FakeClock | None = None,
    deck: Deck | None = None,
    config: AppConfig | None = None,
) -> AsyncIterator[App]:
    """The app as `studybot run discord` wires it (build_app, the Messenger attached, the timer
    loop running), on a temp SQLite file and a fake clock."""
    app = await build_app(
        config or AppConfig(database_url=f"sqlite:///{tmp_path / 'studybot.db'}"),
        clock=clock or FakeClock(),
        deck=deck or default_deck(),
    )
    adapter = DiscordAdapter.for_engine(app.engine, settings_for(api), tick_interval=0.01)
    app.connect(adapter.messenger)
    try:
        async with running(adapter, api):
            yield app
    finally:
        await app.close()


def post_with(api: FakeDiscord, wanted: str) -> StoredMessage | None:
    """The latest channel post whose text contains `wanted`."""
    return next((m for m in reversed(api.posts()) if wanted in m.text), None)


async def posted(api: FakeDiscord, wanted: str) -> StoredMessage:
    """Wait for a channel post whose text contains `wanted`."""
    found: StoredMessage = await api.wait_for(lambda: post_with(api, wanted))
    return found


async def lobby_with(
    api: FakeDiscord, starter: FakeUser, rounds: int, options: str | None = None
) -> StoredMessage:
    """`/battle` by `starter`: the lobby the bot posts into the channel."""
    (ack,) = await shown(api, await api.slash("battle", starter, rounds=rounds, options=options))
    assert ack.ephemeral and "lobby open" in ack.text
    return await posted(api, "Join now")


async def open_modal(api: FakeDiscord, message: StoredMessage, user: FakeUser) -> Interaction:
    """Click a message's Answer button; the click, once the bot has opened the modal."""
    opened = await api.click(message, ANSWER_BUTTON_ID, user)
    await api.wait_for(lambda: opened.modal is not None)
    return opened


def token_button(message: StoredMessage, action: str) -> str:
    return next(c for c in buttons(message, CHOICE_PREFIX + action + ":"))


async def verdicts(api: FakeDiscord, clicks: list[Interaction]) -> list[str]:
    """The one private message each click got."""
    answers = await asyncio.gather(*(shown(api, click) for click in clicks))
    assert all(len(a) == 1 and a[0].ephemeral for a in answers)
    return [a[0].text for a in answers]


# ---- battles ------------------------------------------------------------------------------------


async def test_thirty_players_battle_and_every_click_counts_once(
    api: FakeDiscord, tmp_path: Path
) -> None:
    clock = FakeClock()
    players = [FakeUser(1_250_000_000_000_000_000 + n, f"Player {n}") for n in range(30)]
    right: dict[str, int] = {p.name: 0 for p in players}
    async with bot_on_discord(api, tmp_path, clock=clock) as app:
        lobby = await lobby_with(api, players[0], rounds=2)
        join = token_button(lobby, "bj")
        by_command = [api.slash("join", p) for p in players[1:15]]
        by_button = [api.click(lobby, join, p) for p in players[15:]]
        joined = await verdicts(api, list(await asyncio.gather(*by_command, *by_button)))
        twice = await verdicts(api, [await api.click(lobby, join, players[15])])
        await verdicts(api, [await api.click(lobby, token_button(lobby, "bs"), players[0])])

        for number in (1, 2):
            question = await posted(api, f"Round {number}/2 ·")
            battle = app.battles.running(CHANNEL)
            assert battle is not None and battle.current is not None
            correct = set(battle.current.question.correct)
            options = buttons(question, CHOICE_PREFIX + "ba:")
            choice = {p.name: n % len(options) for n, p in enumerate(players)}
            for name, index in choice.items():
                right[name] += index in correct
            clicks = [  # everyone clicks twice, at once: the second click must not count
                api.click(question, options[choice[p.name]], p) for p in players for _ in (1, 2)
            ]
            texts = await verdicts(api, list(await asyncio.gather(*clicks)))
            assert sum(t.startswith("Locked in") for t in texts) == 30
            assert sum("already answered" in t for t in texts) == 30
            board = await posted(api, f"Round {number}/2 — the answer")
            assert "… and 20 more" in board.text  # the top ten between rounds
            clock.advance(seconds=30)  # past the pause before the next question
        podium = await posted(api, "Full standings")

    assert all(t.startswith("You're in!") for t in joined)
    assert twice == ["You're already in — 30 players so far."]
    assert "Started with 30 players" in lobby.text and lobby.components == []
    assert board.edits == 1 and "Round 2/2" in board.text  # one scoreboard, edited in place
    rows = podium.text.splitlines()
    for player in players:  # everyone's right answers, each counted once
        (row,) = [r for r in rows if f" {player.name} — " in r and r.endswith(" right")]
        assert row.endswith(f"{right[player.name]}/2 right"), row
    assert_no_pings(api)


async def test_a_typed_battle_round_gets_an_answer_button_and_the_modal_answer_counts(
    api: FakeDiscord, tmp_path: Path
) -> None:
    async with bot_on_discord(api, tmp_path) as app:
        lobby = await lobby_with(api, ANA, rounds=1, options="typed")
        await verdicts(api, [await api.click(lobby, token_button(lobby, "bj"), BEN)])
        await verdicts(api, [await api.click(lobby, token_button(lobby, "bs"), ANA)])
        question = await posted(api, "Round 1/1")
        battle = app.battles.running(CHANNEL)
        assert battle is not None and battle.current is not None
        answer = battle.current.question.answers[0]

        opened = await asyncio.gather(*(open_modal(api, question, u) for u in (ANA, BEN)))
        hostile = ("@everyone **Zzyzx** <@123456789012345678> " * 100)[:4000]  # a full text box
        ana, ben = await asyncio.gather(
            api.submit(opened[0], answer), api.submit(opened[1], hostile)
        )
        told = await verdicts(api, [ana, ben])
        podium = await posted(api, "Full standings")
    assert question.custom_ids == [ANSWER_BUTTON_ID]
    assert told[0].startswith("Locked in: ") and told[1].startswith("Locked in: ")
    assert "\\*\\*Zzyzx\\*\\*" in told[1] and "@everyone" not in told[1]
    rows = podium.text.splitlines()
    assert any(r.endswith("Ana — 1,000 · 1/1 right") for r in rows), rows
    assert any(r.endswith("Ben — 0 · 0/1 right") for r in rows), rows


# ---- daily pushes, admins -----------------------------------------------------------------------


async def test_a_daily_question_set_by_an_admin_is_pushed_into_the_channel(
    api: FakeDiscord, tmp_path: Path
) -> None:
    clock = FakeClock(BEFORE_EIGHT)
    async with bot_on_discord(api, tmp_path, clock=clock):
        member = await api.slash("daily", BEN, action="set", schedule="08:00 UTC mon-fri")
        (refused,) = await shown(api, member)
        admin = await api.slash("daily", HEAD, action="set", schedule="08:00 UTC mon-fri")
        (confirmed,) = await shown(api, admin)
        await asyncio.sleep(0.05)  # a few ticks before the time: nothing is due
        early = list(api.posts())
        clock.advance(minutes=3)
        push = await posted(api, "Question of the day")
        options = buttons(push, CHOICE_PREFIX + "dq:")
        (first,) = await verdicts(api, [await api.click(push, options[0], BEN)])
        (again,) = await verdicts(api, [await api.click(push, options[-1], BEN)])
    assert refused.ephemeral and refused.text == "Only admins can change the daily question."
    assert not confirmed.ephemeral and "08:00 UTC" in confirmed.text
    assert early == []
    assert push.interaction_id is None and api.call_count("POST", "/channels/{channel_id}/messages")
    assert 2 <= len(options) <= 25
    assert first.startswith(("✅", "❌")) and "Results at" in first
    assert "already answered" in again
    assert_no_pings(api)


async def test_daily_now_posts_todays_question_for_everyone_in_the_channel(
    api: FakeDiscord, tmp_path: Path
) -> None:
    async with bot_on_discord(api, tmp_path, clock=FakeClock(BEFORE_EIGHT)):
        await shown(api, await api.slash("daily", HEAD, action="set", schedule="17:00 UTC"))
        now = await api.slash("daily", HEAD, action="now")
        (question,) = await shown(api, now)
        (verdict,) = await verdicts(
            api, [await api.click(question, buttons(question, CHOICE_PREFIX)[0], ANA)]
        )
    assert not question.ephemeral and "Question of the day" in question.text
    assert verdict.startswith(("✅", "❌"))


# ---- decks and progress -------------------------------------------------------------------------


CELLS_DECK = b"""\
deck:
  id: cells
  title: Cells
topics:
  - id: mitochondria
    title: Mitochondria
    facts:
      - Mitochondria release energy by aerobic respiration
  - id: ribosomes
    title: Ribosomes
    facts:
      - Ribosomes make proteins
"""

BROKEN_DECK = b"""\
deck:
  id: cells
  title: Cells
topics:
  - id: mitochondria
    titel: Mitochondria
    facts: [Mitochondria release energy]
  - id: Bad Id
    title: Ribosomes
"""


async def test_deck_upload_switches_the_channels_deck_and_a_broken_one_says_where(
    api: FakeDiscord, tmp_path: Path
) -> None:
    async with bot_on_discord(api, tmp_path):
        member = await api.slash("deck", BEN, action="upload", file=("cells.yaml", CELLS_DECK))
        (no,) = await shown(api, member)
        upload = await api.slash("deck", HEAD, action="upload", file=("cells.yaml", CELLS_DECK))
        (installed,) = await shown(api, upload)
        broken = await api.slash("deck", HEAD, action="upload", file=("cells.yaml", BROKEN_DECK))
        (problems,) = await shown(api, broken)
        suggestions = await api.autocomplete("explain", "topic", "mito", ANA)
        (notes,) = await shown(api, await api.slash("explain", ANA, topic="mitochondria"))
        elsewhere = await api.slash(
            "explain", ANA, topic="mitochondria", channel_id=OTHER_CHANNEL_ID
        )
        (other,) = await shown(api, elsewhere)
    assert no.ephemeral and "Only admins" in no.text
    assert "This chat now studies **Cells**" in installed.text
    assert "not loaded" in problems.text and "nothing changed" in problems.text
    assert "cells.yaml:6:5" in problems.text and "titel" in problems.text
    assert "cells.yaml:8:9" in problems.text
    assert suggestions[0]["value"] == "Mitochondria"  # the broken upload left the good deck
    assert "aerobic respiration" in notes.text
    assert "aerobic respiration" not in other.text  # another channel keeps the default deck


async def test_progress_comes_as_a_summary_and_a_png_chart_upload(
    api: FakeDiscord, tmp_path: Path
) -> None:
    async with bot_on_discord(api, tmp_path):
        await answer_a_quiz(api, ANA, questions=3)
        progress = await api.slash("progress", ANA)
        summary, chart = await shown(api, progress, 2)
    assert summary.embeds[0]["title"] == "Progress for Ana"
    assert "right overall" in summary.text
    ((filename, png),) = chart.files
    assert filename.endswith(".png") and png.startswith(b"\x89PNG\r\n\x1a\n")
    assert chart.attachments[0]["description"].startswith("Bar chart of accuracy by topic")
    assert chart.content.startswith("Accuracy by topic")
    (upload,) = [call for call in api.calls if call.files]
    assert upload.multipart and upload.body["allowed_mentions"] == {"parse": []}
    assert upload.body["attachments"][0]["filename"] == filename


async def answer_a_quiz(api: FakeDiscord, user: FakeUser, *, questions: int) -> None:
    """Start a quiz and answer every question the way it asks: a button, or the Answer modal."""
    interaction = await api.slash("quiz", user, questions=questions)
    for _ in range(questions):
        messages = await shown(api, interaction, 2)
        question = messages[-1]
        options = buttons(question, CHOICE_PREFIX)
        if options:
            interaction = await api.click(question, options[0], user)
        else:
            interaction = await api.submit(await open_modal(api, question, user), "Zzyzx")
    await shown(api, interaction)


# ---- hostile input ------------------------------------------------------------------------------


HOSTILE_DECK = """\
deck:
  id: hostile-markup
  title: "@everyone **Markup** <@123456789012345678>"
topics:
  - id: pings
    title: "@here **Pings** & __underlines__"
    aliases: [pings]
    facts:
      - "@everyone look at this"
      - "**not bold** *not italic* `not code` ||not a spoiler|| ~~not struck~~"
      - "# not a heading"
      - "> not a quote"
      - "[click me](https://example.invalid) <@&123456789012345678>"
      - "back\\\\slash and under_score_s"
  - id: quiet
    title: Quiet topic
    facts:
      - nothing odd at all
      - the quiet topic was quiet in 1961
"""


async def test_hostile_input_causes_no_crash_no_ping_and_nothing_over_limits(
    api: FakeDiscord, tmp_path: Path
) -> None:
    deck = parse_deck(HOSTILE_DECK, "hostile.yaml")
    name = "@everyone **Troll** <@123456789012345678>"
    troll = FakeUser(1_260_000_000_000_000_000, name, permissions=MEMBER_PERMISSIONS | MANAGE_GUILD)
    flood = ("@everyone **" + "spam `x` <@&123456789012345678> " * 300)[:6000]
    async with bot_on_discord(api, tmp_path, deck=deck):
        interactions = [
            await api.slash("explain", troll, topic="pings"),
            await api.slash("explain", troll, topic=flood),
            await api.slash("ask", troll, question=flood),
            await api.slash("quiz", troll, topic=flood, questions=3),
            await api.slash("a", troll, answer=flood),
            await api.slash("topics", troll),
            await api.slash("daily", troll, action="set", schedule=flood),
            await api.slash("leaderboard", troll, period=flood),
            await api.slash("deck", troll, action="upload", file=(flood[:200], flood.encode())),
            await api.slash("battle", troll, options=flood),
            await api.slash("battle", troll),
        ]
        for interaction in interactions:
            await shown(api, interaction)
        lobby = await posted(api, "Join now")
        suggestions = await api.autocomplete("explain", "topic", "@every", troll)
    assert all(call.status < 400 for call in api.calls), [c for c in api.calls if c.status >= 400]
    assert_no_pings(api)
    seen = "\n".join(m.text for m in api.messages.values())
    assert "@everyone" not in seen and "@here" not in seen  # broken with a zero-width space
    assert "<@123456789012345678>" not in seen and "<@&123456789012345678>" not in seen
    assert "\\*\\*not bold\\*\\*" in seen and "\\`not code\\`" in seen
    assert "\\# not a heading" in seen
    assert escape_markdown("**Troll**") in lobby.text  # the name in the channel post, inert
    assert all(len(c["name"]) <= 100 for c in suggestions)
