"""Notes saved as a web page (.html, .htm): a Google Docs "Web page" export (bold and list levels
as CSS classes, the title as a styled paragraph) and a hand-written page of school notes, imported
with their headings, nested lists, tables and bold terms, and without scripts, styles, navigation
or markup. Notes written here, in geography and history."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.model import Deck, Topic
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json, imported

# The same pages `scripts/import_figures.py` measures, read from the test data.
FORMATS = Path(__file__).resolve().parents[1] / "data" / "import_formats"
GOOGLE_DOCS = (FORMATS / "volcanoes.html").read_text(encoding="utf-8")

PAGE = (FORMATS / "roman_britain.htm").read_text(encoding="utf-8")


def _deck(text: str, name: str) -> Deck:
    return imported(text, "html", name)[0]


def _topics(deck: Deck) -> dict[str, Topic]:
    return {topic.title: topic for topic in deck.topics}


def _lines(deck: Deck, title: str) -> list[str]:
    return [fact.raw for fact in _topics(deck)[title].facts]


def test_web_pages_are_recognised_by_name_or_by_their_doctype() -> None:
    assert guess_format("volcanoes.html", GOOGLE_DOCS) == "html"
    assert guess_format("romans.htm", PAGE) == "html"
    assert guess_format("volcanoes.txt", GOOGLE_DOCS) == "html"
    assert guess_format("notes.txt", "Volcanoes\n- <b>lava</b> is molten rock\n") == "outline"


def test_headings_title_and_topic_tree() -> None:
    docs = _deck(GOOGLE_DOCS, "volcanoes.html")
    assert docs.title == "Volcanoes"
    assert [topic.title for topic in docs.roots()] == ["Types of volcano", "Case studies"]
    assert [t.title for t in docs.children(_topics(docs)["Types of volcano"].id)] == [
        "Why volcanoes erupt"
    ]
    page = _deck(PAGE, "romans.htm")
    assert page.title == "Roman Britain"
    assert [topic.title for topic in page.roots()] == ["The invasion", "Boudicca's revolt"]


def test_bold_by_tag_or_by_style_sheet_class_makes_key_terms() -> None:
    docs = {term.term: term.definition for term in _deck(GOOGLE_DOCS, "v.html").terms}
    assert docs["Shield volcano"] == "gentle slopes built from runny basalt lava, e.g. Mauna Loa."
    assert "Composite volcano" in docs
    page = {term.term: term.definition for term in _deck(PAGE, "r.htm").terms}
    assert page["Client kingdom"] == "a kingdom that kept its own ruler but obeyed Rome."


def test_nested_lists_lead_ins_and_tables_keep_their_shape() -> None:
    docs = _deck(GOOGLE_DOCS, "v.html")
    erupt = _topics(docs)["Why volcanoes erupt"].facts
    # The second-level item (a class, not a nested list, in Google Docs) stays under the lead-in.
    assert [f.raw for f in erupt if f.group == "Causes of an eruption"] == [
        "Magma rises because it is less dense than the rock around it",
        "Gas pressure builds up in the magma chamber",
        "more gas means a more explosive eruption",
    ]
    assert _lines(docs, "Case studies") == [
        "Volcano: Mount St Helens; Year: 1980; Deaths: 57",
        "Volcano: Nevado del Ruiz; Year: 1985; Deaths: about 23,000",
    ]
    invasion = _topics(_deck(PAGE, "r.htm"))["The invasion"].facts
    grouped = [f.raw for f in invasion if f.group == "Landed in Kent with about 40,000 soldiers"]
    assert grouped == ["four legions", "auxiliary troops"]
    assert "Defeated the Catuvellauni at the River Medway" in [f.raw for f in invasion]


def test_scripts_styles_navigation_images_and_markup_are_not_notes() -> None:
    for deck in (_deck(GOOGLE_DOCS, "v.html"), _deck(PAGE, "r.htm")):
        written = " ".join(
            [topic.title for topic in deck.topics]
            + [f"{fact.raw} {fact.group}" for topic in deck.topics for fact in topic.facts]
        )
        for gone in ("tracking", "font-weight", "Home", "statue", "Hillside", "<", "&", "**"):
            assert gone not in written
    revolt = _lines(_deck(PAGE, "r.htm"), "Boudicca's revolt")
    assert revolt[:2] == [  # a <br> ends a line; entities are the characters they stand for
        "Boudicca: queen of the Iceni who led a revolt in AD 60–61.",
        "She burned Londinium.",
    ]


def test_hostile_pages_give_a_deck_or_a_clear_error() -> None:
    deep = "<h1>Deep</h1>" + "<div>" * 5_000 + "<p>Lava is molten rock.</p>" + "</div>" * 5_000
    assert "Lava is molten rock." in str(import_text(deep, format="html"))
    with pytest.raises(DeckImportError):
        import_text("<html><script>" + "x" * 10_000 + "</script></html>", format="html")
    unclosed = "<h1>Rocks<p>Granite is <b>igneous<li>Chalk is sedimentary"
    assert "Granite is" in str(import_text(unclosed, format="html"))


def test_a_folder_with_a_web_page_is_a_deck_and_ask_answers_from_it(tmp_path: Path) -> None:
    (tmp_path / "volcanoes.html").write_text(GOOGLE_DOCS, encoding="utf-8")
    (tmp_path / "romans.htm").write_text(PAGE, encoding="utf-8")
    folder = import_file_with_report(tmp_path)
    assert "web page" in folder.report.format
    reply = ask_json("when did the Romans invade Britain", tmp_path)
    assert reply["status"] == "answer"
    assert "AD 43" in reply["text"]


def test_an_uploaded_web_page_becomes_the_chat_deck() -> None:
    uploaded = read_upload("volcanoes.html", GOOGLE_DOCS.encode("utf-8"))
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert uploaded.deck.title == "Volcanoes"
    assert uploaded.imported_from == "html"


BEEKEEPING = """<html><body><h2>Hives</h2>
<ul>
  <li><strong>Langstroth hive</strong> &ndash; patented by <strong>Lorenzo Langstroth</strong>
      in <strong>1852</strong> (a <em>bee space</em> of about 9 mm)
    <ul>
      <li>spread in Europe by <strong>Charles Dadant</strong> and <b> Amos Root </b>and his sons</li>
    </ul>
  </li>
  <li><strong>Varroa</strong> and <strong>Nosema</strong> &ndash; the commonest pests</li>
</ul></body></html>
"""


def test_several_bold_runs_in_one_line_keep_the_spaces_between_them() -> None:
    """A school page's list item often bolds two or three names with plain words between them;
    a closing mark paired with the next opening one ran the words together ("byLorenzo
    Langstrothin1852"), and quizzes then asked for "Langstrothin1852"."""
    notes = dump_deck(import_text(BEEKEEPING, format="html", source_name="bees.html"))
    for line in (
        "Langstroth hive – patented by Lorenzo Langstroth in 1852 (a bee space of about 9 mm)",
        "spread in Europe by Charles Dadant and Amos Root and his sons",
        "Varroa and Nosema – the commonest pests",
    ):
        assert line in notes
    plain = [fact.text for topic in _deck(BEEKEEPING, "bees.html").topics for fact in topic.facts]
    assert "spread in Europe by Charles Dadant and Amos Root and his sons" in plain


@pytest.mark.parametrize("tail", ["<a ", "<", "<!-- F5 ", "<b>EF4 "])
def test_a_page_ending_in_200_kb_of_unclosed_tags_keeps_its_notes(tail: str) -> None:
    """After the page's last ">", no "<" can open a tag: they are text, read in linear time (the
    parser tried each one as a tag to the end of the page: minutes of CPU)."""
    page = (
        "<html><body><h1>Tornadoes</h1><p>A tornado's wind speed is rated on the Enhanced "
        "Fujita scale.</p><p>" + tail * (200_000 // len(tail))
    )
    deck = _deck(page, "tornadoes.html")
    assert _lines(deck, "Tornadoes")[0] == (
        "A tornado's wind speed is rated on the Enhanced Fujita scale."
    )
