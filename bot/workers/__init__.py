"""A bounded pool of worker processes for CPU work that must not stall the event loop.

Public API (everything else here is private):

- `WorkerPool(processes=1, limits=Limits(...), max_waiting=8)` — made once by the composition root
  (`bot.app.build_app`) and passed to whoever needs it; processes start on first use.
- `await pool.run(fn, *args)` — `fn(*args)` in a worker process. `fn` and its arguments and result must
  pickle (a module-level function). Raises `WorkerDied` when the worker process died or ran out of
  memory (a limit was hit; the pool is rebuilt), `PoolBusy` when too many calls already wait, and
  `PoolClosed` after `close()`. Any other exception `fn` raises comes back as it is.
- `await pool.warm()` — starts every worker now (each runs the pool's `startup`), so the next calls
  do not wait for that. `pool.running`: how many worker processes are alive.
- `await pool.close(grace=5.0)` — nothing new is accepted; running calls get `grace` seconds, then
  their workers are stopped and their callers get `PoolClosed` (a minutes-long build must not hold
  up a bot asked to stop).
- `Limits(cpu_seconds=…, memory_bytes=…)` — per-call CPU time (`RLIMIT_CPU`, counted from the start of
  each call) and per-process address space (`RLIMIT_AS`), applied in the worker where the platform
  has `resource` (Linux, macOS); `Limits()` sets none, for trusted heavy work such as index builds.
"""

from bot.workers._pool import Limits, PoolBusy, PoolClosed, WorkerDied, WorkerPool

__all__ = ["Limits", "PoolBusy", "PoolClosed", "WorkerDied", "WorkerPool"]
