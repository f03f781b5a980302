"""Shared helpers of the /ask tests: a deck from notes (YAML or imported), indexed once per text,
the fact an answer leads with, and `studybot ask --json` run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import cache
from pathlib import Path
from typing import Any

from bot.explain import Asked
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex


@cache
def indexed(text: str) -> tuple[Deck, DeckIndex]:
    """A deck written in the project's YAML, and its index."""
    deck = parse_deck(text)
    return deck, DeckIndex(deck)


@cache
def imported(text: str, format: str, name: str) -> tuple[Deck, DeckIndex]:
    """Notes in another format taken in as an upload would be (import, then load), and the index."""
    deck = parse_deck(dump_deck(import_text(text, format=format, source_name=name)), name)
    return deck, DeckIndex(deck)


def lead_of(asked: Asked) -> str:
    """The fact an answer leads with; fails when /ask did not answer."""
    assert asked.status == "answer", asked.reply.fallback.plain
    assert asked.lead is not None
    return asked.lead


ROOT = Path(__file__).resolve().parents[2]


def ask_json(question: str, notes: Path) -> dict[str, Any]:
    """`studybot ask QUESTION --json --deck NOTES` in a new process (the contract other tools
    rely on: fields topic, text, status); fails when the command does."""
    result = subprocess.run(
        [sys.executable, "-m", "adapters.cli", "ask", question, "--json", "--deck", str(notes)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    payload: dict[str, Any] = json.loads(result.stdout)
    return payload
