"""`Finder` and `replace_once` (bot.questions._finder) answer exactly as the patterns they stand
in for: the letter check that spares a compile must never hide a match, on ASCII text or on text
with letters that `re.IGNORECASE` matches across scripts (the Kelvin sign, the long s, dotted İ)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.questions._finder import Finder, replace_once

# Letters, the cross-case look-alikes, digits and the punctuation the patterns look around.
_ALPHABET = "abkisKSIy19 ,.-–\u212a\u017f\u0130\u0131éÉ"
_TEXT = st.text(alphabet=_ALPHABET, max_size=24)
_KEY = st.text(alphabet=_ALPHABET, min_size=1, max_size=5)


def _overlap_like(text: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![\w,.]){re.escape(text)}(?![\w]|[,.]\d|(?-i:\s+(?:of\s+)?[A-Z]))", re.IGNORECASE
    )


def _leak_like(text: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w,.]){re.escape(text)}(?:e?s)?(?![\w]|[,.]\d)", re.IGNORECASE)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@settings(max_examples=400, deadline=None)
@given(key=_KEY, text=_TEXT)
def test_finder_finds_what_its_pattern_finds(key: str, text: str) -> None:
    for make in (_overlap_like, _leak_like):
        pattern, finder = make(key), Finder(key, make)
        assert _span(finder.search(text)) == _span(pattern.search(text))
        assert _span(finder.fullmatch(text)) == _span(pattern.fullmatch(text))
        assert [m.span() for m in finder.finditer(text)] == [
            m.span() for m in pattern.finditer(text)
        ]


@settings(max_examples=400, deadline=None)
@given(old=_KEY, text=_TEXT)
def test_replace_once_replaces_as_re_sub(old: str, text: str) -> None:
    expected = re.sub(re.escape(old), " \x00 ", text, count=1, flags=re.IGNORECASE)
    assert replace_once(text, old, " \x00 ") == expected


def test_a_kelvin_sign_still_matches_k() -> None:
    finder = Finder("Kiev", _overlap_like)
    assert finder.search("In \u212aiev they met") is not None
    assert finder.search("In Kyiv they met") is None
