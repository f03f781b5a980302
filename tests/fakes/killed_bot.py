"""A process that starts a worker pool, prints its workers' pids and is then killed outright, as a
bot taken down by the kernel's OOM killer or `kill -9` is (run as `python -m tests.fakes.killed_bot`)."""

from __future__ import annotations

import asyncio
import os
import signal

from bot.workers import WorkerPool
from tests.fakes import worker_tasks


async def _start_then_die() -> None:
    pool = WorkerPool(processes=2)
    await pool.warm()
    pids = {await pool.run(worker_tasks.pid) for _ in range(8)}
    print(" ".join(str(pid) for pid in sorted(pids)), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    asyncio.run(_start_then_die())
