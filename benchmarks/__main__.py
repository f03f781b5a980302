"""Run every benchmark in turn: `python -m benchmarks` (or `make bench`)."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import sys
import time

BENCHMARKS = (
    "bench_loader",
    "bench_search",
    "bench_ask",
    "bench_grading",
    "bench_slips",
    "bench_questions",
    "bench_battle",
    "bench_telegram",
    "bench_daily_telegram",
)


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        print(f"== {name}", flush=True)
        start = time.perf_counter()
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            result = module.main()
            if inspect.iscoroutine(result):
                result = asyncio.run(result)
        except SystemExit as stop:
            result = stop.code
        if result not in (None, 0):
            failed.append(name)
        print(f"   ({time.perf_counter() - start:.1f} s)\n", flush=True)
    if failed:
        print("missed targets: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
