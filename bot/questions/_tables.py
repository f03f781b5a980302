"""Tables in the notes, read back from their rows, so questions ask about one cell at a time.

Importers write a table row as one fact, "column: value; column: value" (docs/decks.md). Asked
like any other line, a row makes poor questions: a blank in a cell gets look-alike values the
table never holds (ports 143 / 286 / 429) while the other rows of the same column are the natural
wrong options, the stem repeats every column, and a true/false changes one cell of a long row.
Here consecutive rows of one topic under one header become a `Table`; the question builders in
`bot.questions._table_questions` ask about one cell of it, named by its row's key.

A comparison table whose first column names the attribute ("| | LAN | WAN |", or a first header
"Feature") is read the other way round: each compared column is a row, keyed by its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions._context import DeckContext, FactRef
from bot.questions._numbers import is_date, parse_number
from bot.questions._spans import SpanKind
from bot.questions._words import roots
from knowledge.text import fold

# A column name: a short label, never a sentence ("Copper cable: fast …" is a cell's text).
_MAX_NAME = 40
_MAX_NAME_WORDS = 5
_NAME = re.compile(r"[^\s:;.][^:;]*")
# First header cells that name the attribute of a comparison table, not a thing in each row
# ("| Feature | Light microscope | Electron microscope |"). "Factor" is not one: a "| Factor |
# What you change |" table lists factors, one a row.
_ATTRIBUTE_HEADERS = frozenset(
    {
        "",
        "feature",
        "features",
        "aspect",
        "aspects",
        "attribute",
        "attributes",
        "property",
        "properties",
        "characteristic",
        "characteristics",
        "criteria",
        "criterion",
        "comparison",
        "compare",
        "difference",
        "differences",
    }
)
# A header asking something ("What you change", "Why it's faster", "Energy needed?") names an
# attribute: its table has one thing a row, however its first header reads.
_ASKING = re.compile(r"^(?:what|why|how|when|where|which|who)\b|\?$", re.IGNORECASE)
# A short cell holding a number is a measurement: "450 °C", "About 0.2 nm", "200 atmospheres".
_MAX_MEASURE_WORDS = 3
_MEASURE = re.compile(r"(\d[\d.,]*)\s*([^\s\d.,;]*)")
# A key cell names its row in a question: short enough to read, never a sentence.
_MAX_KEY = 80
# Splits a cell into the things it lists ("20, 21", "Germany, Austria-Hungary and Italy").
# Never inside a number or a unit: "300,000,000 m/s" is one item.
_ITEMS = re.compile(r",\s+|;\s*|\s+/\s+|\s+(?:and|or)\s+|\s*&\s*|\s+\+\s+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Cell:
    """One value of a row, with the column it sits in and the fact (line) that holds it."""

    column: str
    value: str
    ref: FactRef


@dataclass(frozen=True, slots=True)
class Row:
    """A thing the table describes: its key (the cell that names it) and its other cells."""

    key: str
    cells: tuple[Cell, ...]

    def cell(self, column: str) -> Cell | None:
        return next((cell for cell in self.cells if cell.column == column), None)


@dataclass(frozen=True, slots=True)
class Table:
    """Rows of one topic under one header. `key_column` names what the rows are ("Protocol");
    None for a comparison table read the other way round, whose keys are its column names."""

    topic_id: str
    key_column: str | None
    columns: tuple[str, ...]  # the described columns, in the table's order
    rows: tuple[Row, ...]
    refs: tuple[FactRef, ...]  # the facts the table was read from

    def mixed(self, column: str) -> bool:
        """True when a column holds measurements of several kinds, or measurements beside words
        ("450 °C", "200 atmospheres", "iron"): one of its values among the others gives itself
        away, so only values of the answer's own `shape` are wrong options for it."""
        shapes = {shape(value) for _, value in self.values(column)}
        return len(shapes) > 1 and any(found != ("text", "") for found in shapes)

    def values(self, column: str) -> list[tuple[Row, str]]:
        """Each row's value in `column`, for the rows that have one."""
        found = []
        for row in self.rows:
            cell = row.cell(column)
            if cell is not None:
                found.append((row, cell.value))
        return found


def tables(ctx: DeckContext) -> tuple[Table, ...]:
    """Every table of the deck (use `ctx.once(tables)`)."""
    found: list[Table] = []
    run: list[tuple[FactRef, list[tuple[str | None, str]]]] = []
    for ref in (*ctx.facts, None):
        pairs = _pairs(ref.text) if ref is not None else None
        if run and (
            pairs is None
            or ref is None
            or ref.topic.id != run[-1][0].topic.id
            or ref.fact.group != run[-1][0].fact.group
            or pairs[0][0] != run[0][1][0][0]
        ):
            table = _table(run)
            if table is not None:
                found.append(table)
            run = []
        if ref is not None and pairs is not None:
            run.append((ref, pairs))
    return tuple(found)


def flattened_row(text: str) -> bool:
    """True for a line still holding a table row's cell separators ("Nitrates | making proteins
    | stunted growth", from notes no importer read as a table): blanked or judged true or false,
    it reads as no sentence (round-10 review), so it is not asked as a line."""
    return text.count("|") >= _ROW_SEPARATORS


_ROW_SEPARATORS = 2


def table_rows(ctx: DeckContext) -> frozenset[str]:
    """The fact ids of every table row (use `ctx.once(table_rows)`): other builders leave them."""
    return frozenset(ref.fact_id for table in ctx.once(tables) for ref in table.refs)


def column_values(ctx: DeckContext) -> tuple[frozenset[str], ...]:
    """Per column of every table (and each table's keys), its folded values: options all taken
    from one column are of one kind, whatever kind of text they are."""
    columns: list[frozenset[str]] = []
    for table in ctx.once(tables):
        columns.append(frozenset(fold(row.key) for row in table.rows))
        for column in table.columns:
            columns.append(frozenset(fold(value) for _, value in table.values(column)))
    return tuple(columns)


def one_column(ctx: DeckContext, options: tuple[str, ...]) -> bool:
    """True when every option is a value of one table column (or one table's keys)."""
    folded = {fold(option) for option in options}
    return any(folded <= column for column in ctx.once(column_values))


def overlaps(one: str, other: str) -> bool:
    """True when two cells share a listed item or one holds the other ("21" and "20, 21"): the
    one is then (partly) right where the other is asked."""
    a, b = fold(one), fold(other)
    if not a or not b or a == b:
        return True
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    return bool(_items(one) & _items(other))


def shape(value: str) -> tuple[str, str]:
    """What a cell is, for telling its kind among the column's others: ("measure", unit) for a
    short cell holding a number ("450 °C" → "°c"), ("year", "") for a year, else ("text", "")."""
    if len(value.split()) > _MAX_MEASURE_WORDS:
        return ("text", "")
    number = parse_number(value)
    if number is not None and number.kind is SpanKind.YEAR:
        return ("year", "")
    found = _MEASURE.search(value)
    if found is None:
        return ("text", "")
    return ("measure", fold(found.group(2)))


def alike(one: str, other: str) -> bool:
    """True when two cells say nearly the same ("Requests and sends web pages", "Sends web pages
    encrypted"): asked which row a value belongs to, a reader could defend either."""
    mine, theirs = roots(one), roots(other)
    shared = len(mine & theirs)
    return overlaps(one, other) or (shared >= 2 and shared * 3 >= 2 * min(len(mine), len(theirs)))


def says_alike(one: str, other: str) -> bool:
    """True when two cells share a listed item, two content words that are no figures
    ("ionising – mutation of genes, cancer" and "ionising – cancer, cell damage"), or one cell
    lists a thing the other says in its own words ("cancer" inside "skin cancer"): offered as the
    wrong one where the other is the key, it is as true of the asked row (round 32, B7 and B35).
    A thing with a figure is that thing at that figure: "Executed 1535" is not "Executed 1540"."""
    return (
        overlaps(one, other)
        or shares_words(one, other)
        or _says_an_item_of(one, other)
        or _says_an_item_of(other, one)
    )


def shares_words(one: str, other: str) -> bool:
    """True when two cells share two content words that are no figures: read as a whole, either
    could be defended as the other's ("ionising – cancer, …" beside "ionising – mutation …")."""
    mine = {word for word in roots(one) if not any(ch.isdigit() for ch in word)}
    theirs = {word for word in roots(other) if not any(ch.isdigit() for ch in word)}
    return len(mine & theirs) >= _SHARED_WORDS


def _says_an_item_of(one: str, other: str) -> bool:
    """True when every content word of one thing `one` lists is in `other`."""
    words = roots(other)
    return any(
        (found := roots(item)) and found <= words for item in _PARTS.split(one) if item.strip()
    )


# A cell's listed things, and the parts either side of a dash ("ionising – cancer, cell damage").
_PARTS = re.compile(r",\s+|;\s*|\s+/\s+|\s+(?:and|or)\s+|\s*&\s*|\s+\+\s+|\s+[–—-]\s+", re.I)


# Two content words in common make two cells say the same thing in part.
_SHARED_WORDS = 2


def abbreviates(short: str, long: str) -> bool:
    """True when `short` is an abbreviation of `long`: its letters hold the initials of `long`'s
    words in order, from the first ("HTTP" and "Hypertext Transfer Protocol", "POP3" and "Post
    Office Protocol 3", "LAN" and "Local Area Network")."""
    letters = "".join(ch for ch in short if ch.isalnum())
    words = re.findall(r"[^\W_]+", long)
    if not 2 <= len(letters) <= 8 or letters != letters.upper() or len(words) < 2:
        return False
    initials = fold("".join(word[0] for word in words))
    letters = fold(letters)
    if initials[:1] != letters[:1]:
        return False
    position = 0
    for initial in initials:
        position = letters.find(initial, position)
        if position < 0:
            return False
        position += 1
    return True


def _items(value: str) -> set[str]:
    return {fold(item) for item in _ITEMS.split(value) if fold(item)}


def _pairs(text: str) -> list[tuple[str | None, str]] | None:
    """A row's (column, value) pairs, or None when the line is not "column: value; …" with two
    or more cells. A first cell under an empty header has no column (None). A part with no
    column name continues the cell before it (a cell holding "; ")."""
    pairs: list[tuple[str | None, str]] = []
    for position, part in enumerate(text.split("; ")):
        name, sep, value = part.partition(": ")
        if sep and value.strip() and _is_name(name):
            pairs.append((name.strip(), value.strip()))
        elif position == 0:
            pairs.append((None, part.strip()))
        else:
            column, before = pairs[-1]
            pairs[-1] = (column, f"{before}; {part}")
    named = sum(column is not None for column, _ in pairs)
    return pairs if named >= 2 or (named >= 1 and len(pairs) >= 2) else None


def _is_name(name: str) -> bool:
    name = name.strip()
    return (
        bool(_NAME.fullmatch(name))
        and len(name) <= _MAX_NAME
        and len(name.split()) <= _MAX_NAME_WORDS
    )


def _table(run: list[tuple[FactRef, list[tuple[str | None, str]]]]) -> Table | None:
    """The table read from consecutive rows under one header, or None when they are not one
    (fewer than two rows, or no column most rows share)."""
    if len(run) < 2:
        return None
    counts: dict[str | None, int] = {}
    for _, pairs in run:
        for column in dict(pairs):
            counts[column] = counts.get(column, 0) + 1
    first = run[0][1][0][0]
    # Every row's columns, not only the first row's: a row leaves an empty cell out ("| 1 | Talc
    # | |"), and a column the first row lacks was read into the cell before it ("Orthoclase
    # feldspar; Simple test: scratches glass" as one row's name: round 20, A36 and A46).
    seen = dict.fromkeys(column for _, pairs in run for column, _ in pairs)
    shared = [
        column
        for column in seen
        if column is not None and column != first and counts[column] * 2 >= len(run)
    ]
    if not shared:
        return None
    rows = [(ref, _merged(pairs, {first, *shared})) for ref, pairs in run]
    if (first is None or fold(first) in _ATTRIBUTE_HEADERS) and not any(
        _ASKING.search(column) for column in shared
    ):
        return _transposed(run[0][0].topic.id, rows, shared)
    return _keyed(run[0][0].topic.id, first, rows, shared)


def _merged(pairs: list[tuple[str | None, str]], columns: set[str | None]) -> dict[str | None, str]:
    """A row's cells by column, a "name: value" part of no known column put back in its cell."""
    cells: dict[str | None, str] = {}
    last: str | None = None
    for position, (column, value) in enumerate(pairs):
        if position == 0 or column in columns:
            cells[column] = value
            last = column
        else:
            cells[last] = f"{cells[last]}; {column}: {value}"
    return cells


def _keyed(
    topic_id: str,
    first: str | None,
    rows: list[tuple[FactRef, dict[str | None, str]]],
    shared: list[str],
) -> Table | None:
    """A table whose rows are things ("Protocol": HTTP, FTP …), each named by its key: the first
    column, unless that holds only numbers or dates and a later one names the rows ("| Date |
    Event |": "Entente Cordiale signed — Date: _____" reads better than "1904 — Event: _____").
    A key must tell the rows apart and be short enough to name a row in a question."""
    names = [column for column in (first, *shared) if _names_rows(rows, column)]
    if not names:
        return None
    key_column = names[0]
    if all(_numeric(cells[key_column]) for _, cells in rows):
        key_column = next((c for c in names if not _numeric(rows[0][1][c])), key_column)
    # A first column with no header can name the rows but is never asked itself.
    columns = [column for column in (first, *shared) if column is not None and column != key_column]
    built = tuple(
        Row(cells[key_column], tuple(Cell(c, cells[c], ref) for c in columns if cells.get(c)))
        for ref, cells in rows
    )
    return Table(topic_id, key_column, tuple(columns), built, tuple(ref for ref, _ in rows))


def _names_rows(rows: list[tuple[FactRef, dict[str | None, str]]], column: str | None) -> bool:
    """True when every row has a value in `column`, short, and no two rows the same one."""
    keys = [cells.get(column, "") for _, cells in rows]
    folded = [fold(key) for key in keys]
    return all(folded) and len(set(folded)) == len(folded) and max(map(len, keys)) <= _MAX_KEY


def _numeric(value: str) -> bool:
    return parse_number(value) is not None or is_date(value)


def _transposed(
    topic_id: str, rows: list[tuple[FactRef, dict[str | None, str]]], compared: list[str]
) -> Table | None:
    """A comparison table ("| | LAN | WAN |"): each compared column becomes a row keyed by its
    name, each attribute row ("Area covered") a column."""
    first = next(iter(rows[0][1]))
    attributes = [cells.get(first, "") for _, cells in rows]
    folded = [fold(attribute) for attribute in attributes]
    if not all(folded) or len(set(folded)) != len(folded) or max(map(len, attributes)) > _MAX_KEY:
        return None
    built = tuple(
        Row(
            name,
            tuple(
                Cell(attribute, cells[name], ref)
                for (ref, cells), attribute in zip(rows, attributes, strict=True)
                if cells.get(name)
            ),
        )
        for name in compared
    )
    return Table(topic_id, None, tuple(attributes), built, tuple(ref for ref, _ in rows))


def cell_notes(ctx: DeckContext) -> dict[str, str]:
    """Folded cell value -> what it is in its table ("the port of SMTP"), for the first row
    holding it (use `ctx.once(cell_notes)`): a wrong pick is told whose value it is."""
    notes: dict[str, str] = {}
    for table in ctx.once(tables):
        for row in table.rows:
            for cell in row.cells:
                column = cell.column.rstrip("?: ").strip()
                title = cell.ref.topic.title
                said = f"the {column.lower()} of {row.key} in the table in {title}"
                notes.setdefault(fold(cell.value), said)
    return notes
