"""kill -9 mid-battle, then a restart on the same database, on SQLite and PostgreSQL: the battle is
announced once as interrupted, with the standings of the rounds played; each player's result is
stored once; nothing is posted twice. (A battle cut short by a crash does not resume: its open round
is lost with the process; see docs/reliability.md.)
"""

from __future__ import annotations

import json
import signal
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import SqlStore
from tests.counts import record
from tests.integration.crash import Worker, rows, scalar

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def test_a_battle_killed_mid_round_is_wrapped_up_once_after_a_restart(
    database_url: str, tmp_path: Path
) -> None:
    await (await SqlStore.open(database_url)).close()
    out, moment = tmp_path / "posted", tmp_path / "clock"
    worker = Worker(
        "tests.integration.battle_crash_worker",
        database_url,
        str(out),
        str(moment),
        "play",
        START.isoformat(),
    )
    await worker.ready()
    worker.process.wait(timeout=180)
    assert worker.process.returncode == -signal.SIGKILL
    died_at = datetime.fromisoformat(moment.read_text())
    restart = Worker(
        "tests.integration.battle_crash_worker", database_url, str(out), str(moment), "restart",
        (died_at + timedelta(seconds=1)).isoformat(),
    )  # fmt: skip
    await restart.ready()
    restart.process.wait(timeout=180)
    assert restart.process.returncode == 0, restart.errors()

    posts = [json.loads(line) for line in out.read_text().splitlines()]
    sent = [p["text"] for p in posts if p["kind"] == "send"]
    podiums = [text for text in sent if "final results" in text]
    questions = [text.splitlines()[0] for text in sent if text.startswith("⚔️ Round")]
    stored = await rows(
        database_url,
        "SELECT user_id, points, correct, answered FROM battle_results ORDER BY user_id",
    )
    running = await scalar(database_url, "SELECT count(*) FROM battles WHERE status = 'running'")
    print(
        f"\nkill -9 mid-battle: {len(sent)} posts, {len(podiums)} podium, {len(stored)} results stored"
    )
    record(
        processes_killed=1,
        messages_lost=int(not podiums),
        duplicates=max(len(podiums) - 1, 0) + len(questions) - len(set(questions)),
    )
    assert len(podiums) == 1  # announced once
    assert "interrupted by a restart after 2 of 4 rounds" in podiums[0]
    assert "Round 3, under way when it stopped, does not count" in podiums[0]
    assert "1. Ana — 2,000 · 2/2 right" in podiums[0]
    assert len(questions) == len(set(questions)) == 3  # rounds 1-3 asked once each
    assert [(str(u), int(str(p)), int(str(c))) for u, p, c, _ in stored] == [
        ("1", 2000, 2),
        ("2", 0, 0),
        ("3", 0, 0),
    ]
    assert running == 0
