"""An equation answered with its operators changed.

Letters and digits carry an answer's words, so grading compares them and lets spaces and
punctuation go ("F=BIL" for "F = BIL"). In an equation the signs between the letters are the
answer too: "V = I/R" is not "V = IR", nor "speed = distance x time" "speed = distance / time".
A student writes multiplication many ways ("IV", "I x V", "I × V", "I*V"), so only the signs that
change the relation are compared: division, addition and subtraction, in order.
"""

from __future__ import annotations

import re

# The signs compared, each written its usual ways: ÷ and / divide, − (minus sign) and - subtract.
_SIGN = re.compile(r"[/÷+\-−–]")
_SAME_SIGN = str.maketrans({"÷": "/", "−": "-", "–": "-"})


def equation_signs(text: str) -> str | None:
    """The dividing, adding and subtracting signs of an equation answer ("a = (v - u) / t" ->
    "-/"), or None when `text` is no equation (no "=" in it)."""
    if "=" not in text:
        return None
    return "".join(_SIGN.findall(text)).translate(_SAME_SIGN)


def signs_differ(equations: tuple[str, ...], given: str) -> bool:
    """Whether `given` changes the signs of every equation answer in `equations` (their signs,
    from `equation_signs`). A given answer with no "=" is read as the equation's right side
    ("BIL" for "F = BIL"), so only its signs count too."""
    mine = "".join(_SIGN.findall(given)).translate(_SAME_SIGN)
    return all(mine != signs for signs in equations)
