"""Shared checks of the importers for the formats added in session 22 (AsciiDoc, MediaWiki,
Jupyter notebooks, e-mail, OPML): what a student is shown from an imported deck, and
`studybot quiz sample` run as a user runs it."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from knowledge.deck_files import open_deck_file
from knowledge.model import Deck, Topic

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "data" / "import_formats"
QUIZ = (sys.executable, "-m", "adapters.cli", "quiz", "sample")


def written(deck: Deck) -> list[str]:
    """Everything a student can be shown: titles, facts, groups and key terms."""
    out = [deck.title]
    for topic in deck.topics:
        out.append(topic.title)
        out += [fact.raw for fact in topic.facts] + [str(fact.group or "") for fact in topic.facts]
    return out + [f"{term.term} {term.definition}" for term in deck.terms]


def topics(deck: Deck) -> dict[str, Topic]:
    return {topic.title: topic for topic in deck.topics}


def children(deck: Deck, parent: str) -> list[str]:
    return [topic.title for topic in deck.children(topics(deck)[parent].id)]


def facts(deck: Deck, title: str) -> list[str]:
    return [fact.raw for fact in topics(deck)[title].facts]


def quiz_sample(path: Path, n: int = 20, seed: int = 1) -> str:
    """`studybot quiz sample --deck PATH --n N --seed S`'s output; fails when the command does."""
    result = subprocess.run(
        [*QUIZ, "--deck", str(path), "--n", str(n), "--seed", str(seed)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def questions(sample: str) -> list[str]:
    """The question lines of a quiz sample ("3. [cloze] …"), without their numbers and kinds."""
    return [m.group(1) for m in re.finditer(r"^\d+\. \[\w+\] (.*)$", sample, re.MULTILINE)]


def load(name: str) -> Deck:
    """A sample file of tests/data/import_formats, opened as `--deck` opens it."""
    return open_deck_file(SAMPLES / name)
