"""Jupyter notebooks (.ipynb): Markdown cells read as Markdown notes, code and outputs left out
(never run), prose comments of code cells kept under their heading; broken, deeply nested or huge
JSON refused clearly. Notebooks written here, in two subjects."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from knowledge.importers import DeckImportError, dump_deck, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import (
    SAMPLES,
    children,
    facts,
    load,
    questions,
    quiz_sample,
    written,
)

RINGS = SAMPLES / "dendrochronology.ipynb"

NOISE = re.compile(
    r"import |pd\.|plt\.|widths\[|widths\.w|print\(|Figure size|NameError|Traceback|image/png|iVBOR|"
    r"execution_count|kernelspec|newpage|<div|</?b>|attachment:|%matplotlib|\bplot\b"
)


def _notebook(cells: list[Any], language: str = "python") -> str:
    return json.dumps(
        {
            "cells": cells,
            "metadata": {"kernelspec": {"name": language, "language": language}},
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


def _md(text: str) -> dict[str, Any]:
    return {"cell_type": "markdown", "metadata": {}, "source": text.splitlines(keepends=True)}


def _code(text: str) -> dict[str, Any]:
    return {"cell_type": "code", "metadata": {}, "outputs": [], "source": text}


# Second subject: a short R notebook on typeface anatomy.
TYPE = _notebook(
    [
        _md("# Typography\n\n## Anatomy of a letter\n"),
        _md(
            "- The **baseline** is the line letters sit on.\n- **x-height**: the height of a "
            "lower-case x\n    - it makes a typeface look larger or smaller at one size\n"
        ),
        _code(
            "# Serifs are the small strokes at the ends of a letter's main lines.\n"
            "df <- read.csv('fonts.csv')\n# helper\n"
        ),
        _md("## Classification\n\n- Garamond is an old-style serif typeface.\n"),
    ],
    language="R",
)


def _deck(text: str, name: str = "type.ipynb") -> Deck:
    return parse_deck(dump_deck(import_text(text, format="notebook", source_name=name)), name)


def test_markdown_cells_make_the_topics_and_lines() -> None:
    deck = load("dendrochronology.ipynb")
    assert deck.title == "Dendrochronology: dating with tree rings"
    roots = [topic.title for topic in deck.roots()]
    assert roots[1:] == [
        "What a tree ring is",
        "Collecting samples",
        "Cross-dating",
        "Uses of dendrochronology",
        "Limits of the method",
    ]
    assert children(deck, "Uses of dendrochronology") == ["Oldest trees"]
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert groups["The Irish oak chronology reaches back more than 7,000 years."] == (
        "A master chronology is a long sequence built by overlapping samples of different ages."
    )
    assert "Use: Dating art; Example: oak panels of Flemish paintings" in facts(
        deck, "Uses of dendrochronology"
    )
    assert {term.term for term in deck.terms} >= {"Earlywood", "Heartwood", "Pith"}


def test_code_outputs_and_metadata_are_left_out_but_prose_comments_kept() -> None:
    deck = load("dendrochronology.ipynb")
    shown = written(deck)
    assert [line for line in shown if NOISE.search(line)] == []
    cross = facts(deck, "Cross-dating")
    # A comment written as sentences teaches: it stays under the heading above its cell.
    assert (
        "A narrow ring means the tree grew less that year, usually because of drought or cold."
        in cross
    )
    # Labels ("Import the libraries we need", "plot") and commented-out code do not.
    assert not any("libraries" in line or "set_ylim" in line for line in shown)
    report = import_file_with_report(RINGS).report
    assert report.detected["left out"] == "5 code cells and their outputs, 1 prose comment kept"
    assert report.warnings == ["1 raw cell left out"]


def test_a_second_subject_in_another_language() -> None:
    deck = _deck(TYPE)
    assert deck.title == "Typography"
    anatomy = facts(deck, "Anatomy of a letter")
    assert "Serifs are the small strokes at the ends of a letter's main lines." in anatomy
    assert not any("read.csv" in line or "helper" in line for line in written(deck))
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    assert "x-height" in str(groups["it makes a typeface look larger or smaller at one size"])


def test_ask_answers_from_a_nested_line() -> None:
    reply = ask_json("How far back does the Irish oak chronology go?", RINGS)
    assert reply["status"] == "answer"
    assert "7,000 years" in reply["text"]


def test_quiz_sample_asks_sound_questions() -> None:
    asked = questions(quiz_sample(RINGS))
    # The notebook's markdown cells hold 37 lines; with "which topic" questions no longer drawn
    # they give 13 distinct questions (16 with them): most lines are asked, none from code cells.
    assert len(asked) >= 12
    assert [question for question in asked if NOISE.search(question)] == []


def test_a_notebook_sent_under_another_name_is_read_as_one(tmp_path: Path) -> None:
    text = RINGS.read_text(encoding="utf-8")
    assert guess_format("rings.json", text) == "notebook"
    path = tmp_path / "rings.txt"
    path.write_text(text, encoding="utf-8")
    assert import_file_with_report(path).report.name == "notebook"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('{"cells": [', "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"cells": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('"just a string"', "not a Jupyter notebook"),
        ('{"nbformat": 4, "metadata": {}}', "has no cells"),
        (_notebook([_code("import os\nos.system('rm -rf /')\n")]), "only code"),
        (_notebook([{"cell_type": "markdown"}, 7, None]), "only code"),
        (json.dumps({"cells": [_md("x")] * 20_001, "nbformat": 4}), "more than 20,000 cells"),
    ],
)
def test_broken_or_hostile_notebooks_are_refused_clearly(text: str, said: str) -> None:
    with pytest.raises(DeckImportError, match=re.escape(said)):
        import_text(text, format="notebook", source_name="bad.ipynb")


def test_nbformat_3_worksheets_are_read() -> None:
    old = json.dumps(
        {
            "worksheets": [
                {"cells": [_md("# Glass\n\n## Kilns\n\n- Annealing cools glass slowly.\n")]}
            ],
            "nbformat": 3,
        }
    )
    deck = _deck(old, "glass.ipynb")
    assert "Annealing cools glass slowly." in facts(deck, "Kilns")
