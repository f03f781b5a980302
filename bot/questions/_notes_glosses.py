"""More other names a line of notes gives a thing in brackets, read off the line's shape.

`_notes_names` reads the usual ways notes name a thing twice; a teacher's notes also write:

- an "aka" after something else inside the bracket that follows the line's opening name:
  "Nazi-Soviet Pact (August 1939, aka Molotov-Ribbentrop Pact) – …" (`bracket_aka`);
- a capitalised name with the number of its article, clause or section in brackets: "War Guilt
  Clause (Article 231) – …" (`numbered_name`) — not a date ("Mukden Incident (September
  1931)"), a citation ("(Tulving 1985)") or a course's part ("(Theme 1)");
- a short form of one of its words, used where the word is used too: "white ppt" beside "white
  precipitate" (`short_forms`);
- a word's other name set beside it by a dash: "a diktat – a dictated peace," (`dash_gloss`);
- a substance's or an ion's formula in brackets after its name: "iron(III) ions (Fe3+)",
  "sodium hydroxide (NaOH)" (`named_formula`).

The caller (`bot.questions._aliases`) checks each pair against the deck, as for the others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from wordfreq import zipf_frequency

from bot.questions._words import STOP_WORDS
from knowledge.search._dictionary import is_english
from knowledge.search._lemma import lemma

_BULLET = r"^\s*(?:[-*•]\s+)?"
# "Name (…, aka Other)": the name opens the line (up to five words), the "aka" is not the
# bracket's first word (that is `_notes_names.also_pairs`'s).
_BRACKET_AKA = re.compile(
    _BULLET
    + r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,4}?)\s*\([^()]*?[,;]\s*"
    + r"(?:aka|a\.k\.a\.|also\s+(?:called|known\s+as))\s+"
    + r"(?P<other>[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*\)"
)


def bracket_aka(text: str) -> tuple[str, str] | None:
    """(name, other name) when the line opens "Name (…, aka Other)"."""
    found = _BRACKET_AKA.match(text) if "(" in text else None
    if found is None:
        return None
    return found.group("name"), found.group("other")


# "War Guilt Clause (Article 231)": capitalised words, then a bracket holding a capitalised word
# and a number (an article, a clause, a section of a document), then the bracket's end.
_NUMBERED = re.compile(
    r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|on|for)){0,4})\s*"
    r"\((?P<other>(?:Article|Art\.|Clause|Section|Amendment|Paragraph|Schedule)\s+\d{1,3}[a-z]?)\)"
)


def numbered_name(text: str) -> Iterator[tuple[str, str]]:
    """(name, its numbered other name) for each "Name (Article 231)" of the line: the bracket
    names a part of a document by its number (an article, a clause, a section), not a date, a
    citation ("Tulving 1985", "Matthew 25") or a course's part ("Theme 1")."""
    if "(" not in text:
        return
    for found in _NUMBERED.finditer(text):
        yield found.group("name"), found.group("other")


# A short form written in lower case ("ppt", "conc", "soln"): a few letters, rare as a word.
_SHORT = re.compile(r"(?<![\w'’-])[a-z]{2,5}(?![\w'’-])")
_WORD = re.compile(r"[^\W\d_]+")
_LONGER_BY = 3  # the word a short form stands for has at least this many letters more
_COMMON_ZIPF = 4.0  # a word this common is itself, no short form ("cap", "pot")
_MIN_SHARED = 3  # neighbours the two must share: one or two could be chance
MAX_SHORT_FORM_LINES = 5000


def short_forms(lines: Sequence[str]) -> Iterator[tuple[str, str]]:
    """(word, short form) for each lower-case short form the notes use for one of their words:
    the form's letters are that word's in order, from its first ("ppt" in "precipitate"), the
    two are written after or before the same words in the notes ("white ppt", "white
    precipitate"; "green ppt", "green precipitate"), and no other word of the notes fits. A
    common word ("cap", "pot") is itself, no short form. The lines are read for the short forms
    first, then only for the words beside them. A short form is a habit of one teacher's notes,
    a few thousand lines: a bigger upload (flashcards by the ten thousand, where reading every
    word's neighbours took seconds) is not read for them."""
    if len(lines) > MAX_SHORT_FORM_LINES:
        return
    candidates = {
        short for line in lines for short in _SHORT.findall(line) if short not in STOP_WORDS
    }
    shorts = {short for short in candidates if zipf_frequency(short, "en") < _COMMON_ZIPF}
    if not shorts:
        return
    split = [[w.casefold() for w in _WORD.findall(line)] for line in lines]
    before: dict[str, set[str]] = {}  # short form -> the words before it, and after it
    after: dict[str, set[str]] = {}
    for words in split:
        for k, word in enumerate(words):
            if word in shorts:
                if k:
                    before.setdefault(word, set()).add(words[k - 1])
                if k + 1 < len(words):
                    after.setdefault(word, set()).add(words[k + 1])
    leading = {n for found in before.values() for n in found} - STOP_WORDS
    trailing = {n for found in after.values() for n in found} - STOP_WORDS
    follows: dict[str, set[str]] = {}  # a short form's neighbour -> the words after it
    precedes: dict[str, set[str]] = {}  # … and the words before it
    for words in split:
        for k in range(1, len(words)):
            if words[k - 1] in leading:
                follows.setdefault(words[k - 1], set()).add(words[k])
            if words[k] in trailing:
                precedes.setdefault(words[k], set()).add(words[k - 1])
    for short in sorted(shorts):
        shared: dict[str, int] = {}  # a word beside the short form's neighbours: how many
        for neighbour in before.get(short, set()) - STOP_WORDS:
            for word in follows.get(neighbour, ()):
                shared[word] = shared.get(word, 0) + 1
        for neighbour in after.get(short, set()) - STOP_WORDS:
            for word in precedes.get(neighbour, ()):
                shared[word] = shared.get(word, 0) + 1
        fits = [
            word
            for word, count in shared.items()
            if count >= _MIN_SHARED
            and len(word) >= len(short) + _LONGER_BY
            and word[0] == short[0]
            and _in_order(short, word)
            and is_english(word)
            and lemma(word) != short  # "sack" for "sacking": a word of its own
        ]
        if len(fits) == 1:
            yield fits[0], short


def _in_order(short: str, word: str) -> bool:
    """True when the letters of `short` are letters of `word`, in order."""
    rest = iter(word)
    return all(letter in rest for letter in short)


# "a diktat – a dictated peace, …": a word, a dash, and an article with two or three words ending
# at a comma, a semicolon, a full stop, a bracket or the line's end: the word's other name.
_DASH_GLOSS = re.compile(
    r"(?<![\w'’-])(?:a|an|the)\s+(?P<word>[A-Za-z][a-z'’-]+)\s+[-–—]\s+(?:a|an|the)\s+"
    r"(?P<gloss>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){1,2})\s*(?=[,;.)]|$)"
)


def dash_gloss(text: str) -> Iterator[tuple[str, str]]:
    """(word, other name) for each "a word – a few words," of the line: the dash sets the other
    name beside the word, as a bracket would."""
    if "–" not in text and "-" not in text and "—" not in text:
        return
    for found in _DASH_GLOSS.finditer(text):
        yield found.group("word"), found.group("gloss")


# "iron(III) ions (Fe3+)", "sodium hydroxide (NaOH)": a substance or an ion named in words, then
# its formula in brackets: element symbols with counts, maybe a group in brackets, maybe a charge.
_NAMED_FORMULA = re.compile(
    r"(?<![\w'’(-])(?P<name>[A-Za-z][a-z]+(?:\([IVX]+\))?(?:\s+[a-z]+(?:\([IVX]+\))?)?)\s*"
    r"\((?P<formula>(?:[A-Z][a-z]?\d*|\((?:[A-Z][a-z]?\d*)+\)\d*)+(?:\s?\d?[+\-−])?)\)"
)
_SYMBOL = re.compile(r"[A-Z][a-z]?")
# The chemical elements' symbols: a formula is made of them alone.
_ELEMENTS = frozenset(
    """
    H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
    Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb Dy
    Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm Bk Cf
    Es Fm Md No Lr Rf Db Sg Bh Hs Mt Ds Rg Cn Nh Fl Mc Lv Ts Og
    """.split()  # noqa: SIM905
)
_ION_WORDS = (" ions", " ion")


def named_formula(text: str) -> Iterator[tuple[str, str]]:
    """(name, formula) for each "name (formula)" of the line, and the name without "ions" too
    ("iron(III)" and "iron(III) ions" for "Fe3+"). A formula is element symbols only, with a
    charge, or two symbols or more with a digit or a two-letter symbol (`_a_formula`)."""
    if "(" not in text:
        return
    for found in _NAMED_FORMULA.finditer(text):
        name, formula = found.group("name"), found.group("formula")
        if not _a_formula(formula):
            continue
        yield name, formula
        for ending in _ION_WORDS:
            if name.endswith(ending) and " " in name:
                yield name.removesuffix(ending), formula


def _a_formula(text: str) -> bool:
    """True for an ion with its charge ("Cl-", "Fe3+") or a compound of two elements or more
    written with a digit or a two-letter symbol ("NaOH", "CO2"); "Pa" (a unit), "B1" and "CNS"
    are none."""
    symbols = _SYMBOL.findall(text)
    if not symbols or not all(symbol in _ELEMENTS for symbol in symbols):
        return False
    if text[-1] in "+-−":
        return True
    return len(symbols) > 1 and any(c.isdigit() or c.islower() for c in text)
