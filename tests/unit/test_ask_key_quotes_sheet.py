"""/ask on a key-quotes sheet: a quotation on its own line, its analysis indented under it after
"->" (issue 13, heldout16 class 1).

The importer keeps such a quotation as the heading of its analysis line, so the quotation and the
comment on it were never linked as a quotation line and the line under it are: "which quote shows
…?" reached the analysis and stopped there, "what does '…' mean?" got the quotation back. The
quotation heading is now linked to the first line under it both ways, and "how is X described?",
"what does X compare Y to?" ask for the quotation as "which quote …?" does. The sheet here is a
poetry anthology's, imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._facts import is_quotation
from tests.unit.asking import imported, lead_of

POEMS = """POWER AND CONFLICT POEMS – KEY QUOTES
Learn two quotes per poem. Format: quote (line) then analysis.

=== CONTEXT ===
* Blake wrote London in 1794, when the city was crowded, poor and dirty
* Shelley wrote Ozymandias in 1817 about a broken statue of an Egyptian king

=== OZYMANDIAS (SHELLEY) ===
"Two vast and trunkless legs of stone" (line 2)
   -> the statue is broken and only fragments survive – human power does not last
"sneer of cold command" (line 5)
   -> the sculptor saw the king's cruelty and arrogance and mocked it in stone
"Look on my Works, ye Mighty, and despair!" (line 11)
   -> dramatic irony: nothing is left of his works but sand

=== LONDON (BLAKE) ===
"mind-forg'd manacles" (line 8, the speaker)
   -> people are trapped by their own thinking and by the rules of those in power
"Every black'ning Church appalls" (line 10)
   -> the city of London is shown as full of suffering that the church ignores
"the hapless Soldier's sigh / Runs in blood down Palace walls" (lines 11-12)
   -> the monarchy is blamed for the deaths of ordinary soldiers

=== STORM ON THE ISLAND (HEANEY) ===
"Exploding comfortably down on the cliffs"
   -> oxymoron: the sea is compared to a tame cat turned savage
"It is a huge nothing that we fear"
   -> the enemy cannot be seen, which makes the fear greater
"""


def _ask(question: str) -> str:
    deck, index = imported(POEMS, "outline", "poems.txt")
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("which quote shows that human power does not last", "Two vast and trunkless legs"),
        ("quote showing the monarchy is blamed for soldiers dying", "Runs in blood down Palace"),
        ("how is the sea compared to a cat", "Exploding comfortably"),
        ("how are people trapped by their own thinking described", "mind-forg'd manacles"),
    ],
)
def test_a_quote_asked_for_is_the_quotation_over_the_analysis(question: str, expected: str) -> None:
    assert expected in _ask(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does the sneer of cold command quote show", "mocked it in stone"),
        ("what does mind forged manacles mean", "trapped by their own thinking"),
        ("what does the huge nothing quote suggest", "cannot be seen"),
    ],
)
def test_what_a_quotation_means_is_the_analysis_under_it(question: str, expected: str) -> None:
    assert expected in _ask(question)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how is the city of london described", "Every black'ning Church"),
        ("how is the king described", "sneer of cold command"),
    ],
)
def test_how_something_is_described_is_a_quotation(question: str, expected: str) -> None:
    # the context lines name London and the king too, but say nothing in the poem's words
    assert expected in _ask(question)


def test_a_reference_may_name_who_speaks() -> None:
    # a short quotation with a long reference is still a quotation
    assert is_quotation('"mind-forg\'d manacles" (line 8, the speaker)')
    assert is_quotation('"Out, damned spot!" (Act 5, Scene 1, Lady Macbeth)')
    assert not is_quotation('"Smith" is the most common surname, so she stands for everyone')
