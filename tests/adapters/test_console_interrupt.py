"""Ctrl-C in a chat run by `run_chat` from a caller that goes on afterwards (the CLI's `main`
called by a test, a script with more to do): run as a new process, since a deadline that fired
would end the process that runs it."""

from __future__ import annotations

import subprocess
import sys

from tests.integration.test_cli import ROOT

# A chat that waits, a Ctrl-C, a cleanup that ends at once; then the caller waits for the
# Ctrl-C deadline's thread to finish, which a deadline still armed ends by killing the process.
_CALLER_GOES_ON = """
import asyncio, os, signal, threading
from adapters.console._interrupt import run_chat

async def chat():
    loop = asyncio.get_running_loop()
    loop.call_soon(os.kill, os.getpid(), signal.SIGINT)
    await loop.create_future()

print("interrupted:", run_chat(chat(), interactive=False, leave_within=0.2), flush=True)
for thread in threading.enumerate():
    if thread.name == "ctrl-c-deadline":
        thread.join(60)
print("the caller carried on", flush=True)
"""


def test_a_chat_closed_in_time_after_ctrl_c_leaves_its_caller_running() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _CALLER_GOES_ON],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"exit {done.returncode}:\n{done.stdout}{done.stderr}"
    assert done.stdout.splitlines() == ["interrupted: True", "the caller carried on"]
    assert "did not close in time" not in done.stderr
