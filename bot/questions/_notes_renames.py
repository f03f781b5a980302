"""Other names a line of notes gives a thing with words that say so, or with an acronym in
another language: shapes the other readers (`_notes_names`, `_notes_glosses`, `_notes_equals`)
did not read (round 25: "Gaillard Cut", "theine", "ACP", "VOC" refused).

- a name the thing had or has after a cue: "Renamed Gaillard Cut in 1915", 'Once called
  "theine"', "now known as Sri Lanka", "formerly called the Kolyvan", "Tsaritsyn was renamed
  Stalingrad" (`renamed`): the thing is the name before "was renamed", the line's label when the
  cue follows it ("Caffeine – stimulant; … Once called “theine”"), and the label of the line a
  sub-bullet hangs from when the cue opens the line (the caller's: `RenamedIn.opening`);
- an acronym in brackets and the words it stands for, after a name: "Panama Canal Authority
  (ACP - Autoridad del Canal de Panamá)": the three are one (`acronym_bracket`);
- an organisation's acronym in its own language after its English name: "Dutch East India
  Company (VOC)" (`foreign_acronym`): only after a name ending in a word for a body (Company,
  Authority, League …), whose initials do not spell it (those are `_notes_names`').

Each reader reads text alone; the one reader (`_other_names`) checks each pair against the deck.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import NamedTuple

from bot.questions._words import STOP_WORDS
from knowledge.text import fold

# The words that say a thing is, was or will be called otherwise.
_CUE = (
    r"(?:(?:later\s+)?renamed(?:\s+(?:as|to))?"
    r"|(?:once|formerly|previously|originally|later|then|now|also|sometimes|often)\s+"
    r"(?:called|known\s+as|named|termed)"
    r"|also\s+spel(?:t|led)|a\.?k\.?a\.?"
    # "Manchester … was nicknamed "Cottonopolis"": a byname the notes give it
    r"|(?:(?:also|often|later)\s+)?nicknamed"
    # "English name Parmesan", "its Latin name is Falco peregrinus"
    r"|(?:English|Latin|French|German|Italian|Spanish|Japanese|Chinese|Arabic|local|common)"
    r"\s+name(?:\s+is)?"
    # "formerly the Hawk Board Consultative Committee": a bare cue before a capitalised name
    r"|(?:formerly|previously|originally)(?=\s+(?:the\s+)?[A-ZÀ-Þ]))"
)
# A word every cue holds, looked for before the cue's expression is run.
_CUE_WORDS = (
    "name",
    "call",
    "known",
    "term",
    "aka",
    "a.k.a",
    "spel",
    "former",
    "previous",
    "origin",
    "nick",
)
_RENAMED = re.compile(rf"(?<![\w'’-]){_CUE}\s+(?:the\s+|an?\s+)?", re.IGNORECASE)
# The other name after the cue: quoted words, or capitalised words (a few small words between).
_QUOTED = re.compile(r"[\"“‘']([^\"“”‘’']{2,40})[\"”’']")
_CAPITALISED = re.compile(
    r"[A-ZÀ-Þ][\w’'-]*(?:\s+(?:(?:of|de|del|la|le|the|and|von|van|da|di|du)\s+)?"
    r"(?:(?:el|al|ad|ar|as|at)-)?[A-ZÀ-Þ][\w’'-]*){0,3}"  # "Tell el-Amarna"
)
# A species' name, a genus and its lower-case epithet, ending the clause: "Falco peregrinus".
_BINOMIAL = re.compile(r"[A-Z][a-z]{2,}\s+[a-z]{3,}(?=\s*(?:$|[;,.)]))")
_LOWER = re.compile(r"[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}")
# A line's label: its opening words before " – ", " - ", ": " or " = ".
_LABEL = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<label>[^\W\d_][\w'’ -]{0,50}?)\s*(?:\([^()]{1,40}\)\s*)?"
    r"(?:\s[-–—]\s|:\s|\s=\s)"
)
# "Tsaritsyn was renamed Stalingrad": the capitalised name right before the cue.
_SUBJECT = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+(?:(?:of|at|de|the)\s+)?[A-ZÀ-Þ][\w’'-]*){0,3})"
    r"\s+(?:was|is|were|has\s+been)\s+(?:later\s+|then\s+)?$"
)
# "The lever escapement of a watch was once called …": the sentence's subject opens the line.
_OPENING_SUBJECT = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:the\s+|a\s+|an\s+)?(?P<name>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,2}?)"
    r"(?:\s+(?:of|in|on|at|for)\s+[^,;.()]{1,40})?\s+(?:was|is|were)\s+$",
    re.IGNORECASE,
)
# "… is chymosin, once called": the words before the comma, back to a small word.
_APPOSITIVE = re.compile(r"(?P<words>(?:[^\W\d_][\w'’-]*\s+){0,2}[^\W\d_][\w'’-]*)\s*,\s*$")
_MAX_LABEL_WORDS = 4


_MAX_CUES = 8  # cues read in one line: a hostile line of thousands costs no more
_MAX_AFTER = 120  # characters after a cue its name is read from
_MAX_BEFORE = 120  # characters before a cue its subject is read from


class Renamed(NamedTuple):
    """An other name a line gives after a cue, and the name it is of ("" when the cue opens
    the line: the thing is then the one the line hangs from)."""

    name: str
    other: str


def renamed(text: str) -> Iterator[Renamed]:
    """Each other name a cue ("renamed", "once called", "now known as", "aka") gives in the line,
    with the name it belongs to as the line shows it (see the module's rules)."""
    low = text.casefold()
    if not any(word in low for word in _CUE_WORDS):
        return  # most lines of a big upload: no cue to look for (a scan of each is slower)
    label: str | None = None
    for match in islice(_RENAMED.finditer(text), _MAX_CUES):
        other = _other_after(text[match.end() : match.end() + _MAX_AFTER])
        if not other:
            continue
        before = text[: match.start()]
        near = before[-_MAX_BEFORE:]  # the subject is right before the cue; a line may be long
        subject = _SUBJECT.search(near) or _OPENING_SUBJECT.match(before)
        if subject is not None:  # "Tsaritsyn was renamed Stalingrad"
            yield Renamed(_name_words(subject.group("name")), other)
            continue
        opener = _pronoun_subject(before)
        if opener:  # "Manchester had so many mills that it was nicknamed …"
            yield Renamed(opener, other)
            continue
        opening = before.strip(" \t-*•(")
        if not opening:  # "Renamed Gaillard Cut in 1915 …": the line it hangs from
            yield Renamed("", other)
            continue
        if label is None:
            label = line_label(text)
        if label and len(label) < match.start() and _after_a_break(before):
            yield Renamed(label, other)  # "Caffeine – stimulant; … Once called “theine”."
            continue
        appositive = _APPOSITIVE.search(near) if not label else None
        if appositive is not None and _name_words(appositive.group("words"), last=True):
            # "The main enzyme is chymosin, once called "rennin"": the name before the comma
            yield Renamed(_name_words(appositive.group("words"), last=True), other)


# "… that it was nicknamed": a pronoun as the subject right before the cue.
_PRONOUN = re.compile(
    r"\b(?:it|he|she|they)\s+(?:was|is|were|became)\s+(?:later\s+|then\s+)?$", re.I
)
# The capitalised name a line opens with ("Manchester", "New Lanark").
_OPENING_NAME = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+(?:of\s+)?[A-ZÀ-Þ][\w’'-]*){0,2})"
    r"(?=\s+[a-z])"
)
_CAPITAL_WORD = re.compile(r"(?<![\w’'-])[A-ZÀ-Þ]")


def _pronoun_subject(before: str) -> str:
    """The name a line opens with when the cue's subject is a pronoun and the line names nothing
    else before it ("Manchester had so many mills that it was nicknamed …"), else ""."""
    pronoun = _PRONOUN.search(before)
    opening = _OPENING_NAME.match(before) if pronoun is not None else None
    if pronoun is None or opening is None:
        return ""
    between = before[opening.end() : pronoun.start()]
    return "" if _CAPITAL_WORD.search(between) else opening.group("name")


def _name_words(words: str, *, last: bool = False) -> str:
    """The name among `words`: without small words at its start (or, with `last`, only the
    words after the last small word: "is chymosin" -> "chymosin")."""
    kept = words.split()
    if last:
        cut = max((i + 1 for i, word in enumerate(kept) if fold(word) in STOP_WORDS), default=0)
        return " ".join(kept[cut:])
    while kept and fold(kept[0]) in STOP_WORDS:
        kept = kept[1:]
    return " ".join(kept)


def _after_a_break(before: str) -> bool:
    """True when the cue opens a sentence or clause of the line (after ". ", "; ", ", ", "(" or
    a dash): "… (coffee ≈ 95 mg). Once called" speaks of the line's label; "the king renamed"
    has a subject of its own."""
    tail = before.rstrip()
    return not tail or tail[-1] in ".;,(–—-:"


def _other_after(rest: str) -> str:
    """The name a cue gives: quoted words, capitalised words, or up to three lower-case words
    cut at the first small word ("theine", "Gaillard Cut", "kill-green")."""
    quoted = _QUOTED.match(rest)
    if quoted is not None:
        return quoted.group(1).strip()
    binomial = _BINOMIAL.match(rest)
    if binomial is not None:  # "Latin name Falco peregrinus"
        return binomial.group(0)
    capitalised = _CAPITALISED.match(rest)
    if capitalised is not None:
        return capitalised.group(0).strip()
    lower = _LOWER.match(rest)
    if lower is None:
        return ""
    words: list[str] = []
    for word in lower.group(0).split():
        if fold(word) in STOP_WORDS:
            break
        words.append(word)
    return " ".join(words)


# A table's row as the notes read it: "Cheese: Parmigiano Reggiano; Milk: cow; …".
_TABLE_ROW = re.compile(r"^[^:;]{1,30}:\s*(?P<label>[^:;]{1,50}?)\s*;\s*[^:;]{1,30}:\s")


def line_label(text: str) -> str:
    """The label a line opens with before its separator ("Caffeine – …": "Caffeine"; "(i)
    Culebra Cut - 13 km …": "Culebra Cut"), or a table row's first cell, up to four words, or
    ""."""
    row = _TABLE_ROW.match(text) if ";" in text else None
    if row is not None:
        label = row.group("label")
        return label if len(label.split()) <= _MAX_LABEL_WORDS else ""
    found = _LABEL.match(_without_marker(text))
    if found is None:
        return ""
    label = found.group("label").strip()
    return label if 0 < len(label.split()) <= _MAX_LABEL_WORDS else ""


_MARKER = re.compile(r"^\s*(?:\(?(?:[ivx]{1,4}|[a-z]|\d{1,2})[.)]\s+)")


def _without_marker(text: str) -> str:
    """`text` without a list marker ("(i) ", "a) ", "3. ")."""
    return _MARKER.sub("", text, count=1)


# "Estate / garden – a tea plantation …": a labelled line's two names for its one term.
_SLASH_LABEL = re.compile(
    r"^\s*(?:[-*•]\s+)?(?P<left>[^\W\d_]{3,}(?:\s[^\W\d_]{3,})?)\s*/\s*"
    r"(?P<right>[^\W\d_]{3,}(?:\s[^\W\d_]{3,})?)\s*(?:\s[-–—]\s|:\s|\s=\s)"
)  # words of three letters or more: "b/c" is "because", "Vp / Vs" a ratio


def slash_label(text: str) -> tuple[str, str] | None:
    """(one name, the other) when a line's label is two names, a slash between ("Estate /
    garden – a tea plantation with its own factory"): the definition is of either; a word or
    two on each side, so "distance / time" in a sum (no label) is never read."""
    found = _SLASH_LABEL.match(text) if "/" in text else None
    if found is None:
        return None
    return found.group("left"), found.group("right")


# "Panama Canal Authority (ACP - Autoridad del Canal de Panamá)": a name, then in brackets an
# acronym, a dash, colon or comma, and the words it stands for.
_ACRONYM_BRACKET = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+(?:(?:of|the|for|and|de|du|del)\s+){0,2}[A-ZÀ-Þ][\w’'-]*){1,6})"
    r"\s*\(\s*(?P<acronym>[A-Z][A-Z&]{1,5})\s*(?:[-–—:,=]|\bfor\b)\s*"
    r"(?P<words>[A-ZÀ-Þ][^()]{4,80}?)\s*\)"
)
_SMALL = frozenset({"of", "the", "for", "and", "de", "du", "del", "la", "le", "des", "y", "&"})


def acronym_bracket(text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) pairs of "Name (ACR - Words)" where the initials of the words spell
    the acronym: the name and the acronym, the name and the words, the acronym and the words."""
    if "(" not in text:
        return
    for found in _ACRONYM_BRACKET.finditer(text):
        acronym, words = found.group("acronym"), found.group("words").strip()
        if _initials(words) != acronym.replace("&", ""):
            continue
        name = _without_opening_words(found.group("name"))
        yield name, acronym
        yield name, words
        yield acronym, words


def _without_opening_words(name: str) -> str:
    """A capitalised name without the small words a sentence opened it with ("In", "The")."""
    words = name.split()
    while len(words) > 2 and fold(words[0]) in STOP_WORDS:
        words = words[1:]
    return " ".join(words)


def _initials(words: str) -> str:
    """The first letters of the words that are not small words, in capitals."""
    return "".join(
        word[0] for word in re.findall(r"[^\W\d_][\w’'-]*", words) if fold(word) not in _SMALL
    ).upper()


# Words that end the name of a body of people: its acronym may be in its own language.
_BODIES = frozenset(
    """
    company authority corporation organisation organization league union party association
    society agency council committee commission institute federation front movement army
    bank board bureau office service
    """.split()  # noqa: SIM905
)
_FOREIGN_ACRONYM = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+(?:(?:of|the|for|and)\s+)?[A-ZÀ-Þ][\w’'-]*){1,6})"
    r"\s*\(\s*(?P<acronym>[A-Z]{2,6})\s*\)"
)


def foreign_acronym(text: str) -> Iterator[tuple[str, str]]:
    """(name, acronym) for "Dutch East India Company (VOC)": a body's name and an acronym its
    initials do not spell (its own language's: Vereenigde Oostindische Compagnie)."""
    if "(" not in text:
        return
    for found in _FOREIGN_ACRONYM.finditer(text):
        name, acronym = _without_opening_words(found.group("name")), found.group("acronym")
        if fold(name.split()[-1]) not in _BODIES:
            continue
        if _initials(name).endswith(acronym) or acronym[0] in _initials(name)[:1]:
            continue  # the name's own initials ("East India Company (EIC)"): read elsewhere
        yield name, acronym


# "Koh Ker (ancient Lingapura)", "Istanbul (formerly Constantinople)": a capitalised name, then
# in brackets a word of time and the name the same place had or has then.
_BRACKET_RENAME = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w’'-]*(?:\s+(?:(?:of|de|del|la|le|the)\s+)?[A-ZÀ-Þ][\w’'-]*){0,3})"
    r"\s*\(\s*(?:ancient|formerly|old|modern|now|today|later|once)\s+"
    r"(?P<other>[A-ZÀ-Þ][\w’'-]*(?:\s+(?:(?:of|de|del|la|le|the)\s+)?[A-ZÀ-Þ][\w’'-]*){0,3})"
    r"\s*\)"
)


def bracket_renames(text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for a capitalised name with its name of another time in brackets
    ("Koh Ker (ancient Lingapura)"): the bracket says the two are one place, unlike a bare
    capitalised bracket, which may name its maker or where it is ("Guernica (Picasso)")."""
    if "(" not in text:
        return
    for found in islice(_BRACKET_RENAME.finditer(text), _MAX_CUES):
        yield _without_opening_words(found.group("name")), found.group("other")
