"""The notes' own clutter on a line of notes: a link footer, a to-do list, and the asides a
teacher or a student writes about the note rather than the subject.

Round 32 (blind) asked "See also: Source pack – _____ · Essay plan – why Britain left" (an
Obsidian link footer), "do past paper Q3 (2019) ☑ _____ for EM spectrum ☐ redo …" (a to-do
line), "… to the _____. (paraphrase, don't quote as exact!)" and "(that's _____× amplitude) –
lost a mark on this in the test". A footer of links and a to-do list are the page's structure:
the line is dropped. An aside only rides on a real fact: the aside is taken off and the fact
kept ("… to the Hunter Committee.", "NOT peak to trough (that's 2× amplitude)").
"""

from __future__ import annotations

import re

# A footer of links to other notes: "See also: [[A]] · [[B]]", "Related notes: …", "Backlinks:".
_LINK_FOOTER = re.compile(
    r"^[*_\s]*(?:see also|related (?:notes|pages|topics|links)|backlinks|linked notes)[*_\s]*"
    r"(?::|[–—-]\s)",
    re.IGNORECASE,
)
# A to-do box opening a line ("[ ] re-read …", "☐ flashcards"), or a line of several boxes
# ("☐ do past paper Q3 ☑ flashcards ☐ redo …"). A tick or a cross alone ("✓ cheap", "✗ slow")
# marks a pro or a con, a fact, and is kept.
_BOX_FIRST = re.compile(r"^(?:[-*+•]\s+)?(?:\[[ xX✓✔]?\]|[☐☑☒])\s*\S")
_BOX = re.compile(r"[☐☑☒]|\[[ xX]\](?=\s)")
_MIN_BOXES = 2
# A bracketed aside on how to use the note, not what it says: "(paraphrase, don't quote as
# exact!)", "(don't need to learn this)", "(not on the spec)", "(just for interest)". A source
# ("(paraphrased from Bede)") is the fact's, and stays.
_USAGE_ASIDE = re.compile(
    r"\s*[*_]*[(\[](?:\s*paraphrase\b|[^()\[\]]*?\b(?:don'?t (?:need to |have to )?(?:learn|quote"
    r"|memori[sz]e)|do not (?:need to )?(?:learn|quote|memori[sz]e)|no need to (?:learn|know"
    r"|memori[sz]e)|not (?:on|in) the (?:spec|specification|syllabus|exam)|not examined"
    r"|(?:just )?for interest(?: only)?|not (?:needed|required) for the exam)\b)[^()\[\]]*[)\]][*_]*",
    re.IGNORECASE,
)
# A student's note to self after a dash: "– lost a mark on this in the test", "- always forget".
_SELF_TAIL = re.compile(
    r"\s+[–—-]+\s+(?:(?:I|i)\s+)?(?:lost (?:a |two |2 )?marks?|dropped (?:a )?marks?"
    r"|got (?:this|it|that) wrong|always forget|keep forgetting|check with (?:sir|miss)"
    r"|ask (?:sir|miss))\b[^.]*\.?\s*$"
)
# A note to self opening a line, kept off the fact that follows it: "Q I got wrong: a ship …",
# "Note to self: …".
_SELF_LABEL = re.compile(
    r"^(?:(?:Q|question|one|thing)\s+I\s+(?:got|get)\s+wrong|note to self|NB to self)\s*"
    r"(?::|[–—-]\s)\s*",
    re.IGNORECASE,
)
# "trough!!", "!!!": a student's alarm, kept as one "!" where it ends a clause ("changes
# shape!! the enzyme is denatured") and dropped before a bracket or the line's end.
_ALARM = re.compile(r"\s*!{2,}(?=\s*(?:[(\[]|$))")
_ALARM_RUN = re.compile(r"!{2,}")


def is_structure(text: str) -> bool:
    """Whether a line is the notes' structure, not a fact: a footer of links or a to-do list."""
    line = text.strip()
    if _LINK_FOOTER.match(line) or _BOX_FIRST.match(line):
        return True
    return len(_BOX.findall(line)) >= _MIN_BOXES


def without_asides(text: str) -> str:
    """`text` without the asides about the note that ride on it (see the module's docstring);
    the fact itself is kept word for word."""
    line = _USAGE_ASIDE.sub("", text)
    line = _SELF_TAIL.sub("", line)
    line = _SELF_LABEL.sub("", line)
    line = _ALARM_RUN.sub("!", _ALARM.sub("", line))
    return line.strip() if line != text else text


def is_self_label(heading: str) -> bool:
    """Whether a label or sub-heading is a note to self ("Q I got wrong:"), not a section: what
    it heads is a fact of the section it sits in."""
    return bool(_SELF_LABEL.match(heading.strip().rstrip(":") + ": "))


def fact_text(text: str) -> str:
    """A line as a fact: empty when it is the notes' structure, else without its asides."""
    return "" if is_structure(text) else without_asides(text)
