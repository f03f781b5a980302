"""One builder for every true/false question, and the check that a false statement is plausible.

A true/false question is a line of the notes shown as written or with one thing in it changed
(a value swapped for a look-alike: `_truefalse`; a word turned round: `_opposites`). Both build
the same question, so the wording, the id and the explanation come from here. A false statement
a student can refute without knowing the subject ("24 of these 14") tests nothing: it is never
made, and the line then gives no true/false question at all, so the verdicts stay balanced.
"""

from __future__ import annotations

import random
import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._fragments import states_nothing
from bot.questions._model import FALSE, TRUE, Question, QuestionKind
from bot.questions._phrasing import labelled, quote_fact
from knowledge.model import stable_id
from knowledge.text import fold

# "12 of these 14", "3 of the 44 thieves": the part can't be more than the whole.
_PART_OF = re.compile(
    r"(?<![\d.,])(\d+(?:\.\d+)?)\s+(?:out\s+)?of\s+(?:these|those|the|them|all)?\s*"
    r"(\d+(?:\.\d+)?)(?![\d.,]*%)"
)
_PERCENT = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:%|per ?cent\b)")


# "between low and low tide", "from north to north": a pair whose two ends the change made one.
_SAME_PAIR = re.compile(r"\b(\w+)\s+(?:and|or|to|&)\s+\1\b", re.IGNORECASE)
# After a changed value and its unit, the notes' value again in other units: "1.7 nm (1 x 10^-10 m)".
_CONVERSION_AFTER = re.compile(r"\s*[^\W\d_]{0,12}\.?\s*\([^()]*\d[^()]*\)")


def plausible(statement: str, source: str) -> bool:
    """False when the changed statement contradicts itself: a part larger than its whole ("24 of
    these 14"), a share over 100% where the notes have none, a pair whose two ends are now the
    same word ("between low and low tide"), or a changed amount whose bracket still gives the
    notes' amount in other units ("about 1.7 nm (1 x 10^-10 m)")."""
    same = {fold(m.group(0)) for m in _SAME_PAIR.finditer(statement)}
    if same - {fold(m.group(0)) for m in _SAME_PAIR.finditer(source)}:
        return False
    at = _first_difference(statement, source)
    if not _years_keep_order(statement, source, at):
        return False
    if source[at : at + 1].isdigit() and _CONVERSION_AFTER.match(
        statement, _changed_end(statement, source)
    ):
        return False
    for match in _PART_OF.finditer(statement):
        if float(match.group(1)) > float(match.group(2)):
            return False
    over = any(float(m.group(1)) > 100 for m in _PERCENT.finditer(statement))
    return not over or any(float(m.group(1)) > 100 for m in _PERCENT.finditer(source))


_YEAR = re.compile(r"(?<![\d.,])(?:1\d|2[01])\d\d(?![\d.,]\d)")


def _years_keep_order(statement: str, source: str, at: int) -> bool:
    """False when a changed year moves past another year of the line: "The IPCC (2021) projects
    a rise … by 1700" is a projection into its own past, false on its face."""
    old = next((m for m in _YEAR.finditer(source) if m.start() <= at < m.end()), None)
    new = next((m for m in _YEAR.finditer(statement) if m.start() <= at < m.end()), None)
    if old is None or new is None:
        return True
    was, now = int(old.group()), int(new.group())
    others = [int(m.group()) for m in _YEAR.finditer(source) if m.start() != old.start()]
    return all((was > year) == (now > year) for year in others if year != was)


def _first_difference(one: str, two: str) -> int:
    at = 0
    while at < min(len(one), len(two)) and one[at] == two[at]:
        at += 1
    return at


def _changed_end(statement: str, source: str) -> int:
    """Where the changed part of `statement` ends: its length less the tail it shares with
    `source` (a tail never reaching back past the first difference)."""
    start = _first_difference(statement, source)
    tail = 0
    limit = min(len(statement), len(source)) - start
    while tail < limit and statement[-1 - tail] == source[-1 - tail]:
        tail += 1
    end = len(statement) - tail
    while end < len(statement) and (statement[end].isdigit() or statement[end] in ".,"):
        end += 1  # "1.1" for "0.1": the shared ".1" is still the changed number's
    return end


def in_bracket(text: str, at: int) -> bool:
    """True when position `at` of `text` lies inside a bracket opened before it: an aside."""
    before = text[:at]
    return before.count("(") > before.count(")")


def draw_truth(ctx: DeckContext, ref: FactRef, *salt: str) -> bool:
    """Whether the line is shown as written, drawn from the seed (about half are)."""
    rng: random.Random = ctx.rng(QuestionKind.TRUE_FALSE.value, ref.fact_id, *salt)
    return rng.random() < 0.5


def statement_question(
    ctx: DeckContext,
    ref: FactRef,
    *,
    truth: bool,
    changed: str,
    was: str,
    now: str,
    context: str,
    hint: str,
) -> Question | None:
    """The true/false question on `ref`'s line: as written when `truth`, else `changed` (the line
    with `was` turned into `now`). None when the false statement is not one a student must know
    the subject to refute, or is itself a line of the notes."""
    text = ref.text
    if states_nothing(text):
        return None  # "heavy, solid lower courses (a low centre of mass);" claims nothing
    if not truth and (not plausible(changed, text) or ctx.line(fold(changed)) is not None):
        return None
    if in_bracket(text, _first_difference(changed, text)) and not in_bracket(text, len(text)):
        # "… equals the group number (groups 1 to 9)": the aside is changed, the rule is not
        return None
    verdict = TRUE if truth else FALSE
    lead = f"{verdict}: the notes say" if truth else f"{verdict}: not “{now}”; the notes say"
    return Question(
        id=stable_id(ref.topic.id, ref.fact_id, QuestionKind.TRUE_FALSE.value, was, verdict),
        kind=QuestionKind.TRUE_FALSE,
        prompt=f"True or false? {labelled(context, text if truth else changed)}",
        answers=(verdict,),
        options=(TRUE, FALSE),
        correct=(0,) if truth else (1,),
        explanation=quote_fact(lead, ref),
        source_fact=text,
        topic_id=ref.topic.id,
        fact_id=ref.fact_id,
        hint=hint,
    )
