"""Vimwiki pages (.wiki, the Vim plugin's own syntax). A `.wiki` file was read as MediaWiki: its
`%title` line, `%%` comments and `:tag:` lines became facts, `*bold*` lost its bold, and a
`{{{ … }}}` preformatted block vanished with its text. Pages written here, on the tea clippers
(tests/data/ask_own26_vimwiki) and on the volcanoes of Italy; MediaWiki pages read as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.explain import answer_question
from knowledge.importers import DeckImportError, import_file, import_text
from knowledge.importers.api import guess_format
from tests.unit.asking import imported, lead_of

ROOT = Path(__file__).resolve().parents[2]
CLIPPERS = ROOT / "tests" / "data" / "ask_own26_vimwiki" / "hist_tea_clippers" / "Tea_Clippers.wiki"

VOLCANOES = """%title Volcanoes of Italy
%nohtml
:geography:volcanoes:
%% from the Year 8 field trip booklet

= Etna =
*Etna* is the highest active volcano in Europe outside the Caucasus.
Stratovolcano:: a steep cone built of layers of lava and ash
  - [X] Read the page on [[etna_eruptions|Etna's eruptions]]
  - [ ] Label the [[Valle del Bove]] on the map
{{images/etna.png}}

= Stromboli =
Stromboli is called the _lighthouse of the Mediterranean_.
{{{
Strombolian eruption: short bursts of glowing lava every few minutes.
The island has erupted almost without a break for over two thousand years.
}}}
"""


def _facts(mapping: dict[str, Any]) -> list[str]:
    """Every fact of the deck, subtopics' too, as the deck file lists them."""
    found: list[str] = []

    def walk(topics: list[dict[str, Any]]) -> None:
        for topic in topics:
            found.extend(str(fact) for fact in topic.get("facts", []))
            walk(topic.get("subtopics", []))

    walk(mapping["topics"])
    return found


def test_a_vimwiki_page_is_told_from_a_mediawiki_one() -> None:
    assert guess_format("volcanoes.wiki", VOLCANOES) == "vimwiki"
    assert guess_format(CLIPPERS.name, CLIPPERS.read_text(encoding="utf-8")) == "vimwiki"
    change_ringing = ROOT / "tests" / "data" / "import_formats" / "change_ringing.wiki"
    assert guess_format(change_ringing.name, change_ringing.read_text("utf-8")) == "mediawiki"


def test_the_page_machinery_is_no_fact() -> None:
    mapping = import_text(VOLCANOES, format="vimwiki", source_name="volcanoes.wiki")
    assert mapping["deck"]["title"] == "Volcanoes of Italy"
    facts = " ".join(_facts(mapping))
    for machinery in ("%title", "%nohtml", ":geography:", "%%", "field trip", "{{", "[[", "[ ]"):
        assert machinery not in facts
    assert "Read the page on Etna's eruptions" in facts
    assert "Label the Valle del Bove on the map" in facts


def test_a_preformatted_block_keeps_its_text() -> None:
    facts = _facts(import_text(VOLCANOES, format="vimwiki", source_name="volcanoes.wiki"))
    assert "The island has erupted almost without a break for over two thousand years." in facts
    clippers = _facts(import_file(CLIPPERS))
    assert "Taeping docked first, twenty minutes ahead of Ariel." in clippers


def test_bold_and_definitions_are_key_terms() -> None:
    mapping = import_text(VOLCANOES, format="vimwiki", source_name="volcanoes.wiki")
    terms = {str(term["term"]): str(term["definition"]) for term in mapping["terms"]}
    assert terms["Stratovolcano"] == "a steep cone built of layers of lava and ash"
    assert "Etna" in mapping["emphasis"]
    clippers = {str(term["term"]) for term in import_file(CLIPPERS)["terms"]}
    assert {"Clipper", "Composite hull", "Sky sails"} <= clippers


def test_ask_answers_from_a_preformatted_block() -> None:
    deck, index = imported(VOLCANOES, "vimwiki", "volcanoes.wiki")
    asked = answer_question(deck, index, "how long has stromboli been erupting")
    assert lead_of(asked) == (
        "The island has erupted almost without a break for over two thousand years."
    )


@pytest.mark.parametrize(
    "line",
    [
        "*a " * 70_000,
        "_a " * 70_000,
        "{{{ " * 50_000,
        "[[a|" * 50_000,
        "{{" * 100_000,
        ":a" * 100_000,
        " " * 200_000 + "x",
        "Term" + ":: x" * 60_000,
        "|" + "-+" * 100_000,
        "%%+" * 70_000,
    ],
)
def test_a_crafted_200kb_line_reads_or_is_refused_clearly(line: str) -> None:
    page = f"%title Crafted\n= Etna =\n{line}\n= Stromboli =\nStromboli erupts every few minutes.\n"
    try:
        mapping = import_text(page, format="vimwiki", source_name="crafted.wiki")
    except DeckImportError as error:
        assert str(error)
        return
    assert "Stromboli erupts every few minutes." in _facts(mapping)


def test_a_definition_on_the_lines_under_its_term() -> None:
    """`Term::` with its definition on the `::` line under it, as Vimwiki also writes them; a
    `%%+ … +%%` comment over lines is no fact."""
    page = (
        "= Etna =\n%%+ checked against\nthe field trip booklet +%%\n"
        "Lava dome::\n:: a mound of thick lava piled over a vent\n"
        "Caldera:: a large hollow left when a volcano collapses\n"
        "Etna is on the east coast of Sicily.\n"
    )
    mapping = import_text(page, format="vimwiki", source_name="etna.wiki")
    terms = {str(term["term"]): str(term["definition"]) for term in mapping["terms"]}
    assert terms == {
        "Lava dome": "a mound of thick lava piled over a vent",
        "Caldera": "a large hollow left when a volcano collapses",
    }
    facts = _facts(mapping)
    assert "Etna is on the east coast of Sicily." in facts
    assert not any("booklet" in fact for fact in facts)
