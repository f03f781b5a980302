"""A right answer typed inside a short sentence: "it was Versailles", "I think it's mitosis".

Students type an answer the way they would say it aloud. The words before it ("it was", "the
answer is", "I think") say nothing of the answer, so the answer is graded without them: "it was
the Treaty of Versailles" is the Treaty of Versailles. Only a lead-in is cut, never a word of
the answer: a negation ("it was not Versailles") or a second answer ("it's Versailles or
Brest-Litovsk") is left for the grader to refuse, as it refuses them typed alone.
"""

from __future__ import annotations

import re

# "it was", "it's", "that is", "they were", "the answer is", "I think (that) it was",
# "I believe", "I'm pretty sure it's": a lead-in that opens the answer, then the answer itself.
_LEAD_IN = re.compile(
    r"^\s*(?:(?:i\s+think|i\s+believe|i'?m\s+(?:pretty\s+|fairly\s+)?sure)(?:\s+that)?\s*,?\s+)?"
    r"(?:(?:it|that|this|they|these|he|she)(?:\s+(?:was|were|is|are)|\s*['’](?:s|re))"
    r"|the\s+answer\s+(?:is|was)"
    r"|(?:i\s+think|i\s+believe)(?:\s+that)?)"
    r"\s*[:,]?\s+(?P<answer>\S.*)$",
    re.IGNORECASE,
)


def said_after_lead_in(given: str) -> str | None:
    """`given` without the lead-in that opens it ("it was Versailles" -> "Versailles"), or None
    when it opens with none."""
    found = _LEAD_IN.match(given)
    if found is None:
        return None
    return found["answer"].strip() or None
