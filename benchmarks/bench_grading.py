"""Grading throughput: a `Grader` over a deck-sized entity list, on a realistic mix of answers.

Run: `python -m benchmarks.bench_grading [--answers N] [--repeat R]`.

Prints answers/s for a cold pass (every cache emptied first, so each answer is folded and parsed
for the first time) and a warm pass (the same answers again, as when a class types the same few
answers), and, as a floor measured in the same run, the rate of one bare
`rapidfuzz.distance.OSA.distance` call per (expected, given) pair, with the ratios.
Target: >= 100,000 answers/s warm.
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Callable
from typing import NamedTuple

from rapidfuzz.distance import OSA

from bot import _grade_numbers as grade_numbers
from bot import _numbers as numbers
from bot import grading
from bot.grading import Grade, Grader
from knowledge.text import fold

TARGET = 100_000

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


def _clear_caches() -> None:
    for cached in (
        grading._form,
        grading._answer,
        grade_numbers.given_numbers,
        grade_numbers.respelt,
        grading._read,
        grading._grader,
        numbers.parse_quantity,
        numbers.parse_date,
        fold,
    ):
        cached.cache_clear()


def _rate(run: Callable[[], object], count: int, repeat: int) -> float:
    best = min(_timed(run) for _ in range(repeat))
    return count / best


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    pairs = make_answers(args.answers)
    firsts = [p.expected if isinstance(p.expected, str) else p.expected[0] for p in pairs]
    givens = [p.given for p in pairs]

    _clear_caches()
    start = time.perf_counter()
    grader = Grader(ENTITIES)
    grades: list[Grade] = [grader.grade(p.expected, p.given) for p in pairs]
    cold = len(pairs) / (time.perf_counter() - start)

    def warm_pass() -> None:
        for p in pairs:
            grader.grade(p.expected, p.given)

    def floor_pass() -> None:
        distance = OSA.distance
        for expected, given in zip(firsts, givens, strict=True):
            distance(expected, given)

    warm = _rate(warm_pass, len(pairs), args.repeat)
    floor = _rate(floor_pass, len(pairs), args.repeat)

    verdicts: dict[str, int] = {}
    for g in grades:
        verdicts[g.verdict] = verdicts.get(g.verdict, 0) + 1
    print(f"answers graded        {len(pairs):>12,}   entities {len(ENTITIES)}")
    print("verdicts              " + ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())))
    print(f"cold (caches empty)   {cold:>12,.0f} answers/s")
    print(f"warm                  {warm:>12,.0f} answers/s   target {TARGET:,}")
    print(f"floor: bare OSA call  {floor:>12,.0f} pairs/s")
    print(f"ratio floor / warm    {floor / warm:>12.1f}x   (floor / cold {floor / cold:.1f}x)")
    print("target met" if warm >= TARGET else "TARGET MISSED")


if __name__ == "__main__":
    main()
