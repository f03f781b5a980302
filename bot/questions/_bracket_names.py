"""Other names a bracket gives the words before it, where those words are no defined term and no
capitalised name: a line's part of the one reader (`_other_names`, via `_term_pairs`).

Notes gloss a thing in brackets wherever it comes up, not only after a key term:

- a scientific name: "a honey fungus (Armillaria ostoyae)", "ergot (Claviceps purpurea)" —
  a capitalised word and a rare lower-case one (`_BINOMIAL`);
- initials, of any case, spelling the words before: "Batrachochytrium dendrobatidis (Bd)",
  "nautical miles (nm; 1 nm = 1,852 m)";
- a technical word or a fuller form of the same word: "the fruiting body (sporocarp)",
  "coenocytic (aseptate, many nuclei …)", "a character (light characteristic)", maybe with
  where it is used: "rood screen (pulpitum in English cathedrals)".

What a bracket holds after ordinary words is as often an example ("grain (rye)"), a cause
("lenses (refraction)") or a comment, so a gloss of lower-case words is taken only when it is
one word no everyday English uses, or shares the start of a word of the name, and in the
name's number (a plural for a plural: "lenses (refraction)" names no lens). The name is the
longest run of up to three words before the bracket without a function word
(`_notes_equals.name_endings`); the gloss meets the rules every gloss meets
(`_name_checks.reads_as_gloss`). Left: a rare word naming what a process uses ("solvent
extraction (hexane)") reads as its other name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.questions._context import DeckContext
from bot.questions._everyday import frequency
from bot.questions._name_checks import reads_as_gloss
from bot.questions._notes_equals import name_endings
from bot.questions._notes_renames import line_label
from knowledge.search._dictionary import is_lower_case_word
from knowledge.search._lemma import lemma
from knowledge.text import fold

_BRACKET = re.compile(r"\((?P<inside>[^()]{2,80})\)")
# The first thing a bracket holds: up to a comma, a semicolon or an "e.g.".
_FIRST = re.compile(r"\s*(?P<item>[^,;]+?)\s*(?:[,;]|\s+e\.g\.|$)")
_WHERE = re.compile(r"\s+in\s+(?:the\s+)?[A-Z][\w\s'’-]*$")
_BINOMIAL = re.compile(r"[A-Z][a-z]{2,}\s+(?P<species>[a-z]{4,})")
_INITIALS = re.compile(r"[A-Z][A-Za-z]{1,5}|[a-z]{2,5}")
_RARE_ZIPF = 3.5  # a gloss of one word this rare is a technical name ("sporocarp", "aseptate")
_MIN_SHARED = 5  # letters a gloss and a word of the name share from their start
_MAX_NAME_WORDS = 3


def bracket_names(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for each bracket of the line that glosses the words before it."""
    if "(" not in text:
        return
    for match in _BRACKET.finditer(text):
        first = _FIRST.match(match.group("inside"))
        before = text[: match.start()]
        if first is None or not before.strip() or _listed(match.group("inside")):
            continue  # "(rooibos, chamomile, peppermint)": examples, not another name
        # "rood screen (pulpitum in English cathedrals)": where the other name is used
        item = _WHERE.sub("", first.group("item")).strip()
        initials = _initials_of(before, item)
        if initials is not None:
            yield initials, item
            continue
        if _foreign(item):  # "wet piling (wo dui)", "Fixing – heating leaf … (shā qīng)"
            ends = not text[match.end() :].strip(" .;")
            name = (line_label(text) if ends else "") or _name_before(ctx, before)
            if name and fold(name) != fold(item) and reads_as_gloss(ctx, fold(item)):
                yield name, item
            continue
        name = _name_before(ctx, before)
        if name is None or fold(name) == fold(item):
            continue
        if _scientific(item) or _technical(ctx, name, item):
            yield name, item


def _initials_of(before: str, item: str) -> str | None:
    """The words right before the bracket whose first letters `item` spells, in any case, small
    words between left out ("Batrachochytrium dendrobatidis (Bd)", "metres below the entrance
    (mbe)"); all-capital initials of capitalised words are `_notes_names.initials_spelt`'s."""
    if not _INITIALS.fullmatch(item) or item.isupper():
        return None
    words = before.split()
    letters: list[str] = []
    start = len(words)
    while start > 0 and len(letters) < len(item):
        start -= 1
        word = words[start]
        if not word[:1].isalpha():
            return None
        if fold(word) not in _SMALL_WORDS:
            letters.insert(0, word[0])
    if len(letters) != len(item) or fold(words[start]) in _SMALL_WORDS:
        return None
    return " ".join(words[start:]) if fold("".join(letters)) == fold(item) else None


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "de", "on", "a", "an", "&"})


def _name_before(ctx: DeckContext, before: str) -> str | None:
    """The words before a bracket it glosses: the longest run of up to three words without a
    function word, a verb's "-s" form first left out ("uses mirrors (reflectors)": "mirrors");
    "the fruiting body", "Dripstone formations", "a honey fungus" whole."""
    endings = [e for e in name_endings(before) if len(e.split()) <= _MAX_NAME_WORDS]
    if not endings:
        return None
    words = endings[0].split()
    while len(words) > 1 and _inflected_s(fold(words[0])):
        words = words[1:]
    return " ".join(words)


def _inflected_s(word: str) -> bool:
    """A verb's "-s" form or a plural before the name ("uses", "makes"), not "glass"."""
    return word.endswith("s") and not word.endswith("ss") and lemma(word) != word


_LIST_ITEMS = 3  # a bracket of this many short items lists examples
_MAX_ITEM_WORDS = 3
_FOREIGN_ZIPF = 3.5  # one word of a transliteration at least is rarer than this in English
_COMMON_ZIPF = 5.0  # and none as common as this ("the", "very")
_SYLLABLES = 7  # letters of a transliterated word at most ("qing", "chanoyu")


def _listed(inside: str) -> bool:
    """True when a bracket lists three things or more, each a few words: examples of what
    comes before it ("Herbal teas (rooibos, chamomile, peppermint)"), none its other name."""
    items = [item.strip() for item in inside.split(",")]
    return len(items) >= _LIST_ITEMS and all(
        0 < len(item.split()) <= _MAX_ITEM_WORDS for item in items
    )


def _foreign(item: str) -> bool:
    """True for two or three lower-case words of another language written in Latin letters (a
    transliteration: "wo dui", "shā qīng"): rare in English text, at most one of them a word
    English writes in lower case ("wo"), so the bracket holds the thing's name in its own
    language, not a description."""
    words = fold(item).split()
    if not 2 <= len(words) <= _MAX_ITEM_WORDS or not item.islower() or "/" in item:
        return False  # "(zat/sawar)": two things, a slash between
    if not all(word.isascii() and word.isalpha() and 1 < len(word) <= _SYLLABLES for word in words):
        return False  # a transliteration's words are short; "epigallocatechin gallate" is no name
    zipfs = [frequency(word) for word in words]
    if max(zipfs) >= _COMMON_ZIPF or min(zipfs) >= _FOREIGN_ZIPF:
        return False  # an everyday word ("the", "very"), or no rare one
    return sum(is_lower_case_word(word) for word in words) * 2 < len(words) + 1


def _scientific(item: str) -> bool:
    """A genus and species ("Armillaria ostoyae"): the species a word rare in English."""
    found = _BINOMIAL.fullmatch(item)
    return found is not None and frequency(found.group("species")) < _RARE_ZIPF


def _technical(ctx: DeckContext, name: str, gloss: str) -> bool:
    """A lower-case gloss naming the thing again: one rare word, or words sharing the start of
    a word of the name ("character (light characteristic)"); in the name's number. The deck is
    asked last (`reads_as_gloss` reads every line's names), for the few brackets that fit."""
    words, glossed = fold(name).split(), fold(gloss).split()
    if not gloss.islower() or not words or not glossed:
        return False
    if _plural(words[-1]) != _plural(glossed[-1]):
        return False  # "lenses (refraction)": what lenses do, not another name of them
    rare = len(glossed) == 1 and frequency(glossed[0]) < _RARE_ZIPF
    shared = any(
        w[:_MIN_SHARED] == g[:_MIN_SHARED] for w in words for g in glossed if len(w) >= _MIN_SHARED
    )
    return (rare or shared) and reads_as_gloss(ctx, gloss)


def _plural(word: str) -> bool:
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
