"""Round 16's blind review (issue 14, classes 1 and 5 of docs/quiz-review/16-findings.md).

Class 1: a chemistry outline gave 47 questions of 60 asked. Its gas tests ("Hydrogen:" /
"Test: …" / "Result: …") and its arrow lists ("copper(II) ions (Cu2+) -> blue precipitate")
were never asked: their words are everyday ones no blank is found in. Each such line is now a
choice question on what the notes pair with its thing, the other values of its label or list as
wrong options; an arrow line giving the line above its reason ("-> because …") is a "why"
question. Class 5: notes arrows and fragments in stems, keys and options.

Checked on notes written here in other subjects: food tests and digestion (biology), the
European Union (history).
"""

from __future__ import annotations

import pytest

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

BIOLOGY = """BIOLOGY - FOOD TESTS AND DIGESTION (revision outline)

1. FOOD TESTS
  - Each food test uses a reagent that changes colour
  - Starch:
    Test: add a few drops of iodine solution
    Result: turns from orange-brown to blue-black
  - Glucose:
    Test: add Benedict's solution and heat in a water bath
    Result: brick-red precipitate forms
  - Protein:
    Test: add Biuret solution
    Result: turns from blue to purple
  - Lipids:
    Test: shake with ethanol then add water
    Result: a cloudy white emulsion appears
  - Wear goggles when heating the water bath
    -> because hot liquid can spit out of the tube
  - Grind the food with a pestle before testing
    -> so the nutrients dissolve into the water
  - Filter the mixture before adding Benedict's solution
    -> otherwise bits of food hide the colour change
  - Add the reagent a few drops at a time
    -> to stop the colour change being missed

2. ENZYMES
  Enzyme: a protein that speeds up reactions in living things
  - Digestive enzymes:
    - amylase -> breaks starch into sugars
    - protease -> breaks proteins into amino acids
    - lipase -> breaks lipids into fatty acids and glycerol
  - Everyday use: "enzyme" = something in washing powder
    -> in biology an enzyme is not alive, it is a catalyst
  - Enzymes work best at an optimum temperature
    -> e.g. human enzymes work best at 37 °C
  - Competitive inhibitors lower the rate of an enzyme reaction
  - Bile salts -> e.g. made in the liver
  - Colours of universal indicator:
    - acid -> red colour
    - alkali -> blue colour
    - neutral -> green colour
    - strong acid -> red colour

3. KEY WORDS
  Catalyst: a substance that speeds up a reaction without being used up
  Denatured: an enzyme whose active site has changed shape
"""

EUROPE = """# The European Union 1945–1993

## Founding
- 1951: European Coal and Steel Community founded by six countries
- 1957: Treaty of Rome signed, creating the European Economic Community
- 1965: Merger Treaty combined the executive bodies of the three communities

## The Commission
- 1958: Set up, based in Brussels, to propose new laws
- The Commission proposes laws and enforces the treaties

## Britain and Europe
- 1963: De Gaulle vetoed Britain's first application
- 1973: Britain, Ireland and Denmark joined the EEC
- 1975: Referendum – 67% voted to stay in the EEC
- 1990: Britain entered the Exchange Rate Mechanism
- 1992: Left the Exchange Rate Mechanism on Black Wednesday
- 1993: Maastricht Treaty created the European Union

## De Gaulle's aims
- Gain leadership of Europe for France
- Keep Britain out of the Community
- Protect French farmers through the Common Agricultural Policy
"""

ARROWS = ("→", "->", "⇒", "=>")


def _deck(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


@pytest.fixture(scope="module")
def biology() -> list[Question]:
    return questioning.every_question(_deck(BIOLOGY, "food.txt"), range(6))


@pytest.fixture(scope="module")
def europe() -> list[Question]:
    return questioning.every_question(_deck(EUROPE, "eu.md"), range(6))


def _asked(questions: list[Question], words: str) -> list[Question]:
    return [q for q in questions if words in q.prompt]


def test_a_record_under_sibling_headings_asks_its_labelled_value(
    biology: list[Question],
) -> None:
    asked = _asked(biology, "Starch: what is the result?")
    assert asked, "the starch test's result is never asked"
    question = asked[0]
    assert question.kind is QuestionKind.CHOICE
    assert question.answers == ("turns from orange-brown to blue-black",)
    # The wrong options are the other foods' results, none of them right for starch.
    assert set(question.options) - set(question.answers) <= {
        "brick-red precipitate forms",
        "turns from blue to purple",
        "a cloudy white emulsion appears",
    }
    assert len(question.options) >= 3
    tests = _asked(biology, "Glucose: what is the test?")
    assert {q.answers for q in tests} == {("add Benedict's solution and heat in a water bath",)}


def test_an_arrow_list_asks_what_each_thing_gives(biology: list[Question]) -> None:
    asked = _asked(biology, "what do your notes give for “amylase”?")
    assert {q.answers for q in asked} == {("breaks starch into sugars",)}
    assert set(asked[0].options) == {
        "breaks starch into sugars",
        "breaks proteins into amino acids",
        "breaks lipids into fatty acids and glycerol",
    }


def test_a_value_naming_its_thing_or_said_twice_is_not_asked(biology: list[Question]) -> None:
    # "protease -> breaks proteins …": the key alone says "prote-"; it gives itself away.
    assert _asked(biology, "“protease”") == []
    # "acid -> red colour" and "strong acid -> red colour": no one thing to ask red of.
    assert [q for q in biology if "red colour" in q.answers] == []


def test_an_arrow_giving_the_line_above_its_reason_is_a_why_question(
    biology: list[Question],
) -> None:
    asked = _asked(
        biology, "Wear goggles when heating the water bath. Which of these is the reason?"
    )
    assert {q.answers for q in asked} == {("Hot liquid can spit out of the tube",)}
    assert all(not option.startswith(ARROWS) for option in asked[0].options)


def test_no_stem_option_or_answer_opens_with_a_notes_arrow(biology: list[Question]) -> None:
    shown = [
        text
        for q in biology
        for text in (q.prompt, *q.options, *q.answers)
        if text.lstrip().startswith(ARROWS) or any(f": {a}" in text for a in ARROWS)
    ]
    assert shown == []
    # The line is still asked, without the arrow ("… it is a/an _____" -> Catalyst).
    assert [
        q for q in biology if q.prompt.endswith("in biology an enzyme is not alive, it is a _____")
    ] or [q for q in biology if "in biology an enzyme is not alive" in q.prompt]


def test_lines_carrying_on_a_line_are_no_list_and_no_example_is_a_key(
    biology: list[Question],
) -> None:
    listed = [q for q in biology if "listed under" in q.prompt]
    assert [q.prompt for q in listed if "optimum temperature" in q.prompt] == []
    examples = [
        q.prompt
        for q in biology
        if any(text.lower().startswith("e.g.") for text in (*q.options, *q.answers))
        or "_____ → e.g." in q.prompt
    ]
    assert examples == []


def test_a_comparative_used_as_a_verb_is_turned_into_a_verb(biology: list[Question]) -> None:
    turned = [q.prompt for q in biology if "inhibitors" in q.prompt and "True or false" in q.prompt]
    assert turned, "the inhibitors line is never asked true or false"
    assert not any("higher the rate" in prompt for prompt in turned)
    assert any("raise the rate" in prompt for prompt in turned)


def test_an_aim_of_getting_something_is_not_turned_to_losing_it(europe: list[Question]) -> None:
    assert [q.prompt for q in europe if "Lose leadership" in q.prompt] == []


def test_events_with_no_subject_are_not_put_in_order(europe: list[Question]) -> None:
    ordered = [q for q in europe if q.kind is QuestionKind.CHRONOLOGY]
    assert ordered, "the EU timeline is never put in order"
    events = {option for q in ordered for option in q.options}
    assert not [event for event in events if event.startswith(("Set up", "Left the"))]
    assert "Britain entered the Exchange Rate Mechanism" in events
