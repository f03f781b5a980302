"""Teachers' workbooks laid out as notes, not as a bare glossary (`sheet_layout`): title lines
above the table, a "#" or "Ref" column numbering the rows, a "Section" column or band rows
grouping them, one column of notes, a date column, a figure with its unit, a tick column. Before,
every row was read as "first cell = second cell", so row numbers became terms ("64 = Notes: …")
and quiz answers, and figures became definitions ("Which term means: '30'?").

The workbooks are written here with openpyxl and odfpy, in a subject of their own (clouds and
weather), as a teacher lays them out."""

from __future__ import annotations

import io
from typing import Any

from knowledge.importers import import_bytes_with_report
from knowledge.search._lemma import is_dictionary_word


def _book(sheets: dict[str, list[list[Any]]]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    first = True
    for title, rows in sheets.items():
        sheet = book.active if first else book.create_sheet(title)
        assert sheet is not None
        sheet.title = title
        first = False
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


NOTES: list[list[Any]] = [
    ["Clouds and weather - revision notes"],
    ["Year 9 Geography | Mr P. Okafor | updated Nov 2026"],
    ["Clouds are made of tiny water droplets or ice crystals."],
    ["Enquiry question: How do clouds form?"],
    [],
    ["#", "Section", "Note"],
    ["1. How clouds form"],
    [1, "How clouds form", "Air cools as it rises, and its water vapour condenses on dust."],
    [2, "How clouds form", "The dew point is the temperature at which the air is saturated."],
    [3, "How clouds form", "Relief rain falls when moist air is forced up over hills."],
    ["2. Cloud types"],
    [4, "Cloud types", "Cirrus clouds are thin wisps of ice crystals high in the sky."],
    [5, "Cloud types", "Cumulonimbus clouds bring thunderstorms and hail."],
    [6, "Cloud types", "Stratus clouds form a grey layer that may give drizzle."],
]
TIMELINE: list[list[Any]] = [
    ["Date", "Event"],
    ["1802", "Luke Howard names cirrus, cumulus and stratus"],
    ["1896", "The first International Cloud Atlas is published"],
    ["2017", "The atlas goes online and adds asperitas"],
]
NUMBERS: list[list[Any]] = [
    ["What", "Figure", "Unit"],
    ["Height of cirrus clouds", 6000, "m"],
    ["Water in a small cumulus cloud", 500, "tonnes"],
    ["Cloud genera in the atlas", 10, None],
]
TERMS: list[list[Any]] = [
    ["Ref", "Term", "Meaning", "Learnt?"],
    ["K1", "Condensation", "water vapour turning into liquid water", "✓"],
    ["K2", "Precipitation", "water falling from clouds as rain, sleet, snow or hail", None],
    ["K3", "Humidity", "the amount of water vapour in the air", "✓"],
]


def _imported() -> dict[str, Any]:
    data = _book({"Notes": NOTES, "Timeline": TIMELINE, "Numbers": NUMBERS, "Terms": TERMS})
    mapping: dict[str, Any] = import_bytes_with_report(data, "clouds.xlsx").mapping
    return mapping


def _topic(mapping: dict[str, Any], title: str) -> dict[str, Any]:
    return next(topic for topic in mapping["topics"] if topic["title"] == title)


def test_row_numbers_are_left_out_and_a_section_column_makes_subtopics() -> None:
    notes = _topic(_imported(), "Notes")
    assert [sub["title"] for sub in notes["subtopics"]] == ["How clouds form", "Cloud types"]
    assert notes["subtopics"][1]["facts"] == [
        "Cirrus clouds are thin wisps of ice crystals high in the sky.",
        "Cumulonimbus clouds bring thunderstorms and hail.",
        "Stratus clouds form a grey layer that may give drizzle.",
    ]
    everything = str(notes)
    assert "1 =" not in everything and "Year 9 Geography" not in everything
    assert "Enquiry question" not in everything  # a question above the table is not a note
    assert notes["facts"] == ["Clouds are made of tiny water droplets or ice crystals."]


def test_dates_and_figures_are_statements_not_terms() -> None:
    mapping = _imported()
    assert _topic(mapping, "Timeline")["facts"][0] == (
        "1802: Luke Howard names cirrus, cumulus and stratus"
    )
    assert _topic(mapping, "Numbers")["facts"] == [
        "Height of cirrus clouds: 6000 m",
        "Water in a small cumulus cloud: 500 tonnes",
        "Cloud genera in the atlas: 10",
    ]
    terms = {term["term"] for term in mapping["terms"]}
    assert terms == {"Condensation", "Precipitation", "Humidity"}


def test_a_reference_column_and_a_tick_column_stay_out_of_the_terms() -> None:
    mapping = _imported()
    terms = {term["term"]: term["definition"] for term in mapping["terms"]}
    assert terms["Humidity"] == "the amount of water vapour in the air"
    assert not any("✓" in fact or "K1" in fact for fact in _topic(mapping, "Terms")["facts"])


def test_a_section_band_without_a_section_column_heads_its_rows() -> None:
    rows: list[list[Any]] = [
        ["No.", "Note", "Example"],
        ["A. Fronts"],
        [1, "A warm front brings steady rain.", "nimbostratus"],
        [2, "A cold front brings heavy showers.", "cumulonimbus"],
        ["B. Highs"],
        [3, "An anticyclone brings settled weather.", "clear skies"],
    ]
    mapping: dict[str, Any] = import_bytes_with_report(
        _book({"Sheet1": rows}), "weather.xlsx"
    ).mapping
    assert [topic["title"] for topic in mapping["topics"]] == ["Fronts", "Highs"]
    assert mapping["topics"][1]["facts"] == [
        "An anticyclone brings settled weather.; Example: clear skies"
    ]


def test_a_plain_glossary_is_read_as_before() -> None:
    rows: list[list[Any]] = [
        ["Term", "Definition"],
        ["Isobar", "a line joining places of equal pressure"],
    ]
    mapping: dict[str, Any] = import_bytes_with_report(
        _book({"Sheet1": rows}), "isobars.xlsx"
    ).mapping
    assert [(term["term"], term["definition"]) for term in mapping["terms"]] == [
        ("Isobar", "a line joining places of equal pressure")
    ]


def test_a_token_that_folds_to_nothing_is_no_dictionary_word() -> None:
    assert is_dictionary_word("") is False  # the lemmatizer raises on ""; a ✓ key folds to it


def _terms(rows: list[list[Any]]) -> dict[str, str]:
    mapping: dict[str, Any] = import_bytes_with_report(
        _book({"Sheet1": rows}), "terms.xlsx"
    ).mapping
    return {term["term"]: term["definition"] for term in mapping["terms"]}


def test_codes_acts_and_answers_are_what_the_sheet_teaches() -> None:
    """What the layouts must not take: a "Code" column is the terms (E-numbers), a term with a
    year in it is no date, "Yes"/"False" under "Answer" are answers, not ticks, and a first
    row naming one role ("Area | length × width") is a glossary's first card, not a header."""
    codes = _terms(
        [["Code", "Meaning"], ["E100", "curcumin, a yellow colouring"], ["E300", "ascorbic acid"]]
    )
    assert codes["E100"] == "curcumin, a yellow colouring" and codes["E300"] == "ascorbic acid"
    acts = _terms(
        [
            ["Term", "Definition"],
            ["Factory Act 1833", "banned children under 9 from working in textile mills"],
            ["Reform Act 1832", "gave the vote to more middle-class men"],
        ]
    )
    assert set(acts) == {"Factory Act 1833", "Reform Act 1832"}
    rows: list[list[Any]] = [
        ["Question", "Answer"],
        ["Is fog a cloud?", "Yes"],
        ["Is hail rain?", "No"],
    ]
    mapping: dict[str, Any] = import_bytes_with_report(_book({"Sheet1": rows}), "fog.xlsx").mapping
    assert [(q["question"], q["answers"]) for q in mapping["questions"]] == [
        ("Is fog a cloud?", ["Yes"]),
        ("Is hail rain?", ["No"]),
    ]
    first = _terms([["Area", "length × width"], ["Perimeter", "the distance around a shape"]])
    assert set(first) == {"Area", "Perimeter"}
