"""Notes arrows said as English in the three ways round 23 found broken (issue 14).

Round 23b read "built at Fatehpur Sikri in _____ debates between Muslims …" (the "-s" noun after
the arrow taken for the verb of a line that ends on its date: now "…, leading to debates"),
"First garden-tomb in India, giving model for the _____" (a role said as a thing given), and a
chain "subahs (provinces) → sarkars → parganas" said "then sarkars parganas". These lines are on
the Hanseatic League.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import QuestionGenerator
from bot.questions._arrow_sentences import arrows_said
from tests.unit import questioning

_NOTES = """\
# The Hanseatic League

## Towns

- Lübeck sat on the neck of the Jutland peninsula → goods went overland to Hamburg
- The Gotland Association (c. 1161) → model for the later Hanse of towns
- The first general Diet met at Lübeck in 1356 → decrees bound every member town
- Towns grouped into thirds → quarters → circles around the leading cities
- Herring shoals moved to the North Sea → Scania lost its fairs
- Cog ships carried larger cargoes → lower freight costs for grain and timber
"""


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Lübeck sat on the neck of the Jutland peninsula → goods went overland to Hamburg",
            "Lübeck sat on the neck of the Jutland peninsula, so goods went overland to Hamburg",
        ),
        (
            "The first general Diet met at Lübeck in 1356 → decrees bound every member town",
            "The first general Diet met at Lübeck in 1356, so decrees bound every member town",
        ),
        (
            "The first general Diet met at Lübeck in _____ → decrees bound every member town",
            "The first general Diet met at Lübeck in _____, so decrees bound every member town",
        ),
        (
            "A hall built at Lübeck in _____ → debates between the towns",
            "A hall built at Lübeck in _____, leading to debates between the towns",
        ),
        (
            "Sacked Visby in 1361 → war with the Hanseatic League",
            "Sacked Visby in 1361, leading to war with the Hanseatic League",
        ),
        (
            "The Gotland Association → model for the later Hanse of towns",
            "The Gotland Association, the model for the later Hanse of towns",
        ),
        (
            "Towns grouped into thirds (Drittel) → quarters → circles",
            "Towns grouped into thirds (Drittel), then quarters, then circles",
        ),
        # what the part before gives, and a verb after a subject, are said as before
        (
            "The Kalmar Union → a strong rival to the Hanse",
            "The Kalmar Union, giving a strong rival to the Hanse",
        ),
        ("Salted herring → keeps for months", "Salted herring keeps for months"),
    ],
)
def test_arrows_are_said_as_english(line: str, said: str) -> None:
    assert arrows_said(line) == said


def test_no_stem_runs_a_line_into_the_next_part(tmp_path: Path) -> None:
    notes = tmp_path / "hanse.md"
    notes.write_text(_NOTES, encoding="utf-8")
    deck = questioning.imported_notes(notes)
    shown = [
        text
        for seed in range(3)
        for q in QuestionGenerator(deck, seed=seed).generate(12)
        for text in (q.prompt, *q.options)
    ]
    assert shown
    for text in shown:
        assert "peninsula goods" not in text, text
        assert "giving model" not in text, text
        assert "→" not in text, text
