"""Word-level rules: which words carry meaning, and when one text gives another away.

A blank is only worth asking when the answer cannot be read off the question. "Hungary" is given
away by "Hungarian Uprising" even though the words differ, so words are compared by their root (a
shared five-letter start), their dictionary form and shared starts and ends (`echoes`), on folded
text so accents, case and British/American spelling never matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.search._lemma import is_dictionary_word, lemma, word_family
from knowledge.text import americanise, drop_article, fold

# A plain word list reads better than 150 quoted strings.
STOP_WORDS = frozenset(
    """
    a about above after again against all also although am among an and any are as at be because
    been before being below between both but by can could did do does doing down during each
    either etc few for from further had has have having he her here hers herself him himself his
    how however i if in into is it its itself just least less let made make many may me might more
    most much must my myself neither no nor not now of off often on once one only onto or other
    ought our ours ourselves out over own per quite rather same shall she should since so some
    such than that the their theirs them themselves then there these they this those though
    through thus to too towards under until up upon us very via was we were what whatever when
    where whether which while who whom whose why will with within without would yet you your yours
    yourself yourselves s t d ll m re ve w
    """.split()  # noqa: SIM905
)

# Roots shorter than this are whole words: "Nagy" only matches "Nagy".
_ROOT = 5


@lru_cache(maxsize=65536)
def content_words(text: str) -> tuple[str, ...]:
    """The folded words of `text` that are not stop words."""
    return tuple([word for word in fold(text).split() if word not in STOP_WORDS])


def is_stop_phrase(text: str) -> bool:
    """True when `text` has no word worth asking for (empty, or stop words only)."""
    return not content_words(text)


@lru_cache(maxsize=65536)
def root(word: str) -> str:
    """A crude, language-agnostic stem of a folded word: its first five letters, American-spelt."""
    word = americanise(word)
    return word[:_ROOT] if len(word) >= _ROOT and word.isalpha() else word


@lru_cache(maxsize=65536)
def roots(text: str) -> frozenset[str]:
    """The roots of the content words of `text`."""
    return frozenset(map(root, content_words(text)))


def contains_phrase(haystack: str, needle: str) -> bool:
    """True when folded `needle` occurs in folded `haystack` as whole words."""
    folded = drop_article(fold(needle))
    return bool(folded) and f" {folded} " in f" {fold(haystack)} "


# Each candidate's answer against its stem, hints and option notes, and a term against each
# definition it is offered beside: the same pairs from several checks.
@lru_cache(maxsize=65536)
def gives_away(answer: str, context: str, *, by_root: bool = True) -> bool:
    """True when `context` reveals `answer`: it holds it, or (by_root) a word sharing a root.

    Only alphabetic words of four or more letters are compared by root, so "the" or "10" in a
    question never counts against an answer that happens to contain them.
    """
    if contains_phrase(context, answer):
        return True
    if not by_root:
        return False
    answer_words = [word for word in content_words(answer) if len(word) >= 4 and word.isalpha()]
    if "mc" in answer or "Mc" in answer:
        # "McAdam" is spelt "macadam" in what is named after him ("macadamisation", round 19)
        answer_words += ["mac" + word[2:] for word in answer_words if word.startswith("mc")]
    theirs = [word for word in content_words(context) if word.isalpha()]
    return any(echoes(mine, other) for mine in answer_words for other in theirs)


@lru_cache(maxsize=262144)
def echoes(one: str, other: str) -> bool:
    """True when two folded words would read as the same word to a student: one root ("Hungary",
    "Hungarian"), one dictionary form ("lens", "lenses"), one inside the end of the other
    ("sound", "ultrasound") or a long shared start ("purify", "Puritan"; "focus", "focal")."""
    if root(one) == root(other):
        return True
    short, long = sorted((americanise(one), americanise(other)), key=len)
    if len(short) < 4 or not short.isalpha() or not long.isalpha():
        return False
    if len(short) >= 5 and long.endswith(short):
        return True
    shared = next(
        (i for i, (a, b) in enumerate(zip(short, long, strict=False)) if a != b), len(short)
    )
    if shared >= 3 and shared >= 0.6 * len(short) and (shared >= 4 or len(long) <= 5):
        return True
    return lemma(short) == lemma(long)


@lru_cache(maxsize=262144)
def same_family(one: str, other: str) -> bool:
    """True when two folded words are forms of one word family by the lemmatizer's derivational
    links (`word_family`), though they `echo` no shared start: "robbing" and "robbery" (rob,
    robber), "punished" and "punishment". A word of the family both share counts only when it is
    a word of the dictionary (the links over-generate: "nation" -> "nate")."""
    if min(len(one), len(other)) < _MIN_FAMILY or not (one.isalpha() and other.isalpha()):
        return False
    mine, theirs = word_family(one), word_family(other)
    if one in theirs or other in mine:
        return True
    return any(len(word) >= _MIN_FAMILY and is_dictionary_word(word) for word in (mine & theirs))


_MIN_FAMILY = 4
# What parts the words whose initials `spells_initials` reads (compiled once: asked of every term).
_INITIALS_BREAK = re.compile(r"[\s/-]+")
_WORD_BREAK = re.compile(r"[\s/]+")


def spells_initials(acronym: str, text: str) -> bool:
    """True when consecutive words of `text` start with the letters of `acronym`, in order:
    "LAN" and "local area network", "LDR" and "light dependent resistor". Such a text gives the
    acronym away (and an acronym's expansion is no definition to choose among definitions)."""
    acronym = acronym.strip()
    if len(acronym) > _MIN_PLURAL_ACRONYM and acronym.endswith("s") and acronym[:-1].isupper():
        acronym = acronym[:-1]  # "YOIs" and "young offenders' institutions": one "s" for all
    if not 2 <= len(acronym) <= 6:  # no acronym (most key terms): nothing to fold
        return False
    letters = [ch for ch in fold(acronym) if ch.isalpha()]
    if not 2 <= len(letters) <= 6 or len(letters) != len(acronym):
        return False
    wanted = "".join(letters)
    # "LDR" and "light-dependent resistor" read each half; "TSD" and "temperature-dependent
    # sex determination" read the hyphened word as one (round 30, B15)
    for breaks in (_INITIALS_BREAK, _WORD_BREAK):
        words = [folded for word in breaks.split(text) if (folded := fold(word))]
        if wanted in "".join(word[0] for word in words):
            return True
        # "EVEL" and "English Votes for English Laws": the small words have no letter in it
        if wanted in "".join(word[0] for word in words if word not in _SMALL_WORDS):
            return True
    return False


# Words an acronym's letters skip: "Votes for English Laws", "Department of Health".
_SMALL_WORDS = frozenset("for of the and in on to a an at by with".split())  # noqa: SIM905
_MIN_PLURAL_ACRONYM = 2  # "MPs", "YOIs": two capitals or more, then a plural "s"

# Subject pronouns: leading a line, they stand for a subject the line itself does not name.
_PRONOUNS = frozenset(["it", "they", "this", "these", "those", "he", "she"])


def pronoun_led(text: str) -> bool:
    """True for a line that starts with a pronoun ("It reached England …", "they raise revenue"):
    away from its heading or the line before, nobody can tell what it is about."""
    first = fold(text).split()[:1]
    return bool(first) and first[0] in _PRONOUNS


_SEE = re.compile(r"(?i)^\W*(?:see|cf\.?|compare)\b")


def is_cross_reference(text: str) -> bool:
    """True for a description that only says where the notes say it ("see 2.2", "cf. section
    3"): nothing to learn or to match (round 21, A28: "Attainder – see 2.2")."""
    return _SEE.match(text) is not None
