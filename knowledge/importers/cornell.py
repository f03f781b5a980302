"""Cornell notes exported as text: a cue column and a notes column, under a "CUES | NOTES" header.

Apps and teachers export the two columns with a tab between them ("Dates?<TAB>c.1140 – c.1520") or
aligned with pipes ("Dates?     | c.1140 – c.1520", under "-----+-----" rules). Read as a card
list, round 22's blind review found the header row asked as a card ("Which term means: “NOTES”?"),
bare cues asked as questions ("Who?", "Result?"), group cues blanked as terms ("_____ = mullion =
…" → "Tracery words"), list numbers kept in keys ("1. Pointed arch"), the SUMMARY row glued to the
`=====` rules and the next heading, and rows with an empty cue never reached.

The header row may name a column twice ("CUES / QUESTIONS | NOTES"). Here rule lines and the
header row are layout, not content; a line between rules (or over the
header row) titles a section; a row with an empty cue carries on the cue above, whose notes become
one group under that cue (the way an outline keeps lines under their lead-in); a cue that asks a
question ("Who?") is such a lead-in, never a question of its own, since it means nothing without
the notes; a short label cue ("1. Pointed arch") is a key term, its list number dropped, unless
its notes define terms of their own ("Tracery words" over "mullion = …"), when it only names them;
and the SUMMARY row is a line of its section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.importers.builder import MAX_LINE_CHARS, DeckBuilder, TopicDraft
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.text import fold

_CUE_WORDS = frozenset({"cue", "cues", "cue column", "keywords", "key words", "questions"})
_NOTE_WORDS = frozenset({"note", "notes", "notes column", "note taking", "note-taking"})
_SUMMARY = re.compile(r"^\s*summary\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# "=====", "-----+-----", "|---|---|", "*****": a line drawn, not written.
_RULE = re.compile(r"^[\s|+]*[=\-_*~]{3,}[\s=\-_*~|+]*$")
_NUMBER = re.compile(r"^\s*\(?\d{1,2}[.)]\s+")
# "mullion = vertical stone bar", "boss: carved stone …": a note that defines a term of its own.
_DEFINES = re.compile(r"^[^=:]{1,40}?\s(?:=|:)\s+\S")
_MAX_TERM_WORDS = 6


@dataclass
class _Cue:
    """One cue and the notes written beside it (its own row, then rows with an empty cue)."""

    line: int
    text: str
    notes: list[str] = field(default_factory=list)


def _cells(line: str) -> list[str] | None:
    """A row's cue and notes cells, or None for a line that is not a row of the two columns."""
    if "\t" in line:
        cue, _, notes = line.partition("\t")
        return [cue.strip(), " ".join(notes.replace("\t", " ").split())]
    if "|" in line:
        stripped = line.strip()
        outer = len(stripped) > 1 and stripped.startswith("|") and stripped.endswith("|")
        # "| cue | notes |" has outer pipes; "        | notes" is a row whose cue is empty
        parts = [part.strip() for part in (stripped[1:-1] if outer else line).split("|")]
        if len(parts) >= 2:
            return [parts[0], " | ".join(part for part in parts[1:] if part)]
    return None


def _names_column(cell: str, words: frozenset[str]) -> bool:
    """Whether a header cell names a column of that kind. Templates name the cue column twice
    ("CUES / QUESTIONS", "Cue & questions", "Key words, questions"); every part must name it,
    so "Questions / Answers" over a card list is no Cornell header."""
    parts = [fold(part).rstrip(":") for part in re.split(r"[/&,+]|\band\b", cell, flags=re.I)]
    return bool(parts) and all(part in words for part in parts)


def _is_header(line: str) -> bool:
    found = _cells(line)
    return (
        found is not None
        and _names_column(found[0], _CUE_WORDS)
        and _names_column(found[1], _NOTE_WORDS)
    )


def looks_like_cornell(text: str) -> bool:
    """Whether plain text is Cornell notes: a "CUES<TAB>NOTES" (or "CUES | NOTES") header row
    with rows of the two columns under it, not a card list or a table of other columns."""
    lines = [line for line in text.split("\n") if line.strip()]
    headers = [index for index, line in enumerate(lines) if _is_header(line)]
    if not headers:
        return False
    rows = sum(1 for line in lines[headers[0] + 1 :] if _cells(line) is not None)
    return rows >= 2


def import_cornell(text: str, source_name: str) -> Imported:
    """A deck from Cornell notes: a topic per section, its cues' notes as facts and groups."""
    require_content(text)
    builder = DeckBuilder(source_name=source_name, kind="Cornell notes")
    lines = text.split("\n")
    builder.read_names([line.replace("\t", " ") for line in lines])
    separator = "tab" if any(_is_header(line) and "\t" in line for line in lines) else "pipe"
    builder.report.detect("columns", f"cues and notes ({separator}-separated)")
    numbered = [(number, line) for number, line in enumerate(lines, 1) if line.strip()]
    topic: TopicDraft | None = None
    cue: _Cue | None = None
    seen_content = False
    titled = False

    def close() -> None:
        nonlocal cue
        if cue is not None and topic is not None:
            _add_cue(builder, topic, cue)
        cue = None

    def current() -> TopicDraft:
        nonlocal topic
        if topic is None:
            topic = builder.add_topic(builder.title)
        return topic

    for index, (number, line) in enumerate(numbered):
        if _RULE.match(line) or _is_header(line):
            seen_content = seen_content or _is_header(line)
            continue
        found = _cells(line)
        if found is None:
            summary = _SUMMARY.match(line)
            if summary is not None and summary.group("rest"):
                close()
                current().add_fact(summary.group("rest"))
            elif _is_heading(numbered, index, seen_content):
                close()
                topic = builder.add_topic(line.strip())
                seen_content = True
            elif not seen_content:
                if not titled:
                    builder.title = line.strip()
                    titled = True
                else:
                    builder.report.skip(number, "part of the title block above the notes")
            elif cue is not None:
                cue.notes.append(line.strip())  # a long note wrapped onto a line of its own
            else:
                current().add_fact(line.strip())
            continue
        seen_content = True
        cue_text, notes = found
        if not cue_text:
            if cue is not None:
                if notes:
                    cue.notes.append(notes)
            elif notes:
                current().add_fact(notes)
            continue
        close()
        current()
        cue = _Cue(number, cue_text, [notes] if notes else [])
    close()
    return builder.result()


def _is_heading(numbered: list[tuple[int, str]], index: int, in_notes: bool) -> bool:
    """A line that is no row, straight over a rule or the header row; in the title block above
    the notes, only one that also has a rule above it ("(exported from OneNote)" over the first
    rule is the title block's last line, not a section)."""
    after = numbered[index + 1][1] if index + 1 < len(numbered) else ""
    before = numbered[index - 1][1] if index else ""
    over = bool(_RULE.match(after) or _is_header(after))
    return over and (in_notes or bool(_RULE.match(before)))


def _add_cue(builder: DeckBuilder, topic: TopicDraft, cue: _Cue) -> None:
    """Add one cue's notes: as a fact of the section (SUMMARY), under the cue as their lead-in,
    and, for a cue that names a term, as that term's definition."""
    notes = [note for note in cue.notes if note]
    if not notes:
        builder.report.skip(cue.line, f"the cue {cue.text!r} has no notes beside it")
        return
    summary = _SUMMARY.match(cue.text)
    if summary is not None:
        label = summary.group("rest")
        for note in notes:
            topic.add_fact(f"{label}: {note}" if label else note)
        return
    label = _NUMBER.sub("", cue.text).strip() or cue.text.strip()
    if label.endswith("?") or "=" in label or len(label) > MAX_LINE_CHARS:
        topic.add_group(label, notes)  # "Who?": a lead-in the notes answer, no question alone
        return
    defining = sum(1 for note in notes if _DEFINES.match(note))
    names_terms = bool(_DEFINES.match(notes[0])) and defining * 2 >= len(notes) + 1
    if names_terms:  # "Tracery words" over "mullion = …": a label of terms, not a term
        topic.add_group(label, notes)
        return
    if len(label.split()) <= _MAX_TERM_WORDS:
        builder.add_term(label, notes[0], topic)
    if len(notes) == 1:
        topic.add_fact(f"{label} = {notes[0]}")
    else:
        topic.add_group(label, notes)
