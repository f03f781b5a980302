"""Session 23, quiz: the classes round 25 found, each checked on what a student is shown.

Notes here are small decks in three subjects (meteorites, the Inca Empire, glassblowing) written
for these tests in the styles the review decks use: an indented outline with "Label: text" lines
and measurements in two units, a Markdown page, and headings over lead-in lists.
"""

from __future__ import annotations

import re

import pytest

from bot.questions import QuestionGenerator, QuestionKind
from bot.questions._model import BLANK, Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(6)


def _deck(text: str, fmt: str = "outline") -> Deck:
    mapping = import_text(
        text, source_name=f"notes.{'md' if fmt == 'markdown' else 'txt'}", format=fmt
    )
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _false_statements(questions: list[Question]) -> list[str]:
    return [
        q.prompt for q in questions if q.kind is QuestionKind.TRUE_FALSE and q.answers == ("False",)
    ]


# --- 1. A measurement in two units is asked once, never as a conversion -------------------------

PAIRS = """SPACE ROCKS AND INCA ROADS

1. IMPACTS
  - Barringer Crater - about 1.2 km (0.75 miles) wide and 170 m (560 ft) deep.
  - Chicxulub: a crater about 180 km (110 miles) wide.
  - Sylacauga stone: 4 kg (8.5 lb), through a roof in 1954.
  - Tunguska: trees flattened over 2,150 km2 (830 sq miles) in 1908.

2. ROADS AND GLASS
  - Length of the Qhapaq Ñan: about 40,000 km (25,000 miles) from end to end.
  - Chasqui relay: about 240 km (150 miles) in a day.
  - Furnace - about 1,100 °C (2,000 °F) day and night.
  - A blowpipe is a steel tube 1,500 mm long x 25 mm wide (59 in x 1 in).
"""

# A blank inside a bracket after a measurement: "(_____ miles)", "(c. _____ ft)".
_BLANK_IN_CONVERSION = re.compile(r"\([^()]*" + re.escape(BLANK) + r"[^()]*\)")


# A short section of such lines: each bracket's figure is a blank a quiz could draw.
ROADS = """INCA ROADS

1. FACTS
  - Chasqui relay: about 240 km (150 miles) in a day.
  - Length of the Qhapaq Ñan: about 40,000 km (25,000 miles) from end to end.
"""


@pytest.mark.parametrize("notes", [PAIRS, ROADS])
def test_no_blank_asks_for_the_conversion_of_a_figure_beside_it(notes: str) -> None:
    asked = every_question(_deck(notes), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)

    assert asked
    blanked = [q.prompt for q in asked if BLANK in q.prompt]
    assert not [p for p in blanked if _BLANK_IN_CONVERSION.search(p)]
    # the first figure may be asked, with the bracket converting it left out of the stem
    firsts = [p for p in blanked if _BLANK_THEN_UNIT.search(p)]
    assert firsts
    assert not [p for p in firsts if _BLANK_THEN_CONVERSION.search(p)]
    # "1,500 mm long x _____ mm wide (59 in x 1 in)": the bracket converts both figures
    assert not [p for p in blanked if "blowpipe" in p and "(59 in" in p]


_BLANK_THEN_UNIT = re.compile(re.escape(BLANK) + r"\s?(?:km2|km|kg|°C|mm|m)\b")
_BLANK_THEN_CONVERSION = re.compile(
    re.escape(BLANK) + r"\s?(?:km2|km|kg|°C|mm|m)\b[^;()\d]*\(\s*(?:c\.\s*)?\d"
)


def test_a_false_statement_never_changes_one_figure_of_a_pair() -> None:
    deck = _deck(PAIRS)
    lines = " ".join(f.text for t in deck.topics for f in t.facts)
    shown = _false_statements(every_question(deck, SEEDS, QuestionKind.TRUE_FALSE))

    assert shown
    for prompt in shown:
        for pair in _PAIR.findall(prompt):
            assert pair in lines, prompt  # both figures as the notes give them


_PAIR = re.compile(r"[\d,.]+\s?(?:km2|km|kg|°C|mm|m)\s*\([\d,.]+\s?[^()\d]{1,10}\)")


# --- 2. "Label: text" lines that are no term and its meaning ---------------------------------------

LABELS = """PANAMA AND SPACE ROCKS

1. THE CANAL
  - Oddity: the Pacific end is further east than the Atlantic end.
  - Prestige: the French had already built the Suez Canal.
  - Boosted US naval power: fleets could move quickly between the oceans.
  - Malaria: spread by Anopheles mosquitoes.
  - Lock: a chamber with gates that raises or lowers ships.
  - Spillway: a channel that carries surplus water past a dam.

2. FAMOUS FALLS
  - Hoba (Namibia, found 1920): the largest known meteorite, an iron of about 60 tonnes.
  - Ensisheim (France, 1492): the oldest fall in Europe with a stone still kept.
  - Sikhote-Alin (Russia, 1947): a shower of iron fragments, about 23 tonnes in all.
  - Brewing guide: green tea 70-80 °C for 2 min · black tea 95 °C for 4 min
  - Climate change: droughts, erratic monsoon, heavier rain -> erosion on steep slopes
  - Tea blight: Exobasidium vexans, a fungus of young leaves

3. WHY THE INCAS BUILT ROADS
  Reasons for the road network:
  - Control: armies could march quickly to any rebellion.
  - Supply: storehouses along the way kept soldiers fed.

KEY TERMS
  Chondrule: a small round grain in a stony meteorite
  Tektite: a natural glass thrown out by an impact
  Fusion crust: the thin glassy coat made as a meteorite's surface melts
"""

_NO_TERMS = {
    "Oddity",
    "Prestige",
    "Boosted US naval power",
    "Malaria",
    "Hoba",
    "Ensisheim",
    "Sikhote-Alin",
    "Brewing guide",
    "Climate change",
    "Tea blight",
    "Control",
    "Supply",
}


def _term_texts(question: Question) -> set[str]:
    return {question.prompt, *question.options, *question.answers}


def test_a_label_that_is_no_term_is_neither_asked_nor_offered_as_one() -> None:
    asked = every_question(
        _deck(LABELS), SEEDS, QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM
    )

    shown = set().union(*(_term_texts(q) for q in asked))
    assert not [name for name in _NO_TERMS if any(name in text for text in shown)]
    assert not [q.prompt for q in asked if "further east" in q.prompt or "spread by" in q.prompt]
    # the deck's real terms are still asked both ways
    answers = {q.answers[0] for q in asked if q.kind is QuestionKind.DEFINITION_TO_TERM}
    assert {"Chondrule", "Tektite", "Lock"} <= answers


def test_a_clause_label_is_not_blanked() -> None:
    asked = every_question(_deck(LABELS), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)

    assert not [q for q in asked if "Boosted US naval power" in q.answers or "Oddity" in q.answers]


# --- 3. True/false statements that are false on their face -----------------------------------------

FLIPS = """SPACE ROCKS AND STONEWORK

1. TYPES OF METEORITE
  - Stony meteorites: about 94% of observed falls.
  - Most meteorites attract a magnet because of the iron in them.
  - Opposite magnetic poles attract each other.

2. INCA BUILDING
  - Doors and windows were trapezoid-shaped, which made walls stronger in earthquakes.
  - Tea soil: well drained and acidic - pH 4.5-5.5
  - Machu Picchu was built for Pachacuti around 1450 on a ridge at 2,430 m.
"""


def test_a_turned_word_never_makes_a_statement_false_on_its_face() -> None:
    shown = _false_statements(every_question(_deck(FLIPS), SEEDS, QuestionKind.TRUE_FALSE))

    assert not [s for s in shown if "observed rises" in s]  # "falls" there are meteorites
    assert not [s for s in shown if "meteorites repel" in s]  # only poles and charges repel
    assert not [s for s in shown if "walls weaker" in s]  # what a feature was for
    assert not [s for s in shown if "alkaline" in s]  # the pH beside it says which
    assert "Opposite magnetic poles repel each other." in " ".join(shown)


def test_an_estimated_year_is_not_moved_by_a_few_years() -> None:
    asked = every_question(_deck(FLIPS), SEEDS, QuestionKind.TRUE_FALSE, QuestionKind.CHOICE)

    for question in asked:
        if "around" not in question.prompt:
            continue
        years = [
            int(y)
            for y in re.findall(r"\b1[0-9]{3}\b", " ".join((question.prompt, *question.options)))
        ]
        assert not [y for y in years if y != 1450 and abs(y - 1450) < 25], question


# --- 4. Stems that read as English --------------------------------------------------------------

ARROWS = """## Tea chemistry

- Tannins → astringency (the dry feeling in your mouth)
- Theaflavins → the bright colour of black tea

## Tea and revolution

- 1773 – Tea Act → Boston Tea Party, 16 Dec 1773: 342 chests thrown into the harbour
- 1532 – Atahualpa captured at Cajamarca → 1533 – Atahualpa executed by the Spanish
"""


def test_an_arrow_before_a_blank_is_not_read_as_to() -> None:
    asked = every_question(_deck(ARROWS, "markdown"), SEEDS)
    prompts = [q.prompt for q in asked]

    assert prompts
    assert not [p for p in prompts if re.search(r"\bTannins to\b|Tea Act to Boston", p)]
    # a timeline's next dated entry follows the one before; it is not what that one caused
    assert not [p for p in prompts if re.search(r"Cajamarca, so", p)]
    assert [p for p in prompts if "Tea Act, leading to Boston Tea Party" in p] or not [
        p for p in prompts if "Boston Tea Party" in p and "Tea Act" in p
    ]


RULERS = """# The Inca Empire

## Rulers

| Ruler | Reigned | Known for |
|---|---|---|
| Pachacuti | 1438–1471 | began the conquests |
| Atahualpa | 1532–1533 | captured by Francisco Pizarro |

- The emperor was the Sapa Inca, believed to be the son of the sun god.
- His chief wife was the Coya.

## Overview

- The Incas called their empire Tawantinsuyu, "the land of the four quarters".
- Cusco was the capital, high in the Andes.
"""


def test_a_pronoun_after_a_role_stands_for_the_role() -> None:
    asked = every_question(_deck(RULERS, "markdown"), SEEDS)
    wife = [q for q in asked if "chief wife" in q.prompt]

    assert wife
    assert not [q.prompt for q in wife if "Pizarro" in q.prompt or "Atahualpa" in q.prompt]
    assert [q.prompt for q in wife if "emperor's chief wife" in q.prompt]


def test_the_word_the_whole_deck_is_about_is_not_blanked() -> None:
    asked = every_question(
        _deck(RULERS, "markdown"), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE
    )

    assert not [q for q in asked if "Incas" in q.answers]
    assert [q for q in asked if "Tawantinsuyu" in q.answers or "Cusco" in q.answers]


# --- 5. Wrong options of another list ------------------------------------------------------------

LISTS = """METEORITES

1. HOW TO RECOGNISE ONE
  Features:
  - Fusion crust: a thin black glassy coating made as the surface melts
  - Regmaglypts: shallow hollows like thumbprints on the surface
  - Chondrules: tiny round grains seen on a broken face
  Finds and falls:
  - Fall: a meteorite seen coming down and collected soon after
  - Find: a meteorite picked up later, with no fall observed
  - Strewn field: the area over which the pieces of one fall lie
"""


def test_a_term_of_one_lead_in_is_not_offered_among_another_lists_terms() -> None:
    deck = _deck(LISTS)
    features = {"Fusion crust", "Regmaglypts", "Chondrules"}
    falls = {"Fall", "Find", "Strewn field"}
    by_definition = {t.definition: t.term for t in deck.terms}
    asked = every_question(
        deck, SEEDS, QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM
    )

    assert asked
    for question in asked:
        named = {by_definition.get(o, o) for o in question.options}
        assert not (named & features and named & falls), (question.prompt, question.options)


def test_the_sample_of_a_review_deck_keeps_its_length() -> None:
    """The fixes take unsound questions out; the draw still fills a quiz from a deck that can."""
    generator = QuestionGenerator(_deck(LABELS + "\n" + FLIPS.split("\n", 1)[1]), seed=1)
    assert len(generator.generate(10)) == 10


TECHNIQUES = """## Decorative techniques

- **Murrine**: slices cut from a patterned glass cane and fused into a piece.
- **Millefiori**: murrine with flower patterns.
- **Latticino**: thin threads of white glass twisted into the walls.
- **Incalmo**: two bubbles of different colours joined edge to edge while hot.
- **Lampworking**: shaping rods of glass in a torch flame, often to make beads.
"""


def test_a_term_defined_as_a_kind_of_another_is_not_its_wrong_option() -> None:
    """Millefiori are murrine: murrine's definition is as true of them, so the two are never
    offered against each other."""
    asked = every_question(
        _deck(TECHNIQUES, "markdown"),
        SEEDS,
        QuestionKind.TERM_TO_DEFINITION,
        QuestionKind.DEFINITION_TO_TERM,
    )
    millefiori = {"Millefiori", "murrine with flower patterns."}
    murrine = {"Murrine", "slices cut from a patterned glass cane and fused into a piece."}

    assert asked
    for question in asked:
        key, shown = set(question.answers), set(question.options) - set(question.answers)
        assert not (key & millefiori and shown & murrine), question
        assert not (key & murrine and shown & millefiori), question
