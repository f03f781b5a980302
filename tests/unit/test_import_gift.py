"""Moodle GIFT question banks: each question imported as the fact it teaches, stated with its
right answer (never a wrong option as if true), categories as topics. A teacher's bank sent as
.gift or .txt used to import as plain text with its braces, tildes and `::titles::` in the facts.
Banks written here, on the Hanseatic League and on beekeeping."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.gift import looks_like_gift
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json

BANK = Path(__file__).resolve().parents[1] / "data" / "import_formats" / "hanse.gift"

BEES = """// Beekeeping quiz, unit 2
$CATEGORY: Beekeeping

What do bees make wax from? {=honey they have eaten ~pollen ~tree resin}

// a multi-line question with feedback
::Queen lifespan::
How many years can a queen
bee live? {
  =up to five years#Workers live only weeks in summer.
  ~one month#No: that is a summer worker.
}

Worker bees are all female, unlike drones. {TRUE}

Drones have a sting. {FALSE#Only females have a sting, a modified egg-laying tube.}

::Hexagons:: Comb cells are hexagonal because a hexagon uses the least wax for its area. {T}

The brood box sits {=below ~above} the honey supers.

What is the name of the bee glue made from resin? {=propolis =bee glue}

A strong colony in summer has about {#50000:10000} bees.

Escaped marks\\: a \\{bracket\\} and a \\= sign are kept in {=this answer \\~ here}.
"""


def _deck(text: str, name: str = "bees.gift") -> Deck:
    return parse_deck(dump_deck(import_text(text, format="gift", source_name=name)), name)


def _facts(deck: Deck) -> list[str]:
    return [fact.raw for topic in deck.topics for fact in topic.facts]


def _groups(deck: Deck) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for topic in deck.topics:
        for fact in topic.facts:
            if fact.group:
                out.setdefault(fact.group, []).append(fact.raw)
    return out


def test_gift_is_recognised_by_name_and_by_content() -> None:
    assert guess_format("bank.gift", BEES) == "gift"
    assert guess_format("bank.txt", BEES) == "gift"
    assert looks_like_gift(BANK.read_text(encoding="utf-8"))


def test_a_choice_states_only_its_right_answer_under_the_question() -> None:
    deck = _deck(BEES)
    groups = _groups(deck)
    assert groups["What do bees make wax from?"] == ["honey they have eaten"]
    assert groups["How many years can a queen bee live?"] == [
        "up to five years",
        "Workers live only weeks in summer.",
    ]
    written = " ".join(_facts(deck) + list(groups))
    for wrong in ("pollen", "tree resin", "one month", "summer worker", "above"):
        assert wrong not in written


def test_true_false_states_the_statement_or_its_negation() -> None:
    facts = _facts(_deck(BEES))
    assert "Worker bees are all female, unlike drones." in facts
    assert (
        "It is not true that drones have a sting. "
        "Only females have a sting, a modified egg-laying tube." in facts
    )
    assert "Drones have a sting." not in facts
    assert "Comb cells are hexagonal because a hexagon uses the least wax for its area." in facts


def test_missing_words_numbers_short_answers_and_escapes() -> None:
    deck = _deck(BEES)
    facts, groups = _facts(deck), _groups(deck)
    assert "The brood box sits below the honey supers." in facts
    assert groups["What is the name of the bee glue made from resin?"] == ["propolis (or bee glue)"]
    assert "A strong colony in summer has about 50000 (± 10000) bees." in facts
    assert "Escaped marks: a {bracket} and a = sign are kept in this answer ~ here." in facts


def test_categories_are_topics_and_matching_gives_pairs() -> None:
    imported = import_file_with_report(BANK)
    deck = parse_deck(dump_deck(imported.mapping), BANK.name)
    assert [topic.title for topic in deck.topics] == ["Hanseatic League", "Origins", "Trade goods"]
    groups = _groups(deck)
    assert groups["Match each town with the good it exported."] == [
        "Bergen: stockfish (dried cod)",
        "Lüneburg: salt",
        "Novgorod: furs and wax",
    ]
    assert groups["Which of these were Hanseatic towns?"] == ["Visby", "Riga"]
    assert "1370" in groups["In what year was the Peace of Stralsund signed?"]
    assert [entry.line for entry in imported.report.skipped] == [35, 41]  # essay, description


def test_no_gift_mark_is_left_in_a_fact() -> None:
    for deck in (_deck(BEES), parse_deck(dump_deck(import_file_with_report(BANK).mapping))):
        for text in _facts(deck) + list(_groups(deck)):
            if text.startswith("Escaped marks") or "{fish days}" in text:  # escaped on purpose
                continue
            for mark in ("{", "::", "~", "=", "#", "$CATEGORY", "//", "<b>"):
                assert mark not in text, text


def test_ask_answers_from_a_question_bank() -> None:
    payload = ask_json("which city was the queen of the hanse?", BANK)
    assert payload["status"] == "answer"
    assert payload["text"].startswith("Lübeck")


def test_an_upload_of_a_bank_is_read_as_gift() -> None:
    uploaded = read_upload("bees.gift", BEES.encode("utf-8"))
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert uploaded.imported_from == "gift"
    assert "pollen" not in uploaded.yaml_text


def test_notes_with_braces_are_not_a_bank() -> None:
    notes = (
        "Set notation\n{1, 2, 3} is a set of three numbers.\n"
        "A = {x : x > 0}\nCloze: {{c1::Lübeck}} led the Hanse.\n"
    )
    assert not looks_like_gift(notes)
    assert guess_format("sets.txt", notes) != "gift"


def test_hostile_banks_are_bounded_and_refused_clearly() -> None:
    started = time.perf_counter()
    with pytest.raises(
        DeckImportError, match=r"states a right answer \(line 1: a question with no right answer"
    ):
        import_text("Q one {~a ~b}\n\nQ two {}\n", format="gift", source_name="x.gift")
    unclosed = "What is it? {=a ~b\n\nAnother? {=c}\n"
    imported = import_text(unclosed, format="gift", source_name="u.gift")
    assert imported["topics"]
    huge = "Which? {=" + "a" * 3_000_000 + "}\n\nWhat? {=b}\n"
    import_text(huge, format="gift", source_name="huge.gift")
    marks = "Which? {" + "=~" * 500_000 + "}\n\nWhat? {=b}\n"
    import_text(marks, format="gift", source_name="marks.gift")
    many = "".join(f"Question {n}? {{=answer {n} ~wrong}}\n\n" for n in range(3000))
    assert len(_facts(_deck(many))) == 3000
    lines = "\n" * 2_000_000 + "Which? {=a}\n\nWhat? {=b}\n"
    assert looks_like_gift(lines)
    assert time.perf_counter() - started < 60


def test_moodles_own_category_names_are_not_topics() -> None:
    bank = (
        "$CATEGORY: $course$/top/Default for Y9 History/Hanse\n\n"
        "Which town hosted the first Diet? {=Lübeck ~Bremen}\n\n"
        "Bergen's Kontor stood on the Bryggen wharf. {T}\n"
    )
    deck = _deck(bank, "hanse.gift")
    assert [topic.title for topic in deck.topics] == ["Hanse"]


def test_a_question_with_a_colon_defines_no_key_term() -> None:
    deck = parse_deck(dump_deck(import_file_with_report(BANK).mapping), BANK.name)
    assert {term.term for term in deck.terms} <= {"Bergen", "Lüneburg", "Novgorod"}
    assert "Write a paragraph about herring – why was it so important?" in _groups(deck)
