"""The coverage helper reports exactly the lines of the notes a deck has lost."""

from __future__ import annotations

from knowledge.model import Deck, Fact, Term, Topic
from tests.notes_coverage import apply_fixes, missing_lines


def _deck(*facts: Fact, terms: tuple[Term, ...] = (), summary: str | None = None) -> Deck:
    topic = Topic(
        id="hungary",
        title="Hungarian Uprising",
        aliases=("Hungary 1956",),
        facts=facts,
        summary=summary,
    )
    return Deck(id="test", title="Test Deck", topics=(topic,), terms=terms)


def test_a_line_the_deck_lacks_is_reported_stripped() -> None:
    deck = _deck(Fact("Nagy executed"))
    notes = "Hungarian Uprising\n  • Nagy executed\n  • Condemned by West\n"
    assert missing_lines(notes, deck, fixes={}) == ["• Condemned by West"]


def test_case_accents_punctuation_bullets_and_cloze_do_not_matter() -> None:
    deck = _deck(Fact("Gerő replaced with {{c1::Nagy}}"), Fact("4th Nov, {{c1::30,000}} killed"))
    notes = "    - gero replaced with NAGY\n    – 4th Nov 30000 killed\n"
    assert missing_lines(notes, deck, fixes={}) == []


def test_a_misspelt_line_is_found_only_with_its_fix() -> None:
    deck = _deck(Fact("Soviets capture roads, railways etc"))
    notes = "• Soviets capture ropads, railways etc"
    assert missing_lines(notes, deck, fixes={}) == ["• Soviets capture ropads, railways etc"]
    assert missing_lines(notes, deck, fixes={"ropads": "roads"}) == []


def test_fixes_replace_whole_words_only_and_keep_case() -> None:
    fixes = {"EB": "East Berlin", "w/": "with"}
    assert apply_fixes("recognise EB as state", fixes) == "recognise East Berlin as state"
    assert apply_fixes("EBB and eb stay", fixes) == "EBB and eb stay"
    assert apply_fixes("confrontation w/ west, w/o", fixes) == "confrontation with west, w/o"


def test_a_line_must_match_whole_words() -> None:
    deck = _deck(Fact("Threat of leaving Warsaw Pact"))
    assert missing_lines("War", deck, fixes={}) == ["War"]
    assert missing_lines("leaving Warsaw", deck, fixes={}) == []


def test_a_line_joining_whole_entries_is_found_but_not_one_joining_parts() -> None:
    deck = _deck(Fact("Revitalise Economy"), Fact("Containment", group="Western Aims"))
    assert missing_lines("- Revitalise Economy Western Aims", deck, fixes={}) == []
    assert missing_lines("- Economy Western", deck, fixes={}) == ["- Economy Western"]
    assert missing_lines("- Revitalise Economy Western Aims Security", deck, fixes={}) == [
        "- Revitalise Economy Western Aims Security"
    ]


def test_terms_titles_and_aliases_are_searched_but_not_summaries() -> None:
    term = Term(id="detente", term="Détente", definition="period of lessened tension")
    deck = _deck(terms=(term,), summary="Soviet troops crushed the uprising")
    notes = "Test Deck\nDetente = period of lessened tension\nHungary 1956\n"
    assert missing_lines(notes, deck, fixes={}) == []
    summary_line = "Soviet troops crushed the uprising"
    assert missing_lines(summary_line, deck, fixes={}) == [summary_line]


def test_blank_and_bullet_only_lines_are_ignored() -> None:
    assert missing_lines("\n   \n  •\n  - \n", _deck(), fixes={}) == []
