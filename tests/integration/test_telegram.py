"""The Telegram adapter end to end: the real PTB Application against the fake Bot API on 127.0.0.1.

Each test starts the bot the way PTB documents for custom loops (`async with app: await app.start();
await app.updater.start_polling(...)`), talks to it through updates pushed into the fake, and asserts
on the Bot API calls it made — what a Telegram user would see.
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from adapters.cli import main as cli_main
from adapters.telegram import (
    APOLOGY,
    EventHandler,
    RateLimits,
    TelegramAdapter,
    TelegramSettings,
    Webhook,
    serve,
)
from adapters.telegram._app import run_until_stopped
from adapters.telegram._webhook import WebhookServer
from bot.app import App, AppConfig, build_app
from bot.commands import COMMANDS
from bot.events import Answer, Chat, Choice, Command, Event, Upload
from bot.markup import bold, line, text
from bot.replies import Choices, Image, Message, Notice, Option, Quiz, Reply
from knowledge.bundled import resolve_deck_path
from knowledge.loader import load_deck
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import WAIT_SECONDS, Call, FakeTelegramAPI, checked_html

# PTB's own RetryAfter reads its retry_after (an int today, a timedelta in PTB 23) as it is built,
# so every 429 warns from inside PTB; only that warning is silenced, only here.
pytestmark = pytest.mark.filterwarnings(
    "ignore:Deprecated since.*`retry_after`:telegram.warnings.PTBDeprecationWarning"
)

ROOT = Path(__file__).resolve().parents[2]
GROUP = -100_123
FAST = RateLimits(per_second=1000, per_group_minute=10_000)

HOSTILE_DECK = """\
deck:
  id: hostile-markup
  title: "Markup <b>& friends</b>"
topics:
  - id: tags
    title: "Tags & <Angles>"
    aliases: [angles]
    facts:
      - "a < b & c > d"
      - "<script>alert('x')</script> is not markup here"
      - "Entities stay literal: &amp; and &lt;"
  - id: quiet
    title: Quiet topic
    facts:
      - nothing odd at all
"""


def settings(api: FakeTelegramAPI, limits: RateLimits = FAST) -> TelegramSettings:
    return TelegramSettings(token=api.token, api_base_url=api.base_url, rate_limits=limits)


@asynccontextmanager
async def running(adapter: TelegramAdapter) -> AsyncIterator[TelegramAdapter]:
    """The bot, started as PTB documents for a custom event loop, polling the fake."""
    application = adapter.application
    async with application:
        await adapter.on_startup()  # what run_polling's post_init would do
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield adapter
        finally:
            await application.updater.stop()
            await application.stop()


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[App]:
    app = await build_app(AppConfig(database_url=f"sqlite+aiosqlite:///{tmp_path / 'study.db'}"))
    yield app
    await app.close()


class Recorder:
    """A stand-in core: records events, answers with what the test scripts (or an echo)."""

    def __init__(self, script: dict[str, list[Reply]] | None = None, *, fail: bool = False) -> None:
        self.events: list[Event] = []
        self.script = script or {}
        self.fail = fail
        self.seen = asyncio.Event()

    async def handle(self, event: Event) -> list[Reply]:
        self.events.append(event)
        self.seen.set()
        if self.fail:
            raise RuntimeError("boom: a secret stack detail")
        if isinstance(event, Command) and event.name in self.script:
            return self.script[event.name]
        return [Message(text(f"got {type(event).__name__}"))]

    async def wait(self, count: int = 1) -> list[Event]:
        async def enough() -> None:
            while len(self.events) < count:
                self.seen.clear()
                await self.seen.wait()

        await asyncio.wait_for(enough(), 5)
        return self.events


def shown(calls: Sequence[Call]) -> list[str]:
    """What users saw in each message: the visible text of the HTML, checked to be well formed."""
    return [checked_html(call.params["text"]) for call in calls]


async def settle(adapter: TelegramAdapter, api: FakeTelegramAPI) -> None:
    """Wait until every pushed update was fetched and handled (to catch late duplicates)."""
    application = adapter.application
    quiet = 0
    for _ in range(12_000):  # 120 s: a loaded machine (parallel workers) can be that slow
        busy = (
            api.pending_updates() > 0
            or not application.update_queue.empty()
            or application.update_processor.current_concurrent_updates > 0
        )
        quiet = 0 if busy else quiet + 1
        if quiet >= 3:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the bot never went idle")


# --- the real core ------------------------------------------------------------------------------


async def test_command_menu_is_set_from_the_core_command_list(
    api: FakeTelegramAPI, core: App
) -> None:
    async with running(TelegramAdapter(core.engine, settings(api))):
        menus = api.requests("setMyCommands")
    scopes = {request["scope"]["type"]: request["commands"] for request in menus}
    public = [spec.name for spec in COMMANDS if not spec.admin_only]
    assert [entry["command"] for entry in scopes["default"]] == public
    assert [entry["command"] for entry in scopes["all_private_chats"]] == [s.name for s in COMMANDS]
    assert [entry["command"] for entry in scopes["all_chat_administrators"]] == [
        s.name for s in COMMANDS
    ]
    described = {entry["command"]: entry["description"] for entry in scopes["default"]}
    assert described["explain"] == "Show the notes on a topic or key term"
    assert not api.refused()


async def test_explain_escapes_the_decks_own_markup(api: FakeTelegramAPI, tmp_path: Path) -> None:
    deck = tmp_path / "hostile.yaml"
    deck.write_text(HOSTILE_DECK, encoding="utf-8")
    app = await build_app(AppConfig(deck_path=deck))
    async with running(TelegramAdapter(app.engine, settings(api))):
        api.say("/explain angles")
        (sent,) = await api.wait_for("sendMessage")
    assert sent.params["parse_mode"] == "HTML"
    visible = checked_html(sent.params["text"])
    assert visible.splitlines()[0] == "Tags & <Angles>"
    assert "a < b & c > d" in visible
    assert "<script>alert('x')</script> is not markup here" in visible
    assert "Entities stay literal: &amp; and &lt;" in visible
    assert "<b>Tags &amp; &lt;Angles&gt;</b>" in sent.params["text"]
    assert sent.result["text"] == visible  # Telegram's parse agrees with html.parser's


async def test_ask_answers_from_the_notes_in_html(api: FakeTelegramAPI, core: App) -> None:
    async with running(TelegramAdapter(core.engine, settings(api))):
        api.say("/ask why was the Berlin Wall built?")
        (sent,) = await api.wait_for("sendMessage")
    assert "<i>From Berlin Wall</i>" in sent.params["text"]
    assert "movement of workers into West Berlin" in checked_html(sent.params["text"])


async def test_topics_lists_every_topic(api: FakeTelegramAPI, core: App) -> None:
    async with running(TelegramAdapter(core.engine, settings(api))):
        api.say("/topics@StudyTestBot")
        (sent,) = await api.wait_for("sendMessage")
    visible = checked_html(sent.params["text"])
    for topic in core.deck.topics:
        assert topic.title in visible


async def test_did_you_mean_button_shows_the_topics_notes(api: FakeTelegramAPI, core: App) -> None:
    async with running(TelegramAdapter(core.engine, settings(api))):
        api.say("/explain berlin")
        (asked,) = await api.wait_for("sendMessage")
        buttons = [row[0] for row in asked.params["reply_markup"]["inline_keyboard"]]
        wall = next(button for button in buttons if button["text"] == "Berlin Wall")
        assert len(wall["callback_data"].encode()) <= 64
        api.press(asked.result, wall["callback_data"])
        notes = (await api.wait_for("sendMessage", 2))[1]
        await api.wait_for("answerCallbackQuery")
    assert checked_html(notes.params["text"]).startswith("Berlin Wall")
    assert "<b>Berlin Wall</b>" in notes.params["text"]
    assert "reply_markup" not in notes.params
    assert api.call_count("answerCallbackQuery") == 1


class Spy:
    """The real core, with every reply it gave kept, to compare with what users were shown."""

    def __init__(self, engine: EventHandler) -> None:
        self.engine = engine
        self.replies: list[Reply] = []

    async def handle(self, event: Event) -> list[Reply]:
        replies = await self.engine.handle(event)
        self.replies.extend(replies)
        return replies


def seen_in(api: FakeTelegramAPI, chat_id: int = 42) -> list[str]:
    """Every message and poll question shown in a chat, as its users saw it."""
    seen = []
    for call in api.delivered(chat_id=chat_id):
        if call.method == "sendPoll":
            seen.append(call.params["question"])
        elif call.method == "sendPhoto":
            seen.append(checked_html(call.params.get("caption", "")))
        else:
            seen.append(checked_html(call.params["text"]))
    return seen


async def poll_from_a_quiz(api: FakeTelegramAPI, adapter: TelegramAdapter) -> Call:
    """Start a quiz and answer typed questions (plain text in the DM) until one comes as a poll."""
    api.say("/quiz 20")
    for _ in range(20):
        await settle(adapter, api)
        if api.delivered("sendPoll"):
            return api.delivered("sendPoll")[0]
        api.say("no idea")
    raise AssertionError("twenty questions and not one multiple choice")


async def test_a_quiz_goes_out_as_a_native_poll_and_a_vote_is_graded(
    api: FakeTelegramAPI, core: App
) -> None:
    spy = Spy(core.engine)
    adapter = TelegramAdapter(spy, settings(api))
    async with running(adapter):
        poll_call = await poll_from_a_quiz(api, adapter)
        request = poll_call.params
        assert request["type"] == "quiz"
        assert request["is_anonymous"] is False
        before = len(api.delivered("sendMessage"))
        api.vote(poll_call.result["poll"], request["correct_option_ids"][0])
        await api.wait_for("sendMessage", before + 1)
        await settle(adapter, api)
    quizzes = [reply for reply in spy.replies if isinstance(reply, Quiz)]
    assert request["question"] == f"{quizzes[0].header}\n{quizzes[0].prompt}"
    assert [o["text"] for o in request["options"]] == [o.label for o in quizzes[0].options]
    assert "Right" in checked_html(api.delivered("sendMessage")[before].params["text"])


async def test_quiz_session_commands_show_what_the_core_said(
    api: FakeTelegramAPI, core: App
) -> None:
    spy = Spy(core.engine)
    adapter = TelegramAdapter(spy, settings(api))
    async with running(adapter):
        api.say("/quiz 3")
        for command in ("/hint", "/skip", "/a no idea", "/stop", "/review", "/progress"):
            await settle(adapter, api)
            api.say(command)
        await settle(adapter, api)
    said = []
    for reply in spy.replies:
        if isinstance(reply, Message | Choices):  # buttons' labels may follow a Choices body
            said.append(reply.body.plain)
        elif isinstance(reply, Quiz):
            said.append(f"{reply.header}\n{reply.prompt}" if reply.header else reply.prompt)
        elif isinstance(reply, Notice):
            said.append(reply.body)
        elif isinstance(reply, Image):  # /progress draws a chart
            said.append(reply.fallback.plain)
    assert len(said) == len(spy.replies) >= 7, [type(r).__name__ for r in spy.replies]
    assert any(isinstance(reply, Image) for reply in spy.replies)
    assert api.delivered("sendPhoto")[0].files["photo"].startswith(b"\x89PNG")
    seen = seen_in(api)
    assert len(seen) == len(said)
    assert all(shown.startswith(core_said) for shown, core_said in zip(seen, said, strict=True))
    assert not api.refused()


async def test_429s_are_waited_out_and_every_message_arrives_once(
    api: FakeTelegramAPI, core: App
) -> None:
    api.flood(0.3, retry_after=0.05)
    topics = [topic.title for topic in core.deck.topics][:6]
    chats = [1001, 1002, 1003, GROUP]
    limits = RateLimits(per_second=1000, per_group_minute=10_000)
    adapter = TelegramAdapter(core.engine, settings(api, limits))
    async with running(adapter):
        for chat_id in chats:
            for title in topics:
                api.say(f"/explain {title}", chat_id=chat_id, user_id=chat_id % 1000 + 1)
        await api.wait_until(lambda: len(api.delivered("sendMessage")) >= len(chats) * len(topics))
        await settle(adapter, api)
    assert api.refused("sendMessage"), "the fake should have answered some sends with 429"
    assert all(call.status == 429 for call in api.refused())
    for chat_id in chats:
        seen = shown(api.delivered("sendMessage", chat_id=chat_id))
        assert len(seen) == len(topics)
        assert all(page.startswith(title) for page, title in zip(seen, topics, strict=True))


async def test_429s_on_polls_photos_and_edits_are_waited_out_too(api: FakeTelegramAPI) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(64))
    quiz = Quiz("q-1", "Who replaced Gerő?", (Option("Nagy", "qa:x:0"), Option("Kádár", "qa:x:1")),
                (0,), "Nagy became prime minister.")  # fmt: skip
    core = Recorder({"mix": [quiz, Image(png, "a chart"), Message(text("after the chart"))]})
    api.flood(1.0, retry_after=0.01)  # every send is refused at its first try
    adapter = TelegramAdapter(core, settings(api))
    async with running(adapter):
        api.say("/mix", chat_id=GROUP, user_id=5)
        await api.wait_for("sendMessage")
        board = await adapter.messenger.send(Chat("telegram", str(GROUP), True), Message(text("0")))
        for score in ("1", "2"):
            await adapter.messenger.edit(board, Message(text(score)))
        await settle(adapter, api)
    refused = {call.method for call in api.refused()}
    assert refused == {"sendPoll", "sendPhoto", "sendMessage", "editMessageText"}
    assert all(call.status == 429 for call in api.refused())
    sent = [call.method for call in api.delivered(chat_id=GROUP)]
    assert sent == ["sendPoll", "sendPhoto", "sendMessage", "sendMessage"] + ["editMessageText"] * 2
    edits = [checked_html(call.params["text"]) for call in api.delivered("editMessageText")]
    assert edits == ["1", "2"]  # each once, in order


async def test_hostile_updates_break_nothing(api: FakeTelegramAPI, core: App) -> None:
    hostile_text = "<b>x</b> & <script>alert(1)</script> &amp; </i>"
    adapter = TelegramAdapter(core.engine, settings(api))
    async with running(adapter):
        api.push({"brand_new_update_type": {"anything": [1, 2, 3]}})
        api.push({"message_reaction": {"chat": api.chat(42), "message_id": 1, "date": 0}})
        api.push({"edited_message": api.message("/explain edited", chat_id=42)["message"]})
        channel = api.message("/topics", chat_id=-100_999)["message"]
        channel["chat"]["type"] = "channel"
        api.push({"channel_post": channel})
        api.say("x" * 100_000)
        api.say("/explain " + "y" * 100_000)
        api.say(f"/explain {hostile_text}")
        api.say(f"/ask {hostile_text}")
        api.say(hostile_text)
        api.say("/quiz " + hostile_text)
        api.push({"poll_answer": {"poll_id": "nope", "user": api.user(), "option_ids": [0],
                                  "option_persistent_ids": ["p"]}})  # fmt: skip
        api.press(api.message("old")["message"], "ex:t:" + "z" * 200)
        sticker = api.message("", chat_id=42)
        del sticker["message"]["text"]
        api.push(sticker)
        api.say("/topics", chat_id=43)
        await settle(adapter, api)
    texts = shown(api.delivered("sendMessage"))
    assert not api.refused(), [(c.method, c.result) for c in api.refused()]
    assert all(len(page) <= 4096 for page in texts)
    assert APOLOGY not in texts
    assert not any("Traceback" in page for page in texts)
    assert any(hostile_text.split(" <script>", maxsplit=1)[0][:8] in page for page in texts)
    assert "edited" not in " ".join(texts)
    assert not api.delivered(chat_id=-100_999)
    assert len(api.delivered("sendMessage", chat_id=43)) == 1
    assert api.call_count("answerCallbackQuery") == 1


def final_results(api: FakeTelegramAPI) -> list[str]:
    return [page for page in seen_in(api, GROUP) if "final results" in page.splitlines()[0]]


async def test_a_battle_runs_on_the_clock_through_the_messenger(api: FakeTelegramAPI) -> None:
    clock = FakeClock()
    deck = load_deck(resolve_deck_path(None))
    core = await build_app(AppConfig(with_store=False), clock=clock, deck=deck)
    battle = core.battles
    ticking = TelegramSettings(
        token=api.token, api_base_url=api.base_url, rate_limits=FAST, tick_seconds=0.01
    )
    adapter = TelegramAdapter.for_app(core, ticking)
    assert battle.messenger is adapter.messenger  # features that send on their own get ours
    async with running(adapter):
        api.say("/battle Berlin Wall 1", chat_id=GROUP, user_id=1)
        await settle(adapter, api)
        api.say("/join", chat_id=GROUP, user_id=2)
        await settle(adapter, api)
        api.say("/battle start", chat_id=GROUP, user_id=1)
        (round_one,) = await api.wait_for("sendPoll")
        right = round_one.params["correct_option_ids"][0]
        api.vote(round_one.result["poll"], right, user_id=2)
        api.vote(round_one.result["poll"], (right + 1) % 2, user_id=1)
        await settle(adapter, api)
        clock.advance(seconds=60)  # the round's time runs out; the next tick ends the battle
        await api.wait_until(lambda: bool(final_results(api)))
    final = final_results(api)[0]
    assert "Student1" in final
    assert final.index("Student2") < final.index("Student1")  # the right answer ranks first
    assert api.delivered("editMessageText")  # the lobby message was edited in place
    assert round_one.params["is_anonymous"] is False


# --- translation details, with a recording stand-in core ------------------------------------------


async def test_group_messages_reach_the_core_only_when_addressed_to_the_bot(
    api: FakeTelegramAPI,
) -> None:
    core = Recorder()
    async with running(TelegramAdapter(core, settings(api))):
        api.say("just chatting", chat_id=GROUP)
        api.say("/explain@SomeOtherBot Berlin", chat_id=GROUP)
        api.say("/explain@StudyTestBot Berlin Wall", chat_id=GROUP)
        (first,) = await api.wait_for("sendMessage")
        api.say("Nagy", chat_id=GROUP, reply_to_message=first.result)
        api.say("@StudyTestBot   Gomulka", chat_id=GROUP)
        api.say("/a 1/6", chat_id=GROUP)
        events = await core.wait(4)
    assert events[0] == Command(events[0].user, Chat("telegram", str(GROUP), True), "explain",
                                "Berlin Wall")  # fmt: skip
    assert [type(event).__name__ for event in events] == ["Command", "Answer", "Answer", "Command"]
    assert isinstance(events[1], Answer) and events[1].text == "Nagy"
    assert isinstance(events[2], Answer) and events[2].text == "Gomulka"
    assert isinstance(events[3], Command) and (events[3].name, events[3].args) == ("a", "1/6")
    assert first.params["reply_parameters"]["message_id"] > 0  # replies quote the command in groups


async def test_admin_rights_come_from_get_chat_member_and_are_cached(api: FakeTelegramAPI) -> None:
    api.admins[GROUP] = {7}  # status "administrator"
    api.creators[GROUP] = {6}  # status "creator"
    core = Recorder()
    async with running(TelegramAdapter(core, settings(api))):
        for user_id in (7, 8, 6, 7, 8):
            api.say("/help", chat_id=GROUP, user_id=user_id)
        api.say("/help", chat_id=9, user_id=9)
        events = await core.wait(6)
    in_group = [(e.user.id, e.user.is_admin) for e in events if e.chat.id == str(GROUP)]
    assert in_group == [("7", True), ("8", False), ("6", True), ("7", True), ("8", False)]
    assert [e.user.is_admin for e in events if e.chat.id == "9"] == [True]
    assert api.call_count("getChatMember") == 3  # one per member, then cached; none in the DM


async def test_poll_votes_become_choices_in_the_polls_chat(api: FakeTelegramAPI) -> None:
    quiz = Quiz(
        "q-42",
        "Who replaced Gerő?",
        (Option("Rákosi", "qa:x:0"), Option("Nagy", "qa:x:1"), Option("Kádár", "qa:x:2")),
        (1,),
        "Nagy became prime minister.\nHe was executed in 1958.\nThird line.\nFourth.",
        header="Question 1/5",
    )
    core = Recorder({"quiz": [quiz]})
    async with running(TelegramAdapter(core, settings(api))):
        api.say("/quiz", chat_id=GROUP, user_id=5)
        (poll_call,) = await api.wait_for("sendPoll")
        api.vote(poll_call.result["poll"], 2, user_id=6)
        events = await core.wait(2)
    request = poll_call.params
    assert request["question"] == "Question 1/5\nWho replaced Gerő?"
    assert [option["text"] for option in request["options"]] == ["Rákosi", "Nagy", "Kádár"]
    assert request["correct_option_ids"] == [1]
    assert request["is_anonymous"] is False and request["type"] == "quiz"
    assert request["explanation"].count("\n") <= 2
    vote = events[1]
    assert isinstance(vote, Choice)
    assert vote.token == "qa:x:2"
    assert vote.chat == Chat("telegram", str(GROUP), is_group=True)
    assert vote.user.id == "6"


async def test_a_quiz_too_big_for_a_poll_falls_back_to_buttons(api: FakeTelegramAPI) -> None:
    long_options = tuple(Option("option " + "w" * 120 + str(n), f"qa:y:{n}") for n in range(3))
    quiz = Quiz("q-long", "Pick one", long_options, (0,), "because")
    core = Recorder({"quiz": [quiz]})
    async with running(TelegramAdapter(core, settings(api))):
        api.say("/quiz")
        (sent,) = await api.wait_for("sendMessage")
        buttons = [b for row in sent.params["reply_markup"]["inline_keyboard"] for b in row]
        api.press(sent.result, buttons[1]["callback_data"])
        events = await core.wait(2)
    assert not api.called("sendPoll")
    assert [button["text"] for button in buttons] == ["1", "2", "3"]
    assert "2. option www" in checked_html(sent.params["text"])
    assert events[1] == Choice(events[1].user, Chat("telegram", "42"), "qa:y:1")


async def test_a_notice_answers_the_button_press_as_a_toast(api: FakeTelegramAPI) -> None:
    core = Recorder({"pick": [Choices(text("Pick"), (Option("A", "pick:a"),))]})

    async def handle(event: Event) -> list[Reply]:
        if isinstance(event, Choice):
            return [Notice("Only the quiz starter can press that.")]
        return await Recorder.handle(core, event)

    core.handle = handle  # type: ignore[method-assign]
    async with running(TelegramAdapter(core, settings(api))):
        api.say("/pick")
        (sent,) = await api.wait_for("sendMessage")
        api.press(sent.result, "pick:a")
        (toast,) = await api.wait_for("answerCallbackQuery")
    assert toast.params["text"] == "Only the quiz starter can press that."
    assert api.call_count("sendMessage") == 1


async def test_a_deck_upload_reaches_the_core_with_its_bytes(api: FakeTelegramAPI) -> None:
    core = Recorder()
    content = HOSTILE_DECK.encode()
    async with running(TelegramAdapter(core, settings(api))):
        api.upload(content, filename="my deck.yaml", caption="/deck@StudyTestBot upload")
        api.upload(b"x" * (3 * 1024 * 1024), filename="huge.yaml", caption="/deck upload")
        (upload,) = await core.wait(1)
        (_, refusal) = await api.wait_for("sendMessage", 2)
    assert isinstance(upload, Upload)
    assert (upload.command, upload.filename, upload.content) == ("deck upload", "my deck.yaml",
                                                                 content)  # fmt: skip
    assert upload.user.is_admin  # a DM: the user administers their own chat
    assert "too big" in checked_html(refusal.params["text"])
    assert api.call_count("download") == 1


async def test_slides_with_pictures_are_downloaded_past_the_text_limit(
    api: FakeTelegramAPI,
) -> None:
    core = Recorder()
    slides = b"PK\x03\x04" + bytes(3 * 1024 * 1024)  # an office file's pictures: up to 16 MiB
    async with running(TelegramAdapter(core, settings(api))):
        api.upload(slides, filename="perfume.pptx", caption="/deck upload")
        api.upload(bytes(17 * 1024 * 1024), filename="big.pptx", caption="/deck upload")
        (upload,) = await core.wait(1)
        sent = await api.wait_for("sendMessage", 2)
    assert isinstance(upload, Upload)
    assert (upload.filename, len(upload.content)) == ("perfume.pptx", len(slides))
    (refusal,) = [checked_html(m.params["text"]) for m in sent if "too big" in m.params["text"]]
    assert "16 MiB" in refusal


async def test_a_failing_core_gets_an_apology_not_a_traceback(api: FakeTelegramAPI) -> None:
    async with running(TelegramAdapter(Recorder(fail=True), settings(api))):
        api.say("/explain anything")
        (sent,) = await api.wait_for("sendMessage")
    assert sent.params["text"] == APOLOGY
    assert "boom" not in sent.params["text"]


async def test_image_replies_are_sent_as_photos(api: FakeTelegramAPI) -> None:
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    caption = text(line(bold("Scores"), " & <ranks>"))
    core = Recorder({"chart": [Image(png, "a bar chart", caption)]})
    async with running(TelegramAdapter(core, settings(api))):
        api.say("/chart")
        (photo,) = await api.wait_for("sendPhoto")
    assert photo.files["photo"] == png
    assert checked_html(photo.params["caption"]) == "Scores & <ranks>"


async def test_the_messenger_port_sends_and_edits(api: FakeTelegramAPI) -> None:
    adapter = TelegramAdapter(Recorder(), settings(api))
    async with running(adapter):
        chat = Chat("telegram", str(GROUP), is_group=True)
        sent = await adapter.messenger.send(chat, Message(text("Round 1 <of 3>")))
        await adapter.messenger.edit(sent, Message(text("Round 2 <of 3>")))
    (edit,) = api.delivered("editMessageText")
    assert edit.params["message_id"] == int(sent.message_id)
    assert checked_html(edit.params["text"]) == "Round 2 <of 3>"


async def test_webhook_mode_accepts_only_posts_with_the_secret(api: FakeTelegramAPI) -> None:
    import aiohttp

    core = Recorder()
    adapter = TelegramAdapter(core, settings(api))
    hook = Webhook("https://bot.example.test/telegram/hook", listen="127.0.0.1", port=0,
                   secret="s3cret-token")  # fmt: skip
    application = adapter.application
    async with application:
        await application.start()
        server = WebhookServer(application, hook, ["message"])
        await server.start()
        try:
            url = f"http://127.0.0.1:{server.port}/telegram/hook"
            update = {"update_id": 1, **api.message("/topics")}
            async with aiohttp.ClientSession() as session:
                wrong = await session.post(url, json=update)
                bad = await session.post(url, data=b"nonsense", headers=_secret("s3cret-token"))
                good = await session.post(url, json=update, headers=_secret("s3cret-token"))
            events = await core.wait(1)
            await api.wait_for("sendMessage")
        finally:
            await server.stop()
            await application.stop()
    assert (wrong.status, bad.status, good.status) == (403, 400, 200)
    assert isinstance(events[0], Command) and events[0].name == "topics"
    (registered,) = api.requests("setWebhook")
    assert registered["url"] == hook.url and registered["secret_token"] == "s3cret-token"


def _secret(value: str) -> dict[str, str]:
    return {"X-Telegram-Bot-Api-Secret-Token": value}


async def test_serve_polls_until_told_to_stop(api: FakeTelegramAPI, core: App) -> None:
    stop = asyncio.Event()
    task = asyncio.create_task(serve(TelegramAdapter(core.engine, settings(api)), stop))
    api.say("/help")
    (sent,) = await api.wait_for("sendMessage")
    stop.set()
    await asyncio.wait_for(task, WAIT_SECONDS)  # a hang guard, not a deadline
    assert "/explain" in checked_html(sent.params["text"])
    assert api.requests("getUpdates")[0]["allowed_updates"] == [
        "message", "callback_query", "poll_answer", "inline_query"
    ]  # fmt: skip


# --- the command line ----------------------------------------------------------------------------


async def _studybot(*args: str, env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "adapters.cli", *args,
        cwd=ROOT, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DISCORD_"))}
    env.update(extra)
    return env


def test_run_telegram_without_a_token_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("TELEGRAM_TOKEN", raising=False)
    assert cli_main(["run", "telegram"]) == 2
    err = capsys.readouterr().err
    assert "TELEGRAM_TOKEN is not set" in err and "@BotFather" in err
    assert "Traceback" not in err


async def test_studybot_run_telegram_serves_until_sigterm(
    api: FakeTelegramAPI, tmp_path: Path
) -> None:
    env = _env(
        TELEGRAM_TOKEN=api.token,
        TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{api.port}",
        DATABASE_URL=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}",
    )
    process = await _studybot("run", "telegram", env=env)
    try:
        await api.wait_polling(timeout=120)
        api.say("/topics")
        (sent,) = await api.wait_for("sendMessage")
    finally:
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode == 0, err.decode()
    assert "Khrushchev" in checked_html(sent.params["text"])
    assert b"Traceback" not in err


@pytest.mark.parametrize(
    "case",
    [
        ("999:revoked-token", "fake", "Telegram refused TELEGRAM_TOKEN", 2),
        ("123456:TEST-token", "http://127.0.0.1:9/bot", "cannot reach the Telegram Bot API", 1),
    ],
)
async def test_run_says_what_is_wrong_with_the_connection(
    api: FakeTelegramAPI,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: tuple[str, str, str, int],
) -> None:
    token, base, said, code = case
    url = api.base_url if base == "fake" else base
    wrong = TelegramSettings(token=token, api_base_url=url)
    config = AppConfig(database_url=f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}")
    assert await run_until_stopped(wrong, config, asyncio.Event()) == code
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
