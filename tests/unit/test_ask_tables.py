"""/ask on notes kept in tables: a cell that spells out an acronym answers "what does X stand for".

The importer writes a Markdown table row as its cells, "label: value", joined by "; ". A row
labelled "Stands for" under the column heads "ATP" and "ADP" gives "ATP: Adenosine Triphosphate";
a table with a column of acronyms and a column of full names gives "Molecule: NAD; Full name:
Nicotinamide Adenine Dinucleotide". Both are expansions, when the initials agree letter for
letter ("ATP: used for muscle contraction" spells nothing). An acronym spelt like a stop word
("WHO (World Health Organisation)") is found by its expansion's words.

The decks are written here in subjects of their own; what is asserted is what `studybot ask
QUESTION --json --deck PATH` shows (status, topic, text) or the line the reply leads with.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.explain import answer_question
from knowledge.search._spans import expansion_pairs
from tests.unit.asking import ask_json, imported, lead_of

RESPIRATION = """# Respiration and energy

## Energy carriers

| | ATP | ADP |
|---|---|---|
| Stands for | Adenosine Triphosphate | Adenosine Diphosphate |
| Phosphate groups | three | two |
| Job | releases energy for muscle contraction and active transport | picks up a phosphate to be recharged |

## Electron carriers

| Molecule | Full name | Where it is reduced |
|---|---|---|
| NAD | Nicotinamide Adenine Dinucleotide | glycolysis and the Krebs cycle |
| FAD | Flavin Adenine Dinucleotide | the Krebs cycle only |

- Reduced NAD carries hydrogen to the electron transport chain on the inner membrane.

## Public health

- Tuberculosis vaccine (BCG) given to babies in high-risk areas.
- Targets for cutting obesity are set by the WHO (World Health Organization) every ten years.
"""


def _ask(question: str) -> str:
    deck, index = imported(RESPIRATION, "markdown", "respiration.md")
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what does atp stand for", "Adenosine Triphosphate"),
        ("What does ADP stand for?", "Adenosine Diphosphate"),
        ("whats nad short for", "Nicotinamide Adenine Dinucleotide"),
        ("what does FAD stand for?", "Flavin Adenine Dinucleotide"),
        ("what does who stand for", "World Health Organization"),
    ],
)
def test_a_table_cell_or_bracket_spelling_out_an_acronym_answers_stand_for(
    question: str, expected: str
) -> None:
    assert expected in _ask(question)


def test_a_cell_whose_words_do_not_spell_the_acronym_is_no_expansion() -> None:
    assert expansion_pairs("Job; ATP: releases energy for muscle contraction; ADP: picks up") == []
    assert expansion_pairs(
        "Stands for; ATP: Adenosine Triphosphate; ADP: Adenosine Diphosphate"
    ) == [
        ("atp", "Adenosine Triphosphate"),
        ("adp", "Adenosine Diphosphate"),
    ]
    assert expansion_pairs("Molecule: NAD; Full name: Nicotinamide Adenine Dinucleotide") == [
        ("nad", "Nicotinamide Adenine Dinucleotide")
    ]


def test_an_acronym_the_table_never_spells_out_is_not_in_these_notes() -> None:
    deck, index = imported(RESPIRATION, "markdown", "respiration.md")
    assert answer_question(deck, index, "what does bcg stand for").status == "none"


def test_studybot_ask_json_answers_stand_for_from_a_table(tmp_path: Path) -> None:
    notes = tmp_path / "respiration.md"
    notes.write_text(RESPIRATION, encoding="utf-8")
    payload = ask_json("what does nad stand for?", notes)
    assert payload["status"] == "answer"
    assert payload["topic"] == "Electron carriers"
    assert "Nicotinamide Adenine Dinucleotide" in payload["text"].splitlines()[0]
