"""Session 24, quiz yield: whole topics of round 26's decks asked nothing. Each class is checked
on what a student is shown, on small decks in two subjects (the history of the telegraph as an
outline, the Olympic Games as Markdown, salt as Markdown) written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import QuestionKind
from bot.questions._model import BLANK, MAX_PROMPT, Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(4)
REVIEW = Path(__file__).resolve().parents[2] / "docs" / "quiz-review"


def _deck(text: str, fmt: str = "outline") -> Deck:
    mapping = import_text(
        text, source_name=f"notes.{'md' if fmt == 'markdown' else 'txt'}", format=fmt
    )
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _blanked(deck: Deck) -> list[Question]:
    return every_question(deck, SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)


# --- 1. A bullet of several sentences is asked, its stem cut to what the question needs ----------

_ATLANTIC = " ".join(
    [
        "Transatlantic cable: Cyrus Field's company laid a cable in 1858 between Valentia in",
        "Ireland and Trinity Bay in Newfoundland. Queen Victoria sent the first message to",
        "President Buchanan, and it took sixteen hours to get through. The cable failed after",
        "about three weeks because Wildman Whitehouse had used too high a voltage. A lasting",
        "cable was laid by the steamship Great Eastern in 1866.",
    ]
)
CABLES = f"""THE TELEGRAPH

UNDERSEA CABLES
- Gutta-percha was used to insulate cables under water.
- {_ATLANTIC}
- William Thomson invented the mirror galvanometer to detect weak signals.
"""

_COUBERTIN = " ".join(
    [
        "**Pierre de Coubertin**, a French educator, founded the International Olympic",
        "Committee at a congress held at the Sorbonne in Paris in 1894. He believed that sport",
        "built character and friendship between nations. The first president of the committee",
        "was the Greek writer Demetrios Vikelas. The first modern Games were held in Athens in",
        "1896, with 241 athletes from 14 nations taking part.",
    ]
)
REVIVAL = f"""# The Olympic Games

## The revival

- {_COUBERTIN}
- The marathon was invented for the 1896 Games.
"""


@pytest.mark.parametrize(
    ("text", "fmt", "opening"),
    [
        (CABLES, "outline", "Transatlantic cable:"),
        (REVIVAL, "markdown", "a French educator, founded the International Olympic Committee"),
    ],
)
def test_a_long_bullet_is_asked_with_the_sentences_it_needs(
    text: str, fmt: str, opening: str
) -> None:
    deck = _deck(text, fmt)
    long_line = next(f.text for t in deck.topics for f in t.facts if opening in f.text)
    assert len(long_line) > MAX_PROMPT  # too long for a stem as it stands
    on_it = [q for q in _blanked(deck) if q.source_fact == long_line]
    assert on_it, "the notes' longest item gave no question"
    for q in on_it:
        assert len(q.prompt) <= MAX_PROMPT, q.prompt
        assert q.prompt.count(BLANK) == 1, q.prompt
        # What the line is about stays in the stem (its first sentence, or the blank in it).
        assert opening in q.prompt or BLANK in q.prompt.split(". ")[0], q.prompt
    # A blank in a later sentence is shown after its line's first sentence and a gap.
    later = [q for q in on_it if " … " in q.prompt]
    assert later, [q.prompt for q in on_it]
    assert all(
        q.prompt.index(opening) < q.prompt.index(" … ") for q in later if opening in q.prompt
    )


# --- 2. The review decks the findings were judged on -------------------------------------------


def _own_decks() -> list[Path]:
    own = sorted(REVIEW.glob("s24-yield-*.notes.*"))
    return [*own, REVIEW / "26-deckA.notes.org", REVIEW / "26-deckB.notes.tex"]


def test_the_review_decks_are_there() -> None:
    assert len(_own_decks()) == 5  # three own decks and round 26's two
    assert all(path.exists() for path in _own_decks())
