"""Grading speed: a `Grader` over a deck-sized entity list, on a realistic mix of answers, cold.

Run: `python -m benchmarks.bench_grading [--answers N] [--repeat R]`.

Cold: every memo of the grading modules is emptied before each answer (the clearing is not
timed), so each answer costs what a new answer costs — the figure the target is judged on.
Floor, timed the same way in the same run, answer by answer beside the cold grading and in CPU
time: fold the answer (unmemoized) and find the nearest of the deck's names with one rapidfuzz
`extractOne` (OSA distance), the least a grader must do to tell a slip of the expected answer
from another name. Warm (the same answers again, memoized, wall clock) is printed for scale
only. Target: cold grading ≤ 3 × the floor's time. Exits 1 on a miss.
"""

from __future__ import annotations

import argparse
import importlib
import random
import sys
import time
from collections.abc import Callable, Sequence
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import OSA

from benchmarks._table import record
from bot.grading import Grade, Grader
from knowledge.text import fold

NAME = "bench_grading"
TARGET_RATIO = 3.0

# Names, places and terms of the kind a history deck holds (the Khrushchev notes and their period).
ENTITIES = [
    "Nikita Khrushchev", "Joseph Stalin", "Imre Nagy", "Ernő Gerő", "Mátyás Rákosi",
    "Władysław Gomułka", "Walter Ulbricht", "Josip Broz Tito", "John Foster Dulles",
    "Dwight Eisenhower", "John F. Kennedy", "Fidel Castro", "Georgy Malenkov", "Lavrentiy Beria",
    "Vyacheslav Molotov", "Nikolai Bulganin", "Konrad Adenauer", "Harold Macmillan",
    "Charles de Gaulle", "Mao Zedong", "Leonid Brezhnev", "Richard Nixon", "Gary Powers",
    "Alexander Dubček", "Hungary", "Poland", "Finland", "Austria", "Yugoslavia", "Belgrade",
    "Budapest", "Warsaw", "Poznań", "Berlin", "East Germany", "West Germany", "Cuba", "Turkey",
    "Moscow", "Geneva", "Vienna", "Paris", "Czechoslovakia", "Romania", "Bulgaria", "Albania",
    "China", "Korea", "Suez", "Washington", "London", "Bay of Pigs", "NATO", "Warsaw Pact",
    "Comecon", "Cominform", "Red Army", "CIA", "KGB", "United Nations", "Berlin Wall",
    "Cuban Missile Crisis", "Test Ban Treaty", "Geneva Conference", "Austrian State Treaty",
    "Hungarian Uprising", "Poznań riots", "Operation Solarium", "Open Skies", "Spirit of Geneva",
    "New Course", "April Speech", "Secret Speech", "Moscow Conference", "Paris Summit",
    "U-2 incident", "Détente", "Peaceful Coexistence", "Brinkmanship", "Containment",
    "Destalinisation", "Sovietisation", "Collective Leadership", "Satellite states",
    "Brain drain", "Mutually Assured Destruction", "Domino theory", "Iron Curtain",
    "Marshall Plan", "Truman Doctrine", "Eisenhower Doctrine", "ICBM", "Sputnik", "Hotline",
    "Space race", "Arms race", "Nuclear deterrent", "Massive retaliation", "Missile gap",
    "Checkpoint Charlie",
]  # fmt: skip

NUMBER_QUESTIONS = [
    ("30,000 troops", ["30000", "30 000", "thirty thousand", "30k", "300,000", "3,000"]),
    ("125", ["125", "one hundred and twenty-five", "125 died", "152", "120"]),
    ("20%", ["20", "20 percent", "20 %", "25%", "2%"]),
    ("$10 million", ["10 million", "10m", "10,000,000", "$1 million", "100 million"]),
    ("1/6", ["one sixth", "1 in 6", "1/6", "1/5", "one fifth"]),
    ("1956", ["1956", "in 1956", "1965", "1955", "nineteen fifty-six"]),
    ("4th Nov", ["4 November", "4th November", "November 4", "5 Nov", "4 October"]),
    ("1953–1964", ["1953-64", "1953 to 1964", "1953-1963"]),
]


class Pair(NamedTuple):
    expected: str | list[str]
    given: str


def _typo(rng: random.Random, word: str) -> str:
    """One slip of the hand somewhere after the first letter."""
    if len(word) < 5:
        return word + word[-1]
    i = rng.randrange(1, len(word) - 1)
    kind = rng.choice(("swap", "drop", "double", "vowel"))
    if kind == "swap":
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "drop":
        return word[:i] + word[i + 1 :]
    if kind == "double":
        return word[:i] + word[i] + word[i:]
    vowels = "aeiou"
    j = next((k for k in range(i, len(word)) if word[k] in vowels), i)
    return word[:j] + rng.choice(vowels) + word[j + 1 :]


def make_answers(count: int, seed: int = 7) -> list[Pair]:
    """A class's worth of typed answers: right (in various spellings), misspelt, wrong, numbers."""
    rng = random.Random(seed)
    pairs: list[Pair] = []
    while len(pairs) < count:
        roll = rng.random()
        if roll < 0.2:
            expected, answers = rng.choice(NUMBER_QUESTIONS)
            pairs.append(Pair(expected, rng.choice(answers)))
            continue
        entity = rng.choice(ENTITIES)
        expected_answers: str | list[str] = entity
        if " " in entity and rng.random() < 0.3:
            expected_answers = [entity, entity.split()[-1]]
        if roll < 0.5:  # right: as written, lower case, without accents, with an article
            given = rng.choice((entity, entity.lower(), fold(entity), "the " + entity))
        elif roll < 0.75:  # misspelt
            given = _typo(rng, entity)
        elif roll < 0.85:  # surname only / reordered
            given = entity.split()[-1]
        else:  # another entity of the deck
            given = rng.choice(ENTITIES)
        pairs.append(Pair(expected_answers, given))
    return pairs


GRADING_MODULES = (
    "bot.grading",
    "bot._grade_answers",
    "bot._grader_names",
    "bot._grader_forms",
    "bot._grade_acronyms",
    "bot._grade_reasons",
    "bot._grade_numbers",
    "bot._grade_parts",
    "bot._grade_forms",
    "bot._grade_persons",
    "bot._units",
    "knowledge.search._real_words",
    "bot._numbers",
    "bot._names",
    "bot._places",
    "bot._spelling",
    "knowledge.text",
)


def _caches() -> list[Callable[[], None]]:
    """`cache_clear` of every memo in the grading modules, found rather than listed, so a memo
    added later cannot flatter the cold figure."""
    found: dict[int, Callable[[], None]] = {}
    for name in GRADING_MODULES:
        module = importlib.import_module(name)
        for value in vars(module).values():
            clear = getattr(value, "cache_clear", None)
            if callable(clear):
                found[id(value)] = clear
    return list(found.values())


def paired_seconds(grader: Grader, pairs: Sequence[Pair]) -> tuple[float, float]:
    """Cold grading time and the floor's time for the same answers, each answer timed by both
    in turn and in this thread's CPU time: a load change on this shared machine then falls on
    both sides alike instead of on whichever whole pass it happened to meet, and time spent
    waiting for a core is not counted as work (timed one wall-clock pass after the other, the
    ratio of unchanged code swung from 2× to 11× under load).

    Cold: every memo of the grading modules is emptied just before the answer (not timed), so
    each answer costs what a new answer costs. The grader itself is built once, as the bot
    builds it per deck, and keeps what it holds per question; only answer-level memos are
    cleared. Floor: read the answer (fold it, uncached) and find the nearest of the deck's names
    with one rapidfuzz `extractOne` (OSA distance) — the least a grader must do to tell a slip
    of the expected answer from another name of the deck."""
    clears = _caches()
    folded = [unmemoized_fold(entity) for entity in ENTITIES]
    cold = floor = 0
    for p in pairs:
        for clear in clears:
            clear()
        start = time.thread_time_ns()
        grader.grade(p.expected, p.given)
        middle = time.thread_time_ns()
        process.extractOne(unmemoized_fold(p.given), folded, scorer=OSA.distance)
        floor += time.thread_time_ns() - middle
        cold += middle - start
    return cold / 1e9, floor / 1e9


def unmemoized_fold(text: str) -> str:
    return str(fold.__wrapped__(text))


def _rate(run: Callable[[], object], count: int, repeat: int) -> float:
    best = min(_timed(run) for _ in range(repeat))
    return count / best


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)

    pairs = make_answers(args.answers)
    grader = Grader(ENTITIES)
    grades: list[Grade] = [grader.grade(p.expected, p.given) for p in pairs]
    cold, floor = paired_seconds(grader, pairs)

    def warm_pass() -> None:
        for p in pairs:
            grader.grade(p.expected, p.given)

    warm = _rate(warm_pass, len(pairs), args.repeat)

    verdicts: dict[str, int] = {}
    for g in grades:
        verdicts[g.verdict] = verdicts.get(g.verdict, 0) + 1
    ratio = cold / floor
    per_answer_us = cold / len(pairs) * 1e6
    print(f"answers graded        {len(pairs):>12,}   entities {len(ENTITIES)}")
    print("verdicts              " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print(
        f"cold (memos emptied)  {len(pairs) / cold:>12,.0f} answers/CPU-s ({per_answer_us:.1f} µs each)"
    )
    print(f"floor: fold+extractOne{len(pairs) / floor:>12,.0f} answers/CPU-s")
    print(f"warm (memoized)       {warm:>12,.0f} answers/s   (shown only; a repeat costs this)")
    return (
        0
        if record(
            NAME,
            "cold grading time ÷ fold+extractOne floor",
            f"≤ {TARGET_RATIO:.0f}×",
            f"{ratio:.1f}× ({len(pairs) / cold:,.0f} answers/CPU-s)",
            ratio <= TARGET_RATIO,
        )
        else 1
    )


if __name__ == "__main__":
    sys.exit(main())
