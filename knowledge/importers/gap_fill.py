"""Gap-fill worksheets with their answer key: each gap filled with its answer before import.

A worksheet gives numbered sentences with a gap ("13. ______ fires millions of laser pulses …")
and, at its end, an ANSWER KEY numbered the same way ("13. LiDAR (Light Detection And Ranging)").
Read as they are, the sentences never say what the gap holds and the key's entries never say what
they answer: "what does LiDAR stand for" finds a bare key line, "what is typology" a sentence with
a blank where the word should be. Put together, each line is the completed sentence a student
revises from. Only a file whose key answers most of its gapped items is read so; the key, the
word bank (the answers again, shuffled) and the name/date form line then say nothing new and go.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A gap: three or more underscores (or dots of a printed form are not gaps: only underscores).
_GAP = re.compile(r"_{3,}")
# A numbered item or key entry: "12.", "12)", "Q12." at the start of a line.
_NUMBERED = re.compile(r"^(?P<indent>\s*)(?:Q\s?)?(?P<number>\d{1,3})[.)]\s+(?P<text>\S.*)$")
# The key's heading: "ANSWER KEY", "Answers", "Answer key (one mark per gap)", "Mark scheme".
_KEY_HEADING = re.compile(r"^\W*(?:answer\s*key|answers|mark\s*scheme)\b", re.IGNORECASE)
_WORD_BANK = re.compile(r"^\W*word\s*bank\b", re.IGNORECASE)
# A rule of dashes, equals signs or stars around a heading.
_RULE = re.compile(r"^\s*[-=*_~]{3,}\s*$")
# A form field line: only labels and blanks ("Name: ______  Group: ____  Date: ____").
_FORM_LABEL = re.compile(r"[A-Za-z][A-Za-z ]{0,20}:")
_MIN_KEYED = 3
_MIN_SHARE_KEYED = 0.8


@dataclass(frozen=True, slots=True)
class _Item:
    """A numbered gapped item: its first and last line (continuations joined) and its text."""

    first: int
    last: int
    number: int
    prefix: str
    text: str


def fill_gaps(text: str) -> tuple[str, int]:
    """`text` with each gapped numbered item completed from the answer key, and the key, the
    word bank and the form line left out; with the number of gaps filled (0: `text` unchanged,
    not a worksheet with its key)."""
    lines = text.split("\n")
    key_at = _key_heading(lines)
    if key_at is None:
        return text, 0
    key = _key_entries(lines, key_at)
    items = _gapped_items(lines[:key_at])
    numbers = [item.number for item in items]
    if len(set(numbers)) != len(numbers):  # numbered afresh per section: which key is whose?
        return text, 0
    keyed = [item for item in items if item.number in key]
    if len(keyed) < _MIN_KEYED or len(keyed) < _MIN_SHARE_KEYED * len(items):
        return text, 0
    out = list(lines[:key_at])
    for item in reversed(keyed):
        out[item.first : item.last + 1] = [item.prefix + _filled(item.text, key[item.number])]
    out = _without_word_bank(out)
    out = [line for line in out if not _form_line(line)]
    while out and _RULE.match(out[-1]):  # the rule above the key's heading
        out.pop()
    out.extend(_after_key(lines, key_at))
    return "\n".join(out), len(keyed)


def _key_heading(lines: list[str]) -> int | None:
    """The last line that heads an answer key with numbered entries under it."""
    for at in range(len(lines) - 1, -1, -1):
        if _KEY_HEADING.match(lines[at]) and len(lines[at]) < 100:
            return at
    return None


def _key_entries(lines: list[str], key_at: int) -> dict[int, str]:
    """The key's entries by number (an indented line goes on with the entry above it)."""
    entries: dict[int, str] = {}
    last: int | None = None
    for line in lines[key_at + 1 :]:
        match = _NUMBERED.match(line)
        if match:
            last = int(match.group("number"))
            entries[last] = match.group("text").strip()
        elif last is not None and line.startswith((" ", "\t")) and line.strip():
            entries[last] += " " + line.strip()
        elif line.strip() and not _RULE.match(line):
            last = None
    return entries


def _after_key(lines: list[str], key_at: int) -> list[str]:
    """What follows the key that is not one of its entries (a teacher's note), kept."""
    kept: list[str] = []
    in_entry = False
    for line in lines[key_at + 1 :]:
        if _NUMBERED.match(line):
            in_entry = True
        elif in_entry and line.startswith((" ", "\t")) and line.strip():
            continue
        elif _RULE.match(line):
            in_entry = False
        else:
            in_entry = False
            kept.append(line)
    return kept


def _gapped_items(lines: list[str]) -> list[_Item]:
    """The numbered items with a gap, each with its indented continuation lines."""
    items: list[_Item] = []
    at = 0
    while at < len(lines):
        match = _NUMBERED.match(lines[at])
        if match is None:
            at += 1
            continue
        indent = len(match.group("indent"))
        parts = [match.group("text").strip()]
        last = at
        while last + 1 < len(lines) and _continues(lines[last + 1], indent):
            last += 1
            parts.append(lines[last].strip())
        joined = " ".join(parts)
        if _GAP.search(joined):
            prefix = lines[at][: len(lines[at]) - len(match.group("text"))]
            items.append(_Item(at, last, int(match.group("number")), prefix, joined))
        at = last + 1
    return items


def _continues(line: str, indent: int) -> bool:
    """An indented line, deeper than its item's number, that is no item of its own."""
    if not line.strip() or _NUMBERED.match(line):
        return False
    depth = len(line) - len(line.lstrip())
    return depth > indent


def _filled(sentence: str, answer: str) -> str:
    """The sentence with its gap holding the answer; several gaps take the answer's parts in
    order when it has one per gap ("Tigris / Euphrates"), else the first gap takes it whole."""
    gaps = len(_GAP.findall(sentence))
    parts = [part.strip() for part in re.split(r"\s+/\s+|;\s*", answer)]
    if gaps > 1 and len(parts) == gaps:
        filled = iter(parts)
        return _GAP.sub(lambda _: next(filled), sentence)
    if _GAP.match(sentence):  # the answer opens the sentence: "Isotope analysis of …"
        answer = answer[:1].upper() + answer[1:]
    return _GAP.sub(lambda _: answer, sentence, count=1)


def _without_word_bank(lines: list[str]) -> list[str]:
    """Lines with the word bank (its heading and the block of words under it) left out."""
    out: list[str] = []
    skipping = False
    for line in lines:
        if _WORD_BANK.match(line) and len(line) < 60:
            skipping = True
            continue
        if skipping and line.strip():
            continue
        skipping = False
        out.append(line)
    return out


def _form_line(line: str) -> bool:
    """A line of labels and blanks only: where the student writes a name, group and date."""
    if not _GAP.search(line):
        return False
    rest = _FORM_LABEL.sub("", _GAP.sub("", line))
    return not rest.strip()
