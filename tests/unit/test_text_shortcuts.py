"""`fold`, `americanise` and `strip_cloze` skip their expressions on text that cannot match
them (no comma or apostrophe, no "is", no "{{"): every build of a big deck calls them hundreds
of thousands of times. The answers must be the expressions' own on any text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from knowledge.model import _CLOZE, strip_cloze
from knowledge.text import _ISATION, _NON_WORD, _THOUSANDS, americanise, fold

_PIECES = ["10,000", "1'000", "it's", "Organisation", "realised", "is", "{{c1::", "::hint", "}}"]
TEXT = st.lists(st.sampled_from([*_PIECES, " ", "a", "_", "É", "ı"]), max_size=10).map(
    "".join
) | st.text(max_size=30)


@given(TEXT)
def test_fold(text: str) -> None:
    if text.isascii():
        assert (
            fold(text)
            == _NON_WORD.sub(" ", _THOUSANDS.sub("", text.lower()).replace("_", " ")).strip()
        )


@given(TEXT)
def test_americanise(text: str) -> None:
    assert americanise(text) == _ISATION.sub(lambda m: "iz" + m.group(1), text)


@given(TEXT)
def test_strip_cloze(text: str) -> None:
    assert strip_cloze(text) == _CLOZE.sub(lambda m: m.group(1), text)
