"""Round 15's blind review (issue 14, class 3 of docs/quiz-review/15-findings.md): fragments.

- A13 "True or false? Adrenaline AND thyroxine (HT only): controlled by positive feedback (TSH
  from pituitary)": the line has no subject, and the heading it is shown under names two
  hormones; the notes say it of thyroxine, the line it hangs from. The question now names that
  line's subject ("(Thyroxine)"); a line with no subject and no such line is not asked under a
  heading naming two things. The heading's "AND" came from a title typed half in capitals,
  whose words were taken for acronyms.
- B7 chronology options with no subject: "Declined after 1660s; Witchcraft Act repealed",
  "Public protest (800,000 signature petition) → pardoned" (the year cut out of "pardoned in
  1836"). An event whose clause says what happened but not to what is no event to order.

Checked on the reviewed decks, and on chemistry and history notes written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

REVIEW = Path(__file__).parents[2] / "docs" / "quiz-review"
SEEDS = range(3)

CHEMISTRY = """CHEMISTRY PAPER 1 - GROUP 1 AND GROUP 7 (topic 4) revision notes

1. SODIUM AND CHLORINE
  Sodium: a soft metal that reacts vigorously with water
    - stored under oil to stop it reacting with air and water
  Chlorine: a toxic green gas that bleaches damp litmus paper
    - added to drinking water in small amounts to kill bacteria

2. IONIC BONDING
  Sodium chloride is formed when sodium loses an electron to chlorine
  Ionic compounds have high melting points because of strong electrostatic forces

3. NOBLE GASES AND HALOGENS
  - found in Group 0 of the periodic table
  Halogens exist as diatomic molecules such as Cl2
"""

VOTES = """# Votes for women, 1900-1928

## Suffragists and suffragettes
- Millicent Fawcett led the NUWSS, founded in 1897
- Emmeline Pankhurst founded the WSPU in 1903
- arrested outside Parliament in 1909 → imprisoned in Holloway
- Emily Davison was killed at the Derby in 1913
- hunger strikers were force-fed; the Cat and Mouse Act was passed in 1913

## The vote won
- women over 30 given the vote → passed in 1918
- the Representation of the People Act gave women over 21 the vote in 1928
- Nancy Astor became the first woman to sit as an MP in 1919
"""


def _notes(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


@pytest.fixture(scope="module")
def biology() -> Deck:
    return questioning.imported_notes(REVIEW / "15-deckA.notes.txt")


@pytest.fixture(scope="module")
def crime() -> Deck:
    return questioning.imported_notes(REVIEW / "15-deckB.notes.md")


def _on_line(questions: list[Question], line: str) -> list[Question]:
    return [q for q in questions if q.source_fact == line]


def test_a_line_without_a_subject_is_shown_under_its_subject(biology: Deck) -> None:
    """A13: the line under "Thyroxine: …" is shown as about thyroxine, not about "Adrenaline and
    thyroxine"."""
    asked = _on_line(
        questioning.every_question(biology, SEEDS),
        "controlled by negative feedback (TSH from pituitary)",
    )
    assert asked  # still asked: the notes say what it is about
    assert all("(Thyroxine)" in q.prompt for q in asked), [q.prompt for q in asked]
    chemistry = questioning.every_question(_notes(CHEMISTRY, "groups.txt"), SEEDS)
    water = _on_line(chemistry, "added to drinking water in small amounts to kill bacteria")
    assert water
    assert all("(Chlorine)" in q.prompt for q in water), [q.prompt for q in water]


def test_a_line_without_a_subject_under_two_things_is_not_asked() -> None:
    chemistry = questioning.every_question(_notes(CHEMISTRY, "groups.txt"), SEEDS)
    assert not _on_line(chemistry, "found in Group 0 of the periodic table")
    # A line with its own subject under the same heading is asked.
    assert _on_line(
        chemistry, "Sodium chloride is formed when sodium loses an electron to chlorine"
    )


def test_a_heading_typed_in_capitals_keeps_no_capital_and(biology: Deck) -> None:
    """A title typed half in capitals ("BIOLOGY PAPER 2 - HOMEOSTASIS AND RESPONSE (topic 5)
    revision notes") does not make "AND" an acronym of every other heading."""
    titles = {topic.title for topic in biology.topics}
    assert "Adrenaline and thyroxine (HT only)" in titles
    assert not any(" AND " in topic.title for topic in biology.topics[1:]), titles
    chemistry = _notes(CHEMISTRY, "groups.txt")
    assert [topic.title for topic in chemistry.topics][-3:] == [
        "Sodium and chlorine",
        "Ionic bonding",
        "Noble gases and halogens",
    ]


def _ordered(deck: Deck) -> set[str]:
    return {
        option
        for q in questioning.every_question(deck, SEEDS, QuestionKind.CHRONOLOGY)
        for option in q.options
    }


def test_an_event_without_a_subject_is_not_put_in_order(crime: Deck) -> None:
    """B7: "Public protest (800,000 signature petition) → pardoned", "Declined after 1660s;
    Witchcraft Act repealed"."""
    shown = _ordered(crime)
    assert shown  # the deck's other dated lines are still ordered
    assert not any(option.endswith("pardoned") for option in shown), shown
    assert not any(option.startswith("Declined") for option in shown), shown
    votes = _ordered(_notes(VOTES, "votes.md"))
    assert "Emmeline Pankhurst founded the WSPU" in votes
    assert not any("Arrested outside Parliament" in option for option in votes), votes
    assert not any(option.endswith("passed") for option in votes if "→" in option), votes
    assert not any(option.endswith(", founded") for option in votes), votes


def test_a_stem_is_never_the_blank_alone(biology: Deck, crime: Deck) -> None:
    """ "Control of body temp (triple) (Too hot): _____" → vasodilation: the bracket after the
    blank ("vasodilation (blood vessels near skin widen → more heat lost)") was left out as a
    gloss, though it is all the line says. It stays when nothing else would."""
    for deck in (biology, crime, _notes(CHEMISTRY, "groups.txt")):
        for q in questioning.every_question(deck, SEEDS, QuestionKind.CLOZE):
            assert not q.prompt.rstrip().endswith(": _____"), q.prompt
    hot = [
        q
        for q in questioning.every_question(biology, SEEDS, QuestionKind.CLOZE)
        if q.source_fact.startswith("vasodilation (")
    ]
    assert any("blood vessels near skin widen" in q.prompt for q in hot)
