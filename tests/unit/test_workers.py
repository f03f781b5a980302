"""The worker pool: calls run in another process; a call past its CPU or memory limit, or a crash,
fails that call alone and the pool carries on with a fresh process."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.workers import Limits, PoolBusy, PoolClosed, WorkerDied, WorkerPool
from tests.fakes import worker_tasks

MiB = 1024 * 1024


@pytest.fixture
async def pool() -> AsyncIterator[WorkerPool]:
    opened = WorkerPool(limits=Limits(cpu_seconds=1, memory_bytes=512 * MiB))
    yield opened
    await opened.close()


async def test_a_call_runs_in_another_process_and_returns(pool: WorkerPool) -> None:
    assert await pool.run(worker_tasks.square, 12) == 144
    assert await pool.run(worker_tasks.pid) != os.getpid()


async def test_the_limits_are_set_in_the_worker(pool: WorkerPool) -> None:
    address_space, core = await pool.run(worker_tasks.limits)
    assert address_space == 512 * MiB
    assert core == 0


async def test_an_exception_comes_back_as_it_is(pool: WorkerPool) -> None:
    with pytest.raises(ValueError, match="bad row"):
        await pool.run(worker_tasks.fail, "bad row")
    assert pool.deaths == 0


async def test_a_call_past_its_cpu_time_dies_and_the_pool_recovers(pool: WorkerPool) -> None:
    first = await pool.run(worker_tasks.pid)
    with pytest.raises(WorkerDied):
        await pool.run(worker_tasks.burn_cpu, None)
    assert pool.deaths == 1
    assert await pool.run(worker_tasks.square, 3) == 9
    assert await pool.run(worker_tasks.pid) != first


async def test_cpu_time_is_allowed_per_call_not_per_process_life(pool: WorkerPool) -> None:
    # Three calls of 0.5 s each: 1.5 s in one process, but each within its own 1 s.
    for _ in range(3):
        assert await pool.run(worker_tasks.burn_cpu, 0.5) >= 0.5
    assert pool.deaths == 0


async def test_a_call_past_its_memory_limit_fails_alone(pool: WorkerPool) -> None:
    with pytest.raises(WorkerDied):
        await pool.run(worker_tasks.hog_memory, 2048)
    assert pool.deaths == 1
    assert await pool.run(worker_tasks.hog_memory, 64) == 64 * MiB


async def test_a_crashing_worker_is_replaced(pool: WorkerPool) -> None:
    with pytest.raises(WorkerDied):
        await pool.run(worker_tasks.crash)
    assert await pool.run(worker_tasks.square, 5) == 25


async def test_calls_past_the_queue_are_refused_not_piled_up(tmp_path: Path) -> None:
    pool = WorkerPool(max_waiting=1)
    release = tmp_path / "release"
    try:
        running = asyncio.create_task(pool.run(worker_tasks.wait_for, str(release)))
        waiting = asyncio.create_task(pool.run(worker_tasks.square, 2))
        await asyncio.sleep(0)  # both have taken their places: one runs, one waits
        await asyncio.sleep(0)
        with pytest.raises(PoolBusy):
            await pool.run(worker_tasks.square, 3)
        release.touch()
        assert await running == str(release)
        assert await waiting == 4
    finally:
        release.touch()
        await pool.close()


async def test_a_closed_pool_runs_nothing() -> None:
    pool = WorkerPool()
    assert await pool.run(worker_tasks.square, 2) == 4
    await pool.close()
    with pytest.raises(PoolClosed):
        await pool.run(worker_tasks.square, 2)


def test_a_pool_needs_a_process() -> None:
    with pytest.raises(ValueError):
        WorkerPool(processes=0)


async def test_warm_starts_every_worker_with_its_startup() -> None:
    """`warm` readies the workers before the first real call: each has run the pool's `startup`
    (which imports a module nothing here imports otherwise)."""
    pool = WorkerPool(processes=2, startup=worker_tasks.import_colorsys)
    try:
        await pool.warm()
        seen = await asyncio.gather(
            *(pool.run(worker_tasks.imported, "colorsys") for _ in range(6))
        )
    finally:
        await pool.close()
    assert all(was_imported for _, was_imported in seen)
    assert 1 <= len({pid for pid, _ in seen}) <= 2


async def _started(path: Path) -> None:
    """Until the worker has written `path` (the call is running in it)."""
    while not path.exists():
        await asyncio.sleep(0.01)


async def test_close_stops_a_call_that_outruns_its_grace(tmp_path: Path) -> None:
    """A bot asked to stop does not wait on a minutes-long build: after the grace the call's
    worker is stopped and its caller is told the pool closed. The release file is never
    written, so a close that waited for the call would never end (the test's timeout fails it)."""
    pool = WorkerPool()  # no CPU limit, like the build pool
    started, release = tmp_path / "started", tmp_path / "release"
    call = asyncio.ensure_future(
        pool.run(worker_tasks.announce_then_wait, str(started), str(release))
    )
    await asyncio.wait_for(_started(started), 120)
    await asyncio.wait_for(pool.close(grace=0.2), 120)
    with pytest.raises(PoolClosed):
        await call
    assert pool.deaths == 0  # a stop at close is not a death to log and rebuild after


async def test_close_lets_a_call_finish_inside_its_grace(tmp_path: Path) -> None:
    pool = WorkerPool()
    started, release = tmp_path / "started", tmp_path / "release"
    call = asyncio.ensure_future(
        pool.run(worker_tasks.announce_then_wait, str(started), str(release))
    )
    await asyncio.wait_for(_started(started), 120)
    closing = asyncio.ensure_future(pool.close(grace=600))
    await asyncio.sleep(0)
    release.touch()
    assert await asyncio.wait_for(call, 120) == str(release)
    await asyncio.wait_for(closing, 120)


def _running(pid: int) -> bool:
    """Whether `pid` is a live process (a zombie, dead but not yet reaped, is not)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False  # reaped between the signal and the read (the kernel answers ESRCH)
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads process states from /proc")
def test_workers_exit_when_the_bot_is_killed_outright() -> None:
    """A bot killed by the OOM killer or `kill -9` never closes its pools; its workers (a build
    worker holds about 200 MB) must not live on without it."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.killed_bot"],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.PIPE,
        text=True,
    ) as killed:
        assert killed.stdout is not None
        # one line, then the pipe is left: leaked workers would hold it open for ever
        workers = [int(pid) for pid in killed.stdout.readline().split()]
        assert killed.wait(timeout=300) == -signal.SIGKILL
    assert workers
    deadline = time.monotonic() + 60
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if _running(pid)]
