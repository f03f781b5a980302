"""Count sibling give-aways in quiz samples: a question whose answer another question of the same
sample shows in its stem or options.

    PYTHONPATH=. python scripts/sibling_giveaways.py DECK [DECK ...] [--n 60] [--seeds 1-5] [-v]

Each deck is sampled as `studybot quiz sample --deck DECK --n N --seed S` samples it, for each
seed. A question's keys are its answers and accepted forms (not "True"/"False"; for a
term-to-definition question the definition); a key gives a question away when another question
of the sample prints it, folded (case, accents, punctuation), as whole words in its stem or one
of its options (an option that is the key and nothing more is a distractor there, and tells
nothing):

- "exact": the whole key ("1868" in "1868: HMS Topaze takes Hoa Hakananai'a");
- "word": a key of two or more words, one of whose words no dictionary holds (a name such as
  "Thonglongya") stands in the other question, or starts one of its words ("thonglongyai").

Either only when that stem or option also shares a word of four letters or more with what the
asked question says, its label included ("Topaze", "Smallest"): "20" in "peak call 20 kHz" tells
nothing about "It drinks about _____ ml of blood", nor "noctule" as an example in an option about
wing shapes which species calls at 20 kHz. Keys of more than five words (definitions, lines) are
not looked for.

The rule is deliberately blunter than the generator's own check (`bot/questions/_sibling_keys.py`)
so that it measures, not mirrors, what a reviewer sees: it is written here on its own.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._words import STOP_WORDS
from knowledge.deck_files import open_deck_file
from knowledge.search._lemma import is_dictionary_word
from knowledge.text import fold

_NO_KEY = {
    QuestionKind.TRUE_FALSE,
    QuestionKind.CHRONOLOGY,
    QuestionKind.MATCHING,
    QuestionKind.WHICH_TOPIC,  # a heading: every label of its topic prints it
}
_MIN_TIE = 4
_MAX_KEY_WORDS = 5  # a longer answer is a definition or a line, not a key a stem could print
# Words every question stem has: no tie between two questions.
_NOT_TIES = STOP_WORDS | {
    "what",
    "which",
    "does",
    "mean",
    "term",
    "means",
    "true",
    "false",
    "event",
}
_MIN_LETTERS = 3
_MIN_NAME_WORD = 5


@dataclass(frozen=True)
class GiveAway:
    asked: int  # 1-based number of the question given away
    shown: int  # 1-based number of the question that shows its key
    key: str
    how: str  # "exact" or "word"


def keys_of(question: Question) -> list[str]:
    if question.kind in _NO_KEY:
        return []
    keys = []
    for answer in question.answers:
        folded = fold(answer)
        if not folded:
            continue
        if folded.isdigit() or sum(ch.isalpha() for ch in folded) >= _MIN_LETTERS:
            keys.append(folded)
    return list(dict.fromkeys(keys))


def shown_texts(question: Question, keys: list[str]) -> list[str]:
    texts = [fold(question.prompt)]
    if question.kind is not QuestionKind.TRUE_FALSE:
        texts += [fold(option) for option in question.options if fold(option) not in keys]
    return texts


def _content(text: str) -> set[str]:
    return {w for w in text.split() if len(w) >= _MIN_TIE and w not in _NOT_TIES}


def _tied(key: str, text: str, asked: Question) -> bool:
    """True when `text` shares a word of four letters or more, besides the key's own, with what
    the asked question says (its stem, label included, and its line)."""
    said = _content(fold(f"{asked.prompt} {asked.source_fact}")) - set(key.split())
    return bool(said & _content(text))


def _has_words(text: str, key: str) -> bool:
    return re.search(rf"(?<!\S){re.escape(key)}(?!\S)", text) is not None


def _name_words(key: str) -> list[str]:
    words = key.split()
    if not 2 <= len(words) <= _MAX_KEY_WORDS:  # a name of two words or more
        return []
    return [
        word
        for word in words
        if len(word) >= _MIN_NAME_WORD and word.isalpha() and not is_dictionary_word(word)
    ]


def give_aways(questions: list[Question]) -> list[GiveAway]:
    found = []
    for i, asked in enumerate(questions):
        keys = keys_of(asked)
        if not keys:
            continue
        for j, shown in enumerate(questions):
            if i == j:
                continue
            texts = shown_texts(shown, keys)
            hit = next(
                (
                    k
                    for k in keys
                    for t in texts
                    if len(k.split()) <= _MAX_KEY_WORDS and _has_words(t, k) and _tied(k, t, asked)
                ),
                None,
            )
            if hit is not None:
                found.append(GiveAway(i + 1, j + 1, hit, "exact"))
                continue
            words = [w for k in keys for w in _name_words(k)]
            word = next(
                (
                    w
                    for w in words
                    for t in texts
                    if re.search(rf"(?<!\S){w}", t) and _tied(w, t, asked)
                ),
                None,
            )
            if word is not None:
                found.append(GiveAway(i + 1, j + 1, word, "word"))
    return found


def _seeds(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("decks", nargs="+")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seeds", default="1-5")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    total = 0
    for path in args.decks:
        deck = open_deck_file(path)
        counts = []
        for seed in _seeds(args.seeds):
            questions = QuestionGenerator(deck, seed=seed).generate(args.n)
            found = give_aways(questions)
            # A question given away counts once, however many siblings show its key.
            asked = sorted({g.asked for g in found})
            counts.append(len(asked))
            if args.verbose:
                for g in found:
                    print(
                        f"  seed {seed}: Q{g.asked} given away by Q{g.shown} ({g.how}: {g.key!r})"
                        f"\n      asked: {questions[g.asked - 1].prompt[:110]}"
                        f"\n      shown: {questions[g.shown - 1].prompt[:110]}"
                    )
            print(f"{path} seed {seed}: {len(questions)} questions, {len(asked)} given away")
        total += sum(counts)
        print(f"{path}: {sum(counts)} given away over seeds {args.seeds} {counts}")
    print(f"total: {total}")


if __name__ == "__main__":
    main()
