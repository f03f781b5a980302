"""Round 14's blind review (issue 14): wrong options of another kind or form, and a person asked
as a term. Tested on notes
in other subjects written here, never on the reviewed decks:

- a describing word among things ("Unreliable" beside "Heating" and "Pumped storage"), which a
  definition that is a statement ("energy is transferred …") had put in one kind with them;
- a group among people ("Vigilance committee" beside "Billy the Kid" and "Wyatt Earp"), a
  process beside a person ("Long drive" beside "Joseph McCoy"), a custom among another
  section's practices ("Counting coup" beside "Open range");
- "What does “Joseph McCoy” mean?";
- an event among policies ("The Kronstadt Rising" offered for "War Communism");
- a blank across a spaced dash ("opponents of the _____, landowners …" -> "Bolsheviks –
  Tsarists").
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionKind
from knowledge.model import Deck
from tests.unit import questioning

CHOICES = (QuestionKind.CHOICE, QuestionKind.DEFINITION_TO_TERM, QuestionKind.TERM_TO_DEFINITION)

WEATHER = """# Weather and climate

## Processes in the atmosphere
- **Condensation**: water vapour is cooled and turns back into liquid droplets.
- **Evaporation**: water is heated by the sun and turns into water vapour.
- **Precipitation**: water falls from clouds as rain, sleet, snow or hail.

## Rainfall in the Sahel (Problems)
- **Erratic**: rain is received in some years but not in others.

## Flood defences
- **Flood barrier**: water is held back by gates across a river.
- **Levee**: an embankment built along a river to raise its banks.
"""

POLICING = """# Crime and punishment, 1700-1900

## Law enforcement
- **Jack Sheppard**: a thief famous for escaping from Newgate prison four times.
- **Mary Frith**: a pickpocket and fence known as Moll Cutpurse.
- **Watch committee**: a group of councillors who ran a town's police force.

## Punishments
- **Transportation**: sending convicts to colonies such as Australia.
- **Robert Peel**: set up the Metropolitan Police in 1829.
- **Dick Turpin**: a highwayman hanged at York in 1739.
- **Hulks**: old ships used as floating prisons.
"""

GOLD = """# Australia in the nineteenth century

## Aboriginal Australians
- Aboriginal peoples had lived in Australia for over 50,000 years.
- **Walkabout**: journeying on foot through the bush as a rite of passage.
- Songlines recorded routes across the land in stories and songs.
- **Dreamtime**: the time of creation in Aboriginal belief.

## The gold rushes
- **Panning**: washing river gravel in a pan to find specks of gold.
- **Prospecting**: searching the land for new deposits of gold.
- **Cradling**: rocking gravel in a wooden box to wash the gold out.
- Ballarat and Bendigo grew quickly after gold was found in 1851.
"""

RUSSIA = """# Russia after the revolution

## Running the economy
- **Rationing**: the policy of sharing out scarce food by coupons.
- **Conscription**: the policy of forcing men to join the army.
- **Grain requisitioning**: soldiers took surplus grain from the peasants by force.
- **The Tambov Rebellion**: peasants in Tambov province rose up against the requisitions.
"""

CIVIL_WAR = """# The English Civil War

## The two sides
- **Roundheads**: supporters of Parliament – Puritans, merchants, townspeople and the navy.
- **Cavaliers**: supporters of the King – Anglicans, Catholics, most nobles and their tenants.
- **Clubmen**: local groups who wanted to keep both armies off their land.
- The New Model Army was formed in 1645 under Sir Thomas Fairfax.
- Oliver Cromwell led the cavalry known as the Ironsides.
"""


def _asked(tmp_path: Path, name: str, text: str, *kinds: QuestionKind) -> list[Question]:
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    deck: Deck = questioning.imported_notes(notes)
    return questioning.every_question(deck, range(6), *kinds)


def _answer(q: Question) -> str:
    return q.answers[0] if q.answers else ""


def test_a_describing_word_is_never_an_option_among_things(tmp_path: Path) -> None:
    # "Erratic: rain is received …" and "Flood barrier: water is held back …" are statements
    # after a label: their first words ("rain is", "water is") say nothing of a kind.
    asked = _asked(tmp_path, "weather.md", WEATHER, *CHOICES)
    things = {"Condensation", "Evaporation", "Precipitation", "Flood barrier", "Levee"}
    for q in asked:
        if q.options and _answer(q) in things:
            assert "Erratic" not in q.options, (q.prompt, q.options)
        if _answer(q) == "Erratic":
            assert not things & set(q.options), (q.prompt, q.options)
    # A describing word before a statement is a label of a point, never asked as a term.
    assert not [q for q in asked if _answer(q) == "Erratic"]


def test_a_group_is_never_asked_among_people(tmp_path: Path) -> None:
    people = {"Jack Sheppard", "Mary Frith", "Robert Peel", "Dick Turpin"}
    others = {"Watch committee", "Transportation", "Hulks"}
    for q in _asked(tmp_path, "policing.md", POLICING, *CHOICES):
        if _answer(q) in others:
            assert not people & set(q.options), (q.prompt, q.options)
        if _answer(q) in people:
            assert not others & set(q.options), (q.prompt, q.options)


def test_a_person_is_asked_who_they_were(tmp_path: Path) -> None:
    asked = _asked(tmp_path, "policing.md", POLICING, *CHOICES)
    for q in asked:
        for name in ("Jack Sheppard", "Mary Frith", "Robert Peel", "Dick Turpin"):
            assert f"What does “{name}” mean?" not in q.prompt, q.prompt
            assert f"“{name}”" not in q.prompt or q.prompt.startswith("Who "), q.prompt
    named = ("Jack Sheppard", "Mary Frith", "Robert Peel", "Dick Turpin")
    people = [q for q in asked if q.kind is not QuestionKind.CHOICE and _answer(q) in named]
    assert people
    assert all(q.prompt.startswith("Who ") for q in people), [q.prompt for q in people]


def test_a_custom_takes_no_practice_of_another_section(tmp_path: Path) -> None:
    mining = {"Panning", "Prospecting", "Cradling"}
    mining_said = {
        "washing river gravel in a pan to find specks of gold.",
        "searching the land for new deposits of gold.",
        "rocking gravel in a wooden box to wash the gold out.",
    }
    for q in _asked(tmp_path, "australia.md", GOLD, *CHOICES):
        if _answer(q) == "Walkabout":
            assert not mining & set(q.options), (q.prompt, q.options)
        if _answer(q).startswith("journeying"):
            assert not mining_said & set(q.options), (q.prompt, q.options)


def test_an_event_is_never_offered_among_policies(tmp_path: Path) -> None:
    policies = {"Rationing", "Conscription"}
    seen = 0
    for q in _asked(tmp_path, "russia.md", RUSSIA, *CHOICES):
        if _answer(q) in policies:
            seen += 1
            assert "The Tambov Rebellion" not in q.options, (q.prompt, q.options)
    assert seen


def test_a_blank_never_runs_across_a_spaced_dash(tmp_path: Path) -> None:
    # "Parliament – Puritans" is two things: the dash between them parts the line.
    blanks = _asked(tmp_path, "civil_war.md", CIVIL_WAR, QuestionKind.CLOZE, QuestionKind.CHOICE)
    assert blanks
    for q in blanks:
        for text in (*q.answers, *q.options):
            assert " – " not in text, (q.prompt, text)
