"""An arrow followed by the word that says how the parts link (session 20, issue 14, class d):
"Piedmont sent troops → so seat at the peace talks" was said "…, giving so seat at …", and a line
opening "→ so seen as the father of Cubism" under the painter it is said of was asked as "so seen
as the father of _____". Notes written for these tests (trade unions, Renaissance printing)."""

from __future__ import annotations

import pytest

from bot.questions import QuestionKind
from bot.questions._arrow_sentences import arrows_said
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning


@pytest.mark.parametrize(
    ("notes", "said"),
    [
        ("bread prices rose → so people rioted", "bread prices rose, so people rioted"),
        (
            "the strike failed → so seen as a turning point",
            "the strike failed, so seen as a turning point",
        ),
        (
            "Britain joined the war → so seat at the peace talks",
            "Britain joined the war, giving seat at the peace talks",
        ),
        ("wages were cut → hence the strike", "wages were cut, hence the strike"),
        ("prices rose → which angered the poor", "prices rose, which angered the poor"),
        (
            "the law was repealed → therefore cheaper bread",
            "the law was repealed, giving cheaper bread",
        ),
    ],
)
def test_a_linking_word_after_an_arrow_is_said_once(notes: str, said: str) -> None:
    assert arrows_said(notes) == said


PRINTING = """# Printing in Renaissance Europe

## Gutenberg
- Johannes Gutenberg printed the 42-line Bible in Mainz around 1455
  - movable metal type cast in a hand mould
  - oil-based ink that stuck to metal
  - → so seen as the father of European printing
- Aldus Manutius set up the Aldine Press in Venice in 1494
  - small pocket editions of the classics
  - → so the first cheap books for scholars
"""


def test_no_stem_opens_with_a_stray_linking_word() -> None:
    deck = parse_deck(
        dump_deck(import_text(PRINTING, source_name="printing.md", format="markdown")), "t"
    )
    stems = [q.prompt for q in questioning.every_question(deck, range(3), *QuestionKind)]

    assert any("the first cheap books for" in stem for stem in stems)
    for stem in stems:
        shown = stem.split(": ", 1)[-1]
        assert not shown.lower().startswith(("so ", "→")), stem
        assert "giving so" not in stem and ", so so" not in stem, stem
