"""The three newcomers of issue 17 on Discord: the real discord.py Client and the whole app
(`build_app`: engine, battles, daily pushes, a temp SQLite store, a fake clock) against the fake
Discord gateway and REST API, on a teacher's own Markdown notes in geography
(tests/data/first_hour/volcanoes.md).

Each test plays one persona's first hour and asserts what they see at each step; every text the bot
sent is then checked to name none of the bundled Cold War deck's topics.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

from adapters.discord import CHOICE_PREFIX
from tests.fakes.clock import FakeClock
from tests.fakes.discord_api import MANAGE_GUILD, MEMBER_PERMISSIONS, FakeDiscord, FakeUser
from tests.integration.test_discord import assert_no_pings, buttons, shown
from tests.integration.test_discord_app import (
    CHANNEL,
    api,
    bot_on_discord,
    lobby_with,
    posted,
    restore_endpoints,
    token_button,
    verdicts,
)
from tests.integration.test_first_hour_telegram import DECK_TITLE, NOTES
from tests.integration.test_first_hour_telegram import (
    assert_names_no_bundled_topic as assert_clean,
)

__all__ = ["api", "restore_endpoints"]  # the fixtures, imported so pytest finds them here

ANA = FakeUser(1_300_000_000_000_000_001, "Ana")
BEN = FakeUser(1_300_000_000_000_000_002, "Ben")
CAL = FakeUser(1_300_000_000_000_000_003, "Cal")
DEE = FakeUser(1_300_000_000_000_000_004, "Dee")
TEACHER = FakeUser(
    1_300_000_000_000_000_005, "Ms Okafor", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD
)
CLASS = (ANA, BEN, CAL, DEE)
UPLOAD = (NOTES.name, NOTES.read_bytes())


def every_text(api: FakeDiscord) -> list[str]:
    """Everything the bot showed anyone: channel posts and interaction replies."""
    return [body.get("content", "") or "" for body in api.message_bodies()] + [
        str(embed.get(key, ""))
        for body in api.message_bodies()
        for embed in body.get("embeds", []) or []
        for key in ("title", "description")
    ]


async def test_a_student_revises_alone_in_a_dm(api: FakeDiscord, tmp_path: Path) -> None:
    async with bot_on_discord(api, tmp_path):
        (installed,) = await shown(
            api, await api.slash("deck", ANA, dm=True, action="upload", file=UPLOAD)
        )
        (help_page,) = await shown(api, await api.slash("help", ANA, dm=True))
        (term,) = await shown(
            api, await api.slash("explain", ANA, dm=True, topic="pyroclastic flo")
        )
        asked = await shown(
            api, await api.slash("ask", ANA, dm=True, question="when did mount st helens erupt?")
        )
        started = await shown(
            api, await api.slash("quiz", ANA, dm=True, topic="Mount St Helens", questions=2), 2
        )
        hints = [
            (await shown(api, await api.slash("hint", ANA, dm=True)))[0].text for _ in range(4)
        ]
        again = await api.slash("quiz", ANA, dm=True)
        (ask_first,) = await shown(api, again)
        keep = next(
            custom
            for custom, label in zip(ask_first.custom_ids, ask_first.labels, strict=True)
            if label == "Keep going"
        )
        kept = await api.click(ask_first, keep, ANA, dm=True)
        await shown(api, kept)
        (stopped,) = await shown(api, await api.slash("stop", ANA, dm=True))
        progress = await shown(api, await api.slash("progress", ANA, dm=True))
        suggestions = await api.autocomplete("explain", "topic", "shield", ANA)
    assert f"This chat now studies **{DECK_TITLE}**" in installed.text
    assert f"revision help for {DECK_TITLE}" in help_page.text
    assert "/explain Plate boundaries" in help_page.text and "/ask what is Magma?" in help_page.text
    assert "Pyroclastic flow" in term.text and "a fast-moving cloud of hot gas" in term.text
    assert "erupted on **18 May 1980**" in asked[0].text
    assert started[0].text == "**Quiz for Ana**: 2 questions."
    assert "Question 1/2" in started[1].text
    # One hint ("Hint: a number …") or the first of several, whichever question came first.
    assert hints[0].startswith(("*Hint:*", "*Hint 1/"))
    assert hints[-1] == "No more hints for this one — /skip shows the answer."
    assert ask_first.text.startswith(
        "You're on question 1/2 of your quiz. Start a new one instead?"
    )
    assert ask_first.labels == ["Start the new quiz", "Keep going"]
    assert "Question 1/2" in "\n".join(m.text for m in kept.visible)  # the same quiz goes on
    assert stopped.text == "Quiz stopped. Start another with /quiz."
    assert any("Ana" in m.text for m in progress)
    assert suggestions and suggestions[0]["value"] == "Shield volcanoes"
    assert_clean(every_text(api))
    assert_no_pings(api)


async def test_a_class_of_five_battles_checks_the_leaderboard_and_gets_a_daily_question(
    api: FakeDiscord, tmp_path: Path
) -> None:
    clock = FakeClock()  # Monday 2 March 2026, 09:00 UTC
    async with bot_on_discord(api, tmp_path, clock=clock) as app:
        (installed,) = await shown(
            api, await api.slash("deck", TEACHER, action="upload", file=UPLOAD)
        )
        lobby = await lobby_with(api, TEACHER, rounds=2)
        joined = await verdicts(
            api, [await api.click(lobby, token_button(lobby, "bj"), p) for p in CLASS]
        )
        await verdicts(api, [await api.click(lobby, token_button(lobby, "bs"), TEACHER)])
        for number in (1, 2):
            question = await posted(api, f"Round {number}/2 ·")
            battle = app.battles.running(CHANNEL)
            assert battle is not None and battle.current is not None
            right = battle.current.question.correct[0]
            options = buttons(question, CHOICE_PREFIX + "ba:")
            wrong = (right + 1) % len(options)
            clicks = [
                api.click(question, options[right if p in (TEACHER, ANA) else wrong], p)
                for p in (TEACHER, *CLASS)
            ]
            await verdicts(api, list(await asyncio.gather(*clicks)))
            await posted(api, f"Round {number}/2 — the answer")
            clock.advance(seconds=30)
        podium = await posted(api, "Full standings")
        while app.battles.busy:  # results are recorded just after the podium
            await asyncio.sleep(0.01)
        (board,) = await shown(api, await api.slash("leaderboard", BEN))

        schedule = "08:00 Europe/London mon-fri deadline=17:00"
        (confirmed,) = await shown(
            api, await api.slash("daily", TEACHER, action="set", schedule=schedule)
        )
        clock.advance(hours=23, minutes=1)  # Tuesday 08:01 in London
        push = await posted(api, "Question of the day")
        daily = app.daily
        assert daily is not None
        options = buttons(push, CHOICE_PREFIX + "dq:")
        taps = await verdicts(api, [await api.click(push, options[0], p) for p in CLASS])
        (status,) = await shown(api, await api.slash("daily", TEACHER, action="status"))
        clock.advance(hours=9)  # past 17:00 in London: the results
        results = await posted(api, "📊")
    assert "now studies" in installed.text
    assert all(text.startswith("You're in!") for text in joined)
    assert joined[-1] == "You're in! 5 players so far."
    rows = dict(re.findall(r"^\d\. (.+?) — [\d,]+ · (\d/2) right$", podium.text, re.M))
    assert rows == {"Ms Okafor": "2/2", "Ana": "2/2", "Ben": "0/2", "Cal": "0/2", "Dee": "0/2"}
    assert "Leaderboard — all time" in board.text
    assert "1 battle" in board.text and "1 battles" not in board.text
    assert "08:00 Europe/London" in confirmed.text and "Monday to Friday" in confirmed.text
    assert "answers until 17:00 (Europe/London)" in push.text
    assert all("Results at 17:00 (Europe/London)." in tap for tap in taps)
    assert "4 answers so far; closes Tue 3 Mar 17:00 (Europe/London)." in status.text
    assert "4 people answered" in results.text
    assert_clean(every_text(api))
    assert_no_pings(api)


async def test_a_teacher_uploads_markdown_notes_and_sets_a_schedule(
    api: FakeDiscord, tmp_path: Path
) -> None:
    async with bot_on_discord(api, tmp_path):
        (refused,) = await shown(api, await api.slash("deck", BEN, action="upload", file=UPLOAD))
        (installed,) = await shown(
            api, await api.slash("deck", TEACHER, action="upload", file=UPLOAD)
        )
        (deck,) = await shown(api, await api.slash("deck", TEACHER))
        (topics,) = await shown(api, await api.slash("topics", TEACHER))
        (lahar,) = await shown(api, await api.slash("explain", TEACHER, topic="lahar"))
        quiz = await shown(
            api, await api.slash("quiz", TEACHER, topic="Living with volcanoes", questions=2), 2
        )
        now = await shown(api, await api.slash("daily", TEACHER, action="now"), 2)
        schedule = "16:30 Europe/London mon,wed,fri deadline=18:00"
        (confirmed,) = await shown(
            api, await api.slash("daily", TEACHER, action="set", schedule=schedule)
        )
        (status,) = await shown(api, await api.slash("daily", TEACHER, action="status"))
        (help_page,) = await shown(api, await api.slash("help", TEACHER))
        menu = await api.message_command(
            "Explain from notes", BEN, "what is a lahar again?", author=ANA
        )
        (explained,) = await shown(api, menu)
        nothing = await api.message_command("Explain from notes", BEN, "lol same")
        (off,) = await shown(api, nothing)
    assert refused.ephemeral and refused.text.startswith("Only admins")
    assert f"This chat now studies **{DECK_TITLE}**" in installed.text
    assert "Read as Markdown notes." in installed.text
    assert "6 topics, 2 subtopics" in installed.text and "3 key terms" in installed.text
    assert DECK_TITLE in deck.text
    assert "6 topics, 2 subtopics" in topics.text
    assert "Key terms" not in topics.text  # a glossary gives key terms, not a topic
    assert "Shield volcanoes" in topics.text
    assert "Lahar" in lahar.text and "a volcanic mudflow of ash and water" in lahar.text
    assert quiz[0].text == "**Quiz for Ms Okafor**: 2 questions."
    assert "answers until 10:00 (UTC)" in now[0].text
    assert "/daily set" in now[1].text
    assert "16:30" in confirmed.text and "Europe/London" in confirmed.text
    assert "closes Mon 2 Mar 18:00 (Europe/London)." in status.text
    assert "/explain Plate boundaries" in help_page.text
    assert explained.ephemeral and "a volcanic mudflow of ash and water" in explained.text
    assert off.ephemeral and "not in these notes" in off.text
    assert_clean(every_text(api))
    assert_no_pings(api)
