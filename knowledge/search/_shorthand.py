"""Shorthand of terse notes: "N Korean army invades S", "govt corrupt", "popular w/ peasants bc
of land reform", "reps savagery (ch4)", "served in the navy in WW2".

Students revising write compass points as capital letters and common words in their usual short
forms; a question asks in full ("when did North Korea invade the South?", "why was the government
unpopular?"). Only shorthand in wide use in English notes is kept here — no subject's vocabulary.
A compass letter counts only as a capital standing alone and not after a number ("10 N" is ten
newtons, "60 W" sixty watts).
"""

from __future__ import annotations

import re

# Short forms any English notes use, folded, with the word they stand for.
SHORT_FORMS: dict[str, str] = {
    "govt": "government",
    "gov": "government",
    "govts": "governments",
    "bc": "because",
    "cos": "because",
    "yrs": "years",
    "yr": "year",
    "approx": "approximately",
    "esp": "especially",
    "dept": "department",
    "intl": "international",
    "natl": "national",
    "thru": "through",
    "temp": "temperature",
    "temps": "temperatures",
    "info": "information",
    "ppl": "people",
    "eg": "example",
    "avg": "average",
    "eq": "equation",
    "eqn": "equation",
    "eqns": "equations",
    "sg": "singular",  # grammar tables: "Acc. sg", "1st pl"
    "pl": "plural",
    "reps": "represents",  # "reps savagery, dictatorship": a character or symbol in literature notes
}
_SLASHED = re.compile(r"(?<![\w/])(w/o|w/|b/c)(?=\s|\w|$)", re.IGNORECASE)
_SLASHED_MEANS = {"w/o": "without", "w/": "with", "b/c": "because"}
_COMPASS = re.compile(r"(?<![\w'’.])(?<!\d )(NE|NW|SE|SW|N|S|E|W)(?![\w'’])")
# The last letter of every `_COMPASS` match: a compass capital with no word character after it.
_MAY_BE_COMPASS = re.compile(r"[NSEW](?![\w'’])")
_COMPASS_MEANS = {
    "N": "north",
    "S": "south",
    "E": "east",
    "W": "west",
    "NE": "north east",
    "NW": "north west",
    "SE": "south east",
    "SW": "south west",
}
# "US" folds to the pronoun "us", a stop word: written in capitals it is the country.
_US = re.compile(r"(?<![\w.])(?:US|U\.S\.)(?![\w'’])")
_WORD = re.compile(r"[A-Za-z]+")
# A chapter by number: "ch4", "ch 9", "Ch.12", "chap 3" (not "CH4", methane's formula).
_CHAPTER = re.compile(r"(?<![\w.])[Cc]h(?:ap)?\.?\s?(\d{1,3})(?![\w])")
# The world wars by number: "WW2", "WWII", "ww1".
_WORLD_WAR = re.compile(r"(?<![\w])ww\s?(2|ii|1|i)(?![\w])", re.IGNORECASE)
_WORLD_WAR_MEANS = {"1": "first", "i": "first", "2": "second", "ii": "second"}
# "e.g." written with its stops ("eg" without them is a short form above)
# The logician's signs for "therefore" and "because": "∴ the mind is not the body" is what an
# argument concludes, "∵ …" the reason for the line above.
_SIGN_MEANS = {"∴": "therefore conclusion", "∵": "because reason"}
# A life's dates in a timeline's shorthand: "d. 1955", "b. 1911" (lower case, before a figure).
_LIFE = re.compile(r"(?<![\w.])([bd])\.\s?(?=\d)")
_LIFE_MEANS = {"b": "born", "d": "died"}
_FOR_EXAMPLE = re.compile(r"(?<![\w.])e\.\s?g\.?(?!\w)", re.IGNORECASE)


def spelt_in_full(text: str) -> str:
    """The words a line's shorthand stands for, space-separated ("" when it has none): "N Korean
    army invades S" -> "north south"; "govt corrupt" -> "government"; "US troops" -> "united
    states america american"."""
    # Each expression is searched only where what it must hold is there: every line of a deck
    # is asked this, and the expressions' look-behinds are tried at every character.
    found: list[str] = []
    if _MAY_BE_COMPASS.search(text) is not None:
        found += [_COMPASS_MEANS[match.group(1)] for match in _COMPASS.finditer(text)]
    if "/" in text:
        found += [_SLASHED_MEANS[match.group(1).casefold()] for match in _SLASHED.finditer(text)]
    if "U" in text and _US.search(text):
        found.append("united states america american")
    if "." in text and _FOR_EXAMPLE.search(text) is not None:
        found.append("example")
    if "h" in text:
        found += [f"chapter {match.group(1)}" for match in _CHAPTER.finditer(text)]
    if "w" in text or "W" in text:
        found += [
            f"{_WORLD_WAR_MEANS[match.group(1).casefold()]} world war"
            for match in _WORLD_WAR.finditer(text)
        ]
    found += [_SIGN_MEANS[sign] for sign in _SIGN_MEANS if sign in text]
    if "." in text:  # "d. 1955 aged 12", "(b. 1911)": died and born, before a year
        found += [_LIFE_MEANS[match.group(1)] for match in _LIFE.finditer(text)]
    words = _WORD.findall(text)
    if not SHORT_FORMS.keys().isdisjoint(words):
        found += [  # lower case only: "BC" is a date, "Temp" a name
            SHORT_FORMS[word] for word in words if word in SHORT_FORMS and word == word.casefold()
        ]
    return " ".join(found)


def full_form(word: str) -> str | None:
    """The word a question's (folded) short form stands for: "govt" -> "government"."""
    return SHORT_FORMS.get(word)


# A line of the notes that lists their own shorthand: "abbrevs: ppts = participants, sig =
# significant", "key: c. = circa, tr. pl. = tribune of the plebs", "Abbreviations: RC = Roman
# Catholic, CofE = Church of England".
_LEGEND = re.compile(
    r"^\W*(?:key|legend|abbrevs?|abbreviations?|abbr|shorthand)\s*[:\-–—]\s*(?P<items>.+)$",
    re.IGNORECASE,
)
_LEGEND_ITEM = re.compile(r"^(?P<short>[^=]{1,12}?)\s*=\s*(?P<long>[^=]+)$")
_ASIDE = re.compile(r"\([^()]*\)")
MAX_LEGEND_WORDS = 5  # "tribune of the plebs": a longer right-hand side is no spelling-out
MAX_SHORT_WORDS = 2  # "tr. pl."


def legend_pairs(line: str) -> list[tuple[str, str]]:
    """The (short, long) pairs of a line listing the notes' shorthand ("abbrevs: ppts =
    participants, sig = significant" -> [("ppts", "participants"), ("sig", "significant")]),
    or none: an item whose short side is longer than a word or two, or whose long side is more
    than a few words, spells nothing out ("★ = must know" is kept: the caller drops sides
    without words)."""
    found = _LEGEND.match(line)
    if found is None:
        return []
    pairs = []
    for item in re.split(r"[,;]\s+", _ASIDE.sub(" ", found.group("items"))):
        parts = _LEGEND_ITEM.match(item.strip())
        if parts is None:
            continue
        short, long = parts.group("short").strip(), parts.group("long").strip(" .")
        if len(short.split()) <= MAX_SHORT_WORDS and 0 < len(long.split()) <= MAX_LEGEND_WORDS:
            pairs.append((short, long))
    return pairs
