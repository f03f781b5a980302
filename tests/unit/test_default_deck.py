"""The bundled deck holds the whole of the Khrushchev notes, findable the way a student searches."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck
from knowledge.model import Deck, Topic, cloze_answers
from knowledge.text import fold
from tests.notes_coverage import apply_fixes, deck_texts, missing_lines

NOTES = Path(__file__).resolve().parents[2] / "knowledge" / "notes" / "khrushchev.txt"
# CI checks the notes out beside the clone as ../shared; a user's clone has no such folder.
SHARED_NOTES = Path(__file__).resolve().parents[3] / "shared" / "notes" / "000_62805d0c61fae430.txt"

# Every change the deck makes to the notes' words: as in the notes -> as in the deck.
NOTES_FIXES = {
    "Einsenhower": "Eisenhower",
    "detterent": "deterrent",
    "geographcial": "geographical",
    "defnd": "defend",
    "ropads": "roads",
    "Khruschev": "Khrushchev",
    "FDR": "FRG",
    "disparagement": "disarmament",
    "EB": "East Berlin (the GDR)",
    "FR": "France",
    "w/": "with",
    "bcs": "because",
    "fp": "foreign policy",
}

SECTION_TITLES = [
    "Key Terms + Aims",
    "Dictatorship to Collective Leadership",
    "April Speech",
    "Operation Solarium (USA)",
    "East German Revolt",
    "“New Course” in foreign policy",
    "Geneva Conference",
    "Warsaw Pact",
    "Apology to Tito",
    "FRG joins NATO",
    "Poland",
    "Hungarian Uprising",
    "Moscow Conference",
    "Berlin Wall",
    "Cuban Missile Crisis",
    "Test Ban Treaty",
]

# Sub-bullets under a heading line of the notes, kept under that heading.
GROUPS = {
    ("key-terms-and-aims", "Soviet aims"): [
        "Destalinisation (although foreign policy barely differed from him)",
        'Peaceful Coexistence "capitalism + communism could exist side by side'
        ' without military conflict"',
        "Security",
        "Revitalise Economy",
    ],
    ("key-terms-and-aims", "Western Aims"): ["Containment", "Security"],
    ("berlin-wall", "Americans react"): [
        "forced them to recognise East Berlin (the GDR) as separate state",
        "scaled a makeshift wall",
        "imposed no economic sanctions",
        "humiliated Khrushchev + showed communism couldn't compete with capitalism",
    ],
    ("cuban-missile-crisis", "Willing to Compromise because"): [
        "new American ICBMs",
        "huge economic drain to USSR",
        "pressure from communist China",
    ],
}

KEY_TERMS = [
    "Destalinisation",
    "Peaceful Coexistence",
    "Security",
    "Revitalise Economy",
    "Containment",
    "Brinkmanship",
    "Detente",
]

# The definitions the notes give ("Term = definition"), which the deck must keep word for word.
NOTES_DEFINITIONS = {
    "Brinkmanship": "faking the approach to a nuclear war to convince other side to concede",
    "Detente": "period of lessened tension",
    "Destalinisation": "attempts to liberalise USSR",
    "Peaceful Coexistence": (
        "capitalism + communism could exist side by side without military conflict"
    ),
}


@pytest.fixture(scope="module")
def deck() -> Deck:
    return load_deck(DEFAULT_DECK)


@pytest.fixture(scope="module")
def notes() -> str:
    return NOTES.read_text(encoding="utf-8")


def _topic(deck: Deck, topic_id: str) -> Topic:
    topic = deck.topic(topic_id)
    assert topic is not None, f"no topic {topic_id!r}"
    return topic


def test_the_bundled_deck_is_the_khrushchev_deck(deck: Deck) -> None:
    assert deck.id == "khrushchev-foreign-policy"
    assert deck.title == "Khrushchev's Foreign Policy 1953–64"
    assert deck.source == "notes/khrushchev.txt"


def test_topics_are_the_sections_of_the_notes_in_order(deck: Deck, notes: str) -> None:
    assert [topic.title for topic in deck.topics] == SECTION_TITLES
    sections = [line.strip(" •") for line in notes.splitlines() if line.startswith("  • ")]
    assert [fold(apply_fixes(s, NOTES_FIXES)) for s in sections] == [
        fold(t) for t in SECTION_TITLES
    ]


def test_the_frg_topic_is_still_found_by_the_notes_own_title(deck: Deck) -> None:
    assert "FDR joins NATO" in _topic(deck, "frg-joins-nato").aliases


def test_every_line_of_the_notes_is_in_the_deck(deck: Deck, notes: str) -> None:
    missing = missing_lines(notes, deck, NOTES_FIXES)
    assert missing == [], "lines of the notes missing from the deck:\n" + "\n".join(missing)


def test_every_fix_changes_a_word_of_the_notes_into_a_word_of_the_deck(
    deck: Deck, notes: str
) -> None:
    deck_text = f" {fold(' '.join(deck_texts(deck)))} "
    for wrong, right in NOTES_FIXES.items():
        assert apply_fixes(notes, {wrong: right}) != notes, f"{wrong!r} is not in the notes"
        assert f" {fold(right)} " in deck_text, f"{right!r} is not in the deck"


def test_sub_bullets_under_a_heading_are_grouped(deck: Deck) -> None:
    for (topic_id, heading), expected in GROUPS.items():
        facts = [fact.text for fact in _topic(deck, topic_id).facts if fact.group == heading]
        assert facts == expected, f"group {heading!r} of {topic_id}"


def test_every_key_term_is_defined(deck: Deck) -> None:
    defined = {fold(name): term for term in deck.terms for name in (term.term, *term.aliases)}
    for name in KEY_TERMS:
        term = defined.get(fold(name))
        assert term is not None, f"key term {name!r} missing"
        assert term.definition.strip(), f"key term {name!r} has no definition"
        assert "key-terms-and-aims" in term.topics, f"{name!r} not linked to Key Terms + Aims"


def test_definitions_the_notes_give_are_kept_word_for_word(deck: Deck) -> None:
    definitions = {fold(term.term): term.definition for term in deck.terms}
    for name, definition in NOTES_DEFINITIONS.items():
        assert definitions[fold(name)] == definition


def test_every_term_belongs_to_a_topic_that_exists(deck: Deck) -> None:
    for term in deck.terms:
        assert term.topics, f"term {term.term!r} belongs to no topic"
        for topic_id in term.topics:
            assert deck.topic(topic_id) is not None, f"term {term.term!r} -> {topic_id!r}"


def test_related_topics_exist_and_link_back(deck: Deck) -> None:
    for topic in deck.topics:
        for other_id in topic.related:
            other = deck.topic(other_id)
            assert other is not None, f"{topic.id} -> unknown topic {other_id!r}"
            assert other_id != topic.id, f"{topic.id} is related to itself"
            assert topic.id in other.related, f"{topic.id} -> {other_id} has no link back"


def test_every_topic_has_years_within_1953_to_1964(deck: Deck) -> None:
    for topic in deck.topics:
        assert topic.start_year is not None, f"{topic.id} has no years"
        end_year = topic.end_year if topic.end_year is not None else topic.start_year
        assert 1953 <= topic.start_year <= end_year <= 1964, f"{topic.id}: {topic.years}"


def test_no_title_or_alias_points_at_two_topics(deck: Deck) -> None:
    owners: dict[str, str] = {}
    for topic in deck.topics:
        for name in {fold(name) for name in (topic.title, *topic.aliases)}:
            assert owners.setdefault(name, topic.id) == topic.id, (
                f"{name!r} names both {owners[name]} and {topic.id}"
            )


def test_cloze_marks_are_few_short_and_not_given_away_by_the_title(deck: Deck) -> None:
    for topic in deck.topics:
        title = f" {fold(topic.title)} "
        for fact in topic.facts:
            assert len(fact.cloze) <= 2, f"too many blanks in {fact.raw!r}"
            for answer in cloze_answers(fact.raw):
                assert 1 <= len(answer.split()) <= 4, f"blank {answer!r} too long"
                assert f" {fold(answer)} " not in title, f"{topic.title!r} gives away {answer!r}"


def test_hand_written_questions_are_answerable_from_the_notes(deck: Deck) -> None:
    assert 5 <= len(deck.questions) <= 10
    assert {question.kind for question in deck.questions} == {"typed", "choice"}
    for question in deck.questions:
        assert question.topic is not None, f"{question.prompt!r} has no topic"
        topic = _topic(deck, question.topic)
        source = " ".join(
            [topic.title]
            + [fact.text for fact in topic.facts]
            + [term.definition for term in deck.terms_of(topic.id)]
        )
        accepted = (
            [question.options[i] for i in question.correct]
            if question.kind == "choice"
            else list(question.answers)
        )
        assert accepted, f"{question.prompt!r} has no right answer"
        assert any(f" {fold(answer)} " in f" {fold(source)} " for answer in accepted), (
            f"no answer to {question.prompt!r} is in its topic"
        )


def test_the_notes_are_the_shared_seed_notes() -> None:
    if not SHARED_NOTES.exists():
        pytest.skip(
            f"no shared seed notes at {SHARED_NOTES} (only CI has ../shared beside the clone)"
        )
    assert NOTES.read_bytes() == SHARED_NOTES.read_bytes()
