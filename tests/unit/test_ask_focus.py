"""/ask says "not in these notes" when the thing asked about is not what the nearby figure is of.

Unanswerable questions used to be answered with a figure or name from a line nearby: a count
taken from "Act 3" or from the end of a span of years ("1853-56"), a stopping distance at 70 mph
for one asked at 50 mph, the total distance for one asked about thinking distance. Now:

- a number naming a part ("Act 3", "Stage 2", "Year 10", "ch. 5") is no quantity;
- the short end of a span of years ("1853-56") is part of the years, not a count;
- a figure the question gives with a unit ("at 50 mph", "in 12 hours") must be in the answer's
  context;
- the words naming which measure is asked ("the *death* rate in Niger") must be there too;
- "when did it start?" is not answered by "finished by 1869", nor "when did it end?" by "began in
  1848";
- "what wood …?", "which port …?" want a line that names that kind of thing;
- "how old …?" wants an age ("aged 27", "a 12-year-old", "about thirty"), not "£17,000".

The decks are written here in subjects of their own; what is asserted is what `studybot ask
QUESTION --json --deck PATH` would report: the status, and the fact an answer leads with.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.explain import answer_question
from knowledge.search._spans import find_spans, measured_numbers
from tests.unit.asking import ask_json, imported, lead_of

CRIMEA = """# The Crimean War and army medicine

## The war

- The Crimean War (1853-56) was fought by Britain, France and the Ottoman Empire against Russia.
- Mary Seacole ran the British Hotel near Balaclava for sick and wounded officers.
- Stage 2 of the siege of Sevastopol lasted through the winter.
"""

PLAY = """# An Inspector Calls – plot summary

## Plot by act

- Act 1 – the Birlings celebrate Sheila's engagement; the Inspector arrives.
- Act 3 – Eric confesses; the family learn the Inspector may not be real.
- Act 2 – Sheila admits she had Eva sacked from Milwards.
"""

SUBSTANCES = """# Properties of substances

## Ethanol

- Boiling point of ethanol: 78 °C
- Ethanol burns in air with a clean blue flame.

## Water

- Melting point of ice: 0 °C; it expands as it freezes.
- Rain in the Lake District: 316 mm fell in 24 hours at Seathwaite in 2009.

## Population

- Niger has one of the highest birth rates in the world: 45 per 1,000 people a year.
- Its death rate has fallen since 1990 as vaccination spread.

## Sound

- The speed of sound in air at 20 °C is about 343 m/s.
- Sound travels faster in solids than in gases.
"""


COMPUTING = """# Early computing

## Babbage and Lovelace

- Charles Babbage designed the Difference Engine; the government spent £17,000 on it.
- Ada Lovelace, aged 27, published the first program for the Analytical Engine in 1843.
"""


CANALS = """# Canals and railways

## The Suez Canal

- Ferdinand de Lesseps led the French company that dug the canal.
- The canal was largely finished by 1869, cutting the route to India by 7,000 km.
"""


SHIPS = """# Henry VIII's navy

## The Mary Rose

- The Mary Rose was built in Portsmouth in 1510 and refitted in 1536.
- In 1545 the fleet sailed out of the port of Portsmouth to meet the French.
- She sank in the Solent with about 500 men aboard; around 35 survived.
- Her bronze guns were cast by the king's gun-founders.

## Finds

- Divers raised the hull in 1982; the wood is kept wet in a museum in Portsmouth.
"""


def _ask(notes: str, question: str) -> tuple[str, str | None]:
    deck, index = imported(notes, "markdown", "notes.md")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_a_number_naming_a_part_is_no_quantity() -> None:
    text = "Act 3 – Eric confesses; Stage 2 lasted; Year 10 notes; 3 acts"
    numbers = [
        text[start:end]
        for kind, start, end in find_spans(text, frozenset(), frozenset())
        if kind == "number"
    ]
    assert numbers == ["3"]  # only "3 acts" counts


def test_the_end_of_a_span_of_years_is_part_of_the_years() -> None:
    text = "The Crimean War (1853-56) was fought"
    kinds = [
        (kind, text[start:end]) for kind, start, end in find_spans(text, frozenset(), frozenset())
    ]
    assert ("year", "1853-56") in kinds
    assert not any(kind == "number" for kind, _ in kinds)


@pytest.mark.parametrize(
    ("notes", "question"),
    [
        (CRIMEA, "how many soldiers fought in the crimean war"),  # not "56" of "1853-56"
        (PLAY, "how many girls did eric confess to"),  # not "3" of "Act 3"
        (SUBSTANCES, "how much rain fell in 12 hours at seathwaite"),  # the notes give 24 hours
        (SUBSTANCES, "what is the death rate in niger"),  # the notes give the birth rate
        (SUBSTANCES, "what is the growth rate in niger"),  # a rate the notes never name
        (COMPUTING, "how old was charles babbage when he designed the difference engine"),
        (CANALS, "when did they start digging the suez canal"),  # the notes give its end
        (SHIPS, "what wood was the mary rose built from"),  # the line names no wood
    ],
)
def test_a_figure_nearby_is_not_the_answer(notes: str, question: str) -> None:
    status, lead = _ask(notes, question)
    assert status == "none", lead


@pytest.mark.parametrize(
    ("notes", "question", "expected"),
    [
        (CRIMEA, "when was the crimean war", "(1853-56)"),
        (SUBSTANCES, "what is the speed of sound in air at 20 °C", "343 m/s"),
        (SUBSTANCES, "how much rain fell in 24 hours at seathwaite", "316 mm"),
        (SUBSTANCES, "what is the birth rate in niger", "45 per 1,000"),
        (PLAY, "what happens in act 2", "Sheila admits"),
        (COMPUTING, "how old was ada lovelace when she published her program", "aged 27"),
        (CANALS, "when was the suez canal finished", "1869"),
        (SHIPS, "which port did the fleet sail from in 1545", "port of Portsmouth"),
        (
            SHIPS,
            "what metal were her guns made of",
            "bronze",
        ),  # an instance, the notes never say metal
    ],
)
def test_the_figure_of_what_is_asked_is_still_given(
    notes: str, question: str, expected: str
) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert expected in lead_of(answer_question(deck, index, question))


def test_figures_given_with_a_unit_are_constraints() -> None:
    assert measured_numbers("what is the stopping distance at 50 mph") == {"50"}
    assert measured_numbers("what were the 4 humours") == set()
    assert measured_numbers("what happened in 1066") == set()


def test_studybot_ask_json_says_not_in_these_notes_for_a_figure_of_something_else(
    tmp_path: Path,
) -> None:
    notes = tmp_path / "substances.md"
    notes.write_text(SUBSTANCES, encoding="utf-8")
    payload = ask_json("what is the death rate in niger?", notes)
    assert payload["status"] == "none"
    assert payload["topic"] is None
    assert "not in these notes" in payload["text"]
