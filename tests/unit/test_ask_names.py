"""/ask when the question and the notes name things differently: a name given in full that the
notes go on to call by its last word, an acronym the notes only spell out, a title carrying a year
the question leaves off, "after"/"before" in the question, a kind of thing the notes never name
although they name other kinds of it, and a date asked of an event the notes never mention for
the people they do name.

Each class is checked on notes of other subjects written here, imported the way
`studybot ask --deck notes.txt` reads them; what is asserted is what the student reads.
"""

from __future__ import annotations

import pytest

from bot.explain import Asked, answer_question
from knowledge.model import Deck
from knowledge.search import DeckIndex
from tests.unit.asking import imported, indexed, lead_of

MUSIC = """Popular music since 1960

• The Beatles
    - Formed in Liverpool in 1960 by John Lennon and Paul McCartney
    - Their first number one was Please Please Me in 1963
    - Lennon was shot dead in New York on 8 December 1980 by Mark Chapman
    - Fans held candlelit vigils around the world after his death

• Punk
    - The Sex Pistols released Anarchy in the UK in 1976
    - Punk bands played short, fast songs with simple chords
"""

TECHNOLOGY = """# Farming and technology

## Crops
- Genetically modified organisms are used to grow crops that resist pests
- Combine harvesters cut and thresh wheat in one pass

## Energy
- Anaerobic digestion turns farm waste into biogas
- Solar panels on barns cut electricity bills
"""

NEW_DEAL = """The USA 1929-1945

• The New Deal
    - Launched by Franklin Delano Roosevelt after he became president in 1933
    - Roosevelt died in office on 12 April 1945 at Warm Springs, Georgia
    - Harry Truman took over as president after his death
    - The Tennessee Valley Authority built dams to bring jobs and electricity
"""

SMOG = """
deck: {id: pollution, title: Pollution in Britain}
topics:
  - id: clean-air-act
    title: Clean Air Act 1956
    facts:
      - Banned black smoke from chimneys in towns and cities
      - group: Passed because
        facts:
          - The Great Smog of 1952 built public support for a clean air law
          - Doctors linked the smog to 4,000 deaths
  - id: rivers
    title: River pollution
    facts:
      - Sewage was dumped straight into the Thames until the 1860s
  - id: petrol
    title: Leaded petrol
    facts:
      - Leaded petrol was banned in the UK in 2000
"""

VOLCANOES = """Volcano types

• Shapes
    - Shield volcanoes have gentle slopes and runny lava
    - Composite volcanoes are steep-sided, with layers of ash and lava
    - A dormant volcano has not erupted for a long time but may erupt again
    - Shield volcanoes form at constructive plate margins
"""


def _deck(text: str, format: str) -> tuple[Deck, DeckIndex]:
    if format == "yaml":
        return indexed(text)
    return imported(text, format, f"notes.{'md' if format == 'markdown' else 'txt'}")


def ask(text: str, format: str, question: str) -> Asked:
    deck, index = _deck(text, format)
    return answer_question(deck, index, question)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        # named in full once, then by the last word of the name
        ("who killed John Lennon?", "Mark Chapman"),
        ("when was John Lennon shot?", "8 December 1980"),
        # "after …": the line that says what came after
        ("what happened after John Lennon's death?", "Fans held candlelit vigils"),
        ("who formed the Beatles?", "John Lennon and Paul McCartney"),
    ],
)
def test_a_name_in_full_finds_the_line_using_its_last_word(question: str, lead: str) -> None:
    assert lead in lead_of(ask(MUSIC, "outline", question))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when did Franklin Delano Roosevelt die?", "12 April 1945"),
        ("what happened after Franklin Delano Roosevelt's death?", "Harry Truman took over"),
        ("who took over after Roosevelt died?", "Harry Truman"),
        ("wen did roosvelt die", "12 April 1945"),  # misspelt, the question word too
    ],
)
def test_a_name_of_three_words_is_met_by_its_last(question: str, lead: str) -> None:
    assert lead in lead_of(ask(NEW_DEAL, "outline", question))


def test_another_person_of_the_same_surname_is_not_in_the_notes() -> None:
    assert ask(NEW_DEAL, "outline", "when did Theodore Roosevelt die?").status == "none"


@pytest.mark.parametrize(
    "question",
    ["when did Paul McCartney die?", "when did the Sex Pistols split up?"],
)
def test_a_date_of_something_else_that_happened_to_them_is_no_answer(question: str) -> None:
    # The notes name them, with a date, but say nothing of that event.
    assert ask(MUSIC, "outline", question).status == "none"


def test_a_date_of_what_the_question_asks_is_still_the_answer() -> None:
    lead = lead_of(ask(MUSIC, "outline", "when did the Sex Pistols release Anarchy in the UK?"))
    assert "1976" in lead


def test_a_name_the_notes_never_use_is_still_not_in_the_notes() -> None:
    # "John" is in the notes, "John Peel" is not
    assert ask(MUSIC, "outline", "who was John Peel?").status == "none"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what are GMOs used for?", "Genetically modified organisms"),
        ("what are gmos used for", "Genetically modified organisms"),  # typed in lower case
        ("what does a GMO crop resist?", "Genetically modified organisms"),
    ],
)
def test_an_acronym_the_notes_only_spell_out(question: str, lead: str) -> None:
    assert lead in lead_of(ask(TECHNOLOGY, "markdown", question))


def test_an_acronym_spelt_out_nowhere_is_not_in_the_notes() -> None:
    assert ask(TECHNOLOGY, "markdown", "what does the EU pay farmers?").status == "none"


def test_a_title_with_a_year_is_named_without_it() -> None:
    # The line repeating "clean air" is not the answer for repeating the title's words.
    lead = lead_of(ask(SMOG, "yaml", "what did the Clean Air Act ban?"))
    assert lead.startswith("Banned black smoke")


@pytest.mark.parametrize(
    "question",
    [
        "how do mud volcanoes form at plate margins?",
        "how do mud volcanoes form?",
        "how do fissure volcanoes erupt?",
    ],
)
def test_a_kind_the_notes_do_not_list_is_not_in_the_notes(question: str) -> None:
    assert ask(VOLCANOES, "outline", question).status == "none"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how do shield volcanoes form?", "Shield volcanoes form at constructive"),
        ("what are composite volcanoes like?", "Composite volcanoes are steep-sided"),
        ("what do sheild volcanos look like", "Shield volcanoes have gentle slopes"),
        ("what is a dormant volcano?", "A dormant volcano has not erupted"),
    ],
)
def test_a_kind_the_notes_list_is_answered(question: str, lead: str) -> None:
    assert lead in lead_of(ask(VOLCANOES, "outline", question))
