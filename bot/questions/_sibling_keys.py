"""Two questions of one quiz where one prints the other's answer, with words of what it asks.

`leaks` ties a printed key to the fact asked by two shared words, a name, a year or a number in
the same piece of a stem. Round 28 still had five such pairs a run that it let through:

- a table row shown whole as an option or statement ("1868: HMS Topaze takes Hoa Hakananai’a")
  beside "In what year did HMS Topaze take …?", and a timeline's 1960 row beside the 1960 tsunami
  cloze, "5 April 1722: … Jacob Roggeveen" beside the Roggeveen cloze;
- a name's other words: "Kitti’s hog-nosed bat (Craseonycteris thonglongyai)" beside "named after
  the Thai zoologist _____" (Kitti Thonglongya), where the printed words are the key's own name
  words, one of them in a Latinised form.

So this reads, for each short key (an answer of at most five words and its accepted forms, never
"True"/"False", a heading or a definition), every stem and option of another question, folded:
the key counts as shown when it stands there as whole words, or (for a name of two words or more)
when one of its words no dictionary holds starts a word there (two such words are the name
told). It gives the question away when
that stem or option also says a word of four letters or more that the asked question says besides
its key (its stem, label included, or its line). A key printed as an option and nothing more is a
distractor there and tells nothing, and a number printed beside unrelated words ("peak call 20
kHz" beside "about _____ ml of blood") neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.questions._model import FALSE, TRUE, Question, QuestionKind
from bot.questions._words import STOP_WORDS
from knowledge.search._lemma import is_dictionary_word
from knowledge.text import fold

# An answer longer than this is a definition or a line, not a key a stem could print.
_MAX_KEY_WORDS = 5
_MIN_LETTERS = 3
# A word of this many letters ties a printed key to what is asked; a name word this long is told.
_MIN_TIE = 4
_MIN_NAME_WORD = 5
# Kinds whose answer no other stem could print as a key: an order, pairs, a heading (every label
# of its topic prints it), a definition.
_NO_KEY = frozenset(
    {
        QuestionKind.TRUE_FALSE,
        QuestionKind.CHRONOLOGY,
        QuestionKind.MATCHING,
        QuestionKind.WHICH_TOPIC,
        QuestionKind.TERM_TO_DEFINITION,
        QuestionKind.REASON,
        QuestionKind.MULTI_SELECT,
    }
)
# Words every stem says: no tie between two questions.
_NOT_TIES = STOP_WORDS | frozenset(
    {"what", "which", "does", "mean", "means", "term", "true", "false", "event", "blank"}
)


@dataclass(frozen=True, slots=True)
class _Asked:
    keys: tuple[re.Pattern[str], ...]  # the key as whole words, folded
    names: tuple[tuple[str, re.Pattern[str]], ...]  # a name's own words, at a word's start
    says: frozenset[str]  # what the question says besides its key
    key_words: frozenset[str]  # the key's own words: beside one of its names, they tell it


def shows_key(asked: Question, shown: Question) -> bool:
    """True when `shown` prints the key of `asked` beside words of what `asked` asks."""
    read = _asked(asked)
    if not read.keys:
        return False
    return any(_tells(read, text) for text in _texts(shown, asked))


def gives_key(one: Question, other: Question) -> bool:
    """True when either of two questions of a quiz prints the other's key (`shows_key`)."""
    return shows_key(one, other) or shows_key(other, one)


def _tells(read: _Asked, text: str) -> bool:
    found = [word for word, pattern in read.names if pattern.search(text)]
    if len(found) >= 2:  # two of a name's own words: "Kitti’s … thonglongyai"
        return True
    if not found and not any(pattern.search(text) for pattern in read.keys):
        return False
    said = read.says
    if found:  # "Jacob Roggeveen arrives" beside the event "Jacob Roggeveen – first European …"
        said |= read.key_words - {found[0]}
    return not said.isdisjoint(_content(text))


@lru_cache(maxsize=16384)
def _asked(question: Question) -> _Asked:
    keys = _keys(question)
    key_words = {word for key in keys for word in key.split()}
    names = {
        word
        for key in keys
        if len(key.split()) >= 2  # a name of two words or more
        for word in key.split()
        if len(word) >= _MIN_NAME_WORD and word.isalpha() and not is_dictionary_word(word)
    }
    says = _content(fold(f"{question.prompt} {question.source_fact}")) - key_words
    return _Asked(
        tuple(re.compile(rf"(?<!\S){re.escape(key)}(?!\S)") for key in keys),
        tuple((name, re.compile(rf"(?<!\S){re.escape(name)}")) for name in sorted(names)),
        frozenset(says),
        frozenset(word for word in key_words if len(word) >= _MIN_TIE and word not in _NOT_TIES),
    )


def _keys(question: Question) -> tuple[str, ...]:
    if question.kind in _NO_KEY:
        return ()
    found = []
    for answer in question.answers:
        if answer in (TRUE, FALSE):
            continue
        key = fold(answer)
        if not key or len(key.split()) > _MAX_KEY_WORDS:
            continue
        if key.isdigit() or sum(ch.isalpha() for ch in key) >= _MIN_LETTERS:
            found.append(key)
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=16384)
def _shown(question: Question) -> tuple[str, ...]:
    texts = [fold(question.prompt)]
    if question.kind is not QuestionKind.TRUE_FALSE:
        texts += [fold(option) for option in question.options]
    return tuple(texts)


def _texts(shown: Question, asked: Question) -> tuple[str, ...]:
    """What `shown` prints, less an option that is one of the asked keys and nothing more."""
    keys = set(_keys(asked))
    return tuple(text for text in _shown(shown) if text not in keys)


@lru_cache(maxsize=65536)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in text.split() if len(w) >= _MIN_TIE and w not in _NOT_TIES)
