"""Session 26, quiz soundness: round 28's classes of unsound question, each checked on what a
student is shown, on small decks in this session's subjects (Pompeii and Herculaneum, the Brontë
sisters, tides) written with bold lead-in labels ("**Goal:** …", "**Wing shape:** …") beside a
glossary of bold terms, as the review decks were.
"""

from __future__ import annotations

from bot.questions import QuestionKind
from bot.questions._context import DeckContext
from bot.questions._filters import question_problem
from bot.questions._model import Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(4)
_TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)


def _deck(text: str) -> Deck:
    mapping = import_text(text, source_name="notes.md", format="markdown")
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _shown(questions: list[Question]) -> str:
    """Everything a student sees or is marked on: stems, options and keys."""
    return " ".join(f"{q.prompt} {' '.join(q.options)} {' '.join(q.answers)}" for q in questions)


def _keys(questions: list[Question]) -> set[str]:
    return {answer.casefold() for q in questions for answer in q.answers}


# --- 1. A lead-in label is never a term, a key or an option; a glossary term still is ---------

TIDES = """# Tides

## What is a tide?

- **Tidal range:** the difference in height between high water and low water
- **Why 50 minutes?** the Moon moves on in its orbit, so the Earth turns further to face it
- **Exception:** parts of the Gulf of Mexico have only one high tide a day
- **Shape:** funnel-shaped bays and estuaries make the range bigger
- **Spring tide:** a tide with the largest range, when the Sun, Moon and Earth are in line
- Spring tides happen at new moon and full moon, about every 14.8 days
- **Neap tide:** a tide with the smallest range, when the Sun and Moon pull at right angles

## Tidal power

- **Largest barrage:** Sihwa Lake in South Korea, opened in 2011, at 254 MW
- **La Rance:** a tidal barrage in Brittany, opened in 1966
- **Goal:** make electricity from the movement of tidal water
- **Today:** about 40 tidal power projects are planned around the world

## Key terms

- **Syzygy:** the lining up of three bodies in space, such as the Sun, Moon and Earth
- **Amphidromic point:** a point in the ocean where the tidal range is almost zero
- **Slack water:** a short period around high or low tide when the current stops
"""

POMPEII = """# Pompeii and Herculaneum

## The eruption of AD 79

- **First phase:** a column of pumice and ash rose about 30 km into the sky
- **Second phase:** pyroclastic surges raced down the slopes and reached Herculaneum first
- **Pyroclastic flow:** a fast-moving current of hot gas and volcanic debris
- **Eyewitness:** Pliny the Younger watched from Misenum across the bay
- **Animals found:** a dog chained in the House of Vesonius Primus

## Daily life

- **Thermopolium:** a street counter selling hot food and drink, with pots set into it
- **Material:** walls of tuff and brick, covered in painted plaster
- **Wall shape:** thick lower walls and thin upper storeys of timber
- **Impluvium:** a shallow pool in the atrium that collected rainwater
"""

_LABELS = (
    "Exception",
    "Shape",
    "Largest barrage",
    "Goal",
    "Today",
    "First phase",
    "Second phase",
    "Eyewitness",
    "Animals found",
    "Material",
    "Wall shape",
)


def test_lead_in_labels_are_not_terms_keys_or_options() -> None:
    for text in (TIDES, POMPEII):
        questions = every_question(_deck(text), SEEDS)
        keys = _keys(questions)
        term_questions = [q for q in questions if q.kind in _TERM_KINDS]
        shown = _shown(term_questions)
        for label in _LABELS:
            assert label.casefold() not in keys, label
            assert f"“{label}”" not in shown, label  # "What does “Goal” mean?"
            assert label not in {o for q in questions for o in q.options}, label


def test_glossary_terms_are_still_asked() -> None:
    tides = _shown(every_question(_deck(TIDES), SEEDS, *_TERM_KINDS))
    for term in ("Syzygy", "Amphidromic point", "Spring tide", "Neap tide", "Tidal range"):
        assert term in tides, term
    pompeii = _shown(every_question(_deck(POMPEII), SEEDS, *_TERM_KINDS))
    for term in ("Pyroclastic flow", "Thermopolium", "Impluvium"):
        assert term in pompeii, term


def test_a_label_is_no_matching_key() -> None:
    deck = _deck(
        """# Pompeii

## The houses

- **Material:** walls of tuff and brick, covered in painted plaster
  - Tufa blocks came from quarries near Nuceria
- **Shape:** a narrow front and long rooms running back from the street
  - Shops often opened onto the pavement at the front
- **Today:** many houses are roofed again to protect their paintings
  - Visitors walk through on raised boardwalks
"""
    )
    for question in every_question(deck, SEEDS, QuestionKind.MATCHING):
        assert not {"Material", "Shape", "Today"} & set(question.options), question.prompt


# --- 3. A line whose subject is a pronoun, or a stem cut short, is not asked alone -------------

PRONOUNS = """# Tides

## The Earth–Moon system

- Tidal friction – tides drag on the sea floor and lose energy as heat
  - It slows the Earth's spin, so the day lengthens by about 2 milliseconds per century
- The Moon moves away from the Earth by about 3.8 cm a year
  - They were first measured with lasers reflected from mirrors left by Apollo astronauts in 1969
"""


def test_a_pronoun_subject_is_not_asked_without_its_referent() -> None:
    questions = every_question(_deck(PRONOUNS), SEEDS)
    assert questions  # the line naming its subject is still asked
    for question in questions:
        assert "It slows" not in question.prompt, question.prompt
        assert "They were first" not in question.prompt, question.prompt


# --- 4. No blank takes part of a name or asks where something is in the handout ---------------

FRAGMENTS = """# Pompeii and Herculaneum

## Writers and publishers

- Pliny the Elder sailed towards the eruption and died at Stabiae in AD 79
- Pliny the Younger watched the eruption from Misenum across the bay
- The garum trade used small fish such as Engraulis encrasicolus, the anchovy
- Te Pito o te Henua is said to be an old name used by islanders far from Naples
- Jane Eyre was published by Smith, Elder & Co. in October 1847
- The map of the town is on slide 9 of the lesson pack
- Oral tradition says the first chief was Hotu Matu’a, who landed at a beach far from Naples
- Garden soil held pollen of Theophrastus’s date palm (Phoenix theophrasti) from the Villa Arianna
"""


def test_blanks_never_take_part_of_a_name() -> None:
    questions = every_question(_deck(FRAGMENTS), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)
    keys = _keys(questions)
    for fragment in (
        "elder",
        "pliny",
        "encrasicolus",
        "engraulis",
        "henua",
        "map",
        "town",
        "theophrastus",
    ):
        assert fragment not in keys, fragment
    assert not [q for q in questions if "slide 9" in q.prompt]


def test_a_key_is_never_its_lead_in_and_text() -> None:
    # Round 28 (B54): an OpenDocument line "**Autumn:** **swarming** and mating …" came back as
    # "_____ and mating at caves" keyed "Autumn: swarming". Such a question is never shown.
    deck = _deck(TIDES)
    ctx = DeckContext(deck, 0)
    line = "Winter: storm surges can add more than 2 m to a high tide on the North Sea coast"
    question = Question(
        id="q",
        kind=QuestionKind.CLOZE,
        prompt="The tidal year: _____ can add more than 2 m to a high tide on the North Sea coast",
        answers=("Winter: storm surges",),
        explanation="Answer: Winter: storm surges.",
        source_fact=line,
        source_line=line,
    )
    assert question_problem(question, ctx) is not None
    fair = Question(
        id="q",
        kind=QuestionKind.CLOZE,
        prompt="The tidal year: Winter: _____ can add more than 2 m to a high tide on the North Sea coast",
        answers=("storm surges",),
        explanation="Answer: storm surges.",
        source_fact=line,
        source_line=line,
    )
    assert question_problem(fair, ctx) is None


TITLED = """# Bicycles

## The safety bicycle

- It had two wheels of the same size and a chain drive to the back wheel
- It was first sold by John Kemp Starley in 1885
- Its pneumatic tyres were patented by John Boyd Dunlop in 1888

## The penny-farthing

- The front wheel of the penny-farthing was up to 1.5 metres across
- Riders were often thrown over the handlebars, a fall called a header

## Feeding

- It drinks about 20 ml of blood a night
"""


def test_a_pronoun_line_is_asked_when_its_topic_names_a_thing() -> None:
    # "The safety bicycle: It had …" names what "it" is; "Feeding: It drinks …" does not (the
    # "-ing" title names an activity, not the animal).
    prompts = [question.prompt for question in every_question(_deck(TITLED), SEEDS)]
    assert any("The safety bicycle: Its pneumatic tyres" in prompt for prompt in prompts)
    assert not any("It drinks" in prompt for prompt in prompts), prompts
