"""What a one-shot lookup loads and how its process treats the garbage collector.

`studybot explain` is run many times a day from a shell, so its start-up is most of what a user
waits for (`benchmarks/bench_cold_start.py` times it). These tests pin what it must not load (the
/ask machinery, the importers, asyncio, numpy …) and that the console script's process settings
(`adapters.command`) reach lookups only, on the bundled deck and on a deck of another subject.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_cli import ROOT, studybot

CHEMISTRY = """\
deck:
  id: gcse-chemistry-bonding
  title: Chemical bonding
topics:
  - id: ionic
    title: Ionic bonding
    facts:
      - Electrons are transferred from a metal atom to a non-metal atom
      - The ions are held together by strong electrostatic forces of attraction
      - Sodium chloride forms a giant ionic lattice
  - id: covalent
    title: Covalent bonding
    facts:
      - A shared pair of electrons holds two non-metal atoms together
      - Simple molecules such as water have low melting points
terms:
  - term: Electrostatic attraction
    definition: the force between oppositely charged particles
    topics: [ionic]
"""

# Never needed to look a topic up and print it: each was part of every start-up once.
NOT_FOR_EXPLAIN = (
    "asyncio",  # only chats and bots run an event loop
    "json",  # only --json
    "numpy",  # only /ask's arrays
    "difflib",  # only a deck's mistakes
    "hashlib",  # BLAKE2 comes from _blake2
    "simplemma",  # the headword cache answers without it (once written: `headword_cache`)
    "sqlalchemy",
    "knowledge.importers",  # only non-YAML decks and `deck import`
    "knowledge.search._ask",  # the /ask index
    "knowledge.search._filler",  # the /ask question clean-up
    "bot.examples",  # only an empty query
    "bot.questions",
    "bot.engine",
)
NOT_FOR_ASK = ("asyncio", "knowledge.importers", "sqlalchemy", "bot.questions")  # numpy brings json

# Runs the console script's entry point as the installed `studybot` does, and reports at exit
# (before the interpreter tears anything down) what is loaded and how the collector stands.
_PROBE = """\
import atexit, gc, sys
def report():
    sys.stdout.flush()
    print("MODULES", " ".join(sorted(sys.modules)), file=sys.stderr)
    print("COLLECTOR", "on" if gc.isenabled() else "off", gc.get_freeze_count(), file=sys.stderr)
atexit.register(report)
sys.argv = ["studybot", *sys.argv[1:]]
from adapters.command import main
raise SystemExit(main())
"""


def _run(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str], str, int]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={**os.environ, "STUDYBOT_DECK": ""},
        check=False,
    )
    report = dict(
        line.split(" ", 1)
        for line in result.stderr.splitlines()
        if line.startswith(("MODULES", "COLLECTOR"))
    )
    state, frozen = report["COLLECTOR"].split()
    return result, set(report["MODULES"].split()), state, int(frozen)


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(
        name for name in names if any(m == name or m.startswith(name + ".") for m in modules)
    )


@pytest.fixture(scope="module", autouse=True)
def headword_cache() -> None:
    """The English headword cache written, as after a user's first lookup with a typo (the first
    one ever builds it from simplemma's dictionary, once per install: tested in test_dictionary)."""
    assert studybot("explain", "uprisng").returncode == 0


@pytest.fixture(scope="module")
def chemistry(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("decks") / "bonding.yaml"
    path.write_text(CHEMISTRY, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("deck", "query", "shown"),
    [
        (None, "hungarian uprisng", "Hungarian Uprising (1956)"),
        ("chemistry", "ionic bondng", "Ionic bonding"),
    ],
)
def test_explain_loads_nothing_it_does_not_use(
    deck: str | None, query: str, shown: str, chemistry: Path
) -> None:
    deck_args = ["--deck", str(chemistry)] if deck else []
    result, modules, _, _ = _run("explain", *deck_args, query)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == shown
    assert result.stdout == studybot("explain", *deck_args, query).stdout  # the same answer
    assert _loaded(modules, NOT_FOR_EXPLAIN) == []


def test_ask_loads_its_index_but_no_importers_or_event_loop(chemistry: Path) -> None:
    result, modules, _, _ = _run("ask", "--deck", str(chemistry), "what holds the ions together?")
    assert result.returncode == 0, result.stderr
    assert "electrostatic forces" in result.stdout
    assert "knowledge.search._ask" in modules
    assert _loaded(modules, NOT_FOR_ASK) == []


def test_json_output_still_loads_json(chemistry: Path) -> None:
    result, modules, _, _ = _run("explain", "--deck", str(chemistry), "covalent", "--json")
    assert result.returncode == 0, result.stderr
    assert '"topic": "Covalent bonding"' in result.stdout
    assert "json" in modules


@pytest.mark.parametrize("command", ["explain", "ask", "topics"])
def test_a_lookup_runs_without_the_collector_and_leaves_its_heap_frozen(
    command: str, chemistry: Path
) -> None:
    query = [] if command == "topics" else ["ionic bonding"]
    result, _, state, frozen = _run(command, "--deck", str(chemistry), *query)
    assert result.returncode == 0, result.stderr
    assert "Ionic bonding" in result.stdout
    assert (state, frozen > 0) == ("off", True)


def test_other_commands_keep_the_collector_on_and_freeze_their_heap_when_done(
    chemistry: Path,
) -> None:
    """They run with the collector as Python sets it; at the end what is alive is frozen, so the
    exit does not walk it again (a chat's took two seconds after /quit or Ctrl-C)."""
    result, _, state, frozen = _run("deck", "check", str(chemistry))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"{chemistry}: ok"
    assert (state, frozen > 0) == ("on", True)


def test_a_chat_left_with_quit_freezes_its_heap_for_the_exit(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, "chat"],
        input="/quit\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "STUDYBOT_DECK": "", "DATABASE_URL": f"sqlite:///{tmp_path / 'c.db'}"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    collector = [line for line in result.stderr.splitlines() if line.startswith("COLLECTOR")]
    state, frozen = collector[0].split()[1:]
    assert (state, int(frozen) > 0) == ("on", True)


def test_a_lookup_that_fails_still_says_why(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("deck:\n  id: x\ntopics: [\n", encoding="utf-8")
    result, _, _, _ = _run("explain", "--deck", str(broken), "anything")
    assert result.returncode == 2
    assert "cannot load the deck" in result.stderr
    assert "Traceback" not in result.stderr
