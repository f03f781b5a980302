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


# Session 25: a bullet whose later sentences lean on its first ("This ship could carry …",
# "its crew …") is one fact, asked whole with its stem cut; one whose sentences each read alone
# is several facts, each asked from its own sentence (`_fact_parts`).
_BAIKAL = " ".join(
    [
        "Lake Baikal crossing: from 1900 trains crossed the world's deepest lake by ferry, carried",
        "on the icebreaker Baikal, which was built in Newcastle upon Tyne and shipped in parts.",
        "This ship could carry a whole train of 25 wagons and broke ice up to a metre thick.",
        "In winter its crew of 40 men cut a channel through the frozen lake every morning. So",
        "the crossing stayed open until the Circum-Baikal line round the southern shore opened.",
    ]
)
BAIKAL = f"""# The Trans-Siberian Railway

## Building the line

- {_BAIKAL}
- Work began at Vladivostok in 1891.
"""


@pytest.mark.parametrize(
    ("text", "fmt", "opening"),
    [
        (CABLES, "outline", "Transatlantic cable:"),
        (REVIVAL, "markdown", "a French educator, founded the International Olympic Committee"),
        (BAIKAL, "markdown", "Lake Baikal crossing:"),
    ],
)
def test_a_long_bullet_is_asked_with_the_sentences_it_needs(
    text: str, fmt: str, opening: str
) -> None:
    deck = _deck(text, fmt)
    long_line = next(f.text for t in deck.topics for f in t.facts if opening in f.text)
    assert len(long_line) > MAX_PROMPT  # too long for a stem as it stands
    # On the line: asked whole, or one of its facts (a sentence that reads alone).
    on_it = [q for q in _blanked(deck) if long_line in (q.source_fact, q.source_line)]
    assert on_it, "the notes' longest item gave no question"
    for q in on_it:
        assert len(q.prompt) <= MAX_PROMPT, q.prompt
        assert q.prompt.count(BLANK) == 1, q.prompt
        # What the line is about stays in the stem (its first sentence, or the blank in it).
        assert opening in q.prompt or BLANK in q.prompt.split(". ")[0], q.prompt
    # A blank in a later sentence is shown after its line's first sentence and a gap, or from
    # that sentence alone (with the line's label) when it reads alone.
    later = [q for q in on_it if " … " in q.prompt or q.source_line]
    assert later, [q.prompt for q in on_it]
    assert all(q.prompt.index(opening) < q.prompt.index(" … ") for q in later if " … " in q.prompt)


def test_a_long_bullet_of_one_fact_is_cut_around_its_blank() -> None:
    """The Baikal bullet's later sentences lean on its first: it is one fact, and a blank in a
    later sentence keeps the first sentence, a gap and the sentence it is in."""
    deck = _deck(BAIKAL, "markdown")
    long_line = next(f.text for t in deck.topics for f in t.facts if "Baikal crossing" in f.text)
    on_it = [q for q in _blanked(deck) if q.source_fact == long_line]
    assert on_it and not any(q.source_line for q in _blanked(deck))
    cut = [q for q in on_it if " … " in q.prompt]
    assert cut, [q.prompt for q in on_it]
    assert all(q.prompt.index("Lake Baikal crossing:") < q.prompt.index(" … ") for q in cut)


# --- 2. The review decks the findings were judged on -------------------------------------------


def _own_decks() -> list[Path]:
    own = sorted(REVIEW.glob("s24-yield-*.notes.*"))
    return [*own, REVIEW / "26-deckA.notes.org", REVIEW / "26-deckB.notes.tex"]


def test_the_review_decks_are_there() -> None:
    assert len(_own_decks()) == 5  # three own decks and round 26's two
    assert all(path.exists() for path in _own_decks())
