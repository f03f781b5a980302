"""A printed handout's furniture: what a word processor or a notes app puts round the notes
(form lines to fill in, page breaks and page numbers, copyright footers, the school's header, a
notes app's page properties), and the marks a teacher puts in them (a "(!)" for "came up in
mocks", a to-do box), told from the notes so that none of it becomes a fact.

Saved as plain text or Markdown, all of it reads as lines of notes: round 25 asked
"_____: ______ Class: 10H__" (the form's "Name"), "Revision handout - Mr D. Okafor (updated
Nov _____)", "Tags: Commodity study, _____, Unit 6" and "o the _____ flooded …" with the bullet
left in. `page_chrome` does the same for a web page's chrome; these are a printed page's.
"""

from __future__ import annotations

import re

# A blank to fill in: a word with a run of underscores, or a run of dots ("______", "10H__").
_BLANK = re.compile(r"_{2,}|\.{5,}|…")
_FORM_WORDS = frozenset(
    {"name", "date", "class", "form", "set", "group", "teacher", "tutor", "grade", "target"}
    | {"score", "mark", "marks", "candidate", "number", "school", "period", "room", "signed"}
)
_FORM_LABEL_WORDS = 4
_FORM_LINE_LENGTH = 200  # a form line is short; a longer one is never read as one
# A page's own line: "--- page 2 ---", "Page 3", "Page 4 of 4", "- 2 -", "p. 3 of 5".
_PAGE_MARK = re.compile(
    r"^(?:[-=~_*#\s]*\b(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?\b[-=~_*#\s]*"
    r"|-\s*\d{1,3}\s*-)$",
    re.IGNORECASE,
)
# A page number run onto the end of a footer: "(c) St Aldhelm's 2026        Page 4 of 4".
# (`(?<!\s)` lets a run of spaces be tried from its start only: linear on a line of spaces.)
_PAGE_FOOTER = re.compile(r"(?<!\s)\s{2,}(?:page|p\.)\s*\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?$", re.I)
# A copyright or use notice: "(c) St Aldhelm's Humanities 2026 - for classroom use only" ("(c)"
# alone opens a lettered list's third item).
_NOTICE = re.compile(
    r"^(?:©|copyright\b|\(c\)\s+(?:[A-Z][\w'&.]*\s+){1,5}(?:19|20)\d\d\b)"
    r"|\bfor (?:classroom|class|school|internal|personal) use only\b|\ball rights reserved\b"
    r"|\bdo not (?:copy|distribute|share)\b|\bnot for (?:distribution|resale|sale)\b",
    re.IGNORECASE,
)
# What a page says about itself: "How to use this page: click the ▶ toggles …".
_PAGE_USE = re.compile(
    r"^how to use (?:this|these) (?:page|handout|sheet|notes|booklet|guide|worksheet|document)\b",
    re.IGNORECASE,
)
_NOTICE_WORDS = 16  # a notice is short: a sentence about copyright in a law deck is longer
# A mark a teacher puts on a line: "(!)", "(!!)", "(*)" for "likely to come up".
_MARKER = re.compile(r" ?\((?:!{1,3}|\*{1,3})\)")
# The key to such marks: "(!) = came up in mocks."
_MARKER_KEY = re.compile(r" ?\((?:!{1,3}|\*{1,3})\) ?(?:=|means|-) ?[^.]*\.?")
# A to-do box ("[ ]", "[x]", "☐", "☑") or a notes app's toggle ("▶", "▸") opening a line.
_BOX = re.compile(r"^(?:\[[ xX✓✔]?\]|[☐☑☒▶▸►▷])\s*")


def is_furniture(text: str) -> bool:
    """Whether a line (its bullet taken off) is the page's, not the notes': a form line, a page
    break or number, a copyright or use notice."""
    line = _PAGE_FOOTER.sub("", text.strip()).strip()
    if not line:
        return bool(text.strip())  # "Page 4 of 4" alone, after spaces
    if _is_form_line(line) or _PAGE_MARK.match(line):
        return True
    if _PAGE_USE.match(line):
        return True
    return _NOTICE.search(line) is not None and len(line.split()) <= _NOTICE_WORDS


def _is_form_line(line: str) -> bool:
    """A line of labels and blanks to fill in ("Name: ______  Class: 10H__  Target grade: ____"):
    every run of words between the blanks is a short label, ending in ":" or naming what a form
    asks for. "The ____ is the powerhouse of the cell" is a gap to fill, not a form."""
    if len(line) > _FORM_LINE_LENGTH:
        return False
    labels: list[list[str]] = [[]]
    blanks = 0
    for word in line.split():
        if _BLANK.search(word):
            blanks += 1
            labels.append([])
        else:
            labels[-1].append(word)
    return blanks > 0 and all(
        len(label) <= _FORM_LABEL_WORDS
        and label[0][:1].isupper()
        and (
            label[-1].endswith(":")
            or any(word.strip(":").casefold() in _FORM_WORDS for word in label)
        )
        for label in labels
        if label
    )


def furniture_cleared(text: str) -> str:
    """`text` with each furniture line made blank (so every other line keeps its number) and the
    teacher's marks ("(!)" and the line saying what it means) and a page number run onto a
    line's end taken off the others."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if is_furniture(_BULLET_MARK.sub("", line.strip())):
            lines[index] = ""
            continue
        kept = _PAGE_FOOTER.sub("", line)
        kept = _MARKER_KEY.sub("", kept) if _MARKER_KEY.search(kept) else kept
        lines[index] = _MARKER.sub("", kept)
    return "\n".join(lines)


def without_box(text: str) -> str:
    """A line's words without a to-do box or a toggle's arrow opening them."""
    return _BOX.sub("", text)


_BULLET_MARK = re.compile(r"^(?:[-*+•o]\s+)+")


# The header a school prints on its handouts, before the notes start: a line naming the teacher
# ("Revision handout - Mr D. Okafor (updated Nov 2026)"), the date it was updated, or a strip of
# course, year and unit ("Year 10 History | Depth study 5: The Panama Canal").
_TEACHER = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w'-]+")
_UPDATED = re.compile(
    r"\b(?:updated|revised|last edited|version)\b[\s:]*(?:on\s+)?(?:\d|[A-Z][a-z]{2})", re.I
)
_SCHOOL = re.compile(
    r"\b(?:academy|school|college|faculty|department|dept|sixth form|university|institute)\b",
    re.IGNORECASE,
)
_COURSE = re.compile(
    r"\b(?:year\s*\d{1,2}|y\d{1,2}|ks\s*\d|gcse|igcse|a[- ]level|as[- ]level|ib|ap|grade\s*\d{1,2}"
    r"|form\s*\d|unit\s*\d|topic\s*\d|module\s*\d|paper\s*\d)\b",
    re.IGNORECASE,
)
_DOCUMENT = re.compile(
    r"\b(?:handout|worksheet|workbook|revision (?:notes|guide|sheet)|booklet|knowledge organiser)\b",
    re.IGNORECASE,
)
_STRIP = re.compile(r"\s+[|·•]\s+|\s{2,}[-–—]\s{2,}")
_HEADER_WORDS = 14
_HEADER_LINES = 8  # a header longer than this is notes
# "Depth study 5:", "Worksheet 4:", "Topic 3 -": the label before a unit's own title.
_UNIT_LABEL = re.compile(r"^[A-Z][\w ]{0,25}?\s\d{1,2}[a-z]?\s*[:–—-]\s+(?=\S)")
_LABEL = re.compile(r"^[A-Z][\w ]{0,25}?:\s+(?=\S)")  # "Local study: …" in a strip


def _named(line: str) -> int:
    """How many kinds of a handout's particulars a short line names (teacher, update, school,
    course, document); 0 for a longer line or a sentence."""
    if len(line.split()) > _HEADER_WORDS or line.endswith((".", "?", "!")):
        return 0
    return sum(
        1 for pattern in (_TEACHER, _UPDATED, _SCHOOL, _COURSE, _DOCUMENT) if pattern.search(line)
    )


def is_header(text: str) -> bool:
    """Whether a line before the notes start is the school's header, not notes: a short line
    naming two of the teacher, an update, the school, the course and the handout ("Revision
    handout - Mr D. Okafor (updated Nov 2026)"), a strip of them ("Year 10 History | Depth study
    5: …"), or a unit's label over its title ("Worksheet 4: The Post Office"). One alone is kept:
    "GAP-FILL REVISION WORKSHEET: FINDING, DIGGING AND DATING" says what the notes are about."""
    line = text.strip()
    named = _named(line)
    if named >= 2 or (named == 1 and _STRIP.search(line) is not None):
        return True
    return named == 1 and header_title(line) is not None


def header_title(text: str) -> str | None:
    """The notes' own title in a header line: "Year 10 History | Depth study 5: The Panama
    Canal, 1881-1914" -> "The Panama Canal, 1881-1914", "Worksheet 4: The Post Office" -> "The
    Post Office"; None when the line names no unit."""
    pieces = _STRIP.split(text.strip())
    last = pieces[-1].strip()
    label = _UNIT_LABEL.match(last) or (_LABEL.match(last) if len(pieces) > 1 else None)
    if label is None:
        return None
    title = last[label.end() :].strip()
    if _TEACHER.match(title):
        return None  # "Year 11 - Mr Osei" names the class's teacher, not the unit
    return title if len(title.split()) >= 2 and _named(title) < 2 else None


def header_dropped(lines: list[tuple[int, str]], bullet: re.Pattern[str]) -> list[tuple[int, str]]:
    """`lines` (number, raw text) without the school's header over the notes: the lines of the
    opening block (at the margin, unbulleted, up to the first blank line; at most
    `_HEADER_LINES`) that `is_header` reads as one. The first line stays as the notes' title,
    in the words of the unit a header line names when the first line is the school's or the
    course's ("Depth study 5: The Panama Canal" for "ST ALDHELM'S ACADEMY")."""
    preamble = 0  # the opening block: unbulleted lines at the margin, up to a blank line
    while (
        preamble < min(len(lines), _HEADER_LINES)
        and not lines[preamble][1][:1].isspace()
        and bullet.match(lines[preamble][1].strip()) is None
        and (preamble == 0 or lines[preamble][0] == lines[preamble - 1][0] + 1)
    ):
        preamble += 1
    header = {index for index in range(1, preamble) if is_header(lines[index][1])}
    if preamble and is_header(lines[0][1]):
        header.add(0)
    if not header or len(header) >= len(lines) - 1:
        return lines
    first = lines[0]
    if _named(first[1].strip()) and header_title(first[1]) is None:
        titles = [title for index in sorted(header) if (title := header_title(lines[index][1]))]
        first = (first[0], titles[0]) if titles else first
    return [first, *(line for index, line in enumerate(lines[1:], 1) if index not in header)]


# A notes app's page properties, as Notion exports them under the page's title ("Owner: …",
# "Created: October 13, 2026 4:18 PM", "Tags: …", "Status: Ready"): the page's records, not notes.
_PROPERTY = re.compile(r"^(?P<key>[A-Z][\w ]{0,30}?)\s*:\s+\S")
_PROPERTY_KEYS = frozenset(
    {"owner", "created", "created by", "created time", "last edited", "last edited time"}
    | {"last edited by", "last updated", "updated", "tags", "status", "type", "class"}
    | {"course", "date", "due", "due date", "assignee", "assigned to", "author", "subject"}
    | {"teacher", "category", "categories", "priority", "area", "reviewed", "files", "url"}
    | {"done", "person", "version", "published", "unit", "week", "term", "set"}
)
_MIN_PROPERTIES = 2  # of the run's keys, those that must be a notes app's


def page_properties(lines: list[str]) -> set[int]:
    """The indices of a page's property lines: the run of "Key: value" lines that opens the page
    (after its "# Title" heading and blank lines, if any), when at least two of its keys are
    ones a notes app writes and every line of it is one."""
    index = 0
    while index < len(lines) and not lines[index].strip():
        index += 1
    if index < len(lines) and lines[index].startswith("# "):
        index += 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    run: list[int] = []
    known = 0
    while index < len(lines) and (match := _PROPERTY.match(lines[index].strip())):
        run.append(index)
        known += match.group("key").casefold() in _PROPERTY_KEYS
        index += 1
    return set(run) if known >= _MIN_PROPERTIES else set()


_TOGGLE = re.compile(r"^[▶▸►▷]\s*")


def toggled(text: str) -> str | None:
    """A toggle's heading without its arrow ("▶ Why does green tea stay green?"), or None when
    `text` opens no toggle."""
    match = _TOGGLE.match(text)
    return text[match.end() :] if match else None
