"""A right answer given with or without the noun that says what kind of thing it names.

A key often pairs a word that says WHICH thing with a noun that says WHAT KIND of thing it is:
"Mukden Incident", "Rf value", "Treaty of Versailles", a material and the form it is used in
("nichrome wire"). A teacher accepts the answer with that noun left out or put in when the word
that says which is kept and still says which alone:

- a proper name English does not know as a word, before a noun for a kind of event, body or
  document (`ends_in_category`): "Mukden" for "Mukden Incident", "Lytton" for "Lytton
  Commission" (`name_without_kind`). Never when the name is a word of English or a country
  ("Berlin" is no "Berlin Wall", "Table" no "Table Tennis"), nor a given name or a title;
- a symbol before the noun for its value ("Rf" for "Rf value", "pH" for "pH level":
  `symbol_without_measure`) — a symbol is written with capitals and is no word of English;
- the key with the noun for the form a substance is used in after it ("nichrome wire",
  "magnesium ribbon", "hydrogen gas", "silver nitrate solution": `with_form_noun`), and a
  substance's name without that noun or the noun for what it does in a process or a device
  ("iron" for "iron catalyst", "copper" for "copper wire": `substance_without_form`) — never
  without a word before it ("molten", "anhydrous" may be the point of the answer);
- a name with the kind of event or document it names before it, joined by "of" ("Treaty of
  Versailles", "Battle of Britain" for "Versailles", "Britain": `kind_of_name`).

Each rule only says whether `given` is such a form of `expected` (folded words); the grader
accepts it only when it is no other entity of the deck and the words kept name no other one
(`Grader._shortened`). The words that say which are never dropped: "solvent" is no "solvent front",
"phase" no "mobile phase" (no rule here keeps the head noun alone).
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from bot._grade_formulas import names_a_substance
from bot._names import ends_in_category
from knowledge.given_names import GIVEN_NAMES, is_title
from knowledge.search._aliases import country_words
from knowledge.search._dictionary import is_english

_MIN_NAME = 4  # a shorter bare name says too little ("Ems" for "Ems Telegram")
_RARE_ZIPF = 4.0  # a name this common is a word students meet elsewhere ("Munich", "Berlin")
_RARE_WORD_ZIPF = 3.0  # a word of English this rare ("lyceum": 2.6) is no everyday word ("table")


def name_without_kind(
    given: tuple[str, ...], expected: tuple[str, ...], *, any_noun: bool = False
) -> bool:
    """True when `given` is the two-word name `expected` without its last word, a noun for a kind
    of event, body, place or document ("mukden" for "mukden incident"), and the word kept is a
    proper name no dictionary of English knows, rare, and no country, given name or title.
    `any_noun`: the last word may be any word of English ("Rosetta" for "Rosetta Stone",
    "Cromford" for "Cromford Mill") — for the grader to allow when the deck says nothing else
    holds the name kept."""
    if len(expected) != 2 or given != expected[:1]:
        return False
    if not ends_in_category(expected) and not (
        any_noun and expected[1].isalpha() and is_english(expected[1])
    ):
        return False
    word = given[0]
    if len(word) < _MIN_NAME or not word.isalpha():
        return False
    if word in country_words() or word in GIVEN_NAMES or is_title(word):
        return False
    frequency = zipf_frequency(word, "en")
    if is_english(word):  # "Lyceum" of "Lyceum Theatre": a word of English, but a rare one,
        # says which when the deck names nothing else so ("Table" is no "Table Tennis")
        return any_noun and frequency < _RARE_WORD_ZIPF
    return frequency < _RARE_ZIPF


# Nouns for a measured value that a symbol before them names alone ("Rf value", "pH level").
_MEASURE_NOUNS = frozenset({"value", "values", "level", "levels", "reading", "score", "rating"})
_MAX_SYMBOL = 4


def symbol_without_measure(given: tuple[str, ...], expected: tuple[str, ...], written: str) -> bool:
    """True when `given` is the two-word key `expected` (as `written`) without its noun for a
    measured value, and the word kept is a symbol: written with a capital letter, a few letters,
    no word of English ("Rf" for "Rf value"; "IQ" for "IQ score")."""
    if len(expected) != 2 or given != expected[:1] or expected[1] not in _MEASURE_NOUNS:
        return False
    symbol = written.split(maxsplit=1)[0] if written.strip() else ""
    if not symbol.isalpha() or len(symbol) > _MAX_SYMBOL or symbol.islower():
        return False
    if symbol.isupper() or not symbol[0].isupper():
        return True  # "IQ", "U"; "pH": capitals no word is written with
    return not is_english(given[0])  # "Rf": no word of English


# Nouns for the form a substance is taken in: "nichrome wire" is nichrome, "hydrogen gas" hydrogen.
_FORM_NOUNS = frozenset(
    {
        "wire", "loop", "rod", "foil", "powder", "ribbon", "strip", "sheet", "granules", "chips",
        "crystals", "solution", "gas", "metal", "paper", "turnings", "filings",
    }
)  # fmt: skip


def with_form_noun(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is the key `expected` (a substance, one or two words) with a noun for
    the form it is used in after it ("nichrome wire", "magnesium ribbon", "sodium hydroxide
    solution")."""
    if not 1 <= len(expected) <= 2 or len(given) != len(expected) + 1:
        return False
    if given[:-1] != expected or expected[-1] in _FORM_NOUNS:
        return False
    return given[-1] in _FORM_NOUNS


def kind_of_name(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is the name `expected` after a noun for a kind of event, place or
    document and "of" ("treaty of versailles", "battle of britain")."""
    if len(given) != len(expected) + 2 or given[1] != "of" or given[2:] != expected:
        return False
    return ends_in_category(given[:1])


# Nouns for what a substance is in a process or a device, which name it with them: "iron
# catalyst" is iron, an "iron core" iron, "carbon electrodes" carbon.
_ROLE_NOUNS = frozenset(
    {"catalyst", "catalysts", "core", "electrode", "electrodes", "anode", "cathode"}
)


def substance_without_form(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` names a substance (`names_a_substance`) and `expected` is it with a
    noun for the form it is used in or its role after it ("iron" for "iron catalyst",
    "magnesium" for "magnesium ribbon"); never for words of other kinds ("hydrogen" is no
    "hydrogen bond", "carbon" no "carbon footprint")."""
    if len(expected) != len(given) + 1 or expected[:-1] != given:
        return False
    if expected[-1] not in _FORM_NOUNS and expected[-1] not in _ROLE_NOUNS:
        return False
    return names_a_substance(given)
