"""An era written before its year ("AD 43", "A.D. 1066", "CE 79"), read as the same year written
with the era after it ("43 AD"), the order the number reader understands.

Round 26's teacher wrote "AD 43" as a key and "43" as the answer a student gives; the number
reader stopped at the leading "AD" and read no number at all, so the bare year was marked wrong
while "43 AD" was right. Only the order changes: the era itself is still compared ("43 BC" is
another year, `bot._grade_numbers.era_of`).
"""

from __future__ import annotations

import re

# Optional qualifiers, the era, then the number and whatever follows it.
_LEADING_ERA = re.compile(
    r"^(?P<lead>\s*(?:(?:in|about|around|c\.?|ca\.?|circa)\s+)*)"
    r"(?P<era>a\.?\s?d\.?|c\.?\s?e\.?|b\.?\s?c\.?(?:\s?e\.?)?)"
    r"\s*(?P<number>\d[\d,]*)(?![\d,]*\s*[-–—]\s*\d)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)


def era_last(text: str) -> str:
    """`text` with a leading era moved after its year ("AD 43" → "43 AD"); other text as it is.
    A range after the era ("AD 43–60") is left alone: its reader takes the era as it comes."""
    if text.lstrip()[:1] not in ("a", "A", "b", "B", "c", "C", "i", "I"):
        return text
    match = _LEADING_ERA.match(text)
    if match is None:
        return text
    lead, number, era, rest = match.group("lead", "number", "era", "rest")
    return f"{lead}{number} {era}{rest}"
