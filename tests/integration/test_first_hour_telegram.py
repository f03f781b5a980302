"""The three newcomers of issue 17 on Telegram: the real PTB Application and the whole app
(`build_app`: engine, battles, daily pushes, a temp SQLite store, a fake clock) against the fake Bot
API, on a teacher's own Markdown notes in geography (tests/data/first_hour/volcanoes.md).

Each test plays one persona's first hour and asserts what they see at each step; every text the bot
sent is then checked to name none of the bundled Cold War deck's topics, since this chat studies
volcanoes.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.telegram import TelegramAdapter, TelegramSettings
from bot.app import App, AppConfig, build_app
from tests.conftest import default_deck
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import Call, FakeTelegramAPI, checked_html
from tests.integration.test_telegram import FAST, GROUP, running, seen_in, settle
from tests.integration.test_telegram_features import api, clock
from tests.integration.test_walkthroughs import slips

__all__ = ["api", "clock"]  # the fixtures, imported so pytest finds them here

pytestmark = pytest.mark.filterwarnings(
    "ignore:Deprecated since.*`retry_after`:telegram.warnings.PTBDeprecationWarning"
)

NOTES = Path(__file__).resolve().parents[1] / "data" / "first_hour" / "volcanoes.md"
DECK_TITLE = "Year 9 Geography: Volcanoes"
STUDENT = 42  # the fake's default user, "Ada", in her DM with the bot (chat 42)
TEACHER = 7
CLASS = (11, 12, 13, 14)  # four students; with the teacher, five players


def bundled_names() -> list[str]:
    """What a reply on the volcano deck must never name: the bundled deck's topics and people."""
    deck = default_deck()
    names = {topic.title for topic in deck.topics}
    names |= {person for topic in deck.topics for person in topic.people}
    return sorted(name for name in names if len(name) > 3)


def assert_names_no_bundled_topic(pages: list[str]) -> None:
    """No page names a bundled topic, and none has a grammar slip ("1 players", ".:", "you, you")
    — the walkthroughs' checker, run on what the platform users saw."""
    for page in pages:
        named = [name for name in bundled_names() if name in page]
        assert not named, (named, page)
        for line in page.splitlines():
            assert not slips(line), (slips(line), line)


@pytest.fixture
async def core(tmp_path: Path, clock: FakeClock) -> AsyncIterator[App]:
    app = await build_app(
        AppConfig(database_url=f"sqlite+aiosqlite:///{tmp_path / 'study.db'}"), clock=clock
    )
    yield app
    await app.close()


def bot_for(core: App, api: FakeTelegramAPI) -> TelegramAdapter:
    ticking = TelegramSettings(
        token=api.token, api_base_url=api.base_url, rate_limits=FAST, tick_seconds=0.01
    )
    return TelegramAdapter.for_app(core, ticking)


async def said(
    api: FakeTelegramAPI, adapter: TelegramAdapter, line: str, *, chat: int, user: int
) -> list[str]:
    """Type `line`; what the chat was shown in answer."""
    before = len(api.delivered(chat_id=chat))
    api.say(line, chat_id=chat, user_id=user)
    await settle(adapter, api)
    return seen_in(api, chat)[before:]


async def uploaded(api: FakeTelegramAPI, adapter: TelegramAdapter, *, chat: int, user: int) -> str:
    before = len(api.delivered(chat_id=chat))
    api.upload(
        NOTES.read_bytes(), filename=NOTES.name, caption="/deck upload", chat_id=chat, user_id=user
    )
    await settle(adapter, api)
    return "\n".join(seen_in(api, chat)[before:])


def last_with_buttons(api: FakeTelegramAPI, chat: int) -> Call:
    return next(
        call for call in reversed(api.delivered(chat_id=chat)) if "reply_markup" in call.params
    )


def buttons(call: Call) -> dict[str, str]:
    """Label -> callback data of a message's inline keyboard."""
    rows = call.params["reply_markup"]["inline_keyboard"]
    return {button["text"]: button["callback_data"] for row in rows for button in row}


async def test_a_student_revises_alone_in_a_dm(api: FakeTelegramAPI, core: App) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        await api.wait_polling()
        installed = await uploaded(api, adapter, chat=STUDENT, user=STUDENT)
        assert f"This chat now studies {DECK_TITLE}" in installed

        (help_page,) = await said(api, adapter, "/help", chat=STUDENT, user=STUDENT)
        assert help_page.startswith(f"studybot — revision help for {DECK_TITLE}")
        assert "Try: /explain Plate boundaries · /ask what is Magma?" in help_page

        (term,) = await said(api, adapter, "/explain pyroclastic flo", chat=STUDENT, user=STUDENT)
        assert term.startswith("Pyroclastic flow — a fast-moving cloud of hot gas, ash and rock")

        asked = await said(
            api, adapter, "/ask when did mount st helens erupt?", chat=STUDENT, user=STUDENT
        )
        assert "erupted on 18 May 1980" in asked[0]

        started = await said(api, adapter, "/quiz Mount St Helens 2", chat=STUDENT, user=STUDENT)
        assert started[0] == "Quiz for Ada: 2 questions."
        assert "Question 1/2" in started[1]

        hints = [await said(api, adapter, "/hint", chat=STUDENT, user=STUDENT) for _ in range(4)]
        # One hint ("Hint: a number …") or the first of several, whichever question came first.
        assert hints[0] and hints[0][0].startswith(("Hint: ", "Hint 1/"))
        assert "No more hints for this one — /skip shows the answer." in hints[-1]

        again = await said(api, adapter, "/quiz", chat=STUDENT, user=STUDENT)
        assert again[0].startswith("You're on question 1/2 of your quiz. Start a new one instead?")
        choice = last_with_buttons(api, STUDENT)
        assert list(buttons(choice)) == ["Start the new quiz", "Keep going"]
        before = len(api.delivered(chat_id=STUDENT))
        api.press(choice.result, buttons(choice)["Keep going"], user_id=STUDENT)
        await settle(adapter, api)
        kept = "\n".join(seen_in(api, STUDENT)[before:])
        assert "Question 1/2" in kept  # the same quiz goes on

        stopped = "\n".join(await said(api, adapter, "/stop", chat=STUDENT, user=STUDENT))
        assert stopped == "Quiz stopped. Start another with /quiz."  # nothing answered yet
        progress = await said(api, adapter, "/progress", chat=STUDENT, user=STUDENT)
        assert any("Ada" in page for page in progress)

        api.inline("lahar", user_id=STUDENT)
        api.inline("", user_id=STUDENT)
        found, listing = await api.wait_for("answerInlineQuery", 2)
    titles = [result["title"] for result in found.params["results"]]
    assert titles[0] == "Lahar"  # the deck of Ada's own chat with the bot: her volcano notes
    lahar = checked_html(found.params["results"][0]["input_message_content"]["message_text"])
    assert "a volcanic mudflow of ash and water" in lahar
    topics = [result["title"] for result in listing.params["results"]]
    assert "Plate boundaries" in topics and "Case study: Mount St Helens (1980)" in topics
    assert_names_no_bundled_topic(seen_in(api, STUDENT) + titles + topics)
    assert not api.refused()


async def test_a_class_of_five_battles_checks_the_leaderboard_and_gets_a_daily_question(
    api: FakeTelegramAPI, core: App, clock: FakeClock
) -> None:
    api.admins[GROUP] = {TEACHER}
    adapter = bot_for(core, api)
    async with running(adapter):
        await api.wait_polling()
        assert "now studies" in await uploaded(api, adapter, chat=GROUP, user=TEACHER)

        await said(api, adapter, "/battle 2", chat=GROUP, user=TEACHER)
        lobby = last_with_buttons(api, GROUP)
        assert "Quiz battle" in checked_html(lobby.params["text"])
        join, start = buttons(lobby)["Join"], buttons(lobby)["Start"]
        for student in CLASS:
            api.press(lobby.result, join, user_id=student)
        await settle(adapter, api)
        api.press(lobby.result, start, user_id=TEACHER)
        for number in (1, 2):
            polls = await api.wait_for("sendPoll", number)
            poll, asked = polls[-1].result["poll"], polls[-1].params
            right = asked["correct_option_ids"][0]
            wrong = (right + 1) % len(asked["options"])
            for player in (TEACHER, *CLASS):
                api.vote(poll, right if player in (TEACHER, CLASS[0]) else wrong, user_id=player)
            await api.wait_until(lambda n=number: scored_rounds(api) == n)  # type: ignore[misc]
            await settle(adapter, api)
            clock.advance(seconds=30)
        await api.wait_until(lambda: any("Full standings" in p for p in seen_in(api, GROUP)))
        while core.battles.busy:  # results are recorded just after the podium
            await settle(adapter, api)
        board = await said(api, adapter, "/leaderboard", chat=GROUP, user=CLASS[1])

        schedule = "/daily set 08:00 Europe/London mon-fri deadline=17:00"
        (confirmed,) = await said(api, adapter, schedule, chat=GROUP, user=TEACHER)
        clock.advance(hours=23, minutes=1)  # Tuesday 08:01 in London: the question goes out
        await api.wait_for("sendPoll", 3)
        push = api.delivered("sendPoll")[-1]
        right = push.params["correct_option_ids"][0]
        for student in CLASS:
            api.vote(push.result["poll"], right, user_id=student)
        await settle(adapter, api)
        (status,) = await said(api, adapter, "/daily status", chat=GROUP, user=TEACHER)
        clock.advance(hours=9)  # past 17:00 in London: the results
        await api.wait_until(
            lambda: any(p.startswith("📊 Question of the day") for p in seen_in(api, GROUP))
        )
        await settle(adapter, api)
    seen = seen_in(api, GROUP)
    podium = next(page for page in seen if "Full standings" in page)
    rows = dict(re.findall(r"^\d\. (\S+) — [\d,]+ · (\d/2) right$", podium, re.M))
    assert rows == {
        "Student7": "2/2",
        "Student11": "2/2",
        "Student12": "0/2",
        "Student13": "0/2",
        "Student14": "0/2",
    }, podium
    assert board[-1].splitlines()[0] == "🏆 Leaderboard — all time"
    assert "1. Student11 — 2,100 points · 1 win · 1 battle" in board[-1].splitlines()
    assert "3. Student14 — 0 points · 0 wins · 1 battle" in board[-1].splitlines()
    assert confirmed.splitlines()[:2] == [
        "Daily question set: 08:00 Europe/London, Monday to Friday; answers close at 17:00.",
        "The first one: Tue 3 Mar 08:00 (Europe/London).",
    ]
    assert push.params["question"].startswith(
        "📅 Question of the day · answers until 17:00 (Europe/London)"
    )
    assert "4 answers so far; closes Tue 3 Mar 17:00 (Europe/London)." in status
    results = next(page for page in seen if page.startswith("📊 Question of the day"))
    assert "4 people answered; 100% got it right." in results
    assert_names_no_bundled_topic(seen)
    assert not api.refused()


def scored_rounds(api: FakeTelegramAPI) -> int:
    pages = [
        checked_html(c.params["text"]) for c in api.delivered(chat_id=GROUP) if "text" in c.params
    ]
    return len(
        {page.split(" — ", 1)[0] for page in pages if re.match(r"Round \d+/\d+ — the answer", page)}
    )


async def test_a_teacher_uploads_markdown_notes_and_sets_a_schedule(
    api: FakeTelegramAPI, core: App
) -> None:
    api.admins[GROUP] = {TEACHER}
    adapter = bot_for(core, api)
    async with running(adapter):
        await api.wait_polling()
        refused = await uploaded(api, adapter, chat=GROUP, user=CLASS[0])
        installed = await uploaded(api, adapter, chat=GROUP, user=TEACHER)
        (deck,) = await said(api, adapter, "/deck", chat=GROUP, user=TEACHER)
        (topics,) = await said(api, adapter, "/topics", chat=GROUP, user=TEACHER)
        (lahar,) = await said(api, adapter, "/explain lahar", chat=GROUP, user=TEACHER)
        (empty,) = await said(api, adapter, "/explain", chat=GROUP, user=TEACHER)
        quiz = await said(api, adapter, "/quiz Living with volcanoes 2", chat=GROUP, user=TEACHER)
        now = await said(api, adapter, "/daily now", chat=GROUP, user=TEACHER)
        schedule = "/daily set 16:30 Europe/London mon,wed,fri deadline=18:00"
        (confirmed,) = await said(api, adapter, schedule, chat=GROUP, user=TEACHER)
        (status,) = await said(api, adapter, "/daily status", chat=GROUP, user=TEACHER)
        (help_page,) = await said(api, adapter, "/help", chat=GROUP, user=TEACHER)
    assert "Only admins" in refused
    assert f"This chat now studies {DECK_TITLE}" in installed
    assert "Read as Markdown notes." in installed
    assert "6 topics, 2 subtopics" in installed and "3 key terms" in installed
    assert DECK_TITLE in deck
    listed = topics.splitlines()
    assert listed[0] == f"{DECK_TITLE} — 6 topics, 2 subtopics"
    assert "• Key terms" not in listed  # a glossary gives key terms, not a topic
    assert "  • Shield volcanoes" in listed
    assert lahar.startswith("Lahar — a volcanic mudflow of ash and water")
    assert (
        empty
        == "What should I explain? Try /explain Plate boundaries — or /topics to see them all."
    )
    assert quiz[0] == "Quiz for Student7: 2 questions."
    assert now[0].startswith("📅 Question of the day · answers until 10:00 (UTC)")
    assert "/daily set" in now[1]
    assert "16:30" in confirmed and "Europe/London" in confirmed
    assert "closes Mon 2 Mar 18:00 (Europe/London)." in status
    assert "Try: /explain Plate boundaries" in help_page
    assert_names_no_bundled_topic(seen_in(api, GROUP))
    assert not api.refused()
