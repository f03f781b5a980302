"""Inline "Term: definition" lines of an outline, found by the tenth blind review
(docs/quiz-review.md): such a line followed by bullets at its own indent was read as a group
heading over them, so its definition was never asked and the bullets carried it as their context;
and timeline labels ("late 19th century: …") were asked as terms. Tested on chemistry and
economics notes written for these tests, not on the review decks."""

from __future__ import annotations

from bot.questions import QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.importers.definitions import inline_definition, is_date_label, opens_list
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

CHEMISTRY = """GCSE CHEMISTRY - ATOMIC STRUCTURE AND BONDING
Revision outline for Paper 1. Learn the definitions word for word.

ATOMS AND ISOTOPES
  Isotope: an atom of the same element with a different number of neutrons.
  - Isotopes have the same chemical properties because they have the same electron arrangement.
  - Relative atomic mass is a mean that takes the abundance of each isotope into account.
  Ion: an atom or group of atoms that has gained or lost electrons, so it carries a charge.
  - Metals lose electrons to form positive ions.
  - Non-metals gain electrons to form negative ions.
  Uses of isotopes:
    - carbon-14 dating of ancient remains
    - tracers in medicine

HISTORY OF THE ATOM
  - John Dalton described atoms as tiny solid spheres that cannot be divided.
  Later models:
    - late 19th century: J.J. Thomson discovered the electron and proposed the plum pudding model
    - In 1911: Rutherford's alpha scattering experiment showed a small, dense, positive nucleus
    - 1930s: James Chadwick showed that the nucleus also contains neutrons

BONDING
  Ionic bond: the electrostatic attraction between oppositely charged ions.
  - Ionic compounds form giant lattices with high melting points.
  Metallic bond: the attraction between positive metal ions and a sea of delocalised electrons.
  - Metals are good conductors of heat.
  Covalent bond: a shared pair of electrons between two non-metal atoms.
  - Simple molecules have low melting points because the forces between molecules are weak.
  - Giant covalent structures such as diamond have very high melting points.
  Properties of metals:
  - they conduct electricity because their delocalised electrons can move
  - they are malleable because the layers of ions can slide over each other
"""

ECONOMICS = """MACROECONOMICS - INFLATION
Inflation: a sustained rise in the general price level over time.
- Inflation is measured in the UK by the Consumer Price Index.
- The Bank of England's target is 2%.
Causes:
- demand-pull: too much spending chasing too few goods
- cost-push: rising costs such as wages or imported raw materials
"""


def _deck(text: str, name: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format="outline")), "t.yaml")


def _facts(deck: Deck) -> dict[str, str | None]:
    return {fact.text: fact.group for topic in deck.topics for fact in topic.facts}


def test_a_complete_definition_is_a_key_term_and_the_bullets_after_it_are_its_siblings() -> None:
    deck = _deck(CHEMISTRY, "atoms.txt")
    terms = {term.term: term.definition for term in deck.terms}
    assert set(terms) == {"Isotope", "Ion", "Ionic bond", "Metallic bond", "Covalent bond"}
    facts = _facts(deck)
    # the definition is a line of the notes, under no heading …
    assert (
        facts["Isotope: an atom of the same element with a different number of neutrons."] is None
    )
    # … and the bullets after it at its indent are facts of the topic, not of "Isotope"
    assert facts["Metals lose electrons to form positive ions."] is None
    assert facts["Giant covalent structures such as diamond have very high melting points."] is None
    # a label with nothing after its colon still heads what follows, indented or not
    assert facts["carbon-14 dating of ancient remains"] == "Uses of isotopes"
    assert (
        facts["they are malleable because the layers of ions can slide over each other"]
        == "Properties of metals"
    )


def test_timeline_labels_are_dates_kept_in_their_facts_not_terms() -> None:
    deck = _deck(CHEMISTRY, "atoms.txt")
    assert not any(is_date_label(term.term) for term in deck.terms)
    facts = _facts(deck)
    assert (
        facts[
            "In 1911: Rutherford's alpha scattering experiment showed a small, dense, "
            "positive nucleus"
        ]
        == "Later models"
    )
    assert (
        facts[
            "late 19th century: J.J. Thomson discovered the electron and proposed the plum "
            "pudding model"
        ]
        == "Later models"
    )
    asked = questioning.every_question(
        deck, range(8), QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM
    )
    shown = " ".join([q.prompt for q in asked] + [o for q in asked for o in q.options])
    for label in ("late 19th century", "1930s", "In 1911"):
        assert label not in shown, label


def test_the_definitions_are_asked() -> None:
    deck = _deck(CHEMISTRY, "atoms.txt")
    asked = questioning.every_question(
        deck, range(12), QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM
    )
    shown = " ".join([q.prompt for q in asked] + [o for q in asked for o in q.options])
    # each definition followed by bullets at its indent; same-kind terms (bonds) as options
    for term in ("Ionic bond", "Metallic bond", "Covalent bond"):
        assert term in shown, term


def test_an_unindented_outline_keeps_lead_ins_as_headings_and_definitions_as_terms() -> None:
    deck = _deck(ECONOMICS, "inflation.txt")
    assert {term.term for term in deck.terms} == {"Inflation", "demand-pull", "cost-push"}
    where = {fact.text: (topic.title, fact.group) for topic in deck.topics for fact in topic.facts}
    assert where["The Bank of England's target is 2%."] == ("Macroeconomics - inflation", None)
    assert where["demand-pull: too much spending chasing too few goods"] == ("Causes", None)


def test_which_labels_open_a_list_and_which_are_dates() -> None:
    assert opens_list("Natural selection:")
    assert opens_list("Reasons: the following")
    assert opens_list("Causes include:")
    assert not opens_list(
        "Isotope: an atom of the same element with a different number of neutrons."
    )
    for date in ("late 19th century", "1850s", "In 1953", "mid-20th century", "March 1933"):
        assert is_date_label(date), date
    for name in ("Black Death", "Article 48", "Covalent bond", "Century Egg", "May"):
        assert not is_date_label(name), name
    assert inline_definition("1850s: the railway boom spread across Britain") is None


HISTORY_OF_MONEY = """# The Great Depression – A-level Economics

## Policy responses
- **Gold Standard suspension (21 September 1931)**: Britain stopped exchanging pounds for gold.
- **Smoot-Hawley Tariff (June 1930)**: a US law that raised tariffs on imported goods.
- **Glass-Steagall Act (1933)**: a law that separated commercial and investment banking.
- **Price elasticity of demand (PED)**: the responsiveness of quantity demanded to a change in price.
- **Friedman and Schwartz (1963)**: argued that the Federal Reserve turned a recession into a depression.
"""


def test_a_bold_event_with_its_date_in_brackets_gives_the_events_name_as_the_term() -> None:
    deck = parse_deck(
        dump_deck(import_text(HISTORY_OF_MONEY, source_name="money.md", format="markdown")),
        "t.yaml",
    )
    terms = {term.term: term.definition for term in deck.terms}
    assert set(terms) == {
        "Gold Standard suspension",
        "Smoot-Hawley Tariff",
        "Glass-Steagall Act",
        "Price elasticity of demand (PED)",  # a bracket that is no date stays
    }
    lines = [fact.text for topic in deck.topics for fact in topic.facts]
    # the date stays in the fact the term comes from
    assert any(line.startswith("Smoot-Hawley Tariff (June 1930): a US law") for line in lines)
