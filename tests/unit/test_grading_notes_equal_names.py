"""Other names the notes set equal to a name — "(= Y)", "(i.e. Y)", "(now Y)", "(nicknamed Y)",
", meaning "Y"", a name in brackets after a name, 'term = "translation"', and for a foreign term
the head of its definition — are right answers for it, in a quiz and in `grade()` given the
deck's entities (round 22: "Treaty of Amity and Commerce", "Formosa", "Jiyūtō", "elder
statesmen", "French work" refused). What a bracket after a person holds (his town), a name the
notes use elsewhere, a possessive description and an explanation after "meaning" are not."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# The Hanseatic League, in no deck of the reviews nor of the session's probes.
NOTES = """# The Hanseatic League
## Towns and trade
- **Hanseatic League** (= the Hansa, "guild") – trading towns of northern Europe
- each **Kontor** (i.e. a foreign trading post) had its own rules, e.g. the Steelyard in London
- **Gdańsk** (Danzig) – the biggest Baltic member after Lübeck
- the **Steelyard** stood by the Thames (i.e. the city's river)
- **Bruges** (Flanders) – the Kontor for cloth
- English wool was woven into cloth in Flanders
- **Novgorod** Kontor at the Peterhof, on the river Volkhov (now Russia)
- the Steelyard's hall was 60 m (197 ft) long
- **Olaf II** (St Olaf) of Norway had given Bergen its first charter
## War and pirates
- **Treaty of Stralsund** 1370 (= Peace of Stralsund) – Denmark gave the League its forts
- **Valdemar IV** (nicknamed Atterdag, meaning "another day") – king of Denmark
- **Vitalienbrüder** (= Victual Brothers) – pirates of the Baltic
- **Klaus Störtebeker** (Hamburg) – their leader, executed 1401
- **Gödeke Michels** (born Hamburg) – his partner; Hamburg executed him too
- **Wulf Wulflam** (born Wulf Wulflamsson) – mayor of Stralsund
- the **cog** – a broad ship, meaning the League could carry bulk goods
## Key terms
- **Lübeck** = Queen of the Hanse, its chief town
- **Bergen** = stockfish town; the Kontor stood on its quay
- **Ratsherr** = Lübeck Cathedral (1247) stood beside the town hall
- **Ratsherr** = town councillor who sat on the council
- **Hansetag** = "Hanse day", the assembly of the towns
- **schoss** = tax of a town
"""


@pytest.fixture(scope="module")
def entities() -> tuple[str, ...]:
    deck = parse_deck(dump_deck(import_text(NOTES, format="markdown", source_name="hansa.md")))
    return QuestionGenerator(deck).entities()


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Treaty of Stralsund", "Peace of Stralsund"),  # "(= …)" after a name and its year
        ("Peace of Stralsund", "Treaty of Stralsund"),  # either way round
        ("Hanseatic League", "the Hansa"),  # "(= the Hansa, …)": the first of its items
        ("Kontor", "foreign trading post"),  # "(i.e. a …)", the article left out
        ("Gdańsk", "Danzig"),  # a name in brackets after a name
        ("Valdemar IV", "Atterdag"),  # "(nicknamed …)"
        ("Atterdag", "another day"),  # ', meaning "…"'
        ("Vitalienbrüder", "Victual Brothers"),
        ("Hansetag", "Hanse day"),  # 'term = "translation", …'
        ("Ratsherr", "town councillor"),  # a foreign term's definition headed by its name
        ("60 m", "197 ft"),  # a measurement the notes give in two units
        ("Wulf Wulflam", "Wulf Wulflamsson"),  # "(born …)"
        ("Lübeck", "Queen of the Hanse"),  # a glossary entry giving a name
        ("Olaf II", "St Olaf"),  # a title and his own name, in brackets after a person
    ],
)
def test_an_other_name_the_notes_set_equal_is_accepted(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=entities)
    assert result.correct, result
    assert result.reason.startswith("Accepted"), result.reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Klaus Störtebeker", "Hamburg"),  # a person's bracket says where he was from
        ("Bruges", "Flanders"),  # a name the notes use elsewhere: what it is in, not its name
        ("Steelyard", "city's river"),  # a possessive description
        ("cog", "League could carry bulk goods"),  # "meaning" an explanation
        ("Valdemar IV", "another day"),  # the nickname's meaning is not his name
        ("schoss", "tax"),  # one word of a definition: what it is, not its name
        ("Novgorod", "Russia"),  # "(now Russia)" after the river, not the town
        ("60 m", "60 ft"),  # the figure in the other unit is another length
        ("Gödeke Michels", "Hamburg"),  # "(born Hamburg)": a town the notes name elsewhere
        ("Bergen", "stockfish town"),  # a place's description, not its name
        ("Ratsherr", "Lübeck Cathedral"),  # a name opening a sentence, not set beside it
    ],
)
def test_what_is_no_other_name_is_refused(
    entities: tuple[str, ...], expected: str, given: str
) -> None:
    result = grade(expected, given, others=entities)
    assert not result.correct, result
    assert result.reason.startswith("Not quite"), result.reason


def test_the_quiz_grader_and_grade_agree(entities: tuple[str, ...]) -> None:
    grader = Grader(entities)
    for expected, given in [("Gdańsk", "Danzig"), ("Klaus Störtebeker", "Hamburg")]:
        quiz = grader.grade(expected, given)
        assert quiz == grade(expected, given, others=entities)
