"""Two questions of one quiz where one prints the other's key where it is tied to the fact asked.

Context labels copy the notes' headings and parent bullets, and those carry facts: a reign
("Akbar the Great (r. 1556–1605): Came to the throne aged 13"), a birth name ("(Jahangir (born
Salim)): Married Nur Jahan …"). A "Which topic?" question shows headings as options and a
matching question shows parent bullets. So in one sample "Which emperor has the reign
“1556–1605”?" stood beside a stem opening "Akbar the Great (r. 1556–1605)", and "Jahangir (born
_____)" beside an option reading "Jahangir (born Salim)" (round 23b: eight such pairs in one
deck). `overlap` compares the lines themselves and leaves labels out (a topic's title is on every
one of its questions); this module reads everything a question shows: its prompt, label
included, and its options.

A question gives another away when the other's key (its answer; for a true/false statement, the
years and the quoted value of its true line) stands in a piece of what it shows (a label, a
clause, one option) beside something the other question's own stem says of that key: a year or
number, a name, or two other words. A key printed on its own ("Akbar" as a distractor) or beside
unrelated words ("Sacked Visby in 1361" and "around Lübeck, Cologne and _____" for Visby) gives
nothing away. Two questions with one key whose lines share a name are one fact asked twice.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.questions._finder import Finder
from bot.questions._model import BLANK, FALSE, TRUE, Question, QuestionKind
from bot.questions._words import STOP_WORDS
from knowledge.search._lemma import is_dictionary_word, lemma
from knowledge.text import fold

# An answer longer than this is a definition or a line, not a key another stem could print.
_MAX_KEY_WORDS = 5
_MIN_KEY = 3
# A word of this many letters or more carries meaning; shorter ones ("r", "c", "of") never link.
_MIN_WORD = 4
_MIN_NUMBER = 2
# Two shared plain words (or one name, year or number) tie a printed key to the fact asked.
_MIN_SHARED_WORDS = 2
# Kinds whose answer is no key another stem could print (a topic's title, an order, lines).
_NO_KEY = frozenset(
    {
        QuestionKind.WHICH_TOPIC,
        QuestionKind.CHRONOLOGY,
        QuestionKind.MATCHING,
        QuestionKind.REASON,
        QuestionKind.MULTI_SELECT,
        QuestionKind.TERM_TO_DEFINITION,
    }
)
# Where one piece of a shown stem ends: a label's colon, a semicolon, a dash between words, a
# sentence's end (not an initial's or abbreviation's dot: "r. 1556"). Brackets stay inside:
# "Akbar the Great (r. 1556–1605)" is one piece, and so is a card's "term = definition".
_PIECE_END = re.compile(r":\s|;\s*|\s[–—-]\s|(?<!\b[A-Za-z])[.!?](?:\s|$)|[“”\"]")
# A short year range as the notes write it ("1605–27"), read as the full one ("1605–1627").
_SHORT_RANGE = re.compile(r"(?<!\d)(1\d|20)(\d\d)\s*[–—-]\s*(\d\d)(?!\d)")
_RANGE_DASH = re.compile(r"(?<=\d)\s*[–—-]\s*(?=\d)")
_YEARS = re.compile(r"(?<![\d,.])(?:1\d{3}|20\d{2})(?:–(?:1\d{3}|20\d{2}))?(?!\d)")
_NUMBERS = re.compile(r"(?<![\d,.])\d[\d,.]*\d(?:–\d{4})?(?!\d)")
_NUMBER_KEY = re.compile(r"\d[\d,.]*(?:–\d+)?")
_QUOTED = re.compile(r"“([^”]{1,80})”")
_WORD = re.compile(r"[^\W_]+(?:[’'-][^\W_]+)*|\d[\d,.]*\d|\d|" + re.escape(BLANK))
_TF_PREFIX = "True or false? "
# A label's group after its topic: "Pirates and rivals (Victual Brothers (Vitalienbrüder))".
_GROUP_LABEL = re.compile(r"^[^()]+\((.+)\)\s*$")
# A group label this many words long or longer that opens a line is that line, shortened.
_MIN_GROUP_WORDS = 2
_POSSESSIVE = re.compile(r"[’']s$")
# A key glossed in a bracket: "The Kontors (overseas trading posts)", "stockfish (wind-dried cod)".
_GLOSS = re.compile(r"(?:the\s+)?(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+)\)", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")
_MIN_GLOSS_WORD = 3


@dataclass(frozen=True, slots=True)
class _Words:
    """Words that can tie a key to a fact: dictionary forms, and numbers as written."""

    all: frozenset[str]
    strong: frozenset[str]  # years, numbers and names: one shared is a tie


@dataclass(frozen=True, slots=True)
class _Read:
    keys: tuple[Finder, ...]  # how its key is found in another's pieces
    key_texts: frozenset[str]  # its keys that are years or numbers, years written in full
    key_words: frozenset[str]
    ties: _Words  # what its own stem says of the key
    line: _Words  # what its line says besides the key
    rare: bool  # its key is a word no dictionary holds ("zat", "Tahmasp"): one shared word ties it
    line_text: str  # its line, folded
    pieces: tuple[str, ...]  # what it shows, piece by piece
    glossed: frozenset[str]  # words of three letters or more its stem says, key words too


def leaks(one: Question, other: Question, *, tight: bool = True) -> bool:
    """True when either question prints the other's key beside what the other asks of it. With
    `tight`, a key of the deck's own words is tied by one shared word (`_rare`); a deck short of
    questions asks without that (a word such as "towns" is in half its lines)."""
    a, b = _read(one), _read(other)
    return _prints(a, b, tight) or _prints(b, a, tight) or _same_key(a, b)


def _same_key(one: _Read, other: _Read) -> bool:
    """True for one fact asked twice from two lines: the same year or number as key and a name
    or two words more in common ("1863 = year of the Salon des Refusés" beside a true/false on
    "Napoleon III = emperor who allowed the Salon des Refusés in 1863", round 23 B23 and B15).
    (A quiz asks a word or a name once anyway: years and numbers recur across facts, so only
    their lines say when two are one.)"""
    if one.key_texts.isdisjoint(other.key_texts):
        return False
    shared = one.line.all & other.line.all
    strong = one.line.strong | other.line.strong
    return bool(shared & strong) or len(shared) >= _MIN_SHARED_WORDS


def _prints(asked: _Read, shown: _Read, tight: bool) -> bool:
    if not asked.keys or not asked.ties.all:
        return False
    for index, piece in enumerate(shown.pieces):
        found = [pattern.search(piece) for pattern in asked.keys]
        if not any(found):
            continue
        group = _GROUP_LABEL.search(piece)
        if group is not None and _opens(asked.line_text, group.group(1)):
            return True  # labelled with the very line asked ("(Victual Brothers (…))")
        if _glossed(piece, asked):
            return True  # "stockfish (wind-dried cod)" beside "_____ – unsalted cod, wind-dried …"
        near = _words(piece)
        if _only_key(piece, found):
            # "Treaty of Utrecht (1474): Hanse privileges …": a name alone, then what it did;
            # "Paris Street; Rainy Day = …; now in the Art Institute of Chicago": what it has.
            around = shown.pieces[max(0, index - 1) : index + 2]
            near = _words(" ".join(around))
        shared = (near.all & asked.ties.all) - asked.key_words
        if shared & (near.strong | asked.ties.strong) or len(shared) >= (
            1 if tight and asked.rare else _MIN_SHARED_WORDS
        ):
            return True
    return False


def _only_key(piece: str, found: list[re.Match[str] | None]) -> bool:
    """True when a piece is a key and nothing more but a bracket ("Treaty of Utrecht (1474)")."""
    rest = piece
    for match in found:
        if match is not None:
            rest = rest.replace(match.group(), " ")
    return not _words(_BRACKETED.sub(" ", rest)).all


def _glossed(piece: str, asked: _Read) -> bool:
    """True when a piece glosses the key in a bracket that shares a word with what the asked
    question's stem says ("The Kontors (overseas trading posts)", "stockfish (wind-dried cod)"
    beside "_____ – a Hanseatic trading post abroad", "_____ – unsalted cod, wind-dried …":
    round 24, A29 and A40)."""
    found = _GLOSS.fullmatch(piece.strip())
    if found is None or not any(pattern.fullmatch(found["name"]) for pattern in asked.keys):
        return False
    return not _short_words(found["gloss"]).isdisjoint(asked.glossed)


def _short_words(text: str) -> frozenset[str]:
    """The words of `text` of three letters or more that are no stop words, by dictionary form
    ("cod" counts: a gloss is short)."""
    words = (fold(word) for word in _WORD.findall(text) if not word[0].isdigit())
    return frozenset(
        _singular(lemma(word))
        for word in words
        if len(word) >= _MIN_GLOSS_WORD and word not in STOP_WORDS and word != fold(BLANK)
    )


@lru_cache(maxsize=8192)
def _read(question: Question) -> _Read:
    keys = _keys(question)
    key_words = frozenset(word for key in keys for word in _words(key).all)
    stem = _full_ranges(question.prompt.removeprefix(_TF_PREFIX))
    source = _full_ranges(question.source_fact)
    # What the stem says that the line says: a label's words are on every question of its topic.
    said = _words(stem)
    tied = (said.all & _words(source).all) - key_words
    ties = _Words(tied, said.strong & tied)
    pieces = [piece for piece in _PIECE_END.split(stem) if piece.strip()]
    if question.kind is not QuestionKind.TRUE_FALSE:
        # An option is a line or a name, read whole: "Second Battle of Panipat: Mughal army
        # defeated Hemu …" as a chronology item ties its name to what happened.
        pieces += [_full_ranges(option) for option in question.options]
    patterns = tuple(Finder(key, _pattern) for key in keys)
    told = _words(source)
    line = _Words(told.all - key_words, told.strong - key_words)
    return _Read(
        keys=patterns,
        key_texts=frozenset(key for key in keys if _NUMBER_KEY.fullmatch(key)),
        key_words=key_words,
        ties=ties,
        line=line,
        rare=_rare(keys),
        line_text=fold(question.source_fact),
        pieces=tuple(pieces),
        glossed=_short_words(stem) & _short_words(source),
    )


def _keys(question: Question) -> tuple[str, ...]:
    """What a student must recall: the answer (and its other accepted forms); for a true/false
    statement, the years its true line gives and the value it quotes when the line has it."""
    if question.kind in _NO_KEY or not question.answers:
        return ()
    if question.kind is QuestionKind.TRUE_FALSE:
        source = _full_ranges(question.source_fact)
        found = _YEARS.findall(source)
        if question.answers[0] == FALSE:
            # A changed statement is told by the value it changed: what the line says instead.
            stated = set(_NUMBERS.findall(_full_ranges(question.prompt)))
            found = [value for value in _NUMBERS.findall(source) if value not in stated]
        found += [
            value for value in _QUOTED.findall(question.prompt) if fold(value) in fold(source)
        ]
        return tuple(dict.fromkeys(found))
    keys = [
        _full_ranges(answer.strip())
        for answer in question.answers
        if answer not in (TRUE, FALSE)
        and len(answer.strip()) >= _MIN_KEY
        and len(answer.split()) <= _MAX_KEY_WORDS
    ]
    return tuple(dict.fromkeys(keys))


def _full_ranges(text: str) -> str:
    """Year ranges written one way: "1605–27" and "1605-1627" both as "1605–1627"."""
    text = _SHORT_RANGE.sub(lambda m: f"{m[1]}{m[2]}–{m[1]}{m[3]}", text)
    return _RANGE_DASH.sub("–", text) if "–" in text or "-" in text else text


def _pattern(key: str) -> re.Pattern[str]:
    # Whole words; a year is found inside a range ("1857" in "1837–1857"), a number never
    # inside another ("9" is not in "9,000"); a word key in its plural too ("The Kontors
    # (overseas trading posts)" prints "Kontor").
    plural = "" if key[-1:].isdigit() else "(?:e?s)?"
    return re.compile(rf"(?<![\w,.]){re.escape(key)}{plural}(?![\w]|[,.]\d)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _words(text: str) -> _Words:
    """The words of `text` that can tie a key to a fact: years and numbers, names (capitalised
    after a piece's first word), and other words of four letters or more by their dictionary form."""
    found: set[str] = set()
    strong: set[str] = set()
    for piece in _PIECE_END.split(text):
        for position, match in enumerate(_WORD.finditer(piece)):
            word = match.group()
            if word == BLANK:
                continue
            if word[0].isdigit():
                if len(word) >= _MIN_NUMBER:  # a single digit is a count, no tie
                    found.add(word)
                    strong.add(word)
                continue
            folded = fold(_POSSESSIVE.sub("", word))  # "Van Gogh's" ties to "Van Gogh"
            if len(folded) < _MIN_WORD or folded in STOP_WORDS:
                continue
            # By dictionary form, not a shared start: "Hansetag" is no tie to "Hanse".
            form = _singular(lemma(folded))
            found.add(form)
            if position > 0 and word[0].isupper():
                strong.add(form)
    return _Words(frozenset(found), frozenset(strong))


def _singular(form: str) -> str:
    """A plural the dictionary does not know, as its singular: "melakartas", "kontors" and
    "jagirs" (a deck's own terms) tie to "melakarta", "kontor" and "jagir"."""
    if len(form) > _MIN_WORD and form.endswith("s") and not form.endswith(("ss", "us", "is")):
        return form[:-1]
    return form


def _rare(keys: tuple[str, ...]) -> bool:
    """True when the key is one word of the deck's own, no dictionary word or number: printed
    beside one word of what its stem says ("Mansab – rank held by an officer (zat/_____)" beside
    "_____ = personal rank and pay"), it is told."""
    if not keys:
        return False
    words = keys[0].split()
    return len(words) == 1 and not words[0][:1].isdigit() and not is_dictionary_word(fold(words[0]))


def _opens(line: str, group: str) -> bool:
    """True when a label's group (a parent bullet, shortened) opens the line another question
    asks: "Victual Brothers (Vitalienbrüder)" of "Victual Brothers (Vitalienbrüder) – pirates first
    hired …", which asks "_____ – pirates first hired …" (own deck: the label gave it)."""
    folded = fold(group)
    return len(folded.split()) >= _MIN_GROUP_WORDS and line.startswith(folded)
