"""Words of the notes close in meaning to a word of the question, by static word embeddings.

"What happened to HM after his operation?" against "after surgery to remove parts of his
hippocampus…", "how much could people remember…" against "recall had dropped…", "too hot for
decomposers" against "warm speeds up enzymes": no word form, lemma or short synonym table joins
these, and a student's wording rarely matches the notes'. Each ordinary word of the deck (not a
name: a name's neighbours are other names, "Niger" for "Nigeria") gets a vector once, when the deck
is indexed (`_embed`); a question word's nearest deck words at or above MIN_SIMILARITY, at most
MAX_NEIGHBOURS, are then searched for as well, trusted less than the word itself.

Static vectors put words used in the same places close together, and a word's vector is the mean
of its pieces' ("am"+"meter"), so kinds of one thing named by a shared part come out close:
"ammeter" / "voltmeter", "endothermic" / "exothermic", "herbivore" / "carnivore", "rainforest" /
"rain". A word sharing its last four letters or more with the question word but not its first
three, or one that is the other with more added, is never taken. Otherwise opposites are far apart
("increase" / "decrease" 0.1), but the floor is high, a neighbour is worth NEIGHBOUR_TRUST of the
word, and every check the answer must pass (names, years, the question's essential words, the kind
of answer) still applies. Whole-sentence similarity was tried
too (as a ranking feature, and to admit lines below the coverage floor): on the evaluation sets it
picked the right line no more often than the lexical ranking, and cost refusals.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np

from knowledge.search import _embed
from knowledge.search._lemma import lemma

MIN_SIMILARITY = 0.6  # tuned on the development sets (cases, heldout3, heldout4)
MIN_SIMILARITY_USED = 0.7  # for a word the notes use themselves: their lines with it come first
MAX_NEIGHBOURS = 3
NEIGHBOUR_TRUST = 0.65  # below a synonym from the table (0.7); no other kind of match has it
MIN_LETTERS = 3
SHARED_END = 4  # "ammeter" / "voltmeter": a shared ending this long names a kind of one thing …
SHARED_START = 3  # … unless the words also start alike ("transmitted" / "transmission")


class WordNeighbours:
    """The ordinary words of one deck by dictionary form: each form's vector and index forms."""

    __slots__ = ("_lemmas", "_stems", "_vectors")

    def __init__(self, words: Iterable[str], stem: Callable[[str], str]) -> None:
        """`words` are the deck's folded words worth a vector (names left out by the caller).
        Forms are compared by their dictionary form: a static vector of "babies" is further from
        "infants" (0.53) than "baby" is from "infant" (0.82)."""
        stems: dict[str, set[str]] = {}
        for word in words:
            if word.isalpha() and len(word) >= MIN_LETTERS:
                stems.setdefault(lemma(word), set()).add(stem(word))
        self._lemmas = sorted(stems)
        self._stems = [tuple(sorted(stems[form])) for form in self._lemmas]
        vectors = _embed.embed(self._lemmas)
        self._vectors = vectors if vectors is not None and self._lemmas else None

    def __len__(self) -> int:
        return 0 if self._vectors is None else len(self._lemmas)

    def near(self, words: list[str], own: list[str]) -> list[list[tuple[str, float]]]:
        """Per word, the index forms of the deck words closest to it in meaning (best first) with
        their similarity; its own index form (`own`, one per word) is never among them."""
        if self._vectors is None or not words:
            return [[] for _ in words]
        forms = [lemma(word) for word in words]
        asked = _embed.embed(forms)
        if asked is None:
            return [[] for _ in words]
        # One pass over the deck's vectors for all the words. einsum, not the BLAS product: on a
        # busy machine BLAS threads waiting on each other made this 3-4 times slower.
        similar = np.einsum("wd,qd->wq", self._vectors, asked)
        found: list[list[tuple[str, float]]] = []
        for column, (form, own_stem) in enumerate(zip(forms, own, strict=True)):
            scores = similar[:, column]
            count = min(len(scores), MAX_NEIGHBOURS * 4)
            top = np.argpartition(-scores, count - 1)[:count]
            near: list[tuple[str, float]] = []
            taken = 0
            for row in sorted(top.tolist(), key=lambda r: (-scores[r], r)):
                score = float(scores[row])
                if score < MIN_SIMILARITY or taken >= MAX_NEIGHBOURS:
                    break
                other = self._lemmas[row]
                if other == form or _lookalike(form, other):
                    continue
                fresh = [s for s in self._stems[row] if s != own_stem and s not in dict(near)]
                if fresh:
                    taken += 1
                    near.extend((stem, score) for stem in fresh)
            found.append(near)
        return found


def _lookalike(word: str, other: str) -> bool:
    """True for two words whose vectors are close because they share a part, not a meaning:
    the same ending after a different start ("ammeter" / "voltmeter", "anabolic" / "catabolic"),
    or one of them the other with more added ("rain" / "rainforest", "civil" / "civilian"): a
    word's vector is the mean of its pieces', and the added piece moves it little."""
    if _shared(word[::-1], other[::-1]) >= SHARED_END and _shared(word, other) < SHARED_START:
        return True
    short, long = sorted((word, other), key=len)
    return long.startswith(short)


def _shared(first: str, second: str) -> int:
    """How many letters two words share at their start."""
    count = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        count += 1
    return count
