"""The sentence a student reads about an answer, and the checks that choose it.

A right answer in the other number is told so, not called a misspelling; a wrong one is told
what is wrong where the grader can say (another word a letter away, a unit, a ruler's number,
an acronym's letters, two numbers side by side), else shown the answer.
"""

from __future__ import annotations

from fractions import Fraction

from bot._grade_acronyms import (
    _slip_of,
)
from bot._grade_answers import (
    _Answer,
    _Form,
)
from bot._grade_numbers import number_reason
from bot._grade_plan import (
    _Plan,
)
from bot._grade_plurals import classical_plural
from bot._grade_result import Verdict
from bot._grader_names import _FIRST_OF_THE_NAME, _ROMAN
from bot._numbers import parse_quantity
from bot._spelling import another_word
from bot._units import as_quantity_text, currency_of, differ, multiple_of, unit_of
from knowledge.given_names import (
    is_title,
)

_ANOTHER_ANSWER = "Not accepted — “{}” is another answer in these notes; we wanted “{}”."
_IN_THE_NOTES_NUMBER = "Accepted — the notes write it in the {}: “{}”."


def _number_reason(g: _Form, answer: _Answer) -> str:
    """Why an answer in the other number is right, said as that: not a spelling correction."""
    singular = len(g.compact) > len(answer.form.compact)
    mine, theirs = answer.form.compact.endswith("um"), g.compact.endswith("um")
    if mine != theirs:  # a Latin plural is the shorter word: "spectrum" / "spectra"
        singular = mine
    if g.words and answer.form.words:  # "patagia" / "patagium", "tragi" / "tragus"
        singular = classical_plural(answer.form.words[-1], g.words[-1]) or (
            singular and not classical_plural(g.words[-1], answer.form.words[-1])
        )
    number = "singular" if singular else "plural"
    return _IN_THE_NOTES_NUMBER.format(number, answer.text)


_PARTLY_RIGHT = "Partly right — the full answer is “{}”."
_TOO_LONG = "That answer is too long to check — a few words are enough."
_SIGNS_DIFFER = "Not quite — check the signs: the equation is “{}”."
_TERMS_MOVED = "Not quite — check what is divided or taken away: the answer is “{}”."


def _accepted(verdict: Verdict, first: str) -> str:
    return "Correct." if verdict is Verdict.EXACT else f"Accepted — also known as “{first}”."


def _unit_refused(plan: _Plan, given: str) -> bool:
    """True when `given` names a unit (or currency) and the accepted answers that name one all
    name another: "61 miles" against "61" and "61 km" (a blank's number and the unit the line
    writes after it), or against "61 km" alone."""
    if not plan.units:
        return False  # most questions: no answer names a unit, so there is none to refuse
    theirs, paid = unit_of(given), currency_of(given)
    if theirs is None and paid is None:
        return False  # most answers: a bare number, nothing to tell apart
    return all(differ(ours, theirs, money, paid) for ours, money in plan.units)


def _unit_differs(answer: _Answer, given: str) -> bool:
    """True when both the answer and `given` name a unit and they differ: "60 ft" is not "60 m"
    where the notes also give that length as "197 ft" (an accepted answer in feet)."""
    if answer.unit is None:
        return False
    theirs = unit_of(given)
    return theirs is not None and differ(answer.unit, theirs, currency_of(answer.text), None)


def _units_named(answers: tuple[_Answer, ...]) -> tuple[tuple[str | None, str | None], ...]:
    """`_Plan.units`: the unit and the currency of each number answer that names one."""
    named = [(a.unit, currency_of(a.text)) for a in answers if a.numeric]
    return tuple((ours, money) for ours, money in named if ours or money)


def _in_another_multiple(answer: _Answer, given: str) -> bool:
    """True when `given` is `answer`'s value in another multiple of its unit ("400 kV" for "400
    000 V", "1500 g" for "1.5 kg": `_units.multiple_of`); read only when the plain comparison
    has refused it."""
    if answer.unit is None:
        return False  # (most keys name no unit: then the given's unit is not read)
    factor = multiple_of(answer.unit, unit_of(given))
    if factor is None or answer.quantity is None:
        return False
    quantity = parse_quantity(as_quantity_text(given))
    return quantity is not None and any(
        isinstance(value, Fraction) and value * factor in answer.quantity.values
        for value in quantity.values  # (a range, "1953-64", is no value of a unit)
    )


def _another_word(plan: _Plan, g: _Form) -> bool:
    """True when `g` is one word of English a letter away from the one-word answer."""
    answer = plan.answers[0]
    return (
        not answer.numeric
        and len(g.words) == len(answer.form.words) == 1
        and another_word(g.key, answer.form.key)
    )


_SAINT = frozenset({"st", "saint"})


def _number_left_out(plan: _Plan, g: _Form) -> bool:
    """True when `g` is a ruler's name without his number, the second or a later of the name
    ("Napoleon" for Napoleon III, "Sultan Mehmed" for Mehmed II): the name alone is that of an
    earlier ruler too, so the student is told it is the number that was missing."""
    saint = g.words[0] in _SAINT  # "St Louis" for Louis IX: the name the Church gives him
    gw = g.words[1:] if len(g.words) == 2 and is_title(g.words[0]) and not saint else g.words
    return any(
        not answer.numeric
        and len(answer.form.words) == len(gw) + 1
        and answer.form.words[:-1] == gw
        and _ROMAN.fullmatch(answer.form.words[-1]) is not None
        and answer.form.words[-1] != _FIRST_OF_THE_NAME
        for answer in plan.answers
    )


def _wrong_reason(plan: _Plan, given: str, g: _Form) -> str:
    """Why a wrong answer is wrong; for numbers and dates, the two values side by side when the
    student's text is wholly a number or a date; for another word one letter away, that."""
    answer = plan.answers[0]
    if _another_word(plan, g):
        return f"Not quite — “{given}” is another word; the answer is “{answer.text}”."
    if _number_left_out(plan, g):
        return f"Not quite — the number says which ruler: the answer is “{answer.text}”."
    if answer.text in plan.acronyms and _slip_of(g.compact, answer.form.compact):
        return f"Not quite — in an acronym each letter stands for a word: the answer is “{answer.text}”."
    if answer.numeric and _unit_refused(plan, given):
        said = next((a.text for a in plan.answers if a.numeric and a.unit), answer.text)
        return f"Not quite — check the unit: the notes say “{said}”."
    if (
        answer.quantity is not None
        and len(answer.quantity.values) > 1
        and answer.unit not in (None, "percent")
    ):
        return f"Not quite — the answer is “{answer.text}”."  # "5 m/s": not "5 million"
    if answer.numeric:
        reason = number_reason(answer.quantity, answer.date, as_quantity_text(given), answer.text)
        if reason is not None:
            return reason
    return f"Not quite — the answer is “{answer.text}”."
