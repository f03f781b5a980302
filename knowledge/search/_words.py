"""Turning text into the words the search index compares: folded, americanised, stop-words out,
stemmed.

Notes and questions are written by students: any case, with or without accents, British or American
spelling, plurals and past tenses. Both the index and every query go through `content_words` and
`stem`, so one rule decides what counts as the same word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.search._irregular import BASE_FORM
from knowledge.search._lemma import is_dictionary_word, month_or_ordinal
from knowledge.text import _NON_WORD, _THOUSANDS, americanise, fold


# Function words and the wording of a question or a command: they never make a match on their own.
# Words that carry meaning in notes are kept out on purpose: "us" (the USA), "may" (the month),
# "new", "no" / "not" ("imposed no economic sanctions").
def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text` as a set (for long word lists kept readable)."""
    return frozenset(text.split())


STOP_WORDS = word_set(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing done down during each few for from
    further had has have having he her here hers herself him himself his i if in into is it its
    itself just me more most my myself nor of off on once only or other our ours ourselves out over
    own same she should so some such than that the their theirs them themselves then there these
    they this those through to too under until up very was we were what when where which while who
    whom whose why will with would you your yours yourself yourselves how s t d ll m re ve etc
    explain describe tell define definition meaning mean means meant happen happened happens
    happening please show give list many much
    """
)


_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})$")
_DOUBLE_END = re.compile(r"([bdgmnprt])\1$")
# An acronym's plural: letters with no vowel ("cds", "mps", "dvds") or letters then digits
# ("mp3s"), then "s". Folded, "CDs" is no word, and "cds" met no "CD" of the notes.
_ACRONYM_PLURAL = re.compile(r"^(?:[b-df-hj-np-tv-xz]{1,3}[b-df-hj-np-rtv-xz]|[a-z]+[0-9]+)s$")


@lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Folded, americanised text: "Sovietisation" and "sovietization" become the same string.
    Kept for the last names asked: building a deck's index normalises each of its names three
    times (exact keys, fuzzy names, autocomplete), 132,000 calls for a 44,000-card deck."""
    return americanise(_fold(text))


def is_year(word: str) -> bool:
    """True for a four-digit year (1000-2099): years are matched exactly, never fuzzily."""
    return _YEAR.match(word) is not None


def folded_words(text: str) -> tuple[str, ...]:
    """All folded words of `text`, stop-words kept."""
    return tuple(_fold(text).split())


def _fold(text: str) -> str:
    """`knowledge.text.fold`, with a fast path for plain ASCII text (most notes), where accents,
    special letters and Unicode decomposition cannot occur: the same result, many times faster.
    A negative contraction is read in full, typed with its apostrophe or without ("didn't",
    "didnt" -> "did not"): its stump ("didn") is no word, let alone a name the notes lack.
    A word spelt with an apostrophe inside it is one word ("Qur'an", "Shi'a" -> "quran", "shia"),
    as a question types it without one; see `joined_apostrophes`."""
    text = joined_apostrophes(full_negations(text))
    if "." in text:  # "a.c.", "p.d.", "e.m.f.": one word, as a question types it ("ac", "pd")
        text = _DOTTED.sub(_undotted, text)
    if text.isascii():
        if "," in text or "'" in text:  # the only ASCII thousands separators ("10,000")
            text = _THOUSANDS.sub("", text)
        return _NON_WORD.sub(" ", text.casefold().replace("_", " ")).strip()
    return fold(text)


# An apostrophe between letters that is no English clitic ('s, 't, 're, 'll, 've, 'd, 'm) and no
# one-letter elision ("l'eau", "O'Neill", "qu'il"): part of the word, as in transliterations
# ("Qur'an", "Shi'a", "Ka'aba", "Hawai'i"). Split there, "Qur'an" became "qur" + "an" and a
# question's "quran" a word the notes seemed to lack.
_INNER_APOSTROPHE = re.compile(
    r"(?<![A-Za-z])(?!qu['’])([A-Za-z]{2,})['’](?=[A-Za-z])(?!(?:s|t|re|ll|ve|d|m)\b)",
    re.IGNORECASE,
)


def joined_apostrophes(text: str) -> str:
    """`text` with each word's inner apostrophe dropped ("Qur'an" -> "Quran"), clitics kept."""
    if "'" not in text and "’" not in text:
        return text
    return _INNER_APOSTROPHE.sub(r"\1", text)


_DOTTED = re.compile(r"(?<![\w.])[A-Za-z](?:\.[A-Za-z])+\.?(?![\w])")


def _undotted(match: re.Match[str]) -> str:
    return match.group().replace(".", "")


# "didn't", "didnt", "doesn’t", "can't", "wont": the auxiliary and "not".
_NEGATION = re.compile(
    r"\b(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|ca|wo)n(?:['’]?t)\b",
    re.IGNORECASE,
)
_AUXILIARY = {"ca": "can", "wo": "will"}
# A cheap test before the expression: "nt", "n't", "n’t", "NT", "N'T" or "N’T" in the text.
_STUMP = re.compile("n['’]?t|N['’]?T")


def full_negations(text: str) -> str:
    """`text` with its negative contractions written in full: "didnt" -> "did not"."""
    if _STUMP.search(text) is not None:
        return _NEGATION.sub(_negation, text)
    return text


def _negation(match: re.Match[str]) -> str:
    verb = match.group(1)
    return f"{_AUXILIARY.get(verb.casefold(), verb)} not"


def surface_words(text: str) -> tuple[str, ...]:
    """The folded words of `text` that can carry meaning, spelt as written (not yet americanised):
    stop-words and stray letters dropped. Typo correction compares these."""
    return meaningful(folded_words(text))


def meaningful(words: tuple[str, ...]) -> tuple[str, ...]:
    """Of folded words, those that can carry meaning: stop-words and stray letters dropped, but a
    letter a designator names kept ("vitamin D" -> "vitamin", "vitamin_d"; see `_lettered`), and
    a figure written against its unit read as both ("30mph" -> "30", "mph"; see `_unit_split`)."""
    found: list[str] = []
    for position, word in enumerate(words):
        if len(word) == 1 and word.isalpha():
            named = _lettered(words, position)
            if named is not None:
                found.append(named)
            continue
        if word in STOP_WORDS:
            continue
        split = _UNIT_SPLIT.match(word) if word[0].isdigit() else None
        if split is not None and split.group(2) not in _NOT_UNITS:
            # a one-letter unit goes as a stray letter does: "36g" is read as "36 g" is, "36"
            found.extend(
                p for p in split.groups() if p not in STOP_WORDS and (len(p) > 1 or p.isdigit())
            )
            continue
        found.append(word)
    return tuple(found)


# Nouns naming one of a lettered series: "vitamin D", "type A", "plan B", "group C", "class A".
# The letter is the whole difference between twenty "Vitamin X: …" lines; dropped as a stray
# letter, "what does vitamin d do?" asked only "vitamin" and every vitamin line tied.
_DESIGNATORS = {
    **{word: word for word in ("vitamin", "type", "plan", "group", "grade", "part", "section")},
    **{word: word for word in ("paper", "option", "hepatitis", "class")},
    **{"vitamins": "vitamin", "types": "type", "groups": "group", "grades": "grade"},
    **{"parts": "part", "sections": "section", "papers": "paper", "options": "option"},
    **{"classes": "class"},
}
_LIST_JOINS = frozenset({"and", "or"})


def _lettered(words: tuple[str, ...], position: int) -> str | None:
    """The token for a single letter that a designator names ("vitamin_d"), None for a stray
    letter. A plural designator names a list: "vitamins A, D, E and K" each letter."""
    before = position - 1
    while before >= 0 and (
        (len(words[before]) == 1 and words[before].isalpha()) or words[before] in _LIST_JOINS
    ):
        before -= 1  # back over "a d e and" to "vitamins"
    if before < 0 or words[before] not in _DESIGNATORS:
        return None
    if before != position - 1 and words[before] == _DESIGNATORS[words[before]]:
        return None  # a singular designator names one letter: "type a or b" is not read on
    # Non-alphabetic, so typo correction never takes "vitamin_d" for "vitamin_c".
    return f"{_DESIGNATORS[words[before]]}_{words[position]}"


# A figure written against its unit ("30mph", "1200kg", "4Ps", "36g", "500cm3"): the figure and
# the unit are the words a question or another line writes apart. A unit may end in its power
# ("cm3", "m2"). Not an ordinal ("1st") nor a decade ("1990s").
_UNIT_SPLIT = re.compile(r"^(\d+)([a-z]+[23]?)$")
_NOT_UNITS = frozenset({"st", "nd", "rd", "th", "s"})


@lru_cache(maxsize=131072)
def index_word(word: str) -> str:
    """The form a folded word takes in the index: americanised, then stemmed. "-ogue" is spelt
    "-og" ("analogue" / "analog", "catalogues" / "catalogs"), as `americanise` leaves it."""
    return stem(_OGUE.sub("og", americanise(word)))


_OGUE = re.compile(r"(?<=[a-z]{3})ogue(?=s?$)")


@lru_cache(maxsize=131072)
def stem(word: str) -> str:
    """A light, conservative stem: irregular verb forms, plural -s/-es/-ies, past -ed/-ied, -ing,
    and a final -e.

    Only the same rule on both sides matters, so "replaced"/"replace" -> "replac", "died"/"dies" ->
    "die", "skies" -> "sky", "missiles" -> "missile" -> "missil", "wrote"/"written" -> "writ".
    Short words and numbers stay as they are.
    """
    word = BASE_FORM.get(word, word)
    word = month_or_ordinal(word) or word  # "Sept" / "September", "4th" / "4"
    if (
        word[-1:] == "s"
        and (len(word) <= 5 or not word.isalpha())
        and _ACRONYM_PLURAL.match(word) is not None
        and word != "mrs"
    ):
        return word[:-1]  # "CDs", "MPs", "MP3s": the acronym's plural ("Mrs" is no "Mr")
    if len(word) <= 3 or not word.isalpha():
        return word
    if word.endswith(("lled", "lling")):
        # "controlled", "compelling": the verb doubles its l ("control"), which the doubled-
        # consonant rule cannot undo ("killed", "called" keep theirs: "kil" is no word). Asked of
        # the word list, not the lemmatizer, whose import `explain` must not pay for; "travelled"
        # stays "travell" (English lists both spellings), as it was.
        base = word[: -2 if word.endswith("ed") else -3]
        if not is_dictionary_word(base) and is_dictionary_word(base[:-1]):
            word = base[:-1] + word[len(base) :]
    if word.endswith(("ies", "ied")):
        word = word[:-3] + ("y" if len(word) > 4 else "ie")
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 4:
        word = word[:-1]
    if word.endswith("ed") and len(word) > 5:
        word = _undoubled(word[:-2])
    elif word.endswith("ing") and len(word) > 6:
        word = _undoubled(word[:-3])
    if word.endswith("e") and len(word) > 4 and not word.endswith("ee"):
        word = word[:-1]
    return word


def _undoubled(word: str) -> str:
    """A stem without the consonant doubled before "-ed"/"-ing" ("stopp" -> "stop")."""
    return word[:-1] if _DOUBLE_END.search(word) else word


def content_words(text: str) -> tuple[str, ...]:
    """Index words of `text`, in order (repeats kept: they count as term frequency)."""
    return tuple(index_word(word) for word in surface_words(text))


class TextWords:
    """The words of each distinct text, worked out once while a deck is indexed.

    The lookup and /ask indexes read the same facts and names; this memo lives only as long as one
    build, so a big deck's many small tuples are freed as soon as the indexes are made.
    """

    __slots__ = ("_content", "_folded", "_surface")

    def __init__(self) -> None:
        self._folded: dict[str, tuple[str, ...]] = {}
        self._surface: dict[str, tuple[str, ...]] = {}
        self._content: dict[str, tuple[str, ...]] = {}

    def folded(self, text: str) -> tuple[str, ...]:
        """`folded_words(text)`, memoised."""
        found = self._folded.get(text)
        if found is None:
            found = self._folded[text] = folded_words(text)
        return found

    def surface(self, text: str) -> tuple[str, ...]:
        """`surface_words(text)`, memoised."""
        found = self._surface.get(text)
        if found is None:
            found = self._surface[text] = meaningful(self.folded(text))
        return found

    def content(self, text: str) -> tuple[str, ...]:
        """`content_words(text)`, memoised."""
        found = self._content.get(text)
        if found is None:
            found = self._content[text] = tuple(map(index_word, self.surface(text)))
        return found
