"""OPML outlines (Workflowy, Dynalist, OmniOutliner exports): nested items become topics, groups and
lines under their parents, notes lines under their items; the outliner's markup, tags, dates and
window state are dropped; XML bombs, external entities and absurd nesting are refused or bounded.
Notes written here, in two subjects."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import (
    SAMPLES,
    children,
    facts,
    load,
    questions,
    quiz_sample,
    written,
)

BONSAI = SAMPLES / "bonsai.opml"

# Second subject: a Dynalist export about stained glass, with no head title and a deeper tree.
GLASS = """<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
<head><title></title></head>
<body>
<outline text="Stained glass">
  <outline text="Materials">
    <outline text="&lt;b&gt;Came&lt;/b&gt;: H-shaped lead strips that hold the pieces" />
    <outline text="Pot metal glass is coloured all the way through."
      _note="Made by adding metal oxides to molten glass.&#10;Cobalt gives blue." />
  </outline>
  <outline text="Techniques">
    <outline text="Painting">
      <outline text="Grisaille is a grey-brown paint fired onto the glass." />
      <outline text="Silver stain turns clear glass yellow when fired. !(2024-05-02)" _status="checked" />
    </outline>
  </outline>
</outline>
</body>
</opml>
"""

NOISE = re.compile(r"<|>|&lt;|&gt;|&amp;|#exam|@sensei|!\(|expansion|windowTop|priya|GMT")


def _deck(text: str, name: str = "glass.opml") -> Deck:
    return parse_deck(dump_deck(import_text(text, format="opml", source_name=name)), name)


def test_nested_items_keep_their_parents() -> None:
    deck = load("bonsai.opml")
    assert deck.title == "Bonsai Cultivation"
    roots = [topic.title for topic in deck.roots()]
    assert roots[:7] == [
        "Bonsai Cultivation",
        "History of bonsai",
        "Styles",
        "Choosing a tree",
        "Care",
        "Shaping techniques",
        "Display",
    ]
    assert children(deck, "Styles") == ["Leaning and falling styles"]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["Trim no more than a quarter of the roots at one time."] == "Repotting"
    assert groups["copies trees growing over cliffs and river banks"] == (
        "Cascade (kengai): the tip grows below the bottom of the pot"
    )
    # An item's note is a line under it; the root's note is the title topic's.
    assert groups["Good nebari makes a tree look old and stable."] == (
        "Nebari is the visible spread of surface roots at the base of the trunk."
    )
    assert "Styles are named by the angle and shape of the trunk." in facts(deck, "Styles")
    assert facts(deck, "Bonsai Cultivation") == [
        "Club notes for the autumn term. Revise before the practical assessment."
    ]
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Akadama"] == "a hard-baked Japanese clay that holds water and air"


def test_the_outliners_markup_and_state_are_dropped() -> None:
    shown = written(load("bonsai.opml"))
    assert [line for line in shown if NOISE.search(line)] == []
    assert "Repotting" in shown and "Shaping techniques" in shown  # tags and dates cut off


def test_a_second_subject_reads_the_same_way() -> None:
    deck = _deck(GLASS)
    assert deck.title == "Stained glass"
    assert [topic.title for topic in deck.roots()] == ["Materials", "Techniques"]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["Cobalt gives blue."] == "Pot metal glass is coloured all the way through."
    assert groups["Silver stain turns clear glass yellow when fired."] == "Painting"
    assert {term.term for term in deck.terms} >= {"Came"}


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("How thick should bonsai wire be?", BONSAI)
    assert reply["status"] == "answer"
    assert "one third as thick as the branch" in reply["text"]
    reply = ask_json("What is akadama?", BONSAI)
    assert reply["status"] == "answer" and "Japanese clay" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(BONSAI))
    assert len(asked) == 20
    assert [question for question in asked if NOISE.search(question)] == []


def test_an_outline_sent_under_another_name_is_read_as_one(tmp_path: Path) -> None:
    text = BONSAI.read_text(encoding="utf-8")
    assert guess_format("bonsai.xml", text) == "opml"
    assert guess_format("bonsai.txt", text) == "opml"
    path = tmp_path / "bonsai export"
    path.write_text(text, encoding="utf-8")
    assert import_file_with_report(path).report.name == "opml"


BOMB = """<?xml version="1.0"?>
<!DOCTYPE opml [
 <!ENTITY a "lol lol lol lol lol lol lol lol lol lol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
 <!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
 <!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
]>
<opml version="2.0"><body><outline text="&g;"/></body></opml>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE opml [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<opml version="2.0"><body><outline text="&secret;"><outline text="x"/></outline></body></opml>
"""


@pytest.mark.parametrize(
    ("outline", "said"),
    [
        (BOMB, "declares a DTD or entities"),
        (EXTERNAL, "declares a DTD or entities"),
        ("<opml><body><outline text='a'>", "not well-formed XML"),
        ("<opml version='2.0'><head/></opml>", "has no <body>"),
        ("<rss><channel/></rss>", "not an OPML outline"),
        ("<opml><body><outline text=''/><outline/></body></opml>", "every item in it is empty"),
    ],
)
def test_hostile_or_broken_outlines_are_refused_clearly(outline: str, said: str) -> None:
    with pytest.raises(DeckImportError, match=re.escape(said)):
        import_text(outline, format="opml", source_name="bad.opml")


def _lines(topics: list[dict[str, Any]]) -> Iterator[str]:
    for topic in topics:
        for fact in topic.get("facts", []):
            yield from fact["facts"] if isinstance(fact, dict) else [fact]
        yield from _lines(topic.get("subtopics", []))


def test_absurd_nesting_is_bounded() -> None:
    # Deeper than Python's recursion limit: read without recursion, kept 12 levels deep.
    depth = 5_000
    outline = (
        "<opml><body>"
        + "<outline text='Deep'>" * 2
        + "".join(f"<outline text='level {n}'>" for n in range(depth))
        + "</outline>" * (depth + 2)
        + "</body></opml>"
    )
    mapping = import_text(outline, format="opml", source_name="deep.opml")
    shown = list(_lines(mapping["topics"]))
    assert "level 4999" in shown and "level 100" in shown


def test_too_many_items_are_refused() -> None:
    outline = "<opml><body>" + "<outline text='x'/>" * 100_001 + "</body></opml>"
    with pytest.raises(DeckImportError, match="more than 100,000 items"):
        import_text(outline, format="opml", source_name="many.opml")
