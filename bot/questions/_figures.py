"""The figures a question turns on, so that a quiz asks one figure of the notes once.

Notes give a figure and then say why it is so: "temperature about 450 °C" under the conditions and
"… so 450 °C is a compromise" under why; "pressure about 200 atmospheres" and "… so 200 atm is a
compromise". Asked from each line, the second question is the first again, or gives it away
(round 18: B54 after B30, B42 after B24). A figure with its unit is one thing to know in its
section: a cloze or a choice on it, or a true/false on a line that states it, asks about it. A
figure with a unit names a quantity of one kind, and is one fact anywhere in the notes (mains
230 V under the National Grid and under parallel circuits); a percentage is a share of
different wholes, one fact only in its section. A bare number ("about 50 people excluded",
"Tube 3") and a year are too common to count as one fact wherever they recur.
"""

from __future__ import annotations

import re

from bot.questions._model import BLANK, Question, QuestionKind
from bot.questions._words import STOP_WORDS

# A number and the unit after it: "450 °C", "200 atm", "75%", "50 cm³", "£1.2 million".
_FIGURE = re.compile(
    r"(?<![\w.,])(?P<number>\d+(?:[.,]\d+)*)\s?(?P<unit>%|°\s?[CFK]\b|[^\W\d_][\w³²°/]*)"
)
# The unit after a blank: "_____ °C", "_____ atmospheres".
_UNIT_AFTER_BLANK = re.compile(re.escape(BLANK) + r"\s?(?P<unit>%|°\s?[CFK]\b|[^\W\d_][\w³²°/]*)")
_YEAR = re.compile(r"(?:1\d|20)\d\d")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# A unit is known by its first letters: "atmospheres" and "atm", "degrees" and "deg".
_UNIT_LETTERS = 3


def figure_keys(question: Question, section: str) -> frozenset[str]:
    """The keys of the figures with units `question` turns on, in `section` (see the module)."""
    if question.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE) and question.answers:
        number = question.answers[0].strip()
        if not number[:1].isdigit() or _NUMBER.fullmatch(number) is None:
            return frozenset()
        found = _UNIT_AFTER_BLANK.search(question.prompt)
        return frozenset() if found is None else _keys([(number, found.group("unit"))], section)
    if (
        question.kind is QuestionKind.TRUE_FALSE
        and question.source_fact
        and any(char.isdigit() for char in question.source_fact)
    ):
        pairs = [
            (m.group("number"), m.group("unit")) for m in _FIGURE.finditer(question.source_fact)
        ]
        return _keys(pairs, section)
    return frozenset()


def _keys(pairs: list[tuple[str, str]], section: str) -> frozenset[str]:
    keys = set()
    for number, unit in pairs:
        word = unit.replace(" ", "").casefold()
        if _YEAR.fullmatch(number) or word in STOP_WORDS:
            continue
        where = section if word.startswith("%") or word.startswith("per") else "deck"
        keys.add(f"figure:{where}:{number.replace(',', '')}:{word[:_UNIT_LETTERS]}")
    return frozenset(keys)
