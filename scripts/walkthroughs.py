"""Regenerate docs/walkthroughs.md (`make docs`): three newcomers' first hour, played in the console.

Each persona's lines go through the real console adapter and the real engine, store (a temp SQLite
file) and features, on a fixed clock and fixed seeds, so the transcript is the same on every run —
and a test regenerates it and fails on any difference, so the page never drifts from what the bot
says. `--check` exits 1 (and says so) when the file on disk is out of date.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from adapters.console import ConsoleChat  # noqa: E402
from bot.app import App, AppConfig, build_app  # noqa: E402
from bot.events import Chat  # noqa: E402
from bot.quiz import make_scheduler  # noqa: E402

TARGET = ROOT / "docs" / "walkthroughs.md"
NOTES = "docs/examples/plant-biology.md"
START = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)  # a Monday afternoon in term time


@dataclass(frozen=True, slots=True)
class Wait:
    """Let time pass (battle rounds end, the daily question goes out); the bot's timers run."""

    minutes: float = 0
    seconds: float = 0


Step = str | Wait


@dataclass(frozen=True, slots=True)
class Persona:
    title: str
    intro: str
    user: str
    group: bool
    steps: tuple[Step, ...]
    admin: bool = True  # the console's own user is the chat's admin unless started with --student


STUDENT = Persona(
    "A student revising alone",
    "Sam (`studybot chat --student`) revises the bundled Cold War notes in a direct message with "
    "the bot: looks things up with a "
    "typo, asks a question, takes a short quiz with hints, tries to start another one midway, and "
    "checks progress.",
    "Sam",
    False,
    (
        "/help",
        "/explain hungarian uprisng",
        "/ask how many died in the East German revolt?",
        "/explain berlin",
        "1",
        "/quiz Berlin Wall 3",
        "/hint",
        "/hint",
        "/hint",
        "/skip",
        "/quiz",
        "2",
        "1",
        "/skip",
        "/progress",
        "/review 2",
    ),
    admin=False,
)

CLASS = Persona(
    "A class of five in a group chat",
    "Ms Okafor's class group: a quiz battle for five, the leaderboard, and a question of the day "
    "that goes out on schedule and closes with results. (In the console everyone shares one chat; "
    "`/as NAME` switches who speaks.)",
    "Ms Okafor",
    True,
    (
        "/battle 2",
        "/as Ana",
        "/join",
        "/as Ben",
        "/join",
        "/as Cal",
        "/join",
        "/as Dee",
        "/join",
        "/as Ms Okafor",
        "/battle start",
        Wait(seconds=6),
        "/as Ana",
        "1",
        "/as Ben",
        "2",
        "/as Cal",
        "1",
        "/as Dee",
        "3",
        Wait(seconds=25),
        "/as Ana",
        "2",
        "/as Ben",
        "2",
        Wait(seconds=25),
        "/leaderboard",
        "/as Ms Okafor",
        "/daily set 08:00 Europe/London mon-fri deadline=15:00",
        Wait(minutes=16 * 60),
        "/as Ana",
        "1",
        "/as Ben",
        "2",
        "/daily status",
        Wait(minutes=7 * 60 + 5),
    ),
)

TEACHER = Persona(
    "A teacher bringing their own notes",
    f"Mr Hughes uploads his Year 10 biology notes (Markdown, [{NOTES}]({NOTES.removeprefix('docs/')})) "
    "to his class chat, checks what the bot made of them, tries them as a student would, and sets a "
    "schedule for the question of the day.",
    "Mr Hughes",
    True,
    (
        "/deck upload",
        f"/deck upload {NOTES}",
        "/deck",
        "/topics",
        "/explain stomata",
        "/ask what is translocation?",
        "/explain",
        "/quiz Transpiration 25",
        "/quiz Transpiration 2",
        "/skip",
        "/skip",
        "/daily now",
        "/daily set 16:30 Europe/London mon,wed,fri deadline=18:00",
        "/daily status",
        "/help",
    ),
)

PERSONAS = (STUDENT, CLASS, TEACHER)


async def play(persona: Persona, scratch: Path) -> str:
    """One persona's transcript: what they typed after a prompt, then what the bot printed."""
    from tests.fakes.clock import FakeClock

    clock = FakeClock(START)
    database = scratch / f"{persona.user.split()[-1].lower()}.db"
    app: App = await build_app(
        AppConfig(database_url=f"sqlite:///{database}"),
        clock=clock,
        scheduler=make_scheduler(fuzzing=False),
    )
    out = io.StringIO()
    try:
        console = ConsoleChat(
            app.engine, user=persona.user, admin=persona.admin, out=out, save_charts=False
        )
        console.chat = Chat("console", persona.user.casefold(), is_group=persona.group)
        app.connect(console.messenger)
        for step in persona.steps:
            if isinstance(step, Wait):
                out.write(f"\n⏱ {_waited(step)} later\n")
                await _pass(app, clock, timedelta(minutes=step.minutes, seconds=step.seconds))
                continue
            out.write(f"\n[{console.user.name}] > {step}\n")
            await console.say(step)
            await app.engine.tick()
            if app.daily is not None:
                await app.daily.idle()
    finally:
        await app.close()
    return out.getvalue().strip("\n")


async def _pass(app: App, clock: object, span: timedelta) -> None:
    """Move the clock on: one-second ticks through a short wait (a battle round), five-minute
    steps through a long one (overnight, to a deadline), always ending exactly at its end. Each
    tick runs every timer that is due by then, so the page is the same as with one-minute steps
    (the test checks it); with one-minute steps the schedules reloaded and scanned at every tick
    took about 60% of the script's CPU time."""
    from tests.fakes.clock import FakeClock

    assert isinstance(clock, FakeClock)
    end = clock.now() + span
    while clock.now() < end:
        step = timedelta(seconds=1) if span <= timedelta(minutes=2) else timedelta(minutes=5)
        clock.advance(seconds=min(step, end - clock.now()).total_seconds())
        await app.engine.tick()
        if app.daily is not None:
            await app.daily.idle()


def _waited(wait: Wait) -> str:
    if wait.minutes >= 60:
        hours, minutes = divmod(int(wait.minutes), 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    if wait.minutes:
        return f"{wait.minutes:g} min"
    return f"{wait.seconds:g} s"


async def render_page() -> str:
    parts = [
        "# Walkthroughs: a newcomer's first hour",
        "",
        "Three people meeting studybot for the first time, played in the console (`studybot chat`) "
        "against the real engine, store and timers. This page is generated by "
        "`scripts/walkthroughs.py` (`make docs`) on a fixed clock and fixed seeds; a test "
        "regenerates it and fails if it differs, and checks every reply for grammar slips. "
        "Lines after `>` are what the person typed; `⏱` lines are time passing; typing a number "
        "presses that option.",
    ]
    with tempfile.TemporaryDirectory(prefix="studybot-walkthroughs-") as scratch:
        for persona in PERSONAS:
            transcript = await play(persona, Path(scratch))
            parts += [
                "",
                f"## {persona.title}",
                "",
                persona.intro,
                "",
                "```text",
                transcript,
                "```",
            ]
    return "\n".join(parts) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--check", action="store_true", help="exit 1 if the page is out of date")
    args = parser.parse_args(argv)
    page = asyncio.run(render_page())
    if args.check:
        if TARGET.read_text(encoding="utf-8") != page:
            print(f"{TARGET.relative_to(ROOT)} is out of date: run `make docs`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(page, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
