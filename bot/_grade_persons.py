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

import re
from functools import lru_cache

from bot._spelling import words_distance
from knowledge.given_names import GIVEN_NAMES, in_nicknames_data, in_world_given_names
from knowledge.search._aliases import country_words
from knowledge.search._dictionary import is_english, is_lower_case_word
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


def given_middle_name(words: tuple[str, ...], written: str) -> bool:
    """True when folded `words` are three capitalised names whose middle one is a given name
    ("Michel Eugène Chevreul": "eugene") and whose last is no word of English: a person, though
    his first name ("Michel", a word of the dictionary) is in no list of given names."""
    if len(words) != _MAX_NAME_WORDS or not all(w[:1].isupper() for w in written.split()):
        return False
    middle, last = words[1], words[-1]
    return (
        (middle in GIVEN_NAMES or in_nicknames_data(middle))
        and len(last) >= _MIN_LETTERS
        and last.isalpha()
        and not is_english(last)
        and last not in _country_name_words()
    )


def without_foreign_article(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `expected` is a title opening with an article of another language ("le
    dejeuner sur l herbe", "der blaue reiter") and `given` is the rest, two words or more: the
    title as English speakers say it. One word left ("Traviata", "Paz" of La Paz, "Havre")
    may be a place that keeps its article, so no."""
    return len(expected) > 2 and expected[0] in _FOREIGN_ARTICLES and given == expected[1:]


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


# "Richard Neville, Earl of Warwick", "George, Duke of Clarence", "Raymond IV, Count of
# Toulouse": a person's name, a comma, and the title of a peer or a churchman. Not a ruler's
# ("Henry VII, King of England"): many people held that title, one at a time.
_NAMED_WITH_TITLE = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}),\s+"
    r"(?P<title>(?P<rank>(?:Grand\s+)?(?:Duke|Duchess|Earl|Marquess|Marquis|Viscount|Viscountess|"
    r"Baron|Baroness|Count|Countess|Archbishop|Bishop|Lord|Lady))\s+of\s+(?P<seat>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))$"
)


def title_sides(item: str) -> tuple[str, ...]:
    """The names a teacher accepts for a person the key writes "Name, Title of Place": the
    title alone ("Earl of Warwick", which `peer_by_seat` then takes as "Warwick" too), the name
    alone when it says who without the title (two words or more: "Richard Neville"; a bare
    first name such as "George" is many people's), and the first name "of" the place
    ("Raymond of Toulouse", "Richard of York"), the way chronicles name such men. Empty for any
    other key; the key itself stays the answer shown."""
    found = _NAMED_WITH_TITLE.match(item.strip()) if ", " in item else None
    if found is None:
        return ()
    name, title, seat = found.group("name"), found.group("title"), found.group("seat")
    words = name.split()
    sides = [title]
    if len(words) > 1:
        sides.append(name)
    if fold(words[0]) in GIVEN_NAMES or in_nicknames_data(fold(words[0])):
        sides.append(f"{words[0]} of {seat}")
    return tuple(sides)


_RARE_SURNAME_ZIPF = 2.5  # a word this rare in English text is no word a student means by it


def rare_surname(words: tuple[str, ...], written: str) -> bool:
    """True when `written`, two capitalised words, reads as a first name and a surname though the
    first is also a word of English ("Lambert Simnel", "Tam Dalyell"): the first is an English
    word or a given name, the second is no word of English, rare in English text (wordfreq), and
    no country's word. `reads_as_a_name` wants both words foreign; a first name that is a word
    too ("lambert", "tam", "amber") made the surname alone refused for these people only. A
    place or thing named with an English word and a foreign one ("Magna Carta", "Taj Mahal")
    opens with no English word; "Hong Kong" ends with one."""
    shown = written.split()
    if len(words) != 2 or len(shown) != 2 or not all(w[:1].isupper() for w in shown):
        return False
    first, surname = words
    if not (first.isalpha() and surname.isalpha()) or min(len(first), len(surname)) < _MIN_LETTERS:
        return False
    if not (is_english(first) or first in GIVEN_NAMES or in_nicknames_data(first)):
        return False
    if is_english(surname) or surname in _country_name_words() or surname in country_words():
        return False
    from wordfreq import zipf_frequency  # the bot loads wordfreq already (`_grade_kinds`)

    return zipf_frequency(surname, "en") < _RARE_SURNAME_ZIPF


# A word of romanised Japanese (Hepburn, macrons folded away): its syllables ("shi", "chi",
# "tsu", "fu", "ji"; never "ti", "di", "si", "hu", "fi" of other languages), "n" before a
# consonant or at the end, a doubled consonant before one ("Hattori", "Ikki").
_JAPANESE_WORD = re.compile(
    r"^(?:(?:kk|ss|tt|pp|tch)?"
    r"(?:(?:ky|gy|ny|hy|by|py|my|ry|sh|ch|j)[auo]|(?:sh|ch|j)i|[kgnhbpmr][aeiou]|[sz][aueo]"
    r"|[td][aeo]|ts?u|fu|y[auo]|w[ao]|[aeiou])|n(?![aeiouy]))+$"
)
# A syllable of pinyin, the romanisation of Chinese names ("Mao Zedong", "Zhou Enlai").
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui"
    r"|un|uo|a|e|i|o|u)"
)
# How Japanese given names end ("Naosuke", "Yoshinobu", "Hirobumi", "Heihachirō", "Yukio"), and
# family names seldom do ("Sakamoto", "Iwakura", "Saigō", "Itō"): which of two Japanese words is
# the given name, when romanised names come in either order ("Akira Kurosawa", "Ōkubo
# Toshimichi").
_JAPANESE_GIVEN_ENDINGS = (
    *"suke nobu mori michi tomo nori masa hide taka yoshi hiro kazu ichi yuki naga".split(),  # noqa: SIM905
    *"shi ro zo ma mi ko io eo uo".split(),  # noqa: SIM905
)
_JAPANESE_FAMILY_ENDINGS = tuple(
    "kami gami moto yama kawa gawa mura shima jima saki zaki hara bara sawa zawa hashi".split()  # noqa: SIM905
)
_PINYIN_FAMILY = re.compile(rf"^{_PINYIN_SYLLABLE}$")
_PINYIN_GIVEN = re.compile(rf"^{_PINYIN_SYLLABLE}(?:-?{_PINYIN_SYLLABLE})?$")


@lru_cache(maxsize=16384)
def family_name_first(words: tuple[str, ...], written: str) -> bool:
    """True when `written`, two capitalised words (folded: `words`), is an East Asian name in
    its own order, family name first ("Saigō Takamori", "Ii Naosuke", "Mao Zedong"): both words
    romanised Japanese, the second ending as given names do and the first not ("Akira Kurosawa"
    is in Western order), or a one-syllable pinyin family name and a given name of one or two
    syllables; and the first word no given name of the project's lists, which a Western name
    ("Maria Kato", "Ben Hogan") opens with. Then the family name alone names the person as the
    surname does a Western name, and `is_trailing_part`'s last word is the given name."""
    shown = written.split()
    if len(words) != 2 or len(shown) != 2 or not all(w[:1].isupper() for w in shown):
        return False
    family, given = words
    if not (family.isalpha() and given.replace("-", "").isalpha()) or len(given) < _MIN_LETTERS:
        return False
    japanese = (
        _JAPANESE_WORD.match(family) is not None
        and _JAPANESE_WORD.match(given) is not None
        and given.endswith(_JAPANESE_GIVEN_ENDINGS)
        and not given.endswith(_JAPANESE_FAMILY_ENDINGS)
        and not family.endswith(_JAPANESE_GIVEN_ENDINGS)
    )
    chinese = _PINYIN_FAMILY.match(family) is not None and _PINYIN_GIVEN.match(given) is not None
    if not (japanese or chinese):
        return False
    # A family name written with its long vowels marked ("Tōgō") is not the country or the
    # word its folded letters spell ("Togo"): the notes' own spelling says which.
    marked = shown[0].casefold() != family
    if family in GIVEN_NAMES or in_nicknames_data(family) or (is_english(family) and not marked):
        return False
    countries = _country_name_words()
    return not (is_english(given) or (family in countries and not marked) or given in countries)


# Words that open a place's name in the languages whose given names open people's: "Monte
# Carlo", "Santa Fe", "San Marino", "Mont Blanc", "Rio Grande", "Port Louis", "Lake Victoria".
_PLACE_OPENERS = frozenset(
    """
    monte mont montes santa santo san sao rio porto puerto costa villa isla lago sierra cabo
    ciudad bahia fort port mount lake cape new saint st bad ban
    """.split()  # noqa: SIM905
)
# The small words inside a person's name ("Vasco Núñez de Balboa", "Ludwig van Beethoven").
_NAME_PARTICLES = frozenset(
    {"de", "da", "do", "dos", "das", "del", "della", "di", "van", "von", "der", "den", "la", "le"}
    | {"du", "y", "ter", "ten", "zu"}
)


_NAME_PARTS = re.compile(r"[\s-]+")
_RARE_WORD_ZIPF = 3.0  # "cade" (2.96), "scrooge": rare as words, so a surname after a first name


def _rare_word(word: str) -> bool:
    """True for a word of English rare in English text ("cade"; not "conquest", "falcon")."""
    from wordfreq import zipf_frequency  # the bot loads wordfreq already (`_grade_kinds`)

    return zipf_frequency(word, "en") < _RARE_WORD_ZIPF


def world_given_name(words: tuple[str, ...], written: str) -> bool:
    """True when `written`, two or three capitalised names (particles between them may be lower
    case), opens with a given name of some language (`in_world_given_names`: "Gustave Eiffel",
    "Beatrix Potter", "Vasco Núñez de Balboa"), so its surname may stand for it. Not a place
    opening with a word places open with ("Monte Carlo", "Santa Fe"), not a word of English
    after a first name English knows too ("Norman Conquest", "Rose Garden"; "Beatrix Potter"
    is a person), nor a name ending in a country's word."""
    shown = _NAME_PARTS.split(written.strip())  # "Jemima Parry-Jones": three names
    if len(shown) != len(words) or not 2 <= len(words) <= _MAX_NAME_WORDS + 1:
        return False
    named = [w for w in words if w not in _NAME_PARTICLES]
    if not 2 <= len(named) <= _MAX_NAME_WORDS or words[0] != named[0] or words[-1] != named[-1]:
        return False
    if any(
        not s[:1].isupper() for s, w in zip(shown, words, strict=True) if w not in _NAME_PARTICLES
    ):
        return False
    first, last = words[0], words[-1]
    if len(first) < _MIN_LETTERS or not (first.isalpha() and last.isalpha()):
        return False
    if first in _PLACE_OPENERS or not in_world_given_names(first):
        return False
    if len(named) < len(words) and len(named) == 2 and not in_nicknames_data(first):
        return False  # "Santiago de Compostela": a place as often as a person
    if is_lower_case_word(last) and is_english(first) and not _rare_word(last):
        return False  # "Norman Conquest", "Rose Garden": a word of English after a name's word
    return last not in _country_name_words() and last not in country_words()
