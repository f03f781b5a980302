"""The reliability counts reach the summary when the suite runs on several xdist workers, as
`make test` runs it (each worker keeps its own tally; the controller prints the sum)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_counts_recorded_on_two_workers_are_summed_in_the_summary(tmp_path: Path) -> None:
    (tmp_path / "test_counted.py").write_text(
        "from tests.counts import record\n"
        "def test_one():\n    record(faults_injected=2, messages_lost=0)\n"
        "def test_two():\n    record(faults_injected=3, duplicates=0)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    run = subprocess.run(
        [
            sys.executable,
            *("-m", "pytest", "-q", "-n", "2", "-p", "tests.counts"),
            *("-p", "no:cacheprovider", str(tmp_path)),
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "reliability counts" in run.stdout
    assert "faults injected: 5" in run.stdout
    assert "messages lost: 0" in run.stdout
    assert "duplicates: 0" in run.stdout
