"""Hard-wrapped prose run back together: notes typed in an editor that breaks lines at a fixed width
(or pasted from an email) cut every sentence across two or three lines. Read line by line, each
piece became a fact of its own ("(glucose) using light energy. It happens in the chloroplasts,
which contain a") that no question could find whole and no quiz could ask. Markdown joins such
lines by its own rules; outline notes have none, so the file has to show it is wrapped: several
long lines that stop mid-sentence, the next line carrying on in lower case at the same indent.
Only then are the lines of each paragraph joined, and the paragraph cut into sentences again."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.importers.continuations import continuations_joined
from knowledge.importers.sentences import split_sentences
from knowledge.importers.source import nonblank_lines

_MIN_WIDTH = 50  # a file wrapped narrower than this is not told from short notes
_MIN_BREAKS = 3  # line breaks at one width the file must show before it is taken as wrapped
_PROSE_SHARE = 0.75  # of a paragraph's line breaks, those that must fall at the wrap width
_ENDS_OPEN = re.compile(r"[\w,)\]'’\"”-]$")  # no full stop, colon or semicolon at the end
# A line broken after a compound's hyphen ("man-" over "hauling"): the halves join with no space.
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")
_MIN_CAPITALS = 4  # letters a line in capitals holds (not "A" or "UK")
_ENDS_SENTENCE = re.compile(r"[.!?][)\]'’\"”]?$")
_STARTS_LOWER = re.compile(r"^[(\"'“‘]?[a-z]")
# A glossary entry's head: a term of up to four words, then a dash, "=" or colon and its meaning.
_ENTRY = re.compile(r"^(?:[^\s:]+\s+){0,3}?[^\s:]+(?:\s+[-–—=]\s+|:\s+)\S")


@dataclass(frozen=True, slots=True)
class _Row:
    number: int
    raw: str
    content: str  # the line without its indent, tabs expanded: what its widths are read from
    indent: int
    text_column: int  # where the words start: after the bullet mark, if any
    bulleted: bool


def unwrapped_lines(
    text: str, bullet: re.Pattern[str], *, column_width: int | None = None
) -> list[tuple[int, str]]:
    """The non-empty lines of `text` with their numbers (as `nonblank_lines`), except that in a
    hard-wrapped file each paragraph's lines are joined and the paragraph cut into sentences,
    each sentence a line of its own numbered where it starts. `bullet` matches a bulleted line's
    content and names its words as the group "text".

    `column_width` is given when the layout already shows the text is wrapped prose (a printed
    page's columns, `text_columns`): lines wrapped as narrow as that are joined, and a line that
    ends its sentence short of the width is a paragraph's last, not a sign of a list."""
    rows = _rows(text, bullet)
    pairs = list(zip(rows, [*rows[1:], None], strict=True))
    width = _wrap_width(
        [(row, after) for row, after in pairs if _may_carry_on(row, after)],
        column_width or _MIN_WIDTH,
    )
    if width is None:
        return continuations_joined(nonblank_lines(text), bullet)
    lines: list[tuple[int, str]] = []
    ends: list[int] = []  # the last line of the file each of `lines` takes in
    for block in _blocks(pairs):
        breaks = [_breaks_at(row, after, width) for row, after in block]
        prose = _is_prose(block, breaks, in_columns=column_width is not None)
        run: list[_Row] = []
        for (row, _), wrapped in zip(block, breaks, strict=True):
            run.append(row)
            if not (prose and wrapped):
                sentences = _joined(run)
                lines.extend(sentences)
                ends.extend(number for number, _ in sentences[:-1])
                ends.append(run[-1].number)
                run = []
    return continuations_joined(lines, bullet, nonblank_lines(text), ends)


def _rows(text: str, bullet: re.Pattern[str]) -> list[_Row]:
    rows: list[_Row] = []
    for number, raw in enumerate(text.split("\n"), 1):
        expanded = raw.replace("\u00a0", " ").expandtabs(4).rstrip()
        content = expanded.lstrip()
        indent = len(expanded) - len(content)
        match = bullet.match(content)
        column = indent + (match.start("text") if match else 0)
        rows.append(_Row(number, raw, content, indent, column, match is not None))
    return rows


def _blocks(pairs: list[tuple[_Row, _Row | None]]) -> list[list[tuple[_Row, _Row | None]]]:
    """The non-empty lines in runs between blank lines, each with the line after it."""
    blocks: list[list[tuple[_Row, _Row | None]]] = [[]]
    for row, after in pairs:
        if row.content:
            blocks[-1].append((row, after))
        elif blocks[-1]:
            blocks.append([])
    return [block for block in blocks if block]


def _may_carry_on(row: _Row, after: _Row | None) -> bool:
    """A line the next one could carry on: that one has no bullet of its own and starts at the
    column this one's words start at (or, under a bullet, anywhere deeper)."""
    if after is None or not row.content or not after.content or after.bulleted:
        return False
    if row.content.endswith(":"):  # a lead-in: what follows is its list, not its rest
        return False
    if _in_capitals(row.content) and not _in_capitals(after.content):
        return False  # a heading in capitals over its text, not a sentence run on
    if _ENTRY.match(row.content) and _ENTRY.match(after.content):
        # "impasto - paint laid on thickly …" over "palette knife - flat blade …": a glossary's
        # entries one a line, not a sentence run on (both were one "definition" of impasto)
        return False
    return after.indent == row.text_column or (row.bulleted and row.indent < after.indent)


def _in_capitals(content: str) -> bool:
    """A line of capitals ("NIMROD EXPEDITION 1907-09"): letters, none of them lower case."""
    letters = [ch for ch in content if ch.isalpha()]
    return len(letters) >= _MIN_CAPITALS and not any(ch.islower() for ch in letters)


def _wrap_width(pairs: list[tuple[_Row, _Row | None]], min_width: int) -> int | None:
    """The width most line breaks of the file fall at: a break at width W leaves a line no longer
    than W whose next word would not have fitted. None when too few breaks agree on one."""
    ends = [(row.indent + len(row.content), _next_word_end(row, after)) for row, after in pairs]
    if len(ends) < _MIN_BREAKS:
        return None
    longest = max(end for _, end in ends)
    votes = [0] * (longest + 2)  # a difference array: each break votes for a range of widths
    for length, end in ends:
        votes[length] += 1
        votes[end] -= 1
    best, width, running = 0, 0, 0
    for candidate, change in enumerate(votes):
        running += change
        if running > best:
            best, width = running, candidate
    return width if best >= _MIN_BREAKS and width >= min_width else None


def _next_word_end(row: _Row, after: _Row | None) -> int:
    """Where the next line's first word would end had it been written on this line."""
    word = after.content.split(None, 1)[0] if after is not None and after.content else ""
    return row.indent + len(row.content) + 1 + len(word)


def _breaks_at(row: _Row, after: _Row | None, width: int) -> bool:
    """Whether the line ends where a wrap at `width` would have ended it."""
    if not _may_carry_on(row, after):
        return False
    return row.indent + len(row.content) <= width < _next_word_end(row, after)


def _is_prose(
    block: list[tuple[_Row, _Row | None]], breaks: list[bool], *, in_columns: bool
) -> bool:
    """A hard-wrapped paragraph: most of its line breaks fall at the wrap width, and at least one
    cuts a sentence (the line ends without a stop and the next goes on in lower case). A list of
    short lines, a glossary or Q/A cards typed one per line break anywhere. In a page's columns
    paragraphs follow each other without a blank line, so a break after a finished sentence is
    a paragraph's end and not counted."""
    candidates = [
        _may_carry_on(row, after) and not (in_columns and _ENDS_SENTENCE.search(row.content))
        for row, after in block[:-1]
    ]
    if not any(breaks) or sum(breaks) < _PROSE_SHARE * sum(candidates):
        return False
    return any(
        wrapped
        and after is not None
        and _ENDS_OPEN.search(row.content) is not None
        and _STARTS_LOWER.match(after.content) is not None
        for (row, after), wrapped in zip(block, breaks, strict=True)
    )


def _joined(run: list[_Row]) -> list[tuple[int, str]]:
    """One paragraph's lines as sentences: the first keeps the first line's indent and bullet,
    the rest start at the column its words started at."""
    if len(run) <= 1:
        return [(row.number, row.raw) for row in run]
    first = run[0]
    prefix = first.raw[: len(first.raw) - len(first.raw.lstrip())]
    head = first.content[: first.text_column - first.indent]
    starts: list[tuple[int, int]] = []  # (offset in the paragraph, line number)
    parts: list[str] = []
    offset = 0
    for position, row in enumerate(run):
        words = first.content[len(head) :] if position == 0 else row.content
        if parts and not _HYPHEN_BREAK.search(parts[-1]):
            parts.append(" ")
            offset += 1
        starts.append((offset, row.number))
        parts.append(words)
        offset += len(words)
    paragraph = "".join(parts)
    lines: list[tuple[int, str]] = []
    cursor = 0
    for index, sentence in enumerate(split_sentences(paragraph)):
        at = paragraph.find(sentence, cursor)
        cursor = max(cursor, at)
        number = max(line for start, line in starts if start <= max(at, 0))
        if index == 0:
            lines.append((number, f"{prefix}{head}{sentence}"))
        else:
            lines.append((number, " " * first.text_column + sentence))
    return lines
