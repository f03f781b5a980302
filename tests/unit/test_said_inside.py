"""`said_inside` (a lead-in label's word written capitalised inside a sentence) finds what the
expression it replaced found: it is hand-written so that no expression is compiled per word of a
deck, so it must read spaces, word characters and sentence ends exactly as `re` does."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.questions._aspect_labels import said_inside

# Letters, digits, "_", the word characters a label's word holds ("-", apostrophes), sentence
# ends, and spaces `re` and `str.isspace` both know (tab, newline, no-break, em space).
_CHARS = st.sampled_from(list("ab A_-'’.!?:;–—,\t\n\u00a0\u2003x1é²"))


def _expression(text: str, word: str) -> bool:
    return re.search(rf"[^.!?:;–—\s]\s+{re.escape(word)}\b", text) is not None


@settings(max_examples=1000)
@given(st.lists(_CHARS, max_size=14), st.text(_CHARS, min_size=1, max_size=3))
def test_said_inside_finds_what_the_expression_finds(pieces: list[str], word: str) -> None:
    text = "".join(pieces).replace("x", word)  # the word itself, often, among the rest
    assert said_inside(text, word) == _expression(text, word)


def test_said_inside_reads_a_name_inside_a_sentence_only() -> None:
    assert said_inside("The bells were cast by Whitechapel in 1752", "Whitechapel")
    assert not said_inside("It rang. Whitechapel cast it again", "Whitechapel")
    assert not said_inside("cast by Whitechapels", "Whitechapel")  # another word
    assert not said_inside("Whitechapel cast it", "Whitechapel")  # the sentence's first word
