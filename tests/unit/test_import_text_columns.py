"""Two-column pages printed as text (`pdftotext -layout`, saved as .txt): read left column, then
right, page by page, without running headers and page numbers, and the wrapped sentences
rejoined. Decks of tests/data/ask_own24_import, laid out by its src/lay_out_columns.py at three
widths and gutters (40/5, 34/3, 46/2), in three subjects."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from knowledge.deck_files import open_deck_file
from knowledge.importers import import_file_with_report, import_text
from knowledge.importers.sentences import split_sentences
from knowledge.importers.text_columns import read_columns
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import written

OWN = Path(__file__).resolve().parents[1] / "data" / "ask_own24_import"
DECKS = {
    "hist_silk_road/silk_road_guide.txt": "silk_road",
    "geo_coral_reefs/coral_reefs_factsheet.txt": "coral_reefs",
    "mus_piano/piano_history_handout.txt": "piano",
}


def _source_sentences(name: str) -> list[str]:
    """The sentences the deck was laid out from (its source's paragraphs and bullets)."""
    lines = (OWN / "src" / f"{name}.src.txt").read_text(encoding="utf-8").splitlines()
    return [
        sentence
        for line in lines
        if not line.startswith("# ")
        for sentence in split_sentences(line.removeprefix("- "))
    ]


@pytest.mark.parametrize("deck", sorted(DECKS))
def test_each_sentence_is_shown_whole_and_no_line_mixes_the_columns(deck: str) -> None:
    shown = written(open_deck_file(OWN / deck))
    sentences = _source_sentences(DECKS[deck])
    whole = [sentence for sentence in sentences if any(sentence in line for line in shown)]
    # One sentence of the reef sheet breaks after a colon ("… a rock:" / "each coral …"), which
    # is read as a lead-in: every other sentence is whole.
    assert len(whole) >= len(sentences) - 1
    assert not [line for line in shown if "   " in line]


def test_running_headers_and_page_numbers_are_left_out() -> None:
    imported = import_file_with_report(OWN / "hist_silk_road" / "silk_road_guide.txt")
    shown = written(open_deck_file(OWN / "hist_silk_road" / "silk_road_guide.txt"))
    assert not [line for line in shown if "Revision guide" in line or line.strip().isdigit()]
    assert "page layout" in imported.report.detected
    titles = [topic["title"] for topic in imported.mapping["topics"]]
    assert titles[:3] == ["The name and the routes", "Han dynasty beginnings", "Goods on the move"]
    # Given as text with its format named, the pages (form feeds) are read the same way.
    text = (OWN / "hist_silk_road" / "silk_road_guide.txt").read_text(encoding="utf-8")
    typed = import_text(text, format="outline", source_name="silk_road_guide.txt")
    assert [topic["title"] for topic in typed["topics"]] == titles


def test_a_title_across_both_columns_is_kept_whole() -> None:
    deck = open_deck_file(OWN / "geo_coral_reefs" / "coral_reefs_factsheet.txt")
    assert (
        deck.topics[0].title == "Coral reefs: How they form, why they matter, what threatens them"
    )
    shown = written(deck)
    assert not [line for line in shown if "page 1 of" in line]


def test_ask_answers_from_a_two_column_guide() -> None:
    notes = OWN / "hist_silk_road" / "silk_road_guide.txt"
    reply = ask_json("how long was zhang qian held by the xiongnu", notes)
    assert reply["status"] == "answer"
    assert "held for about ten years" in reply["text"]


def _laid_out(left: list[str], right: list[str], gutter: int) -> str:
    return "\n".join((a.ljust(gutter) + b).rstrip() for a, b in zip(left, right, strict=True))


_GLOSSARY = """\
Caravanserai              a walled roadside inn with a courtyard for the animals
Sericulture               raising silkworms on mulberry leaves to make silk
Relay trade               goods passed from merchant to merchant along the route
Paiza                     a metal pass carried for protection in Mongol lands
Lingua franca             a language traders share, as Sogdian once was
Oasis town                a settlement at a spring in the desert, such as Dunhuang
"""


def test_space_aligned_terms_and_definitions_keep_their_rows() -> None:
    assert read_columns(_GLOSSARY) is None
    mapping = import_text(_GLOSSARY, format="outline", source_name="terms.txt")
    text = str(mapping)
    assert "walled roadside inn" in text and "Caravanserai" in text


def test_cornell_style_cues_beside_notes_are_not_read_as_columns() -> None:
    cues = ["What is a polyp?", "", "Why zooxanthellae?", "", "", "Bleaching?"]
    notes = [
        "A tiny animal; a coral is a colony of them, and",
        "each lays down calcium carbonate.",
        "Algae in the coral's tissue make food from light",
        "and pass most of it to the coral.",
        "Corals need clear, shallow, sunlit water.",
        "Too warm water: corals expel the algae.",
    ]
    assert read_columns(_laid_out(cues, notes, 24) + "\n") is None


def test_a_page_of_one_column_and_odd_input_are_left_alone() -> None:
    assert read_columns("Just one line of notes") is None
    assert read_columns("\f" * 10_000) is None
    assert read_columns(" " * 100_000 + "x\ny") is None
    assert read_columns("a  b\n" * 5_000) is None


def test_columns_with_tabs_are_not_a_printed_page() -> None:
    left = ["A sentence that is long enough to wrap", "onto the next line of its column"] * 4
    right = ["Another sentence long enough to wrap", "onto a second line in the right one"] * 4
    tabbed = "\n".join(f"{a}\t\t{b}" for a, b in zip(left, right, strict=True))
    assert read_columns(tabbed) is None


_INTRO = (
    "The Silk Road was a web of trade routes between China and the Mediterranean. Merchants "
    "rarely travelled its whole length, so goods changed hands many times on the way west."
)
_LEFT = (
    "Caravans of Bactrian camels crossed the deserts of Central Asia, resting at walled "
    "caravanserais about a day's journey apart. Oasis towns such as Dunhuang and Kashgar grew "
    "rich on the trade that passed through their markets."
)
_RIGHT = (
    "Ideas travelled with the goods: Buddhism reached China from India along the routes, and "
    "papermaking spread west to Samarkand after the Battle of Talas in 751, carried by "
    "prisoners who knew the craft."
)


def test_an_introduction_across_the_page_is_read_before_the_columns_under_it() -> None:
    intro = textwrap.wrap(_INTRO, 84)
    left, right = textwrap.wrap(_LEFT, 40), textwrap.wrap(_RIGHT, 40)
    right += [""] * (len(left) - len(right))
    page = "\n".join(["SILK ROAD NOTES", "", *intro, ""]) + "\n"
    page += _laid_out(left, right[: len(left)], 44) + "\n"
    mapping = import_text(page, format="outline", source_name="silk.txt")
    shown = " ".join(str(fact) for topic in mapping["topics"] for fact in topic["facts"])
    for sentence in split_sentences(_INTRO) + split_sentences(_LEFT) + split_sentences(_RIGHT):
        assert sentence in shown
