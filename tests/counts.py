"""Counters the reliability tests add to (hostile inputs tried, events fed, messages lost...),
printed at the end of every pytest run by the hook in tests/conftest.py."""

from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()


def count(what: str, how_many: int = 1) -> None:
    COUNTS[what] += how_many
