"""Run every benchmark in turn: `python -m benchmarks` (or `make bench`)."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import inspect
import os
import sys
import time
import traceback

from benchmarks._table import FIGURES, Figure, table

BENCHMARKS = (
    "bench_loader",
    "bench_search",
    "bench_ask",
    "bench_grading",
    "bench_slips",
    "bench_questions",
    "bench_battle",
    "bench_store",
    "bench_telegram",
    "bench_daily_telegram",
    "bench_discord",
    "bench_scale",
    "bench_loop_lag",
    "bench_cold_start",
)


def main() -> int:
    failed = []
    for name in BENCHMARKS:
        load_before = _load()
        print(f"== {name} (load average {load_before})", flush=True)
        start = time.perf_counter()
        recorded = len(FIGURES)
        module = importlib.import_module(f"benchmarks.{name}")
        try:
            result = module.main()
            if inspect.iscoroutine(result):
                result = asyncio.run(result)
        except SystemExit as stop:
            result = stop.code
        except Exception:  # a benchmark that crashes is a miss; the others still run
            traceback.print_exc()
            result = "crashed"
        ok = result in (None, 0)
        if not ok:
            failed.append(name)
        if len(FIGURES) == recorded:  # a benchmark that keeps no figures: its exit status
            FIGURES.append(Figure(name, "all targets", "exit 0", f"exit {result or 0}", ok))
        load = f"{load_before} → {_load()}"
        FIGURES[recorded:] = [dataclasses.replace(f, load=load) for f in FIGURES[recorded:]]
        print(f"   ({time.perf_counter() - start:.1f} s, load average {load})\n", flush=True)
    print(table(FIGURES))
    missed = sorted({f.benchmark for f in FIGURES if not f.met} | set(failed))
    if missed:
        print("\nmissed targets: " + ", ".join(missed))
    return 1 if missed else 0


def _load() -> str:
    """The 1-minute load average, or "?" where the system does not say."""
    try:
        return f"{os.getloadavg()[0]:.1f}"
    except OSError:
        return "?"


if __name__ == "__main__":
    sys.exit(main())
