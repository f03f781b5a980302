"""Two bot processes on one database, ticking the same schedules at once: every question of the day
and every results message is posted exactly once — on a SQLite file and on PostgreSQL.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.daily import DailyFeature, parse_timetable
from bot.engine import Engine
from bot.events import Chat, Command, User
from bot.store import SqlStore
from tests.conftest import default_deck, shown
from tests.fakes.clock import FakeClock
from tests.integration.zygote import Forked

START = datetime(2026, 3, 27, 23, 0, tzinfo=UTC)  # across London's change to BST on 29 March
END = datetime(2026, 3, 31, 0, 0, tzinfo=UTC)
STEP = timedelta(minutes=15)
SCHEDULES = {
    "london-daily": "08:00 Europe/London",
    "london-weekdays": "08:00 Europe/London weekdays deadline=16:00",
    "new-york": "07:30 America/New_York mon,wed,fri",
    "tokyo": "09:00 Asia/Tokyo deadline=15:00",
    "kolkata": "08:00 Asia/Kolkata weekends",
    "sydney": "06:45 Australia/Sydney mon-sat",
    "utc-evening": "21:00 UTC deadline=07:00",
    "utc-morning": "00:15 UTC",
}
TEACHER = User("test", "100", "Ms Kay", is_admin=True)


async def set_schedules(url: str) -> None:
    clock = FakeClock(START)
    async with await SqlStore.open(url) as store:
        daily = DailyFeature(default_deck(), store=store, clock=clock)
        engine = Engine(default_deck(), clock=clock, features=[daily])
        for chat_id, schedule in SCHEDULES.items():
            chat = Chat("test", chat_id, is_group=True)
            said = shown(await engine.handle(Command(TEACHER, chat, "daily", f"set {schedule}")))
            assert "Daily question set" in said


def expected_posts() -> tuple[Counter[tuple[str, str]], Counter[str]]:
    """(chat, yyyymmdd) of every question due in the run, and how many results each chat gets."""
    last_tick = START
    while last_tick + STEP < END:
        last_tick += STEP
    questions: Counter[tuple[str, str]] = Counter()
    results: Counter[str] = Counter()
    for chat_id, schedule in SCHEDULES.items():
        timetable = parse_timetable(schedule)
        moment = START
        while True:
            day, at = timetable.next_push(moment)
            if at > last_tick:
                break
            questions[(chat_id, day.strftime("%Y%m%d"))] += 1
            if timetable.closes_at(day, at) <= last_tick:
                results[chat_id] += 1
            moment = at
    return questions, results


def run_two_workers(url: str, tmp_path: Path) -> list[dict[str, str]]:
    go = tmp_path / "go"
    names = ("first", "second")
    timeline = [START.isoformat(), END.isoformat(), str(STEP // timedelta(minutes=1))]
    workers = [
        Forked(
            "tests.integration.daily_worker",
            url,
            name,
            str(tmp_path / f"{name}.ready"),
            str(go),
            str(tmp_path / name),
            *timeline,
            stdout=None,
        )
        for name in names
    ]
    try:
        while not all((tmp_path / f"{name}.ready").exists() for name in names):
            if any(worker.poll() is not None for worker in workers):
                break
            time.sleep(0.01)
        go.touch()  # both are connected: start ticking together
        for worker in workers:
            _, errors = worker.communicate(timeout=120)
            assert worker.returncode == 0, errors
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
    posts = []
    for name in names:
        for raw in (tmp_path / name).read_text().splitlines():
            posts.append({**json.loads(raw), "worker": name})
    return posts


async def test_two_processes_post_each_question_and_each_result_once(
    database_url: str, tmp_path: Path
) -> None:
    await set_schedules(database_url)
    posts = run_two_workers(database_url, tmp_path)

    questions = Counter((p["chat"], p["day"]) for p in posts if p["kind"] == "question")
    results = Counter((p["chat"], p["day"]) for p in posts if p["kind"] == "results")
    expected_questions, expected_results = expected_posts()
    assert questions == expected_questions  # every due question, none twice
    assert max(results.values()) == 1  # no results message twice
    assert Counter(chat for chat, _ in results) == expected_results
    assert len(questions) > 15  # the run covers enough pushes to race on
