"""Blanks a teacher would set, and keys that take the notes' own full name (issue 14, round-11
blind review classes 3, 6 and 7): no blank on an example given in passing ("(e.g. Oxford, _____)")
or on the section's own name ("Act for the _____ of the Lesser Monasteries" under "The
Dissolution of the Monasteries"); a day's date asks its year; a true/false never moves one end of
a range; a practice named like "Pluralism" is a key term, not a person, so it is there to be a
same-list wrong option; "Catherine" keyed where the topic says "Catherine of Aragon" takes the
full name. Tested on notes written for these tests, not on the review's decks."""

from __future__ import annotations

from bot.grading import grade
from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

GEOGRAPHY = """# Coasts

## Coastal erosion

- Hydraulic action is the force of waves compressing air in cracks.
- Soft rock coasts retreat quickly, e.g. Holderness at about 2 metres a year.
- Famous stacks (e.g. Old Harry, the Needles) form where caves meet.
- Longshore drift moves sediment along the coast in the direction of the prevailing wind.
- About 4,000–5,000 tonnes of sediment are moved each year along the spit.

## The Great Storm of 1953

- The storm surge struck on 31 January 1953 and flooded Canvey Island.
- About 307 people died in England when the sea walls failed.
- The Great Storm led to the building of the Thames Barrier, opened in 1982.
- Storm surge: a rise in sea level caused by low pressure and strong winds.
"""

FARMING = """# Britain 1750-1850

## The Enclosure of the Commons (1750–1830)

### Stages

- 1760 – Act for the Enclosure of Hampton Common fenced off 400 acres of open fields.
- Landowners petitioned Parliament, which passed about 4,000 private enclosure acts.
- About 20,000–30,000 labourers lost their grazing rights.

### Results

- Farm output rose as the open fields became compact farms.
- Arthur Young was born on 11 September 1741 and wrote about the new farming.
- Jethro Tull invented the seed drill on 3 March 1701 in Berkshire.
- Wages for farm labourers were about 8–10 shillings a week.
- Between 1750 and 1850 about 6–7 million acres were enclosed.
- Rents on enclosed land rose by about 50–100 per cent.
"""

CHURCH = """# The Reformation in Scotland

## Criticisms of the Church

- **Pluralism** – one bishop holding several dioceses at once.
- **Absenteeism** – priests not living in their parish.
- **Simony** – buying and selling Church positions.
- **Nepotism** – giving Church posts to relatives.

## Mary, Queen of Scots

- Mary of Guise ruled as regent while her daughter Mary was in France.
- Mary returned to Scotland in 1561 after the death of her husband Francis II.
- Mary was forced to abdicate in 1567 in favour of her son James.
- Mary of Guise died in June 1560, weakening the Catholic cause.
"""


def _deck(text: str, name: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format="markdown")), "t.yaml")


def _asked(deck: Deck, *kinds: QuestionKind) -> list[Question]:
    found: dict[tuple[str, str, tuple[str, ...]], Question] = {}
    for seed in range(4):
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=kinds or None):
            found.setdefault((q.id, q.prompt, q.options), q)
    return list(found.values())


def test_an_example_given_in_passing_is_never_the_blank() -> None:
    for q in _asked(_deck(GEOGRAPHY, "coasts.md"), QuestionKind.CLOZE, QuestionKind.CHOICE):
        assert q.answers[0] not in ("Old Harry", "the Needles", "Needles", "2", "Holderness"), q


def test_the_sections_own_name_is_never_the_blank() -> None:
    for q in _asked(_deck(FARMING, "farming.md"), QuestionKind.CLOZE, QuestionKind.CHOICE):
        # "Act for the _____" under "The Enclosure of the Commons" asks the section's name
        assert "enclosure" not in q.answers[0].casefold(), q


def test_a_days_date_is_asked_by_its_year() -> None:
    cloze = _asked(_deck(FARMING, "farming.md"), QuestionKind.CLOZE)
    on_days = [q for q in cloze if "born on" in q.source_fact or "seed drill" in q.source_fact]
    keys = {q.answers[0] for q in on_days}
    assert {"1741", "1701"} <= keys
    assert not keys & {"11 September 1741", "3 March 1701"}
    assert any("born on 11 September _____" in q.prompt for q in on_days)


def test_a_true_false_never_moves_one_end_of_a_range() -> None:
    ranges = ("20,000–30,000", "8–10 shillings", "6–7 million", "50–100 per cent", "1750 and 1850")
    deck = _deck(FARMING, "farming.md")
    for seed in range(8):
        generator = QuestionGenerator(deck, seed=seed)
        for q in generator.all_candidates(kinds=[QuestionKind.TRUE_FALSE]):
            for whole in ranges:
                if whole.split("–")[-1].split()[-1] in q.source_fact and whole in q.source_fact:
                    assert whole in q.prompt, q.prompt


def test_a_practice_ending_in_ism_is_a_term_and_its_siblings_are_its_options() -> None:
    deck = _deck(CHURCH, "scotland.md")
    assert {"Pluralism", "Absenteeism", "Simony", "Nepotism"} <= {t.term for t in deck.terms}
    to_term = [
        q
        for q in _asked(deck, QuestionKind.DEFINITION_TO_TERM)
        if q.answers[0] == "Simony" and q.options
    ]
    assert to_term
    for q in to_term:
        assert set(q.options) <= {"Pluralism", "Absenteeism", "Simony", "Nepotism"}, q.options


def test_the_full_name_is_accepted_where_the_topic_gives_one() -> None:
    notes = """# Henry VIII

## The King's Great Matter

- Catherine of Aragon had only one surviving child, Princess Mary.
- Catherine had been married to Henry's brother Arthur before him.
- Henry wanted to marry Anne Boleyn instead.
- In 1527 Henry asked the Pope to annul his marriage to Catherine.

## Later wives

- Catherine Howard was executed for adultery in 1542.
- Catherine Parr outlived Henry.
"""
    deck = _deck(notes, "henry.md")
    generator = QuestionGenerator(deck, seed=1)
    keyed = [
        q
        for q in generator.all_candidates(kinds=[QuestionKind.CLOZE])
        if "_____ had been married" in q.prompt
    ]
    assert keyed
    others = generator.entities()
    for q in keyed:
        assert q.answers[0] == "Catherine"
        # the quiz's grader and grade() give one verdict: the notes' full name is right …
        assert grade(list(q.answers), "Catherine of Aragon", others=others).correct
        assert grade(list(q.answers), "catherine of aragon", others=others).correct
        # … another Catherine of the deck is not
        assert not grade(list(q.answers), "Catherine Howard", others=others).correct


def test_a_life_date_in_brackets_is_never_the_blank() -> None:
    notes = """# Scientists

## Genetics

- Gregor Mendel (b. 1822) bred pea plants in a monastery garden to study inheritance.
- Rosalind Franklin (d. 1958) took X-ray photographs of DNA at King's College in 1952.
- Watson and Crick published the double helix model of DNA in 1953.
"""
    asked = _asked(_deck(notes, "genetics.md"))
    keys = {q.answers[0] for q in asked if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE)}
    assert "1952" in keys  # the line's own date is asked …
    assert not keys & {"1822", "1958"}  # … the person's birth or death year is not
    for q in asked:
        if q.kind is QuestionKind.TRUE_FALSE and "Mendel" in q.prompt:
            assert "(b. 1822)" in q.prompt, q.prompt


def test_a_process_defined_by_a_clause_is_offered_only_among_processes() -> None:
    notes = """BIOLOGY - HOMEOSTASIS AND ECOLOGY
KEY TERMS
  Thermoregulation - the process animals use to keep their body temperature constant
  Osmoregulation - the process kidneys use to control the water content of the blood
  Predator - an animal that hunts and kills other animals for food
  Herbivore - an animal that eats only plants
  Carnivore - an animal that eats only meat
  Omnivore - an animal that eats both plants and meat
HOMEOSTASIS
  Arctic mammals rely on thermoregulation to survive long, cold winters on the ice.
  Desert rodents rely on osmoregulation to survive with almost no drinking water.
"""
    deck = parse_deck(
        dump_deck(import_text(notes, source_name="homeostasis.txt", format="outline")), "t.yaml"
    )
    asked = [
        q
        for q in _asked(deck, QuestionKind.CHOICE)
        if q.answers[0].casefold() in ("thermoregulation", "osmoregulation")
    ]
    for q in asked:
        # "the process animals use …" is a process, not an animal
        assert not {"Predator", "Herbivore", "Carnivore", "Omnivore"} & set(q.options), q.options
