"""The Discord adapter end to end: the real discord.py client against the fake Discord on 127.0.0.1.

Each test logs the real client in (REST), lets it publish its slash commands and connect to the fake
gateway, then injects interactions the way Discord delivers them — slash commands, autocompletes,
button clicks on messages the bot sent, modal submits — and asserts on what a Discord user would see:
the messages, embeds, buttons and ephemeral flags the bot sent through REST.

These tests drive the adapter around stand-in cores or a bare engine; test_discord_app.py runs the
whole app from `build_app` (battles, daily pushes, uploads, progress, hostile input) and reuses the
harness below.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import discord
import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import (
    ANSWER_BUTTON_ID,
    CHOICE_PREFIX,
    DiscordAdapter,
    DiscordSettings,
    serve,
)
from bot.battle import BattleFeature
from bot.commands import COMMANDS, ArgKind, Argument, CommandSpec
from bot.engine import Engine
from bot.events import Chat, Choice, Command, Event, Upload, User
from bot.markup import bold, line, text
from bot.questions import QuestionKind
from bot.replies import Choices, Message, Notice, Option, Quiz, Reply
from knowledge.model import Deck
from tests.conftest import default_deck
from tests.fakes.clock import FakeClock
from tests.fakes.discord_api import (
    ADMIN_ROLE_ID,
    CHANNEL_ID,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    SAFETY_NET,
    FakeDiscord,
    FakeUser,
    Interaction,
    StoredMessage,
)
from tests.fakes.telegram_api import FakeTelegramAPI

ROOT = Path(__file__).resolve().parents[2]
ANA = FakeUser(1_200_000_000_000_000_001, "Ana")
BEN = FakeUser(1_200_000_000_000_000_002, "Ben")
HEAD = FakeUser(1_200_000_000_000_000_003, "Head", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD)
TEACHER = FakeUser(1_200_000_000_000_000_004, "Teacher", roles=(ADMIN_ROLE_ID,))

# ---- harness ------------------------------------------------------------------------------------


@pytest.fixture
async def api() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        yield fake


@pytest.fixture(autouse=True)
def restore_endpoints() -> Iterator[None]:
    """`apply_endpoints` sets discord.py's class attributes; put them back after each test."""
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    yield
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


def settings_for(api: FakeDiscord, **extra: Any) -> DiscordSettings:
    settings = DiscordSettings(
        token=api.token, api_base_url=api.base_url, gateway_url=api.gateway_url, **extra
    )
    settings.apply_endpoints()
    return settings


def engine_for(deck: Deck | None = None, *, features: Sequence[Any] = ()) -> Engine:
    return Engine(deck or default_deck(), clock=FakeClock(), features=features)


@asynccontextmanager
async def running(adapter: DiscordAdapter, api: FakeDiscord) -> AsyncIterator[DiscordAdapter]:
    """The adapter logged in and connected to the fake gateway; stopped cleanly afterwards."""
    stop = asyncio.Event()
    task = asyncio.create_task(serve(adapter, stop))
    try:
        ready = asyncio.create_task(api.wait_ready())
        await asyncio.wait({ready, task}, timeout=SAFETY_NET, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            task.result()  # a failed start raises here
        await ready
        yield adapter
    finally:
        stop.set()
        await asyncio.wait_for(task, timeout=SAFETY_NET)  # safety nets, never deadlines


def start(api: FakeDiscord, engine: Engine, **options: Any) -> Any:
    return running(DiscordAdapter.for_engine(engine, settings_for(api), **options), api)


class Recorder:
    """A stand-in core that records events and answers with canned replies."""

    def __init__(self, replies: Callable[[Event], list[Reply]] | None = None) -> None:
        self.events: list[Event] = []
        self.replies = replies or (lambda event: [Message(text("ok"))])
        self.release = asyncio.Event()
        self.release.set()

    async def handle(self, event: Event) -> list[Reply]:
        self.events.append(event)
        await self.release.wait()
        return self.replies(event)


async def shown(api: FakeDiscord, interaction: Interaction, count: int = 1) -> list[StoredMessage]:
    """Wait for the first `count` messages an interaction produced."""
    await api.wait_for(lambda: len(interaction.visible) >= count)
    return interaction.visible


def buttons(message: StoredMessage, prefix: str) -> list[str]:
    return [custom_id for custom_id in message.custom_ids if custom_id.startswith(prefix)]


def session_question(engine: Engine, user: FakeUser) -> Any:
    chat = Chat("discord", str(CHANNEL_ID), is_group=True)
    session = engine.quiz.session_for(User("discord", str(user.id), user.name), chat)
    return session.current if session is not None else None


async def quiz_until(
    api: FakeDiscord, engine: Engine, user: FakeUser, wanted: Callable[[StoredMessage], bool]
) -> StoredMessage:
    """Start a 20-question quiz and /skip until the open question's message is the kind wanted."""
    interaction = await api.slash("quiz", user, questions=20)
    for _ in range(20):
        messages = await shown(api, interaction, 2)
        question = messages[-1]
        current = session_question(engine, user)
        if wanted(question) and current is not None and current.kind is not QuestionKind.CHRONOLOGY:
            return question
        interaction = await api.slash("skip", user)
    raise AssertionError("no question of the wanted kind in 20")


def fits(shown: str, description: str) -> bool:
    """Discord's 100-character descriptions: the core's text, or its start cut with an ellipsis."""
    if len(description) <= 100:
        return shown == description
    return len(shown) <= 100 and shown.endswith("…") and description.startswith(shown[:-1])


def assert_no_pings(api: FakeDiscord) -> None:
    bodies = api.message_bodies()
    assert bodies
    for body in bodies:
        assert body.get("allowed_mentions", {}).get("parse") == [], body
        assert not body["allowed_mentions"].get("users") and not body["allowed_mentions"].get(
            "roles"
        )


# ---- the command list --------------------------------------------------------------------------


async def test_sync_payload_is_the_core_command_list(api: FakeDiscord) -> None:
    async with start(api, engine_for()):
        pass
    (sync,) = api.requests("PUT", "/applications/{application_id}/commands")
    payload = {command["name"]: command for command in sync.body if command.get("type", 1) == 1}
    assert list(payload) == [spec.name for spec in COMMANDS]
    menus = [command["name"] for command in sync.body if command.get("type") == 3]
    assert menus == ["Explain from notes"]
    kinds = {ArgKind.TEXT: 3, ArgKind.INTEGER: 4, ArgKind.FILE: 11}
    for spec in COMMANDS:
        command = payload[spec.name]
        assert fits(command["description"], spec.description)
        options = {option["name"]: option for option in command["options"]}
        assert set(options) == {arg.name for arg in spec.args}
        for arg in spec.args:
            option = options[arg.name]
            assert option["type"] == kinds[arg.kind]
            assert option["required"] is arg.required
            assert option.get("autocomplete", False) is arg.autocomplete
            assert fits(option["description"], arg.description)
        hidden = command["default_member_permissions"]
        assert (hidden is not None and int(hidden) == MANAGE_GUILD) is spec.admin_only


async def test_admin_commands_are_hidden_unless_an_admin_role_is_configured(
    api: FakeDiscord,
) -> None:
    specs = (
        CommandSpec("help", "How to use studybot"),
        CommandSpec(
            "deck",
            "Manage the deck " + "very long description " * 10,
            (
                Argument("action", "upload", required=True),
                Argument("file", "The deck YAML", ArgKind.FILE),
            ),
            admin_only=True,
        ),
    )
    adapter = DiscordAdapter(Recorder(), settings_for(api), commands=specs)
    async with running(adapter, api):
        pass
    deck = next(c for c in api.commands if c["name"] == "deck")
    assert int(deck["default_member_permissions"]) == MANAGE_GUILD
    assert len(deck["description"]) <= 100 and deck["description"].endswith("…")
    assert [o["required"] for o in deck["options"]] == [True, False]

    with_role = DiscordAdapter(Recorder(), settings_for(api, admin_role="Teachers"), commands=specs)
    async with running(with_role, api):
        pass
    deck = next(c for c in api.commands if c["name"] == "deck")
    assert (
        deck["default_member_permissions"] is None
    )  # Discord cannot know the role; the core checks


# ---- looking things up --------------------------------------------------------------------------


async def test_explain_answers_with_an_embed(api: FakeDiscord) -> None:
    async with start(api, engine_for()):
        interaction = await api.slash("explain", ANA, topic="hungarian uprising")
        (message,) = await shown(api, interaction)
    assert interaction.callback_type == 4  # answered directly, well within 3 seconds
    assert not message.ephemeral
    (embed,) = message.embeds
    assert embed["title"] == "Hungarian Uprising (1956)"
    assert "Nagy executed" in embed["description"]
    assert "\n- " in embed["description"]  # facts as a Discord list
    assert_no_pings(api)


async def test_autocomplete_offers_fuzzy_deck_topics(api: FakeDiscord) -> None:
    async with start(api, engine_for()):
        misspelt = await api.autocomplete("explain", "topic", "hungarain", ANA)
        empty = await api.autocomplete("quiz", "topic", "", ANA)
        huge = await api.autocomplete("explain", "topic", "x" * 6000, ANA)
    assert misspelt[0]["value"] == "Hungarian Uprising"
    assert misspelt[0]["name"].startswith("Hungarian Uprising")
    assert 10 < len(empty) <= 25
    assert all(1 <= len(c["name"]) <= 100 and len(c["value"]) <= 100 for c in misspelt + empty)
    assert huge == []


async def test_did_you_mean_buttons_work_after_a_restart(api: FakeDiscord) -> None:
    async with start(api, engine_for()):
        interaction = await api.slash("explain", ANA, topic="uprising")
        (choices,) = await shown(api, interaction)
    tokens = buttons(choices, CHOICE_PREFIX)
    assert f"{CHOICE_PREFIX}ex:t:hungarian-uprising" in tokens
    assert "Hungarian Uprising" in choices.labels

    async with start(api, engine_for()):  # a new process: new client, new engine
        click = await api.click(choices, f"{CHOICE_PREFIX}ex:t:hungarian-uprising", BEN)
        (notes,) = await shown(api, click)
    assert notes.ephemeral  # the notes go to the one who pressed, not the channel
    assert notes.embeds[0]["title"] == "Hungarian Uprising (1956)"
    assert api.identifies and len(api.identifies) == 2


# ---- quizzes ------------------------------------------------------------------------------------


async def test_a_quiz_button_click_gets_an_ephemeral_verdict(api: FakeDiscord) -> None:
    engine = engine_for()
    async with start(api, engine):
        question = await quiz_until(api, engine, ANA, lambda m: bool(buttons(m, CHOICE_PREFIX)))
        assert not question.ephemeral  # the /quiz reply is public
        current = session_question(engine, ANA)
        right = buttons(question, CHOICE_PREFIX)[current.correct[0]]

        intruder = await api.click(question, right, BEN)
        (refusal,) = await shown(api, intruder)
        click = await api.click(question, right, ANA)
        verdict, *rest = await shown(api, click, 2)
    assert refusal.ephemeral and "Ana's quiz" in refusal.text
    assert verdict.ephemeral and all(m.ephemeral for m in rest)
    assert verdict.text.startswith("✅ Right!")
    assert current.explanation.split()[0] in verdict.text
    assert_no_pings(api)


async def test_a_typed_question_opens_a_modal_and_its_answer_is_graded(api: FakeDiscord) -> None:
    engine = engine_for()
    async with start(api, engine):
        question = await quiz_until(api, engine, ANA, lambda m: ANSWER_BUTTON_ID in m.custom_ids)
        current = session_question(engine, ANA)
        opened = await api.click(question, ANSWER_BUTTON_ID, ANA)
        await api.wait_for(lambda: opened.modal is not None)
        submitted = await api.submit(opened, current.answers[0])
        verdict, *_ = await shown(api, submitted)

        wrong_turn = await quiz_until(api, engine, BEN, lambda m: ANSWER_BUTTON_ID in m.custom_ids)
        opened = await api.click(wrong_turn, ANSWER_BUTTON_ID, BEN)
        await api.wait_for(lambda: opened.modal is not None)
        wrong = await api.submit(opened, "Zzyzx Qwertyuiop")
        wrong_verdict, *_ = await shown(api, wrong)
    assert opened.callback_type == 9
    assert opened.modal is not None and len(opened.modal["title"]) <= 45
    (label,) = opened.modal["components"]
    assert label["component"]["max_length"] == 4000
    assert verdict.ephemeral and verdict.text.startswith("✅")
    assert wrong_verdict.ephemeral and wrong_verdict.text.startswith("❌")


# ---- admins -------------------------------------------------------------------------------------


async def test_admin_only_settings_are_refused_to_members(api: FakeDiscord, tmp_path: Path) -> None:
    from bot.store import SqlStore

    store = await SqlStore.open(f"sqlite:///{tmp_path / 'store.db'}")
    clock = FakeClock()
    deck = default_deck()
    battles = BattleFeature(deck, clock=clock, store=store)
    engine = Engine(deck, clock=clock, features=[battles])
    try:
        settings = settings_for(api, admin_role=str(ADMIN_ROLE_ID))
        async with running(DiscordAdapter.for_engine(engine, settings), api):
            member = await api.slash("battle", BEN, options="settings speed off")
            (refused,) = await shown(api, member)
            head = await api.slash("battle", HEAD, options="settings speed off")
            (changed,) = await shown(api, head)
            teacher = await api.slash("battle", TEACHER, options="settings streak off")
            (also,) = await shown(api, teacher)
    finally:
        await store.close()
    assert refused.ephemeral and "Only admins" in refused.text
    assert "Only admins" not in changed.text and "Only admins" not in also.text


async def test_admin_rights_come_from_manage_server_the_admin_role_or_a_dm(
    api: FakeDiscord,
) -> None:
    recorder = Recorder()
    async with running(DiscordAdapter(recorder, settings_for(api, admin_role="teachers")), api):
        for user, dm in ((BEN, False), (HEAD, False), (TEACHER, False), (BEN, True)):
            await shown(api, await api.slash("help", user, dm=dm))
    admins = [(e.user.name, e.user.is_admin, e.chat.is_group) for e in recorder.events]
    assert admins == [
        ("Ben", False, True),
        ("Head", True, True),
        ("Teacher", True, True),  # by role name, case-insensitively
        ("Ben", True, False),  # a DM is the user's own chat
    ]


# ---- uploads, long and slow answers ------------------------------------------------------------


DECK_SPECS = (
    CommandSpec(
        "deck",
        "Manage the deck",
        (Argument("action", "upload", required=True), Argument("file", "YAML", ArgKind.FILE)),
        admin_only=True,
    ),
)


async def test_deck_upload_becomes_an_upload_event_within_a_size_cap(api: FakeDiscord) -> None:
    recorder = Recorder(lambda event: [Message(text("Deck received."))])
    adapter = DiscordAdapter(
        recorder, settings_for(api), commands=DECK_SPECS, max_upload_bytes=1024
    )
    yaml = b"deck:\n  id: tiny\n  title: Tiny\n"
    async with running(adapter, api):
        upload = await api.slash("deck", HEAD, action="upload", file=("tiny.yaml", yaml))
        (done,) = await shown(api, upload)
        too_big = await api.slash("deck", HEAD, action="upload", file=("big.yaml", b"x" * 2048))
        (refused,) = await shown(api, too_big)
        plain = await api.slash("deck", HEAD, action="upload")
        await shown(api, plain)
    first, last = recorder.events
    assert first == Upload(first.user, first.chat, "deck upload", "tiny.yaml", yaml)
    assert first.user.is_admin
    assert done.text == "Deck received."
    assert refused.ephemeral and "too big" in refused.text and "1 KiB" in refused.text
    assert isinstance(last, Command) and last.name == "deck" and last.args == "upload"


async def test_a_long_reply_arrives_as_several_messages_in_order(api: FakeDiscord) -> None:
    lines = [f"{n:04d} " + "fact " * 40 for n in range(300)]
    recorder = Recorder(lambda event: [Message(text(*lines))])
    async with running(DiscordAdapter(recorder, settings_for(api)), api):
        interaction = await api.slash("help", ANA)
        await api.wait_for(lambda: sum(m.text.count("fact") for m in interaction.visible) == 12000)
    messages = interaction.visible
    assert len(messages) >= 30 and interaction.callback_type == 4
    assert all(len(m.content) <= 2000 for m in messages)
    numbers = [row.split()[0] for m in messages for row in m.content.splitlines()]
    assert numbers == [f"{n:04d}" for n in range(300)]


async def test_a_slow_core_is_deferred_then_followed_up(api: FakeDiscord) -> None:
    recorder = Recorder(
        lambda event: [Message(text(line(bold("Slow")), "but sure")), Notice("only you")]
    )
    recorder.release.clear()
    adapter = DiscordAdapter(recorder, settings_for(api), direct_window=0.01)
    async with running(adapter, api):
        command = await api.slash("help", ANA)
        await api.wait_for(lambda: command.responses)
        recorder.release.set()
        public, private = await shown(api, command, 2)
    assert command.callback_type == 5  # "thinking…" first, within the window
    assert public.embeds[0]["title"] == "Slow" and not public.ephemeral
    assert public.id == command.messages[0].id  # the follow-up replaced the thinking message
    assert private.ephemeral and private.text == "only you"


async def test_a_slow_private_answer_replaces_the_public_thinking_message(
    api: FakeDiscord,
) -> None:
    recorder = Recorder(lambda event: [Notice("Only admins can use /help.")])
    recorder.release.clear()
    adapter = DiscordAdapter(recorder, settings_for(api), direct_window=0.01)
    async with running(adapter, api):
        command = await api.slash("help", BEN)
        await api.wait_for(lambda: command.responses)
        recorder.release.set()
        (notice,) = await shown(api, command)
    assert command.messages[0].deleted  # the public "thinking…" is gone
    assert notice.ephemeral and notice.text == "Only admins can use /help."


async def test_a_command_discord_still_lists_but_the_bot_lacks_gets_an_apology(
    api: FakeDiscord,
) -> None:
    async with running(DiscordAdapter(Recorder(), settings_for(api)), api):
        stale = await api.stale_command("obsolete", ANA)
        (apology,) = await shown(api, stale)
    assert apology.ephemeral and apology.text.startswith("Sorry")


async def test_a_slow_core_defers_a_click_without_showing_anything(api: FakeDiscord) -> None:
    recorder = Recorder(
        lambda event: (
            [Choices(text("Pick"), (Option("A", "x:1"),))]
            if isinstance(event, Command)
            else [Notice("noted")]
        )
    )
    adapter = DiscordAdapter(recorder, settings_for(api), direct_window=0.01)
    async with running(adapter, api):
        (message,) = await shown(api, await api.slash("help", ANA))
        recorder.release.clear()
        click = await api.click(message, f"{CHOICE_PREFIX}x:1", BEN)
        await api.wait_for(lambda: click.responses)
        recorder.release.set()
        (noted,) = await shown(api, click)
    assert click.callback_type == 6
    assert noted.ephemeral and noted.text == "noted"
    assert recorder.events[-1] == Choice(recorder.events[-1].user, recorder.events[-1].chat, "x:1")


# ---- pushes, ticks, the gateway -----------------------------------------------------------------


async def test_the_messenger_posts_into_a_channel_and_edits_in_place(api: FakeDiscord) -> None:
    adapter = DiscordAdapter(Recorder(), settings_for(api))
    chat = Chat("discord", str(CHANNEL_ID), is_group=True)
    async with running(adapter, api):
        board = Quiz(
            "q1", "Who replaced Gerő?", (Option("Nagy", "qa:1"), Option("Tito", "qa:2")), (0,), ""
        )
        sent = await adapter.messenger.send(chat, Message(text("Question of the day")))
        quiz = await adapter.messenger.send(chat, board)
        await adapter.messenger.edit(quiz, Message(text(line(bold("Round over")), "Nagy it was")))
    first, second = api.channel_messages()
    assert sent.message_id == str(first.id) and first.content == "Question of the day"
    assert second.embeds[0]["title"] == "Round over" and second.components == []
    assert second.edits == 1
    assert api.call_count("PATCH", "/channels/{channel_id}/messages/{message_id}") == 1
    assert_no_pings(api)


async def test_the_tick_loop_runs_while_the_client_runs(api: FakeDiscord) -> None:
    ticks: list[float] = []
    three = asyncio.Event()

    async def tick() -> None:
        ticks.append(asyncio.get_running_loop().time())
        if len(ticks) >= 3:
            three.set()

    adapter = DiscordAdapter(Recorder(), settings_for(api), tick=tick, tick_interval=0.01)
    async with running(adapter, api):
        await asyncio.wait_for(three.wait(), timeout=SAFETY_NET)
    stopped_at = len(ticks)
    await asyncio.sleep(0.05)
    assert len(ticks) == stopped_at  # no tick after shutdown


async def test_a_dropped_gateway_connection_is_resumed(api: FakeDiscord) -> None:
    async with start(api, engine_for()):
        await api.drop()
        interaction = await api.slash("explain", ANA, topic="berlin wall")  # sent while away
        (message,) = await shown(api, interaction)
        again = await api.slash("topics", BEN)
        await shown(api, again)
    assert len(api.identifies) == 1 and len(api.resumes) == 1
    assert message.embeds[0]["title"].startswith("Berlin Wall")


async def test_a_shard_of_a_sharded_bot_identifies_itself(api: FakeDiscord) -> None:
    settings = settings_for(api, shard_count=2, shard_ids=(1,))
    adapter = DiscordAdapter(Recorder(), settings)
    async with running(adapter, api):
        pass
    assert isinstance(adapter.client, discord.AutoShardedClient)
    assert api.identifies[0]["shard"] == [1, 2]
    assert not api.called("PUT", "/applications/{application_id}/commands")  # shard 0 publishes


# ---- the command line ---------------------------------------------------------------------------


@pytest.mark.parametrize("start_delay", [0, 6], ids=["start", "slow-start"])
async def test_studybot_run_discord_serves_until_terminated(
    api: FakeDiscord, tmp_path: Path, start_delay: int
) -> None:
    # "slow-start" stands in for a loaded machine: the bot process sleeps before it even imports
    # anything, longer than the 5 s this test once waited for it (and then failed).
    slow = tmp_path / "slow"
    slow.mkdir()
    (slow / "sitecustomize.py").write_text(f"import time\ntime.sleep({start_delay})\n")
    env = {
        **os.environ,
        "DISCORD_TOKEN": api.token,
        "DISCORD_API_BASE_URL": api.base_url,
        "DISCORD_GATEWAY_URL": api.gateway_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
        "PYTHONPATH": os.pathsep.join([str(slow), str(ROOT)]),
    }
    env.pop("TELEGRAM_TOKEN", None)
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", "run", "discord",
        env=env, cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    # No deadline a busy machine could miss: each wait ends when the bot does its part or when the
    # process exits (a failure, reported with its stderr); only a hung process would hang the test.
    exited = asyncio.ensure_future(process.wait())
    try:
        await _unless_exited(api.wait_ready(timeout=None), exited)
        interaction = await api.slash("explain", ANA, topic="test ban treaty")
        await _unless_exited(
            api.wait_for(lambda: len(interaction.visible) >= 1, timeout=None), exited
        )
        (message,) = interaction.visible
    finally:
        if process.returncode is None:
            process.send_signal(signal.SIGTERM)
        _, stderr = await process.communicate()
    assert process.returncode == 0, stderr.decode()
    assert message.embeds[0]["title"].startswith("Test Ban Treaty")
    assert b"Traceback" not in stderr


async def _unless_exited(waiting: Awaitable[None], exited: asyncio.Future[int]) -> None:
    """Await `waiting`, failing at once (rather than at a timeout) if the bot process exits first."""
    task = asyncio.ensure_future(waiting)
    await asyncio.wait({task, exited}, return_when=asyncio.FIRST_COMPLETED)
    if not task.done():
        task.cancel()
        pytest.fail(f"the bot exited with {exited.result()} before doing its part")
    task.result()


def test_studybot_run_discord_without_a_token_says_what_to_set(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from adapters.cli import main

    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.delenv("TELEGRAM_TOKEN", raising=False)
    assert main(["run", "discord"]) == 2
    assert "DISCORD_TOKEN is not set" in capsys.readouterr().err


@pytest.mark.slow
async def test_run_all_starts_both_bots_and_a_refused_token_stops_them(
    api: FakeDiscord, tmp_path: Path
) -> None:
    # The Telegram bot gets a working (fake) Bot API, so it runs until the Discord failure stops it:
    # whichever child fails first decides when the other stops, and only Discord may fail here.
    async with FakeTelegramAPI() as telegram:
        env = {
            **os.environ,
            "DISCORD_TOKEN": "wrong-token",
            "DISCORD_API_BASE_URL": api.base_url,
            "DISCORD_GATEWAY_URL": api.gateway_url,
            "TELEGRAM_TOKEN": telegram.token,
            "TELEGRAM_API_BASE_URL": telegram.base_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.db'}",
            "PYTHONPATH": str(ROOT),
        }
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "adapters.cli", "run", "all",
            env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )  # fmt: skip
        # No deadline: the refused token ends the run however slowly a loaded machine gets there
        # (a 30 s limit here failed under load); a run that never ended would be the bug itself.
        _, stderr = await process.communicate()
    assert process.returncode != 0
    assert api.called("GET", "/users/@me")  # the Discord bot tried to log in
    assert b"Discord refused DISCORD_TOKEN" in stderr and b"Traceback" not in stderr


async def test_the_fake_refuses_an_interaction_answered_after_its_window(api: FakeDiscord) -> None:
    """Discord forgets an interaction not answered in time (10062 Unknown interaction); the fake
    does too. Its window is lenient by default (load must not fail a test), so this sets none."""
    api.interaction_window = 0.0
    adapter = DiscordAdapter(Recorder(lambda event: [Notice("too late")]), settings_for(api))
    async with running(adapter, api):
        command = await api.slash("help", ANA)
        await api.wait_for(lambda: any(call.status == 404 for call in api.calls))
    assert not command.responses and not command.visible
    refused = [call for call in api.calls if call.status == 404]
    assert refused[0].route.startswith("/interactions/")
