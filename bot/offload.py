"""CPU-heavy work (parsing big uploads, building indexes and question pools) in a worker process.

A thread is not enough: pure-Python builds hold the GIL, and a 10,000-topic index built in a thread
starves the event loop for seconds. One bounded `ProcessPoolExecutor` (a single worker, so the loop
keeps a core of a two-core machine) runs the work; its results come back pickled. Everything that
sends work to a process goes through `run_in_worker`, so the pool behind it can change in one place.
Small jobs stay in-process (`run_nearby`): starting a process and pickling costs more than they do.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import ParamSpec, TypeVar

log = logging.getLogger(__name__)

P = ParamSpec("P")
T = TypeVar("T")

MAX_WORKERS = 1
# A fresh worker now and then: a build's garbage (and any leak) never piles up in a long-lived one.
MAX_TASKS_PER_WORKER = 50


class WorkerFailed(RuntimeError):
    """The worker process died (killed, out of memory) before finishing the job."""


class _Workers:
    """The one process pool, started on first use and replaced when a worker dies."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._executor: ProcessPoolExecutor | None = None

    def get(self) -> ProcessPoolExecutor:
        with self._lock:
            if self._executor is None:
                # forkserver: a clean child, not a fork of a process with an event loop and threads
                context = multiprocessing.get_context("forkserver")
                self._executor = ProcessPoolExecutor(
                    MAX_WORKERS, mp_context=context, max_tasks_per_child=MAX_TASKS_PER_WORKER
                )
            return self._executor

    def stop(self, *, wait: bool) -> None:
        with self._lock:
            running, self._executor = self._executor, None
        if running is not None:
            running.shutdown(wait=wait, cancel_futures=True)


_workers = _Workers()


async def run_in_worker(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)` in the worker process; raises what it raised, or WorkerFailed.

    `function` must be a module-level function and its arguments and result picklable.
    """
    loop = asyncio.get_running_loop()
    try:
        return await loop.run_in_executor(_workers.get(), partial(function, *args, **kwargs))
    except BrokenProcessPool as error:
        _workers.stop(wait=False)
        raise WorkerFailed("the worker process stopped before finishing") from error


async def run_nearby(function: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """`function(*args, **kwargs)` in a thread of this process: for work too small for a process."""
    return await asyncio.to_thread(function, *args, **kwargs)


def shutdown() -> None:
    """Stop the worker (after the job it runs); the next job starts a new one."""
    _workers.stop(wait=True)


atexit.register(shutdown)
