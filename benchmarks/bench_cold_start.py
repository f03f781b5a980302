"""Cold start of the one-shot CLI: `studybot explain` against `python -c "import yaml, rapidfuzz"`.

    python -m benchmarks.bench_cold_start [--runs 9]

Both run as fresh processes, alternately, `--runs` times each; the medians are compared. The floor
is what any deck lookup must import anyway (the YAML parser and the fuzzy matcher); studybot on top
loads and indexes the bundled deck and answers. Target: studybot ≤ 2.5 × the floor.

Both start from bytecode, as an installed studybot does (pip compiles a package when it installs
it, as it compiled yaml and rapidfuzz): the project's own packages are compiled first, so that where
PYTHONDONTWRITEBYTECODE is set on an editable checkout, every timed run does not compile them from
source again (about 0.3 s that no installed copy spends).
"""

from __future__ import annotations

import argparse
import compileall
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks._table import record

TARGET_RATIO = 2.5


def _studybot() -> list[str]:
    script = Path(sys.executable).with_name("studybot")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "adapters.cli"]


def _compile_project() -> None:
    import adapters
    import bot
    import knowledge

    for package in (adapters, bot, knowledge):
        compileall.compile_dir(Path(package.__file__).parent, quiet=1)


def _timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=None)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args(argv)
    floor_command = [sys.executable, "-c", "import yaml, rapidfuzz"]
    ours_command = [*_studybot(), "explain", "hungarian uprisng"]
    _compile_project()
    _timed(floor_command), _timed(ours_command)  # warm the OS file cache for both
    floor: list[float] = []
    ours: list[float] = []
    for _ in range(args.runs):
        floor.append(_timed(floor_command))
        ours.append(_timed(ours_command))
    floor_median, ours_median = statistics.median(floor), statistics.median(ours)
    ratio = ours_median / floor_median
    print(f"  floor  python -c 'import yaml, rapidfuzz': median {floor_median * 1000:.0f} ms")
    print(f"  ours   studybot explain 'hungarian uprisng': median {ours_median * 1000:.0f} ms")
    met = record(
        "bench_cold_start",
        "studybot explain cold start ÷ import floor",
        f"≤ {TARGET_RATIO}×",
        f"{ratio:.2f}× ({ours_median * 1000:.0f} / {floor_median * 1000:.0f} ms)",
        ratio <= TARGET_RATIO,
    )
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
