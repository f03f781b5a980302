"""Round 15's blind review (issue 14, class 2 of docs/quiz-review/15-findings.md): blanks on trivia,
labels or incidental words.

- the handout's title block ("Mrs _____'s set, Y11 - read alongside CGP p.112-131");
- a list's everyday category word ("_____: glasses, contact lenses, …" → treatments);
- one wording of a slash ("glands secreting hormones / _____" → chemicals);
- a key that is the notes' misspelling ("studying _____ with brain damage" → pateints);
- one item of a bare list ("Modern policing: _____, specialised units" → CCTV);
- a one-word aside in brackets ("banknotes (_____)" → traceable);
- the method's own numbers and a book's passage ("a _____ cm ruler" → 30, "repeat _____ times"
  → 3, "Psalm _____" → 51), while figures a teacher asks ("37 °C", "day 14") stay.

Each example is checked on the reviewed decks, and the rules on notes written here in other
subjects (physics, geography, history, religious studies).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question
from bot.questions._filters import blank_problem
from bot.questions._spans import Span, SpanKind
from bot.questions._trivia_blanks import misspelt
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

REVIEW = Path(__file__).parents[2] / "docs" / "quiz-review"
ASK_DATA = Path(__file__).parents[1] / "data" / "ask_eval10"
ASK_DATA5 = Path(__file__).parents[1] / "data" / "ask_eval5"
SEEDS = range(3)
BLANK = "_____"

PHYSICS = """PHYSICS PAPER 1 - ENERGY (topic 1) revision notes
Mr Hale's class, Y10 - read alongside the textbook p.20-41

1. SPECIFIC HEAT CAPACITY
  Specific heat capacity: the energy needed to raise the temperature of 1 kg of a substance by 1 °C
  - water has a high specific heat capacity of 4200 J/kg °C
  Required practical - heating a block:
    - place a thermometer in a 250 ml beaker of oil on top of the block
    - switch on the 12 V heater and record the temperature every minute
    - repeat 5 times and calculate a mean temperature rise

2. ENERGY RESOURCES
  Renewable resources are replenished as they are used
  Tidal barrages trap water at high tide (reliable) and release it through turbines
  Water boils at 100 °C at sea level
"""

CITIES = """# Urban issues and challenges (AQA GCSE Geography, Paper 2)

Section A + fieldwork (Lagos). Revise for mock on 3rd March!!

## Lagos case study
- Lagos is the largest city in Nigeria, with about 21 million people
- many people live in tenements (crowded) near the lagoon
- the poorest families live in lagoon shacks (unsanitary)
- Makoko: a slum of wooden houses built on stilts above the lagoon

## Urban change in the UK
- Bristol grew as a port on the River Avon
- regeneration of the docks at Harbourside brought cafes, flats and museums
- Cabot Circus, Temple Quarter

## Sustainable cities
- Freiburg in Germany has a tram network and solar-powered houses
"""

COLD_WAR = """# The Cold War

The Cold War was a stand-off between the USA and the USSR, with higher military spending.

## Berlin
- The Berlin Wall was built by East Germany in 1961 to stop people fleeing to the West
- Kennedy visited West Berlin in 1963 and gave his "Ich bin ein Berliner" speech

## Leaders
- Nikita Khrushchev, the Soviet leader, 1953–64
- Walter Ulbricht led East Germany when the Wall went up
"""

RELIGION = """# Christianity: practices

## Funerals
- Christians believe in life after death and the resurrection of the body
- the priest reads from the Bible at funerals (Psalm 23)
- the body is buried or cremated after a service in church
"""


def _notes(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


def _every(deck: Deck) -> list[Question]:
    return questioning.every_question(deck, SEEDS)


@pytest.fixture(scope="module")
def biology() -> list[Question]:
    return _every(questioning.imported_notes(REVIEW / "15-deckA.notes.txt"))


@pytest.fixture(scope="module")
def crime() -> list[Question]:
    return _every(questioning.imported_notes(REVIEW / "15-deckB.notes.md"))


def _blanked(questions: list[Question], stem: str) -> list[Question]:
    """The questions whose prompt holds `stem` (written with the blank)."""
    return [q for q in questions if stem in q.prompt]


def _quoting(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions if words in q.prompt or words in (q.source_fact or "")]


def test_the_handouts_title_block_is_not_asked(biology: list[Question]) -> None:
    """A43: "Mrs _____'s set, Y11 - read alongside CGP p.112-131" → Okafor (and Y11, CGP)."""
    assert not _quoting(biology, "Okafor")
    physics = _every(_notes(PHYSICS, "energy.txt"))
    assert not _quoting(physics, "Hale")
    assert not _quoting(physics, "p.20-41")
    # The subject's own lines are asked as before.
    assert _blanked(physics, f"capacity of {BLANK} J/kg")


def test_a_markdown_preamble_about_the_course_is_not_asked(crime: list[Question]) -> None:
    """The lines between a handout's title and its first heading, when one of them is about the
    sheet ("Revise for mock …"), are its header: the course's parts are not the subject."""
    assert not _quoting(crime, "Thematic study")
    cities = _every(_notes(CITIES, "urban.md"))
    assert not _quoting(cities, "fieldwork")
    assert not _quoting(cities, "mock")
    # An opening line that is the subject's is asked.
    cold_war = _every(_notes(COLD_WAR, "cold-war.md"))
    assert _quoting(cold_war, "stand-off between the USA")


def test_a_lists_everyday_category_word_is_not_blanked(biology: list[Question]) -> None:
    """A1: "_____: glasses, contact lenses, laser eye surgery, replacement lens" → treatments."""
    assert not [
        q
        for q in biology
        if q.prompt.endswith(
            f"{BLANK}: glasses, contact lenses, laser eye surgery, replacement lens"
        )
    ]
    line = "services: schools, clinics, piped water, electricity"
    assert blank_problem(line, Span(0, 8, "services", SpanKind.RARE_WORD)) is not None
    # A subject's word for the class is asked: "hormones" is no everyday word.
    line = "hormones: insulin, glucagon, adrenaline, thyroxine"
    assert blank_problem(line, Span(0, 8, "hormones", SpanKind.RARE_WORD)) is None


def test_one_wording_of_a_slash_is_not_blanked(biology: list[Question]) -> None:
    """A42: "glands secreting hormones / _____" → chemicals."""
    assert not _blanked(biology, f"hormones / {BLANK}")
    line = "burning waste / garbage pollutes the air around the markets"
    at = line.index("garbage")
    assert blank_problem(line, Span(at, at + 7, "garbage", SpanKind.RARE_WORD)) is not None
    # Two subject words a slash joins are two things: "the pill contains oestrogen/_____" stays.
    assert _blanked(biology, f"oestrogen/{BLANK}")


def test_a_misspelling_of_the_notes_is_no_key(biology: list[Question]) -> None:
    """A38: "studying _____ with brain damage" keyed "pateints"."""
    assert not [q for q in biology if "pateints" in q.answers]
    assert misspelt("pateints") and misspelt("vilages")
    assert misspelt("accomodation") and misspelt("recieved")
    # Subject words a dictionary lacks are no slip of a known word.
    assert not misspelt("gibberellins") and not misspelt("saltation") and not misspelt("tombolo")
    assert not misspelt("whodunnit")  # a spelling of its own beside "whodunit"


def test_one_item_of_a_bare_list_is_not_blanked(crime: list[Question]) -> None:
    """B56: "Modern policing: _____, specialised units" → CCTV."""
    assert not _blanked(crime, f"{BLANK}, specialised units")
    cities = _every(_notes(CITIES, "urban.md"))
    assert not _blanked(cities, f"{BLANK}, Temple Quarter")
    assert not _blanked(cities, f"Cabot Circus, {BLANK}")
    # Commas that say who a name is make no list: the name is asked.
    cold_war = _every(_notes(COLD_WAR, "cold-war.md"))
    assert _blanked(cold_war, f"{BLANK}, the Soviet leader")
    # Under a sub-heading ("effects:") the list is what the heading says it is, and asked.
    attachment = _every(
        questioning.imported_notes(ASK_DATA / "psychology_attachment" / "attachment_outline.txt")
    )
    assert _blanked(attachment, f"{BLANK}, low IQ, affectionless psychopathy")


def test_a_one_word_aside_in_brackets_is_not_blanked(crime: list[Question]) -> None:
    """B45: "banknotes (_____)" → traceable."""
    assert not _blanked(crime, f"banknotes ({BLANK})")
    cities = _every(_notes(CITIES, "urban.md"))
    assert not _blanked(cities, f"shacks ({BLANK})")
    # A rarer word in the bracket is the subject's own term for the word before: asked.
    memory = _every(
        questioning.imported_notes(ASK_DATA5 / "psychology_memory" / "memory_revision_outline.txt")
    )
    assert _blanked(memory, f"explicit ({BLANK})")
    # The word the aside is about is still asked.
    assert _blanked(cities, f"live in {BLANK} (crowded)") or _blanked(cities, f"live in {BLANK}")


def test_the_methods_own_numbers_are_not_asked(biology: list[Question]) -> None:
    """A3 "partner drops a _____ cm ruler" → 30; A18 "repeat _____ times" → 3."""
    assert not _blanked(biology, f"a {BLANK} cm ruler")
    assert not _blanked(biology, f"repeat {BLANK} times")
    assert not _quoting(biology, "drops a 20 cm ruler")  # nor swapped for a true/false
    physics = _every(_notes(PHYSICS, "energy.txt"))
    assert not _blanked(physics, f"repeat {BLANK} times")
    assert not _blanked(physics, f"a {BLANK} ml beaker")
    # Figures a teacher asks stay: body temperature, ovulation's day, a boiling point.
    assert _blanked(biology, f"approx {BLANK}°C")
    assert _blanked(biology, f"around day {BLANK}")
    assert _blanked(physics, f"boils at {BLANK} °C")


def test_a_passages_number_is_not_asked(crime: list[Question]) -> None:
    """B55: "neck verse – Psalm _____" → 51."""
    assert not _blanked(crime, f"Psalm {BLANK}")
    religion = _every(_notes(RELIGION, "christianity.md"))
    assert not _blanked(religion, f"Psalm {BLANK}")
