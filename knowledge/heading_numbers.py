"""A heading's own number, which places it on the handout but is no part of what it is about.

Notes number their sections ("2.", "5b.", "3a)", "IV.", "2.1"); an importer keeps the number in
the title (so /explain still finds "5b"), but a question shows the title without it: "5b. Hunting
methods: The short-eared owl …" reads as a stray figure in the stem (round 29, B20).
"""

from __future__ import annotations

import re

# "2.", "5b.", "3a)", "2.1", "2.1.", "(4)": a number of up to three digits with a letter after
# it, closed by a dot or a bracket (a dotted "2.1" needs none). A roman numeral is upper case
# and closed the same way, and must be followed by a word, so "C. 1500" (a date) and initials
# ("V. I. Lenin") keep theirs.
_NUMBER = re.compile(
    r"^\s*(?:"
    r"\(?\d{1,3}[a-z]?[.)]|\d{1,2}(?:\.\d{1,2})+\.?"
    r"|[IVX]{1,5}[.)](?=\s+[^\W\d_]{2})"
    r")\s+(?=\S)"
)


def without_number(title: str) -> str:
    """`title` without the section number it opens with ("Hunting methods" of "5b. Hunting
    methods"); a title that is nothing but a number, or has none, is returned as it is."""
    cut = _NUMBER.sub("", title, count=1).strip()
    return cut or title.strip()
