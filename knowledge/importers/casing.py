"""Headings typed in capitals ("CASE STUDY 1: CHILE EARTHQUAKE, 2010") as readable titles.

Outline notes often shout their section headings. Kept as written, every question's context, every
"Which topic?" option and every /explain title shouts too. A shouted heading is written in
sentence case instead, as a textbook would print it ("Case study 1: Chile earthquake, 2010"),
keeping what must stay capitalised:

- a word the notes themselves write capitalised inside a sentence ("… about 115 km from
  Concepcion", "in Nepal") is a name, and keeps its capital;
- a word the notes write in capitals elsewhere ("UNESCO", "the UK") keeps them, as does a short
  word English does not know ("GCSE", "NHS", "WW2", "II"): an acronym;
- otherwise the dictionary decides: a word it knows only with a capital ("Nepal", "Monday") keeps
  one, a word it knows in lower case ("earthquake") is written so, and a longer unknown word is
  taken for a name ("KHRUSHCHEV" -> "Khrushchev").

The first word, and the first after a colon, start with a capital. A joining word ("THE", "OF",
"IN") is written in lower case inside a heading even when the notes capitalise it in a title they
quote ("The Starry Night"), and letters written onto a number are a decade or an ordinal, in
lower case ("THE 1860S" -> "the 1860s", "19TH" -> "19th").
"""

from __future__ import annotations

import re
from collections.abc import Container

from knowledge.given_names import names_a_person_in_capitals

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_SHOUTED_LETTERS = 4
_MAX_ACRONYM = 5
_JOINERS = frozenset({"and", "of", "the", "in", "on", "at", "to", "for", "or", "vs"})
# "A" before a word in capitals is the article, not an initial ("HOW A POWER STATION …" is no
# person "A Power"); "I" is the pronoun or a numeral.
_ARTICLES = frozenset({"a", "i"})
_BRACKET = re.compile(r"\([^()]*\)")


def is_shouted(text: str) -> bool:
    """True for a heading in capitals: every word of two or more letters is upper case but for a
    short plural of an acronym ("THE FOUR Ps"), with enough letters to tell. A bracket the teacher
    added in lower case ("DEVELOPMENT OF THE MODEL OF THE ATOM (learn in order)") leaves the heading
    shouted when the words outside it are ("ADAPTATIONS (learn examples)"): else its "OF" and "THE"
    would be taken for acronyms the notes write in capitals, and every other heading would keep
    them."""
    outside = _BRACKET.sub(" ", text)
    if outside != text and _shouted(outside):
        return True
    return _shouted(text)


def _shouted(text: str) -> bool:
    words = _words_off_numbers(text)
    letters = sum(len(word) for word in words)
    if letters < _MIN_SHOUTED_LETTERS or not any(len(word) >= 3 for word in words):
        return False
    shouted = [word for word in words if word.isupper()]
    others = [word for word in words if not word.isupper()]
    return len(shouted) >= 1 and all(_acronym_plural(word) for word in others)


def _words_off_numbers(text: str) -> list[str]:
    """The words of `text` but letters written onto a number ("c1066", "1990s", "5km"): they are
    the way a date or a figure is written, not the heading's case, so "GCSE HISTORY - THE NORMANS,
    c1066-1100" is shouted (kept as written, its "THE" and "HISTORY" had been taken for acronyms
    and every other heading kept them: "THE Church")."""
    return [
        match.group()
        for match in _TOKEN.finditer(text)
        if not (match.start() > 0 and text[match.start() - 1].isdigit())
        and not (match.end() < len(text) and text[match.end()].isdigit())
    ]


def _acronym_plural(word: str) -> bool:
    return len(word) <= _MAX_ACRONYM and word[:-1].isupper() and word[-1] == "s"


def names_in(lines: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the notes write capitalised inside a sentence (names), and those they write in
    capitals (acronyms), both in upper case, from the lines that are not themselves shouted."""
    names: set[str] = set()
    acronyms: set[str] = set()
    for line in lines:
        if is_shouted(line):
            continue
        tokens = list(_TOKEN.finditer(line))
        shouting = _shouted_runs(tokens)
        previous = ""
        for at, match in enumerate(tokens):
            word = match.group()
            opening = not previous or _ends_sentence(line, match.start())
            if len(word) >= 2 and word.isupper():
                if at not in shouting and word.casefold() not in _JOINERS:
                    acronyms.add(word)
            elif word[0].isupper() and not opening:
                names.add(word.upper())
            previous = word
    return frozenset(names), frozenset(acronyms)


def _ends_sentence(line: str, end: int) -> bool:
    """True when `line[:end]` ends, but for spaces, with a sentence's or clause's end mark (". ! ?
    : ;"), read from its end back over the spaces only: a pattern searched through the whole of
    it before each word was quadratic in a line's length (a 350 KB line took minutes)."""
    while end > 0 and line[end - 1].isspace():
        end -= 1
    return end > 0 and line[end - 1] in ".!?:;"


# Words in capitals running on this long are a shouted title, not acronyms side by side.
_MIN_SHOUTED_RUN = 3


def _shouted_runs(tokens: list[re.Match[str]]) -> set[int]:
    """The positions of words in runs of `_MIN_SHOUTED_RUN` or more words in capitals: a title
    shouted before a lower-case tail ("BIOLOGY PAPER 2 - HOMEOSTASIS AND RESPONSE (topic 5)
    revision notes") writes its words so, not as acronyms; taken for acronyms, its "AND" stayed
    in capitals in every other heading ("Adrenaline AND thyroxine")."""
    found: set[int] = set()
    run: list[int] = []
    for at, match in enumerate([*tokens, None]):
        if match is not None and len(match.group()) >= 2 and match.group().isupper():
            run.append(at)
            continue
        if len(run) >= _MIN_SHOUTED_RUN:
            found.update(run)
        run = []
    return found


def readable(text: str, names: frozenset[str], acronyms: frozenset[str]) -> str:
    """`text` in sentence case when it is shouted (see the module docstring); else as it is."""
    if not is_shouted(text):
        return text
    from knowledge.search._dictionary import english_words  # loaded only for a shouted heading

    known = english_words()
    out: list[str] = []
    position = 0
    capital_next = True
    tokens = list(_TOKEN.finditer(text))
    person = _people_words(text, tokens)
    for at, match in enumerate(tokens):
        gap = text[position : match.start()]
        if ":" in gap:
            capital_next = True
        out.append(gap)
        word = match.group()
        roman = _ROMAN.fullmatch(word) is not None
        numbering = at == 0 and (roman or len(word) == 1) and text[match.end() :][:1] in ".)"
        if numbering or roman:
            # "III. LIFE IN …" -> "III. Life in …", "B) THE …" -> "B) The …"; "CHARLES II" ->
            # "Charles II": a heading's number or a numeral, with the capitals it was typed in
            out.append(word)
            capital_next = numbering
            position = match.end()
            continue
        if match.start() > 0 and text[match.start() - 1].isdigit():
            # "1860S", "19TH": a decade or an ordinal ("5KM" and "C1066" keep their case)
            out.append(word.lower() if word.lower() in _NUMBER_ENDINGS else word)
        elif at in person:
            out.append(word[:1] + word[1:].lower())  # "JOHN SNOW": a person, "John Snow"
        elif len(word) == 1:
            out.append(_letter(word, _before_word(text, tokens, at), first=capital_next))
        else:
            out.append(_word(word, names, acronyms, known, first=capital_next))
        capital_next = False
        position = match.end()
    out.append(text[position:])
    return "".join(out)


# Letters written onto a number that make it a decade or an ordinal.
_NUMBER_ENDINGS = frozenset({"s", "st", "nd", "rd", "th"})

# A Roman numeral of a heading's number or a monarch's name ("III.", "CHARLES II"): no English
# word is written with I, V and X alone.
_ROMAN = re.compile(r"(?=[IVX]{2,4}$)X{0,3}(?:IX|IV|V?I{0,3})")


def _before_word(text: str, tokens: list[re.Match[str]], at: int) -> bool:
    """True when the word at `at` has a word after it that an article could go with, with only
    a space between ("A POWER", not "PLAN A AND …" nor "A-LEVEL")."""
    following = tokens[at + 1] if at + 1 < len(tokens) else None
    return (
        following is not None
        and text[tokens[at].end() : following.start()].isspace()
        and following.group().casefold() not in _JOINERS
    )


def _letter(word: str, before_word: bool, *, first: bool) -> str:
    """A one-letter word of a shouted heading: "A" before a word is the article ("HOW A POWER
    STATION WORKS" -> "How a power station works"); any other letter, or "A" with no word after
    it, is a letter that keeps its capital ("VITAMIN C", "PLAN A", "A-LEVEL")."""
    if word.upper() == "A" and before_word and not first:
        return "a"
    return word


def _people_words(text: str, tokens: list[re.Match[str]]) -> set[int]:
    """The positions of the words naming a person in a shouted heading: a title or a common given
    name and the word after it, with nothing but a space between ("JOHN SNOW, BROAD STREET" ->
    "John Snow", "DR JOHN SNOW"). The dictionary knows "john" and "snow" in lower case, so
    without this the name would come out as "John snow"."""
    found: set[int] = set()
    for at in range(len(tokens) - 1):
        first, second = tokens[at], tokens[at + 1]
        words = (first.group().casefold(), second.group().casefold())
        if (
            text[first.end() : second.start()].strip() == ""
            and words[0] not in _ARTICLES
            and words[1] not in _JOINERS
            and len(words[1]) > 1
            and names_a_person_in_capitals(words)
        ):
            found.update((at, at + 1))
    return found


def _word(
    word: str,
    names: frozenset[str],
    acronyms: frozenset[str],
    known: Container[str],
    *,
    first: bool,
) -> str:
    if not word.isupper() or word == "I":
        return word  # "Ps" in "THE FOUR Ps", as written; "I" is a word or a numeral
    stem = re.split(r"['’]", word)[0]
    if not first and word.lower() in _JOINERS:
        # "PARIS IN THE 1860S": a title the notes quote ("The Starry Night") makes no name of "The"
        return word.lower()
    if stem in acronyms or word in acronyms:
        return word
    lower = word.lower()
    capitalised = lower[:1].upper() + lower[1:]
    if stem in names:
        return capitalised
    in_lower = stem.lower() in known
    in_capital = stem.capitalize() in known
    if not in_lower and not in_capital and len(stem) <= _MAX_ACRONYM and len(stem) >= 2:
        return word  # "GCSE", "NHS": an acronym English does not know as a word
    if (in_capital and not in_lower) or not (in_lower or in_capital):
        return capitalised  # "NEPAL", or an unknown longer word: a name
    return capitalised if first else lower
