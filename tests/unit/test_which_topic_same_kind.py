"""`_same_kind` lists each kind once per deck and hands every topic of it that list without the
topic itself: the very topics, in the very order, that checking each option topic against the
topic gives (the check it replaced, kept here as the reference)."""

from __future__ import annotations

from bot.questions._context import DeckContext
from bot.questions._which_topic import _is_document, _option_topics, _plural_head, _same_kind
from knowledge.loader import parse_deck
from knowledge.model import Topic

# Sub-headings and top-level topics, sibling lists whose headings end in one plural noun
# ("Viral diseases", "Bacterial diseases"), and documents among events.
DISEASES = """
deck:
  id: diseases
  title: Communicable disease
topics:
  - id: viral
    title: Viral diseases
    facts:
      - Viruses live and reproduce inside cells, damaging them
    subtopics:
      - id: measles
        title: Measles
        facts:
          - Measles is spread by inhalation of droplets from sneezes and coughs
      - id: hiv
        title: HIV
        facts:
          - HIV is spread by sexual contact or exchange of body fluids
  - id: bacterial
    title: Bacterial diseases
    facts:
      - Bacteria may produce toxins that damage tissues
    subtopics:
      - id: salmonella
        title: Salmonella
        facts:
          - Salmonella bacteria are spread by food prepared in unhygienic conditions
      - id: gonorrhoea
        title: Gonorrhoea
        facts:
          - Gonorrhoea is treated with antibiotics such as penicillin
  - id: law
    title: Public Health Act
    facts:
      - The Public Health Act of 1875 made councils provide clean water
  - id: vaccines
    title: Vaccination
    facts:
      - Vaccination gives a small dose of a dead or inactive pathogen
  - id: treaty
    title: Treaty of Versailles
    facts:
      - The Treaty of Versailles was signed in June 1919
  - id: drugs
    title: Drug development
    facts:
      - New drugs are tested for toxicity, efficacy and dose
    subtopics:
      - id: trials
        title: Clinical trials
        facts:
          - Double blind trials keep patients and doctors from knowing who has the placebo
"""


def _reference(ctx: DeckContext, topic: Topic) -> tuple[Topic, ...]:
    """The check made for each option topic before kinds were listed once."""
    deck = ctx.deck
    parent = deck.parent(topic.id)
    grouping = bool(deck.children(topic.id))
    kin = _plural_head(parent.title) if parent is not None else None
    document = _is_document(topic.title)

    def same(other: Topic) -> bool:
        if other.id == topic.id or bool(deck.children(other.id)) != grouping:
            return False
        if _is_document(other.title) != document:
            return False
        theirs = deck.parent(other.id)
        if theirs is None or parent is None:
            return theirs is None and parent is None
        return theirs.id == parent.id or (kin is not None and _plural_head(theirs.title) == kin)

    return tuple(other for other in _option_topics(ctx) if same(other))


def _check(yaml_text: str) -> None:
    deck = parse_deck(yaml_text, "deck")
    ctx = DeckContext(deck, 0)
    for topic in deck.topics:
        assert _same_kind(ctx, topic) == _reference(ctx, topic), topic.id
    # asked again (the kind's list kept), still the same
    for topic in reversed(deck.topics):
        assert _same_kind(ctx, topic) == _reference(ctx, topic), topic.id


def test_same_kind_matches_a_full_check_on_a_tree_with_plural_headings() -> None:
    _check(DISEASES)
    ctx = DeckContext(parse_deck(DISEASES, "deck"), 0)
    measles = ctx.deck.topic("measles")
    assert measles is not None
    # the items of "Viral diseases" and "Bacterial diseases" are one kind
    assert [t.id for t in _same_kind(ctx, measles)] == ["hiv", "salmonella", "gonorrhoea"]


def test_same_kind_matches_a_full_check_on_a_flat_deck() -> None:
    flat = "\n".join(
        ["deck:", "  id: flat", "  title: Flat", "topics:"]
        + [
            f"  - id: t{n}\n    title: Topic {n}\n    facts:\n      - Line {n} of the notes"
            for n in range(12)
        ]
    )
    _check(flat)
