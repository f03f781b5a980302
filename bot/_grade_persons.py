"""Whether an answer reads as a person's name, so that the surname alone, or the initials and
the surname, stand for it ("Bohr" or "N. Bohr" for "Niels Bohr").

The list of common given names (`knowledge.given_names`) cannot hold every scientist's, writer's
or leader's first name ("Niels", "Dmitri", "Imre"). A name of two words neither of which English
knows (simplemma's dictionary: "niels" and "bohr" are no words, "table" and "tennis" are, and so
are "hong" and "kong") and which is no country reads as a person's too: a place or a thing is
named with some word of the language ("Spurn Head", "Dalmatian coast", "Cold War"), and a
foreign title with its article ("Das Kapital").

A peer is named by the place of the title as often as by the title ("Wellington", "Lord
Wellington" for "Duke of Wellington": `peer_by_seat`).
"""

from __future__ import annotations

from functools import lru_cache

from bot._spelling import words_distance
from knowledge.search._aliases import country_words
from knowledge.search._dictionary import is_english
from knowledge.text import fold

_MIN_LETTERS = 3  # "Li Na", "Xi": too short to tell a name from an abbreviation
# Articles of the languages whose titles English notes quote ("Das Kapital", "Le Monde", "El
# Niño", "La Traviata"): a title, not a first name.
_FOREIGN_ARTICLES = frozenset(
    "das der die den dem des ein eine le la les l el los las il lo gli un une una uno".split()  # noqa: SIM905
)


@lru_cache(maxsize=16384)
def reads_as_a_name(words: tuple[str, ...]) -> bool:
    """True when folded `words` are a first name and a surname that English does not know as
    words ("niels bohr", "imre nagy"), and no country ("sri lanka"); or such a pair with one
    middle name between, of any kind ("isambard kingdom brunel": a middle name may be a word of
    English, the first and last say who). A short middle word is a place's link ("dar es
    salaam", "santiago de compostela"), so no middle name."""
    if not 2 <= len(words) <= _MAX_NAME_WORDS or words[0] in _FOREIGN_ARTICLES:
        return False
    if len(words) == _MAX_NAME_WORDS and not (len(words[1]) >= _MIN_LETTERS and words[1].isalpha()):
        return False
    return all(
        len(word) >= _MIN_LETTERS
        and word.isalpha()
        and not is_english(word)
        and word not in _country_name_words()
        for word in (words[0], words[-1])
    )


_MAX_NAME_WORDS = 3  # a first name, a middle name and a surname


def _country_name_words() -> frozenset[str]:
    """Every folded word of a country's name, current or former (ISO 3166 via pycountry):
    "sri", "lanka", "costa", "rica". Built on first use and kept: a table, not a memo of
    answers."""
    if not _COUNTRY_WORDS:
        import pycountry  # loaded when a name is first asked about, not with the bot

        found: set[str] = set()
        for country in (*pycountry.countries, *pycountry.historic_countries):
            for field in ("name", "official_name", "common_name"):
                found.update(fold(str(getattr(country, field, "") or "")).split())
        _COUNTRY_WORDS.append(frozenset(found))
    return _COUNTRY_WORDS[0]


_COUNTRY_WORDS: list[frozenset[str]] = []


def initials_for(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is `expected` with its first names cut to their initials ("n bohr" for
    "niels bohr"); the surname itself is compared by the caller."""
    if len(given) != len(expected) or len(given) < 2:
        return False
    firsts = zip(given[:-1], expected[:-1], strict=True)
    return all(len(g) == 1 and len(e) > 1 and e[0] == g for g, e in firsts)


# Titles of the peerage, written "Earl of X": the peer is called "X" or "Lord X" as well.
_PEERAGES = frozenset(
    "duke duchess earl marquess marquis viscount viscountess baron baroness count countess".split()  # noqa: SIM905
)
_MAX_SEAT = 2  # words of the place a title is of ("Earl of Shaftesbury", "Duke of Mont Blanc")


def peer_by_seat(given: tuple[str, ...], expected: tuple[str, ...]) -> int | None:
    """The edits when folded `given` names the peer `expected` ("earl of danby") by the place
    alone or after "lord" ("danby", "lord danby"), with a slip at most; else None. Never
    for a country ("Prince of Wales", "King of France" are no peerage; "Duke of Burgundy" is not
    "Burgundy" when that is a country's word) — whether the deck names the place otherwise is
    the grader's to ask."""
    if len(expected) < 3 or expected[0] not in _PEERAGES or expected[1] != "of":
        return None
    seat = expected[2:]
    core = given[1:] if given[:1] == ("lord",) else given
    if not core or len(core) != len(seat) or len(seat) > _MAX_SEAT:
        return None
    if any(word in country_words() or not word.isalpha() for word in seat):
        return None
    return words_distance(core, seat)
