"""Headings, lead-in labels and handout sections are not quizzed as content (issue 14, round-11
blind review class 2: "Threats:", "Losses:", "Test for starch:", "Economic grievances:",
"Required practical:" asked as key terms, "Exam focus" as a "which topic" answer, "Topic _____"
from the handout's title line). Tested on physics and economics notes written for these tests,
not on the review's decks."""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

PHYSICS = """GCSE PHYSICS - ENERGY AND ELECTRICITY
Revision notes (Year 11, Unit 5) - use with your class workbook pages 30-58

ENERGY STORES
  Kinetic energy - the energy an object has because it is moving
  Gravitational potential energy - the energy an object has because of its height
  Efficiency - the useful output energy divided by the total input energy
  Energy losses: friction heats the moving parts, some is lost as sound, and air resistance slows the car.
  Risks: frayed cables, water near sockets, overloaded adaptors.
  Required practical: measure the temperature rise of an insulated block heated by a 12 V heater.
  Test for a short circuit: the fuse melts and the current stops.
  Renewable resources: wind, solar, tidal and hydroelectric power.

CIRCUITS
  Current - the rate of flow of electric charge, measured in amperes
  Resistance - the opposition to the flow of current, measured in ohms
  A fuse melts if the current is too large, breaking the circuit.
  Series circuits have one loop; parallel circuits have several branches.
  Thermistors are used in thermostats because their resistance falls as temperature rises.
  The national grid transmits electricity at 400,000 volts to reduce energy losses.

EXAM TIPS
  Always give the unit with every calculated answer.
  In 6-mark questions, describe the method step by step.
  Quote the equation before you substitute the numbers.
"""

ECONOMICS = """# Germany after the First World War

## Background: the end of the war

- Germany signed the armistice on **11 November 1918**.
- About **2 million** German soldiers had died in the fighting.

## The Treaty of Versailles

- **Reparations**: payments Germany had to make for war damage, set at £6.6 billion in 1921.
- **Demilitarisation**: the removal of troops and weapons from an area such as the Rhineland.
- Territorial losses: Alsace-Lorraine, the Saar and the Polish Corridor.
- German complaints: the treaty was a "diktat" and the war guilt clause was unfair.
- The army was limited to 100,000 men and conscription was banned.

## Hyperinflation (1923)

- The French occupied the Ruhr in January 1923 after Germany missed a reparations payment.
- The government printed money, so prices rose faster and faster.
- By November 1923 a loaf of bread cost 200,000 million marks.
- Greenhouse gases: gases such as carbon dioxide and methane that trap heat.

## Exam focus

- "Explain why" questions: give two causes and link each to the result.
- Remember: the Rentenmark replaced the worthless mark in November 1923.
- Always use a named example in every paragraph.
"""


def _deck(text: str, name: str, fmt: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t.yaml")


def _asked(deck: Deck, seeds: range = range(4)) -> list[Question]:
    found: dict[tuple[str, str, tuple[str, ...]], Question] = {}
    for seed in seeds:
        for q in QuestionGenerator(deck, seed=seed).all_candidates():
            found.setdefault((q.id, q.prompt, q.options), q)
    return list(found.values())


def _shown(q: Question) -> str:
    """Everything a student reads or types for a question: stem, options and accepted answers."""
    return " | ".join([q.prompt, *q.options, *q.answers])


def test_a_list_or_instruction_label_is_no_key_term_and_is_never_an_answer_or_option() -> None:
    deck = _deck(PHYSICS, "energy.txt", "outline")
    terms = {term.term for term in deck.terms}
    assert {"Kinetic energy", "Efficiency", "Current", "Resistance"} <= terms
    labels = (
        "Energy losses",
        "Risks",
        "Required practical",
        "Test for a short circuit",
        "Renewable resources",
    )
    assert not terms & set(labels)
    for q in _asked(deck):
        for label in labels:
            # never the key, never a wrong option, never "What does Risks mean?"
            assert all(label.casefold() != a.casefold() for a in (*q.answers, *q.options)), q
            assert f"“{label}”" not in q.prompt, q
            assert not q.prompt.startswith(f"{label}:") and ": _____: " not in q.prompt, q


def test_a_labels_content_is_still_asked_under_the_label() -> None:
    asked = _asked(_deck(PHYSICS, "energy.txt", "outline"))
    under = [q for q in asked if "overloaded adaptors" in q.source_fact]
    # the list is asked, with its label kept once as the context in the stem ("Risks: …", or
    # "(Risks)" since round 13 reads "Risks" as a label of the notes, as "Strength" is)
    assert any(
        q.prompt.count("Risks: ") + q.prompt.count("(Risks)") == 1 and q.answers[0] == "adaptors"
        for q in under
    )


def test_markdown_list_labels_are_not_terms_but_real_plural_terms_are() -> None:
    deck = _deck(ECONOMICS, "weimar.md", "markdown")
    terms = {term.term for term in deck.terms}
    # a meaning opening with a plural noun of its own, or naming it with "that", stays a term
    assert {"Reparations", "Demilitarisation", "Greenhouse gases"} <= terms
    assert not terms & {"Territorial losses", "German complaints"}
    for q in _asked(deck):
        assert not any(
            label in (*q.answers, *q.options)
            for label in ("Territorial losses", "German complaints")
        ), q


def test_exam_advice_is_never_quizzed_and_its_section_is_no_topic_answer() -> None:
    for deck in (
        _deck(PHYSICS, "energy.txt", "outline"),
        _deck(ECONOMICS, "weimar.md", "markdown"),
    ):
        asked = _asked(deck)
        for q in asked:
            offered = " | ".join((*q.options, *q.answers)).casefold()
            assert "exam tips" not in offered and "exam focus" not in offered, q
            for advice in ("calculated answer", "6-mark", "before you substitute", "two causes"):
                assert advice not in q.source_fact.casefold(), q
            assert "named example" not in q.source_fact, q


def test_a_fact_kept_in_an_exam_section_is_still_asked() -> None:
    asked = _asked(_deck(ECONOMICS, "weimar.md", "markdown"))
    assert any("Rentenmark replaced" in q.source_fact for q in asked)


def test_the_handouts_title_line_is_not_quizzed() -> None:
    for q in _asked(_deck(PHYSICS, "energy.txt", "outline")):
        assert "workbook" not in q.source_fact and "Unit _____" not in q.prompt, q


def test_which_topic_is_not_asked_on_a_scene_setting_section_or_a_line_naming_its_own_term() -> (
    None
):
    deck = _deck(ECONOMICS, "weimar.md", "markdown")
    which = [q for q in _asked(deck) if q.kind is QuestionKind.WHICH_TOPIC]
    for q in which:
        assert not any(o.startswith("Background") for o in q.options), q
        # "reparations" is defined under the treaty: the word gives the section away
        assert (
            "reparations" not in q.prompt.casefold() or q.answers[0] != "The Treaty of Versailles"
        )
