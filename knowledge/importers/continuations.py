"""Lines broken by hand put back together: a plain-text handout whose bullets and paragraphs were
wrapped where the writer (or a word processor's "save as text") chose, at no one width.

`unwrap` joins paragraphs wrapped at one fixed width; a handout typed to a ragged right margin
(lines ending anywhere from column 60 to 85) never shows that width, so each continuation line
became a fact of its own: "French assets for $40 million." without the Spooner Act, "Riots of
9 Jan 1964" without the Flag, and a wrap of one line used as the heading of the next (round 25,
deck A, about 15 of its 36 unsound questions). A line is read as the rest of the line above when
the one above is long (near the file's own right margin) and stops short of a full stop, and the
line itself carries no bullet of its own and sits where a continuation would. How sure the break
must look depends on where the line sits:

- under a bullet's words (a hanging indent): the line goes on in lower case, or the one above
  ends on ";" or on a word no sentence ends on ("the", "of", "and", a comma); before a capital,
  only in a file shown to be wrapped (several plain mid-sentence breaks) and when the capital's
  word would not have fitted on the line above;
- at the bullet mark's indent (an export without a hanging indent) or a paragraph's own, where
  a list typed without bullets also sits: only after a word no sentence ends on.

Short lines (a list's items, labels, headings), labels, arrows, quotes and marked items are never
joined; a lower-case line indented under a long open line always was (`_hangs_on`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

_LONG_LINE = 60  # a line this long may have been broken by hand, whatever the file's margin
_LONG_SHARE = 0.7  # … and so may one reaching this share of the file's right margin
_FIT_SHARE = 0.85  # a break before a capital: the next word would have gone past this share
_MARGIN_PERCENTILE = 0.9  # the right margin: the end column most lines stay inside
_MIN_LONG = 50  # a line shorter than this is never a wrapped one, however narrow the file
_MIN_PLAIN_BREAKS = 2  # breaks plainly mid-sentence a file must show before a capital carries on
_CARRIES_ON = re.compile(r"^[(\"'“‘]?[a-z0-9]")
_ENDS_OPEN = re.compile(r"[\w,)\]'’\"”-]$")  # no full stop, colon or semicolon at the end
# A label opening a line ("Note: …", "Example - …" is no label): a line of its own.
_LABEL_FIRST = re.compile(r"^(?:\S+\s+){0,3}?\S+:\s")
# Lines no paragraph runs into: a dotted section number, a table's row or border, a rule, an
# arrow or quote mark giving the line above its reason, result or source ("-> because …",
# "> Carnagey et al (2007) …"), a marked item ("*27 July 1794 …", "★ 73 BC …").
_OWN_LINE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})+\.?\s|[|+>]|([=\-~_*#])\1{2,}|[-=]+>|[→⇒⟹∴∵*★☆✓✔✗✘•])"
)
_ENDS_STOPPED = re.compile(r"[.!?…:;]$")
# What a line broken mid-sentence ends on: a comma, a spaced dash, or a word no sentence ends on
# (an article, a preposition or conjunction that never closes one, a relative, a possessive).
# Words a sentence can end on ("seems over", "close by", "and so on", "most flowers are") are
# left out: messy notes stop mid-thought as often as an editor wraps.
_ENDS_MID_PHRASE = re.compile(
    r"(?:[,(&]|\s[-–—]|\b(?:a|an|the|of|to|from|with|within|into|onto|upon|via|per|between"
    r"|among|amongst|than|during|in|at|for|and|or|but|nor|because|whether|if|while|although"
    r"|though|where"
    r"|when|which|who|whose|whom|its|their|his|my|our|your|called|named))$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Head:
    """The line a run of continuations hangs from, and the last line joined to it."""

    number: int  # the last physical line joined
    indent: int  # the head line's indent
    column: int  # where the head line's words start (after its bullet, if any)
    bulleted: bool
    end: int  # where the last physical line's words end
    tail: str  # the last physical line's words
    length: int  # the whole joined line's length, indent included


def continuations_joined(
    lines: list[tuple[int, str]],
    bullet: re.Pattern[str],
    written: list[tuple[int, str]] | None = None,
    ends: list[int] | None = None,
) -> list[tuple[int, str]]:
    """`lines` (number, raw text), each continuation line joined to the line it carries on, the
    joined line numbered where it starts. `bullet` matches a bulleted line's content and names
    its words as the group "text". When `lines` are no longer as written (`unwrap` has joined
    some), `written` are the file's lines as written (its margin and breaks are read there) and
    `ends` the number of the last line each of `lines` takes in."""
    written = lines if written is None else written
    margin = right_margin(written)
    wrapped = _plain_breaks(written, bullet, margin) >= _MIN_PLAIN_BREAKS
    joined: list[tuple[int, str]] = []
    head: _Head | None = None
    for index, (number, raw) in enumerate(lines):
        last = number if ends is None else ends[index]
        indent, content = _measured(raw)
        match = bullet.match(content)
        if (
            head is not None
            and number == head.number + 1
            and match is None
            and content
            and (
                _hangs_on(head, indent, content)
                or _carries_on(head, indent, content, margin, wrapped=wrapped)
            )
        ):
            line = f"{joined[-1][1].rstrip()} {content}"
            joined[-1] = (joined[-1][0], line)
            head = _Head(
                last,
                head.indent,
                head.column,
                head.bulleted,
                indent + len(content),
                content,
                len(line.expandtabs(4)),
            )
            continue
        column = indent + (match.start("text") if match else 0)
        joined.append((number, raw))
        head = _Head(
            last,
            indent,
            column,
            match is not None,
            indent + len(content),
            content,
            len(raw.rstrip().expandtabs(4)),
        )
    return joined


def _measured(raw: str) -> tuple[int, str]:
    """A line's indent (tabs as four columns) and its words."""
    expanded = raw.replace("\u00a0", " ").expandtabs(4).rstrip()
    content = expanded.lstrip()
    return len(expanded) - len(content), content


def right_margin(lines: list[tuple[int, str]]) -> int:
    """The file's right margin: the end column nine lines in ten stay inside (tables and rules,
    which run as wide as they like, left out). 0 when there are no such lines."""
    ends = sorted(
        len(stripped.expandtabs(4))
        for _, raw in lines
        if (stripped := raw.replace("\u00a0", " ").rstrip())
        and not _OWN_LINE.match(stripped.lstrip())
    )
    return ends[int(_MARGIN_PERCENTILE * (len(ends) - 1))] if ends else 0


def _long(end: int, margin: int) -> bool:
    """A line reaching near the file's right margin (or long whatever the margin)."""
    return end >= max(_MIN_LONG, min(_LONG_LINE, _LONG_SHARE * margin))


def _plain_breaks(lines: list[tuple[int, str]], bullet: re.Pattern[str], margin: int) -> int:
    """How many of the file's line breaks are plainly mid-sentence: a long line ending on a word
    no sentence ends on, over an unbulleted line. A file with several was wrapped by hand, so a
    break there before a capital ("… North and South" over "America; …") may be one too."""
    found = 0
    for (number, raw), (after, following) in pairwise(lines):
        indent, content = _measured(raw)
        _, next_content = _measured(following)
        found += (
            after == number + 1
            and _long(indent + len(content), margin)
            and _ENDS_MID_PHRASE.search(content) is not None
            and bullet.match(next_content) is None
        )
    return found


def _hangs_on(head: _Head, indent: int, content: str) -> bool:
    """A long line broken by hand where it stops mid-phrase, the next line unbulleted, indented
    under its words and carrying on in lower case or with a figure ("* Buckley et al (2009) -
    around 50% of sz patients also have depression," over "47% substance abuse, 23% OCD"): read
    apart, the first half was asked ending on its comma and the second stood alone with its
    subject lost (round 19, A38 and A11). A short line over an indented one heads it."""
    column = head.column if head.bulleted else head.indent + 1
    return (
        indent >= column
        and head.length >= _LONG_LINE
        and _ENDS_OPEN.search(head.tail) is not None
        and _CARRIES_ON.match(content) is not None
        and _LABEL_FIRST.match(content) is None
    )


def _carries_on(head: _Head, indent: int, content: str, margin: int, *, wrapped: bool) -> bool:
    """Whether a line (unbulleted, right under the head's last line) is the rest of it, in a
    handout wrapped by hand to a ragged margin."""
    stopped = _ENDS_STOPPED.search(head.tail) is not None
    if stopped and not (head.bulleted and head.tail.endswith((";", ":"))):
        return False  # a sentence ended (under a bullet, ";" and ":" go on)
    if _OWN_LINE.match(content) or _LABEL_FIRST.match(content) or not _long(head.end, margin):
        return False  # a line of its own ("Note: …"), or one under a short line (an item, a label)
    mid_phrase = _ENDS_MID_PHRASE.search(head.tail) is not None
    lower = _CARRIES_ON.match(content) is not None
    if head.bulleted and indent >= head.column:
        # under a bullet's words: "… Cape Horn:" over "about 20,900 km", "… in the Zone;" over
        # "malaria cases …", a word that never ends a sentence, or (in a file shown to be wrapped)
        # a capital that would not have fitted on the line above
        if head.tail.endswith(":"):
            return lower
        word = content.split(None, 1)[0]
        past_margin = head.end + 1 + len(word) > _FIT_SHARE * margin
        return lower or mid_phrase or head.tail.endswith(";") or (wrapped and past_margin)
    # at the bullet mark's indent (a word processor's export without a hanging indent) or a
    # paragraph's own, where a list typed without bullets also sits ("a beam turned by ropes"
    # over "each position of the arms …"): the break must be plainly mid-sentence
    return indent == head.indent and mid_phrase
