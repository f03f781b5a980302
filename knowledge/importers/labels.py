"""Lead-in labels written on a line of their own: "Causes:", "Key dates:", "Why did towns join?".

Teachers head the lines under such a label with it rather than with a heading or a bullet, and
the lines below (bulleted or not) belong to it until the next label, heading or blank line. A
label on its own is short: a few words before a colon, or a short question; a longer line ending
in a colon is a sentence leading into a list, which the importers read as before.
"""

from __future__ import annotations

import re

from knowledge.importers.inline import strip_markdown

MAX_LABEL_WORDS = 6
"""Words before the colon of a label ("Consequences of the treaty for Denmark:" is six)."""

MAX_QUESTION_WORDS = 12
"""Words of a question that heads lines ("Why did so many peasants follow Hong Xiuquan?")."""

_QUESTION_START = re.compile(
    r"^(?:why|what|how|who|whom|whose|when|where|which|did|does|do|is|are|was|were|can|could"
    r"|should|would|in what)\b",
    re.IGNORECASE,
)


def is_label(text: str) -> bool:
    """True for a line that is only a lead-in label: "Causes:", "**Key dates:**", "Course -"
    is not one (a dash heads nothing), nor "The results were as follows and they show that the
    harvest failed:" (a sentence). A question counts when it is short and opens like one."""
    plain = " ".join(strip_markdown(text).split())
    if not plain or not (plain[0].isupper() or plain[0].isdigit()):
        return False
    if plain.endswith(":"):
        body = plain[:-1].strip()
        return bool(body) and ":" not in body and len(body.split()) <= MAX_LABEL_WORDS
    if plain.endswith("?"):
        words = plain.split()
        return (
            len(words) <= MAX_QUESTION_WORDS
            and plain.count("?") == 1
            and _QUESTION_START.match(plain) is not None
        )
    return False
