"""Lines broken by hand put back together: a plain-text handout whose bullets and paragraphs were
wrapped where the writer (or a word processor's "save as text") chose, at no one width.

`unwrap` joins paragraphs wrapped at one fixed width; a handout typed to a ragged right margin
(lines ending anywhere from column 60 to 85) never shows that width, so each continuation line
became a fact of its own: "French assets for $40 million." without the Spooner Act, "Riots of
9 Jan 1964" without the Flag, and a wrap of one line used as the heading of the next (round 25,
deck A, about 15 of its 36 unsound questions). A line is read as the rest of the line above when
the one above is long (near the file's right margin) and stops mid-sentence, and the line itself
carries no bullet of its own and sits where a continuation would: under the words of a bullet
(a hanging indent), or at the indent of an unbulleted paragraph line. How sure the break must
look depends on where the line sits: under a bullet's words, a line above that stops short of
a full stop will do (before a capital, only if the next word would not have fitted on it); at a
paragraph's own indent (where a list typed without bullets also sits) the line above must end on
a word no sentence ends on ("the", "of", "and", a comma). Short lines (a list's items, labels,
headings) are never joined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LONG_LINE = 60  # a line this long may have been broken by hand, whatever the file's margin
_LONG_SHARE = 0.7  # … and so may one reaching this share of the file's right margin
_FIT_SHARE = 0.85  # a break before a capital: the next word would have gone past this share
_MARGIN_PERCENTILE = 0.9  # the right margin: the end column most lines stay inside
_MIN_LONG = 50  # a line shorter than this is never a wrapped one, however narrow the file
_CARRIES_ON = re.compile(r"^[(\"'“‘]?[a-z0-9]")
# A label opening a line ("Note: …", "Example - …" is no label): a line of its own.
_LABEL_FIRST = re.compile(r"^(?:\S+\s+){0,3}?\S+:\s")
# Lines no paragraph runs into: a dotted section number, a table's row or border, a rule, an
# arrow giving the line above its reason or result ("-> because hot liquid can spit").
_OWN_LINE = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?\s|[|+]|([=\-~_*#])\1{2,}|[-=]+>|[→⇒⟹∴∵])")
_ENDS_STOPPED = re.compile(r"[.!?…:;]$")
# What a line broken mid-sentence ends on: a comma, a dash or joining mark, or a word that
# never ends a sentence (an article, a preposition, a conjunction, a possessive, an auxiliary).
_ENDS_MID_PHRASE = re.compile(
    r"(?:[,(&/+–—-]|\b(?:a|an|the|of|to|in|on|at|by|for|from|with|without|within|into|onto"
    r"|upon|via|per|and|or|but|nor|as|than|that|which|who|whose|whom|where|when|while|because"
    r"|if|whether|its|their|his|her|our|your|my|is|are|was|were|be|been|being|has|have|had"
    r"|between|about|after|before|during|under|over|through|against|among|across|towards?"
    r"|this|these|those|such|both|each|every|very|not|also|then|so|called|known|named))$",
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


def continuations_joined(
    lines: list[tuple[int, str]],
    bullet: re.Pattern[str],
    margin: int | None = None,
    ends: list[int] | None = None,
) -> list[tuple[int, str]]:
    """`lines` (number, raw text), each continuation line joined to the line it carries on, the
    joined line numbered where it starts. `bullet` matches a bulleted line's content and names
    its words as the group "text". When `lines` are no longer as written (`unwrap` has joined
    some), `margin` is the file's right margin (`right_margin` of its lines as written) and
    `ends` the number of the last line each of `lines` takes in."""
    margin = right_margin(lines) if margin is None else margin
    joined: list[tuple[int, str]] = []
    head: _Head | None = None
    for index, (number, raw) in enumerate(lines):
        last = number if ends is None else ends[index]
        expanded = raw.replace("\u00a0", " ").expandtabs(4).rstrip()
        content = expanded.lstrip()
        indent = len(expanded) - len(content)
        match = bullet.match(content)
        if (
            head is not None
            and number == head.number + 1
            and match is None
            and _carries_on(head, indent, content, margin)
        ):
            joined[-1] = (joined[-1][0], f"{joined[-1][1].rstrip()} {content}")
            head = _Head(
                last, head.indent, head.column, head.bulleted, indent + len(content), content
            )
            continue
        column = indent + (match.start("text") if match else 0)
        joined.append((number, raw))
        head = _Head(last, indent, column, match is not None, indent + len(content), content)
    return joined


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


def _carries_on(head: _Head, indent: int, content: str, margin: int) -> bool:
    """Whether a line (unbulleted, right under the head's last line) is the rest of it."""
    stopped = _ENDS_STOPPED.search(head.tail) is not None
    if stopped and not (head.bulleted and head.tail.endswith((";", ":"))):
        return False  # a sentence ended (under a bullet, ";" and ":" go on)
    if not content or _OWN_LINE.match(content):
        return False
    if head.end < max(_MIN_LONG, min(_LONG_LINE, _LONG_SHARE * margin)):
        return False  # a short line: a list's item, a label, a heading
    mid_phrase = _ENDS_MID_PHRASE.search(head.tail) is not None
    lower = _CARRIES_ON.match(content) is not None
    if _LABEL_FIRST.match(content):
        return False  # "Note: …", "Q: …" under a line starts a line of its own
    if head.tail.endswith(":"):
        return lower  # "… had to go round Cape Horn:" over "about 20,900 km …"
    word = content.split(None, 1)[0]
    past_margin = head.end + 1 + len(word) > _FIT_SHARE * margin
    if head.bulleted and indent >= head.column:
        # under a bullet's words: any open end, a capital too when the word would not have fitted
        return lower or mid_phrase or head.tail.endswith(";") or past_margin
    if head.bulleted:
        return False  # at or left of the bullet mark: a line of its own
    if indent > head.indent:
        return lower and not head.tail.endswith(";")  # indented under an unbulleted line
    if indent < head.indent:
        return False
    # a paragraph's own indent, where a list typed without bullets also sits ("a beam turned by
    # ropes" over "each position of the arms …"): the break must be plainly mid-sentence
    return mid_phrase
