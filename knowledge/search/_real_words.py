"""Whether a deck word may stand for a query word the notes never use, or is a different word.

"exothermic" is one letter-pair from "endothermic", "Austria" two letters from "Australia",
"Sweden" one from "swede": close in spelling, different in meaning. Reading the student's word as
the notes' word then answers a question about one thing with a line about the other — a wrong
fact presented as the answer. So a query word the lemmatizer's dictionary knows (simplemma: the
common and technical words of English and the names of countries, not typos such as "uprisng" or
"diffrent") is only corrected into a deck word that is not itself a dictionary word (a name or
a slip in the notes), or that is the same word: the same dictionary form ("mitoses" /
"mitosis"), a member of its word family ("invade" / "invasion"), or its British or American
spelling ("colour" / "color", "foetus" / "fetus", "centre" / "center", "judgement" / "judgment").
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.search._lemma import is_dictionary_word, lemma, word_family
from knowledge.text import americanise

# British spellings and their American forms, by regular pattern (-ise/-yse is `americanise`'s,
# applied to both sides before this). Only equality after the rewrite counts, so a rule that also
# fires elsewhere ("ae" in "aerial") matters only when two dictionary words meet by it.
_BRITISH = (
    (re.compile(r"(?<=[a-z]{2})our"), "or"),  # colour, behaviour, labour (not four/for, hour)
    (re.compile(r"ae"), "e"),  # haemoglobin, anaemia, palaeontology
    (re.compile(r"oe"), "e"),  # foetus, oesophagus, oestrogen
    (re.compile(r"ulph"), "ulf"),  # sulphur, sulphate, sulphuric
    (re.compile(r"(?<=[a-z]{3})tre(s?)$"), r"ter\1"),  # centre, metres, fibre, theatre
    (re.compile(r"ogue(s?)$"), r"og\1"),  # catalogue, dialogue
    (re.compile(r"mme(s?)$"), r"m\1"),  # programme
    (re.compile(r"ence(s?)$"), r"ense\1"),  # defence, licence, offence
    (re.compile(r"yse"), "yze"),  # analyse, paralysed, catalyse
    (re.compile(r"(?<=g)ement"), "ment"),  # judgement, acknowledgement
    (re.compile(r"eing$"), "ing"),  # ageing
    (re.compile(r"inium"), "inum"),  # aluminium
    (
        re.compile(r"^(.*[aeiou][^aeiou]*[aeiou])ll(ed|ing|ers?)$"),
        r"\1l\2",
    ),  # travelled (not filled)
)


# British words whose American spelling no regular pattern gives, matched at the word's start so
# their inflections follow ("greys", "tyres", "ploughed").
_AMERICAN_WORDS = {
    "grey": "gray",
    "tyre": "tire",
    "plough": "plow",
    "sceptic": "skeptic",
    "cheque": "check",
    "draught": "draft",
    "pyjama": "pajama",
    "aeroplane": "airplane",
    "storey": "story",
    "gaol": "jail",
    "moult": "molt",
    "mould": "mold",
    "smoulder": "smolder",
    "kerb": "curb",
    "artefact": "artifact",
    "manoeuvr": "maneuver",
    "moustache": "mustache",
    "omelette": "omelet",
}
_BRITISH_WORDS = re.compile("^(" + "|".join(_AMERICAN_WORDS) + ")")


# What one of the rewrites above (or `americanise`'s "-ise") needs in a word to change it: a
# word without any is its own American spelling, told so by one search instead of fifteen
# substitutions (a grader asks this of most pairs of words close enough to be one word).
_BRITISH_MARK = re.compile(
    "is|our|ae|oe|ulph|tre|ogue|mme|ence|yse|gement|eing|inium|ll|^(?:"
    + "|".join(_AMERICAN_WORDS)
    + ")"
)


def american(word: str) -> str:
    """A folded word with its British spellings turned American ("colour" -> "color")."""
    if _BRITISH_MARK.search(word) is None:
        return word
    word = americanise(word)
    word = _BRITISH_WORDS.sub(lambda match: _AMERICAN_WORDS[match.group(1)], word)
    for pattern, replacement in _BRITISH:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=16384)
def is_real_word(word: str) -> bool:
    """True for a correctly spelt word of English or a known proper noun ("exothermic",
    "austria"): never a typo of another word."""
    return word.isalpha() and is_dictionary_word(word)


@lru_cache(maxsize=65536)
def may_correct(word: str, other: str) -> bool:
    """True when deck word `other` may stand for query word `word` the notes never use: `word`
    is no real word (a typo, a name), `other` is none either, or both are one word spelt two
    ways or inflected ("colour" / "color", "mitoses" / "mitosis")."""
    if word == other:
        return True
    if not is_real_word(word) or not is_real_word(other):
        return True
    return (
        lemma(word) == lemma(other)
        or other in word_family(word)
        or word in word_family(other)
        or american(word) == american(other)
        or _greek_plural(word) == other
        or _greek_plural(other) == word
    )


# A word the dictionary lists that hardly anyone writes (wordfreq Zipf below 1: "absorbancy",
# "aneal", "fumily") is more likely a slip than a word: the lemmatizer's data holds misspellings.
# Not a rarely written word that is one ("calender", Zipf 2.5, is a cloth press; "currant" 2.5
# is no misspelt "current"): frequency cannot tell those from a slip.
RARE_ZIPF = 1.0


@lru_cache(maxsize=65536)
def may_read_as(word: str, other: str) -> bool:
    """True when /ask may read query word `word`, which the notes never use, as deck word `other`
    (within the caller's edit allowance): `may_correct`'s cases, and a dictionary word nobody
    writes ("absorbancy" / "absorbency"). The grader keeps `may_correct`: it has its own rules
    for slips."""
    if may_correct(word, other):
        return True
    from wordfreq import zipf_frequency  # loaded on first use, as `_lemma` does

    return bool(zipf_frequency(word, "en") < RARE_ZIPF)


def _greek_plural(word: str) -> str:
    """The singular of a Greek "-ses" plural the lemmatizer misses ("mitoses" -> "mitosis")."""
    return word[:-2] + "is" if word.endswith("ses") else word
