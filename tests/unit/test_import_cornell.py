"""Cornell notes exported as text (issues 13 and 14, round 22's blind review): a "CUES | NOTES"
header row, rows of cue and notes (tab-separated or aligned with pipes), rows with an empty cue
carrying on the cue above, headings between rules, and a SUMMARY per section. Decks written here,
in another subject."""

from __future__ import annotations

from pathlib import Path

from bot.questions import QuestionGenerator
from knowledge.importers.api import guess_format
from knowledge.model import Deck
from tests.unit.asking import ask_json, imported

TABBED = """HONEYBEES – CORNELL NOTES
Biology club / week 4

==============================
PART 1 – THE COLONY
==============================
CUES\tNOTES
Who lays the eggs?\tthe queen, up to 2,000 eggs a day in summer
\tshe mates on a few flights early in life and stores the sperm for years
1. Worker\tsterile female that forages, builds comb and feeds the brood
\tlives about six weeks in summer
\ta strong colony holds about 50,000 workers in midsummer
2. Drone\tmale bee whose only task is to mate with a queen
Hive words\tbrood = eggs, larvae and pupae together
\tpropolis = resin the bees collect to seal gaps in the hive
SUMMARY\tA colony is one laying queen, thousands of workers and a few hundred drones.

==============================
PART 2 – FORAGING
==============================
CUES\tNOTES
How do they share where food is?\tthe waggle dance: its angle to the vertical gives the direction from the sun
\tthe length of the waggle run tells the distance to the flowers
Nectar\tsugary liquid from flowers that the bees turn into honey
SUMMARY\tWorkers tell each other where flowers are by dancing.
"""

PIPED = TABBED.replace(
    "CUES\tNOTES", "CUES                 | NOTES\n---------------------+--------"
)
PIPED = "\n".join(
    (f"{line.split(chr(9))[0]:<21}| {line.split(chr(9))[1]}" if "\t" in line else line)
    for line in PIPED.split("\n")
)


def _decks() -> list[Deck]:
    return [
        imported(TABBED, "cornell", "bees.txt")[0],
        imported(PIPED, "cornell", "bees.txt")[0],
    ]


def _groups(deck: Deck) -> dict[str, str | None]:
    return {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}


def test_both_layouts_are_read_as_cornell_notes_not_card_lists() -> None:
    assert guess_format("bees.txt", TABBED) == "cornell"
    assert guess_format("bees.txt", PIPED) == "cornell"
    cards = "Term\tDefinition\nQueen\tthe one laying female\nDrone\tmale bee\n"
    assert guess_format("bees.txt", cards) == "tsv"


def test_headings_between_rules_title_the_sections_and_layout_is_not_content() -> None:
    for deck in _decks():
        assert deck.title == "Honeybees – Cornell notes"
        assert [topic.title for topic in deck.topics] == [
            "Part 1 – the colony",
            "Part 2 – foraging",
        ]
        written = [*_groups(deck), *(term.term for term in deck.terms)]
        assert not [text for text in written if "CUES" in text or "NOTES" in text or "===" in text]
        assert not [text for text in written if "Biology club" in text]


def test_a_continuation_row_belongs_to_the_cue_above() -> None:
    for deck in _decks():
        groups = _groups(deck)
        assert groups[
            "she mates on a few flights early in life and stores the sperm for years"
        ] == ("Who lays the eggs?")
        assert groups["the length of the waggle run tells the distance to the flowers"] == (
            "How do they share where food is?"
        )
        assert groups["lives about six weeks in summer"] == "Worker"


def test_cues_become_terms_only_when_they_name_one() -> None:
    for deck in _decks():
        terms = {term.term: term.definition for term in deck.terms}
        assert terms["Worker"].startswith("sterile female")  # the list number is dropped
        assert "Drone" in terms and "Nectar" in terms
        assert "Hive words" not in terms  # it labels terms of its own
        assert _groups(deck)["propolis = resin the bees collect to seal gaps in the hive"] == (
            "Hive words"
        )
        assert not [term for term in terms if term.endswith("?")]
        assert not [question for question in deck.questions if question.question.endswith("?")]


def test_the_summary_row_is_a_fact_of_its_section() -> None:
    for deck in _decks():
        foraging = deck.topics[1]
        lines = [fact.raw for fact in foraging.facts]
        assert "Workers tell each other where flowers are by dancing." in lines
        assert not [line for line in lines if "SUMMARY" in line or "====" in line]


def test_quizzes_reach_continuation_rows_and_never_show_the_layout() -> None:
    deck = _decks()[0]
    asked = [q for seed in range(3) for q in QuestionGenerator(deck, seed=seed).all_candidates()]
    facts = {question.source_fact for question in asked}
    assert "a strong colony holds about 50,000 workers in midsummer" in facts
    for question in asked:
        assert "CUES" not in question.prompt and "====" not in question.prompt
        assert question.prompt.strip() not in {"Who lays the eggs?", "Who?"}


def test_ask_answers_from_a_continuation_row(tmp_path: Path) -> None:
    notes = tmp_path / "bees.txt"
    notes.write_text(PIPED, encoding="utf-8")
    reply = ask_json("how long does a worker live", notes)
    assert reply["status"] == "answer"
    assert "six weeks" in reply["text"]


def test_a_header_naming_a_column_twice_is_still_the_cornell_header(tmp_path: Path) -> None:
    """Templates head the cue column "CUES / QUESTIONS", "Cue & questions" or "Key words,
    questions": each part names the column, so the notes are still read as cues and notes."""
    for cues in ("CUES / QUESTIONS", "Cue & questions", "Key words, questions", "CUES + QUESTIONS"):
        text = PIPED.replace("CUES                 | NOTES", f"{cues:<21}| NOTES")
        assert guess_format("bees.txt", text) == "cornell", cues
        deck = imported(text, "cornell", "bees.txt")[0]
        assert [topic.title for topic in deck.topics] == [
            "Part 1 – the colony",
            "Part 2 – foraging",
        ]
        assert _groups(deck)["lives about six weeks in summer"] == "Worker"
    notes = tmp_path / "bees.txt"
    notes.write_text(PIPED.replace("CUES                 | NOTES", "CUES / QUESTIONS     | NOTES"))
    reply = ask_json("how many eggs does the queen lay", notes)
    assert reply["status"] == "answer"
    assert "2,000 eggs a day" in reply["text"]


def test_a_header_of_other_columns_is_no_cornell_header() -> None:
    """Only words naming the two columns make the header: "Questions / Answers" over rows is a
    card list, "Term / Definition" a glossary."""
    for header in ("Questions / Answers | Notes", "Term / Definition | Notes", "Cues | Answers"):
        text = PIPED.replace("CUES                 | NOTES", header)
        assert guess_format("bees.txt", text) != "cornell", header
