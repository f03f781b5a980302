"""Questions on the cells of a table in the notes (tables are read by `bot.questions._tables`).

Each question names one row by its key cell and asks about one other cell of it, in a sentence
(round 10: "IMAP — Port: _____" read as a row of the table, not as a question):

- "Standards and protocols: What is the port for IMAP?" with the port column's other values as
  the wrong options (typed when the column has too few other values to offer);
- "Standards and protocols: Which protocol has the port “443”?" with other rows' keys, only when
  no other row has that value (or part of it);
- "True or false? …: The port for IMAP is “110”.", the changed cell being the whole claim;
- "Match each protocol to its port." over three or four rows whose values share nothing.

A column named by a question or a phrase ending in a preposition ("What you change", "Found in")
is quoted: "For Nucleus, what does the table give under “Found in”?".

A column whose header names no kind of thing ("Fact", "Details", "Key point":
`bot.questions._generic_headers`) is asked by the row's label alone: "The Salt March: What does
the table give for “Distance”?", typed, or with wrong options only from cells that are figures of
the key's own kind (never a place or a reason beside a distance); no "which row" question is asked
where the rows are themselves such labels, and its cells are never matched (round 32, deck A).

A wrong option is never a value that is also right for the row: it differs from the row's own cell,
shares no listed item with it ("21" is not offered where the cell says "20, 21") and no two content
words ("ionising – cancer, cell damage" is no wrong danger for X-rays beside "ionising – mutation of
genes, cancer": round 32, deck B Q7 and Q35). A cell that
spells its row's initials ("HTTP" — "Hypertext Transfer Protocol") is not asked: it gives itself
away.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import replace

from bot.questions._column_names import (
    PAST,
    ask_when,
    ask_which_when,
    claim_when,
    holds_times,
    is_describing,
    is_past,
    match_when,
    read_header,
)
from bot.questions._context import DeckContext, FactRef
from bot.questions._generic_headers import names_no_kind
from bot.questions._header_phrases import (
    ask_cell,
    ask_key,
    claim_cell,
    counts,
    running,
    words_of,
)
from bot.questions._model import (
    FALSE,
    MAX_EXPLANATION,
    MAX_OPTION,
    MAX_PROMPT,
    MAX_TYPED_WORDS,
    TRUE,
    Question,
    QuestionKind,
    shorten,
)
from bot.questions._numbers import parse_number, scan_numbers
from bot.questions._part import WHOLE, Part
from bot.questions._phrasing import hint_for, label, labelled
from bot.questions._quotes import in_quotes
from bot.questions._short_forms import spell_each_other
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind
from bot.questions._tables import (
    Cell,
    Row,
    Table,
    abbreviates,
    alike,
    overlaps,
    says_alike,
    shape,
    shares_words,
    tables,
)
from bot.questions._term_forms import one_named_person
from bot.questions._words import content_words, gives_away
from knowledge.model import stable_id
from knowledge.text import fold

WRONG_OPTIONS = 3
MIN_WRONG_OPTIONS = 2
# A typed answer from a cell: a name or a number, not a phrase to reproduce word for word.
MAX_TYPED_CELL_WORDS = 3
# A true/false shows one cell as its claim: a short one, read at a glance.
MAX_CLAIM_WORDS = 8
# Matching lists each value in full.
MATCH_SIZES = (4, 3)
MAX_MATCH_VALUE = 60
MAX_ANSWER_LEAD = 40


def table_questions(ctx: DeckContext, part: Part = WHOLE) -> Iterator[tuple[Cell, Question]]:
    """Every question on the deck's tables (those of `part`), each with the cell it asks about
    (a matching question: its first row's cell)."""
    for position, table in enumerate(ctx.once(tables)):
        if position not in part:
            continue
        for row in table.rows:
            for cell in row.cells:
                if _gives_itself_away(row, cell.value):
                    continue
                for question in (
                    _which_value(ctx, table, row, cell),
                    _which_row(ctx, table, row, cell),
                    _true_or_false(ctx, table, row, cell),
                ):
                    if question is not None:
                        yield cell, question
        for column in table.columns:
            matched = _matching(ctx, table, column)
            if matched is not None:
                yield matched


def _gives_itself_away(row: Row, value: str) -> bool:
    """True when a cell spells its row's key or the key its cell ("HTTP" beside "Hypertext
    Transfer Protocol", "Nucleus" beside "the nucleus …"): asking one from the other tests
    nothing."""
    return (
        abbreviates(row.key, value)
        or abbreviates(value, row.key)
        or spell_each_other(row.key, value)  # "Fl" beside "flashing", "Mo" beside "Morse code"
        or gives_away(row.key, value)
        or gives_away(value, row.key)
    )


def wrong_values(table: Table, row: Row, cell: Cell) -> list[str]:
    """The column's values in other rows that are wrong for `row` and of its cell's shape (a
    temperature among temperatures, not "iron"; a count among counts, not "$2,000"), in table
    order, no repeats."""
    found: dict[str, str] = {}
    mine, measures = shape(cell.value), _measures(cell.value)
    for other, value in table.values(cell.column):
        if other is not row and not says_alike(value, cell.value) and shape(value) == mine:
            theirs = _measures(value)
            if measures and theirs and theirs != measures:
                continue  # "$2,000" beside "37"; a year in a role's words is no measure of it
            found.setdefault(fold(value), value)
    if names_no_kind(cell.column) and mine[0] == "text":
        # Under "Fact" a place, a reason and a date range sit side by side: no cell of words is
        # known to be of the key's kind, so none is offered (figures of its unit still are).
        return []
    return list(found.values())


def _by_label(table: Table, column: str) -> bool:
    """True when a column's header names no kind of thing and its rows are labels ("Detail |
    Fact": "Distance", "Start"): the row's label says what the cell is, so a question names it
    alone ("What does the table give for “Distance”?"). Under a meaningful key ("Connection |
    Notes") the header is quoted as where the cell sits, never asked as a thing (`ask_value`)."""
    return names_no_kind(column) and _labels_rows(table)


def _labels_rows(table: Table) -> bool:
    """True when the rows' keys are labels of different things ("Dates", "Start", "Distance"
    under "Detail"), not things of one kind ("Apollo 8", "Apollo 11" under "Mission")."""
    return table.key_column is None or names_no_kind(table.key_column)


def _measures(value: str) -> tuple[tuple[SpanKind, str, str, bool], ...]:
    """The kind and unit of each number in a cell: "37" is written as no "$2,000" or "70%" is,
    and a column mixing them (an "Example" column over indicators of every kind) offers the one
    money figure or percentage beside counts as its own give-away (round 17, B15 and B18)."""
    return tuple(
        number.shape
        for span in scan_numbers(value).spans
        for number in (parse_number(span.text),)
        if number is not None
    )


# The number a row's key is ordered by: a year, or the first figure of a date or a quantity.
_ORDER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)")
# A descriptive value this long is a claim of its own kind ("Lord Chancellor 1529–32; …").
_DESCRIPTIVE_WORDS = 3


def false_claims(table: Table, row: Row, cell: Cell) -> list[str]:
    """Wrong values a true/false may show for `cell` without refuting itself (round-11 review):
    where the rows are ordered by a year or a number (a timeline), only a neighbouring row's
    value ("Death of Henry VIII" for 1536 in notes that end at his death in 1547 is false on
    sight); otherwise, for a descriptive cell, only a value sharing a word with it, so of the
    same kind (a wife is never given a Lord Chancellor's role, "Executed 1540" may swap with
    "Executed 1535")."""
    wrong = wrong_values(table, row, cell)
    ordered = _ordered_rows(table, None) or _ordered_rows(table, cell.column)
    if ordered is not None:
        place = ordered.index(row)
        near = {id(other) for other in ordered[max(0, place - 1) : place + 2] if other is not row}
        allowed = {
            fold(other_cell.value)
            for other in table.rows
            if id(other) in near
            for other_cell in (other.cell(cell.column),)
            if other_cell is not None
        }
        return [value for value in wrong if fold(value) in allowed]
    if len(content_words(cell.value)) < _DESCRIPTIVE_WORDS:
        return wrong
    mine = _kind_words(cell.value)
    return [value for value in wrong if mine & _kind_words(value)]


def _may_say_the_same(true: str, shown: str) -> bool:
    """True when a swapped value opens as the true one does and differs in more than a figure:
    "York, then Lancaster" for the notes' "York (changed sides 1470)" says the same in other
    words (round 21, A34), where "Executed 1535" for "Executed 1540" is plainly false."""
    mine, theirs = content_words(true), content_words(shown)
    if not mine or not theirs or mine[0] != theirs[0]:
        return False
    return _kind_words(true) != _kind_words(shown)


def _kind_words(value: str) -> set[str]:
    return {word for word in content_words(value) if not any(c.isdigit() for c in word)}


def _ordered_rows(table: Table, column: str | None) -> list[Row] | None:
    """The rows in the order of the number their keys (or their cells in `column`) give, when
    every row gives one."""
    numbered: list[tuple[float, int, Row]] = []
    for position, row in enumerate(table.rows):
        cell = row.cell(column) if column is not None else None
        text = row.key if column is None else cell.value if cell is not None else ""
        found = _ORDER.search(text)
        if found is None:
            return None
        numbered.append((float(found.group(1)), position, row))
    return [row for _, _, row in sorted(numbered, key=lambda item: (item[0], item[1]))]


def _where(ref: FactRef, value: str, ctx: DeckContext) -> str:
    """The topic label shown before a question; without the title's dates when asking a year."""
    kind = ctx.classify(value)
    return label(ref, Span(0, len(value), value, kind) if kind in NUMERIC_KINDS else None)


def _column(name: str) -> str:
    return name.rstrip("?: ").strip()


# A table is asked in sentences: "IMAP — Port: _____" read as a row of the table, not as a
# question (round-10 review). The column names what is asked, the key cell which row.


def ask_value(
    key: str,
    column: str,
    *,
    times: bool = False,
    people: bool = False,
    counted: bool = False,
) -> str:
    """ "What is the port for IMAP?"; a column that is no noun ("What you change", "Found in",
    "Fine") is named in quotes; one naming what happened, over times (`times`), is asked as
    its verb: "When did Cambrian begin (Ma)?"."""
    name = _column(column)
    if times and is_past(column):
        return ask_when(key, column)
    # "What are the notes for Ethernet?" asks for no kind of thing: the header is where it sits.
    if people or not _noun(column) or names_no_kind(column):
        return f"For {key}, what does the table give under “{name}”?"
    return ask_cell(key, column, counted=counted)


def ask_row(
    key_column: str | None,
    column: str,
    value: str,
    *,
    times: bool = False,
    people: bool = False,
    counted: bool = False,
) -> str:
    """ "Which protocol has the port “443”?": the row a cell's value belongs to; "Which period
    began about 145 Ma?" for a column naming what happened, over times."""
    thing = running(key_column) if key_column else "one"
    name = _column(column)
    if times and is_past(column):
        return ask_which_when(thing, column, value)
    if people or not _noun(column):
        return f"Which {thing} has {in_quotes(value)} under “{name}”?"
    return ask_key(thing, column, value, counted=counted)


def claim(
    key: str,
    column: str,
    shown: str,
    *,
    times: bool = False,
    people: bool = False,
    counted: bool = False,
) -> str:
    """ "The port for IMAP is “110”.": one cell of a row, said as a sentence ("Cambrian began
    about 541 Ma." for a column naming what happened, over times)."""
    name = _column(column)
    if times and is_past(column):
        return claim_when(key, column, shown)
    if people or not _noun(column) or names_no_kind(column):
        return f"For {key}, the table gives {in_quotes(shown)} under “{name}”."
    return claim_cell(key, column, shown, counted=counted)


def _noun(column: str) -> bool:
    """True for a column named by a short noun phrase ("Port", "Main goods", "Key town"), not by
    a question, a longer phrase ("Exported via the Hanse", "Year of first press"), what happened
    ("Began (Ma, approx.)", "First lit") or a describing word ("Fine" beside "Coarse": round 20,
    "match each type to its fine"). Only such a name reads as English in "What is the … for
    …?"; any other is quoted (round 24: "What is the exported via the Hanse for Flanders?")."""
    name = _column(column)
    words = read_header(column).words.split()
    return not (
        _ASKING.search(column)
        or _ENDS_IN_PREPOSITION.search(name)
        or is_past(column)
        or is_describing(column)
        or not 0 < len(words) <= _MAX_NOUN_WORDS
        or any(_FUNCTION_WORD.fullmatch(word) for word in words)
        or _past_form(words[-1])
    )


def _past_form(word: str) -> bool:
    """ "Exported", "lit", "built": a header ending on a verb's past form names what was done."""
    folded = word.lower()
    return folded in _IRREGULAR_PAST or PAST.match(folded) is not None


def _people(table: Table, column: str) -> bool:
    """True when most values of `column` are written as one person's name ("Engineer",
    "Printer": "James Walker", "William Caxton"): "What is the engineer for Fastnet?" asks a
    person as a thing, so the column is quoted."""
    values = [value for _, value in table.values(column)]
    named = sum(one_named_person(value) for value in values)
    return len(values) >= _MIN_PEOPLE and 2 * named > len(values)


def _counts(table: Table, column: str) -> bool:
    """True when a plural header's values are all numbers (`counts`): "UK pairs" over "3,000"."""
    return counts(column, [value for _, value in table.values(column)])


def _times(table: Table, column: str) -> bool:
    """True when every value of `column` is a time (`holds_times`)."""
    return holds_times(column, [value for _, value in table.values(column)])


def _explain(answer: str, row: Row, cell: Cell) -> str:
    # A long answer is read in the table line that follows; said twice it would crowd it out.
    lead = f"Answer: {answer}." if answer and len(answer) <= MAX_ANSWER_LEAD else ""
    said = f"The table in {cell.ref.topic.title}: {row.key} — {_column(cell.column)}: {cell.value}."
    return shorten(f"{lead} {said}".strip(), MAX_EXPLANATION)


def _which_value(ctx: DeckContext, table: Table, row: Row, cell: Cell) -> Question | None:
    """The cell blanked beside its row's key; the column's other values as wrong options, else
    typed when the value is short."""
    rng = ctx.rng("table", cell.ref.fact_id, cell.column)
    answer = cell.value
    where = _where(cell.ref, answer, ctx)
    if _by_label(table, cell.column):
        if gives_away(answer, where):
            return None  # "The Salt March (March–April 1930)" before its dates (round 32, A25)
        asked = f"What does the table give for {in_quotes(row.key)}?"
    else:
        asked = ask_value(
            row.key,
            cell.column,
            times=_times(table, cell.column),
            people=_people(table, cell.column),
            counted=_counts(table, cell.column),
        )
    prompt = f"{where}: {asked}"
    wrong = _same_count(
        answer, [value for value in wrong_values(table, row, cell) if len(value) <= MAX_OPTION]
    )
    kind = QuestionKind.CLOZE
    shape = ctx.classify(answer)
    typed = Question(
        id=stable_id(cell.ref.topic.id, cell.ref.fact_id, kind.value, "table", cell.column),
        kind=kind,
        prompt=prompt,
        answers=(answer,),
        explanation=_explain(answer, row, cell),
        source_fact=cell.ref.text,
        topic_id=cell.ref.topic.id,
        fact_id=cell.ref.fact_id,
        hint=hint_for(
            Span(0, len(answer), answer, shape if shape in NUMERIC_KINDS else SpanKind.RARE_WORD)
        ),
    )
    if len(wrong) >= MIN_WRONG_OPTIONS and len(answer) <= MAX_OPTION:
        options = [answer, *rng.sample(wrong, min(WRONG_OPTIONS, len(wrong)))]
        _arrange(options, rng)
        kind = QuestionKind.CHOICE
        return replace(
            typed,
            id=stable_id(cell.ref.topic.id, cell.ref.fact_id, kind.value, "table", cell.column),
            kind=kind,
            options=tuple(options),
            correct=(options.index(answer),),
            hint=None,
        )
    return typed if _typeable(answer, shape) else None


def _same_count(answer: str, wrong: list[str]) -> list[str]:
    """The wrong values listing as many things as the answer, when there are enough of them; none
    when the answer alone lists that many (its form would give it away: "1530–1540, 1555–1556"
    the one reign in two parts, "Mansabdari system, sulh-i-kul" the one pair among single
    things, round 23 A16 and this session's review of deck A); else all of them."""
    count = _items(answer)
    same = [value for value in wrong if _items(value) == count]
    if len(same) >= MIN_WRONG_OPTIONS:
        return same
    if not same:
        return []
    return wrong


_ITEM_BREAK = re.compile(r",\s+|;\s+|\s+and\s+|\s*&\s*")


# An example or gloss after the thing itself: "Work harder, e.g. a higher heart rate" is one.
_EXAMPLE_TAIL = re.compile(r"(?i),?\s*\b(?:e\.g\.|i\.e\.|eg\b|ie\b|such as|for example|like)\s.*$")


def _items(value: str) -> int:
    """How many things a cell lists: "Deccan wars, jizya reimposed" two, "Taj Mahal" one, "Work
    harder, e.g. a higher heart rate" one."""
    listed = _EXAMPLE_TAIL.sub("", value)
    return len([part for part in _ITEM_BREAK.split(listed) if part.strip()])


def _typeable(answer: str, shape: SpanKind) -> bool:
    """True for a cell a student can type as the notes have it: a number, one word, or a name
    ("Fibre Optic"); a phrase such as "goes up" or "Cheap and portable" has too many right
    wordings ("rises", "inexpensive and portable")."""
    if shape in NUMERIC_KINDS and parse_number(answer) is not None:
        return True
    words = answer.split()
    named = all(word[:1].isupper() for word in words)  # "Fibre Optic", "New Zealand"
    return (
        0 < len(words) <= min(MAX_TYPED_CELL_WORDS, MAX_TYPED_WORDS)
        and (len(words) == 1 or named)
        and len(content_words(answer)) == len(words)
        and not _LISTED.search(answer)
        and not any(ch.isdigit() for ch in answer)
    )


_ASKING = re.compile(r"^(?:what|why|how|when|where|which|who)\b|\?$", re.IGNORECASE)
_ENDS_IN_PREPOSITION = re.compile(
    r"\b(?:with|in|for|by|of|to|at|from|on|as|into|via)$", re.IGNORECASE
)
_LISTED = re.compile(r"[,;/]|\b(?:and|or|not|only)\b", re.IGNORECASE)
# A column of fewer values than this is not read as one of people.
_MIN_PEOPLE = 2
# A header of more words than this is a phrase, quoted rather than read as a noun.
_MAX_NOUN_WORDS = 2
_FUNCTION_WORD = re.compile(
    r"(?i)the|a|an|of|via|with|in|for|by|to|at|from|on|as|into|and|or|is|are|was|were|be|its"
    r"|per|&|\+|/|-|–"
)
# Past forms no "-ed" rule finds ("First lit", "Year built" reads as a noun phrase all the same).
_IRREGULAR_PAST = frozenset(
    (
        "lit",
        "built",
        "made",
        "sent",
        "held",
        "won",
        "led",
        "set",
        "put",
        "cut",
        "shot",
        "sold",
        "found",
        "kept",
        "met",
        "ran",
        "taken",
        "written",
        "given",
        "known",
        "seen",
        "done",
        "begun",
        "grown",
        "drawn",
        "worn",
        "struck",
        "fought",
        "brought",
        "bought",
        "caught",
        "taught",
        "spent",
        "lost",
        "left",
        "sung",
        "dug",
        "spun",
        "shut",
        "paid",
        "laid",
        "told",
        "said",
        "sunk",
        "sank",
    )
)


def _which_row(ctx: DeckContext, table: Table, row: Row, cell: Cell) -> Question | None:
    """ "Port: 443 — which protocol?": the row's key among keys of rows whose value differs (and
    shares nothing with it); only when no other row has the value."""
    others = [(other, value) for other, value in table.values(cell.column) if other is not row]
    if table.mixed(cell.column) or any(overlaps(value, cell.value) for _, value in others):
        return None
    if _by_label(table, cell.column):
        return None  # "Which detail has “78”?" over Dates / Start / Distance: kind gives it away
    # A row whose value says nearly the same could be defended: it is not offered.
    wrong = [
        other.key
        for other, value in others
        if len(other.key) <= MAX_OPTION
        and not alike(value, cell.value)
        # a whole cell sharing two words could be defended ("ionising – cancer, …"); one item
        # ("fast" beside "very fast") does not make the other row's whole cell its own
        and not shares_words(value, cell.value)
    ]
    if len(wrong) < MIN_WRONG_OPTIONS or len(row.key) > MAX_OPTION:
        return None
    rng = ctx.rng("table-row", cell.ref.fact_id, cell.column)
    options = [row.key, *rng.sample(wrong, min(WRONG_OPTIONS, len(wrong)))]
    _arrange(options, rng)
    where = _where(cell.ref, cell.value, ctx)
    asked = ask_row(
        table.key_column,
        cell.column,
        cell.value,
        times=_times(table, cell.column),
        people=_people(table, cell.column),
        counted=_counts(table, cell.column),
    )
    prompt = f"{where}: {asked}"
    kind = QuestionKind.CHOICE
    return Question(
        id=stable_id(cell.ref.topic.id, cell.ref.fact_id, kind.value, "table-row", cell.column),
        kind=kind,
        prompt=prompt,
        answers=(row.key,),
        options=tuple(options),
        correct=(options.index(row.key),),
        explanation=_explain(row.key, row, cell),
        source_fact=cell.ref.text,
        topic_id=cell.ref.topic.id,
        fact_id=cell.ref.fact_id,
    )


def _true_or_false(ctx: DeckContext, table: Table, row: Row, cell: Cell) -> Question | None:
    """The row's key with one cell, as the table has it or with another row's value (one that is
    wrong for this row): the cell is the claim."""
    if len(cell.value.split()) > MAX_CLAIM_WORDS:
        return None
    wrong = [
        value
        for value in false_claims(table, row, cell)
        if len(value.split()) <= MAX_CLAIM_WORDS
        and not _gives_itself_away(row, value)
        and not _may_say_the_same(cell.value, value)
    ]
    by_label = _by_label(table, cell.column)
    if names_no_kind(cell.column) and len(content_words(cell.value)) < _DESCRIPTIVE_WORDS:
        # Under "Fact" a short cell has no kind words to match a false one by (a place beside a
        # distance is false on sight): only a figure of the key's unit is swapped in.
        wrong = [value for value in wrong if shape(value)[0] != "text"]
    rng = ctx.rng("table-tf", cell.ref.fact_id, cell.column)
    truth = rng.random() < 0.5
    if not truth and not wrong:
        return None  # no believable false claim: the row is asked true, or not at all
    shown = cell.value if truth else rng.choice(wrong)
    verdict = TRUE if truth else FALSE
    where = _where(cell.ref, cell.value, ctx)
    if by_label and gives_away(cell.value, where):
        return None  # the heading's "(March–April 1930)" settles "12 March – 6 April 1930"
    column = _column(cell.column)
    lead = f"{verdict}." if truth else f"{verdict}: not {in_quotes(shown)}."
    if by_label:
        said = f"The table gives {in_quotes(shown)} for {in_quotes(row.key)}."
    else:
        said = claim(
            row.key,
            cell.column,
            shown,
            times=_times(table, cell.column),
            people=_people(table, cell.column),
            counted=_counts(table, cell.column),
        )
    return Question(
        id=stable_id(
            cell.ref.topic.id, cell.ref.fact_id, QuestionKind.TRUE_FALSE.value, cell.column, verdict
        ),
        kind=QuestionKind.TRUE_FALSE,
        prompt=f"True or false? {where}: {said}",
        answers=(verdict,),
        options=(TRUE, FALSE),
        correct=(0,) if truth else (1,),
        explanation=_explain("", row, cell).replace("The table", f"{lead} The table", 1),
        source_fact=cell.ref.text,
        topic_id=cell.ref.topic.id,
        fact_id=cell.ref.fact_id,
        hint=f"Check {row.key} in your table on {cell.ref.topic.title}."
        if by_label
        else f"Check the {words_of(cell.column)} of {row.key} in your table on {cell.ref.topic.title}."
        if _noun(cell.column) and not names_no_kind(cell.column)
        else f"Check {row.key} under “{column}” in your table on {cell.ref.topic.title}.",
    )


def _matching(ctx: DeckContext, table: Table, column: str) -> tuple[Cell, Question] | None:
    """Three or four rows' keys to match with their values in `column`, when those values share
    nothing with each other (each key then has exactly one match)."""
    if table.mixed(column) or names_no_kind(column):
        return None  # under "Fact" the cells are of many kinds: each matches its row on sight
    rng = ctx.rng("table-match", table.topic_id, column)
    candidates: list[tuple[Row, Cell]] = []
    for row in table.rows:
        cell = row.cell(column)
        if (
            cell is not None
            and len(cell.value) <= MAX_MATCH_VALUE
            and not _gives_itself_away(row, cell.value)
        ):
            candidates.append((row, cell))
    rng.shuffle(candidates)
    picked: list[tuple[Row, Cell]] = []
    for row, cell in candidates:
        if all(
            not alike(cell.value, other.value) and not shares_words(cell.value, other.value)
            for _, other in picked
        ):
            picked.append((row, cell))
    for size in MATCH_SIZES:
        if len(picked) < size:
            continue
        chosen = picked[:size]
        question = _matching_question(ctx, table, column, chosen, rng)
        if question is not None:
            return chosen[0][1], question
    return None


def _matching_question(
    ctx: DeckContext,
    table: Table,
    column: str,
    chosen: list[tuple[Row, Cell]],
    rng: random.Random,
) -> Question | None:
    things = f"{table.key_column.lower()}" if table.key_column else "one"
    name = _column(column)
    # "to its port", but "to its entry under “Measured with”" (or "“Fine”"): a header that
    # asks, ends in a preposition, names what happened or describes is quoted, not possessed.
    to = f"its entry under “{name}”" if not _noun(column) else f"its {words_of(column)}"
    if is_past(column) and _times(table, column):
        to = match_when(column)  # "match each airline to when it was founded"
    listed = " ".join(f"{number}. {row.key}." for number, (row, _) in enumerate(chosen, 1))
    prompt = labelled(label(chosen[0][1].ref), f"match each {things} to {to}. {listed}")
    values = [cell.value for _, cell in chosen]
    order = list(range(len(chosen)))
    rng.shuffle(order)
    if order == sorted(order):
        order = order[1:] + order[:1]
    options = tuple(values[index] for index in order)
    if len(prompt) + sum(len(option) + 5 for option in options) > MAX_PROMPT:
        return None
    first = chosen[0][1].ref
    matched = "; ".join(f"{row.key} → {cell.value}" for row, cell in chosen)
    topic = ctx.deck.topic(table.topic_id)
    return Question(
        id=stable_id(
            table.topic_id, first.fact_id, QuestionKind.MATCHING.value, "table", column, matched
        ),
        kind=QuestionKind.MATCHING,
        prompt=prompt,
        answers=tuple(values),
        options=options,
        correct=tuple(order.index(index) for index in range(len(chosen))),
        explanation=shorten(
            f"The table in {topic.title if topic else first.topic.title}: {matched}.",
            MAX_EXPLANATION,
        ),
        source_fact=" | ".join(cell.ref.text for _, cell in chosen),
        topic_id=table.topic_id,
        fact_id=first.fact_id,
        hint=f"{chosen[0][0].key} → {chosen[0][1].value}.",
    )


def _arrange(options: list[str], rng: random.Random) -> None:
    """Numbers in order (as every choice question shows them), anything else shuffled."""
    numbers = [parse_number(option) for option in options]
    if all(number is not None for number in numbers):
        options.sort(key=lambda option: parse_number(option).value)  # type: ignore[union-attr]
    else:
        rng.shuffle(options)
