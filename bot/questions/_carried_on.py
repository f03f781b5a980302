"""Lines that carry on the line above: an arrow or an example opening them.

Outline notes hang a consequence, a reason or an example under a line with an arrow
("Put paper in a beaker, solvent level BELOW the start line" / "-> otherwise the spots dissolve
into the solvent"; "Limitation: some flame colours can be masked" / "-> e.g. the yellow of sodium
hides other colours"). The importer files such lines under the line above as a group, but they
are no list of things of one kind: asked "Which of these is listed under “Put paper in a beaker
…”?" with an example or a worked calculation as an option, they read as notes shorthand (round
16, A12, A14, A17). A group made only of such lines is not asked as a list; a line that gives the
line above its reason is asked as a "why" question instead (`bot.questions._because`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.questions._context import FactRef

# An arrow opening the line (typed or typographic).
ARROW_LED = re.compile(r"\s*(?:-{1,2}>|={1,2}>|→|⇒)\s*")


_CARRIES_ON = re.compile(
    r"\s*(?:-{1,2}>|={1,2}>|→|⇒|e\.\s?g\.?|eg\b|for example\b|such as\b)", re.IGNORECASE
)


def carries_on(text: str) -> bool:
    """True for a line opening with an arrow or an example: it says more about the line above."""
    return _CARRIES_ON.match(text) is not None


def carried_on(members: Iterable[FactRef]) -> bool:
    """True when every line of a group carries on its heading (`carries_on`): no list."""
    found = False
    for ref in members:
        if not carries_on(ref.text):
            return False
        found = True
    return found


def after_arrow(text: str) -> str:
    """The line without the arrow opening it."""
    found = ARROW_LED.match(text)
    return text if found is None else text[found.end() :]
