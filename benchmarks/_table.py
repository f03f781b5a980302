"""Figures the benchmarks report, for the summary table `python -m benchmarks` prints at the end.

Each benchmark calls `record(...)` for every target it checks (and still prints its own detail);
a benchmark that records nothing shows as one row: whether it exited 0. Each row also shows the
machine's 1-minute load average as its benchmark started and ended: on shared cores a wall-clock
miss at load 15 says more about the neighbours than about the code.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Figure:
    benchmark: str
    name: str
    target: str
    result: str
    met: bool
    load: str = ""  # the 1-minute load average as its benchmark started and ended


FIGURES: list[Figure] = []


def record(benchmark: str, name: str, target: str, result: str, met: bool) -> bool:
    """Keep one figure for the table and print it; returns `met`."""
    FIGURES.append(Figure(benchmark, name, target, result, met))
    print(f"  [{'met' if met else 'MISSED'}] {name}: {result} (target {target})", flush=True)
    return met


def table(figures: list[Figure]) -> str:
    """The figures as an aligned plain-text table."""
    header = ("benchmark", "figure", "target", "result", "", "load")
    rows = [header] + [
        (f.benchmark, f.name, f.target, f.result, "met" if f.met else "MISSED", f.load)
        for f in figures
    ]
    widths = [max(len(row[k]) for row in rows) for k in range(len(header))]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    ]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(line.rstrip() for line in lines)
