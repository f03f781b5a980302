"""The names a deck's tables show, and the other names a table row gives its thing.

A table is where notes put most of their vocabulary side by side (`_tables` reads the rows):

- every short cell is a name the deck shows ("zygospores" in a "Sexual spores" column): a
  typed answer that lands on it is that other thing, not a slip of the right one;
- a column whose header says it holds another name ("Other name", "Common name", "Local
  name", "Also known as", "English", "Meaning" beside "Abbreviation") names the row's thing
  again: "Part: Cap; Other name: pileus" accepts "pileus" for "cap" and "cap" for "pileus";
- a cell that is a name and a short gloss in brackets ("gold (yellow)", "mullet (five-pointed
  star)") gives its name twice, as a line "Name (gloss)" does (`_other_names` judges the gloss
  with the rules every other-name reader shares);
- notes typed as rows with bars ("Part | Other name | Job", then "cap | pileus | protects the
  gills"), which no importer read as a table, are read the same way.

A cell can hold several things ("Danzig, Riga"): each is a name of its own; a cell that says
nothing ("–", "none (lived in inns)") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.questions._context import DeckContext
from bot.questions._tables import Table, tables
from bot.questions._words import STOP_WORDS
from knowledge.text import fold

# A header saying its column holds another name of the row's thing: "Other name", "Common
# name", "Local name", "Latin name", "German name", "Also known as", "English", "Meaning".
# A bare "Name" is not one ("| Date | Name |" names who, not the date again), nor "Ship name".
_QUALIFIER = (
    r"other|alternative|alternate|common|everyday|popular|local|modern|old|older|former|"
    r"original|native|usual|vernacular|scientific|latin|binomial|botanical|technical|"
    r"english|[a-z]+ish|[a-z]+ian|[a-z]+ese|german|french|greek|dutch|norse|welsh|gaelic|"
    r"maori|hindi|sanskrit|arabic|hebrew|persian|thai|finnish|swahili|inuit"
)
_NAME_HEADER = re.compile(
    rf"^(?:(?:{_QUALIFIER})\s+names?|nicknames?|also\s+(?:known\s+as|called)|aka|a\.k\.a\.?|"
    r"alias(?:es)?|synonyms?|(?:in\s+)?english|translation|meaning|other\s+names?)$"
)
# A bracket or item opening so is an aside, not a name.
_ASIDE = frozenset({"e", "eg", "i", "ie", "c", "ca", "see", "usually", "often", "plural", "esp"})
# A cell that says there is none.
_NOTHING = frozenset({"", "-", "–", "—", "none", "n/a", "na", "nil", "?", "unknown", "x"})
# What a cell lists: "Danzig, Riga", "furs / wax", "copper and iron".
_ITEMS = re.compile(r",\s+|;\s*|\s+/\s+|\s+(?:and|or)\s+|\s*&\s*|\s+\+\s+", re.IGNORECASE)
_ITEMS_OR_BRACKETS = re.compile(r"[()]|" + _ITEMS.pattern, re.IGNORECASE)
# "gold (yellow)": an item and a bracket closing it.
_GLOSSED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<gloss>[^()]+)\)$")
_QUOTES = "\"'“”‘’"
_MAX_NAME_WORDS = 4


def name_column(column: str) -> bool:
    """True when a table's column header says the column gives the row's thing another name."""
    return _NAME_HEADER.fullmatch(fold(column).strip(" :?")) is not None


def cell_names(value: str) -> list[str]:
    """The names a cell (or a row's key) shows: each item it lists, without a bracket after it,
    and what that bracket holds when it too reads as a name ("gold (yellow)": gold, yellow);
    nothing for a sentence, a figure or a cell saying there is none."""
    found: list[str] = []
    for item in _items(value):
        glossed = _GLOSSED.match(item)
        pieces = [glossed.group("name"), glossed.group("gloss")] if glossed else [item]
        found += [name for piece in pieces if (name := _name(piece))]
    return found


def table_names(ctx: DeckContext) -> tuple[str, ...]:
    """Every name the deck's tables show: each row's key and each of its cells' names, and each
    cell of a line still holding a table row's bars ("petals | corolla | attract insects") (use
    `ctx.once(table_names)`)."""
    found: dict[str, str] = {}
    for table in ctx.once(tables):
        for row in table.rows:
            for value in (row.key, *(cell.value for cell in row.cells)):
                for name in cell_names(value):
                    found.setdefault(fold(name), name)
    for run in ctx.once(_pipe_runs):
        for cells in run:
            for value in cells:
                for name in cell_names(value):
                    found.setdefault(fold(name), name)
    return tuple(found.values())


def table_pairs(ctx: DeckContext) -> Iterator[tuple[str, str, str]]:
    """(name, other name, the cell's text) for each other name a table gives a row's thing: the
    names of a name column's cell, each for the row's key; and a cell's "name (gloss)" as it
    stands (`_other_names` judges the gloss as it judges any line's). A name two rows share
    says which kind, not which one ("Type: metal"), and is left out."""
    for table in ctx.once(tables):
        shared = _shared_names(table)
        for row in table.rows:
            keys = [name for name in cell_names(row.key) if fold(name) not in shared]
            for cell in row.cells:
                if table.key_column is None or not name_column(cell.column):
                    continue
                for other in cell_names(cell.value):
                    if fold(other) in shared:
                        continue
                    for key in keys:
                        if fold(key) != fold(other):
                            yield key, other, cell.value
    yield from _pipe_pairs(ctx)


def _pipe_runs(ctx: DeckContext) -> tuple[tuple[tuple[str, ...], ...], ...]:
    """The deck's lines that still hold a table row's bars, as runs of consecutive lines of one
    topic, each line cut into its cells: notes typed as "Part | Other name | Job" lines, which
    no importer read as a table."""
    runs: list[list[tuple[str, ...]]] = []
    last: str | None = None
    for ref in ctx.facts:
        if " | " not in ref.text:
            last = None
            continue
        cells = tuple(cell.strip() for cell in ref.text.split("|"))
        if last != ref.topic.id or not runs:
            runs.append([])
        runs[-1].append(cells)
        last = ref.topic.id
    return tuple(tuple(run) for run in runs)


def _pipe_pairs(ctx: DeckContext) -> Iterator[tuple[str, str, str]]:
    """(key, other name, cell) for the rows of a run of bar-separated lines whose first line is a
    header naming a column of other names ("Part | Other name | Job")."""
    for run in ctx.once(_pipe_runs):
        header = run[0]
        named = [k for k, column in enumerate(header) if k and name_column(column)]
        if not named or len(run) < _MIN_ROWS:
            continue
        rows = [cells for cells in run[1:] if len(cells) == len(header)]
        keys = [cell_names(cells[0]) for cells in rows]
        for cells, key_names in zip(rows, keys, strict=True):
            for k in named:
                for other in cell_names(cells[k]):
                    for key in key_names:
                        if fold(key) != fold(other):
                            yield key, other, cells[k]


_MIN_ROWS = 2  # a header and a row


def cell_texts(ctx: DeckContext) -> tuple[str, ...]:
    """Each table cell (and row key) that is a name with a bracket after it ("gold (yellow)",
    "Rhizopus stolonifer (black bread mould)"): read by the other-name readers as a line."""
    found: dict[str, None] = {}
    for table in ctx.once(tables):
        for row in table.rows:
            for value in (row.key, *(cell.value for cell in row.cells)):
                for item in _items(value):
                    glossed = _GLOSSED.match(item)
                    if glossed is not None and _name(glossed.group("name")):
                        found[item] = None
    return tuple(found)


def _shared_names(table: Table) -> frozenset[str]:
    """The folded names two rows or more of a table share."""
    counts: dict[str, int] = {}
    for row in table.rows:
        names = {fold(name) for cell in row.cells for name in cell_names(cell.value)}
        names.update(fold(name) for name in cell_names(row.key))
        for name in names:
            counts[name] = counts.get(name, 0) + 1
    return frozenset(name for name, count in counts.items() if count > 1)


def _items(value: str) -> list[str]:
    """The things a cell lists, outside brackets ("grain (rye), timber": "grain (rye)", "timber")."""
    items: list[str] = []
    depth, start = 0, 0
    for match in _ITEMS_OR_BRACKETS.finditer(value):
        text = match.group(0)
        if text == "(":
            depth += 1
        elif text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            items.append(value[start : match.start()])
            start = match.end()
    items.append(value[start:])
    return [item.strip().strip(_QUOTES).strip() for item in items if item.strip()]


def _name(text: str) -> str:
    """`text` when it reads as a name (a few words, letters in each, no function word first, no
    sentence), else ""."""
    name = text.strip().strip(_QUOTES).strip()
    words = name.split()
    if fold(name) in _NOTHING or not words or len(words) > _MAX_NAME_WORDS:
        return ""
    if any(ch in name for ch in ":=→"):
        return ""
    if fold(words[0]) in STOP_WORDS and not (len(words) == 1 and name[:1].isupper()):
        return ""  # "on top of the helmet" describes; "Or" (gold, in heraldry) is a name
    opening = fold(words[0]).split()
    if opening and opening[0] in _ASIDE:
        return ""  # "e.g. Ivan III", "c. 1380", "usually 8 in an ascus": an aside
    if not all(any(ch.isalpha() for ch in word) for word in words):
        return ""  # "1759", "920 mm": a figure, graded as a number
    return name
