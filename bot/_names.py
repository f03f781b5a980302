"""When part of a name stands for the whole: "Nagy" for "Imre Nagy", and "Imre Nagy" for "Nagy".

Students answer with a surname, or add a first name or title to one. Strings alone cannot tell a
person from a place or a thing, so the rule is narrow and leans on English word order:

- the long form must look like a proper name as written in the notes (every word capitalised, apart
  from particles such as "de" or "von"; no digits; at most four words);
- the short form is the END of the long form (surname, not first name);
- the long form must not end in a category noun ("Warsaw Pact", "Berlin Wall", "Test Ban Treaty"):
  there the last word names the kind of thing and the words before it say which one;
- the words left out must not change which thing is meant ("East Germany" is not "Germany") and
  must not be a hedge ("not Nagy", "Gerő or Nagy").
"""

from __future__ import annotations

import re

MAX_NAME_WORDS = 4
# Titles written after a name, not before it ("Hülegü Khan", "Kara Mustafa Pasha", "Ali Bey").
TITLES_AFTER = frozenset({"khan", "khagan", "pasha", "bey", "beg", "effendi", "agha", "shah"})
# Titles written before a name in the languages English notes quote them in, which the list of
# English titles (`knowledge.given_names.TITLES`, also read by /ask) lacks: "Raja Ravi Varma",
# "Nawab Wajid Ali Shah", "Guru Nanak". The name after one is a person's, so its end names him.
TITLES_BEFORE = frozenset(
    {
        "raja", "rajah", "maharaja", "maharajah", "rani", "maharani", "nawab", "begum", "guru",
        "sheikh", "shaikh", "emir", "khedive", "pharaoh", "mullah", "ayatollah",
    }
)  # fmt: skip


# Nouns that open the name of a place or an institution named after someone ("Musée Marmottan
# Monet", "Lake Victoria", "Fort Sumter", "Gare Saint-Lazare"): its end is that person's name,
# not the place's, so it is no rival of the person's surname.
_NAMED_FOR_NOUNS = frozenset(
    {
        "musee", "museum", "museo", "gallery", "galerie", "galleria", "college", "university",
        "universite", "institute", "institut", "hospital", "hopital", "foundation", "fondation",
        "prize", "prix", "award", "medal", "station", "gare", "rue", "avenue", "boulevard",
        "place", "plaza", "piazza", "pont", "lycee", "academy", "academie", "theatre", "theater",
        "lake", "mount", "fort", "cape",
    }
)  # fmt: skip


def named_for(words: tuple[str, ...]) -> bool:
    """True when folded `words` name a place or an institution after someone (`_NAMED_FOR_NOUNS`)."""
    return len(words) > 1 and words[0] in _NAMED_FOR_NOUNS


# The nouns of a street, written before its name ("35 boulevard des Capucines", "12 rue de
# Rivoli") or after it ("10 Downing Street"): a number before such a street is a house's.
# ("place" is no street's noun here: "2nd place" is a rank.)
STREETS_BEFORE = frozenset(
    {"rue", "boulevard", "avenue", "quai", "via", "viale", "corso", "calle", "piazza"}
)
_STREETS_AFTER = frozenset({"street", "road", "avenue", "lane", "square", "row", "terrace"})
_HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?")


def street_of_address(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The street of folded `words` that are a house's number and a street ("35 boulevard des
    capucines": "boulevard des capucines"; "10 downing street"), else None."""
    if len(words) < 3 or not _HOUSE_NUMBER.fullmatch(words[0]):
        return None
    if words[1] in STREETS_BEFORE or words[-1] in _STREETS_AFTER:
        return words[1:]
    return None


def titled_name(words: tuple[str, ...]) -> bool:
    """True when folded `words` are one of `TITLES_BEFORE` and a name of a word or more."""
    return len(words) > 1 and words[0] in TITLES_BEFORE


_PARTICLES = frozenset(
    {
        "de", "da", "di", "del", "della", "der", "den", "van", "von", "la", "le", "du", "dos",
        "das", "bin", "ibn", "al", "el", "y", "af", "ter", "zu",
    }
)  # fmt: skip
_CATEGORY_NOUNS = frozenset(
    {
        "pact", "treaty", "treaties", "wall", "crisis", "war", "wars", "battle", "siege",
        "conference", "congress", "council", "summit", "revolution", "uprising", "revolt",
        "rebellion", "riot", "riots", "party", "union", "republic", "kingdom", "empire", "state",
        "states", "nation", "nations", "sea", "ocean", "river", "lake", "mountain", "mountains",
        "island", "islands", "bay", "gulf", "canal", "strait", "peninsula", "desert", "valley",
        "city", "town", "village", "act", "bill", "law", "laws", "plan", "doctrine", "policy",
        "agreement", "accord", "accords", "alliance", "league", "organisation", "organization",
        "movement", "front", "army", "navy", "force", "forces", "corps", "bank", "church",
        "committee", "commission", "province", "region", "district", "street", "square", "palace",
        "bridge", "tower", "house", "hall", "museum", "university", "college", "school", "theory",
        "effect", "principle", "equation", "reaction", "acid", "oxide", "cycle", "system",
        "speech", "declaration", "charter", "convention", "programme", "program", "course",
        "period", "era", "age", "dynasty", "airlift", "blockade", "invasion", "affair", "incident",
        "massacre", "strike", "march", "trial", "trials", "scandal", "deal", "reform", "reforms",
        "model", "index", "constant", "test", "tests", "ban", "operation", "conflict", "election",
        "elections", "government", "ministry", "regime", "talks", "process", "report", "protocol",
        "resolution", "rising", "coup", "offensive", "campaign", "line", "curtain", "gap", "race",
    }
)  # fmt: skip
_QUALIFIERS = frozenset(
    {
        "east", "west", "north", "south", "eastern", "western", "northern", "southern", "central",
        "upper", "lower", "inner", "outer", "new", "old", "great", "greater", "little", "lesser",
        "united", "federal", "democratic", "peoples", "people", "free", "anti", "non", "pro",
        "post", "pre", "neo", "counter", "sub", "semi", "early", "late", "high", "low", "middle",
        "red", "white", "black", "first", "second", "third",
    }
)  # fmt: skip
_HEDGES = frozenset(
    {
        "not", "no", "nor", "or", "and", "but", "either", "neither", "maybe", "perhaps",
        "probably", "possibly", "think", "guess", "i", "it", "is", "was", "its", "the", "a", "an",
        "of", "by", "to", "in", "on", "at", "for", "with", "from", "than", "like",
    }
)  # fmt: skip
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.]*", re.UNICODE)
# A particle joined to the capitalised word after it by a hyphen or an apostrophe: "al-Tusi",
# "ad-Din", "d'Orbais", "de' Medici" (read as a particle, "al", where a name's words are counted).
_JOINED_PARTICLE = re.compile(
    r"(?<![\w'’])(?:a[dlnrstz]|ash|[eu][dln]|d|de|dell|l)(?:-|['’]\s?)(?=[A-ZÀ-Þ])"
)


_MIN_PARTICLE_NAME_WORDS = 3


def particle_name(text: str) -> bool:
    """True for a name of three words or more with a particle joined to a capitalised word
    ("Nasir al-Din al-Tusi", "Cosimo II de' Medici"): a person's name, as places' names rarely
    are, so its end (with or without the particle) may stand for it. Not a name of two ("Nur
    ad-Din", "Salah ad-Din"): one name in two halves, whose second half ("Din") is no one's."""
    if _JOINED_PARTICLE.search(text) is None or not looks_like_name(text):
        return False
    parts = _NAME_BREAK.split(_JOINED_PARTICLE.sub("al ", text.strip()))
    return sum(part.casefold() not in _PARTICLES for part in parts) >= _MIN_PARTICLE_NAME_WORDS


_NAME_BREAK = re.compile(r"[\s\-–]+")


def looks_like_name(text: str) -> bool:
    """True when `text` is written like a proper name: "Imre Nagy", "J. F. Kennedy", "Charles de
    Gaulle"; not "containment", "30,000 troops" or "Spirit of Geneva" (a lowercase word)."""
    text = text.strip()
    if "-" in text or "'" in text or "’" in text:  # "Nur ad-Din", "Jean d'Orbais", "de' Medici"
        text = _JOINED_PARTICLE.sub("al ", text)
    parts = _NAME_BREAK.split(text)  # compiled once: a big deck's grader asks every name
    named = [part for part in parts if part.casefold() not in _PARTICLES]
    if not 1 <= len(named) <= MAX_NAME_WORDS or len(parts) > 2 * MAX_NAME_WORDS:
        return False
    for part in parts:
        if not _NAME_WORD.fullmatch(part):
            return False
        if not part[0].isupper() and part.casefold() not in _PARTICLES:
            return False
    return not all(p.casefold() in _PARTICLES for p in parts)


def is_trailing_part(part: tuple[str, ...], whole: tuple[str, ...], whole_is_name: bool) -> bool:
    """True when the folded words `part` name the same person as the longer name `whole`
    ("nagy" of "imre nagy"; "b johnson" of "lyndon b johnson")."""
    if not whole_is_name or not part or len(part) >= len(whole):
        return False
    if whole[-len(part) :] != part or whole[-1] in _CATEGORY_NOUNS:
        return False
    return not any(w in _QUALIFIERS or w in _HEDGES for w in whole[: -len(part)])


def acceptable_extras(extras: tuple[str, ...]) -> bool:
    """True when words a student put before a name could be a first name or title ("imre",
    "president", "j f") rather than a hedge or a qualifier ("not", "or", "east")."""
    return (
        0 < len(extras) < MAX_NAME_WORDS
        and all(w.isalpha() for w in extras)
        and not any(w in _QUALIFIERS or w in _HEDGES for w in extras)
    )


def ends_in_one_of_a_kind(words: tuple[str, ...]) -> bool:
    """True when the last word is a category noun in the singular ("plan", "policy", "street"):
    after a number ("5 year plan", "one child policy") it makes the number part of a name, while a
    plural ("3 Baltic states") counts things."""
    if not ends_in_category(words):
        return False
    last = words[-1]
    plural = last.endswith("s") and (
        last[:-1] in _CATEGORY_NOUNS
        or last[:-2] in _CATEGORY_NOUNS
        or last[:-3] + "y" in _CATEGORY_NOUNS
    )
    return not plural


def ends_in_category(words: tuple[str, ...]) -> bool:
    """True when the last word names a kind of thing ("pact", "wall"), so the words are not a name
    that may be reordered or shortened."""
    return bool(words) and words[-1] in _CATEGORY_NOUNS
