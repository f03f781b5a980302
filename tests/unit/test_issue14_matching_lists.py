"""Round 16's blind review (issue 14, class 4): "Match each cause to its effect" from unrelated
sections, exam prompts and label/value rows.

Seen: 1. Solvent / 2. Iodide / 3. Hydrogen / 4. Substance more attracted to the solvent, from four
sections, each option the only one of its kind; '"Calculate the Rf value"' (an exam prompt) matched
to "show working"; "Iodide" to "yellow precipitate (silver iodide)"; "Binder" offered as a cause.
Now rows of a list ("name -> what goes with it") are matched only with their own list's rows under
its heading; causes and effects only within one section (and asked one at a time there too); no
quoted prompt is an item, and no pair repeats its item's word. Checked on biology and history notes
written here.
"""

from __future__ import annotations

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._words import roots
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

BIOLOGY = """BIOLOGY - HORMONES AND DIGESTION (revision outline)

1. HORMONES
  - Glands and what they release:
    - pancreas -> insulin
    - thyroid -> thyroxine
    - adrenal gland -> adrenaline
    - pituitary -> growth hormone (pituitary hormone)
  - Insulin makes the liver store glucose as glycogen
  - A high blood glucose level causes insulin release

2. DIGESTION
  - Enzymes and what they make:
    - amylase -> sugars
    - protease -> amino acids
    - lipase -> fatty acids and glycerol
  - Bile emulsifies fats so lipase can work faster
  - Too little bile led to poor digestion of fats

3. BREATHING
  - Exercise -> faster breathing
  - Smoking damages the cilia in the airways
  - Carbon monoxide -> less oxygen carried by the blood

4. SUMMARY TABLE
  - amylase -> sugars (in the mouth)
  - protease -> amino acids (in the stomach)
  - lipase -> fatty acids and glycerol (in the small intestine)

5. EXAM QUESTION STYLES
  - "Explain how insulin lowers blood glucose" -> 4 marks
  - "Describe the role of bile" -> emulsifies fats
"""

HISTORY = """# The Cold War

## Causes of tension
- The Truman Doctrine led to American aid for Greece and Turkey
- The Berlin Blockade resulted in the Berlin Airlift
- Stalin's control of eastern Europe caused fear in the West
- The Marshall Plan led to Soviet suspicion of American aims

## Weapons
- Weapons and who had them first:
  - atomic bomb -> USA (1945)
  - hydrogen bomb -> USA (1952)
  - ICBM -> USSR (1957)
  - Sputnik -> USSR (1957)

## Effects of the Cuban Missile Crisis
- a hotline between Washington and Moscow
- the Limited Test Ban Treaty of 1963
- Khrushchev lost standing in the Kremlin
"""

NOTES = ((BIOLOGY, "bio.txt"), (HISTORY, "cold.md"))


def _deck(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


@pytest.fixture(scope="module")
def decks() -> list[Deck]:
    return [_deck(text, name) for text, name in NOTES]


@pytest.fixture(scope="module")
def matching(decks: list[Deck]) -> list[Question]:
    return [
        q
        for deck in decks
        for q in questioning.every_question(deck, range(3), QuestionKind.MATCHING)
    ]


def _items(question: Question) -> list[str]:
    body = question.prompt.split(" 1. ", 1)[1]
    items = []
    for number in range(2, 6):
        head, sep, body = body.partition(f" {number}. ")
        items.append(head.rstrip("."))
        if not sep:
            break
    return items


def _lines_of(deck: Deck) -> dict[str, str]:
    """Each line of the deck, folded, -> its topic's title and sub-heading."""
    return {
        fact.text.casefold().replace("->", "→"): f"{topic.title}|{fact.group or ''}"
        for topic in deck.topics
        for fact in topic.facts
    }


def test_rows_are_matched_only_within_their_own_list(
    decks: list[Deck], matching: list[Question]
) -> None:
    assert matching
    where = {k: v for deck in decks for k, v in _lines_of(deck).items()}
    for question in matching:
        sources = question.source_fact.split(" | ")
        places = {where.get(source.casefold(), source.split(": ")[0]) for source in sources}
        # one list, or (for causes and effects) one section of the notes
        sections = {place.split("|")[0] for place in places}
        assert len(sections) == 1, (question.prompt, places)


def test_a_list_is_titled_by_its_heading_not_as_causes(matching: list[Question]) -> None:
    rows = [
        q for q in matching if "amylase" in q.prompt.casefold() or "icbm" in q.prompt.casefold()
    ]
    assert rows
    for question in rows:
        assert not question.prompt.startswith("Match each cause"), question.prompt
        headings = ("Enzymes and what they make", "Summary table", "Weapons and who had them")
        assert any(heading in question.prompt for heading in headings), question.prompt


def test_no_exam_prompt_or_own_word_in_a_pair(matching: list[Question]) -> None:
    for question in matching:
        items = _items(question)
        assert not any(item.startswith(('"', "“")) for item in items), question.prompt
        for item, index in zip(items, question.correct, strict=True):
            assert not roots(item) & roots(question.options[index]), (item, question.prompt)


def test_a_cause_is_also_asked_alone_within_its_section(decks: list[Deck]) -> None:
    alone = [
        q
        for deck in decks
        for q in questioning.every_question(deck, range(3), QuestionKind.CHOICE)
        if "follows from" in q.prompt
    ]
    assert alone
    effects = {
        "The Truman Doctrine": "American aid for Greece and Turkey",
        "Stalin's control of eastern Europe": "Fear in the West",
        "The Marshall Plan": "Soviet suspicion of American aims",
    }
    for question in alone:
        assert question.prompt.startswith("Causes of tension: "), question.prompt
        cause = question.prompt.split("“", 1)[1].split("”", 1)[0]
        assert question.answers == (effects[cause],)
        # the other causes' effects of the same section, each once
        assert set(question.options) <= set(effects.values()), question.options
        assert len(set(question.options)) == len(question.options) == 3


def test_causes_and_effects_of_one_section_are_matched(matching: list[Question]) -> None:
    causal = [q for q in matching if q.prompt.startswith("Match each cause to its effect.")]
    assert causal
    for question in causal:
        assert "Truman" in question.prompt or "Marshall" in question.prompt, question.prompt


def test_a_row_is_asked_once_in_a_quiz_matched_or_alone(decks: list[Deck]) -> None:
    """The summary table's rows say again what the digestion list says: a quiz matching them does
    not also ask "what do your notes give for “amylase”?", nor the other way round."""
    for seed in range(8):
        batch = QuestionGenerator(decks[0], seed=seed).generate(60)
        asked: dict[str, int] = {}
        for question in batch:
            text = f"{question.prompt} {' '.join(question.options)}".casefold()
            for enzyme in ("amylase", "protease", "lipase"):
                matched = question.kind is QuestionKind.MATCHING and f". {enzyme}." in text
                if matched or f"“{enzyme}”" in text:
                    asked[enzyme] = asked.get(enzyme, 0) + 1
        assert all(count <= 1 for count in asked.values()), (seed, asked)
