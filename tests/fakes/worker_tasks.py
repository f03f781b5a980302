"""Module-level functions for worker-pool tests (a worker process imports them by name)."""

from __future__ import annotations

import os
import resource
import time
from pathlib import Path


def square(value: int) -> int:
    return value * value


def fail(message: str) -> None:
    raise ValueError(message)


def pid() -> int:
    return os.getpid()


def burn_cpu(seconds: float | None) -> float:
    """Spins for `seconds` of CPU time (None: for ever); returns the CPU time used."""
    start = time.process_time()
    while seconds is None or time.process_time() - start < seconds:
        pass
    return time.process_time() - start


def hog_memory(megabytes: int) -> int:
    """Allocates and touches `megabytes` MiB."""
    block = bytearray(megabytes * 1024 * 1024)
    return len(block)


def crash() -> None:
    os._exit(3)


def limits() -> tuple[int, int]:
    """The worker's soft address-space and core-file limits."""
    return resource.getrlimit(resource.RLIMIT_AS)[0], resource.getrlimit(resource.RLIMIT_CORE)[0]


def wait_for(path: str) -> str:
    """Waits until `path` exists (the test decides when this call ends, not a clock)."""
    while not Path(path).exists():
        time.sleep(0.01)
    return path


def announce_then_wait(started: str, release: str) -> str:
    """Writes `started` (the call is running), then waits until `release` exists."""
    Path(started).touch()
    return wait_for(release)


def spin_then_read(filename: str, content: bytes) -> object:
    """An upload reader that spins for ever when the file's name starts with "huge", else reads it."""
    from knowledge.uploads import read_upload

    if filename.startswith("huge"):
        burn_cpu(None)
    return read_upload(filename, content)


def held_then_spin(filename: str, content: bytes) -> object:
    """An upload reader the test holds: `content` is a folder. It writes `started` there, sleeps until
    the test writes `release` (so the test decides how long the upload is under way, not a clock;
    a safety net of `HOLD_SAFETY_NET` s of wall time ends the wait if the test never can, say
    because the event loop is stuck waiting for this call), then spins until its CPU limit stops it."""
    folder = Path(content.decode())
    (folder / "started").touch()
    waited = time.monotonic()
    while not (folder / "release").exists() and time.monotonic() - waited < HOLD_SAFETY_NET:
        time.sleep(0.01)
    burn_cpu(None)
    raise AssertionError(f"{filename}: the CPU limit never stopped this worker")


HOLD_SAFETY_NET = 120.0


def import_markdown(text: str) -> dict[str, object]:
    from knowledge.importers import import_text

    return import_text(text, format="markdown", source_name="deep")


def imported(module: str) -> tuple[int, bool]:
    """This worker's pid, and whether `module` was imported in it before this call."""
    import sys

    time.sleep(0.05)  # long enough that calls made at once go to different workers
    return os.getpid(), module in sys.modules


def import_colorsys() -> None:
    """A worker's `startup` in tests: imports a module nothing else here imports."""
    import colorsys

    assert colorsys.rgb_to_hsv(0, 0, 0) == (0.0, 0.0, 0.0)
