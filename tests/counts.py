"""What the reliability suites counted, printed at the end of every pytest run (so CI's log shows
it without `-s`): hostile inputs tried, events fed, faults injected, messages lost, duplicates,
permission cases tried.

A test calls `record(faults_injected=3, messages_lost=0, duplicates=0)` or `count("uploads tried")`;
a zero is printed too, so a suite that ran and found nothing wrong says so. Under pytest-xdist
each worker keeps its own tally and hands it to the controller when it finishes, so `make test`'s
summary (which runs on several workers) prints the counts too.
"""

from __future__ import annotations

from collections import Counter

import pytest

TALLY: Counter[str] = Counter()
COUNTS = TALLY  # one tally, whichever way a test adds to it


def record(**counts: int) -> None:
    for name, count in counts.items():
        TALLY[name] += count


def count(what: str, how_many: int = 1) -> None:
    TALLY[what] += how_many


def pytest_sessionfinish(session: pytest.Session) -> None:
    """On an xdist worker: hand this worker's tally to the controller."""
    worker_output = getattr(session.config, "workeroutput", None)
    if worker_output is not None:
        worker_output["reliability_counts"] = dict(TALLY)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: object, error: object) -> None:
    """On the xdist controller: add a finished worker's tally to the one printed."""
    worker_output = getattr(node, "workeroutput", None) or {}
    TALLY.update(worker_output.get("reliability_counts", {}))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not TALLY:
        return
    terminalreporter.write_sep("-", "reliability counts")
    for name in sorted(TALLY):
        terminalreporter.write_line(f"{name.replace('_', ' ')}: {TALLY[name]}")
