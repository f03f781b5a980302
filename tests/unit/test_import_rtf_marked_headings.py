"""RTF handouts that mark a list's subject by setting its first words apart: WordPad's red bold
name with its dates after it ("Henry Steinway (1797–1871)"), Word's coloured, underlined reef name
with its country after a dash. Read as text, the line was one more fact and the bullets under it
lost their subject ("emigrated to New York with his sons in 1850": who?). Such a short line over
a list is now the list's heading. Decks of tests/data/ask_own24_import (piano makers, reefs)."""

from __future__ import annotations

from pathlib import Path

from knowledge.deck_files import open_deck_file
from knowledge.importers import import_text
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import facts

OWN = Path(__file__).resolve().parents[1] / "data" / "ask_own24_import"
PIANO = OWN / "mus_piano_makers" / "piano_pioneers.rtf"
REEFS = OWN / "geo_reef_sites" / "reefs_case_studies.rtf"


def test_a_red_bold_name_with_its_dates_heads_the_bullets_under_it() -> None:
    deck = open_deck_file(PIANO)
    makers = [topic.title for topic in deck.topics]
    assert makers[:4] == [
        "Piano pioneers",
        "Bartolomeo Cristofori (1655–1731)",
        "Gottfried Silbermann (1683–1753)",
        "Johann Andreas Stein – Augsburg",
    ]
    assert "Sebastien Erard" in makers and "Scott Joplin – the King of Ragtime" in makers
    assert facts(deck, "Henry Steinway (1797–1871)") == [
        "built his first piano in the kitchen of his house in Seesen, Germany",
        "emigrated to New York with his sons in 1850",
        "the Steinway Hall concert room opened in 1866",
    ]


def test_a_coloured_underlined_name_in_word_heads_its_list() -> None:
    deck = open_deck_file(REEFS)
    titles = [topic.title for topic in deck.topics]
    assert "Belize Barrier Reef – Central America" in titles
    assert "Aldabra – Seychelles" in titles
    assert facts(deck, "Raja Ampat – Indonesia") == [
        "a group of more than 1,500 small islands off West Papua",
        "divers have counted over 550 species of hard coral there",
    ]


def test_ask_answers_with_the_bullet_of_the_named_subject() -> None:
    # The bullet does not name Silbermann: only its heading does.
    reply = ask_json("where was silbermann based", PIANO)
    assert reply["status"] == "answer"
    assert "Saxon organ builder based in Freiberg" in reply["text"]


_NOT_HEADINGS = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}{\f1\fnil\fcharset2 Symbol;}}
{\colortbl ;\red192\green0\blue0;}
\pard\sa200\b\fs28 Reef words\b0\fs22\par
\pard\sa200\cf1\b Polyp\cf0\b0  \'96 the tiny animal a coral colony is made of\par
\pard\sa200\cf1\b Atoll\cf0\b0  \'96 a ring of reef round a lagoon\par
\pard\sa200\b Remember:\b0  learn the three reef types\par
\pard\sa200\cf1 Darwin described the reef types in 1842.\cf0\par
}
"""


def test_a_marked_line_with_no_list_under_it_stays_a_line_of_notes() -> None:
    mapping = import_text(_NOT_HEADINGS, format="rtf", source_name="reef_words.rtf")
    titles = [topic["title"] for topic in mapping["topics"]]
    assert titles == ["Reef words"]
    shown = str(mapping)
    assert "the tiny animal a coral colony is made of" in shown
    assert "a ring of reef round a lagoon" in shown
    assert "learn the three reef types" in shown
    assert "Darwin described the reef types in 1842." in shown


_BLACK_TEXT = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fnil Calibri;}{\f1\fnil\fcharset2 Symbol;}}
{\colortbl;\red0\green0\blue0;\red0\green112\blue192;}
\pard\sa200\b\cf1\fs28 Caravan trade\b0\fs22\par
\pard\sa200\cf1 Caravans carried goods in stages\par
{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1{\pntxtb\'B7}}\fi-360\li720 silk went west from Chang'an\par
{\pntext\f1\'B7\tab}horses came east from Ferghana\par
\pard\sa200\cf2 Sogdian middlemen\cf1\par
{\pntext\f1\'B7\tab}{\*\pn\pnlvlblt\pnf1{\pntxtb\'B7}}\fi-360\li720 from Samarkand and Bukhara\par
}
"""


def test_text_in_the_colour_tables_black_is_not_set_apart() -> None:
    # Word writes ordinary text as \cf1 when entry 1 of its colour table is black: that line
    # over a list stays a line of notes; the blue one heads its list.
    mapping = import_text(_BLACK_TEXT, format="rtf", source_name="caravans.rtf")
    titles = [topic["title"] for topic in mapping["topics"]]
    assert titles == ["Caravan trade", "Sogdian middlemen"]
    assert "Caravans carried goods in stages" in str(mapping["topics"][0])
