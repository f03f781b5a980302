"""docs/walkthroughs.md stays true: regenerated, it is unchanged; and no reply in it has a grammar slip."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scripts.walkthroughs import TARGET, render_page

# "1 players", "1 topics": a count of one with a plural noun (nouns that end in s anyway aside)
# ("1 is not 1/6": verbs ending in s are no plurals)
_ONE_PLURAL = re.compile(
    r"(?<![\d.,/])\b1 (?!(?:class|bus|gas|process|news|series|is|was|has|does)\b)([a-z]+s)\b"
)
_DOUBLED = re.compile(r"(?<![.])[.!?:;,][.!?:;,](?![.])")  # ".:", ",.", "?." — not "..."


def replies(page: str) -> list[str]:
    """Every line the bot printed in the transcripts (not what the people typed, not the prose)."""
    lines: list[str] = []
    inside = False
    for raw in page.splitlines():
        if raw.startswith("```"):
            inside = not inside
            continue
        if inside and raw and not raw.startswith(("[", "⏱")):  # "[Sam] > …", "[message #2]"
            lines.append(raw)
    return lines


def slips(line: str) -> list[str]:
    found = [f"plural after one: {m.group(0)!r}" for m in _ONE_PLURAL.finditer(line)]
    found += [f"doubled punctuation: {m.group(0)!r}" for m in _DOUBLED.finditer(line)]
    if re.search(r"\byou, you\b", line, re.IGNORECASE):
        found.append("'you, you'")
    if "(s)" in line:
        found.append("'(s)' instead of a real plural")
    return found


def test_the_slip_checker_catches_the_slips_it_is_for() -> None:
    for bad in (
        "You're already in — 1 players so far.",
        "Terms — 1 topics",
        "deck.yaml: 1 problem(s)",
        "Put these in order, earliest first.: A. x",
        "You, you haven't answered anything yet.",
    ):
        assert slips(bad), bad
    for good in (
        "1 player so far; 2 players",
        "Wait... 1/6 of them",
        "1 class",
        "Dee — 850 · 1/2",
        "❌ Not quite: 1 is not 1/6.",
    ):
        assert not slips(good), good


@pytest.mark.slow
async def test_the_walkthroughs_page_is_regenerated_unchanged_and_reads_cleanly() -> None:
    page = await render_page()
    on_disk = TARGET.read_text(encoding="utf-8")
    assert page == on_disk, "docs/walkthroughs.md is out of date: run `make docs`"
    said = replies(page)
    assert len(said) > 200
    problems = [(line, slips(line)) for line in said if slips(line)]
    assert not problems, problems
    for persona in ("A student revising alone", "A class of five", "A teacher bringing"):
        assert persona in page
    teacher = page.split("## A teacher bringing their own notes", 1)[1]
    assert "Berlin" not in teacher and "Khrushchev" not in teacher  # their deck's examples only


def test_the_script_lives_where_make_docs_runs_it() -> None:
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    assert "scripts/walkthroughs.py" in makefile
