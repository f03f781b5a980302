"""Round 15's blind review (issue 14): options that are not of the key's form or kind.

- "What does “Catalyst” mean?" offered "platinum" and "iron -> Haber process" beside "a substance
  that speeds up a reaction without being used up": a table row of the notes ("iron: Haber
  process", "X -> Y") is no definition, so it is no wrong option for one (nor its name for
  "Which term means …?").
- Lines that are each their own "A -> B" (a metal and its use, a defect and its lens) were read
  as one arrow chain and asked "Put these steps of … in order": such rows pair two things and
  have no order; a chain on one line, or carried on by a line opening with an arrow, still does.
- "Auxin: plant hormone that controls growth …" was read as an organism (from "plant", not its
  head "hormone") and offered beside "Receptor" and "Type 2" ("cells …", "body cells …") in any
  blank of the three: a word before a noun phrase's own head says which sort, not what kind.
- "crimes against the person", a lower-case common-noun phrase ending on "person", was asked
  "Who was …?" and offered among people: it is no one.

Notes written for these tests (chemistry, geography, ecology, citizenship), not the review decks."""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._context import DeckContext
from bot.questions._kinds import PERSON
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold

CHEMISTRY = """RATES AND CATALYSTS

1. CATALYSTS
  Catalyst: a substance that speeds up a reaction without being used up itself
  Enzyme: a biological catalyst made of protein that works best at one temperature
  Activation energy: the minimum energy particles need to collide and react
  Collision theory: reactions happen only when particles collide with enough energy
  Surface area: how much of a solid is exposed to the other reactant in a mixture
  Industrial catalysts (learn which goes where!):
    - iron: ammonia -> Haber process
    - vanadium oxide: sulfur trioxide -> Contact process
    - nickel: margarine -> hardening oils
    - platinum: nitric acid
    - zeolites: cracking
    - rhodium: exhaust fumes
"""

GEOGRAPHY = """RIVERS

1. LANDFORMS
  Flood defences:
    - Dams and reservoirs -> store water upstream
    - Concrete embankments -> raise the river banks
    - Floodplain zoning -> keeps houses off low land
  Formation of an ox-bow lake:
    - erosion on the outside bend -> the neck narrows -> the river cuts through the neck
    -> deposition seals off the old meander
"""

ECOLOGY = """FEEDING RELATIONSHIPS

1. FOOD WEBS
  Predator: animal that hunts and kills other animals for food
  Prey: animal that is hunted and eaten by a predator
  Decomposer: organism that breaks down dead material and returns nutrients to the soil
  - owls catch voles at night, so the owl is a predator of the vole

2. LEAVES
  Chlorophyll: plant pigment that absorbs light energy for photosynthesis
  - in autumn the chlorophyll breaks down, so leaves turn yellow and red

3. SIGNALS
  Pheromone: animal chemical released to change the behaviour of others of its species
  - ants lay a pheromone trail from the nest to food
"""

CITIZENSHIP = """LAW AND ORDER

## Crimes
- **crimes against the person**: murder, assault, manslaughter
- **crimes against property**: burglary, criminal damage
- **crimes against the state**: treason, terrorism

## Judges and reformers
- **Thomas Denning**: Master of the Rolls (1962); rulings on contract law, "the people's judge"
- **Helena Kennedy**: barrister from Glasgow, campaigned from 1990 for women's rights in court
- **Shami Chakrabarti**: director of Liberty from 2003; argued against detention without trial
"""


def _deck(text: str, name: str = "n.txt", format: str = "outline") -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format=format)), "t")


def _asked(deck: Deck, kind: QuestionKind, seeds: int = 4) -> list[Question]:
    return [
        q
        for seed in range(seeds)
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=[kind])
    ]


def test_a_definition_is_offered_only_among_definitions() -> None:
    deck = _deck(CHEMISTRY)
    rows = {"ammonia", "sulfur trioxide", "margarine", "nitric acid", "cracking", "exhaust"}
    asked = [
        q
        for q in _asked(deck, QuestionKind.TERM_TO_DEFINITION)
        if q.prompt in ("What does “Catalyst” mean?", "What does “Activation energy” mean?")
    ]

    assert asked
    for question in asked:
        for option in question.options:
            assert "->" not in option, question
            assert not any(row in fold(option) for row in rows), question


def test_a_table_row_name_is_no_wrong_term_for_a_definition() -> None:
    deck = _deck(CHEMISTRY)
    metals = {"iron", "vanadium oxide", "nickel", "platinum", "zeolites", "rhodium"}
    asked = [
        q
        for q in _asked(deck, QuestionKind.DEFINITION_TO_TERM)
        if q.answers[0] in ("Catalyst", "Enzyme", "Activation energy")
    ]

    assert asked
    for question in asked:
        assert not {fold(option) for option in question.options} & metals, question


def test_rows_each_with_their_own_arrow_are_not_put_in_order() -> None:
    deck = _deck(GEOGRAPHY)
    ordered = _asked(deck, QuestionKind.CHRONOLOGY)

    assert not any("Flood defences" in q.prompt for q in ordered)
    # A chain on one line, carried on by a line opening with an arrow, is still a sequence.
    chain = [q for q in ordered if "ox-bow" in q.prompt]
    assert chain
    assert any("Deposition seals off the old meander" in q.answers for q in chain)


def test_a_word_before_the_head_noun_gives_no_kind() -> None:
    deck = _deck(ECOLOGY)
    kinds = DeckContext(deck, 1).term_kinds
    animals = {"predator", "prey", "decomposer"}

    for question in _asked(deck, QuestionKind.CHOICE, seeds=6):
        answer = fold(question.answers[0])
        options = {fold(option) for option in question.options}
        if answer in ("chlorophyll", "pheromone"):
            assert not options & animals, question
        if answer in animals:
            assert not options & {"chlorophyll", "pheromone"}, question
    assert kinds["chlorophyll"] != kinds["predator"]
    assert kinds["pheromone"] != kinds["predator"]


def test_a_lower_case_phrase_ending_on_person_is_no_one() -> None:
    deck = _deck(CITIZENSHIP, "n.md", "markdown")
    ctx = DeckContext(deck, 1)

    assert ctx.term_kinds.get("crimes against the person") != PERSON
    assert ctx.term_kinds.get("thomas denning") == PERSON
    prompts = [
        q.prompt
        for kind in (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)
        for q in _asked(deck, kind)
    ]
    # "crimes against the person: murder, assault, manslaughter" names a list, so it is no term
    # (round 26, class 5); whatever is asked of the line, it is never asked as a person.
    assert "What does “crimes against the person” mean?" not in prompts
    assert not any("Who was “crimes" in prompt for prompt in prompts)
    people = [
        q
        for q in _asked(deck, QuestionKind.CHOICE) + _asked(deck, QuestionKind.DEFINITION_TO_TERM)
        if q.answers[0] in ("Thomas Denning", "Helena Kennedy", "Shami Chakrabarti")
    ]
    for question in people:
        assert not any("crimes" in fold(option) for option in question.options), question
