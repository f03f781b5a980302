"""Grade a blind review's probe table and count agreement with the teacher.

    PYTHONPATH=. .venv/bin/python scripts/grading_probes.py docs/quiz-review/19-probes.tsv [-v]
    PYTHONPATH=. .venv/bin/python scripts/grading_probes.py docs/quiz-review/22-probes.tsv \
        --deck A=docs/quiz-review/22-meiji_japan.md \
        --deck B=docs/quiz-review/22-gothic_cathedrals_cornell.txt

A probe table has the columns deck, id, expected, given, teacher (accept / reject; "other": a
row that only names another answer of the deck, not graded). Each row is
graded four ways: bare `grade(expected, given)`; with `others` = every distinct expected answer
of that deck's rows (round 19's method); with `others` = the entities of the deck the table's
name points at (`NN-deckX.notes.*` beside it, `QuestionGenerator(deck).entities()`: what a quiz
on the deck grades with); and both. `-v` prints each row a mode disagrees on, with the reason the
student reads. A table with no decks beside it is graded the first two ways.
"""

from __future__ import annotations

import argparse
import csv
from collections.abc import Sequence
from pathlib import Path

from bot.grading import grade
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_file
from knowledge.loader import parse_deck


def deck_entities(table: Path, deck: str, named: dict[str, Path]) -> tuple[str, ...] | None:
    """The entities of the deck a round's table sits beside ("19-probes.tsv": "19-deckA.*"), or
    of the file `--deck A=PATH` names (round 22's decks keep their teacher-style names)."""
    round_ = table.name.split("-")[0]
    found = (
        [named[deck]]
        if deck in named
        else sorted(table.parent.glob(f"{round_}-deck{deck}.notes.*"))
    )
    if not found:
        return None
    return QuestionGenerator(parse_deck(dump_deck(import_file(found[0])), str(found[0]))).entities()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("table", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument(
        "--deck", action="append", default=[], metavar="A=PATH", help="the deck of a table's letter"
    )
    args = parser.parse_args()
    named = {letter: Path(path) for letter, _, path in (d.partition("=") for d in args.deck)}
    with args.table.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    answers: dict[str, list[str]] = {}
    for row in rows:
        answers.setdefault(row["deck"], [])
        if row["expected"] not in answers[row["deck"]]:
            answers[row["deck"]].append(row["expected"])
    entities = {deck: deck_entities(args.table, deck, named) for deck in answers}
    totals: dict[str, list[int]] = {}
    for row in rows:
        if row["teacher"] not in ("accept", "reject"):
            continue
        modes: dict[str, Sequence[str]] = {"bare": (), "answers": answers[row["deck"]]}
        found = entities[row["deck"]]
        if found is not None:
            modes["deck"] = found
            modes["both"] = (*found, *answers[row["deck"]])
        for mode, others in modes.items():
            result = grade(row["expected"], row["given"], others=others)
            bot = "accept" if result.correct else "reject"
            total = totals.setdefault(mode, [0, 0, 0, 0])
            total[0] += bot == row["teacher"]
            total[1] += 1
            total[2] += bot != row["teacher"] and bot == "accept"
            total[3] += bot != row["teacher"] and bot == "reject"
            if args.verbose and bot != row["teacher"]:
                print(f"{mode}\t{row['id']}\t{row['expected']}\t{row['given']}\t{result.reason}")
    for mode, (agree, n, false_accepts, false_rejects) in totals.items():
        print(
            f"{args.table.name} {mode:8s} {agree}/{n} agree, "
            f"false accepts {false_accepts}, false rejects {false_rejects}"
        )


if __name__ == "__main__":
    main()
