"""Other ways of writing a name or term that a teacher accepts as the same answer.

Textbooks and students name one thing in several ways; each rule below compares folded words
(`_form`) and says only whether `given` is such a variant of `expected`. The grader accepts a
variant only when it is no other entity of the deck and names none (`Grader._variant`).

- An abbreviated word in a name of two or more words, at least one word in full: the word's
  first letter and some of its letters in order ending on its last ("Provisional Govt", "St
  Petersburg", "Mt Everest", "Dept"), or its first three letters or more ("Prov", "Univ").
- The same event under another of the nouns books use for it: "Kronstadt rebellion" for
  "Kronstadt Rising", "Kornilov coup" for "Kornilov Affair", "Munich Pact" for "Munich
  Agreement" — the words that say which event stay the same.
- The place a treaty, battle, siege or congress is named after, alone or before the noun:
  "Brest Litovsk" or "Brest-Litovsk Treaty" for "Treaty of Brest-Litovsk".
- A group named in the plural, given with the word for what it is: "White Army" for "Whites",
  "Mensheviks party" for "Mensheviks".
- A Russian name's initial "Ye" written "E", or the other way: "Yekaterinburg", "Eltsin".
- Words of a ratio: "3 to 1" or "three to one" for "3:1" (`same_ratio`), never "1 to 3".
- The describing word of a two-word term when it says which alone (`distinctive_word`):
  "binomial", "Sankey", "concave" for "concave lens" — never the head noun ("Tennis").
- Either side of a key written "X / Y" when both are spellings of one stem ("Vagabondage /
  vagrancy"): `slash_sides`; a formula ("distance / time") divides two things.
- A name built "Head of X" (or "on", "at") written the other way English writes it, "X Head",
  and back: "Reform Act" for "Act of Reform", "Pearl Harbor attack" for "Attack on Pearl Harbor",
  "reaction rate" for "rate of reaction" (`inverted`); one head noun, one link, no other link.
- The two halves of a pair the key writes hyphened, turned round: "stress-diathesis model" for
  "diathesis-stress model", "benefit-cost analysis" (`halves_turned`); either order names one
  thing, while other words of a term keep their places ("phosphate rock" is no "rock phosphate").
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from bot._grade_heads import QUANTITY_NOUNS, plural_in_use
from bot._numbers import parse_quantity
from bot._spelling import negated, same_sound, words_distance
from knowledge.search._dictionary import is_english
from knowledge.search._real_words import american
from knowledge.text import americanise, fold

# Nouns naming one kind of event, any of which books put after the words that say which one.
# Folded as answers are ("rising" -> "rizing", `americanise`).
_EVENT_NOUNS = tuple(
    frozenset(americanise(word) for word in words.split())
    for words in (
        "rising uprising rebellion revolt mutiny insurrection revolution coup putsch affair",
        "treaty pact agreement accord accords",
    )
)
# "Treaty of X", "Battle of X": named after the place (or the people) X.
_NAMED_AFTER = frozenset("treaty battle siege peace congress conference council sack".split())  # noqa: SIM905
# Words saying a group is a group: "White Army", "Mensheviks party".
GROUP_NOUNS = frozenset("party army armies forces movement faction".split())  # noqa: SIM905
_MIN_ABBREVIATED = 5  # a word shorter than this is not abbreviated: "Ft" is no "fort" for us
_MIN_PREFIX = 3
_ROMAN = re.compile(r"m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")


def abbreviates(short: str, word: str) -> bool:
    """True when folded `short` is a usual abbreviation of folded `word`: "govt" for
    "government", "st" for "saint", "prov" for "provisional" (never a Roman numeral: "vi")."""
    if len(word) < _MIN_ABBREVIATED or not 2 <= len(short) <= len(word) - 2:
        return False
    if short[0] != word[0] or not short.isalpha() or not word.isalpha() or _ROMAN.fullmatch(word):
        return False
    if negated(short, word):
        return False  # "aerobic" is the opposite of "anaerobic", not its short form
    if len(short) >= _MIN_PREFIX and word.startswith(short):
        return True
    if short[-1] != word[-1]:
        return False
    inner = iter(word[1:-1])
    return all(letter in inner for letter in short[1:-1])


def abbreviated(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is `expected` with some words abbreviated and at least one in full."""
    if len(given) != len(expected) or len(given) < 2:
        return False
    short = 0
    for g, e in zip(given, expected, strict=True):
        if g != e:
            if not abbreviates(g, e) or _word_of_its_own(g, e):
                return False
            short += 1
    return 0 < short < len(given)


_MIN_OWN_WORD = 5  # contractions that are words too are short: "govt", "dept", "bros"


def _word_of_its_own(short: str, word: str) -> bool:
    """True when `short`, letters left out of the middle of `word`, is a word of English of 5+
    letters: "metallic" keeps the letters of "metallurgic" in order, yet names another thing.
    The start of a word ("prov", "democrat") stays its short form."""
    return len(short) >= _MIN_OWN_WORD and not word.startswith(short) and is_english(short)


def same_event(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` names the event `expected` names with another noun for that kind of
    event, the words before it the same: "Kronstadt rebellion" for "Kronstadt Rising"."""
    if len(given) != len(expected) or len(given) < 2 or given[-1] == expected[-1]:
        return False
    if given[:-1] != expected[:-1]:
        return False
    return any(given[-1] in nouns and expected[-1] in nouns for nouns in _EVENT_NOUNS)


def event_nouns(noun: str) -> frozenset[str]:
    """The nouns naming the same kind of event as `noun` (empty for any other noun)."""
    return next((nouns for nouns in _EVENT_NOUNS if noun in nouns), frozenset())


def named_after(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `expected` is "Treaty of X" (a battle, a siege …) and `given` is X, with a slip
    at most, or "X Treaty"."""
    if len(expected) < 3 or expected[0] not in _NAMED_AFTER or expected[1] != "of":
        return False
    place = expected[3:] if expected[2] == "the" and len(expected) > 3 else expected[2:]
    if given == (*place, expected[0]):
        return True
    return words_distance(given, place) is not None


# Links English drops when it puts the words after them before the head noun instead.
_INVERTING_LINKS = frozenset({"of", "on", "at"})
# Words that join parts of a phrase: the words after the head hold none (but "and": "Act of
# Indemnity and Oblivion"), so only one phrase is turned round.
_PHRASE_LINKS = frozenset("of on at in for to by with from the a an".split())  # noqa: SIM905
_MIN_HEAD = 3
_MAX_INVERTED = 4  # words after the head


def inverted(given: tuple[str, ...], expected: tuple[str, ...]) -> int | None:
    """The edits in the words after the head when one of folded `given` and `expected` is "head
    of X" ("act of uniformity", "raid on the medway") and the other "X head" ("uniformity act",
    "medway raid"), with a slip at most; else None."""
    if len(given) == len(expected):
        return None
    long, short = (given, expected) if len(given) > len(expected) else (expected, given)
    if len(long) < 3 or long[1] not in _INVERTING_LINKS or short[-1] != long[0]:
        return None  # (the cheap tests first: most answers are no such pair)
    head = long[0]
    rest = long[3:] if long[2] == "the" and len(long) > 3 else long[2:]
    if len(short) != len(rest) + 1 or len(rest) > _MAX_INVERTED:
        return None
    if len(head) < _MIN_HEAD or not head.isalpha():
        return None
    if any(word in _PHRASE_LINKS or not word.isalpha() for word in rest):
        return None
    if rest[0] == "and" or rest[-1] == "and":
        return None
    return words_distance(short[:-1], rest)


def with_group_word(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `expected` names a group in the plural ("Whites", "Mensheviks") and `given` is
    it with a word saying it is a group after it, the name in either number ("White Army",
    "Mensheviks party"). Not the other way: "Boston Tea" is no "Boston Tea Party"."""
    if len(given) != len(expected) + 1 or given[-1] not in GROUP_NOUNS:
        return False
    if not expected or not expected[-1].endswith("s"):
        return False
    core = given[:-1]
    return core[:-1] == expected[:-1] and _same_stem(core[-1], expected[-1])


def _same_stem(a: str, b: str) -> bool:
    """One word, or it in the other number by an "s" or "es" ("white" / "whites")."""
    short, long = sorted((a, b), key=len)
    return long in (short, short + "s", short + "es")


def _ye(word: str) -> str:
    return word[1:] if word.startswith("ye") else word


def ye_variant(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when the two differ by a word's initial "Ye" written "E" (and at most a slip)."""
    if len(given) != len(expected) or not any(w.startswith("ye") for w in (*given, *expected)):
        return False
    return words_distance(tuple(map(_ye, given)), tuple(map(_ye, expected))) is not None


_RATIO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$")
_RATIO_JOINS = re.compile(r"\s*:\s*|\s+to\s+", re.IGNORECASE)


def same_ratio(expected: str, given: str) -> bool:
    """True when `expected` is a ratio written "3:1" and `given` the same ratio in words or
    with other spacing ("3 to 1", "three to one"), its terms in the same order."""
    ratio = _RATIO.match(expected)
    if ratio is None:
        return False
    terms = _RATIO_JOINS.split(given.strip())
    if len(terms) != 2:
        return False
    for term, wanted in zip(terms, ratio.groups(), strict=True):
        quantity, value = parse_quantity(term), parse_quantity(wanted)
        if quantity is None or value is None or quantity.units or quantity.ordinal:
            return False
        if not quantity.same_as(value):
            return False
    return True


# Endings English makes adjectives with ("continuous", "binomial", "ionic", "selective",
# "covalent"): a describing word says which kind; a noun before a noun names a thing itself.
_ADJECTIVE_ENDINGS = (
    "ous", "al", "ic", "ive", "ary", "ar", "ent", "ant", "ile", "ible", "able", "ful", "less",
    "ed", "ing", "oid", "ine",
)  # fmt: skip
# A describing word made of a verb with "-able" ("sustainable", "renewable", "soluble") says what
# can be done to its noun, which any noun may share: unlike "thermal" or "ionic", made of a noun
# of the subject, it sorts nothing into a kind and never stands for its term alone.
_CAPACITY_ENDINGS = ("able", "ible", "uble")
_COMMON_ZIPF = 4.5  # commoner than this a describing word says nothing alone ("solar", "cold")
_KINDS_ZIPF = 5.0  # beside other kinds, up to this ("primary", "digital"; not "natural", 5.1)
_MIN_MODIFIER = 4


def distinctive_word(given: tuple[str, ...], expected: tuple[str, ...], kinds: bool) -> bool:
    """True when `given` is the first word of the two-word term `expected` and that word alone
    says which term: a describing word (by its ending) not common in English ("binomial" for
    "Binomial system", "thermal" for "Thermal store", "kinetic" for "Kinetic store"), up to a
    commoner one when the deck names other kinds of the same thing (`kinds`: "primary" beside
    "Secondary consumer"), or a name English does not know as a word ("Sankey" for "Sankey
    diagram", "Petri" for "Petri dish"). Never the head noun ("selection" for "natural
    selection"), an everyday word ("natural", "cold"), a noun of English that names a thing of
    its own ("sodium" is no "sodium chloride"), nor the describing word of a measure ("atomic"
    for "atomic number": `_grade_heads.QUANTITY_NOUNS`), nor one saying what can be done to any
    noun ("sustainable" for "sustainable development": `_CAPACITY_ENDINGS`)."""
    if len(given) != 1 or len(expected) != 2:
        return False
    modifier = expected[0]
    if len(modifier) < _MIN_MODIFIER or not modifier.isalpha():
        return False
    if expected[1] in QUANTITY_NOUNS:
        return False  # "atomic" for "atomic number": atomic mass is measured too
    if given[0] != modifier and words_distance(given, expected[:1]) is None:
        return False
    if not modifier.endswith(_ADJECTIVE_ENDINGS):
        if not is_english(modifier):
            # "sankey", "bunsen": a name says which alone; not the first word of a compound's
            # name, itself a substance ("epigallocatechin" of "epigallocatechin gallate")
            return not _compound_head(expected[1])
        # "concave", "convex": a describing word without an adjective's ending, told by the
        # noun of its quality English makes ("concavity"), and rare enough to say which alone
        return _has_quality_noun(modifier) and zipf_frequency(modifier, "en") < _RARE_ZIPF
    if modifier.endswith(_CAPACITY_ENDINGS):
        return False  # "sustainable" development, farming, fishing: it says what, not which
    zipf = zipf_frequency(modifier, "en")
    if _names_things(modifier, zipf):
        return False  # "solvent" is no "solvent front"
    return zipf < _COMMON_ZIPF or (kinds and zipf < _KINDS_ZIPF)


# The second word of a compound's name: its salt, ester or oxide ("gallate", "chloride",
# "sulfite") or "acid"; the first word alone is then another substance.
_COMPOUND_ENDINGS = ("ate", "ide", "ite")
_COMPOUND_HEADS = frozenset({"acid", "ester", "oxide", "salt", "hydrate"})


def _compound_head(word: str) -> bool:
    """True when `word` ends a compound's name ("gallate", "chloride", "acid")."""
    return word in _COMPOUND_HEADS or (len(word) > 5 and word.endswith(_COMPOUND_ENDINGS))


_PLURAL_SHARE = 0.5  # zipf: a plural at least a third as common as its word (1 zipf = x10)


def _names_things(word: str, zipf: float) -> bool:
    """True when `word`, though it ends like a describing word, is as much a noun naming things
    of its own: its plural is common beside it ("solvents", "chemicals"), which an adjective's is
    not ("thermals", "elastics")."""
    return plural_in_use(word, zipf, _PLURAL_SHARE)


_RARE_ZIPF = 4.0  # "concave" 3.0, "acute" 3.9; not "liquid" (4.4), a state as much as a word


def _has_quality_noun(word: str) -> bool:
    """True when English makes a noun of the quality `word` names ("concavity", "obtuseness"):
    `word` describes; a noun that names a thing ("sodium", "table") makes none."""
    stem = word.removesuffix("e")
    return any(is_english(noun) for noun in (f"{word}ness", f"{stem}ity"))


# "Vagabondage / vagrancy": two spellings of one word, either answering. Formulas and ratios
# ("distance / time", "mass/volume") are two things, which start differently.
_SLASH = re.compile(r"^\s*([^\W\d_][^/\d]*?)\s*/\s*([^\W\d_][^/\d]*?)\s*$")
_SHARED_START = 3
_MAX_SIDE_WORDS = 3


def slash_sides(text: str) -> tuple[str, str] | None:
    """The two sides of an answer written "X / Y" when they are one thing's two names of one
    stem ("Vagabondage / vagrancy"), else None: "distance / time" or "mass/volume" divide one
    thing by another, and "Peking / Beijing" the grader cannot tell from them."""
    found = _SLASH.match(text) if "/" in text else None
    if found is None:
        return None
    left, right = found.group(1), found.group(2)
    if not all(0 < len(side.split()) <= _MAX_SIDE_WORDS for side in (left, right)):
        return None
    a, b = left.casefold(), right.casefold()
    if same_sound(a, b) or (" " not in a and american(a) == american(b)):
        return left, right  # "dyke / dike", "lustre/luster": one word spelt two ways
    if len(a) < _SHARED_START or len(b) < _SHARED_START or a[:_SHARED_START] != b[:_SHARED_START]:
        return None
    return left, right


_MIN_HALF = 4  # "U-2", "e-mail", "wave-cut", "man-made": a short half is rarely a thing of its own


def halves_turned(given: tuple[str, ...], expected: tuple[str, ...], written: str) -> bool:
    """True when folded `given` is folded `expected` with two neighbouring words turned round
    that `written`, the key as written, joins with a hyphen ("diathesis-stress"), each of four
    letters or more: two things named together ("cost-benefit", "push-pull") read either way
    round, while a short half most often says what the other does ("wave-cut", "man-made")."""
    if len(given) != len(expected) or len(given) < 2 or "-" not in written:
        return False
    turned = [i for i in range(len(given)) if given[i] != expected[i]]
    if len(turned) != 2 or turned[1] != turned[0] + 1:
        return False
    i = turned[0]
    first, second = expected[i], expected[i + 1]
    if given[i] != second or given[i + 1] != first or min(len(first), len(second)) < _MIN_HALF:
        return False
    return any(
        tuple(americanise(fold(half)) for half in token.split("-")) == (first, second)
        for token in written.split()
        if token.count("-") == 1
    )
