"""Hostile chat input: names that are not valid text, terminal escapes, and huge arguments.

Each test reproduces a failure seen before the fix: /quiz and /progress answered "Sorry" for a name
typed with invalid UTF-8, escapes reached the reader's terminal, and /daily and `ask --json` echoed
megabytes back.
"""

from __future__ import annotations

import dataclasses
import io
import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from adapters.cli import main
from adapters.console import ConsoleChat
from bot.app import App, AppConfig, build_app
from bot.clean import clean_event, clean_name, clean_text
from bot.commands import COMMANDS
from bot.events import Answer, Command, User
from tests.conftest import ANA, GROUP, shown
from tests.fakes.clock import FakeClock

ESCAPES = "\x1b[2J\x1b]0;owned\x07\x1b[31m"
ADMIN = dataclasses.replace(ANA, is_admin=True)
SORRY = "Sorry"


@pytest.fixture
async def app(tmp_path: Path, clock: FakeClock) -> AsyncIterator[App]:
    opened = await build_app(
        AppConfig(database_url=f"sqlite:///{tmp_path / 'study.db'}"), clock=clock
    )
    yield opened
    await opened.close()


def test_cleaning_removes_what_acts_on_a_terminal_and_keeps_real_text() -> None:
    assert clean_text(f"{ESCAPES}Cuba\x00 1962\x9b2J") == "Cuba 1962"
    assert clean_text("a\ud800b\udcff") == "a\ufffdb\ufffd"
    assert (
        clean_text("tabs\tand\nlines, 漢字, émigré, 👩‍🔬") == "tabs\tand\nlines, 漢字, émigré, 👩‍🔬"
    )
    assert clean_text("\u202eevil\u202c") == "evil"
    assert clean_name("  a\n b  ") == "a b"
    assert clean_name("\x1b[2J") == "?"
    assert len(clean_name("x" * 10_000)) == 64


def test_events_are_cleaned_on_the_way_in() -> None:
    user = User("console", "bob\udcff", f"{ESCAPES}Bob\udcfe")
    event = clean_event(Answer(user, GROUP, f"Khrushchev{ESCAPES}\x00"))
    assert isinstance(event, Answer)
    assert event.text == "Khrushchev"
    assert event.user.name == "Bob\ufffd"
    assert event.user.id == "bob\ufffd"
    plain = Command(ANA, GROUP, "topics")
    assert clean_event(plain) is plain


async def test_a_name_typed_in_invalid_utf8_can_quiz_and_see_progress(app: App) -> None:
    out = io.StringIO()
    console = ConsoleChat(app.engine, out=out)
    # What the console reads for the bytes "\xff\xfe bob" (stdin decodes with surrogateescape).
    for line in ("/as \udcff\udcfe bob", "/quiz", "/skip", "/progress"):
        await console.say(line)
    printed = out.getvalue()
    assert SORRY not in printed
    assert "Now speaking as \ufffd\ufffd bob, a student." in printed
    assert "Quiz for \ufffd\ufffd bob" in printed
    assert "Bar chart of accuracy by topic" in printed  # /progress answered, with its chart


async def test_terminal_escapes_never_reach_the_console(app: App) -> None:
    out = io.StringIO()
    console = ConsoleChat(app.engine, out=out)
    await console.say(f"/as {ESCAPES}Eve")
    await console.say(f"/explain {ESCAPES}cuba")
    await console.say(f"/ask why{ESCAPES}\x07?")
    printed = out.getvalue()
    assert "Now speaking as Eve, a student." in printed
    assert "\x1b" not in printed
    assert "\x07" not in printed


def test_the_cli_prints_no_terminal_escapes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", f"{ESCAPES}cuban missile crisis"]) == 0
    assert main(["ask", f"why{ESCAPES}", "--json"]) == 0
    printed = capsys.readouterr()
    assert "Cuban Missile Crisis" in printed.out
    assert "\x1b" not in printed.out + printed.err
    assert "\x07" not in printed.out + printed.err


def test_ask_json_does_not_repeat_a_huge_query(capsys: pytest.CaptureFixture[str]) -> None:
    query = "why " * 250_000  # 1 MB
    assert main(["ask", query, "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) >= {"topic", "text", "status"}
    assert len(payload["query"]) <= 80
    assert len(json.dumps(payload)) < 5_000


async def test_daily_does_not_echo_a_10_mb_word(app: App) -> None:
    word = "z" * (10 * 1024 * 1024)
    replies = await app.engine.handle(Command(ADMIN, GROUP, "daily", word))
    body = shown(replies)
    assert "I don't know /daily zzz" in body
    assert len(body) < 2_000


@pytest.mark.parametrize("spec", COMMANDS, ids=lambda spec: spec.name)
async def test_no_command_echoes_a_huge_argument_back(app: App, spec: object) -> None:
    name = spec.name
    for args in ("q" * 100_000, "1956 " + "word " * 20_000, f"set 08:00 {'x' * 100_000}"):
        replies = await app.engine.handle(Command(ADMIN, GROUP, name, args))
        body = shown(replies)
        assert SORRY not in body, (name, body[:200])
        assert len(body) < 6_000, (name, len(body), body[:200])
    await app.engine.handle(Command(ADMIN, GROUP, "stop"))
