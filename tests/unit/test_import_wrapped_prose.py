"""Outline notes typed in an editor that wraps lines at a fixed width: each sentence ran across two
or three lines, and each line became a fact ("which means that each pound buys fewer goods and
services than it did"), so /ask could not find a sentence whole and the quiz asked fragments.
Wrapped paragraphs are run together and cut into sentences again; notes written one point per
line (glossaries, Q/A cards, short outlines) are left as they were. Capitals lines with the notes
following at the same indent ("CAUSES OF INFLATION") head sections."""

from __future__ import annotations

import textwrap
from pathlib import Path

from knowledge.importers import import_file, import_text
from knowledge.importers.outline import _BULLET
from knowledge.importers.unwrap import unwrapped_lines
from knowledge.model import Deck, Topic
from tests.unit.asking import ask_json
from tests.unit.questioning import imported_notes

DATA = Path(__file__).resolve().parents[1] / "data"
ECONOMICS = DATA / "wrapped" / "economics_inflation.txt"
GREAT_FIRE = DATA / "wrapped" / "great_fire.txt"
FLASHCARDS = DATA / "ask_eval7" / "psychology_social_influence" / "social_influence_flashcards.txt"


def _facts(topic: Topic) -> list[str]:
    return [fact.text for fact in topic.facts]


def _topic(deck: Deck, title: str) -> Topic:
    return next(topic for topic in deck.topics if topic.title == title)


def test_a_wrapped_paragraph_is_read_as_its_sentences() -> None:
    deck = imported_notes(ECONOMICS)
    facts = _facts(_topic(deck, "Causes of inflation"))
    assert facts[1] == (
        "Cost-push inflation comes from rising costs of production, such as higher wages, dearer "
        "imported raw materials after a fall in the exchange rate, or an oil price shock like the "
        "one in 1973 when prices quadrupled."
    )
    assert "Economists call this a wage-price spiral." in facts
    # no fact is a piece of a sentence cut at the wrap width
    everything = [fact for topic in deck.topics for fact in _facts(topic)]
    assert everything and all(fact[0].isupper() and fact.endswith(".") for fact in everything)


def test_capitals_lines_head_the_sections_of_unmarked_notes() -> None:
    deck = imported_notes(ECONOMICS)
    assert [topic.title for topic in deck.topics] == [
        "Inflation",
        "Causes of inflation",
        "Deflation",
    ]
    assert _facts(_topic(deck, "Deflation"))[1].startswith("Japan suffered from long periods")


def test_wrapped_bullets_are_joined_and_a_capitals_first_line_is_the_title() -> None:
    deck = imported_notes(GREAT_FIRE)
    assert deck.title == "The Great Fire of London 1666"
    assert [topic.title for topic in deck.topics] == ["Key points", "Aftermath"]
    assert _facts(deck.topics[0])[1] == (
        "It destroyed about 13,200 houses and 87 parish churches, including the old St Paul's "
        "Cathedral, leaving perhaps 70,000 of the city's 80,000 inhabitants homeless."
    )
    assert len(_facts(deck.topics[0])) == 4  # one bullet each, no continuation line on its own


def test_one_point_per_line_is_not_run_together() -> None:
    """A glossary and Q/A cards typed one per line have long lines whose next line starts in
    lower case, but their breaks fall anywhere, not at one width: each line stays a fact."""
    text = FLASHCARDS.read_text(encoding="utf-8")
    assert unwrapped_lines(text, _BULLET) == [
        (number, line) for number, line in enumerate(text.split("\n"), 1) if line.strip()
    ]
    facts = [fact for topic in imported_notes(FLASHCARDS).topics for fact in _facts(topic)]
    assert "obedience - following a direct order from an authority figure" in facts


def test_short_outline_lines_stay_as_written() -> None:
    notes = "Causes of WW1\n- militarism\n- alliances\nimperialism grew in Africa\nnationalism\n"
    text = import_text(notes, format="outline", source_name="ww1.txt")
    assert "imperialism grew in Africa" in str(text)
    assert "militarism alliances" not in str(text)


def test_a_sentence_break_at_the_width_is_still_the_paragraph_sentences() -> None:
    """Wrapping at another width (60 columns) and a paragraph whose lines end at full stops."""
    paragraph = (
        "Photosynthesis happens in the chloroplasts. Chlorophyll absorbs mainly red and blue "
        "light and reflects green light, which is why leaves look green to us. The glucose made "
        "is used for respiration, or stored as starch in the leaves and roots of the plant."
    )
    notes = (
        "Plant biology\n\n"
        + textwrap.fill(paragraph, 60)
        + "\n\n"
        + textwrap.fill(
            "Transpiration is the loss of water vapour from the leaves through the stomata, mostly "
            "on hot, dry and windy days when evaporation is fastest.",
            60,
        )
    )
    imported = import_text(notes, format="outline", source_name="plants.txt")
    facts = [fact for topic in imported["topics"] for fact in topic["facts"]]
    assert facts == [
        "Photosynthesis happens in the chloroplasts.",
        "Chlorophyll absorbs mainly red and blue light and reflects green light, which is why "
        "leaves look green to us.",
        "The glucose made is used for respiration, or stored as starch in the leaves and roots "
        "of the plant.",
        "Transpiration is the loss of water vapour from the leaves through the stomata, mostly on "
        "hot, dry and windy days when evaporation is fastest.",
    ]


def test_ask_finds_a_sentence_that_ran_across_lines() -> None:
    """`studybot ask --json --deck` on the wrapped notes: the answer is the whole sentence."""
    reply = ask_json("why did the fire spread so fast", GREAT_FIRE)
    assert reply["status"] == "answer"
    assert reply["text"].startswith(
        "The fire spread quickly because the houses were built of timber and pitch, the summer "
        "had been long and dry, and a strong east wind carried sparks from roof to roof."
    )


def test_line_numbers_point_at_where_each_sentence_starts() -> None:
    imported = import_file(ECONOMICS)
    text = ECONOMICS.read_text(encoding="utf-8").split("\n")
    for number, line in unwrapped_lines(ECONOMICS.read_text(encoding="utf-8"), _BULLET):
        assert line.strip().split()[0] in text[number - 1]
    assert imported["topics"]


_BLEACHING = (
    "Coral bleaching happens when the water stays too warm for weeks, and the stressed corals "
    "expel the algae that live in their tissues and give them food, so they turn white and begin "
    "to starve. Outbreaks of the crown-of-thorns starfish, which eats coral polyps, can strip "
    "whole reefs bare; farm fertiliser washing into the sea helps its larvae survive, and the "
    "reefs of Queensland have lost much of their coral cover to it in the last forty years, a "
    "loss made worse by the man-made warming of the oceans that drives bleaching."
)
_REEF_NOTES = (
    "CORAL REEFS AND THE THREATS THEY FACE IN WARMING SEAS AROUND THE WORLD\n"
    + textwrap.fill(_BLEACHING, 72)
    + "\n"
)


def test_a_long_capitals_heading_is_not_run_into_the_paragraph_under_it() -> None:
    mapping = import_text(_REEF_NOTES, format="outline", source_name="reefs.txt")
    titles = [topic["title"] for topic in mapping["topics"]]
    assert titles == ["Coral reefs and the threats they face in warming seas around the world"]
    facts = mapping["topics"][0]["facts"]
    assert facts[0].startswith("Coral bleaching happens when the water stays too warm")


def test_a_line_broken_after_a_compounds_hyphen_joins_without_a_space() -> None:
    assert "crown-of-\n" in _REEF_NOTES  # textwrap breaks "crown-of-thorns" after a hyphen
    mapping = import_text(_REEF_NOTES, format="outline", source_name="reefs.txt")
    assert any("the crown-of-thorns starfish" in fact for fact in mapping["topics"][0]["facts"])
