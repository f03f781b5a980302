"""Another name a deck's own heading or name gives in brackets: "The Queen Mother (Iyoba)".

The deck's entities reach `grade()` as strings; a name written with another name in brackets
after it ("How they were made: lost-wax casting (cire perdue)", "Sand dune succession
(psammosere)") ties the two to one thing in the notes' own words, so either answers for the
other (`bot.grading.Grader` adds them as "X, also called Y"). Most brackets after a heading
say something else about it — a date ("(1807–1814)"), a tag of the course ("(HT only)"), a
kind or a description ("Malaria (protist)", "Eyewitnesses (sources)") — and are no name. A
bracket is read as a name only when it is a short name of its own: no figure, no list, not
capitals alone (a tag or an acronym, read by `_grade_acronyms`), no person, and at least half
of its words unknown to the dictionary of English (a foreign or proper name: "Iyoba", "cire
perdue", "Code Napoléon"); a bracket of English words ("(fungus)", "(HT only)", "(chief
sanitary officer)") says what the thing is, or for whom, not what else it is called.

A foreign word is as often a proper name of something else: "Guernica (Picasso)", "Sunflowers
(Van Gogh)", "Battle of Hastings (Normandie)" give a work's maker or an event's place, and
reading them as other names made the work and its maker answer for each other. So a bracket is
no other name when it names a person (a given name, a title, "Van"/"De" before a capitalised
word), a country or region as a whole, or a word the deck names another entity with ("Pablo
Picasso"); nor is a one-word capitalised bracket when the deck labels three entities or more that
way (a list by maker or place), or when the name before it has no English word: two proper
names of kinds unknown ("Uffizi (Florenz)") are more often a thing and where or whose it is than
one thing twice. That last rule costs a real other name of a place ("Ughoton (Gwato)"): a
refused right answer is the lesser harm than a work accepted for its maker.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from knowledge.given_names import in_world_given_names, is_title, names_a_person
from knowledge.search._aliases import country_words
from knowledge.search._dictionary import is_english
from knowledge.text import fold

_BRACKET_AT_END = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<other>[^()]+)\)\s*$")
_LEAD = re.compile(r"^.*[:–—]\s+")  # "How they were made: ", "Section 3 – ": a heading's lead
_MAX_WORDS = 4
_SHORT = 2  # a word this short ("HT", "T") is a tag's letters, no name's word
_NOT_A_NAME = re.compile(r"[\d,;=!?\"“”/&+]")  # figures, lists, sums, quotes: no name
# The words that start a surname ("Van Gogh", "De Gaulle", "Da Vinci") when written capitalised
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "da",
        "di",
        "du",
        "del",
        "della",
        "der",
        "den",
        "le",
        "la",
        "ter",
        "ten",
        "bin",
        "ibn",
        "al",
    ]
)
# A deck that puts a one-word proper name in brackets after this many of its entities is
# labelling them ("Guernica (Picasso)", "The Thinker (Rodin)": by whom, or where), not naming
# each twice: another name is given now and then, an attribution down a list.
_LABELLED = 3


def _proper(other: str) -> bool:
    """True for a bracket that is one capitalised name ("Picasso", "Iyoba")."""
    return len(other.split()) == 1 and other[:1].isupper()


@cache
def _place_words() -> frozenset[str]:
    """Folded names of countries and of their regions ("normandie", "firenze"): a place."""
    import pycountry

    found = set(country_words())
    for subdivision in pycountry.subdivisions:
        found.add(fold(str(subdivision.name)))
    return frozenset(found)


def deck_context(entities: Iterable[str]) -> tuple[frozenset[str], bool]:
    """What `bracket_alias` reads of the whole deck: the folded words of its entities outside
    brackets (a word the deck names something else with, "Pablo Picasso"), and whether it
    labels its entities with a one-word proper name in brackets (`_LABELLED`)."""
    words: Counter[str] = Counter()
    labelled = 0
    for text in entities:
        found = _BRACKET_AT_END.match(text)
        outside = found.group("name") if found else text
        words.update(set(fold(outside).split()))
        if found and _proper(found.group("other").strip()):
            labelled += 1
    return frozenset(words), labelled >= _LABELLED


def _names_something_else(name_words: list[str], other: str, deck_words: frozenset[str]) -> bool:
    """True when the bracket names a person, a place or another of the deck's entities rather
    than the thing before it: "(Van Gogh)", "(Normandie)", "(Picasso)" beside "Pablo Picasso"."""
    raw = other.split()
    words = tuple(fold(other).split())
    if names_a_person(words) or any(is_title(word) for word in words):
        return True
    if (
        len(raw) > 1
        and raw[1][:1].isupper()
        and (words[0] in _PARTICLES or in_world_given_names(words[0]))
    ):
        return True  # "Van Gogh", "Leonardo Vinci": a person
    # its names' words: capitalised, not "de" or "la" ("Guerra de la Independencia")
    names = [fold(word) for word in raw if word[:1].isupper() and len(word) > _SHORT]
    if " ".join(words) in _place_words():
        return True  # the whole bracket a place: "(Normandie)", not "(Guerra de la Independencia)"
    return any(word in deck_words and word not in name_words for word in names)


def bracket_alias(
    text: str, deck: tuple[frozenset[str], bool] = (frozenset(), False)
) -> tuple[str, str] | None:
    """(name, other name) when `text` is a name with another name in brackets after it;
    None for any other bracket. `deck` is `deck_context` of the deck's entities."""
    found = _BRACKET_AT_END.match(text)
    if found is None:
        return None
    whole, other = found.group("name"), found.group("other").strip()
    name = _LEAD.sub("", whole).strip()
    if not name or not other or _NOT_A_NAME.search(whole) or _NOT_A_NAME.search(other):
        return None
    if other.isupper() or not other[:1].isalpha():
        return None  # "(HT)", "(T)", "(VOCAB)": a tag or an acronym
    name_words, other_words = fold(name).split(), fold(other).split()
    if not name_words or not other_words:
        return None
    if len(name_words) > _MAX_WORDS or len(other_words) > _MAX_WORDS:
        return None
    if is_title(other_words[0]):
        return None  # "(Mr Okafor)": who wrote it
    foreign = sum(len(word) > _SHORT and not is_english(word) for word in other_words)
    if not foreign or 2 * foreign < len(other_words):
        return None  # "(fungus)", "(HT only)": what it is, or a tag

    if _names_something_else(name_words, other, deck[0]):
        return None  # "Sunflowers (Van Gogh)", "Battle of Hastings (Normandie)"
    if _proper(other) and (deck[1] or not any(is_english(word) for word in name_words)):
        # a deck labelling its entities, or two proper names of kinds unknown ("Guernica
        # (Picasso)", "Uffizi (Florenz)"): a work and its maker, a place and its country
        return None
    return name, other
