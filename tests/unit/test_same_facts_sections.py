"""A fact said twice is said in two sections (`bot.questions._same_fact`): a key term and the
timeline row saying it again are twins; the same two lines in one section are not, since lines
side by side contrast. A deck of one section (a card upload) has no twins at all, which
`same_facts` knows before reading any line's words."""

from __future__ import annotations

from bot.questions._context import DeckContext
from bot.questions._same_fact import same_facts
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

ROW = "1834: Zollverein set up, a customs union of German states led by Prussia"
TERM = "**Zollverein**: a customs union of German states led by Prussia"


def _deck(notes: str) -> Deck:
    return parse_deck(dump_deck(import_text(notes, source_name="de.md", format="markdown")), "t")


def test_a_row_and_a_key_term_in_two_sections_are_one_fact() -> None:
    deck = _deck(f"# Unification\n\n## Timeline\n- {ROW}\n\n## Key terms\n- {TERM}\n")
    twins = same_facts(DeckContext(deck, 0))
    assert set(twins) == {
        "1834 zollverein set up a customs union of german states led by prussia",
        "zollverein a customs union of german states led by prussia",
    }


def test_the_same_lines_in_one_section_are_not_twins() -> None:
    deck = _deck(f"# Unification\n- {ROW}\n- {TERM}\n")
    assert len(deck.topics) == 1
    assert same_facts(DeckContext(deck, 0)) == {}
