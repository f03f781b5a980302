"""A key found in other text by a case-insensitive pattern compiled only when it could match.

`overlap` and `leaks` read each question a quiz start draws with a pattern per key (its answer,
a year, a surname), and compared it with the few questions already chosen. Compiling those
patterns was most of a /quiz start on a big deck (60% of its CPU time: a pool of 27,000
questions outgrows any cache of them, and `re` keeps 512), yet most pairs of questions never
share the key's letters at all. A `Finder` first asks whether the key's letters are in the text
at all, and compiles its pattern (once) only when they are.

The check is exact, never a guess: where both the key and the text are ASCII, a case-insensitive
match of the key's letters means the lower-cased key is in the lower-cased text (no ASCII letter
matches another ASCII letter case-insensitively but its own other case). Anywhere else
(`re.IGNORECASE` also matches "K" with the Kelvin sign, "s" with the long s) the pattern decides.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator


class Finder:
    """The key `text` found by the pattern `make(text)` builds (which must match only where
    `text`'s own letters stand, case-insensitively, with whatever it allows around them)."""

    __slots__ = ("_lower", "_make", "_pattern", "text")

    def __init__(self, text: str, make: Callable[[str], re.Pattern[str]]) -> None:
        self.text = text
        # None: not ASCII, so no letter check stands in for the pattern.
        self._lower = text.lower() if text.isascii() else None
        self._make = make
        self._pattern: re.Pattern[str] | None = None

    def could_be_in(self, other: str) -> bool:
        """False only when the pattern cannot match anywhere in `other`."""
        return self._lower is None or not other.isascii() or self._lower in other.lower()

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = self._make(self.text)
        return self._pattern

    def search(self, other: str) -> re.Match[str] | None:
        return self.pattern.search(other) if self.could_be_in(other) else None

    def fullmatch(self, other: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(other) if self.could_be_in(other) else None

    def finditer(self, other: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(other) if self.could_be_in(other) else iter(())


def replace_once(text: str, old: str, new: str) -> str:
    """`text` with its first case-insensitive `old` replaced by `new`, as
    `re.sub(re.escape(old), new, text, count=1, flags=re.IGNORECASE)` gives it, without a
    pattern compiled for `old` where both are ASCII (lower-casing keeps every position there)."""
    if text.isascii() and old.isascii():
        start = text.lower().find(old.lower())
        return text if start < 0 else text[:start] + new + text[start + len(old) :]
    return re.sub(re.escape(old), new.replace("\\", r"\\"), text, count=1, flags=re.IGNORECASE)
