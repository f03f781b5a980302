"""One question per source fact, where a line or a table row states several (issue 14, yield).

A quiz asks each source fact once. A source fact is a piece of a line (a sentence, or a clause
between semicolons) when the line has two or more pieces that read on their own, a cell of a
table row describing its key in two or more cells, else the whole line (`_fact_parts`). Notes
on wolves and on the Trans-Siberian Railway, as a teacher writes them.
"""

from __future__ import annotations

from itertools import combinations

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._context import DeckContext
from bot.questions._fact_parts import fact_parts, same_source_fact
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

WOLVES = """\
# Grey wolves

## The pack
- Lifespan in the wild: usually 6 to 8 years; up to 13 years in captivity.
- Pups are born in a den in April or May; a litter has 4 to 6 pups.
- Adult males weigh about 40 kg; females about 35 kg.
- Pups are born blind and deaf; their eyes open after about 12 days.
- Average pack size is 5 to 10 wolves.
- About 12,000 live in Europe; others are in Asia and North America.
- Wolves from Canada were released in 1995; 17 more followed in 1996.
- A ranger fitted the wolves with collars. Now a plane tracks them by radio.
- Germany had 160 packs by 2021; Poland had about 300.

## Yellowstone
- Wolves were wiped out in Yellowstone National Park by 1926 through hunting and poisoning.
- Wolves from Canada were released into Yellowstone in 1995. Elk were pushed away from the rivers.
- A chain of effects from a top predator down a food web is called a trophic cascade.
"""

RAILWAY = """\
# The Trans-Siberian Railway

## Stations

| Station | Distance from Moscow | Notes |
|---|---|---|
| Yekaterinburg | 1,814 km | In the Ural Mountains, on the border of Europe and Asia |
| Novosibirsk | 3,343 km | Grew up where the line crossed the river Ob |
| Krasnoyarsk | 4,098 km | Its bridge over the Yenisei won a medal in Paris in 1900 |
| Irkutsk | 5,185 km | Near Lake Baikal, called the Paris of Siberia |
| Khabarovsk | 8,521 km | Its bridge over the Amur river was finished in 1916 |
"""

SEEDS = range(6)


def _deck(notes: str, name: str) -> Deck:
    return parse_deck(dump_deck(import_text(notes, source_name=name, format="markdown")), name)


@pytest.fixture(scope="module")
def wolves() -> Deck:
    return _deck(WOLVES, "wolves.md")


@pytest.fixture(scope="module")
def railway() -> Deck:
    return _deck(RAILWAY, "railway.md")


def _parts(deck: Deck, line_start: str) -> list[str]:
    ctx = DeckContext(deck, 0)
    ref = next(ref for ref in ctx.statements if ref.text.startswith(line_start))
    return [part.text for part in fact_parts(ref)]


def test_a_line_is_cut_into_the_facts_it_states(wolves: Deck) -> None:
    assert _parts(wolves, "Lifespan") == [
        "Lifespan in the wild: usually 6 to 8 years.",
        "Lifespan in the wild: up to 13 years in captivity.",
    ]
    assert _parts(wolves, "Pups are born in a den") == [
        "Pups are born in a den in April or May.",
        "A litter has 4 to 6 pups.",
    ]
    assert _parts(wolves, "Wolves from Canada were released into") == [
        "Wolves from Canada were released into Yellowstone in 1995.",
        "Elk were pushed away from the rivers.",
    ]


def test_a_piece_that_leans_on_the_one_before_is_no_fact_of_its_own(wolves: Deck) -> None:
    assert _parts(wolves, "Adult males") == []  # "females about 35 kg": no verb
    assert _parts(wolves, "Pups are born blind") == []  # "their eyes …": whose?
    assert _parts(wolves, "Average pack size") == []  # one statement
    assert _parts(wolves, "About 12,000") == []  # 12,000 what? the heading says
    assert _parts(wolves, "Wolves from Canada were released in 1995") == []  # 17 more what?
    assert _parts(wolves, "A ranger") == []  # "tracks them": whom?
    assert _parts(wolves, "Germany had") == []  # "about 300" what?


def test_a_quiz_asks_several_facts_of_one_line_without_showing_each_other(wolves: Deck) -> None:
    pairs = 0
    for seed in SEEDS:
        batch = QuestionGenerator(wolves, seed=seed).generate(60)
        on_parts = [q for q in batch if q.source_line]
        for one, other in combinations(on_parts, 2):
            if one.source_line != other.source_line:
                continue
            pairs += 1
            assert one.source_fact != other.source_fact
            # Each shows its own piece only: neither prints the other's key.
            for asked, shown in ((one, other), (other, one)):
                if asked.kind is not QuestionKind.TRUE_FALSE:
                    assert asked.answers[0] not in shown.prompt, (asked.prompt, shown.prompt)
                assert asked.source_line not in shown.prompt
    assert pairs


@pytest.mark.parametrize("seed", SEEDS)
def test_no_fact_is_asked_twice_in_a_quiz(wolves: Deck, railway: Deck, seed: int) -> None:
    for deck in (wolves, railway):
        batch = QuestionGenerator(deck, seed=seed).generate(60)
        for one, other in combinations(batch, 2):
            assert not same_source_fact(one, other), (one.prompt, other.prompt)


def _question(source: str, line: str = "", answer: str = "x") -> Question:
    return Question(
        id=f"{source}|{answer}",
        kind=QuestionKind.CLOZE,
        prompt="_____",
        answers=(answer,),
        source_fact=source,
        source_line=line,
    )


def test_same_source_fact_tells_a_line_from_its_facts() -> None:
    line = "Pups are born in a den in April or May; a litter has 4 to 6 pups."
    whole = _question(line, answer="April")
    den = _question("Pups are born in a den in April or May.", line, "den")
    den_again = _question("Pups are born in a den in April or May.", line, "May")
    litter = _question("A litter has 4 to 6 pups.", line, "4")
    assert same_source_fact(whole, den) and same_source_fact(litter, whole)
    assert same_source_fact(den, den_again)  # one fact, two blanks: asked once
    assert not same_source_fact(den, litter)
    assert not same_source_fact(whole, _question("Another line.", answer="April"))


def test_cells_of_a_row_are_asked_apart_and_a_which_row_question_takes_the_row(
    railway: Deck,
) -> None:
    apart = 0
    for seed in SEEDS:
        batch = QuestionGenerator(railway, seed=seed).generate(60)
        by_row: dict[str, list[Question]] = {}
        for q in batch:
            row = q.source_line or q.source_fact
            by_row.setdefault(row, []).append(q)
        for asked in by_row.values():
            if len(asked) < 2:
                continue
            apart += 1
            # Several questions on a row each ask a value for its named key, never the key.
            keys = {q.source_fact.split(";")[0].split(": ", 1)[1] for q in asked}
            assert len(keys) == 1
            assert not any(q.answers == (key,) for q in asked for key in keys), asked
    assert apart
