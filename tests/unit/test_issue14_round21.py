"""Round-21 blind review: a true/false question turned the flower "rose" into the verb's opposite
("symbol: the Tudor rose (red and white)" asked as "the Tudor fell"), and an arrow before a past
verb of no "-ed" form was said as "giving" ("a parhelion seen before the battle, giving became his
badge"). The notes here are written for these tests (national emblems and the space race)."""

from __future__ import annotations

from functools import cache

from bot.questions import Question
from bot.questions._arrow_sentences import arrows_said
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning

NOTES = """# Emblems and prices

## National emblems
- England's emblem: the red rose (a Lancastrian badge before 1485)
- Scotland's emblem: the thistle, worn on the Order of the Thistle
- Wales: the leek and the daffodil, worn on St David's Day

## Inflation in Germany
- prices rose by 40% a month during 1922 as the mark collapsed
- bread prices rose sharply as workers were paid twice a day
- the mark fell to 4.2 trillion to the dollar in November 1923

## The space race
- Sputnik launched in October 1957 → became a symbol of Soviet science
- Gagarin orbited the Earth in April 1961 → won Khrushchev a propaganda victory
"""


@cache
def _asked() -> tuple[Question, ...]:
    mapping = import_text(NOTES, source_name="notes.md", format="markdown")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    return tuple(questioning.every_question(deck, range(6)))


def test_the_flower_rose_is_never_turned_into_fell() -> None:
    for q in _asked():
        assert "red fell" not in q.prompt, q.prompt


def test_prices_that_rose_are_still_turned_round() -> None:
    turned = [q for q in _asked() if "bread prices fell sharply" in q.prompt]
    assert turned, [q.prompt for q in _asked() if "bread" in q.prompt]


def test_an_arrow_before_an_irregular_past_verb_reads_as_so() -> None:
    said = arrows_said("Sputnik launched in October 1957 → became a symbol of Soviet science")
    assert said == "Sputnik launched in October 1957, so became a symbol of Soviet science"
    for q in _asked():
        assert "giving became" not in q.prompt and "giving won" not in q.prompt, q.prompt


def test_an_arrow_before_a_thing_given_still_reads_as_giving() -> None:
    assert arrows_said("heating limestone → quicklime") == "heating limestone, giving quicklime"
