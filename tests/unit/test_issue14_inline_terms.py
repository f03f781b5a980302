"""Key terms that notes define inline, found by the ninth blind review (docs/quiz-review.md):
"Term: definition" lines of a plain-text outline gave no key terms at all, so core definitions
were never asked, while lead-in labels ("Cause:", "Total cost:", "Strength:") and study citations
("**Meltzoff and Moore (1977)**: …") must not become terms. Tested on notes written for these
tests (cell biology, economics, sociology of education), not on the review decks."""

from __future__ import annotations

from bot.questions import QuestionKind
from knowledge.importers import dump_deck, import_text, import_text_with_report
from knowledge.importers.definitions import defines_term, is_citation, is_generic_label
from knowledge.importers.report import report_lines
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

BIOLOGY = """CELL BIOLOGY - GCSE BIOLOGY REVISION
Revision outline (Paper 1). Learn the key terms and the required practical.

CELL STRUCTURE
  - Nucleus: contains genetic material that controls the activities of the cell.
  - Mitochondria: the site of aerobic respiration, where energy is released.
  - Ribosomes: the site of protein synthesis.
  - Animal cells: nucleus, cytoplasm, cell membrane, mitochondria and ribosomes.
  - Cell size: about 10-30 micrometres across.
  - A typical plant cell also has a cell wall, a permanent vacuole and chloroplasts.

TRANSPORT IN CELLS
  - Diffusion: the spreading out of particles from an area of higher to lower concentration.
  - Osmosis: the diffusion of water through a partially permeable membrane.
  - Active transport: moves substances against a concentration gradient, using energy from respiration.
  Factors affecting the rate of diffusion:
    - Temperature: particles move faster when it is warmer.
    - Distance: a shorter path means particles arrive sooner.

CASE STUDY: CYSTIC FIBROSIS (INHERITED DISORDER)
  - Cause: a faulty recessive allele on chromosome 7.
  - Date: first described in 1938.
  - Total cost: about £10,000 a year per patient in the UK.
  Evaluation of gene therapy:
    - Strength: a working allele could be delivered straight to the lung cells.
    - Weakness: the effect wears off, so treatment must be repeated.
  - Symptoms: thick mucus, chest infections and poor growth.
"""

ECONOMICS = """# Markets – A-level Economics

## Demand and supply

- **Demand**: the quantity of a good consumers are willing and able to buy at each price.
- **Price elasticity of demand**: the responsiveness of quantity demanded to a change in price.
- **Friedman (1968)**: argued that expectations adjust, so there is no long-run trade-off.
- **Kahneman and Tversky (1979)**: people weigh losses about twice as heavily as gains.
- **Strength**: the model predicts the direction of price changes well.
- **Black Wednesday (1992)**: the day the UK left the Exchange Rate Mechanism.
- Market failure: when the free market leads to a misallocation of resources.
- Total revenue: about £2 million in the first year.

## Key terms

- **Opportunity cost**: the next best alternative forgone.
- **Ceteris paribus**: all other things being equal.
- **Rosenthal and Jacobson (1968)**: teachers' expectations raised pupils' test scores.
"""


def _deck(text: str, name: str, fmt: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t.yaml")


def _terms(deck: Deck) -> dict[str, str]:
    return {term.term: term.definition for term in deck.terms}


def test_an_outline_gives_its_inline_definitions_as_key_terms_but_not_its_lead_ins() -> None:
    terms = _terms(_deck(BIOLOGY, "cells.txt", "outline"))

    assert set(terms) == {
        "Nucleus",
        "Mitochondria",
        "Ribosomes",
        "Diffusion",
        "Osmosis",
        "Active transport",
    }
    assert terms["Osmosis"] == "the diffusion of water through a partially permeable membrane."


def test_the_import_report_counts_an_outlines_inline_terms() -> None:
    imported = import_text_with_report(BIOLOGY, source_name="cells.txt", format="outline")
    deck = parse_deck(dump_deck(imported.mapping), "t.yaml")
    assert "6 key terms" in report_lines(imported.report, deck)[1]


def test_an_outlines_inline_terms_are_asked_as_term_questions_with_the_lines_kept() -> None:
    deck = _deck(BIOLOGY, "cells.txt", "outline")
    lines = [fact.text for topic in deck.topics for fact in topic.facts]
    assert any(line.startswith("Osmosis: the diffusion of water") for line in lines)
    asked = questioning.every_question(
        deck, range(6), QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM
    )
    named = {option for q in asked for option in q.options} | {q.prompt for q in asked}
    text = " ".join(named)
    assert "Osmosis" in text and "Active transport" in text
    for lead_in in ("Total cost", "Cause", "Strength", "Temperature", "Animal cells"):
        assert lead_in not in text, lead_in


def test_markdown_bold_and_plain_definitions_are_terms_but_studies_are_not() -> None:
    deck = _deck(ECONOMICS, "markets.md", "markdown")
    terms = _terms(deck)

    assert set(terms) == {
        "Demand",
        "Price elasticity of demand",
        "Black Wednesday",  # an event, its year kept in the line, not a study
        "Market failure",
        "Opportunity cost",  # the "Key terms" section keeps its terms …
        "Ceteris paribus",
    }
    lines = [fact.text for topic in deck.topics for fact in topic.facts]
    # … and the studies stay lines of the notes, to be asked about as facts
    assert any(line.startswith("Friedman (1968): argued") for line in lines)
    assert "Rosenthal and Jacobson (1968): teachers' expectations raised pupils' test scores." in (
        lines
    )


def test_a_study_is_never_an_option_of_a_term_question() -> None:
    deck = _deck(ECONOMICS, "markets.md", "markdown")
    asked = questioning.every_question(
        deck, range(6), QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM
    )
    assert asked
    for q in asked:
        assert not any("(1968)" in option or "(1979)" in option for option in q.options), q


def test_generic_labels_and_citations_are_told_apart_from_names() -> None:
    for label in ("Cause", "Total cost", "Main reasons", "Strengths of the study", "E.g."):
        assert is_generic_label(label), label
    for label in ("Primary effects", "Immediate responses", "Causeway", "Opportunity cost"):
        assert not is_generic_label(label), label
    assert is_citation("Willis (1977)", "studied 12 working-class boys at one school")
    assert is_citation("The lads study (Willis, 1977)", "boys who rejected school")
    assert is_citation("Ball et al. (1981)", "banding shaped pupils' attitudes")
    assert not is_citation("Kristallnacht (1938)", "the night Nazi mobs attacked Jewish shops")


def test_a_definition_is_told_apart_from_a_figure_a_list_or_a_judgement() -> None:
    assert defines_term("Monitoring", "using scientific equipment to detect warning signs.")
    assert defines_term("Secondary effects", "happen later as a result of the primary effects.")
    assert defines_term("Slab pull", "at destructive margins the plate sinks and pulls the rest")
    assert not defines_term("Oceanic crust", "5-10 km thick, denser, can be subducted")
    assert not defines_term("Renewable energy", "about a third of the UK's electricity")
    assert not defines_term("Tectonic hazards", "earthquakes, volcanic eruptions and tsunamis.")
    assert not defines_term("Social development", "deprivation can lead to poor relationships.")
    # under a reasons lead-in an everyday label names a reason, not a term
    assert not defines_term("Tourism", "hot springs attract visitors", lead_in="Reasons")
    assert defines_term("Tourism", "travel for pleasure or business")
