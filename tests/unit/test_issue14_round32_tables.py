"""Round-32 blind review, table questions: "What is the fact for Distance?" from a `Detail | Fact`
table, with a place, a reason and a date range offered beside the distance (deck A Q4, Q8, Q35,
Q46, Q25); X-rays' danger offered as a wrong danger for gamma rays, both "ionising … cancer"
(deck B Q7, Q35); and a chronology built from table rows and bracket-cut years ("Detail: Result;
Fact: …", "released )", deck A Q5). The notes here are written for these tests: a Markdown page
on the Apollo programme and a Word (.docx) page on the rock cycle, each with a table whose header
names no kind of thing and a table whose cells share words.
"""

from __future__ import annotations

import io
import re
from functools import cache

import docx

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_bytes_with_report
from knowledge.loader import parse_deck
from tests.unit import questioning
from tests.unit.questioning import imported_notes_text

APOLLO = """# The Apollo programme

## Why go to the Moon?

- Kennedy promised a crewed Moon landing in 1961, after Gagarin's orbit.
- Grissom, White and Chaffee died in the Apollo 1 fire (crewed flights resumed in October 1968).
- The Saturn V rocket first flew in 1967.
- Skylab used leftover Apollo hardware in 1973.

## Apollo 11 at a glance

| Point | Details |
| --- | --- |
| Launch site | Kennedy Space Center, Florida |
| Crew | Armstrong, Aldrin and Collins |
| Landing site | Sea of Tranquility |
| Time on the surface | 21.5 hours |
| Distance to the Moon | about 384,000 km |
| Rock brought back | 21.5 kg |
| Why it mattered | won the space race for the USA |
| Programme end | Apollo 17 landed in 1972 |

## The missions

| Mission | Commander | Result |
| --- | --- | --- |
| Apollo 8 | Frank Borman | first crewed orbit of the Moon |
| Apollo 10 | Thomas Stafford | dress rehearsal in lunar orbit |
| Apollo 11 | Neil Armstrong | first crewed Moon landing |
| Apollo 12 | Pete Conrad | second crewed Moon landing, beside Surveyor 3 |
| Apollo 13 | Jim Lovell | oxygen tank exploded, landing aborted |
"""


def _rock_cycle() -> bytes:
    document = docx.Document()
    document.add_paragraph("The rock cycle", style="Title")
    document.add_heading("Three kinds of rock", level=1)
    document.add_paragraph("Rocks change from one kind to another over millions of years.")
    kinds = document.add_table(rows=6, cols=3)
    rows = [
        ("Rock type", "How it forms", "Example"),
        ("Igneous", "molten rock cools and crystallises underground", "granite"),
        ("Extrusive igneous", "molten rock cools quickly at the surface", "basalt"),
        ("Sedimentary", "layers of sediment are compacted and cemented", "sandstone"),
        ("Metamorphic", "heat and pressure change rock without melting it", "marble"),
        ("Organic sedimentary", "shells of sea creatures build up on the sea bed", "chalk"),
    ]
    for index, row in enumerate(rows):
        for column, text in enumerate(row):
            kinds.cell(index, column).text = text
    document.add_heading("Granite", level=1)
    facts = document.add_table(rows=7, cols=2)
    pairs = [
        ("Detail", "Info"),
        ("Where it is found", "Dartmoor, Devon"),
        ("Crystal size", "5 mm"),
        ("Why crystals are big", "magma cooled slowly deep underground"),
        ("Main minerals", "quartz, feldspar and mica"),
        ("Age of Dartmoor granite", "about 280 million years"),
        ("Colour", "grey or pink speckled"),
    ]
    for index, (detail, info) in enumerate(pairs):
        facts.cell(index, 0).text = detail
        facts.cell(index, 1).text = info
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@cache
def _apollo() -> tuple[Question, ...]:
    deck = imported_notes_text(APOLLO, "apollo.md")
    return tuple(questioning.every_question(deck, range(4)))


@cache
def _rocks() -> tuple[Question, ...]:
    mapping = import_bytes_with_report(_rock_cycle(), "rock-cycle.docx").mapping
    deck = parse_deck(dump_deck(mapping), "rock-cycle.yaml")
    return tuple(questioning.every_question(deck, range(4)))


# The generic headers of the two decks, as a stem or a claim would word them.
_GENERIC_IN_STEM = re.compile(r"(?i)\b(?:the|its)\s+(?:details?|info|point)\b|“(?:Details|Info)”")


def _from_table(questions: tuple[Question, ...], column: str) -> list[Question]:
    return [q for q in questions if f"; {column}: " in q.source_fact]


def test_a_header_naming_no_kind_is_never_the_thing_asked() -> None:
    for questions, column in ((_apollo(), "Details"), (_rocks(), "Info")):
        asked = _from_table(questions, column)
        assert asked, column  # the table is still asked, by its rows' labels
        for question in asked:
            assert not _GENERIC_IN_STEM.search(question.prompt), question.prompt
            label = question.source_fact.split("; ")[0].split(": ", 1)[1]
            assert label in question.prompt, question.prompt


def test_a_generic_column_offers_no_wrong_cell_of_another_kind() -> None:
    """Under "Details" a place, a crew and a reason sit beside a distance: no choice or matching
    question puts them side by side; only figures of the key's own unit may be wrong options."""
    for questions, column in ((_apollo(), "Details"), (_rocks(), "Info")):
        for question in _from_table(questions, column):
            assert question.kind is not QuestionKind.MATCHING, question.prompt
            if question.kind is QuestionKind.CHOICE:
                assert all(re.search(r"\d", option) for option in question.options), question
            if question.kind is QuestionKind.TRUE_FALSE and question.answers == ("False",):
                shown = re.findall(r"“([^”]+)”", question.prompt)[0]
                assert re.search(r"\d", shown), question.prompt


def test_a_wrong_cell_sharing_the_keys_words_is_not_offered() -> None:
    """ "second crewed Moon landing" is no wrong result for Apollo 11 ("first crewed Moon
    landing"), nor "molten rock cools quickly" a wrong way for igneous rock to form."""
    cases = (
        (_apollo(), "first crewed Moon landing", "second crewed Moon landing"),
        (_apollo(), "second crewed Moon landing", "first crewed Moon landing"),
        (_rocks(), "molten rock cools and crystallises", "molten rock cools quickly"),
        (_rocks(), "molten rock cools quickly", "molten rock cools and crystallises"),
    )
    for questions, key, twin in cases:
        asked = [q for q in questions if key in q.source_fact and "; " in q.source_fact]
        assert asked, key
        for question in asked:
            if question.kind is QuestionKind.CHOICE:
                assert not any(twin in option for option in question.options), question
            if question.kind is QuestionKind.TRUE_FALSE:
                assert twin not in question.prompt, question.prompt
            if question.kind is QuestionKind.MATCHING:
                values = " | ".join(question.options)
                assert not (key in values and twin in values), question.prompt


def test_a_wrong_cell_is_still_offered_when_it_shares_nothing() -> None:
    """The rule leaves honest wrong options: Apollo 13's result is asked as a choice among the
    other missions' results."""
    choices = [
        q
        for q in _apollo()
        if q.kind is QuestionKind.CHOICE and "oxygen tank exploded" in q.answers[0]
    ]
    assert choices
    assert all(len(q.options) >= 3 for q in choices)


def test_a_chronology_never_shows_a_table_row_or_a_cut_bracket() -> None:
    orders = [
        q
        for questions in (_apollo(), _rocks())
        for q in questions
        if q.kind is QuestionKind.CHRONOLOGY
    ]
    assert orders  # the dated lines are still put in order
    for question in orders:
        for item in question.options:
            assert not re.search(r"\(\s*\)|\(\s|\s\)|Details:|Info:", item), item
            assert "resumed" not in item, item  # its year dates the aside, not the fire
