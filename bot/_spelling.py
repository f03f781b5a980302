"""When a misspelt word still counts: an edit budget that grows with length, and a slip model for
short words.

Ratio scores fail both ways on quiz answers ("Nagi" vs "Nagy" scores 75, "Austria" vs "Australia"
88), so a word is compared by edit distance with a transposition counted as one edit
(`rapidfuzz.distance.OSA`), against a budget set by the SHORTER of the two words — a slip in a long
word still leaves a long word, while a short word that grew a syllable ("Austria" -> "Australia")
is a different word:

    1-3 letters: no edit ("USA"/"USR")          4-8 letters: 1 edit
    9-15 letters: 2 edits ("Khruschev")        16+ letters: 3 edits

A student who leaves letters out of a long name ("Kruschev" for "Khrushchev") is still writing
that name, so when the answer is the expected word with only consonants missing and keeps at least
three quarters of it, the budget is the EXPECTED word's. A dropped vowel usually drops a syllable
("Austria" for "Australia"), and a word of 1-3 letters is still allowed no edit at all.

Two further rules stop look-alike names passing as typos:
- the first letter must match (people rarely mistype it; "Poland"/"Holland", "Russia"/"Prussia",
  "Hungarian"/"Bulgarian" differ there), except for swapping the first two letters;
- in words of 4-5 letters the one edit must look like a slip of the hand: two letters swapped, a
  letter doubled or undoubled, a vowel for a vowel, a neighbouring key, or a plural "s" ("Nagi"
  passes, "Iraq" for "Iran" does not).
- two words that are one stem under two prefixes of a counterpart pair ("exothermic" and
  "endothermic", "hypertonic" and "hypotonic") are two terms, never a slip of one another.
- a one-word answer typed as another word of English with a letter changed ("isotones" for
  "isotopes") is that other word, not a slip (`two_words`); in a phrase the other words say which
  answer is meant ("Wet Germany"), a word English does not know ("tombolo") may be mistyped into
  one that it does ("tombola"), and letters swapped, dropped or doubled are the hand's slip.
A misspelling that keeps the word's consonants and changes only its vowels ("hydrolic" for
"hydraulic") is the word spelt as it sounds: it gets the expected word's budget.
Numbers are never fuzzy: a word with a digit in it must match exactly ("1965" is not "1956"), and
so must two Roman numerals ("Louis XVIII" is not "Louis XVII").
"""

from __future__ import annotations

import re

from rapidfuzz.distance import OSA, Hamming, Levenshtein
from wordfreq import zipf_frequency

from knowledge.given_names import GIVEN_NAMES
from knowledge.search import _aliases
from knowledge.search._real_words import american, is_real_word, may_correct
from knowledge.text import americanise

SHORT_WORD = 5  # words up to this length need a plausible slip, not just any edit
DROP_FROM = 5  # a word this long still reads as itself with one letter (not the first) left out
LONG_PHRASE = 12  # letters from which one slip in a short word of a phrase is forgiven
KEPT_SHARE = 0.75  # how much of the expected word an answer missing letters must still hold
_ROMAN = re.compile(r"m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
_VOWELS = frozenset("aeiouy")
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ROW_OFFSETS = (0.0, 0.25, 0.75)
_KEY_POSITIONS = {
    key: (row, col + _ROW_OFFSETS[row])
    for row, keys in enumerate(_KEY_ROWS)
    for col, key in enumerate(keys)
}


def allowance(length: int) -> int:
    """How many edits a word (or phrase) of `length` letters may carry and still count."""
    if length <= 3:
        return 0
    if length <= 8:
        return 1
    return 2 if length <= 15 else 3


def _wider_budget(given: str, expected: str) -> int:
    """The expected word's allowance when `given` is `expected` with a few consonants left out
    (and at least three quarters of it kept), else 0. Only asked once the usual budget, the
    shorter word's, has been exceeded, so the common paths never pay for it."""
    if len(given) >= KEPT_SHARE * len(expected) and _consonants(given) == _consonants(expected):
        return allowance(len(expected))  # "hydrolic" for "hydraulic": spelt as it sounds
    if not KEPT_SHARE * len(expected) <= len(given) < len(expected):
        return 0
    return allowance(len(expected)) if _only_consonants_dropped(given, expected) else 0


def _consonants(word: str) -> str:
    """The word without its vowels: two spellings of one sound keep it ("hydraulic", "hydrolic")."""
    return "".join(letter for letter in word if letter not in _VOWELS)


def _only_consonants_dropped(given: str, expected: str) -> bool:
    """True when `given` is `expected` with some consonants (and nothing else) left out."""
    k = 0
    for letter in expected:
        if k < len(given) and given[k] == letter:
            k += 1
        elif letter in _VOWELS or not letter.isalpha():
            return False
    return k == len(given)


def _neighbouring_keys(a: str, b: str) -> bool:
    pa, pb = _KEY_POSITIONS.get(a), _KEY_POSITIONS.get(b)
    if pa is None or pb is None or a == b:
        return False
    rows, cols = abs(pa[0] - pb[0]), abs(pa[1] - pb[1])
    return (rows == 0 and cols == 1) or (rows == 1 and cols <= 0.75)


def _plausible_slip(given: str, expected: str) -> bool:
    """True when one edit turning `given` into `expected` looks like a slip of the hand."""
    if Levenshtein.distance(given, expected, score_cutoff=1) > 1:
        return True  # OSA found 1 where Levenshtein needs 2: two neighbouring letters swapped
    op = next(iter(Levenshtein.editops(given, expected)))
    if op.tag == "replace":
        a, b = given[op.src_pos], expected[op.dest_pos]
        return (a in _VOWELS and b in _VOWELS) or _neighbouring_keys(a, b)
    # A letter too many in one of the words: which word, where, and which letter.
    word, pos = (given, op.src_pos) if op.tag == "delete" else (expected, op.dest_pos)
    letter = word[pos]
    before = word[pos - 1] if pos > 0 else ""
    after = word[pos + 1] if pos + 1 < len(word) else ""
    if letter in (before, after):
        return True  # doubled or undoubled letter
    if letter == "s" and pos == len(word) - 1:
        return True  # plural
    return _neighbouring_keys(letter, before) or _neighbouring_keys(letter, after)


def _one_letter_dropped(given: str, expected: str, shortest: int = DROP_FROM) -> bool:
    """True when `given` is `expected` (`shortest`+ letters) with one letter after the first left
    out ("Londo", "Brazl"): a slip of the hand, whatever the letter."""
    if len(expected) < shortest or len(given) != len(expected) - 1:
        return False
    # Only the letter at the first difference need be tried: a letter dropped anywhere else
    # leaves the same word as dropping that one (one of a run of the same letter).
    k = next(
        (k for k, (a, b) in enumerate(zip(given, expected, strict=False)) if a != b), len(given)
    )
    return k > 0 and given[k:] == expected[k + 1 :]


_MIN_I_STEM = 4  # "Oman" / "Omani"; "Mal" / "Mali" is too short to tell from a slip
# A stem the ending "-i" makes a word of ends in a vowel and a consonant ("diwan", "Bengal",
# "Punjab"); "Delh" / "Delhi", "Gandh" / "Gandhi" end in no syllable, so their "i" is a slip.
_I_STEM_END = re.compile(r"[aeiou][b-df-gj-np-tvxz]")


def _word_and_its_i_form(given: str, expected: str) -> bool:
    """True when one folded word is the other with "-i" after it ("diwani" / "diwan", "Bengali"
    / "Bengal", "Omani" / "Oman"): the ending (the nisba of Persian, Arabic and Hindi words)
    that makes a thing, a place or an office into what belongs to it — its people, its language,
    its department. Two words a teacher tells apart, though a letter apart; the shorter must
    end in a syllable, so that a name cut short ("Delh" for Delhi) is still the hand's slip."""
    short, long_ = (given, expected) if len(given) < len(expected) else (expected, given)
    return (
        len(long_) == len(short) + 1
        and long_[-1] == "i"
        and long_.startswith(short)
        and len(short) >= _MIN_I_STEM
        and _I_STEM_END.fullmatch(short, len(short) - 2) is not None
    )


def word_distance(given: str, expected: str, *, alone: bool = True) -> int | None:
    """Edits between two folded words when `given` counts as a misspelling of `expected`. When
    the word is the whole answer (`alone`), never a letter changed into another word of English
    (`two_words`); in a phrase the other words say which answer is meant ("Wet Germany")."""
    distance = _word_distance(given, expected)
    if distance != 1 and ("ph" in given or "ph" in expected) and _spelt_as_heard(given, expected):
        return 1  # "chromatografy", "fotosynthesis": "f" for "ph", one sound, a slip's worth
    if distance is None and _silent_first_letter(given, expected):
        return 1  # "neiss" for "gneiss", "nife" for "knife": the word as it sounds
    if distance is None and (_two_spellings(given, expected) or _spelt_both_ways(given, expected)):
        return 1  # "sulphate" for "sulfate", "plough" for "plow": the British spelling
    if (
        distance
        and alone
        and (
            two_words(given, expected)
            or _far_words(given, expected, distance)
            or _common_word_for_term(given, expected, distance)
            or term_of_its_own(given, expected)
            or (len(expected) >= DROP_FROM and common_other_word(given, expected))
        )
    ):
        return None
    return distance


def _spelt_as_heard(given: str, expected: str) -> bool:
    """True when two different folded words are one with "f" written for "ph" ("chromatografy",
    "fotosynthesis"): the word spelt as it sounds, which is no other word's slip."""
    if given == expected or ("ph" not in expected and "ph" not in given):
        return False
    return given.replace("ph", "f") == expected.replace("ph", "f")


_SPELLINGS_APART = 3  # edits at most between two spellings ("aluminium", "sulphate")


def _two_spellings(given: str, expected: str) -> bool:
    """True when folded `given` and `expected` are one word of English spelt the British and the
    American way ("sulphate" / "sulfate", "haemoglobin" / "hemoglobin"), too far apart for a slip."""
    if not given or not expected or given == expected or abs(len(given) - len(expected)) > 2:
        return False
    if given[0] != expected[0] and given[1:2] != expected[:1] and expected[1:2] != given[:1]:
        return False  # the start is kept, but for "oesophagus" / "esophagus"
    if given[-1] != expected[-1] and {given[-2:], expected[-2:]} != {"re", "er"}:
        return False  # (cheap first: the ending is kept, but for "centre" / "center")
    if OSA.distance(given, expected, score_cutoff=_SPELLINGS_APART) > _SPELLINGS_APART:
        return False
    if american(given) != american(expected):
        return False
    return is_real_word(given) and is_real_word(expected)


_MIN_SPELT_BOTH_WAYS = 4  # "ton" / "tonne", "ax" / "axe": a short pair may be two words


def _spelt_both_ways(given: str, expected: str) -> bool:
    """True when folded `given` and `expected` are one word's British and American spellings
    that no regular pattern gives ("plough" / "plow", "jewellery" / "jewelry", "programme" /
    "program", "manoeuvre" / "maneuver"): breame's table of about 1,700 British words and their
    American forms, rather than a list kept here. Imported when a pair first gets this far."""
    if given[:1] != expected[:1] or min(len(given), len(expected)) < _MIN_SPELT_BOTH_WAYS:
        return False  # (the table's pairs start alike; the rules have "oesophagus")
    table = _british_spellings()
    return table.get(given) == expected or table.get(expected) == given


_BRITISH_SPELLINGS: list[dict[str, str]] = []  # breame's table, once imported


def _british_spellings() -> dict[str, str]:
    """breame's British word -> American spelling table, imported at the first ask (a
    module-level holder, not a memo: the grading benchmark empties memos per answer)."""
    if not _BRITISH_SPELLINGS:
        from breame.data.spelling_constants import BRITISH_ENGLISH_SPELLINGS

        _BRITISH_SPELLINGS.append(BRITISH_ENGLISH_SPELLINGS)
    return _BRITISH_SPELLINGS[0]


def _far_words(given: str, expected: str, distance: int) -> bool:
    """True when folded `given` is two edits or more from `expected` and both are words of
    English of no one family ("baseball" for "basketball", "burrow" for "borough"): two things
    a teacher tells apart. One slip stays the hand's whatever it spells (`two_words` says which
    changed letters are not); a country is a name, its look-alikes no rival."""
    if distance < 2 or may_correct(given, expected) or not is_real_word(given):
        return False
    return is_real_word(expected) and expected not in _aliases.country_words()


def _common_word_for_term(given: str, expected: str, distance: int) -> bool:
    """True when folded `given` is two edits or more from `expected`, a term the dictionary
    lacks ("readeption", a name of one period), and is itself a common word of English
    ("redemption", "reception"): the word the student knows put for the term, not a slip of
    it. `_far_words` wants both in the dictionary; a rare term has none beside it, so the
    common word's frequency (wordfreq) says it is meant as itself. One slip stays the hand's."""
    if distance < 2 or is_real_word(expected) or not is_real_word(given):
        return False
    if zipf_frequency(given, "en") < COMMON_WORD_ZIPF:
        return False
    return expected not in _aliases.country_words() and not same_sound(given, expected)


def two_words(given: str, expected: str) -> bool:
    """True when folded `given` is `expected` with a letter changed into another word of English
    ("isotones" for "isotopes", "stationery" for "stationary", "nitrite" for "nitrate"): two terms
    a teacher tells apart, not a slip. One word inflected or spelt the British or American way
    ("colour") is the same word; two letters swapped ("from" for "form"), or one left out or
    typed twice, is the hand's slip whatever it spells; a country is a name, and its look-alikes
    no rival ("Chins" for "China")."""
    if given == expected or len(given) != len(expected):
        return False
    changed = [k for k, (a, b) in enumerate(zip(given, expected, strict=True)) if a != b]
    swapped = (
        len(changed) == 2
        and changed[1] == changed[0] + 1
        and given[changed[0]] == expected[changed[1]]
        and given[changed[1]] == expected[changed[0]]
    )
    if swapped:
        return False
    if may_correct(given, expected):  # unless a word is known only by its British spelling
        known = (_known_spelling(given), _known_spelling(expected))
        if known == (given, expected) or may_correct(*known):
            return False
    # a table built once, not per answer; a word that sounds as the answer does is its slip
    return expected not in _aliases.country_words() and not same_sound(given, expected)


def letter_into_word(given: str, expected: str) -> bool:
    """True when folded `given` is `expected` with exactly one letter changed into another word
    of English (`two_words`: "nitrite" for "nitrate", "spectroscopy" for "spectroscope") or into
    another anion of one element (`_anion_pair`: "chlorite" for "chloride")."""
    if len(given) != len(expected) or Hamming.distance(given, expected, score_cutoff=1) != 1:
        return False
    return _anion_pair(given, expected) or two_words(given, expected)


# American spellings English's dictionary may know only the British way ("sulfite" is in it as
# "sulphite"): the pattern, and what the British form writes instead.
_BRITISH_FORMS = ((re.compile(r"ulf"), "ulph"),)


def _known_spelling(word: str) -> str:
    """`word`, or its British spelling when only that is a dictionary word ("sulfite" ->
    "sulphite"), so that an American spelling counts as the real word it is."""
    for pattern, british in _BRITISH_FORMS:
        other = pattern.sub(british, word)
        if other != word and not is_real_word(word) and is_real_word(other):
            return other
    return word


def another_word(given: str, expected: str) -> bool:
    """True when folded `given` would pass as a slip of `expected` but is another word of English
    (`two_words`, `term_of_its_own`): the reason a student reads names it as that."""
    if _anion_pair(given, expected) or _word_and_its_i_form(given, expected):
        return True  # "nitrite" for "nitrate", "diwan" for "diwani": refused by `_word_distance`
    return bool(_word_distance(given, expected)) and (
        two_words(given, expected) or term_of_its_own(given, expected)
    )


_VOWEL_SOUNDS = str.maketrans("y", "i")


def _vowels(word: str) -> str:
    return "".join(c for c in word.translate(_VOWEL_SOUNDS) if c in _VOWELS)


def same_sound(given: str, expected: str) -> bool:
    """True when two different folded words sound alike, so writing one for the other is a
    spelling slip whatever word it spells ("quarts" for "quartz", "dike" for "dyke"): one
    Metaphone key (jellyfish, a maintained implementation, rather than rules kept here) and
    the same vowels in the same order, since Metaphone drops vowels and "nitrite" / "nitrate",
    "alkane" / "alkene", "stationery" / "stationary" are two terms."""
    if given == expected or not (given.isalpha() and expected.isalpha()):
        return False
    if _vowels(given) != _vowels(expected):
        return False
    from jellyfish import metaphone  # loaded when two words first need it (40 ms)

    return bool(metaphone(given) == metaphone(expected))


# Letters written but not said at the start of a word, before the letter that is said: "gnome",
# "knife", "pneumonia", "psalm", "write".
_SILENT_FIRST = frozenset({"gn", "kn", "pn", "ps", "wr"})


def _silent_first_letter(given: str, expected: str) -> bool:
    """True when folded `given` is `expected` without its silent first letter, spelt as it
    sounds ("neiss" for "gneiss"): the one case where the first letter may go."""
    return (
        expected[:2] in _SILENT_FIRST
        and len(given) < len(expected)
        and given[:1] == expected[1]
        and same_sound(given, expected)
    )


# How common a word must be (wordfreq's Zipf scale) to be a word of its own rather than a
# misspelling the web repeats, and how much rarer than the answer it may be ("magnesite" 1.9
# beside "magnetite" 2.6; "seperate" 2.8 is two orders rarer than "separate" 4.8).
_OWN_WORD_ZIPF = 1.5
_AS_COMMON = 1.0
_SHARED_ENDING = 3


def term_of_its_own(given: str, expected: str) -> bool:
    """True when folded `given`, a slip's distance from `expected`, is a word in use that the
    dictionary lacks and ends as `expected` does: another term of the same kind ("magnesite"
    for "magnetite", both minerals; "carbonisation" for "carbonation", both processes), not a
    slip. A word's British or American spelling is the word; a misspelling in use is two
    orders of magnitude rarer than the word it misspells, and a slip in the ending leaves
    the stem ("galina" for "galena" changes the "-ena"). Only a term the dictionary knows has
    such rivals: a surname's look-alike in use ("Brimley" for "Brumley") is still its slip."""
    if given == expected or given[-_SHARED_ENDING:] != expected[-_SHARED_ENDING:]:
        return False
    zipf = zipf_frequency(given, "en")  # (the frequencies first: most slips are no word)
    spelt = americanise(given)
    if spelt != given:  # "carbonisation": wordfreq counts the -ize spelling (not "-our": the
        zipf = max(zipf, zipf_frequency(spelt, "en"))  # "flourine" is no British "florine")
    if zipf < _OWN_WORD_ZIPF or zipf < zipf_frequency(expected, "en") - _AS_COMMON:
        return False
    if american(given) == american(expected) or not is_real_word(expected) or is_real_word(given):
        return False  # a name's look-alike is a slip of it; a dictionary word is `two_words`'
    return expected not in _aliases.country_words() and not same_sound(given, expected)


def _word_distance(given: str, expected: str) -> int | None:
    if given == expected:
        return 0
    if not given or not expected:
        return None
    if given[0] != expected[0] and given[:2] != expected[1::-1]:
        return None
    if not (given.isalpha() and expected.isalpha()):
        return None  # a folded word is letters and digits: digits are never fuzzy
    if _ROMAN.fullmatch(given) and _ROMAN.fullmatch(expected):
        return None
    if _word_and_its_i_form(given, expected):
        return None  # "diwan" for "diwani": the office, not its department
    if _one_letter_dropped(given, expected):
        return 1
    limit = allowance(min(len(given), len(expected)))
    if limit == 0:
        return None
    distance = OSA.distance(given, expected, score_cutoff=limit)
    if distance > limit:
        wider = _wider_budget(given, expected)
        if wider <= limit:
            return None
        distance = OSA.distance(given, expected, score_cutoff=wider)
        if distance > wider:
            return None
    if min(len(given), len(expected)) <= SHORT_WORD and not _plausible_slip(given, expected):
        return None
    if (
        _opposite_prefixes(given, expected)
        or negated(given, expected)
        or _anion_pair(given, expected)
    ):
        return None
    return distance


_ANION_ENDINGS = frozenset({"ate", "ite", "ide"})


def _anion_pair(given: str, expected: str) -> bool:
    """True when the two words are one stem with two of "-ate", "-ite", "-ide" ("phosphate" /
    "phosphite", "chloride" / "chlorite") and the stem makes the third a word of English
    ("phosphide", "chlorate"): the names of two anions of one element, which the dictionary
    often lacks. A stem without the third ("definite" / "definate") is one word misspelt."""
    stem = given[:-3]
    pair = {given[-3:], expected[-3:]}
    if len(pair) != 2 or not pair < _ANION_ENDINGS or expected[:-3] != stem or len(stem) < 3:
        return False
    (third,) = _ANION_ENDINGS - pair
    return is_real_word(_known_spelling(stem + third))


# Prefixes that turn a word into its opposite or its counterpart. Two words that differ only
# there are two terms ("exothermic"/"endothermic", "hypertonic"/"hypotonic"), however few letters
# apart: science vocabulary is built in such pairs, and a slip of the hand never swaps one for
# the other. Only pairs with the same first letter: a different first letter is refused anyway.
_OPPOSITE_PREFIXES = (
    ("endo", "exo"), ("endo", "ecto"), ("exo", "ecto"), ("hyper", "hypo"), ("inter", "intra"),
    ("homo", "hetero"), ("micro", "macro"), ("pre", "post"), ("sub", "super"), ("ab", "ad"),
)  # fmt: skip


# The first two letters of those prefixes: a word starting otherwise has none of them, so most
# pairs of words are told apart by two lookups instead of forty prefix tests (this runs for
# every word compared while grading).
_PREFIX_STARTS = frozenset(prefix[:2] for pair in _OPPOSITE_PREFIXES for prefix in pair)


def _opposite_prefixes(given: str, expected: str) -> bool:
    """True when the two words are one stem under two prefixes of a counterpart pair."""
    if given[:2] not in _PREFIX_STARTS or expected[:2] not in _PREFIX_STARTS:
        return False
    for first, second in _OPPOSITE_PREFIXES:
        for a, b in ((first, second), (second, first)):
            if (
                given.startswith(a)
                and expected.startswith(b)
                and given[len(a) :] == expected[len(b) :]
            ):
                return True
    return False


# Prefixes that make a word its negation or opposite ("anaerobic", "asexual", "unsaturated",
# "non-renewable", "insoluble", "irreversible", "disconnected", "antiparallel", "antacid"). A word
# with one of them is another term than the word without it, never a slip or a short form of it,
# though "aerobic" is "anaerobic" with two letters left out.
_NEGATING_PREFIXES = frozenset(
    ("a", "an", "un", "non", "in", "im", "ir", "il", "dis", "ant", "anti")
)
_LONGEST_PREFIX = max(map(len, _NEGATING_PREFIXES))
_MIN_NEGATED = 3  # the word under the prefix: "a" + "n" is no negation


def negated(given: str, expected: str) -> bool:
    """True when one folded word is the other under a negating prefix ("aerobic" /
    "anaerobic", "soluble" / "insoluble"): a term and its opposite."""
    if not 0 < abs(len(given) - len(expected)) <= _LONGEST_PREFIX:
        return False
    longer, shorter = (given, expected) if len(given) > len(expected) else (expected, given)
    if len(shorter) < _MIN_NEGATED or not longer.endswith(shorter):
        return False
    return longer[: len(longer) - len(shorter)] in _NEGATING_PREFIXES


# A word this common (Zipf frequency: "portable" 4.0, "plane" 4.7; "potable" 2.8) is one a
# student knows and writes on purpose: typed for another word of English, it is that word.
COMMON_WORD_ZIPF = 3.5
# ... and at least ten times as common as the word expected (1 Zipf = x10): a student who does
# not know the rarer term writes the everyday word it sounds like, a confusion a teacher marks
# wrong; a hand's slip lands on rarer and commoner words alike ("Seed" for "Speed", "split" for
# "spit", 0.8 commoner, stay slips).
CONFUSED_ZIPF = 1.0


# For a short word a long phrase lets pass with a slip it could not carry alone
# (`words_distance`): landing on any common word of another family is a confusion, however
# common the word expected.
_ANY_COMMONER = float("-inf")


def common_other_word(given: str, expected: str, *, commoner: float = CONFUSED_ZIPF) -> bool:
    """True when folded `given`, a slip's distance from `expected`, is a common word of English
    of another family than `expected`, itself a word, and ten times commoner ("portable" for
    "potable"; `commoner` Zipf more): the everyday word for the term it sounds like, a
    confusion, not a slip. Two letters swapped stay the hand's slip ("from" for "form"), as in
    `two_words`, and a country is a name ("Hungry" for "Hungary"); a word English does not know
    ("tombolo") or a rare one may be mistyped into anything."""
    if given == expected:
        return False
    zipf = zipf_frequency(given, "en")  # (the frequencies first: most slips are no word)
    if zipf < COMMON_WORD_ZIPF or zipf < zipf_frequency(expected, "en") + commoner:
        return False
    if (
        len(given) == len(expected)
        and sorted(given) == sorted(expected)
        and OSA.distance(given, expected, score_cutoff=1) == 1
    ):
        return False  # two neighbouring letters swapped
    if may_correct(given, expected):
        return False
    return expected not in _aliases.country_words()  # a name: its look-alikes are no rival


def words_distance(given: tuple[str, ...], expected: tuple[str, ...]) -> int | None:
    """Total edits when each word of `given` counts as a misspelling of the word in the same place
    of `expected`, and the total fits the budget of the whole phrase; else None.

    In a phrase one word too short to carry a slip on its own may still carry one — a dropped
    letter in a word of four ("opn skies"), a doubled one ("Tiny Timm"), or in a long phrase any
    one slip ("Tce Return of the
    King"): the rest of the phrase says which answer is meant."""
    if len(given) != len(expected):
        return None
    if len(given) == 1:
        return word_distance(given[0], expected[0])
    letters = min(sum(map(len, given)), sum(map(len, expected)))
    total = 0
    forgiven = False
    for g, e in zip(given, expected, strict=True):
        if g == e:
            continue  # a word typed as the answer writes it: no edit (most words of a phrase)
        d = word_distance(g, e, alone=False)
        if d is None:
            roman = bool(_ROMAN.fullmatch(g) and _ROMAN.fullmatch(e))
            slip = not roman and (
                _one_letter_dropped(g, e, 4)
                or _one_letter_doubled(g, e)
                or (letters >= LONG_PHRASE and _short_slip_of_word(g, e))
                or heard_alike(g, e)
            )
            if forgiven or not slip:
                return None
            forgiven, d = True, 1
        if (
            d
            and len(e) >= DROP_FROM
            and (letter_into_word(g, e) or common_other_word(g, e))
            and not heard_alike(g, e)
        ):
            return None  # "silver nitrite" for "silver nitrate", "portable" for "potable water"
        total += d
    if total <= allowance(letters):
        return total
    return total if total <= _wider_budget("".join(given), "".join(expected)) else None


_HEARD_MAX_EDITS = 2


def heard_alike(given: str, expected: str) -> bool:
    """True when two different folded words of five letters or more, in a phrase, are written
    as they sound alike: one Soundex code (jellyfish's, the standard algorithm, rather than
    rules kept here), the same first letter and the same vowels in the same order, two edits
    apart at most ("ascent" for "assent", "Charta" for "Carta", "Boullion" for "Bouillon").
    The other words of the phrase say which answer is meant, so another word of English spelt
    so is still the slip ("royal ascent"). Terms told apart by a vowel ("nitrite" / "nitrate",
    "ethane" / "ethene"), by a consonant said otherwise, or by their ending ("economy" /
    "economic", a word of the family) keep apart."""
    if given == expected or min(len(given), len(expected)) < DROP_FROM:
        return False
    if given[0] != expected[0] or not (given.isalpha() and expected.isalpha()):
        return False
    if _vowels(given) != _vowels(expected) or _anion_pair(given, expected):
        return False
    first_change = next(
        (k for k, (a, b) in enumerate(zip(given, expected, strict=False)) if a != b),
        min(len(given), len(expected)),
    )
    if first_change >= min(len(given), len(expected)) - _HEARD_MAX_EDITS:
        return False  # "economy" for "economic": another ending is another word of the family
    if OSA.distance(given, expected, score_cutoff=_HEARD_MAX_EDITS) > _HEARD_MAX_EDITS:
        return False
    from jellyfish import soundex  # loaded when two words first need it (as `same_sound`)

    return bool(soundex(given) == soundex(expected))


def _one_letter_doubled(given: str, expected: str) -> bool:
    """True when `given` is `expected` (3+ letters) with one letter typed twice ("Timm")."""
    if len(expected) < 3 or len(given) != len(expected) + 1:
        return False
    return any(
        given[k] == given[k - 1] and given[:k] + given[k + 1 :] == expected
        for k in range(1, len(given))
    )


def _short_slip_of_word(given: str, expected: str) -> bool:
    """`_short_word_slip`, unless a letter added makes a common word of English of its own
    (`common_other_word`, however common the word expected): "blind" for "bind", "plane" for
    "pane" are those words, chosen. A letter left out or changed stays the hand's slip ("ad"
    for "and": a hand drops letters far more than it adds them), and a first name a name spelt
    another way ("Anne")."""
    return _short_word_slip(given, expected) and (
        len(given) <= len(expected)
        or given in GIVEN_NAMES
        or expected in GIVEN_NAMES
        or not common_other_word(given, expected, commoner=_ANY_COMMONER)
    )


def _short_word_slip(given: str, expected: str) -> bool:
    """One edit, after the first letter, in an alphabetic word of 2+ letters ("im" for "in")."""
    return (
        min(len(given), len(expected)) >= 2
        and given[0] == expected[0]
        and given.isalpha()
        and expected.isalpha()
        and not (_ROMAN.fullmatch(given) and _ROMAN.fullmatch(expected))
        and OSA.distance(given, expected, score_cutoff=1) == 1
    )
