"""/ask: word forms the stemmer missed (issue 13, heldout14 class 1).

- An acronym's plural: notes write "CD", "DVD", "MP3", a question "cds", "dvds", "mp3s" (or the
  other way round). Folded, "cds" is no word and met no "cd".
- A verb doubling its l: "controlled", "travelled", "controlling" stemmed to "controll", never
  meeting "controls"; "killed", "called" keep their double l.
- "-ogue" against "-og": "analog" asked, "analogue" written.
- An ordinal in figures asked, in words written: "the 1st prophet", "the 3rd law" against "the
  first …", "the third …".
- A year-like number counting things is a count: "1000 bytes" answers "how many bytes…?" (read as
  the year 1000 it was no number, and a how-many question wants one); "the 1956 elections",
  "in 1990 prices rose" keep their years.

The decks are written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._spans import find_spans
from knowledge.search._words import index_word, stem
from tests.unit.asking import imported, lead_of

MEDIA = """# Storing media

## Optical discs
- CD: holds about 700 MB, read by a laser
- a DVD holds about 4.7 GB on one layer
- MP3: lossy compression, drops sounds people cannot hear
- analogue signals vary continuously, digital ones jump between set values

## Memory
- the CPU is controlled by the clock, one tick per instruction
- a megabyte is 1000 kilobytes
"""

PHYSICS = """# Newton's laws

## The laws
- first law: an object stays at rest or moves at a steady speed unless a resultant force acts
- second law: force = mass × acceleration
- third law: every action has an equal and opposite reaction

## Travel
- light travelled from the Sun for about 8 minutes before reaching Earth
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (MEDIA, "how much can cds hold", "700 MB"),
        (MEDIA, "what kind of compression do mp3s use", "lossy compression"),
        (MEDIA, "what controls the cpu", "by the clock"),
        (MEDIA, "how do analog signals change", "vary continuously"),
        (MEDIA, "how many kilobytes are in a megabyte", "1000 kilobytes"),
        (PHYSICS, "what is the 3rd law", "equal and opposite"),
        (PHYSICS, "how long does light take to travel from the sun", "8 minutes"),
    ],
)
def test_the_question_meets_the_notes_word_in_another_form(
    notes: str, question: str, lead: str
) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_stems() -> None:
    assert stem("cds") == stem("cd") == "cd"
    assert stem("mp3s") == "mp3"
    assert stem("mrs") != stem("mr")
    assert stem("controlled") == stem("controlling") == stem("controls") == "control"
    assert stem("killed") == "kill"
    assert stem("called") == "call"
    assert index_word("analogue") == index_word("analog")
    assert index_word("catalogues") == index_word("catalog")


def _years(text: str) -> list[str]:
    return [
        text[a:b] for kind, a, b in find_spans(text, frozenset(), frozenset()) if kind == "year"
    ]


def test_a_count_is_no_year() -> None:
    assert _years("Kilobyte (KB) = 1000 bytes") == []
    assert _years("the 1956 elections were rigged") == ["1956"]
    assert _years("in 1990 prices rose") == ["1990"]
    assert _years("1066 marks the end of Saxon England") == ["1066"]
