"""What one "source fact" is, and a line of the notes that states several of them.

Issue 14 asks for at most one question per source fact in a quiz. A source fact used to be a
whole line, so a deck of 40 lines could never fill a quiz of 60, even when its lines say two
things each ("Adult males weigh about 40 kg; females about 35 kg"; "Lifespan: usually 6 to 8
years; up to 13 years in captivity"). Here a source fact is:

- a line's **piece** (`_long_lines.pieces`: a sentence, or a clause between semicolons outside
  brackets) when the line has two or more pieces that each read as a statement of their own: a
  piece after the first needs the line's label ("Lifespan: …") or a verb of its own, and no
  pronoun or "This …" pointing back at the piece before it;
- a table row's **cell** (beside the row's key) when the row describes its key in two or more
  cells ("Novosibirsk | 3,343 km | grew up where the line crossed the Ob"): the question on it
  has the cell, as "Station: Novosibirsk; Distance from Moscow: 3,343 km", for its source fact;
- otherwise the whole line (or row).

A question on one piece shows that piece only (with the line's label before it), never the rest
of the line, so two questions on two pieces of one line do not print each other's key (the
draw's `leaks` check still looks). A question that shows the whole line asks every fact on it,
so a quiz takes either the whole line once or its pieces once each, never both
(`same_source_fact`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions._arrow_sentences import has_own_verb
from bot.questions._context import DeckContext, FactRef
from bot.questions._long_lines import pieces
from bot.questions._model import Question
from bot.questions._notes_renames import line_label
from bot.questions._tables import table_rows, tables
from bot.questions._tidy_stems import lost_referent
from knowledge.model import Fact
from knowledge.text import fold

# A piece opening by pointing back at the one before ("This made …", "but …"): not its own fact.
_POINTS_BACK = re.compile(
    r"(?:this|these|that|those|such|both|then|so|but|however|and|or|which|who|whose|it|its"
    r"|they|their|them|he|his|she|her|[\d,]+\s+(?:more|others?|further))\b",
    re.I,
)
# A piece whose subject is a bare count or quantifier ("About 900 are now in the British
# Museum", "Many were auctioned", "others are in Berlin"): 900 of what is said elsewhere.
_COUNTED = re.compile(
    r"(?:about|around|over|nearly|almost|some|only)?\s*(?:[\d,.]+|many|most|some|others?|several"
    r"|few|all|each|both|none)\s+(?:are|were|is|was|have|had|went|came|stayed|remain(?:ed)?)\b",
    re.I,
)
# A piece ending on a bare count ("Germany transferred over 1,100"): the noun is in another piece.
_BARE_COUNT = re.compile(
    r"\b(?:about|around|over|nearly|almost|more than|fewer than|under|up to)\s+[\d,.]*\d\.?$",
    re.I,
)
# A count with no noun before its rate ("may need over 1,000 a year"): 1,000 of what is said in
# the piece before it (round 29, B46: "… 3–4 voles a night; a breeding pair … over 1,000 a year").
_RATE_WITHOUT_NOUN = re.compile(r"\b\d[\d,.]*\s+(?:a|an|per|each|every)\s+[a-z]{3,}\b", re.I)
# A piece whose subject is "the" and one common noun ("the species is linked with …", "the ship
# was …"): the noun stands for what the piece before named (round 29, B16: "Little owls were
# brought …; the species is linked with Athena"), so alone it is about nothing in particular.
# A noun the line before or the topic's title names ("…used the canal; the canal was widened")
# says which one it is, and the piece stands.
_DEFINITE_BACK = re.compile(
    r"the\s+(?P<noun>[a-z]+)\s+(?:is|are|was|were|has|had|became|remains?)\b", re.I
)
# A piece this short says too little to be a fact of its own ("up to 13").
_MIN_WORDS = 3
# Only lines with a sentence break or a semicolon can hold two pieces (most lines do not:
# a deck of tens of thousands of cards is read for parts once, cheaply).
_MAY_SPLIT = re.compile(r";\s|[.!?]\s+\S")
_SEPARATOR = re.compile(r"\s*[:–—-]\s+")


def same_source_fact(one: Question, other: Question) -> bool:
    """True when two questions ask the same source fact: the same piece of a line, or a line and
    a piece of it (a question showing the whole line asks every fact on it)."""
    if not one.source_fact or not other.source_fact:
        return False
    if one.source_fact == other.source_fact:
        return True
    one_line = one.source_line or one.source_fact
    other_line = other.source_line or other.source_fact
    if one_line != other_line:
        return False
    # One line, two different facts: the same fact only when one of them is the whole line.
    return not (one.source_line and other.source_line)


def part_lines(ctx: DeckContext) -> dict[str, tuple[FactRef, ...]]:
    """Folded line -> its facts as lines of their own, for every line of the deck holding two
    or more (use `ctx.once(part_lines)`): a line's pieces (`fact_parts`), a row's cells."""
    rows = ctx.once(table_rows)
    found: dict[str, tuple[FactRef, ...]] = {}
    for ref in ctx.statements:
        parts = () if ref.fact_id in rows else fact_parts(ref)
        if parts:
            found[fold(ref.text)] = parts
    by_row: dict[str, list[FactRef]] = {}
    for (row, _), cell in ctx.once(cell_lines).items():
        by_row.setdefault(row, []).append(cell)
    found.update((row, tuple(cells)) for row, cells in by_row.items())
    return found


def cell_lines(ctx: DeckContext) -> dict[tuple[str, str], FactRef]:
    """(folded row line, column) -> that cell as a line of its own ("Station: Novosibirsk;
    Distance from Moscow: 3,343 km"), for each row describing its key in two or more cells
    (use `ctx.once(cell_lines)`)."""
    found: dict[tuple[str, str], FactRef] = {}
    for table in ctx.once(tables):
        if table.key_column is None:
            continue  # a comparison table: its keys are its columns, each row one attribute
        for row in table.rows:
            if len(row.cells) < _SEVERAL_CELLS:
                continue
            for cell in row.cells:
                line = f"{table.key_column}: {row.key}; {cell.column}: {cell.value}"
                found[fold(cell.ref.text), cell.column] = _as_line(cell.ref, line)
    return found


_SEVERAL_CELLS = 2


def fact_parts(ref: FactRef) -> tuple[FactRef, ...]:
    """The line's pieces that are facts of their own, each as a line (with the line's label
    before a piece after the first), or () when the line is one fact."""
    text = ref.text
    if ref.fact.cloze or not _MAY_SPLIT.search(text):
        return ()
    found = pieces(text)
    if len(found) < 2:
        return ()
    if _COUNTED.match(found[0]):
        return ()  # the line leans on a heading above it: asked whole, as before
    label = line_label(text)
    labelled = bool(label) and _SEPARATOR.match(text, len(label)) is not None
    lines: list[str] = []
    for index, raw in enumerate(found):
        piece = _ended(raw.rstrip(";").strip())
        if index == 0:
            line = piece
        elif labelled and not _leans_back(piece):
            line = f"{label}: {piece}"
        elif not labelled and _own_statement(piece):
            line = piece[0].upper() + piece[1:]
        else:
            continue
        if _COUNTED.match(piece) or _BARE_COUNT.search(piece):
            continue
        if index > 0 and (
            _RATE_WITHOUT_NOUN.search(piece) or _stands_for_another(piece, found[:index], ref)
        ):
            continue  # "… over 1,000 a year", "the species is …": what of, which one?
        if len(piece.split()) >= _MIN_WORDS and not lost_referent(line):
            lines.append(line)
    if len(lines) < 2 or len(lines) != len(set(lines)):
        return ()
    return tuple(_as_line(ref, line) for line in lines)


def _stands_for_another(piece: str, before: list[str], ref: FactRef) -> bool:
    """True for a piece whose subject is "the" and a noun that neither the pieces before it nor
    the topic's title name: "the species" after "Little owls were brought …" is the little owl,
    which the piece alone does not say (round 29, B16)."""
    found = _DEFINITE_BACK.match(piece)
    if found is None:
        return False
    noun = fold(found.group("noun"))
    named = set(fold(" ".join([*before, ref.topic.title])).split())
    return not ({noun, f"{noun}s", f"{noun}es"} & named or noun.rstrip("s") in named)


def as_part(question: Question, line: FactRef) -> Question:
    """A question built on a piece, marked with the line it comes from (`same_source_fact`)."""
    return replace(question, source_line=line.text)


def _own_statement(piece: str) -> bool:
    """True when a piece after a line's first reads alone: it does not lean on the piece before
    it (`_leans_back`), and has a verb of its own ("females about 35 kg" has none)."""
    return not _leans_back(piece) and has_own_verb(piece)


def _leans_back(piece: str) -> bool:
    """True when a piece points back at the one before it, by its first word ("This ship …") or
    by a pronoun anywhere ("Now a letter asks her to …"): the line's label does not say whom."""
    return bool(_POINTS_BACK.match(piece) or _PRONOUN.search(piece))


_PRONOUN = re.compile(r"\b(?:he|him|his|she|her|hers|they|them|their|it|its|now)\b", re.I)


def _ended(piece: str) -> str:
    return piece if piece[-1:] in ".!?" else f"{piece}."


def _as_line(ref: FactRef, text: str) -> FactRef:
    fact = Fact(text, ref.fact.group)
    return replace(
        ref, fact=fact, fact_id=ref.topic.fact_id(fact), text=text, folded=f" {fold(text)} "
    )
