"""A review schedule survives a restart: one process saves a card, a new process finds it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

WORKER = Path(__file__).with_name("restart_worker.py")
ROOT = Path(__file__).resolve().parents[3]


def run_worker(action: str, url: str) -> dict[str, Any]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    completed = subprocess.run(
        [sys.executable, str(WORKER), action, url],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    outcome: dict[str, Any] = json.loads(completed.stdout)
    return outcome


def test_a_review_schedule_survives_a_restart(database_url: str) -> None:
    saved = run_worker("save", database_url)
    loaded = run_worker("load", database_url)
    assert loaded["found"] is True
    assert loaded["state"] == saved["state"]
    assert loaded["due"] == saved["due"] == loaded["due_from_state"]
    assert loaded["due_ids_at_due"] == ["2718281"]
    assert loaded["due_just_before"] == 0
    assert loaded["reviews"] == 1
