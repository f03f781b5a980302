"""Ctrl-C at the console chat's prompt, N times: how many runs did not end with 130 in time.

Each run starts `python -m adapters.cli chat` on a new terminal (a pty) with a fresh SQLite file,
waits for the prompt, waits 0-2.5 s more (a seeded random delay: a tick may be running), sends one
SIGINT and gives the child `--deadline` seconds to exit. A child still there is asked for its
threads' stacks (faulthandler, SIGABRT) and counted as a hang.

`--ignore-sigint` starts each child with SIGINT ignored, as a shell without job control starts a
background job (`cmd &`) and its children: the condition that made every run hang before
adapters/console/_interrupt.py. Run it from the repository's root:

    nice -n 10 python scripts/ctrl_c_stress.py 30 [--ignore-sigint]
"""

from __future__ import annotations

import argparse
import os
import pty
import random
import select
import signal
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _drain(fd: int, wait: float = 0.05) -> bytes:
    out = b""
    while select.select([fd], [], [], wait)[0]:
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child has gone
            break
        if not chunk:
            break
        out += chunk
    return out


def _one(run: int, folder: str, delay: float, deadline: float, ignore: bool) -> tuple[str, str]:
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(ROOT)
        os.environ["DATABASE_URL"] = f"sqlite:///{folder}/c{run}.db"
        os.environ["STUDYBOT_DECK"] = ""
        if ignore:
            signal.signal(signal.SIGINT, signal.SIG_IGN)  # inherited across exec
        argv = [sys.executable, "-X", "faulthandler", "-m", "adapters.cli", "chat"]
        os.execv(sys.executable, argv)
    seen = b""
    try:
        while b"> " not in seen:
            seen += os.read(fd, 4096)
    except OSError:
        os.waitpid(pid, 0)
        os.close(fd)
        return "early exit", seen.decode(errors="replace")[-3000:]
    start = time.monotonic()
    while time.monotonic() - start < delay:
        seen += _drain(fd)
    os.kill(pid, signal.SIGINT)
    start = time.monotonic()
    code: int | None = None
    while code is None and time.monotonic() - start < deadline:
        seen += _drain(fd)
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            code = os.waitstatus_to_exitcode(status)
    took = time.monotonic() - start
    if code is None:
        os.kill(pid, signal.SIGABRT)
        seen += _drain(fd, 1.0)
        os.waitpid(pid, 0)
        os.close(fd)
        return "HANG", seen.decode(errors="replace")[-8000:]
    os.close(fd)
    return f"exit {code} after {took:.2f} s", ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=int)
    parser.add_argument("--ignore-sigint", action="store_true")
    parser.add_argument("--deadline", type=float, default=20.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    folder = tempfile.mkdtemp(prefix="ctrl-c-")
    hangs = other = 0
    for run in range(args.runs):
        delay = rng.uniform(0, 2.5)
        outcome, text = _one(run, folder, delay, args.deadline, args.ignore_sigint)
        print(f"{run}: SIGINT {delay:.2f} s after the prompt: {outcome}", flush=True)
        if text:
            print(text, flush=True)
        hangs += outcome == "HANG"
        other += outcome != "HANG" and not outcome.startswith("exit 130")
    load = " ".join(Path("/proc/loadavg").read_text().split()[:3])
    print(f"{args.runs} runs: {hangs} hangs, {other} other outcomes; load average {load}")


if __name__ == "__main__":
    main()
