"""/ask on notes whose answer lines lean on what is around them, asked in a student's own words.

Issue 13, session 8. Each deck is written here in a subject of its own and imported the way an
upload is; what is asserted is the line the student reads first, or "not in these notes".

- Flashcards: "Q: Who paid for it?" / "A: funded by the Danish Crown". The answer line says who
  only because its question line says "paid"; and its question line says what kind of answer it
  is ("Q: Where was it built?" gives a place), so it beats a line of the same card set that merely
  shares more words with the student's question.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ASTRONOMY_CARDS = """ASTRONOMY PIONEERS - FLASHCARDS
(Q on one line, A on the next)

=== TYCHO BRAHE - URANIBORG OBSERVATORY (1576) ===
Q: Where was it built?
A: on the island of Hven, between Denmark and Sweden
Q: Who paid for it?
A: funded by the Danish Crown as a royal gift
Q: How long did he observe there?
A: about twenty years, until 1597
Q: What did Kepler take from it?
A: Kepler used the observatory records to show that orbits are ellipses
Q: Main criticism of his model?
A: kept the Earth at the centre, so it was soon abandoned

=== GALILEO - TELESCOPE OBSERVATIONS (1610) ===
Q: What did he see around Jupiter?
A: four moons orbiting the planet
Q: Who put him on trial?
A: the Roman Inquisition in 1633, for supporting Copernicus
Q: Where did he teach?
A: at the University of Padua, for eighteen years
Q: What did his teaching cover?
A: mathematics lessons on Euclid's geometry and on falling bodies
Q: What happened to him after the trial?
A: house arrest for the rest of his life
"""


def ask_cards(question: str) -> str:
    deck, index = imported(ASTRONOMY_CARDS, "outline", "astronomy.txt")
    return lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who paid for brahe's observatory", "the Danish Crown"),
        ("who paid for uraniborg", "the Danish Crown"),
        ("where did brahe build his observatory", "island of Hven"),
        ("where did galileo teach", "University of Padua"),
        ("who put galileo on trial", "the Roman Inquisition"),
        ("what happened to galileo after his trial", "house arrest"),
    ],
)
def test_a_flashcard_answer_is_read_with_its_question_line(question: str, lead: str) -> None:
    assert lead in ask_cards(question)


# --- names in headings typed in capitals ------------------------------------------------------

PIONEERS = """SCIENCE PIONEERS

RADIOACTIVITY
  Background:
  - Becquerel noticed that uranium salts fogged photographic plates in 1896
  MARIE CURIE, PARIS, 1898
  - Discovered polonium and radium in a shed at the School of Physics
  - Won the Nobel Prize in Chemistry in 1911
  - Died in 1934 of aplastic anaemia caused by radiation

THE NUCLEAR ATOM
  ERNEST RUTHERFORD, MANCHESTER, 1909
  - Fired alpha particles at a thin sheet of gold foil
  - Most passed straight through, so the atom is mostly empty space
  - A few bounced back, showing a tiny, dense, positive nucleus
"""


def ask_pioneers(question: str) -> str | None:
    deck, index = imported(PIONEERS, "outline", "pioneers.txt")
    return answer_question(deck, index, question).lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who discovered radium", "Discovered polonium and radium"),
        ("what did marie curie discover", "Discovered polonium and radium"),
        ("when did marie curie die", "Died in 1934"),
        ("who fired alpha particles at gold foil", "Fired alpha particles"),
        ("what did ernest rutherford fire at the gold foil", "Fired alpha particles"),
    ],
)
def test_a_person_named_only_in_a_heading_in_capitals(question: str, lead: str) -> None:
    # The heading is a title, never the answer: the lines under it are about the person.
    assert lead in (ask_pioneers(question) or "")


@pytest.mark.parametrize(
    "question",
    ["when was marie curie born", "when did ernest rutherford die", "who was rutherford's teacher"],
)
def test_a_heading_in_capitals_does_not_answer_what_its_lines_do_not_say(question: str) -> None:
    assert ask_pioneers(question) is None


# --- a reason given before "that's why", a thing named after "called" -------------------------

WEATHER = """# Weather and the water cycle

## Clouds and rain

- Hills force the wind upwards, where it cools - that's why hills get more cloud and rain.
- Tiny droplets join together until they are heavy enough to fall.
- Sunlight is scattered most at the blue end of the spectrum, which is why the sky looks blue.
- Clear nights are colder because no cloud traps the heat.
- Rain gauges on hills record more rain on windy days.

## Storms

- Thunderstorms can drop lumps of ice called hailstones onto crops.
- Hailstones grow larger each time updrafts lift them through the cloud.
- A spinning column of air that reaches the ground is known as a tornado.
- Tornadoes in the USA form most often in spring.
"""


def ask_weather(question: str) -> str | None:
    deck, index = imported(WEATHER, "markdown", "weather.md")
    return answer_question(deck, index, question).lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("why do hills get more rain", "Hills force the wind upwards"),
        ("how come hills get more rain when its windy", "Hills force the wind upwards"),
        ("how come the sky looks blue", "Sunlight is scattered"),
        ("what are hailstones", "lumps of ice called hailstones"),
        ("what is a tornado", "spinning column of air"),
    ],
)
def test_a_reason_before_thats_why_and_a_thing_named_after_called(question: str, lead: str) -> None:
    assert lead in (ask_weather(question) or "")


# --- a second name the notes give once --------------------------------------------------------

PRACTICALS = """# Forces and health - revision

## Measuring forces

- Weight is measured with a spring balance, also called a newtonmeter.
- Always read the newtonmeter at eye level to avoid parallax errors.
- Zero it before hanging anything from the hook.

## Diseases of the 1800s

- Tuberculosis (also known as consumption) was the biggest killer of the century.
- Consumption spread through coughs and sneezes in damp, crowded housing.
- Cholera is caught from drinking water that has sewage in it.
"""


def ask_practicals(question: str) -> str | None:
    deck, index = imported(PRACTICALS, "markdown", "practicals.md")
    return answer_question(deck, index, question).lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how should you read a spring balance", "read the newtonmeter at eye level"),
        ("how did tuberculosis spread", "spread through coughs"),
    ],
)
def test_a_second_name_the_notes_give_finds_lines_using_the_first(question: str, lead: str) -> None:
    assert lead in (ask_practicals(question) or "")


def test_a_second_name_does_not_answer_what_the_notes_do_not_say() -> None:
    assert ask_practicals("how was tuberculosis cured") is None


# --- tables: a column's label is no name ------------------------------------------------------

KITCHEN = """# Food technology

## Equipment

| Equipment | Use | Safety |
| --- | --- | --- |
| Blender | purees soups and sauces until smooth | unplug before cleaning the blades |
| Food probe | checks the core temperature of cooked food | clean with an antibacterial wipe |
| Mandoline | slices vegetables thinly and evenly | always use the hand guard |

## Kitchen brigade

| Role | Job |
| --- | --- |
| Head chef | plans the menu and orders the food |
| Commis chef | prepares vegetables for the other chefs |

## Cooking methods

- Steaming keeps more vitamins in vegetables than boiling.
- Frying cooks food quickly in hot oil.
"""


def ask_kitchen(question: str) -> str | None:
    deck, index = imported(KITCHEN, "markdown", "kitchen.md")
    return answer_question(deck, index, question).lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is the job of a food probe", "checks the core temperature"),
        ("what is the job of a blender", "purees soups"),
        ("what is the job of a head chef", "plans the menu"),
        ("how do you stay safe using a mandoline", "always use the hand guard"),
    ],
)
def test_a_table_row_answers_by_its_row_label_and_column_label(question: str, lead: str) -> None:
    # "Job" heads a column of another table: a capital starting a cell is no name that every
    # answer must mention.
    assert lead in (ask_kitchen(question) or "")


# --- "how far does it reach": the verb says the measure again ---------------------------------

WILDLIFE = """# Wildlife revision

## Migration

- Arctic terns fly about 70,000 km on their round trip each year.
- Swallows spend the winter in southern Africa.

## Animal senses

- An elephant's low rumble can be heard up to 10 km away.
- Owls have asymmetric ears to locate prey in darkness.
- A peregrine falcon dives at over 300 km/h when hunting.
"""


def ask_wildlife(question: str) -> str | None:
    deck, index = imported(WILDLIFE, "markdown", "wildlife.md")
    return answer_question(deck, index, question).lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how far does an elephant's rumble reach", "up to 10 km away"),
        ("how far do arctic terns travel", "about 70,000 km"),
        ("how fast does a peregrine falcon go", "over 300 km/h"),
    ],
)
def test_a_how_far_or_how_fast_verb_is_phrasing(question: str, lead: str) -> None:
    assert lead in (ask_wildlife(question) or "")


def test_a_measure_verb_does_not_answer_another_measure() -> None:
    assert ask_wildlife("how far does an owl's hearing reach") is None
