"""`WorkerPool`: a ProcessPoolExecutor with resource limits, a bounded wait and rebuild-on-death.

Why processes and not threads: parsing a hostile file is pure-Python CPU work that holds the GIL, so a
thread still stalls the loop, and a file that eats memory takes the whole bot down. A worker process
with `setrlimit` limits is killed by the kernel instead (SIGXCPU past its CPU time; MemoryError past its
address space), and the bot only sees that one call fail.

Why limits are set per call for CPU: RLIMIT_CPU counts a process's whole life, so each call raises the
soft limit to "CPU used so far + the call's allowance" before it runs (the hard limit stays where it
was, so a later call can still raise the soft one).

Why each worker watches its parent: a bot process killed outright (an OOM kill, `kill -9`, a crash)
never shuts its pools down, and a ProcessPoolExecutor's workers wait on their call queue for ever
(each holds both ends of it, so the queue never reads as closed): a build worker holds about 200 MB.
So each worker exits as soon as the process that started it is gone.
"""

from __future__ import annotations

import asyncio
import logging
import math
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Limits:
    """Limits for each worker: CPU seconds per call, bytes of address space per process. None: no limit."""

    cpu_seconds: float | None = None
    memory_bytes: int | None = None


_PRELOADED: set[str] = set()
"""The modules any pool in this process asked the fork server to import (it starts once)."""

CLOSE_GRACE_SECONDS = 5.0
"""How long `WorkerPool.close` lets running calls finish before it stops their workers."""


class WorkerDied(Exception):
    """The call's worker process died (CPU or memory limit, or a crash); the pool was rebuilt."""


class PoolBusy(Exception):
    """Too many calls are already waiting for a worker; try again later."""


class PoolClosed(RuntimeError):
    """The pool was closed; it runs nothing more."""


class WorkerPool:
    """A few worker processes, started on first use, with at most `max_waiting` calls queued."""

    def __init__(
        self,
        *,
        processes: int = 1,
        limits: Limits | None = None,
        max_waiting: int = 8,
        preload: Sequence[str] = (),
        startup: Callable[[], None] | None = None,
    ) -> None:
        """`preload`: modules the workers will need, imported once in the fork server so each new
        worker (after a death, too) starts with them (a hint: the server starts once, with the
        preloads of every pool that had started by then; a pool started later has its workers
        import them on their first call). `startup`: a module-level
        function each worker runs as it starts, whoever started the server (so `warm` readies
        what it loads), without loading it in every other pool's workers."""
        if processes < 1 or max_waiting < 0:
            raise ValueError("a pool needs at least one process and a non-negative queue")
        self.processes = processes
        self.preload = tuple(preload)
        self.startup = startup
        self.limits = limits or Limits()
        self.max_waiting = max_waiting
        self._executor: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._waiting = 0
        self._closed = False
        self.deaths = 0
        """How many times a worker died and the pool was rebuilt (for logs and tests)."""

    @property
    def running(self) -> int:
        """How many worker processes are alive now: none before the first call or `warm`, nor
        after `close`."""
        if self._executor is None:
            return 0
        return sum(1 for process in _workers(self._executor) if process.is_alive())

    async def run(self, fn: Callable[..., T], *args: Any) -> T:
        """`fn(*args)` in a worker process, within the pool's limits (see the package docstring)."""
        if self._closed:
            raise PoolClosed("the worker pool is closed")
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.processes)
        if self._slots.locked() and self._waiting >= self.max_waiting:
            raise PoolBusy(f"{self._waiting} calls are already waiting for a worker")
        self._waiting += 1
        try:
            await self._slots.acquire()
        finally:
            self._waiting -= 1
        try:
            if self._closed:
                raise PoolClosed("the worker pool is closed")
            executor = self._ensure_executor()
            try:
                # submit() starts missing workers and waits for the fork server to hand back
                # their pids (while the server still imports its preload that is a while): a thread.
                future = await asyncio.to_thread(
                    executor.submit, _call_limited, self.limits.cpu_seconds, fn, args
                )
                return await asyncio.wrap_future(future)
            except BrokenProcessPool:
                if self._closed:  # `close` stopped this call's worker
                    raise PoolClosed("the worker pool was closed during the call") from None
                self._rebuild(executor)
                raise WorkerDied("the worker process died (a CPU or memory limit)") from None
            except MemoryError:
                # The worker survived but hit its address-space limit; start it afresh.
                self._rebuild(executor)
                raise WorkerDied("the worker ran out of memory") from None
        finally:
            self._slots.release()

    async def warm(self) -> None:
        """Start every worker process now, each running `startup` as it starts: the calls
        that come next (a big upload's builds, while the upload is still being read) then find
        them ready instead of paying for the processes' start and imports (about 1 CPU-s each
        for the build workers). Workers already running are left as they are."""
        await asyncio.gather(*(self.run(_ready) for _ in range(self.processes)))

    async def close(self, *, grace: float = CLOSE_GRACE_SECONDS) -> None:
        """Stop accepting calls; give the running calls `grace` seconds to finish, then stop their
        workers. Why not wait for them: a big deck's index or question-pool build can run for
        minutes (the build pool has no CPU limit), and a bot asked to stop must stop; what such a
        call builds is a cache that the next start builds again, so nothing is lost. The stopped
        calls' callers get `PoolClosed`."""
        self._closed = True
        executor, self._executor = self._executor, None
        if executor is None:
            return
        workers = _workers(executor)  # taken now: a finished shutdown forgets them
        shutdown = asyncio.ensure_future(
            asyncio.to_thread(executor.shutdown, wait=True, cancel_futures=True)
        )
        try:
            await asyncio.wait_for(asyncio.shield(shutdown), grace)
        except TimeoutError:
            log.warning("stopping %d worker(s) whose calls outran the close", len(workers))
            for process in workers:
                if process.is_alive():
                    process.terminate()
            await shutdown

    def _ensure_executor(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = _context()
            if context.get_start_method() == "forkserver":
                # Every pool's preload, not the last caller's: two pools starting at once (the
                # upload and build workers at a bot's start) would race to name the server's.
                _PRELOADED.update(self.preload)
                context.set_forkserver_preload([__name__, *sorted(_PRELOADED)])
            self._executor = ProcessPoolExecutor(
                max_workers=self.processes,
                mp_context=context,
                initializer=_init_worker,
                initargs=(self.limits.memory_bytes, self.startup),
            )
        return self._executor

    def _rebuild(self, broken: ProcessPoolExecutor) -> None:
        """Drop a pool whose worker died; the next call starts a fresh one."""
        self.deaths += 1
        log.warning("a worker process died or ran out of memory; restarting the pool")
        if self._executor is broken:
            self._executor = None
        broken.shutdown(wait=False, cancel_futures=True)


def _workers(executor: ProcessPoolExecutor) -> list[Any]:
    """The executor's worker processes. `_processes` is its private map (pid -> Process): Python
    3.11 has no public way to stop a worker in the middle of a call (`terminate_workers` comes in
    3.14), and a finished shutdown sets the map to None."""
    return list((getattr(executor, "_processes", None) or {}).values())


def _context() -> Any:
    """forkserver where there is one: workers fork from a clean server process, not from the bot
    (which has threads and sockets open); spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _init_worker(memory_bytes: int | None, startup: Callable[[], None] | None = None) -> None:
    """Runs once in each new worker: no core files, the address-space limit, the parent watch, then
    `startup`."""
    _exit_with_parent()
    if sys.platform != "win32":  # no resource module there
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
        if memory_bytes is not None:
            _lower_soft(resource.RLIMIT_AS, memory_bytes)
    if startup is not None:
        startup()


def _exit_with_parent() -> None:
    """Exit this worker once the process that asked for it (the bot) is gone. Its parent id does
    not tell: a forkserver worker's parent is the fork server, which lives on, since every worker
    holds the fd that would tell the server the bot is gone. multiprocessing gives each child a
    sentinel that becomes readable when the process that started it dies; a daemon thread waits on it."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch(sentinel: int) -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(
        target=watch, args=(parent.sentinel,), name="exit-with-parent", daemon=True
    ).start()


def _ready() -> None:
    """What `WorkerPool.warm` runs: nothing, once the worker has started."""


def _call_limited(cpu_seconds: float | None, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
    """Runs in the worker: allow `cpu_seconds` more CPU time from now, then call `fn`."""
    if cpu_seconds is not None and sys.platform != "win32":
        import resource

        usage = resource.getrusage(resource.RUSAGE_SELF)
        used = usage.ru_utime + usage.ru_stime
        _lower_soft(resource.RLIMIT_CPU, math.ceil(used + cpu_seconds), raise_ok=True)
    return fn(*args)


def _lower_soft(which: int, value: int, *, raise_ok: bool = False) -> None:
    """Set a soft limit (never above the hard one), keeping the hard limit as it is."""
    import resource

    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    if raise_ok or soft == resource.RLIM_INFINITY or value < soft:
        resource.setrlimit(which, (value, hard))
