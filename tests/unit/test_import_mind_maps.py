"""Mind maps (Freeplane/FreeMind `.mm`, XMind 2020 and XMind 8 `.xmind`): the central topic names
the deck, branches with branches are topics, what hangs under them groups and lines, notes and
attributes lines under their node; the programs' styles, icons, labels, ids and the XMind 8
"please upgrade" stub are never shown; bombs, deep nesting and crafted lines are refused or
bounded. Decks of four maps in three subjects (tests/data/ask_own27_import)."""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest

from knowledge.deck_files import open_deck_file
from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format, import_bytes_with_report
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import ROOT, facts, questions, quiz_sample, written

OWN = ROOT / "tests" / "data" / "ask_own27_import"
PIRACY = OWN / "hist_piracy" / "golden_age_of_piracy.mm"
CASTLES = OWN / "hist_castles" / "medieval_castles.mm"
PERIODIC = OWN / "chem_periodic" / "periodic_table.xmind"
SHIPS = OWN / "hist_pirate_ships" / "pirate_ships.xmind"

# What a student should never see from a map: its XML, the programs' style names and ids, XMind's
# labels and markers, and the warning XMind 2020 writes into content.xml for XMind 8.
NOISE = re.compile(
    r"<|>|&#|&apos;|ID_|styles\.|defaultstyle|SansSerif|priority|star-red|exam favourite"
    r"|Warning|警告|can not be opened|Sheet 1|Map 1|full-\d|idea"
)


def _groups(deck: Deck) -> dict[str, str | None]:
    return {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}


def test_a_freeplane_map_keeps_its_branches() -> None:
    deck = open_deck_file(PIRACY)
    assert deck.title == "The Golden Age of Piracy"
    assert [topic.title for topic in deck.roots()] == [
        "The Golden Age of Piracy",
        "When and why",
        "Buccaneers",
        "Famous pirates",
        "Life on board",  # typed as formatted text: the node's HTML, its bold dropped
        "Pirate havens",
        "The end of piracy",
    ]
    groups = _groups(deck)
    assert groups["Known as Black Bart"] == "Bartholomew Roberts"
    # An attribute row and a Freeplane "details" note are lines under their node.
    assert groups["Died: 22 November 1718"] == "Blackbeard (Edward Teach)"
    assert groups["Also spelt Avery"] == "Henry Every"
    assert groups["The quartermaster kept order and settled quarrels"] == "Pirate articles"
    # A note (HTML) is a line of its node, its markup gone.
    assert facts(deck, "Buccaneers")[0] == (
        "The word buccaneer comes from the French boucan, a wooden frame for smoking meat."
    )
    assert "His flagship was the Queen Anne's Revenge" in groups


def test_a_freemind_map_reads_the_same_way() -> None:
    deck = open_deck_file(CASTLES)
    assert deck.title == "Medieval Castles"
    assert [topic.title for topic in deck.roots()] == [
        "Motte and bailey",
        "Stone keeps",
        "Concentric castles",
        "Defences",
        "Siege warfare",
        "Life in the castle",
        "Decline",
    ]
    # FreeMind writes every character past ASCII as a character reference.
    assert "Master James of St George was Edward’s chief castle builder" in facts(
        deck, "Concentric castles"
    )
    assert facts(deck, "Siege warfare")[0] == "Most sieges ended in a negotiated surrender."
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Portcullis"].startswith("a heavy wooden grille")


def test_an_xmind_map_keeps_its_branches_and_floating_topics() -> None:
    deck = open_deck_file(PERIODIC)
    assert deck.title == "The Periodic Table"
    roots = [topic.title for topic in deck.roots()]
    assert roots == [
        "The Periodic Table",
        "History",
        "How the table is arranged",
        "Group 1: the alkali metals",
        "Group 7: the halogens",
        "Group 0: the noble gases",
        "Transition metals",
    ]
    # A floating topic hangs on the centre: a line of the map's own topic, not of the last branch.
    assert facts(deck, "The Periodic Table") == [
        "Metals are found on the left of the table and non-metals on the right"
    ]
    groups = _groups(deck)
    assert groups["Predicted the properties of gallium and germanium"] == "Dmitri Mendeleev"
    assert "Learn this branch first!" in facts(deck, "How the table is arranged")


def test_an_xmind_8_map_is_read_from_its_content_xml() -> None:
    deck = open_deck_file(SHIPS)
    assert deck.title == "Pirate ships"
    assert [topic.title for topic in deck.roots()] == ["Sloops", "Famous ships", "Weapons"]
    groups = _groups(deck)
    assert groups["Ran aground near Beaufort, North Carolina, in 1718"] == "Queen Anne's Revenge"
    assert "Most pirates started with a captured sloop" in facts(deck, "Sloops")


@pytest.mark.parametrize("path", [PIRACY, CASTLES, PERIODIC, SHIPS], ids=lambda path: path.name)
def test_no_markup_or_program_state_is_shown(path: Path) -> None:
    deck = open_deck_file(path)
    assert [line for line in written(deck) if NOISE.search(line)] == []
    assert len(deck.topics) >= 3


def test_several_sheets_are_a_topic_each() -> None:
    sheets = [
        {"title": "Sheet 1", "rootTopic": {"title": "Keeps", "children": _attached("Donjon")}},
        {"title": "Sheet 2", "rootTopic": {"title": "Sieges", "children": _attached("Mining")}},
    ]
    deck = _xmind_deck(sheets, "castle sheets.xmind")
    assert deck.title == "Castle sheets"
    assert [topic.title for topic in deck.roots()] == ["Keeps", "Sieges"]
    assert facts(deck, "Sieges") == ["Mining"]


def test_ask_answers_from_a_mind_map() -> None:
    reply = ask_json("Who killed Blackbeard?", PIRACY)
    assert reply["status"] == "answer"
    assert "Lieutenant Robert Maynard" in reply["text"]
    reply = ask_json("Why are alkali metals stored under oil?", PERIODIC)
    assert reply["status"] == "answer" and "stop them reacting with air" in reply["text"]


@pytest.mark.parametrize("path", [CASTLES, PERIODIC], ids=lambda path: path.name)
def test_quiz_sample_asks_sound_questions(path: Path) -> None:
    asked = questions(quiz_sample(path, n=8))
    assert len(asked) == 8
    assert [question for question in asked if NOISE.search(question)] == []


def test_maps_under_other_names_are_read_as_maps(tmp_path: Path) -> None:
    text = CASTLES.read_text(encoding="utf-8")
    assert guess_format("castles.xml", text) == "freemind"
    assert guess_format("castles.txt", text) == "freemind"
    assert guess_format("castles.mm", text) == "freemind"
    renamed = import_bytes_with_report(PERIODIC.read_bytes(), "periodic table.zip")
    assert renamed.report.name == "xmind"
    assert parse_deck(dump_deck(renamed.mapping), "x.yaml").title == "The Periodic Table"
    folder = tmp_path / "maps"
    folder.mkdir()
    (folder / "castles.mm").write_bytes(CASTLES.read_bytes())
    (folder / "periodic.xmind").write_bytes(PERIODIC.read_bytes())
    both = parse_deck(dump_deck(import_file_with_report(folder).mapping), "maps.yaml")
    shown = written(both)
    assert "Beaumaris, begun in 1295, is the most perfect concentric castle" in shown
    assert "Published his periodic table in 1869" in shown


def test_a_plain_xml_file_is_not_taken_for_a_map() -> None:
    assert guess_format("data.xml", "<map><area shape='rect'/></map>") != "freemind"
    assert guess_format("notes.txt", "map version 2\n- node one\n") == "outline"


# Hostile maps: bombs, damage, nesting past the recursion limit, crafted long lines.

BOMB = """<?xml version="1.0"?>
<!DOCTYPE map [
 <!ENTITY a "lol lol lol lol lol lol lol lol lol lol">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<map version="1.0.1"><node TEXT="&d;"><node TEXT="x"/></node></map>
"""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (BOMB, "declares a DTD or entities"),
        ('<map version="1.0.1"><node TEXT="a">', "not well-formed XML"),
        ('<map version="1.0.1"></map>', "has no nodes"),
        ('<map version="1.0.1"><node TEXT="Castles"/></map>', "only its central topic"),
        ("<opml><body/></opml>", "not a FreeMind map"),
    ],
)
def test_hostile_or_broken_freemind_maps_are_refused_clearly(text: str, said: str) -> None:
    with pytest.raises(DeckImportError, match=re.escape(said)):
        import_text(text, format="freemind", source_name="bad.mm")


def test_deep_freemind_nesting_is_bounded() -> None:
    depth = 5_000  # deeper than Python's recursion limit: read with a stack
    text = (
        '<map version="1.0.1"><node TEXT="Castles"><node TEXT="Keeps">'
        + "".join(f'<node TEXT="level {n}">' for n in range(depth))
        + "</node>" * (depth + 2)
        + "</map>"
    )
    mapping = import_text(text, format="freemind", source_name="deep.mm")
    shown = dump_deck(mapping)
    assert "level 4999" in shown and "level 100" in shown


def test_too_many_nodes_are_refused() -> None:
    text = '<map version="1.0.1"><node TEXT="c">' + '<node TEXT="x"/>' * 100_001 + "</node></map>"
    with pytest.raises(DeckImportError, match="more than 100,000 nodes"):
        import_text(text, format="freemind", source_name="many.mm")


def test_a_crafted_long_node_is_read_whole_and_cut_into_lines() -> None:
    long = " ".join(f"trebuchet{n}" for n in range(20_000))  # 230 kB in one node
    text = f'<map version="1.0.1"><node TEXT="Castles"><node TEXT="Sieges"><node TEXT="{long}"/>'
    text += '<node TEXT="&lt;b&gt;*[`' + "*[`" * 60_000 + '"/></node></node></map>'
    mapping = import_text(text, format="freemind", source_name="long.mm")
    lines = [fact for topic in mapping["topics"] for fact in topic.get("facts", [])]
    shown = " ".join(str(line) for line in lines).split()
    assert [word for word in shown if word.startswith("trebuchet")] == long.split()


def _attached(*titles: str) -> dict[str, object]:
    return {"attached": [{"title": title} for title in titles]}


def _xmind(content: bytes, *, member: str = "content.json") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(member, content)
        archive.writestr("metadata.json", b"{}")
    return buffer.getvalue()


def _xmind_deck(sheets: list[dict[str, Any]], name: str) -> Deck:
    imported = import_bytes_with_report(_xmind(json.dumps(sheets).encode()), name)
    return parse_deck(dump_deck(imported.mapping), name)


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (b"PK\x03\x04 not really a zip", "not a readable zip archive"),
        (_xmind(b"{not json", member="content.json"), "content.json is damaged"),
        (_xmind(b"[" * 30_000 + b"]" * 30_000), "content.json is damaged"),
        (_xmind(b"[]"), "no sheets with topics"),
        (_xmind(b"hello", member="notes.txt"), "holds no map"),
        (_xmind(b"<!DOCTYPE x [<!ENTITY a 'b'>]><x/>", member="content.xml"), "entities"),
        (_xmind(b" " * 5_000_000), "zip bomb"),
    ],
    ids=["not-zip", "bad-json", "deep-json", "empty", "no-map", "entities", "bomb"],
)
def test_hostile_or_broken_xmind_files_are_refused_clearly(data: bytes, said: str) -> None:
    with pytest.raises(DeckImportError, match=re.escape(said)):
        import_bytes_with_report(data, "bad.xmind")


def test_deep_xmind_nesting_is_bounded() -> None:
    topic: dict[str, object] = {"title": "level 249"}
    for n in reversed(range(249)):
        topic = {"title": f"level {n}", "children": {"attached": [topic]}}
    sheets = [{"rootTopic": {"title": "Sieges", "children": {"attached": [topic]}}}]
    imported = import_bytes_with_report(_xmind(json.dumps(sheets).encode()), "deep.xmind")
    shown = dump_deck(imported.mapping)
    assert "level 248" in shown and "level 200" in shown
