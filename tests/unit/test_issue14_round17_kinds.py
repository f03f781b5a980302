"""Round 17's blind review (issue 14, classes 4, 6 and 7), checked on chemistry and economics
notes written here: options of another list or also true, blanks on an arbitrary member of an
example list, and lists named by a definition sentence.

Seen (physics and geography notes): "what follows from “Further from the wire”?" offering two
electric-bell steps; "HDI: UK = _____" offering 1.05 when the notes say the index is between 0 and
1; "What is the example for Birth rate?" offering "$2,000" and "70%" against "37"; "Which term
means: “transnational corporation – a company that …”?" with the TNCs Shell and Unilever as wrong
options; "Most metals (copper, _____, gold) are NOT magnetic"; "Which of these were among the
“Motor effect: when a wire carrying a current …”? Pick all that apply."
"""

from __future__ import annotations

import pytest

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

CHEMISTRY = """CHEMISTRY - RATES AND ENERGY (revision outline)

1. RATES OF REACTION

1a. Factors affecting rate
  - Raising the temperature -> particles move faster
  - Grinding into a powder -> more collisions per second
  - Adding a solid catalyst -> lower activation energy

1b. How a catalysed reaction goes (sequence)
  1. Gas molecules arrive -> they stick to the metal
  2. Bonds weaken on the surface -> reaction happens faster
  3. New molecules form -> they drift away
  4. Surface is free again -> the cycle repeats

2. ENERGY CHANGES

Exothermic reaction: a reaction that transfers energy to the surroundings, so the temperature rises
  - Combustion is exothermic
  - Neutralisation is exothermic
  - Respiration is exothermic
  - Ways to measure the energy change:
      - use a polystyrene cup
      - put a lid on the cup
      - stir the mixture
  - Hand warmers use an exothermic reaction

Endothermic reaction: a reaction that takes in energy from the surroundings, so the temperature falls
  - Thermal decomposition is endothermic
  - Photosynthesis is endothermic
  - Sports injury packs use an endothermic reaction

3. METALS
  - Most metals (iron, zinc, tin) react with dilute acid
  - Unreactive metals (silver, gold, platinum) are found as the element
  - Copper is used for wiring because it conducts electricity well
"""

ECONOMICS = """# Kenya and development (revision notes)

## 1. Measuring development

### 1.1 The Education Index
The **Education Index** is a number between 0 and 1 – the closer to 1, the better. Norway = 0.94, Kenya = 0.52.

### 1.2 Corruption
Corruption is scored on a scale of 0 to 100. Denmark = 90, Kenya = 31.

### 1.3 Indicators

| Indicator | What it measures | Example: Kenya |
|---|---|---|
| Birth rate | Live births per 1000 people per year | 28 |
| Death rate | Deaths per 1000 people per year | 5 |
| Infant mortality | Babies dying before age 1, per 1000 births | 31 |
| Life expectancy | Average age people live to | 66 |
| GDP per head | Value of output per person (US$) | $2,100 |
| Literacy | Adults who can read and write | 82% |
| Safe water | People with clean water | 59% |

## 2. Helping Kenya

### 2.1 Natural resources
- Kenya has few natural resources – no oil, copper, coal
- Most crops (maize, beans, sorghum) are grown on small farms
- Tea and flowers are the main exports

### 2.2 MNCs in Kenya
- **Del Monte** – American fruit company that grows pineapples near Thika
- **Finlays** – grows and packs tea in Kericho; employs about 6,000 people
- **MNC**: multinational corporation – a company that works in more than one country
"""


def _deck(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


@pytest.fixture(scope="module")
def chemistry() -> Deck:
    return _deck(CHEMISTRY, "chem.txt")


@pytest.fixture(scope="module")
def economics() -> Deck:
    return _deck(ECONOMICS, "kenya.md")


def _groups(deck: Deck) -> dict[str, str]:
    """Each line's effect side (after its arrow), capitalised as options show it -> its list."""
    found = {}
    for topic in deck.topics:
        for fact in topic.facts:
            if "->" in fact.text:
                effect = fact.text.split("->", 1)[1].strip()
                found[effect[:1].upper() + effect[1:]] = f"{topic.id}|{fact.group}"
    return found


def test_what_follows_from_a_cause_offers_effects_of_its_own_list(chemistry: Deck) -> None:
    """A factor of rate is not asked with the steps of a catalysed reaction as wrong options
    (they are another list's, and "Reaction happens faster" is also true of a powder)."""
    groups = _groups(chemistry)
    asked = [
        q
        for q in questioning.every_question(chemistry, range(4), QuestionKind.CHOICE)
        if "follows from" in q.prompt
    ]
    assert asked
    for question in asked:
        lists = {groups[option] for option in question.options}
        assert len(lists) == 1, (question.prompt, question.options)


def _every(deck: Deck, *kinds: QuestionKind) -> list[Question]:
    return questioning.every_question(deck, range(4), *kinds)


def test_a_list_is_never_named_by_a_definition_sentence(chemistry: Deck) -> None:
    """The lines under "Exothermic reaction: a reaction that transfers energy …" are not "among
    the “Exothermic reaction: a reaction that …”", and the word "reaction" in a definition makes
    it no list of effects or reasons."""
    asked = _every(
        chemistry, QuestionKind.MULTI_SELECT, QuestionKind.REASON, QuestionKind.CHRONOLOGY
    )
    for question in asked:
        assert "transfers energy" not in question.prompt, question.prompt
        assert "takes in energy" not in question.prompt, question.prompt


def test_a_labelled_sub_list_is_not_the_definitions_fact(chemistry: Deck) -> None:
    """ "use a polystyrene cup" is one of the "Ways to measure the energy change", not a fact of
    exothermic reactions to pick among them."""
    sub_list = ("use a polystyrene cup", "put a lid on the cup", "stir the mixture")
    for question in _every(chemistry, QuestionKind.MULTI_SELECT, QuestionKind.REASON):
        if "xothermic" in question.prompt:
            picked = {question.options[index].casefold() for index in question.correct}
            assert not picked & set(sub_list), (question.prompt, question.options)


def test_a_line_of_two_arrow_pairs_is_no_chain_of_steps() -> None:
    """ "Output: alternator -> wave …; dynamo -> bumps …" pairs two things with two shapes; its
    parts are no steps to put in order."""
    notes = """PHYSICS - WAVES (revision outline)

1. SOUND

1a. Echoes and sonar
Echo: a sound wave reflected from a hard surface such as a wall
Sonar: a system that sends out sound pulses under water (used by ships)
  - Both: a wave travels through a medium
  - Trace on a screen: near wall -> tall spike close to the start; far wall -> small spike further along
"""
    deck = _deck(notes, "waves.txt")
    for question in _every(deck, QuestionKind.CHRONOLOGY):
        assert not any(";" in option for option in question.options), question.options


def _asking(deck: Deck, answer: str, *kinds: QuestionKind) -> list[Question]:
    return [q for q in _every(deck, *kinds) if answer in q.answers and q.options]


@pytest.mark.parametrize(("answer", "low", "high"), [("0.94", 0, 1), ("90", 0, 100)])
def test_numbers_offered_stay_in_the_range_the_notes_state(
    economics: Deck, answer: str, low: float, high: float
) -> None:
    """ "The Education Index is a number between 0 and 1": no 1.05 beside Norway's 0.94;
    "scored on a scale of 0 to 100": no 112 beside Denmark's 90."""
    asked = _asking(economics, answer, QuestionKind.CHOICE)
    assert asked
    for question in asked:
        for option in question.options:
            assert low <= float(option) <= high, (question.prompt, question.options)


def test_a_table_value_is_offered_among_values_written_alike(economics: Deck) -> None:
    """ "What is the example for Infant mortality?": "31" among counts, never beside "$2,100"
    or "82%", which a student rules out by their units."""
    asked = [
        q
        for q in _every(economics, QuestionKind.CHOICE)
        if q.prompt.endswith("What is the example for Infant mortality?")
    ]
    assert asked
    for question in asked:
        assert not any("$" in option or "%" in option for option in question.options), (
            question.options
        )


def test_a_term_and_its_cases_are_never_each_others_wrong_options(economics: Deck) -> None:
    """Del Monte and Finlays, listed under "MNCs in Kenya", are MNCs: neither is a wrong term for
    the MNC's definition, nor the definition a wrong meaning of either."""
    cases = {"Del Monte", "Finlays"}
    definition = "a company that works in more than one country"
    asked = 0
    for question in _every(economics, QuestionKind.DEFINITION_TO_TERM):
        if "MNC" in question.answers:
            asked += 1
            assert not cases & set(question.options), question.options
    for question in _every(economics, QuestionKind.TERM_TO_DEFINITION):
        if cases & {question.prompt.split("“")[1].split("”")[0]}:
            asked += 1
            assert not any(definition in option for option in question.options), question.options
    assert asked


def test_an_acronym_spelt_out_in_its_definition_is_not_shown(economics: Deck) -> None:
    """ "Which term means: “multinational corporation – a company …”?" spells the answer out:
    the stem shows the rest, and the spelt-out name is right typed."""
    asked = [q for q in _every(economics, QuestionKind.DEFINITION_TO_TERM) if "MNC" in q.answers]
    assert asked
    for question in asked:
        assert "multinational" not in question.prompt.casefold(), question.prompt
        assert "works in more than one country" in question.prompt
        if not question.options:
            assert "multinational corporation" in question.answers
    # Nor is the acronym blanked before its spelt-out words.
    for question in _every(economics, QuestionKind.CLOZE, QuestionKind.CHOICE):
        assert "multinational corporation" not in question.prompt, question.prompt


@pytest.mark.parametrize("member", ["iron", "zinc", "tin", "silver", "gold", "platinum"])
def test_no_blank_on_one_of_a_list_of_examples(chemistry: Deck, member: str) -> None:
    """ "Unreactive metals (silver, gold, _____) are found as the element": copper fits too."""
    for question in _every(chemistry, QuestionKind.CLOZE, QuestionKind.CHOICE):
        assert member not in question.answers, question.prompt


@pytest.mark.parametrize("member", ["copper", "coal", "beans", "sorghum"])
def test_no_blank_on_one_of_a_list_of_examples_in_markdown(economics: Deck, member: str) -> None:
    """ "no oil, _____, coal" and "Most crops (maize, _____, sorghum)": many things fit."""
    for question in _every(economics, QuestionKind.CLOZE, QuestionKind.CHOICE):
        assert member not in question.answers, question.prompt


def test_a_rare_term_or_a_name_in_a_list_is_still_asked() -> None:
    """ "traction, _____, suspension and solution" is a list of the subject's terms, and "aid
    from the UK, the USA and the _____" names one donor: each still has one answer."""
    notes = """# Rivers

## Transport
- Transport processes: traction, saltation, suspension and solution
- Kenya gets aid from the UK, the USA and the World Bank
"""
    answers = {a for q in _every(_deck(notes, "rivers.md"), QuestionKind.CLOZE) for a in q.answers}
    assert {"saltation", "World Bank"} <= answers, answers
