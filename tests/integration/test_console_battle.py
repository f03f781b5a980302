"""A whole battle in `studybot chat`, as three people at one keyboard would play it: a new process,
lines typed one at a time, `/as NAME` to switch player, numbers to press the options shown last.

The test reads each question off the screen and answers it from the deck it wrote, so it works
whatever order the battle asks the questions in.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WAIT = 300  # a safety net for a hung process, not a timing assertion (load 47 outlasted 60 s)

DECK = """
deck:
  id: chemistry-basics
  title: Chemistry basics
  subject: Chemistry
topics:
  - id: elements
    title: Elements
questions:
  - question: Which element has the symbol Fe?
    options: [Iron, Lead, Tin, Zinc]
    answers: [Iron]
    explanation: Fe comes from the Latin ferrum.
    topic: elements
  - question: What is the chemical symbol for sodium?
    options: [So, Na, Sd, S]
    answers: [Na]
    explanation: Na comes from the Latin natrium.
    topic: elements
  - question: How many protons does a carbon atom have?
    options: ["4", "6", "8", "12"]
    answers: ["6"]
    explanation: Carbon's atomic number is 6.
    topic: elements
"""
RIGHT = {
    "Which element has the symbol Fe?": "Iron",
    "What is the chemical symbol for sodium?": "Na",
    "How many protons does a carbon atom have?": "6",
}
QUESTION = re.compile(r"⚔️ Round (\d)/3 · 10 s\n(.+)\n((?:  \[\d\] .*\n){4})")


class Console:
    """`python -m adapters.cli chat` in a subprocess, driven line by line."""

    def __init__(self, *args: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "adapters.cli", "chat", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            cwd=ROOT,
            env={**os.environ, "STUDYBOT_DECK": "", "PYTHONIOENCODING": "utf-8"},
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.seen = ""  # everything printed so far
        self.read_up_to = 0  # `expect` looks only after its last match
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for printed in self.process.stdout:
            self.lines.put(printed)
        self.lines.put(None)

    def type(self, *entered: str) -> None:
        assert self.process.stdin is not None
        for one in entered:
            self.process.stdin.write(one + "\n")
        self.process.stdin.flush()

    def expect(self, pattern: str | re.Pattern[str]) -> re.Match[str]:
        """Wait until the output shows `pattern` (after the previous match)."""
        compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
        while True:
            found = compiled.search(self.seen, self.read_up_to)
            if found:
                self.read_up_to = found.end()
                return found
            try:
                printed = self.lines.get(timeout=WAIT)
            except queue.Empty:
                pytest.fail(f"no {compiled.pattern!r} in the console output:\n{self.seen}")
            if printed is None:
                pytest.fail(f"the console ended before {compiled.pattern!r}:\n{self.seen}")
            self.seen += printed

    def close(self) -> tuple[int, str]:
        self.type("/quit")
        code = self.process.wait(timeout=WAIT)
        assert self.process.stderr is not None
        return code, self.process.stderr.read()


@pytest.fixture
def console(tmp_path: Path) -> Iterator[Console]:
    deck = tmp_path / "chemistry.yaml"
    deck.write_text(DECK, encoding="utf-8")
    database = f"sqlite:///{tmp_path / 'studybot.db'}"
    running = Console(
        "--deck", str(deck), "--fast-timers", "--user", "Ana", "--database-url", database
    )
    try:
        yield running
    finally:
        if running.process.poll() is None:
            running.process.kill()
            running.process.wait()


def _option(block: str, label: str) -> str:
    """The number to type for an option shown as `  [n] label`."""
    found = re.search(rf"^  \[(\d)\] {re.escape(label)}$", block, re.MULTILINE)
    assert found, f"no option {label!r} in\n{block}"
    return found.group(1)


def _wrong(block: str, label: str) -> str:
    numbers = re.findall(r"^  \[(\d)\] ", block, re.MULTILINE)
    right = _option(block, label)
    return next(str(n) for n in numbers if n != right)


def test_three_players_battle_through_the_console(console: Console) -> None:
    console.type("/battle 3")
    console.expect(r"\[message #1\]\n⚔️ Quiz battle — all topics")
    console.expect("Battle lobby open")
    console.type("/as Ben", "/join")
    console.expect("You're in! 2 players so far.")
    console.type("/as Cal", "1")  # presses Join on the lobby
    console.expect("You're in! 3 players so far.")
    console.expect(r"\[message #1, edited\]\n(?:.*\n){3}Players \(3\): Ana, Ben, Cal")
    console.type("/as Ana", "2")  # Start
    console.expect("Starting now!")

    asked: list[str] = []
    for round_number in (1, 2, 3):
        shown = console.expect(QUESTION)
        assert int(shown.group(1)) == round_number
        prompt, block = shown.group(2), shown.group(3)
        asked.append(prompt)
        right = RIGHT[prompt]
        cal = _option(block, right) if round_number < 3 else _wrong(block, right)
        console.type("/as Ana", _option(block, right))
        console.expect("Locked in")
        console.type("/as Ben", _wrong(block, right), _wrong(block, right))
        console.expect("already answered this question")
        console.type("/as Cal", cal)
        # everyone has answered, so the round ends on the next tick
        marker = r"\[message #3\]" if round_number == 1 else r"\[message #3, edited\]"
        console.expect(rf"{marker}\nRound {round_number}/3 — the answer: {re.escape(right)}")

    assert sorted(asked) == sorted(RIGHT)  # each question once

    podium = console.expect(r"🏁 Quiz battle — all topics: final results\n((?:.*\n)+?)See the")
    medals = podium.group(1)
    assert re.search(r"^🥇 Ana — [\d,]+$", medals, re.MULTILINE), medals
    assert re.search(r"^🥈 Cal — [\d,]+$", medals, re.MULTILINE), medals
    assert "🥉" not in medals  # Ben scored nothing: no medal
    assert re.search(r"^1\. Ana — [\d,]+ · 3/3 right$", medals, re.MULTILINE), medals
    assert "3. Ben — 0 · 0/3 right" in medals

    console.type("/leaderboard")
    board = console.expect(r"Leaderboard — all time\n((?:.*\n){3})").group(1)
    assert re.search(r"^1\. Ana — [\d,]+ points · 1 win · 1 battle$", board, re.MULTILINE)
    assert re.search(r"^3\. Ben — 0 points · 0 wins · 1 battle$", board, re.MULTILINE)
    code, errors = console.close()
    assert code == 0, errors
    assert "Traceback" not in errors
    assert console.seen.count("[message #3") == 3  # one scoreboard: sent once, edited twice
