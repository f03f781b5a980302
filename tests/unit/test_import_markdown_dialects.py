"""Markdown's dialects as their tools save them: a Quarto or R Markdown file's code chunks and
`:::` div fences, an Obsidian note's `%% comments %%` and `#tags`, a Marp deck's slide rules and
speaker notes are never shown as notes. Decks written here in three subjects."""

from __future__ import annotations

import re

import pytest

from knowledge.importers import dump_deck, import_file_with_report, import_text
from knowledge.importers.markdown_dialects import without_dialect_marks
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.formats_helpers import SAMPLES, facts, written

NOISE = re.compile(r"```|:::|\{r|knitr|plot\(|%%|#\w|^title:|^author:|Speaker notes|marp")


def _deck(name: str) -> Deck:
    imported = import_file_with_report(SAMPLES / name)
    assert imported.report.name == "markdown"
    return parse_deck(dump_deck(imported.mapping), name)


@pytest.mark.parametrize("name", ["stained_glass.Rmd", "glass_quarto.qmd"])
def test_quarto_and_r_markdown_show_notes_only(name: str) -> None:
    deck = _deck(name)
    assert deck.title == "Stained glass"
    assert [topic.title for topic in deck.roots()] == ["Colour", "Silver stain", "Lead"]
    assert [line for line in written(deck) if NOISE.search(line)] == []
    assert facts(deck, "Silver stain") == [
        "Silver stain turns glass yellow when it is fired; it was discovered around 1300."
    ]


def test_obsidian_comments_and_tags_are_not_notes() -> None:
    deck = _deck("klondike_obsidian.md")
    assert [line for line in written(deck) if NOISE.search(line)] == []
    assert "The Chilkoot started at Dyea" in facts(deck, "Routes")
    assert "About 30,000 people lived there in 1898" in facts(deck, "Dawson City")
    assert not [line for line in written(deck) if "map" in line]


def test_a_marp_deck_reads_slide_by_slide() -> None:
    deck = _deck("ants_marp.md")
    assert [topic.title for topic in deck.roots()][1:] == [
        "The queen",
        "Workers",
        "Amazing species",
    ]
    assert [line for line in written(deck) if NOISE.search(line)] == []


def test_code_and_headings_in_plain_markdown_are_kept() -> None:
    notes = "# Ants\n\n## C# and #1\n\n- ants are #1 at teamwork in C#\n\n```\n#tag in code\n```\n"
    assert without_dialect_marks(notes) == notes
    mapping = import_text(
        "# Ants\n\n## Castes\n\n- a queen #caste lays eggs #revise #ants\n", format="markdown"
    )
    deck = parse_deck(dump_deck(mapping), "ants.md")
    assert facts(deck, "Castes") == ["a queen #caste lays eggs"]


def test_a_hash_word_in_the_text_is_kept_as_written() -> None:
    """Only a run of tags after the text, or a line of tags alone, is Obsidian's: a `#word` in
    a sentence or alone at its end is part of the fact in plain Markdown notes."""
    notes = (
        "# Cells\n\n## Nucleus\n\n- The nucleus holds #DNA in the cell. #biology #revise\n"
        "- Written in C# for issue #3\n- Influencers must label them #ad under ASA rules.\n"
        "- Ribosomes read #mRNA\n\n#biology #cells\n"
    )
    deck = parse_deck(dump_deck(import_text(notes, format="markdown")), "cells.md")
    assert facts(deck, "Nucleus") == [
        "The nucleus holds #DNA in the cell.",
        "Written in C# for issue #3",
        "Influencers must label them #ad under ASA rules.",
        "Ribosomes read #mRNA",
    ]


@pytest.mark.parametrize(
    "notes",
    [
        "# A\n- fact\n" + "%%" * 100_000 + "\n- more\n",
        "# A\n- fact\n```{r}\n" + "x <- 1\n" * 10_000,  # a chunk never closed
        "# A\n- fact\n" + "#a " * 100_000 + "\n",
        "# A\n- fact\n" + ":::" * 100_000 + "\n",
    ],
)
def test_hostile_dialect_marks_give_a_deck_or_a_clear_error(notes: str) -> None:
    mapping = import_text(notes, format="markdown")
    assert mapping["topics"]


def test_a_long_line_of_spaces_and_colons_is_not_a_div_fence_and_is_read_in_one_pass() -> None:
    # The fence pattern's neighbouring runs of spaces and colons made this line cost its length
    # cubed (2,000 characters: seconds; this one: never), and every .md upload passes there.
    line = ":::" + " " * 50_000 + ":" * 50_000 + "x"
    notes = "# A\n\n- fact one\n\n" + line + "\n\n- fact two\n"
    assert without_dialect_marks(notes) == notes
    deck = parse_deck(dump_deck(import_text(notes, format="markdown")), "a.md")
    assert {"fact one", "fact two"} <= set(written(deck))


@pytest.mark.parametrize(
    "fence", [":::", "::: {.callout-note}", ":::note", "  ::: {.aside} :::  ", ":::::"]
)
def test_div_fences_go_and_their_contents_stay(fence: str) -> None:
    notes = "# A\n\n" + fence + "\n- fact one\n:::\n"
    assert without_dialect_marks(notes) == "# A\n\n\n- fact one\n\n"
