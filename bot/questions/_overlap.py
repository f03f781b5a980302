"""Two questions of one quiz that ask the same thing from different lines.

A deck says many things twice: a timeline row and the body line ("1547 | Death of Henry VIII",
"Henry died on 28 January 1547, aged 55"), a link from either end ("Anne of Cleves … arranged by
Cromwell", "Cromwell fell … after the failed marriage to Anne of Cleves"), a person in a table and
in a line ("Cranmer: Archbishop …; annulled Henry's first marriage", "… allowed Cranmer to rule on
the marriage"). One fact per line (`fact:` subjects) does not see these; round 11's blind review
counted them as duplicates that give each other away.

Two questions overlap when one's answer is in what the other shows or teaches (its prompt, its
right answer, and the lines a list question shows) and the two lines share a word besides that
answer: the shared answer makes them about the same thing, the shared word about the same link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from bot.questions._abbreviation_stops import masked
from bot.questions._finder import Finder, replace_once
from bot.questions._model import FALSE, TRUE, Question, QuestionKind
from bot.questions._words import content_words, root
from knowledge.text import fold

# An answer longer than this is a line, not a name or value another question could show.
_MAX_ANSWER_WORDS = 5
_MIN_ROOT = 4
_LINE_START = 12
# Where a clause of a line ends: a word shared in another clause is no link to the answer.
_YEARS = re.compile(r"(?<![\d,.])(?:1\d{3}|20\d{2})(?!\d)")
_CLAUSE_END = re.compile(r";|\s[–—-]\s|[()]|[.!?](?:\s|$)")
# Where a question's own answer stood in its line.
_BLANK = "\x00"
# Kinds whose options are lines of the notes shown in full (not look-alike names or values).
_SHOWN_OPTIONS = frozenset(
    {
        QuestionKind.REASON,
        QuestionKind.MULTI_SELECT,
        QuestionKind.CHRONOLOGY,
        QuestionKind.MATCHING,
    }
)
# A topic's name (which topic) or a line (lists) is no answer another question could show.
_NO_ANSWER = _SHOWN_OPTIONS | {QuestionKind.WHICH_TOPIC}
# "Column: value; Column: value": a table row's source, whose column names say nothing.
_CELL_LABEL = re.compile(r"(?:^|;\s*)[^:;]{1,30}:\s")


@dataclass(frozen=True, slots=True)
class _Read:
    answer: str  # "" when it has none another question could show
    answers: tuple[Finder, ...]  # how its answer is found in another's text
    answer_roots: frozenset[str]
    shown: str  # what a student sees and learns from it
    roots: frozenset[str]  # the words of its line and answer


def overlap(one: Question, other: Question) -> bool:
    """True when the two ask about the same link, each from its own line."""
    a, b = _read(one), _read(other)
    return _reveals(a, b) or _reveals(b, a)


def _reveals(asked: _Read, shown: _Read) -> bool:
    shared = (asked.roots & shown.roots) - asked.answer_roots
    if not shared:
        return False
    for pattern in asked.answers:
        for found in pattern.finditer(shown.shown):
            # The shared word beside the answer, as one link: a year shown in one clause and a
            # word shared in another ("married May 1536" beside "Executed May 1536") is none.
            near = _clause(shown.shown, found.start(), found.end())
            # What the shown question teaches, its answer, where its blank is beside it.
            taught = shown.answer_roots if _BLANK in near else frozenset()
            if (_roots(near) | taught) & shared:
                return True
    if not (asked.answer and shown.answer):
        return False
    if not any(pattern.search(shown.answer) for pattern in asked.answers):
        return False
    # One answer named two ways ("Cranmer", "Thomas Cranmer"), each found in the other.
    if any(pattern.search(asked.answer) for pattern in shown.answers):
        return bool(shared - shown.answer_roots)
    # One answer inside the other, which says more of it: "Bycatch" (a key term, "caught by
    # accident in trawl nets") beside the cause "Bycatch in shrimp trawls" (round 30, B34/B52).
    return bool(shared & shown.answer_roots)


@lru_cache(maxsize=8192)
def _read(question: Question) -> _Read:
    answer = ""
    if question.kind not in _NO_ANSWER and question.answers:
        first = question.answers[0].strip()
        if first not in (TRUE, FALSE) and len(first.split()) <= _MAX_ANSWER_WORDS:
            answer = first
    patterns = tuple(Finder(text, _pattern) for text in _findable(answer))
    if question.kind is QuestionKind.TRUE_FALSE:
        # A statement turns on its dates: another line giving one of them beside a word of
        # this one says whether it is true ("The event for 1547 is “Death of Henry VIII”.",
        # "Henry died on 28 January 1547").
        years = dict.fromkeys(_YEARS.findall(question.prompt))
        # A false statement turns on the value it changed: another question showing the true
        # one tells it ("Price paid by Cecil Chubb: £4000" beside "Cecil Chubb buys Stonehenge
        # for £6,600", round 30).
        truth = _swapped_out(question)
        patterns = tuple(Finder(text, _pattern) for text in (*years, *truth))
    # What it shows: a list question its prompt and lines; any other its line without its
    # answer (the prompt's topic and group are on every question of the topic, and link
    # nothing; a table row's line is its cells, as its prompt shows them).
    if question.kind in _SHOWN_OPTIONS:
        shown = [question.prompt, *question.options]
    elif question.kind is QuestionKind.TRUE_FALSE:
        # As shown, changed or not; without its topic where the line's start is found.
        prompt = question.prompt
        start = prompt.find(question.source_fact[:_LINE_START])
        # and the true line it teaches once marked: "Height of Silbury Hill: 35 m" (false) tells
        # the 30 m another question asks (round 30, A9/A20)
        shown = [prompt[start:] if start >= 0 else prompt, _unlabelled(question.source_fact)]
    else:
        line = _unlabelled(question.source_fact)
        if answer:
            line = replace_once(line, answer, f" {_BLANK} ")
        shown = [line]
    source = _unlabelled(question.source_fact)
    answer_roots = frozenset(_roots(answer))
    return _Read(
        answer=answer,
        answers=patterns,
        answer_roots=answer_roots,
        shown=" ".join(shown),
        roots=frozenset(_roots(f"{source} {answer}")),
    )


# A changed value is a few words: more than this changed is a statement reworded.
_MAX_SWAPPED_WORDS = 3


def _swapped_out(question: Question) -> tuple[str, ...]:
    """The true words a false statement replaced, when it changed one run of at most
    `_MAX_SWAPPED_WORDS` words of its line; () for a true one or a statement reworded."""
    if not question.answers or question.answers[0] != FALSE:
        return ()
    cell = _true_cell(question)
    if cell:
        return (cell,)
    line = question.source_fact.split()
    start = question.prompt.find(question.source_fact[:_LINE_START])
    said = (question.prompt[start:] if start >= 0 else question.prompt).split()
    changes = [
        op
        for op in SequenceMatcher(None, line, said, autojunk=False).get_opcodes()
        if op[0] != "equal"
    ]
    if len(changes) != 1 or changes[0][0] != "replace":
        return ()
    _, first, last, _, _ = changes[0]
    if last - first > _MAX_SWAPPED_WORDS:
        return ()
    swapped = " ".join(line[first:last]).strip(" .,;:()“”\"'")
    if len(swapped) < _MIN_SWAPPED:
        return ()
    # a figure as the other line may write it: "£6600" and "£6,600"
    grouped = _DIGITS.sub(lambda m: f"{int(m.group(0)):,}", swapped)
    bare = swapped.replace(",", "") if _DIGITS_GROUPED.search(swapped) else swapped
    return tuple(dict.fromkeys((swapped, grouped, bare)))


_MIN_SWAPPED = 2
# A table row's cell: "IUCN status: Critically Endangered" between semicolons.
_CELL = re.compile(r"(?:^|;\s*)(?P<label>[^:;]{1,30}):\s*(?P<value>[^;]+)")
_QUOTED = re.compile(r"“([^”]+)”")


def _true_cell(question: Question) -> str:
    """For a false statement on a table row ("The IUCN status for Hawksbill is “Data
    Deficient”"), the row's true value in the column it names ("Critically Endangered"), which
    another question may print as an option (round 30, B37); "" when it names none."""
    if len(_CELL_LABEL.findall(question.source_fact)) < 2:
        return ""
    quoted = {fold(text) for text in _QUOTED.findall(question.prompt)}
    asked = fold(question.prompt)
    for found in _CELL.finditer(question.source_fact):
        label, value = found["label"].strip(), found["value"].strip()
        # the column the statement names, whose value it does not print (the row's subject,
        # "Species: Hawksbill", is printed)
        if fold(label) in asked and fold(value) not in asked and quoted - {fold(label)}:
            return value if len(value.split()) <= _MAX_ANSWER_WORDS else ""
    return ""


_DIGITS = re.compile(r"(?<![\d,.])\d{4,}(?![\d,.]\d)")
_DIGITS_GROUPED = re.compile(r"\d,\d{3}")


def _unlabelled(line: str) -> str:
    """A table row's source without its column names, its cells one clause ("What: Ships in
    the Armada; Figure: 130" -> "Ships in the Armada 130"): the names say nothing, and the
    figure belongs to the row's subject. A two-column row's label is its subject, and stays
    ("Surviving bluestones: 43", round 30, A31/A35)."""
    if len(_CELL_LABEL.findall(line)) > 1:
        return " ".join(_CELL_LABEL.sub(" ", line).split())
    return line


def _clause(text: str, start: int, end: int) -> str:
    """The clause of `text` holding `start`..`end`: up to a semicolon, a dash between words, a
    bracket or a sentence's end either side."""
    hidden = masked(text)  # an abbreviation's stop ("c.", "St.") ends no clause
    before = max((m.end() for m in _CLAUSE_END.finditer(hidden, 0, start)), default=0)
    after = _CLAUSE_END.search(hidden, end)
    return text[before : after.start() if after is not None else len(text)]


def _findable(answer: str) -> list[str]:
    """The answer, its year if it is a date, and for a name of several words its last word
    ("Thomas Cranmer" is found as "Cranmer"), when long enough to be telling."""
    if not answer:
        return []
    found = [answer]
    # A date is given away by its year ("28 January 1547" by "The event for 1547 is …").
    found += [year for year in _YEARS.findall(answer) if year != answer]
    words = answer.split()
    if len(words) > 1 and words[-1][:1].isupper() and len(words[-1]) >= _MIN_ROOT + 1:
        found.append(words[-1])
    return found


def _pattern(text: str) -> re.Pattern[str]:
    # Whole words, a number never as part of another ("9" is not in "9,000"), and a name not
    # as the start of a longer one ("Catherine" is not in "Catherine Howard").
    # A number before a name counts it ("the 56 Aubrey holes", round 30, A2/A40).
    name_start = "" if text[-1:].isdigit() else r"|(?-i:\s+(?:of\s+)?[A-Z])"
    return re.compile(rf"(?<![\w,.]){re.escape(text)}(?![\w]|[,.]\d{name_start})", re.IGNORECASE)


def _roots(text: str) -> set[str]:
    # Numbers are no shared word: two lines of one year need not be about one thing.
    return {
        root(word)
        for word in content_words(text)
        if len(word) >= _MIN_ROOT and not any(c.isdigit() for c in word)
    }
