"""Word families: the other forms a question word may take in the notes.

"How many died?" is answered by "9,000 deaths" or "30,000 killed"; "who assassinated him?" by
"assassination of …"; "what did he propose?" by "his proposal …". Inflections come from a
maintained lemmatizer that ships its data (simplemma: "died" -> "die", "began" -> "begin"); on top
of it sit derivational links — suffix pairs that turn a verb into its noun and back ("invade" /
"invasion", "assassinate" / "assassination", "propose" / "proposal", "lead" / "leader") and a short
table of families no suffix rule joins ("die" / "death" / "dead" / "killed").

A family member only counts when the deck uses it, so over-generation ("nation" -> "nate") costs
nothing: the search keeps only the forms its index knows.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.search._dictionary import is_english

# Families that no suffix rule joins: irregular derivations, and a few words notes use for one
# another in any subject.
_FAMILIES: tuple[frozenset[str], ...] = tuple(
    frozenset(group.split())
    for group in (
        "die died dies dying death deaths dead kill killed kills killing",
        "kill killed kills killing murder murdered murders assassinate assassinated shot shoot",
        "born birth",
        "marry married marriage",
        "grow grew growth",
        "fall fell fallen falls falling",
        "rise rose risen rises rising",
        "high height",
        "long length",
        "wide width",
        "deep depth",
        "strong strength",
        "weigh weight",
        "lose lost loss",
        "choose chose choice",
        "speak spoke speech",
        "sell sold sale",
        "succeed success",
        "live life alive",
        "free freedom",
        "hot heat",
        "true truth",
        "poor poverty",
        "start started begin began beginning",
        "end ended finish finished",
        "assassinate assassinated assassination assassin",
        "invade invaded invasion invader",
        "enter entered entry entrance",
        "show showed shown",
        "think thought",
        "believe belief",
        "defend defence defense",
        "offend offence offense",
        "pay paid payment",
        "fly flight",
        "see sight",
        "analyse analysis",
        "emphasise emphasis",
        "hypothesise hypothesis",
    )
)


def word_groups(groups: tuple[frozenset[str], ...]) -> dict[str, frozenset[str]]:
    """Each word of `groups` with every word it shares a group with (a word in two groups gets
    both): the lookup behind word families here and synonyms in `_synonyms`."""
    of: dict[str, frozenset[str]] = {}
    for group in groups:
        for word in group:
            of[word] = of.get(word, frozenset()) | group
    return of


_FAMILY_OF = word_groups(_FAMILIES)
_NEGATIONS = frozenset({"not", "no", "nor", "never"})

# (verb ending, noun ending, shortest root): "invade" <-> "invasion" is ("de", "sion").
# One way only: a verb in "-en" of an adjective or noun says more than it ("soften" is to make
# soft, "wooden" made of wood), so "soft" finds "soften", but "straightening" does not find a
# line that only says "straight".
_ONE_WAY_SUFFIXES: tuple[tuple[str, int], ...] = (("en", 4),)
_SUFFIX_PAIRS: tuple[tuple[str, str, int], ...] = (
    ("ate", "ation", 3),
    ("e", "ation", 3),
    ("", "ation", 3),
    ("ify", "ification", 2),
    ("ize", "ization", 3),
    ("ise", "isation", 3),
    ("de", "sion", 3),
    ("t", "sion", 3),
    ("duce", "duction", 2),
    ("e", "ion", 3),
    ("", "ion", 4),
    ("", "ment", 3),
    ("e", "al", 4),
    ("y", "ial", 3),
    ("ent", "ence", 3),
    ("ant", "ance", 3),
    ("", "ance", 4),
    ("", "ence", 4),
    ("e", "ence", 4),
    ("", "ure", 4),
    ("e", "ure", 4),
    ("", "er", 4),
    ("e", "er", 4),
    ("", "or", 4),
    ("e", "or", 4),
    ("", "y", 4),
    # nouns of a quality or a state: "conform"/"conformity", "secure"/"security",
    # "comply"/"compliance", "ill"/"illness", "psychology"/"psychologist"
    ("", "ity", 4),
    ("e", "ity", 4),
    ("able", "ability", 2),
    ("e", "ety", 3),  # "safe"/"safety"
    ("l", "lty", 4),  # "cruel"/"cruelty", "loyal"/"loyalty"
    ("ain", "ainty", 3),  # "certain"/"certainty"
    ("y", "iance", 3),
    ("", "ness", 3),
    ("y", "ist", 5),
    ("", "ist", 4),
    ("", "ive", 4),
    # adjectives and adverbs of a noun or adjective: "danger"/"dangerous", "harm"/"harmful",
    # "acid"/"acidic", "quick"/"quickly"
    ("", "ous", 4),
    ("", "ful", 4),
    ("", "ic", 4),
    ("", "ly", 4),
    # a state and its adjective, an office and its holder, a direction and its region, a verb
    # made of a noun: "insolvent"/"insolvency", "consul"/"consulship", "east"/"eastern",
    # "symbol"/"symbolise", "ethologist"/"ethological", "child"/"childhood"
    ("ent", "ency", 3),
    ("ant", "ancy", 3),
    ("", "ship", 4),
    ("", "hood", 4),
    ("", "ern", 4),
    ("", "ise", 4),
    ("", "ize", 4),
    ("ist", "ical", 4),
    ("y", "ical", 4),
)

_MONTHS = {
    "jan": "january",
    "feb": "february",
    "mar": "march",
    "apr": "april",
    "jun": "june",
    "jul": "july",
    "aug": "august",
    "sep": "september",
    "sept": "september",
    "oct": "october",
    "nov": "november",
    "dec": "december",
}
_ORDINAL = re.compile(r"^(\d{1,4})(?:st|nd|rd|th)$")

MONTH_NAMES = frozenset(_MONTHS.values()) | {"may"}


def month_or_ordinal(word: str) -> str | None:
    """The full month for an abbreviation ("sept" -> "september"), the number of a written
    ordinal ("4th" -> "4"); None for any other word. Notes write "4th Nov", questions "4 November"."""
    month = _MONTHS.get(word)
    if month is not None:
        return month
    ordinal = _ORDINAL.match(word)
    return ordinal.group(1) if ordinal else None


_DECADE = re.compile(r"^(1[6-9]|20)?(\d0s)$")
_HUNDREDS = re.compile(r"^(1[0-9]|20)00s$")
_CENTURY = re.compile(r"^(1[1-9]|2[01])th$")
_CENTURY_WORDS = {
    11: ("eleventh",),
    12: ("twelfth",),
    13: ("thirteenth",),
    14: ("fourteenth",),
    15: ("fifteenth",),
    16: ("sixteenth",),
    17: ("seventeenth",),
    18: ("eighteenth",),
    19: ("nineteenth",),
    20: ("twentieth",),
}


def decade_forms(word: str) -> tuple[str, ...]:
    """The other ways of writing a decade: "90s" -> "1990s", "1890s", …; "1970s" -> "70s"; and a
    century: "1700s" -> "18th", "eighteenth"; "18th" -> "1700s". Questions say "in the 90s",
    notes "by the 1990s", or "in the 1700s" and "in the 18th century", or the other way round."""
    hundreds = _HUNDREDS.match(word)
    if hundreds is not None:  # "the 1700s" are the 18th century, and the other way round
        number = int(hundreds.group(1)) + 1
        return (f"{number}th", *_CENTURY_WORDS.get(number, ()))
    ordinal = _CENTURY.match(word)
    if ordinal is not None and ordinal.group(1).isdigit():
        return (f"{int(ordinal.group(1)) - 1}00s",)
    for number, words in _CENTURY_WORDS.items():
        if word in words:
            return (f"{number}th", f"{number - 1}00s")
    found = _DECADE.match(word)
    if found is None:
        return ()
    if found.group(1):
        return (found.group(2),)
    return tuple(century + found.group(2) for century in ("19", "18", "17", "16", "20"))


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a folded word ("deaths" -> "death", "began" -> "begin")."""
    if not word.isalpha() or len(word) < 3:
        return word
    import simplemma  # its English dictionary loads on first use: at the first question, not at start-up

    found = simplemma.lemmatize(word, lang="en").casefold()
    return found if found.isalpha() else word


def load_dictionary() -> None:
    """Load the lemmatizer's English dictionary now (about 0.3 CPU-s) rather than at the first
    word: a build worker does it as it starts."""
    import simplemma

    simplemma.is_known("word", lang="en")


@lru_cache(maxsize=65536)
def is_dictionary_word(word: str) -> bool:
    """True when the lemmatizer's dictionary knows the folded word: "lymphocytes" is a word,
    "princip" and "tybalt" are names (a word of letters; looked up without loading the whole
    dictionary, see `_dictionary`)."""
    if not word:
        return False  # simplemma raises on an empty string (a token folded to nothing)
    if not word.isalpha():
        import simplemma

        return bool(simplemma.is_known(word, lang="en"))
    return is_english(word)


@lru_cache(maxsize=65536)
def word_family(word: str) -> frozenset[str]:
    """Forms related to a folded word, itself excluded: its lemma, the words derived from the
    lemma or that it derives from, and the members of its irregular family."""
    if word in _NEGATIONS:
        return frozenset()  # "not" is no stem of "notes", "noted"
    base = lemma(word)
    found: set[str] = {base}
    found |= _FAMILY_OF.get(word, frozenset()) | _FAMILY_OF.get(base, frozenset())
    for verb_end, noun_end, shortest in _SUFFIX_PAIRS:
        if base.endswith(noun_end):
            root = base[: len(base) - len(noun_end)]
            if len(root) >= shortest:
                found.add(root + verb_end)
                if not verb_end and _DOUBLED.search(root):
                    found.add(root[:-1])  # "plotter" -> "plot", "shopping" -> "shop"
        if base.endswith(verb_end):
            root = base[: len(base) - len(verb_end)] if verb_end else base
            if len(root) >= shortest:
                found.add(root + noun_end)
    for ending, shortest in _ONE_WAY_SUFFIXES:
        if len(base) >= shortest and not base.endswith(ending):
            found.add(base + ending)
    found |= _inflections(base)
    found |= _f_plurals(word)
    found.discard(word)
    return frozenset(found)


def _f_plurals(word: str) -> set[str]:
    """A plural in "-ves" and its singular in "-f"/"-fe", both ways: "leaves" -> "leaf" (the
    lemmatizer reads it as the verb "leave"), "wolf" -> "wolves", "knife" -> "knives".
    Over-generated ("leave" -> "leaves" is no plural of "leaf"): only forms the deck uses count."""
    if not word.isalpha() or len(word) < 4:
        return set()
    if word.endswith("ves"):
        return {word[:-3] + "f", word[:-3] + "fe"}
    if word.endswith("fe"):
        return {word[:-2] + "ves"}
    if word.endswith("f") and not word.endswith("ff"):
        return {word[:-1] + "ves"}
    return set()


_ORDINAL_END = {1: "st", 2: "nd", 3: "rd"}
_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen", "twenty"),
)
_ORDINAL_WORDS = (
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    *("tenth", "eleventh", "twelfth"),
)
_NUMBER_FORMS = {
    **{str(value): name for value, name in enumerate(_NUMBER_WORDS)},
    **{name: str(value) for value, name in enumerate(_NUMBER_WORDS)},
    # "fold a thousand cranes" of notes saying "fold 1000 cranes"
    **{"hundred": "100", "100": "hundred", "thousand": "1000", "1000": "thousand"},
    # "who was the 1st prophet?" of notes saying "the first prophet"
    **{
        f"{value}{_ORDINAL_END.get(value, 'th')}": name
        for value, name in enumerate(_ORDINAL_WORDS, 1)
    },
}


_ORDINAL_FIGURES = {
    name: f"{value}{_ORDINAL_END.get(value, 'th')}" for value, name in enumerate(_ORDINAL_WORDS, 1)
}


def ordinal_figure(word: str) -> str | None:
    """An ordinal in words written in figures ("third" -> "3rd"), or None: questions say
    "Newton's third law", notes "3rd law"."""
    return _ORDINAL_FIGURES.get(word)


def number_forms(word: str) -> tuple[str, ...]:
    """A small count in figures or in words: "3" -> "three", "fourteen" -> "14"; an ordinal in
    figures in words ("1st" -> "first"). Questions say "the 3 domains", notes "the three-domain
    system", or the other way round."""
    other = _NUMBER_FORMS.get(word)
    return (other,) if other else ()


_DOUBLED = re.compile(r"([bdgmnprt])\1$")
_PEOPLE_ENDS = ("n", "an", "ian", "ese", "ish")


def peoples(word: str) -> set[str]:
    """The name of a place's people, as notes may write it ("Italian troops" for Italy, "Chinese"
    for China, "Korean" for Korea): over-generated, only forms the deck uses mean anything."""
    if len(word) < 4 or not word.isalpha():
        return set()
    return {root + end for root in (word, word[:-1]) for end in _PEOPLE_ENDS}


def _inflections(base: str) -> set[str]:
    """Regular inflections of a dictionary form, for notes whose short words the light stemmer
    leaves alone: "aim" -> "aimed", "aims", "aiming"; "die" -> "died"; "large" -> "larger"."""
    if not base.isalpha():
        return set()
    forms = {base + "s", base + "es", base + "ed", base + "ing", base + "er", base + "est"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing", base + "r", base + "st"}
    if base.endswith("y") and len(base) > 2:
        forms |= {base[:-1] + "ies", base[:-1] + "ied", base[:-1] + "ier", base[:-1] + "iest"}
    if (
        len(base) >= 3
        and base[-1] in "bdgmnprt"
        and base[-2] in "aeiou"
        and base[-3] not in "aeiou"
    ):
        forms |= {base + base[-1] + end for end in ("ed", "ing", "er", "est")}
    return forms


SLIP_ZIPF = 3.5  # a word used at least ~3 times per million words: one any student knows
EVERYDAY_ZIPF = 5.0  # used 100 times per million words or more: "point", "problem", "wrong"
_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Longer than any slip of a common word: the longest English word at SLIP_ZIPF or above has 18
# letters ("telecommunications"), and one slip adds at most one. Checking a longer word would only
# cost time: a 480-letter "word" (a hostile /ask) made 25,000 candidates, two CPU-seconds.
_LONGEST_SLIP = 30


@lru_cache(maxsize=16384)
def is_common_word(word: str) -> bool:
    """True for an everyday English word (wordfreq's Zipf scale): "point", "problem",
    "according", "wrong" — not "transect", "voltmeter"."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en") >= EVERYDAY_ZIPF


@lru_cache(maxsize=4096)
def misspelt_word(word: str) -> str | None:
    """The common English word a folded word is one slip from (a letter dropped, added, changed
    or two swapped: "exmaple", "diffrent", "becuase"), the most frequent if several; None when
    there is none. Such a word is a typo of an ordinary word, not a name the notes never mention."""
    from wordfreq import zipf_frequency

    if not 5 <= len(word) <= _LONGEST_SLIP or not word.isalpha():
        return None
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    candidates = {a + b[1:] for a, b in splits if b}
    candidates |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    candidates |= {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    candidates |= {a + c + b for a, b in splits for c in _LETTERS}
    candidates.discard(word)
    frequency, best = max((zipf_frequency(other, "en"), other) for other in candidates)
    return best if frequency >= SLIP_ZIPF else None
