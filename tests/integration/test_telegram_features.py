"""The core's features through Telegram: the real PTB Application, the real core (FakeClock, a temp
SQLite store) and the fake Bot API on 127.0.0.1. Each test plays what a class would do in a chat and
asserts on what the Bot API was asked to show.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest

from adapters.telegram import TelegramAdapter, TelegramSettings
from bot.app import App, AppConfig, build_app
from tests.fakes.clock import FakeClock
from tests.fakes.telegram_api import Call, FakeTelegramAPI, checked_html
from tests.integration.test_telegram import FAST, GROUP, running, seen_in, settle

TEACHER, STUDENT = 7, 8


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()  # Monday 2 March 2026, 09:00 UTC (09:00 in London)


@pytest.fixture
async def core(tmp_path: Path, clock: FakeClock) -> AsyncIterator[App]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'study.db'}"
    app = await build_app(AppConfig(database_url=url), clock=clock)
    yield app
    await app.close()


def bot_for(core: App, api: FakeTelegramAPI) -> TelegramAdapter:
    """The bot as a process runs it (battles and pushes post through it), ticking fast so a moved
    FakeClock is acted on at once."""
    ticking = TelegramSettings(
        token=api.token, api_base_url=api.base_url, rate_limits=FAST, tick_seconds=0.01
    )
    return TelegramAdapter.for_app(core, ticking)


def is_question(call: Call) -> bool:
    """A quiz poll, or a question to answer by typing (its prompt says so)."""
    return call.method == "sendPoll" or "Type your answer" in checked_html(
        call.params.get("text", "")
    )


async def next_question(
    api: FakeTelegramAPI, adapter: TelegramAdapter, chat_id: int, since: int
) -> Call:
    """The first question sent into the chat after its first `since` sends, once the bot is idle."""
    await settle(adapter, api)
    for call in api.delivered(chat_id=chat_id)[since:]:
        if is_question(call):
            return call
    raise AssertionError(f"no question after send {since}: {seen_in(api, chat_id)[since:]}")


async def eventually(condition: Callable[[], bool]) -> None:
    """Wait for something the core does without calling the Bot API."""
    for _ in range(6000):  # a safety net of a minute, never a deadline
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("still not done after a minute")


# --- /quiz ----------------------------------------------------------------------------------------


def number_of(question: str) -> int:
    found = re.match(r"Question (\d+)/", question)
    assert found is not None, question
    return int(found.group(1))


async def test_a_quiz_poll_vote_gets_its_verdict_and_the_next_question(
    api: FakeTelegramAPI, core: App
) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/quiz 20")
        question = await next_question(api, adapter, 42, 0)
        typed = []
        while question.method != "sendPoll":  # typed questions, until a multiple-choice one
            typed.append(question)
            count = len(api.delivered(chat_id=42))
            api.say("no idea")  # in a DM plain text is the answer
            question = await next_question(api, adapter, 42, count)
        poll = question.result["poll"]
        right = question.params["correct_option_ids"][0]
        count = len(api.delivered(chat_id=42))
        api.vote(poll, (right + 1) % len(poll["options"]))
        following = await next_question(api, adapter, 42, count)
    assert question.params["type"] == "quiz" and question.params["is_anonymous"] is False
    seen = seen_in(api)
    assert seen[count].startswith(f"❌ Not quite — the answer is {poll['options'][right]['text']}.")
    asked = number_of(question.params["question"])
    assert number_of(seen[count + 1]) == asked + 1
    assert following is api.delivered(chat_id=42)[count + 1]
    assert all("reply_markup" not in call.params for call in typed)  # a DM needs no reply box
    assert not api.refused()


async def test_a_typed_question_in_a_group_opens_the_reply_box_and_a_reply_is_graded(
    api: FakeTelegramAPI, core: App
) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        # A typed question after a vote answers a vote (nothing to quote, so no reply box): start
        # quizzes until one opens on a typed question, which answers the /quiz message.
        for _ in range(30):
            count = len(api.delivered(chat_id=GROUP))
            api.say("/quiz 20", chat_id=GROUP, user_id=STUDENT)
            question = await next_question(api, adapter, GROUP, count)
            if question.method != "sendPoll":
                break
            count = len(api.delivered(chat_id=GROUP))
            api.say("/stop", chat_id=GROUP, user_id=STUDENT)
            await settle(adapter, api)
        api.say("no idea", chat_id=GROUP, user_id=STUDENT + 1)  # chatter: not for the bot
        count = len(api.delivered(chat_id=GROUP))
        api.say("no idea", chat_id=GROUP, user_id=STUDENT, reply_to_message=question.result)
        await next_question(api, adapter, GROUP, count)
    prompt = checked_html(question.params["text"])
    assert "Type your answer" in prompt
    box = question.params["reply_markup"]
    assert box["force_reply"] is True and box["selective"] is True  # only the quiz taker's box
    assert question.params["reply_parameters"]["message_id"] > 0  # ...aimed at their message
    seen = seen_in(api, GROUP)
    assert seen[count].startswith("❌ Not quite")
    assert number_of(seen[count + 1]) == number_of(prompt) + 1
    assert not api.refused()


async def answer_everything(
    api: FakeTelegramAPI, adapter: TelegramAdapter, *, right: bool, chat_id: int = 42
) -> None:
    """Answer the open quiz or review to its end: polls rightly or wrongly, typed ones wrongly."""
    count = 0
    for _ in range(25):
        await settle(adapter, api)
        sends = api.delivered(chat_id=chat_id)
        if any(checked_html(c.params.get("text", "")).startswith("Ada: ") for c in sends[count:]):
            return  # the closing score
        question = await next_question(api, adapter, chat_id, count)
        count = len(sends)
        if question.method == "sendPoll":
            correct = question.params["correct_option_ids"][0]
            pick = correct if right else (correct + 1) % len(question.params["options"])
            api.vote(question.result["poll"], pick)
        else:
            api.say("no idea")
    raise AssertionError("the quiz never ended")


# --- /review and /progress -------------------------------------------------------------------------


async def test_progress_is_a_chart_and_review_brings_back_what_was_missed(
    api: FakeTelegramAPI, core: App, clock: FakeClock
) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/progress")
        await settle(adapter, api)
        api.say("/quiz 4")
        await answer_everything(api, adapter, right=False)
        api.say("/progress")
        (photo,) = await api.wait_for("sendPhoto")
        clock.advance(days=3)  # the missed cards fall due
        count = len(api.delivered(chat_id=42))
        api.say("/review 3")
        review = await next_question(api, adapter, 42, count)
        if review.method == "sendPoll":
            correct = review.params["correct_option_ids"][0]
            api.vote(review.result["poll"], (correct + 1) % len(review.params["options"]))
        else:
            api.say("no idea")
        await api.wait_until(lambda: len(api.delivered(chat_id=42)) > count + 2)
        await settle(adapter, api)
    seen = seen_in(api)
    assert seen[0] == "Ada, you haven't answered anything yet. Start with /quiz."
    score = next(page for page in seen if page.startswith("Ada: 0/4 right"))
    # each missed question is listed with its explanation: the quoted source fact, or (hand-written
    # questions) the explanation itself
    missed = [
        (re.findall(r"“([^”]+)”", row) or [row.removeprefix("• ")])[-1]
        for row in score.splitlines()
        if row.startswith("• ")
    ]
    summary = next(page for page in seen if page.startswith("Progress for Ada"))
    assert "0/4 right overall (0%)" in summary
    assert photo.files["photo"].startswith(b"\x89PNG\r\n\x1a\n")
    assert checked_html(photo.params["caption"]) == "Accuracy by topic — Ada"
    assert seen[count] == "Review for Ada: 3 questions."
    assert number_of(seen[count + 1]) == 1
    verdict = seen[count + 2]
    assert verdict.startswith("❌ Not quite")
    assert any(fact in verdict for fact in missed), (verdict, missed)  # a missed card came back
    assert not api.refused()


# --- /battle ---------------------------------------------------------------------------------------

PLAYERS = tuple(range(1001, 1051))  # fifty students; the first opens the battle


def standings(page: str) -> dict[str, tuple[int, str]]:
    """Name -> (place, "c/n" right) from the podium's full standings."""
    rows = re.findall(r"^(\d+)\. (\S+) — [\d,]+ · (\d+/\d+) right$", page, re.MULTILINE)
    assert len(rows) == len({name for _, name, _ in rows}), "a player listed twice"
    return {name: (int(place), right) for place, name, right in rows}


async def test_fifty_students_battle_and_every_vote_counts_once(
    api: FakeTelegramAPI, core: App, clock: FakeClock
) -> None:
    adapter = bot_for(core, api)
    right_in = {1: {p for p in PLAYERS if p % 3}, 2: {p for p in PLAYERS if p % 2 == 0}}
    async with running(adapter):
        api.say("/battle 2", chat_id=GROUP, user_id=PLAYERS[0])
        await api.wait_until(lambda: bool(lobby_of(api)))
        lobby = lobby_of(api)[0]
        join, start = (button["callback_data"] for button in buttons(lobby)[:2])
        for player in PLAYERS[1:]:
            api.press(lobby.result, join, user_id=player)
        await settle(adapter, api)
        api.press(lobby.result, start, user_id=PLAYERS[0])
        for number in (1, 2):
            polls = await api.wait_for("sendPoll", number)
            poll, asked = polls[-1].result["poll"], polls[-1].params
            assert 5 <= asked["open_period"] <= 600  # the poll closes with the round
            right = asked["correct_option_ids"][0]
            wrong = (right + 1) % len(asked["options"])
            for player in PLAYERS:
                first = right if player in right_in[number] else wrong
                api.vote(poll, first, user_id=player)
                if player % 5 == 0:
                    api.vote(poll, first, user_id=player)  # the same vote delivered again
                if player % 7 == 0:
                    api.vote(poll, right + wrong - first, user_id=player)  # a second try
            await rounds_scored(api, number)  # everyone answered: the round closes
            await settle(adapter, api)
            clock.advance(seconds=30)  # the pause before the next round runs out
        await api.wait_until(lambda: bool(podium_of(api)))
        await eventually(lambda: not core.battles.busy)  # results recorded after the podium
        api.say("/leaderboard", chat_id=GROUP, user_id=PLAYERS[1])
        await settle(adapter, api)
    final = standings(podium_of(api)[0])
    assert set(final) == {f"Student{player}" for player in PLAYERS}
    scored = {f"Student{p}": sum(p in right_in[n] for n in (1, 2)) for p in PLAYERS}
    for name, (_, right) in final.items():
        assert right == f"{scored[name]}/2"
    by_place = sorted(final, key=lambda name: final[name][0])
    assert [scored[name] for name in by_place] == sorted(scored.values(), reverse=True)
    board = seen_in(api, GROUP)[-1]
    assert board.startswith("🏆 Leaderboard — all time")
    assert board.count("· 1 battle") == 10  # the top ten, each battle recorded once
    shown = seen_in(api, GROUP)
    assert not any("Locked in" in page or "already answered" in page for page in shown)
    assert len(api.delivered("sendPoll")) == 2  # one poll per round, nothing else per vote
    assert api.call_count("answerCallbackQuery") == len(PLAYERS)  # each press answered once
    assert not api.refused()


def lobby_of(api: FakeTelegramAPI) -> list[Call]:
    return [
        call
        for call in api.delivered("sendMessage", chat_id=GROUP)
        if "reply_markup" in call.params
    ]


def buttons(call: Call) -> list[dict[str, str]]:
    return [button for row in call.params["reply_markup"]["inline_keyboard"] for button in row]


async def rounds_scored(api: FakeTelegramAPI, rounds: int) -> None:
    await api.wait_until(lambda: scoreboards(api) == rounds)


def scoreboards(api: FakeTelegramAPI) -> int:
    """Rounds scored so far: the one scoreboard is sent once, then edited."""
    pages = [
        checked_html(c.params["text"]) for c in api.delivered(chat_id=GROUP) if "text" in c.params
    ]
    return len(
        {page.split(" — ", 1)[0] for page in pages if re.match(r"Round \d+/\d+ — the answer", page)}
    )


def podium_of(api: FakeTelegramAPI) -> list[str]:
    return [page for page in seen_in(api, GROUP) if "final results" in page.splitlines()[0]]


# --- /daily ----------------------------------------------------------------------------------------


async def test_daily_is_set_by_an_admin_pushed_and_its_results_posted(
    api: FakeTelegramAPI, core: App, clock: FakeClock
) -> None:
    api.admins[GROUP] = {TEACHER}
    schedule = "/daily set 08:00 Europe/London deadline=17:00"
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say(schedule, chat_id=GROUP, user_id=STUDENT)
        await settle(adapter, api)
        api.say(schedule, chat_id=GROUP, user_id=TEACHER)
        await settle(adapter, api)
        api.say("/daily now", chat_id=GROUP, user_id=TEACHER)
        (today,) = await api.wait_for("sendPoll")
        before = len(api.delivered(chat_id=GROUP))
        right = today.params["correct_option_ids"][0]
        for student, pick in ((20, right), (21, right), (22, right + 1), (23, right)):
            api.vote(today.result["poll"], pick % len(today.params["options"]), user_id=student)
        api.vote(today.result["poll"], right, user_id=22)  # one answer each: this is ignored
        await settle(adapter, api)
        quiet = len(api.delivered(chat_id=GROUP))
        clock.advance(hours=8, minutes=1)  # 17:01 in London: answers close, results go out
        await api.wait_until(lambda: len(api.delivered(chat_id=GROUP)) > quiet)
        clock.advance(hours=15)  # 08:01 the next morning: the scheduled push
        await api.wait_for("sendPoll", 2)
        await settle(adapter, api)
    seen = seen_in(api, GROUP)
    assert seen[0] == "Only admins can change the daily question."
    assert seen[1].startswith("Daily question set: ")
    assert "08:00" in seen[1] and "Europe/London" in seen[1]
    assert seen[2].startswith("📅 Question of the day · answers until 17:00 (Europe/London)\n")
    assert quiet == before  # verdicts are the voter's own: nothing is posted per vote
    results = seen[3]
    assert results.startswith("📊 Question of the day — Mon 2 Mar")
    assert "4 people answered; 75% got it right." in results
    assert f"Answer: {today.params['options'][right]['text']}" in results
    assert seen[4].startswith("📅 Question of the day · answers until 17:00 (Europe/London)\n")
    tomorrow = api.delivered("sendPoll")[1]
    assert "reply_parameters" not in tomorrow.params  # pushed on its own, not a reply
    looked_up = [request["user_id"] for request in api.requests("getChatMember")]
    assert looked_up[:2] == [STUDENT, TEACHER] and looked_up.count(TEACHER) == 1  # then cached
    assert not api.refused()


# --- /deck upload ----------------------------------------------------------------------------------

CHEMISTRY = """\
deck:
  id: gcse-chemistry-bonding
  title: "Bonding & Structure"
  subject: Chemistry
topics:
  - id: ionic-bonding
    title: Ionic bonding
    aliases: [ions]
    facts:
      - Metal atoms lose electrons to become {{c1::positive}} ions
      - Ionic compounds have high melting points
  - id: covalent-bonding
    title: Covalent bonding
    facts:
      - A covalent bond is a shared pair of {{c1::electrons}}
terms:
  - term: Electrostatic force
    definition: the attraction between oppositely charged ions
"""

BROKEN = CHEMISTRY.replace("  - id: covalent-bonding", "  - id: ionic-bonding")


async def test_an_admin_uploads_a_deck_and_a_broken_one_changes_nothing(
    api: FakeTelegramAPI, core: App
) -> None:
    api.admins[GROUP] = {TEACHER}
    adapter = bot_for(core, api)
    broken_line = BROKEN.splitlines().index("  - id: ionic-bonding", 6) + 1
    async with running(adapter):
        for content, sender in ((BROKEN, TEACHER), (CHEMISTRY, STUDENT)):
            api.upload(content.encode(), filename="bonding.yaml", caption="/deck upload",
                       chat_id=GROUP, user_id=sender)  # fmt: skip
            await settle(adapter, api)
            api.say("/topics", chat_id=GROUP, user_id=STUDENT)
            await settle(adapter, api)
        api.upload(CHEMISTRY.encode(), filename="bonding.yaml", caption="/deck upload",
                   chat_id=GROUP, user_id=TEACHER)  # fmt: skip
        await settle(adapter, api)
        api.say("/topics", chat_id=GROUP, user_id=STUDENT)
        api.say("/explain ions", chat_id=GROUP, user_id=STUDENT)
        api.say("/topics", chat_id=42)  # another chat keeps the default deck
        await settle(adapter, api)
    refused, before, not_admin, unchanged, installed, topics, explained = seen_in(api, GROUP)
    assert refused.startswith("That deck was not loaded — nothing changed. Problems:")
    assert f"bonding.yaml:{broken_line}:" in refused
    assert "duplicate topic id 'ionic-bonding'" in refused
    assert core.deck.title in before and "Ionic bonding" not in before
    assert not_admin == "Only admins can change this chat's deck."
    assert unchanged == before
    assert installed.startswith("This chat now studies Bonding & Structure.")
    assert "Ionic bonding" in topics and "Covalent bonding" in topics
    assert core.deck.topics[0].title not in topics
    assert explained.startswith("Ionic bonding")
    assert "Metal atoms lose electrons to become positive ions" in explained
    (elsewhere,) = seen_in(api, 42)
    assert core.deck.title in elsewhere
    assert not api.refused()


async def test_a_typed_battle_round_opens_everyones_reply_box(
    api: FakeTelegramAPI, core: App
) -> None:
    adapter = bot_for(core, api)
    async with running(adapter):
        api.say("/battle Berlin Wall 1 typed", chat_id=GROUP, user_id=1)
        await settle(adapter, api)
        api.say("/join", chat_id=GROUP, user_id=2)
        await settle(adapter, api)
        api.say("/battle start", chat_id=GROUP, user_id=1)
        await api.wait_until(lambda: any(is_question(c) for c in api.delivered(chat_id=GROUP)))
        question = next(c for c in api.delivered(chat_id=GROUP) if is_question(c))
        api.say("no idea", chat_id=GROUP, user_id=1, reply_to_message=question.result)
        api.say("/a no idea either", chat_id=GROUP, user_id=2)
        await api.wait_until(lambda: bool(podium_of(api)))
    box = question.params["reply_markup"]
    assert box["force_reply"] is True and box["selective"] is False  # the whole chat answers
    assert "reply_parameters" not in question.params
    final = standings(podium_of(api)[0])
    assert final["Student1"][1] == final["Student2"][1] == "0/1"
    (board,) = [page for page in seen_in(api, GROUP) if page.startswith("Round 1/1 — the answer")]
    assert "Student1 — 0 · ❌" in board and "Student2 — 0 · ❌" in board  # both answers counted
