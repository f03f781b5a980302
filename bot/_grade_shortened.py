"""A right answer given shorter or longer than the key, in the ways a teacher still accepts.

Each rule compares folded words (`grading._form`) and says only whether `given` is such a form
of `expected`; the grader accepts it only when it is no other entity of the deck and the words it
keeps name no other one (`Grader._shortened`).

- The term without its head noun, when the words left say which one: "non renewable" for
  "Non-renewable resource", "Wounded Knee" for "Wounded Knee Massacre", "specific heat" for
  "Specific heat capacity" (`without_head`). Two words at least are kept (a single word is
  `_grade_variants.distinctive_word`'s), never from a name built with "of" ("Battle of the
  Little Bighorn" is no "Battle of the Little"), nor a number or a group's noun left out
  ("World War", "Boston Tea"); in a name only a noun for a kind of event, place or document
  ("massacre", "crisis": the "New York Times" is no "New York").
- Its initials, three letters or more (two for a state's: "UN", "EU", a plural written as
  one: "JPs", "MPs", or a two-word term that is no name, typed in capitals or with stops: "BR"
  for "birth rate", "p.d." for "potential difference"; never "CW" for "Cold War"): "GPE" for
  "Gravitational potential energy", "SHC" for "Specific heat capacity", "PCSOs" for "Police
  Community Support Officers" (`initials_of`), typed in capitals or no word of English ("ram"
  is no initials). Each word gives its initial, or each part of a
  hyphenated word ("anti-diuretic hormone": ADH); a small word ("of", "in", "the") gives its
  initial or none ("in vitro fertilisation": IVF; "Justices of the Peace": JP): `spells`.
- An acronym answered with the words it stands for: "Criminal Investigation Department" for
  "CID", "in vitro fertilisation" for "IVF" (`spelt_out`); with its number too: "High Speed 2"
  for "HS2", "Group of Seven" for "G7" (`spelt_out_numbered`).
- A name without a place word before a descriptive name of a kind of document, event or body:
  "Black Act" for "Waltham Black Act" (`without_place`): the word left out is a proper name no
  dictionary of English knows ("Waltham"), the words kept are English ("Black Act"); never when
  the word left out is a word of English or a name the dictionary holds ("Nazi", "Kansas":
  "Soviet Pact", "Nebraska Act" name other things), nor for a name of two words ("Tennis" is no
  "Table Tennis").
- A name without the place it is "of" when two words or more are kept: "Great Plague" for "Great
  Plague of Naples" (`without_place_of`); never from a body's name ("Royal Society of
  Chemistry": many bodies are called "Royal Society"), nor a person's (the grader's to ask).
- A natural feature with or without the noun for its kind: "the Nile river" or "River Nile" for
  "The Nile", "Sahara" for "Sahara Desert", "Everest mountain" for "Mount Everest"
  (`same_feature`); only natural features, since "Vietnam War", "Berlin Wall" or "Mexico City"
  name other things than the place, and a bare name must say which ("Dead" is no "Dead Sea").
- A numbered place in a sequence by its number alone: "2" or "two" for "Stage 2"
  (`place_in_sequence`).
- A name's number written another way: "Henry the Eighth" or "Henry 8" for "Henry VIII",
  "Apollo eleven" for "Apollo 11" (`number_in_name`).
- The answer followed by the year it is dated by, or by a clause saying more of it ("Homestead
  Act 1862", "Joseph McCoy who built Abilene"): `said_with_more` gives the answer part, which is
  graded on its own.
- A chemical formula with a zero typed for the letter O ("H20" for "H2O", "C02" for "CO2"):
  `formula_with_zero`.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache
from typing import NamedTuple

from wordfreq import zipf_frequency

from bot._grade_variants import GROUP_NOUNS
from bot._names import ends_in_category
from bot._numbers import NUMBER_WORDS, parse_quantity
from bot._spelling import words_distance
from knowledge.given_names import GIVEN_NAMES, is_title
from knowledge.search._aliases import (
    COMMON_STATE_NAMES,
    country_abbreviations,
    country_words,
)
from knowledge.search._dictionary import is_english
from knowledge.search._real_words import is_real_word
from knowledge.text import fold

# Words that join a name's parts: a name with one of them has its head first ("Treaty of X").
_LINKS = frozenset("of the and a an in on at for to by with from de la le von van".split())  # noqa: SIM905
_MIN_HEAD = 3
_MAX_WORDS = 4
# Nouns for a natural feature, which English writes before or after the feature's name, and
# the kind each says ("mount" and "mountain" one kind: "Everest mountain" is "Mount Everest").
_FEATURE_NOUNS = {
    "river": "river", "sea": "sea", "ocean": "ocean", "lake": "lake", "mount": "mountain",
    "mt": "mountain", "mountain": "mountain", "mountains": "mountains", "desert": "desert",
    "island": "island", "islands": "islands",
    # the French and Italian words a mountain, a pass or a lake is named with (not "Monte",
    # "Puerto", "Pico", nor English "Pass": "Monte Carlo", "Puerto Rico", "Pass Laws")
    "mont": "mountain", "pic": "peak", "col": "pass", "passo": "pass", "lac": "lake",
    "lago": "lake",
}  # fmt: skip
# The link after such a word in those languages: "Col du Tourmalet", "Pic de Nore".
_FEATURE_LINKS = frozenset({"du", "de", "des", "del", "della", "d"})
_EVERYDAY_ZIPF = 5.0  # a bare name this common is an everyday word ("dead", "red", "black")
# A Roman numeral (folded): a regnal number after a name ("henry viii").
_ROMAN = re.compile(r"m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
_MIN_INITIALS = 3  # fewer only for a state's short form ("UN"): "CW" for "Cold War" says too little
_MAX_INITIALS = 6
# A year after the answer, bare or in brackets: "Homestead Act 1862", "Homestead Act (1862)".
_TRAILING_YEAR = re.compile(r"^(?P<answer>.*?[^\W\d_].*?)[\s,]*\(?\s*(?:1\d{3}|20\d{2})\s*\)?$")
# Words that start a clause saying more of the answer ("who built Abilene", "which ended it").
_DIGIT = re.compile(r"\d")
_CLAUSE_WORDS = re.compile(r"\s+(?:who|which|that|whose|where|because)\s+", re.IGNORECASE)


def without_head(given: tuple[str, ...], expected: tuple[str, ...], name: bool) -> bool:
    """True when `given` is `expected` (three or four words) without its last word, a noun of
    English naming the kind of thing: a term's ("resource", "capacity"), or in a `name` a noun
    for a kind of event, place or document ("massacre", "crisis", "city": `ends_in_category`).
    A name's other last words may make it another thing than the words before them name: the
    "New York Times" is no "New York", the "Black Sea Fleet" no "Black Sea"."""
    if not 3 <= len(expected) <= _MAX_WORDS or given != expected[:-1]:
        return False
    head = expected[-1]
    if any(word in _LINKS for word in expected):
        return False
    if len(head) < _MIN_HEAD or not head.isalpha() or head in NUMBER_WORDS or head in GROUP_NOUNS:
        return False
    return ends_in_category(expected) if name else is_english(head)


def without_place(given: tuple[str, ...], expected: tuple[str, ...], written: str) -> bool:
    """True when `given` is the three-word name `expected` (as `written`) without its first word,
    a proper name no dictionary of English knows ("Black Act" for "Waltham Black Act"): the words
    kept are English and end in a noun for a kind of document, event or body (`ends_in_category`),
    so they still say which one. Never when the word left out is a word or a name English knows
    ("Nazi Soviet Pact", "Kansas Nebraska Act": the words kept would name another thing), a
    given name or title, a qualifier, or joined to the next word by a hyphen."""
    if len(expected) != _PLACE_NAME_WORDS or given != expected[1:]:
        return False
    if not ends_in_category(expected) or any(word in _LINKS for word in expected):
        return False
    first = written.split(maxsplit=1)[0] if written.strip() else ""
    if not first[:1].isupper() or not first.isalpha():
        return False  # "Kansas-Nebraska Act": the hyphen joins two names of one thing
    dropped = expected[0]
    if is_english(dropped) or dropped in country_words() or is_title(dropped):
        return False
    if dropped in GIVEN_NAMES or dropped in NUMBER_WORDS:
        return False
    return all(is_english(word) and word.isalpha() for word in given)


_PLACE_NAME_WORDS = 3
# Nouns for a body or an institution, which is named by what or where it is "of": "Royal Society
# of Chemistry", "Royal College of Surgeons" are no "Royal Society", "Royal College".
_BODY_NOUNS = frozenset(
    """
    society college institute institution academy association school university church company
    council bank museum party union league order house board court club guild federation
    commission committee office department ministry
    """.split()  # noqa: SIM905
)
_MIN_KEPT = 2
_MAX_PLACE_WORDS = 2


def without_place_of(given: tuple[str, ...], expected: tuple[str, ...], written: str) -> bool:
    """True when `given` is the name `expected` (as `written`) without "of" and the place it
    ends in, written as a proper name ("great plague" for "Great Plague of Naples"), two words
    or more kept; never when the words kept end in a noun for a body ("royal society") or hold
    a number or a link."""
    kept = len(given)
    if kept < _MIN_KEPT or len(expected) < kept + 2 or expected[kept] != "of":
        return False  # (the cheap tests first: most answers are no such pair)
    if expected[:kept] != given:
        return False
    place = expected[kept + 1 :]
    if len(place) > _MAX_PLACE_WORDS or given[-1] in _BODY_NOUNS:
        return False
    if any(w in _LINKS or w in NUMBER_WORDS or not w.isalpha() for w in (*given, *place)):
        return False
    tail = written.split()[-len(place) :]
    return fold(" ".join(tail)).split() == list(place) and all(w[:1].isupper() for w in tail)


def initials_of(
    given: str,
    typed: str,
    expected: str,
    words: tuple[str, ...] = (),
    forms: frozenset[str] | None = None,
) -> bool:
    """True when folded `given` is the initials of the answer `expected` as written ("gpe" for
    "Gravitational potential energy", "pcsos" for "Police Community Support Officers") and the
    student typed it as initials: in capitals (a plural "s" after them: "JPs"), or as no word of
    English. `words`, the answer's folded words when known, spare most answers the spelling
    out: no initials start with another letter than the first word's, or its next one's when
    it is a small word. `forms`, `initial_forms(expected)` when the caller keeps it (a grader
    works it out once per question), spares the rest of them."""
    if not 2 <= len(given) <= _MAX_INITIALS + 1 or not given.isalpha():
        return False
    if words and given[0] != words[0][:1] and words[0] not in _SMALL_WORDS:
        return False
    plural = _ACRONYM_PLURAL.fullmatch(typed.strip()) is not None  # "JPs", "PCSOs"
    letters = given[:-1] if plural else given
    spelt = spells(letters, expected) if forms is None else letters in forms
    if len(letters) > _MAX_INITIALS or not spelt:
        return False
    # "CW" for "Cold War" is too little to tell, unless a state's ("UN", "EU") or a plural
    # written as one ("JPs" for "Justices of the Peace", "MPs"), of a plural answer
    stops = dotted(typed)  # "p.d.", "a.c."
    if (
        len(letters) < _MIN_INITIALS
        and (letters, fold(expected)) not in _known_short_forms()
        and not (plural and _has_plural_word(expected))
        and not ((stops or typed.isupper()) and _a_two_word_term(expected))
    ):
        return False
    return plural or stops or typed.isupper() or not is_real_word(given)


# Initials written with a full stop after each letter: "p.d.", "a.c.", "B.R.".
_DOTTED = re.compile(r"(?:[^\W\d_]\.\s?){2,6}")


def dotted(typed: str) -> bool:
    """True when `typed` is initials written with a stop after each letter ("p.d.", "B.R.")."""
    return _DOTTED.fullmatch(typed.strip()) is not None


def _a_two_word_term(written: str) -> bool:
    """True when `written` is a term of two words that is no name: not every word capitalised
    ("birth rate", "Alternating current", not "Cold War"). Subjects shorten such terms to two
    letters in their own notation ("BR", "p.d.", "a.c."); a name's two letters ("CW") say too
    little, two small words are no term's initials, and a hyphenated word gives a letter for
    each part ("GM tube")."""
    words = written.split()
    if len(words) != 2 or any(fold(word) in _SMALL_WORDS for word in words):
        return False
    if any(_PART.search(word) for word in words):
        return False  # "Geiger-Muller tube" is a GM tube: "GT" leaves a part out
    return not all(word[:1].isupper() for word in words)


def spelt_out(given: str, expected: str) -> bool:
    """True when `given` (two words or more) is what the acronym `expected` stands for: "CID"
    answered "Criminal Investigation Department", "IVF" "in vitro fertilisation", "PCSOs"
    "police community support officers"."""
    written = expected.strip()
    if _ACRONYM.fullmatch(written) is None:
        return False
    letters = fold(written.removesuffix("s") if written.endswith("s") else written)
    if len(_tokens(given)) < 2:
        return False
    return spells(letters, given)


def may_be_spelt_out(expected: str) -> bool:
    """False when no answer is `expected` spelt out (`spelt_out`, `spelt_out_numbered`): it is
    no acronym as written, with a number or without. A grader reads this once per question."""
    written = expected.strip()
    return _ACRONYM.fullmatch(written) is not None or _ACRONYM_NUMBER.fullmatch(written) is not None


def spelt_out_numbered(given: str, expected: str) -> bool:
    """True when `given` is what the acronym with a number `expected` stands for, the number in
    digits or words: "High Speed 2" for "HS2", "Group of Seven" for "G7". Two words at least
    before the number, so a lone word is never taken for one letter."""
    found = _ACRONYM_NUMBER.fullmatch(expected.strip())
    words = given.split()
    if found is None or len(words) < _MIN_NUMBERED_WORDS:
        return False
    letters, number = fold(found[1]), int(found[2])
    last = fold(words[-1])
    if last != str(number):
        quantity = parse_quantity(last) if last in NUMBER_WORDS else None
        if quantity is None or quantity.units or quantity.values != frozenset((Fraction(number),)):
            return False
    rest = " ".join(words[:-1])
    tokens = _tokens(rest)
    if len(tokens) < _MIN_NUMBERED_WORDS - 1:
        return False
    main = "".join(word.initials[0] for word in tokens if not word.small)
    return main == letters or letters in initial_forms(rest)


# An acronym and a number, as written: "HS2", "G7", "G-20".
_ACRONYM_NUMBER = re.compile(r"([A-Z]{1,6})-?(\d{1,3})")
_MIN_NUMBERED_WORDS = 3  # "High Speed 2": two words and the number
# An acronym as written: capitals, a plural "s" after them at most ("CID", "PCSOs").
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,6}s")
# Words that may give their initial to an acronym or not: "in vitro fertilisation" (IVF),
# "Justices of the Peace" (JP), "Bay of Pigs" (BOP or BP).
_SMALL_WORDS = frozenset(
    "of the and for de a an on in to at by with from la le von van du".split()  # noqa: SIM905
)
_TOKEN = re.compile(r"[^\W_]+(?:[-‐‑–][^\W_]+)*")
_PART = re.compile(r"[-‐‑–]")


class _Word(NamedTuple):
    """A word of a name as its initials: one per hyphen-joined part ("anti-diuretic": a, d)."""

    initials: tuple[str, ...]
    small: bool  # "of", "in", "the": may give its initial to an acronym or not


def _tokens(text: str) -> tuple[_Word, ...]:
    """The words of `text` as the initials of their hyphen-joined parts, folded: "anti-diuretic
    hormone" -> (a, d), (h)."""
    found = []
    for token in _TOKEN.findall(text):
        parts = [fold(part) for part in _PART.split(token)]
        parts = [part for part in parts if part]
        if parts:
            small = len(parts) == 1 and parts[0] in _SMALL_WORDS
            found.append(_Word(tuple(part[:1] for part in parts), small))
    return tuple(found)


def spells(letters: str, text: str) -> bool:
    """True when folded `letters` (two to six) are the initials of the words of `text`, in order:
    each word gives its initial, or each part of a hyphenated word gives one; a small word
    ("of", "in", "the") gives its initial or none. "adh" / "anti-diuretic hormone", "ivf" / "in
    vitro fertilisation", "jp" / "Justices of the Peace"."""
    return 2 <= len(letters) <= _MAX_INITIALS and letters in initial_forms(text)


_MAX_WORDS_SPELT = 8


def initial_forms(text: str) -> frozenset[str]:
    """Every way `text` (two words to eight) may be shortened to its initials (`spells`):
    "Justices of the Peace" -> jp, jop, jtp, jotp. Empty for one word or more than eight."""
    words = _tokens(text)
    if not 2 <= len(words) <= _MAX_WORDS_SPELT:
        return frozenset()
    forms = {""}
    for word in words:
        ways = {word.initials[0], "".join(word.initials)}
        if word.small:
            ways.add("")
        forms = {form + way for form in forms for way in ways if len(form + way) <= _MAX_INITIALS}
    return frozenset(form for form in forms if len(form) >= 2)


def _has_plural_word(text: str) -> bool:
    """True when a word of `text` reads as a plural ("Justices", "Officers")."""
    return any(word.endswith("s") and not word.endswith("ss") for word in fold(text).split())


@cache
def _known_short_forms() -> frozenset[tuple[str, str]]:
    """(short form, folded name) of the states and unions notes shorten to two letters ("un" /
    "united nations", "uk" / "united kingdom"), from `knowledge.search._aliases`."""
    pairs = (*COMMON_STATE_NAMES, *country_abbreviations())
    return frozenset((short, fold(name)) for short, name in pairs)


def same_feature(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` names the natural feature `expected` names, with or without the noun
    for its kind, before or after the name, the name with a slip at most ("nile river" or "river
    nile" for "nile", "sahara" for "sahara desert", "everest mountain" for "mount everest"). A
    name left bare must say which alone: not an everyday word ("Dead" is no "Dead Sea")."""
    mine, kind = _feature_core(given)
    theirs, their_kind = _feature_core(expected)
    if not mine or (kind is None and their_kind is None):
        return False
    if mine != theirs and words_distance(mine, theirs) is None:
        return False  # "Mediteranean" for "Mediterranean Sea": a slip in the name is one
    if len(mine) == 1 and mine[0] in country_words():
        return False  # "Jordan River" is no "Jordan", "Chad" no "Lake Chad"
    if kind is not None and their_kind is not None:
        return kind == their_kind
    return kind is not None or len(mine) > 1 or zipf_frequency(mine[0], "en") < _EVERYDAY_ZIPF


def _feature_core(words: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The name without a feature noun before or after it, and the kind that noun says."""
    if len(words) > 1 and words[0] in _FEATURE_NOUNS:
        rest = words[1:]
        if len(rest) > 1 and rest[0] in _FEATURE_LINKS:
            rest = rest[1:]  # "col du tourmalet": "tourmalet"
        return rest, _FEATURE_NOUNS[words[0]]
    if len(words) > 1 and words[-1] in _FEATURE_NOUNS:
        return words[:-1], _FEATURE_NOUNS[words[-1]]
    return words, None


# Nouns for a place in a sequence, numbered: "Stage 2", "Step 4", "Phase 1", "Level 3".
_SEQUENCE_NOUNS = frozenset("stage step phase level tier round".split())  # noqa: SIM905


def place_in_sequence(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is the number alone of `expected`, a numbered place in a sequence
    ("2" or "two" for "Stage 2", as a question on the stages of a model asks): the noun says
    only that it is a stage. Never for a name with a number ("Apollo 11", "Henry VIII")."""
    if len(expected) != 2 or expected[0] not in _SEQUENCE_NOUNS or not expected[1].isdigit():
        return False
    if len(given) != 1:
        return False
    if given[0] == expected[1]:
        return True
    quantity = parse_quantity(given[0]) if given[0] in NUMBER_WORDS else None
    return (
        quantity is not None
        and not quantity.units
        and quantity.values == frozenset((Fraction(int(expected[1])),))
    )


def number_in_name(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is the name `expected` with its one number written another way: a
    regnal number as a number or an ordinal ("henry the eighth", "henry 8" for "henry viii"), or
    digits in words ("apollo eleven" for "apollo 11"), the title before it left out ("urban 2"
    for "pope urban ii") and a slip in the name before the number ("ramses 2" for "ramesses ii")
    allowed, as when the number is written as the notes write it."""
    if len(expected) > 2 and is_title(expected[0]) and given[:1] != expected[:1]:
        return number_in_name(given, expected[1:])
    numbers = [k for k, word in enumerate(expected) if word.isdigit()]
    if not numbers and len(expected) > 1 and _ROMAN.fullmatch(expected[-1]):
        numbers = [len(expected) - 1]
    if len(numbers) != 1:
        return False
    k = numbers[0]
    value = int(expected[k]) if expected[k].isdigit() else _roman_value(expected[k])
    head, tail = expected[:k], expected[k + 1 :]
    if len(given) <= len(head) + len(tail):
        return False
    if given[: len(head)] != head and (
        not head or words_distance(given[: len(head)], head) is None
    ):
        return False
    if tail and given[len(given) - len(tail) :] != tail:
        return False
    middle = given[len(head) : len(given) - len(tail)]
    if middle[0] == "the" and len(middle) > 1:
        middle = middle[1:]
    quantity = parse_quantity(" ".join(middle))
    return (
        quantity is not None
        and not quantity.units
        and quantity.values == frozenset((Fraction(value),))
    )


_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _roman_value(numeral: str) -> int:
    """The value of a folded Roman numeral ("viii" -> 8, "xiv" -> 14)."""
    total = 0
    for letter, after in zip(numeral, (*numeral[1:], ""), strict=True):
        value = _ROMAN_DIGITS[letter]
        total += -value if after and _ROMAN_DIGITS[after] > value else value
    return total


def said_with_more(given: str) -> str | None:
    """The part of `given` before a year or a clause that only says more of it, or None when
    there is no such part ("Homestead Act 1862" -> "Homestead Act")."""
    clause = _CLAUSE_WORDS.search(given)
    part: str | None
    if clause is not None and clause.start() > 0:
        part = given[: clause.start()]
    else:
        # Tried only on a text ending as a year does: the pattern's lazy start backtracks over
        # every answer otherwise (a wrong answer reached this for each question graded).
        end = given.rstrip()[-1:]
        year = _TRAILING_YEAR.match(given) if end.isdigit() or end == ")" else None
        part = None if year is None else year["answer"].strip()
    return None if part is None or _DIGIT.search(part) else part  # "4 November" is a date


def formula_with_zero(given: str, expected: str) -> bool:
    """True when folded `given` is the formula `expected` (letters and digits, "h2o") with the
    letter O typed as a zero ("h20")."""
    return "0" in given and "o" in expected and given.replace("0", "o") == expected
