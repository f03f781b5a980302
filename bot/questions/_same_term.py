"""One question per term in a quiz, whatever form of the word the notes use.

Round 13's blind review saw "Which term means: a system in which one person has complete power?"
→ Autocracy, and later in the same sample "Tsar Nicholas II, an _____ who believed …" → autocrat.
A batch already asks each answer once by its words' dictionary forms; `term_keys` also gives the
forms of one word that a dictionary keeps apart a key in common, for the batch's subjects (what a
question asks about, asked once): autocrat/autocracy, communist/communism, abdicate/abdication,
diffuses/diffusion share a start of six letters or more that leaves at most three letters of
either, and the derivations `word_family` knows (nationalise/nationalisation) count as the word.
electron/electrolysis, protein/protest, meiosis/mitosis stay apart.
"""

from __future__ import annotations

from functools import lru_cache

from bot.questions._words import content_words
from knowledge.search._lemma import lemma, word_family

_KEY = "term-form:"
_MIN_SHARED = 6
_MAX_LEFT = 3


@lru_cache(maxsize=65536)
def term_keys(answer: str) -> frozenset[str]:
    """Subject keys two one-word answers share when they are one term in other forms ("Autocracy",
    "an autocrat"); none for an answer of several words or of another kind ("1917", "50%"), which
    the dictionary-form key covers."""
    words = content_words(answer)
    if len(words) != 1 or not words[0].isalpha():
        return frozenset()
    word = words[0]
    forms = {word, lemma(word)} | word_family(word)
    return frozenset(
        _KEY + form[:length]
        for form in forms
        if form.isalpha()
        for length in range(max(_MIN_SHARED, len(form) - _MAX_LEFT), len(form) + 1)
    )


def same_term(one: str, other: str) -> bool:
    """True when two answers are one term in other forms: one key in common, or the same words'
    dictionary forms ("Red Guards", "Red Guard")."""
    if term_keys(one) & term_keys(other):
        return True
    mine, theirs = content_words(one), content_words(other)
    return bool(mine) and [lemma(w) for w in mine] == [lemma(w) for w in theirs]
