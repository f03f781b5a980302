"""Building a deck's question pool costs the same per card however big the deck is.

Key-term questions draw their wrong options from terms of the same kind, and a deck's kinds grow
with it ("… bonding", "… cycle", "… tissue": each family of names a kind of its own), while each
kind stays a few terms. Walking the whole deck for each question's options, or for each kind's
list of candidates, made a 44,000-card upload's pool build quadratic. What is counted here is the
work (how often a term's kind is looked up), never the time it takes."""

from __future__ import annotations

import random

import pytest

from benchmarks.gen_deck import generate_deck
from bot.questions import QuestionGenerator
from bot.questions._context import DeckContext
from bot.questions._terms import _askable_terms, _option_lists, _same_kind
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold
from knowledge.uploads import UploadedDeck, read_upload

_SYLLABLES = [
    "mo",
    "ra",
    "tel",
    "vi",
    "sun",
    "ko",
    "ped",
    "al",
    "ri",
    "nox",
    "fa",
    "ler",
    "gu",
    "bes",
    "ti",
    "on",
    "ca",
    "dru",
]
_QUALITIES = [
    "Dermal",
    "Vascular",
    "Ground",
    "Apical",
    "Lateral",
    "Basal",
    "Aerial",
    "Marine",
    "Alpine",
    "Dorsal",
]
_WORDS = [
    "leaf",
    "root",
    "stem",
    "water",
    "light",
    "sugar",
    "cell",
    "wall",
    "seed",
    "soil",
    "spore",
    "tube",
    "sap",
    "bark",
    "fruit",
]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))


def plant_glossary(cards: int, seed: int = 3) -> bytes:
    """A botany glossary as a teacher exports it (term, tab, definition): families of terms that
    share a last word ("Dermal kotel", "Apical kotel", "Basal kotel") between single words."""
    rng = random.Random(seed)
    lines: list[str] = []
    seen: set[str] = set()
    while len(lines) < cards:
        if rng.random() < 0.5:
            family = _name(rng)
            names = [f"{quality} {family}" for quality in rng.sample(_QUALITIES, rng.randint(3, 5))]
        else:
            names = [_name(rng).title()]
        for name in names:
            if fold(name) not in seen and len(lines) < cards:
                seen.add(fold(name))
                words = " ".join(rng.choice(_WORDS) for _ in range(rng.randint(3, 6)))
                lines.append(f"{name}\tthe part of the {words}")
    return ("\n".join(lines) + "\n").encode()


def _deck(cards: int) -> Deck:
    read = read_upload("botany.tsv", plant_glossary(cards))
    assert isinstance(read, UploadedDeck), read
    return read.deck


class _CountedKinds(dict[str, str]):
    """A deck context's term kinds, counting how often one is looked up."""

    looked = 0

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        self.looked += 1
        return super().get(key, default)


def _work_per_card(cards: int, monkeypatch: pytest.MonkeyPatch) -> tuple[float, float, int]:
    """Kind lookups and options checked against a topic's lines, per card, and the questions
    the deck makes."""
    checked = 0
    in_topic = DeckContext.in_topic

    def counted_in_topic(ctx: DeckContext, topic_id: str, text: str) -> bool:
        nonlocal checked
        checked += 1
        return in_topic(ctx, topic_id, text)

    monkeypatch.setattr(DeckContext, "in_topic", counted_in_topic)
    generator = QuestionGenerator(_deck(cards))
    ctx = generator._ctx  # the counter replaces the context's own mapping
    kinds = _CountedKinds(ctx.term_kinds)
    ctx.term_kinds = kinds
    questions = generator.all_candidates()
    return kinds.looked / cards, checked / cards, len(questions)


def test_the_work_per_card_of_a_pool_build_does_not_grow_with_the_deck(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    looked, checked, questions = _work_per_card(300, monkeypatch)
    big_looked, big_checked, big_questions = _work_per_card(2400, monkeypatch)
    # Both decks ask most of their cards both ways: the big one is not cheaper by asking less.
    assert questions >= 2 * 300 and big_questions >= 8 * questions * 0.9
    # Linear: the same work per card, give or take the draws' luck (it was 4-6× more per card
    # at 4,000 cards than at 500 before: walks over every term of a kind, refusing each).
    assert big_looked <= 1.3 * looked, (looked, big_looked)
    assert big_checked <= 1.3 * checked + 1, (checked, big_checked)


def _sections_deck() -> Deck:
    """Terms of a biology course filed under sections, some under two and some under none,
    with kinds of one, two and many terms."""
    terms = [
        ("Ionic bonding", "a bond between oppositely charged ions", ["bonds"]),
        ("Covalent bonding", "a shared pair of electrons", ["bonds"]),
        ("Metallic bonding", "a lattice of ions in a sea of electrons", ["bonds"]),
        ("Hydrogen bonding", "a weak attraction between molecules", ["bonds", "water"]),
        ("Osmosis", "the movement of water across a membrane", ["water", "cells"]),
        ("Diffusion", "the spreading of particles from high to low concentration", ["cells"]),
        ("Turgor", "the pressure of a full vacuole on the wall", ["cells"]),
        ("Plasmolysis", "when the membrane pulls away from the wall", ["cells"]),
        ("Xylem vessel", "a dead tube that carries water up", ["transport"]),
        ("Phloem vessel", "a living tube that carries sugars", ["transport"]),
        ("Stoma", "a pore in the leaf surface", ["transport", "water"]),
        ("Transpiration", "the loss of water vapour from leaves", []),
        ("Respiration", "the release of energy from glucose", []),
        ("Photosynthesis", "the making of glucose from light", []),
        ("Mitosis", "a division making two identical cells", []),
        ("Meiosis", "a division making four gametes", ["cells"]),
        ("Glucose", "a substance made in photosynthesis", []),
        ("Starch", "a substance plants store glucose as", ["cells"]),
        ("Enzyme", "a substance that speeds up a reaction", []),
        ("Catalase", "a substance that splits hydrogen peroxide", ["water"]),
        ("Chlorophyll", "a pigment that absorbs light", []),
    ]
    lines = ["deck:", "  id: biology", "  title: Cells and Transport", "topics:"]
    for section in ("bonds", "water", "cells", "transport"):
        lines += [
            f"  - id: {section}",
            f"    title: {section.title()}",
            "    facts:",
            f"      - The {section} section has its own key terms",
        ]
    lines.append("terms:")
    for name, definition, sections in terms:
        lines += [f"  - term: {name}", f"    definition: {definition}"]
        if sections:
            lines.append(f"    topics: [{', '.join(sections)}]")
    return parse_deck("\n".join(lines) + "\n")


@pytest.mark.parametrize("short", [False, True])
def test_a_terms_option_list_holds_every_term_that_may_stand_beside_it_once(short: bool) -> None:
    ctx = DeckContext(_sections_deck(), seed=0)
    terms, short_terms = _askable_terms(ctx)
    lists = _option_lists(ctx)[1 if short else 0]
    pool = short_terms if short else terms
    assert len(terms) > 15
    for term in terms:
        listed = lists.for_term(ctx, term)
        ids = [id(candidate) for candidate in listed]
        assert len(ids) == len(set(ids)), term.term
        fitting = {id(c) for c in pool if c is not term and _same_kind(ctx, term, c)}
        assert fitting <= set(ids), term.term


def _history_deck() -> Deck:
    """Notes on early modern Europe: people and places that several topics' lines name."""
    people = ["Martin Luther", "John Calvin", "Ulrich Zwingli", "Thomas Cranmer", "Ignatius Loyola"]
    places = ["Wittenberg", "Geneva", "Zurich", "Canterbury", "Trent", "Worms", "Augsburg"]
    lines = ["deck:", "  id: reformation", "  title: The Reformation", "topics:"]
    for n in range(12):
        who, other = people[n % 5], people[(n + 2) % 5]
        where, there = places[n % 7], places[(n + 3) % 7]
        lines += [
            f"  - id: step-{n}",
            f"    title: Reformation step {n}",
            f"    people: [{who}, {other}]",
            f"    places: [{where}]",
            "    facts:",
            f"      - {who} preached in {where} in {1517 + n}",
            f"      - {other} wrote to {who} from {there}",
            f"      - The council at {there} condemned {other} in {1530 + n}",
            f"      - Pamphlets from {where} reached {there} within {n + 2} weeks",
        ]
    return parse_deck("\n".join(lines) + "\n")


@pytest.mark.parametrize("make", [_history_deck, _sections_deck, lambda: _deck(300)])
def test_stepping_over_a_topics_own_names_draws_the_questions_a_full_check_drew(
    make: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The names a topic's lines use are stepped over before the full check, which refused
    them anyway: a deck's questions and options stay those the full check alone gave."""
    assert callable(make)
    deck = make()
    stepping = QuestionGenerator(deck).all_candidates()
    monkeypatch.setattr(DeckContext, "topics_saying", lambda _ctx, _text: set())
    checking = QuestionGenerator(deck).all_candidates()
    assert len(stepping) > 20
    assert stepping == checking


def test_which_topic_scores_each_pair_of_topics_once_not_once_per_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A "which topic" question weighs its topic against every topic of the same kind; a topic's
    lines share those scores, so a deck with more lines per topic costs no more of them."""
    from bot.questions import _which_topic

    scored = 0
    likeness = _which_topic._likeness

    def counted(one: frozenset[str], other: frozenset[str]) -> float:
        nonlocal scored
        scored += 1
        return likeness(one, other)

    monkeypatch.setattr(_which_topic, "_likeness", counted)
    deck = generate_deck(60)  # varied history, science and geography topics, ~8 lines each
    questions = QuestionGenerator(deck).all_candidates()
    topics = len(deck.topics)
    assert sum(len(topic.facts) for topic in deck.topics) >= 5 * topics
    assert sum(q.kind.value == "which_topic" for q in questions) >= topics
    assert 0 < scored <= topics * (topics - 1)
