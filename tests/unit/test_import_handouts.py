"""Plain-text handouts saved from a word processor (round 25, deck A): bullets and paragraphs
hard-wrapped to a ragged right margin, `o`, "(a)" and "(i)" list marks, a school header, a form
line to fill in, page breaks and a copyright footer. Each wrapped line used to be a fact of its
own (a sentence cut in two, a wrap used as the heading of the next bullet) and the page's
furniture was quizzed. Checked on two handouts of different styles: the London Underground
(indented bullets, numbered sections) and the Post Office (unindented paragraphs, "•" bullets
with a hanging indent, underlined headings)."""

from __future__ import annotations

from pathlib import Path

from knowledge.importers import import_text
from knowledge.model import Deck
from tests.unit.questioning import imported_notes

DATA = Path(__file__).resolve().parents[1] / "data" / "handouts"
UNDERGROUND = DATA / "underground_handout.txt"
POSTAL = DATA / "postal_history.txt"


def _facts(deck: Deck) -> list[str]:
    return [fact.text for topic in deck.topics for fact in topic.facts]


def _groups(deck: Deck) -> set[str]:
    return {fact.group for topic in deck.topics for fact in topic.facts if fact.group}


def test_a_bullet_wrapped_across_lines_is_one_fact() -> None:
    facts = _facts(imported_notes(UNDERGROUND))
    assert (
        "10 Jan 1863: the Metropolitan Railway opened between Paddington (Bishop's Road) and "
        "Farringdon Street - the world's first underground railway."
    ) in facts
    assert (
        "1933: the London Passenger Transport Board (LPTB) took over all the Underground lines, "
        "buses and trams - a public corporation run by Lord Ashfield with Pick as chief executive."
    ) in facts
    assert (
        "Money - American financier Charles Tyson Yerkes bought up several tube companies and "
        "formed the Underground Electric Railways Company of London (UERL) in 1902."
    ) in facts
    # no piece of a wrapped line on its own, nor as the heading of the lines after it
    assert not [fact for fact in facts if fact.startswith(("Road)", "(UERL)", "Lord Ashfield"))]
    assert not [group for group in _groups(imported_notes(UNDERGROUND)) if group.endswith("by")]


def test_a_paragraph_and_hanging_bullets_wrapped_are_joined() -> None:
    facts = _facts(imported_notes(POSTAL))
    assert (
        "1680: William Dockwra started the London Penny Post, a private service carrying letters "
        "and parcels anywhere in London for one penny."
    ) in facts
    assert (
        "The General Post Office was set up by Charles II's Act of 1660, and the Postmaster "
        "General held a monopoly of carrying letters for the Crown."
    ) in facts
    assert "letters carried rose from about 76 million in 1839 to 169 million in 1840;" in facts


def test_word_processor_list_marks_are_taken_off() -> None:
    facts = _facts(imported_notes(UNDERGROUND))
    assert "invented by James Henry Greathead (Tower Subway, 1869)" in facts
    assert (
        "Frank Pick, the UERL's publicity manager, commissioned posters from leading artists and "
        "the Johnston typeface (1916) from Edward Johnston."
    ) in facts
    assert not [fact for fact in facts if fact.startswith(("o ", "(a)", "(b)", "(i)"))]


def test_the_page_furniture_is_no_fact() -> None:
    for path in (UNDERGROUND, POSTAL):
        deck = imported_notes(path)
        shown = [*_facts(deck), *(topic.title for topic in deck.topics), *_groups(deck)]
        assert not [line for line in shown if "__" in line or "Page " in line or "page 2" in line]
        assert not [line for line in shown if "use only" in line or "(!)" in line]
        assert not [line for line in shown if "Ms A. Petrova" in line or "College" in line]
    assert imported_notes(UNDERGROUND).topics[0].title == "The London Underground, 1863-1948"


def test_a_marks_key_goes_but_its_sentence_stays() -> None:
    facts = _facts(imported_notes(UNDERGROUND))
    assert "Read alongside the Tube map handout (9c)." in facts
    assert (
        "Charles Pearson, Solicitor to the City of London, campaigned for an underground railway "
        "to link the termini with the City."
    ) in facts


def test_short_lines_under_a_bullet_stay_apart() -> None:
    """A list typed without bullets under a short lead-in, and a line of its own under a long one
    that ends its sentence: nothing to join."""
    notes = (
        "Causes of the war\n"
        "  - Long-term causes:\n"
        "    militarism\n"
        "    alliances\n"
        "  - The naval race between Britain and Germany grew after 1906 with Dreadnought.\n"
        "    Germany built 17 of them by 1914, Britain 29 in the same years.\n"
    )
    imported = import_text(notes, format="outline", source_name="war.txt")
    text = str(imported)
    assert "militarism alliances" not in text
    assert "Dreadnought. Germany" not in text


MOSSES = DATA / "mosses_notion.md"
TUBE_AT_WAR = DATA / "tube_wartime_notion.md"


def test_a_notion_pages_properties_are_no_facts() -> None:
    for path in (MOSSES, TUBE_AT_WAR):
        deck = imported_notes(path)
        shown = [*_facts(deck), *_groups(deck)]
        assert not [line for line in shown if line.startswith(("Owner:", "Created", "Tags:"))]
        assert not [line for line in shown if "Status:" in line or "Last edited" in line]
        assert not [term for term in deck.terms if term.term in ("Owner", "Created by")]
    assert "Bryophytes are small, non-vascular land plants" in " ".join(
        _facts(imported_notes(MOSSES))
    )


def test_a_toggle_heads_its_answer() -> None:
    """ "- ▶ Question?" over its indented answer, as Notion exports a toggle: the question is the
    answer's heading, with no arrow left in either."""
    facts = imported_notes(MOSSES).topics[2].facts
    answer = next(fact for fact in facts if fact.text.startswith("The gametophyte –"))
    assert answer.group == "Which generation is dominant in bryophytes?"
    war = imported_notes(TUBE_AT_WAR)
    answer = next(fact for topic in war.topics for fact in topic.facts if "safest" in fact.text)
    assert answer.group == "Why did Londoners go underground?"
    shown = [*_facts(war), *_groups(war), *_facts(imported_notes(MOSSES))]
    assert not [line for line in shown if "▶" in line]


def test_a_to_do_item_keeps_its_words_not_its_box() -> None:
    """Students ask /ask about their to-dos ("which flashcards do I need to redo?"), so a to-do
    item stays a line of the notes, without its box."""
    for path, words in ((MOSSES, "Redraw the moss life cycle"), (TUBE_AT_WAR, "Make flashcards")):
        facts = _facts(imported_notes(path))
        assert [fact for fact in facts if fact.startswith(words)]
        assert not [fact for fact in facts if "[ ]" in fact or "[x]" in fact]


def test_a_gap_to_fill_and_a_lettered_item_are_notes_not_furniture() -> None:
    notes = (
        "Post Office key facts\n"
        "  (a) The ____ Black was the first adhesive stamp.\n"
        "  (b) Pillar boxes came to Jersey in 1852.\n"
        "  (c) The Post Office Savings Bank opened in 1861.\n"
        "Name: __________   Date: ______\n"
    )
    facts = [
        fact
        for topic in import_text(notes, format="outline", source_name="post.txt")["topics"]
        for fact in topic["facts"]
    ]
    assert facts == [
        "The ____ Black was the first adhesive stamp.",
        "Pillar boxes came to Jersey in 1852.",
        "The Post Office Savings Bank opened in 1861.",
    ]


def test_hostile_lines_of_blanks_marks_and_spaces_import() -> None:
    """Lines a form, a footer or a marker pattern could take a long time over, read whole."""
    lines = ["Peat", "A__" * 20_000, " " * 50_000 + "(!)", "(!)" * 20_000, "Name: " + "_" * 50_000]
    imported = import_text(
        "\n".join([*lines, "- Sphagnum holds water"]), format="outline", source_name="bog.txt"
    )
    facts = [fact for topic in imported["topics"] for fact in topic["facts"]]
    assert "Sphagnum holds water" in facts


def test_an_images_caption_is_no_fact() -> None:
    for path, words in ((MOSSES, "Thursley Common"), (TUBE_AT_WAR, "Shelterers at Aldwych")):
        deck = imported_notes(path)
        assert not [fact for fact in _facts(deck) if words in fact]
    # an italic line that is no caption stays
    notes = "# Liverworts\n\n*Marchantia spreads by gemmae splashed out of gemma cups.*\n"
    facts = [
        fact
        for topic in import_text(notes, format="markdown", source_name="l.md")["topics"]
        for fact in topic["facts"]
    ]
    assert facts == ["Marchantia spreads by gemmae splashed out of gemma cups."]
