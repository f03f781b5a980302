"""Abbreviations and the names they stand for: "USSR" finds the notes' "Soviet", "CPU" finds
"central processing unit", and "the United Nations" finds "UN".

No subject's vocabulary is kept here. The pairs come from:

- the deck's own notes, where they spell an acronym out ("BEF (British Expeditionary Force)",
  "gross national income (GNI)", "MAIN = Militarism, Alliances, …") — in facts, summaries, key
  terms, and a topic's title against its aliases ("Union of Soviet Socialist Republics" / "USSR");
- the deck's own multiword names (titles, aliases, people, places, key terms, runs of capitalised
  words in the notes): their initials ("Central Intelligence Agency" -> "cia"), three letters or
  more, so a question may use the short form of a name the notes write in full;
- the ISO 3166 country names, current and former, from `pycountry` (a maintained gazetteer):
  "United Kingdom" -> "uk", "Union of Soviet Socialist Republics" -> "ussr", "German Democratic
  Republic" -> "gdr" — countries are the names notes in any subject shorten most.

A pair only ever adds alternatives to a question word (trusted a little less than the word
itself), and only the words the deck's index holds count, so an unused pair costs nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache

from knowledge.model import Deck
from knowledge.search._spans import expansion_pairs
from knowledge.search._words import index_word, surface_words

MIN_DERIVED_LETTERS = 3  # initials of a deck's own names: "ww" or "sc" would mean too much
MAX_LETTERS = 8
MAX_SHARED = 2  # a word in the expansions of more acronyms than this ("united") names none alone
# Two or more capitalised words, with "of", "the", "and", "for" between them.
_CAPITALISED_RUN = re.compile(
    r"\b[A-Z][a-z][\w'’-]*(?:\s+(?:(?:of|the|and|for|de)\s+)*[A-Z][a-z][\w'’-]*)+"
)
_INITIAL_SKIP = frozenset({"of", "the", "and", "for", "de", "a", "an", "on", "in", "to"})


def initials(name: str) -> str:
    """The folded initials of a name's words, small words left out: "Union of Soviet Socialist
    Republics" -> "ussr"; empty for a name of one word."""
    words = [word for word in re.findall(r"[\w'’]+", name) if word.casefold() not in _INITIAL_SKIP]
    if len(words) < 2 or len(words) > MAX_LETTERS:
        return ""
    return "".join(word[0] for word in words).casefold()


class Abbreviations:
    """Acronyms and their expansions (as folded content words), both ways."""

    __slots__ = ("_expansions", "_phrases", "_word_acronyms")

    def __init__(
        self, pairs: Iterable[tuple[str, str]], names: Iterable[tuple[str, str]] = ()
    ) -> None:
        """`pairs` are (acronym, expansion); `names` too, and for them a word of few expansions
        also stands for the acronym alone (a country: "America" for "USA")."""
        names = tuple(names)
        self._expansions: dict[str, set[tuple[str, ...]]] = {}
        for acronym, expansion in (*pairs, *names):
            words = surface_words(expansion)
            if acronym and acronym.isalnum() and len(words) >= 1 and words != (acronym,):
                self._expansions.setdefault(acronym, set()).add(words)
        # An expansion's first word -> the expansions starting with it, to spot one in a question.
        self._phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        # Keyed and compared by index form: "fixed action patterns" spells out "FAP" too.
        for acronym, expansions in self._expansions.items():
            for words in expansions:
                if len(words) >= 2:
                    stems = tuple(map(index_word, words))
                    self._phrases.setdefault(stems[0], []).append((stems, acronym))

        # A word of few expansions may stand for them alone: "America" for "USA", "Soviet" for
        # "USSR"; one of many ("united", "republic") stands for none.
        self._word_acronyms: dict[str, set[str]] = {}
        for acronym, expansion in names:
            for word in surface_words(expansion):
                if len(word) >= 4 and word.isalpha():
                    self._word_acronyms.setdefault(word, set()).add(acronym)

    def __len__(self) -> int:
        return len(self._expansions)

    def expansions(self, word: str) -> tuple[tuple[str, ...], ...]:
        """What the (folded) word may stand for, as folded content words; () when nothing."""
        found = self._expansions.get(word)
        return tuple(sorted(found)) if found else ()

    def acronyms_of(self, word: str) -> tuple[str, ...]:
        """The acronyms whose expansions use this (folded) word, when there are few."""
        found = self._word_acronyms.get(word, ())
        return tuple(sorted(found)) if 0 < len(found) <= MAX_SHARED else ()

    def abbreviated(self, words: tuple[str, ...]) -> Iterator[tuple[int, int, str]]:
        """Runs of `words` (a question's folded content words) that spell out an acronym:
        (start, end, acronym)."""
        stems = tuple(map(index_word, words))
        for start, word in enumerate(stems):
            for phrase, acronym in self._phrases.get(word, ()):
                end = start + len(phrase)
                if stems[start:end] == phrase:
                    yield start, end, acronym


# Short forms of states in wide use that ISO 3166 does not list as names.
COMMON_STATE_NAMES: tuple[tuple[str, str], ...] = (
    ("ussr", "Soviet Union"),
    ("prc", "Communist China"),
    ("prc", "Red China"),
    ("prc", "People's Republic of China"),
    ("roc", "Nationalist China"),
    ("roc", "Republic of China"),
    ("dprk", "North Korea"),
    ("rok", "South Korea"),
    ("drv", "North Vietnam"),
    ("frg", "West Germany"),
    ("gdr", "East Germany"),
    ("uae", "United Arab Emirates"),
    ("usa", "United States of America"),
    ("us", "United States"),
    ("uk", "Great Britain"),
    ("eu", "European Union"),
    ("un", "United Nations"),
)


def deck_abbreviations(deck: Deck) -> Abbreviations:
    """The abbreviations a deck's notes spell out or its names imply, with the country names."""
    return Abbreviations(
        (*_spelt_out(deck), *_derived(deck), *COMMON_STATE_NAMES), country_abbreviations()
    )


def _spelt_out(deck: Deck) -> Iterator[tuple[str, str]]:
    for topic in deck.topics:
        for fact in topic.facts:
            yield from expansion_pairs(fact.text)
        if topic.summary:
            yield from expansion_pairs(topic.summary)
        for name in (topic.title, *topic.aliases):
            yield from expansion_pairs(name)
            # A title and an alias that is its acronym (or the other way round).
            for other in (topic.title, *topic.aliases):
                if other != name and other.isupper() and initials(name) == other.casefold():
                    yield other.casefold(), name
    for term in deck.terms:
        yield from expansion_pairs(f"{term.term}: {term.definition}")
        for alias in term.aliases:
            if alias.isupper() and initials(term.term) == alias.casefold():
                yield alias.casefold(), term.term
            if term.term.isupper() and initials(alias) == term.term.casefold():
                yield term.term.casefold(), alias


def _derived(deck: Deck) -> Iterator[tuple[str, str]]:
    names: set[str] = set()
    for topic in deck.topics:
        names.update((topic.title, *topic.aliases, *topic.people, *topic.places))
        for fact in topic.facts:
            names.update(_CAPITALISED_RUN.findall(fact.text))
    for term in deck.terms:
        names.update((term.term, *term.aliases))
    for name in names:
        letters = initials(name)
        if len(letters) >= MIN_DERIVED_LETTERS:
            yield letters, name


@cache
def country_abbreviations() -> tuple[tuple[str, str], ...]:
    """(acronym, name) for every country name of two words or more, current and former (ISO 3166
    via pycountry): "uk" / "United Kingdom", "ussr" / "Union of Soviet Socialist Republics"."""
    import pycountry  # loaded on the first deck that asks, not with the bot

    pairs: list[tuple[str, str]] = []
    for country in (*pycountry.countries, *pycountry.historic_countries):
        names = {
            getattr(country, field, None) for field in ("name", "official_name", "common_name")
        }
        for name in filter(None, names):
            # "USSR, Union of Soviet Socialist Republics": a short form and the name it stands for
            parts = [part.strip() for part in str(name).split(",")]
            full = [part for part in parts if not part.isupper()]
            for short in (part for part in parts if part.isupper() and part.isalpha()):
                pairs.extend((short.casefold(), expansion) for expansion in full)
            for part in full:
                letters = initials(part)
                if len(letters) >= 2:
                    pairs.append((letters, part))
    return tuple(pairs)


def country_words() -> frozenset[str]:
    """The folded one-word country names, current and former (ISO 3166 via pycountry): "poland",
    "japan". A student types them in lower case, and the dictionary knows them, yet a deck that
    never names one has nothing about it. Built on first use and kept: a table, not a memo of
    answers (reading pycountry's 300 records costs a thousand attribute lookups)."""
    if not _COUNTRY_WORDS:
        import pycountry

        found: set[str] = set()
        for country in (*pycountry.countries, *pycountry.historic_countries):
            for field in ("name", "common_name"):
                # "Korea, Republic of", "Moldova, Republic of": the name before its qualifier
                name = str(getattr(country, field, "") or "").split(",")[0].strip()
                if name.isalpha():
                    found.add(name.casefold())
        _COUNTRY_WORDS.append(frozenset(found))
    return _COUNTRY_WORDS[0]


_COUNTRY_WORDS: list[frozenset[str]] = []
