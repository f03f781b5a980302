"""Flashcard exports as text: Quizlet, Anki "Notes in Plain Text", spreadsheets saved as TSV or CSV.

Every card becomes a key term and a fact "term = definition"; a card whose front is a question
("Who replaced Gerő?") becomes a typed question, and an Anki cloze card a fact whose `{{c1::…}}`
blanks the quizzes ask. Anki's header lines (#separator, #html, #deck, #... column) are honoured.

The separators are detected (tab, comma, semicolon, " - ", "---" between term and definition; new
lines or semicolons between cards), reported, and can be given instead (`--sep`, `--card-sep`). A
bad row (no definition, an image-only card, a quote never closed) is skipped and reported with its
line and why; only a file with no usable card at all is refused.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from knowledge.importers.builder import MAX_LINE_CHARS, DeckBuilder, TopicDraft
from knowledge.importers.card_lists import labels_a_card, numbered_items
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.inline import looks_like_html, strip_html
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.tag_column import cell_tags, tag_column
from knowledge.model import cloze_answers
from knowledge.text import fold

_HEADER = re.compile(
    r"#(separator|html|tags|columns|notetype|deck|notetype column|deck column|tags column"
    r"|guid column):(.*)"
)
SEPARATOR_NAMES = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "space": " ",
    "pipe": "|",
    "colon": ":",
    "newline": "\n",
}
_METADATA_COLUMNS = ("notetype column", "deck column", "tags column", "guid column")
_HEADER_FRONTS = {"term", "terms", "front", "question", "word", "prompt"}
_HEADER_BACKS = {"definition", "definitions", "back", "answer", "meaning"}
# Tried in this order; a quoted field may hold the delimiter for the single-character ones.
_TERM_SEPARATORS = ("\t", "---", " - ", " – ", ";", ",", "|")
_QUOTABLE = frozenset({"\t", ",", ";", "|"})
_MAX_RECORD_LINES = 30  # a quoted field running longer than this is a quote that was never closed
MAX_TERM_CHARS = 60  # a front longer than this is a statement, not a term to name a remark by
_IMAGE = re.compile(r"<img\b|\[sound:|\[image:", re.IGNORECASE)


@dataclass
class AnkiHeaders:
    """What Anki's "#key:value" lines at the top of an export say about the rows under them."""

    count: int = 0  # how many lines they take up
    separator: str | None = None
    html: bool | None = None
    deck: str | None = None
    deck_column: int | None = None  # 0-based
    skipped_columns: set[int] = field(default_factory=set)  # 0-based metadata columns


@dataclass
class Card:
    """A row of the export: the line it starts on, its fields as written, and its Anki deck if known."""

    line: int
    fields: list[str]
    deck: str | None = None
    tags: tuple[str, ...] = ()
    plain: bool = False  # a row of notes: one fact, no term (`sheet_layout`)
    extras: tuple[str, ...] = ()  # remarks kept as facts of their own (an Anki note's Extra)
    rows: tuple[str, ...] = ()  # a table's rows, listed under the card's front (`anki_fields`)


def describe_separator(separator: str) -> str:
    """A separator as the report and the command line name it: "tab", "comma", "' - '"."""
    names = {value: name for name, value in SEPARATOR_NAMES.items()}
    return names.get(separator, repr(separator))


def parse_separator(value: str) -> str:
    """A separator given on the command line: a name ("tab", "semicolon") or the characters."""
    named = SEPARATOR_NAMES.get(value.strip().lower())
    if named is not None:
        return named
    unescaped = value.replace("\\t", "\t").replace("\\n", "\n")
    if not unescaped:
        raise DeckImportError("an empty separator separates nothing; give e.g. --sep tab")
    return unescaped


def import_table(
    text: str,
    source_name: str,
    *,
    kind: str,
    separator: str | None = None,
    card_separator: str | None = None,
) -> Imported:
    """A deck mapping from a flashcard export; `kind` ("tsv", "csv", "cards") names it in messages."""
    require_content(text)
    lines = text.split("\n")
    headers = _read_headers(lines)
    body = lines[headers.count :]
    builder = DeckBuilder(source_name=source_name, kind=_KINDS.get(kind, f"{kind} flashcards"))
    report = builder.report
    rows = _rows(body, headers.count)
    card_sep = card_separator or _guess_card_separator(rows)
    if card_sep != "\n":
        rows = _split_cards(rows, card_sep)
    sep = separator or headers.separator or _guess_separator(rows, kind)
    how = "given" if separator else ("from the file's header" if headers.separator else "detected")
    report.detect("term separator", f"{describe_separator(sep)} ({how})")
    report.detect(
        "card separator",
        f"{describe_separator(card_sep)} ({'given' if card_separator else 'detected'})",
    )
    if sep in _QUOTABLE and not (sep == "\t" and headers.separator is None):
        cards = _quoted_cards(rows, sep, report.skip)
    else:
        cards = _plain_cards(rows, sep)
    deck_name = headers.deck or _shared_deck(cards, headers.deck_column)
    if deck_name:
        builder.title = deck_name.split("::")[-1].strip() or builder.title
    if headers.deck_column is not None:
        for card in cards:
            if len(card.fields) > headers.deck_column:
                card.deck = card.fields[headers.deck_column].strip() or None
    for card in cards:
        card.fields = _drop(card.fields, headers)
    what = "card list" if kind == "cards" else f"{kind.upper()} file"
    column = _header_tag_column(cards)
    if column is None:
        add_cards(builder, cards, html=headers.html, what=what, separator=sep)
        return builder.result()
    # anki_tags reads this module's Card: imported here, not at the top
    from knowledge.importers.anki_tags import TagPlan

    for card in cards[1:]:
        if len(card.fields) > column:
            card.tags = cell_tags(card.fields[column])
            card.fields = card.fields[:column] + card.fields[column + 1 :]
    plan = TagPlan(cards[1:])
    report.detect("tags", f"column {column + 1} ({quoted(cards[0].fields[column])})")
    add_cards(builder, cards, html=headers.html, what=what, separator=sep, after_card=plan.apply)
    return builder.result()


def _header_tag_column(cards: list[Card]) -> int | None:
    """The column a header row ("term","definition","tags") names as the cards' tags."""
    if not cards:
        return None
    header = [_clean(value, None) for value in cards[0].fields]
    return tag_column(header) if is_header_row(header) else None


def add_cards(
    builder: DeckBuilder,
    cards: list[Card],
    *,
    html: bool | None,
    what: str,
    separator: str | None = None,
    home: TopicDraft | None = None,
    unit: str = "line",
    after_card: Callable[[Card, TopicDraft, int], None] | None = None,
) -> None:
    """Add every usable card to the deck, each under its Anki deck's topic (or one topic named after the
    deck); unusable ones are reported; `after_card(card, topic, start)` sees each
    card added, its facts being `topic.items[start:]` (Anki tags become groups and aliases there).
    Raises when not a single card could be used."""
    decks = {card.deck for card in cards if card.deck}
    roots = {deck.split("::")[0].strip() for deck in decks}
    if len(decks) > 1 and len(roots) == 1:  # "History::Cold War", "History::Weimar": a History deck
        builder.title = roots.pop() or builder.title
    topics: dict[str, TopicDraft] = {}

    def topic_of(card: Card) -> TopicDraft:
        if card.deck and len(decks) > 1:
            return deck_topic(builder, card.deck, topics)
        if "" not in topics:
            topics[""] = home or builder.add_topic(builder.title)
        return topics[""]

    read = 0
    for index, card in enumerate(cards):
        raw = card.fields
        fields = [_clean(value, html) for value in raw]
        if not any(fields) and not card.rows:
            if any(_IMAGE.search(value) for value in raw):
                builder.report.skip(card.line, "an image-only card (images are not imported)", unit)
            continue
        if index == 0 and is_header_row(fields):
            continue
        topic = topic_of(card)
        start = len(topic.items)
        if card.plain:
            topic.add_fact(" ".join(field for field in fields if field))
            read += 1
            continue
        if card.rows and not any(fields[1:]):  # the answer is a table: its rows, listed
            topic.add_group(fields[0] if fields else topic.title, list(card.rows))
        else:
            problem = _add_card(builder, topic, raw, fields, separator)
            if problem is not None:
                builder.report.skip(card.line, problem, unit)
                continue
            if card.rows:
                topic.add_group(fields[0] or topic.title, list(card.rows))
        for extra in card.extras:
            topic.add_fact(_remark(fields[0] if fields else "", _clean(extra, html)))
        if after_card is not None:
            after_card(card, topic, start)
        read += 1
    if not read:
        first = builder.report.skipped[0] if builder.report.skipped else None
        if first is not None:
            where = f" ({first.unit} {first.line})" if first.unit != "line" else ""
            raise DeckImportError(
                f"no usable cards in this {what}: {first.reason}{where}",
                line=first.line if first.unit == "line" else None,
            )
        raise DeckImportError(f"no cards found in this {what}")


def _remark(front: str, remark: str) -> str:
    """A card's Extra as a fact that reads alone: after a term front, "Caravanserai: usually a
    day's journey apart"; a cloze sentence or a question front names no one thing, so the remark
    stands as written."""
    term = front and not cloze_answers(front) and not front.endswith("?")
    if not term or len(front) > MAX_TERM_CHARS or fold(remark).startswith(fold(front)):
        return remark
    return f"{front}: {remark}"


def deck_topic(builder: DeckBuilder, name: str, topics: dict[str, TopicDraft]) -> TopicDraft:
    """The topic for an Anki deck name, "Biology::Cells::Organelles" nesting as subtopics."""
    parts = [part.strip() for part in name.split("::") if part.strip()] or [builder.title]
    parent: TopicDraft | None = None
    for depth in range(len(parts)):
        key = "::".join(parts[: depth + 1])
        if key not in topics:
            topics[key] = builder.add_topic(parts[depth], parent)
        parent = topics[key]
    assert parent is not None
    return parent


def _read_headers(lines: list[str]) -> AnkiHeaders:
    headers = AnkiHeaders()
    for line in lines:
        match = _HEADER.fullmatch(line.strip())
        if match is None:
            break
        headers.count += 1
        key, value = match.group(1), match.group(2).strip()
        if key == "separator":
            headers.separator = SEPARATOR_NAMES.get(value.lower(), value[:1] or None)
        elif key == "html":
            headers.html = value.lower() == "true"
        elif key == "deck":
            headers.deck = value
        elif key in _METADATA_COLUMNS and value.isdigit() and int(value) > 0:
            headers.skipped_columns.add(int(value) - 1)
            if key == "deck column":
                headers.deck_column = int(value) - 1
    return headers


def _rows(body: list[str], offset: int) -> list[tuple[int, str]]:
    """The lines under the headers with their 1-based numbers in the file, blank ones left out."""
    return [(number, line) for number, line in enumerate(body, offset + 1) if line.strip()]


def _guess_card_separator(rows: list[tuple[int, str]]) -> str:
    """New lines, unless the cards were all exported on a line or two joined by ";" (Quizlet's option)."""
    if len(rows) > 2:
        return "\n"
    joined = " ".join(line for _, line in rows)
    pieces = [piece for piece in joined.split(";") if piece.strip()]
    with_term = sum(
        1 for piece in pieces if any(sep in piece for sep in ("\t", ",", " - ", "---", " – "))
    )
    return ";" if len(pieces) >= 3 and 2 * with_term >= len(pieces) else "\n"


def _split_cards(rows: list[tuple[int, str]], card_sep: str) -> list[tuple[int, str]]:
    """Rows cut at a card separator other than a line break (each piece keeps its line number)."""
    text = "\n".join(line for _, line in rows)
    number = rows[0][0] if rows else 1
    cards: list[tuple[int, str]] = []
    for piece in text.split(card_sep):
        if piece.strip():
            cards.append((number, piece.strip().replace("\n", " ")))
        number += piece.count("\n")
    return cards


def _guess_separator(rows: list[tuple[int, str]], kind: str) -> str:
    """The separator that splits the most of the first rows in two (ties: tab for TSV, else comma)."""
    sample = [line for _, line in rows[:200]]
    preferred = {"tsv": "\t", "csv": ","}.get(kind)

    def score(separator: str) -> tuple[int, int]:
        count = sum(1 for line in sample if _splits(line, separator))
        return count, separator == preferred

    best = max(_TERM_SEPARATORS, key=score)
    return best if score(best)[0] else (preferred or "\t")


def _splits(line: str, separator: str) -> bool:
    """Whether a row has something on both sides of the separator (outside quotes for , ; |)."""
    if separator in _QUOTABLE and '"' in line:
        try:
            fields = next(csv.reader([line], delimiter=separator))
        except (csv.Error, StopIteration):
            return False
        return sum(1 for value in fields if value.strip()) >= 2
    before, found, after = line.partition(separator)
    return bool(found and before.strip() and after.strip())


def _plain_cards(rows: list[tuple[int, str]], separator: str) -> list[Card]:
    """Rows cut at the separator, no quoting (Quizlet). A multi-character separator cuts once, as the
    definition may hold it again ("a - b - c"); under tabs, a line with none carries on the definition
    above it, as Quizlet wraps long definitions."""
    cards: list[Card] = []
    for number, line in rows:
        if separator not in line:
            if separator == "\t" and cards:
                before = cards[-1].fields[-1].strip()
                cards[-1].fields[-1] = f"{before}; {line.strip()}" if before else line.strip()
            else:
                cards.append(Card(number, [line.strip()]))
            continue
        if len(separator) == 1:
            fields = [_unquote(value) for value in line.split(separator)]
        else:
            before, _, after = line.partition(separator)
            fields = [before.strip(), after.strip()]
        cards.append(Card(number, fields))
    return cards


def _unquote(value: str) -> str:
    """A field some spreadsheet wrapped in quotes ("a ""quoted"" word") as it was typed."""
    stripped = value.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        return stripped[1:-1].replace('""', '"')
    return value


def _quoted_cards(
    rows: list[tuple[int, str]], delimiter: str, skip: Callable[[int | None, str], None]
) -> list[Card]:
    """Rows read as CSV: quoted fields may hold the delimiter, doubled quotes and line breaks.

    A quote that is never closed would swallow the rest of the file into one field; that row is
    skipped instead, and reading goes on at the next line.
    """
    cards: list[Card] = []
    index = 0
    while index < len(rows):
        number, line = rows[index]
        record, end = line, index
        while record.count('"') % 2 and end + 1 < len(rows) and end - index < _MAX_RECORD_LINES:
            end += 1
            record += "\n" + rows[end][1]
        if record.count('"') % 2:
            skip(number, 'a quote (") opens a field here and is never closed')
            index += 1
            continue
        try:
            fields = next(csv.reader([record], delimiter=delimiter))
        except (csv.Error, StopIteration):
            skip(number, "this row is not readable as a row of fields")
            index = end + 1
            continue
        cards.append(Card(number, fields))
        index = end + 1
    return cards


def _shared_deck(cards: list[Card], column: int | None) -> str | None:
    """The Anki deck every card comes from, when the export has a deck column and one deck."""
    if column is None:
        return None
    decks = {card.fields[column].strip() for card in cards if len(card.fields) > column}
    return decks.pop() if len(decks) == 1 else None


def _drop(fields: list[str], headers: AnkiHeaders) -> list[str]:
    return [value for index, value in enumerate(fields) if index not in headers.skipped_columns]


def _clean(value: str, html: bool | None) -> str:
    """A cell as plain text: HTML stripped when the export says so (or when it plainly has tags)."""
    if html is True or (html is None and looks_like_html(value)):
        return strip_html(value)
    return " ".join(value.split())


def is_header_row(fields: list[str]) -> bool:
    """A first row of column names, "term,definition" or "Front<TAB>Back" in any case."""
    return (
        len(fields) >= 2 and fold(fields[0]) in _HEADER_FRONTS and fold(fields[1]) in _HEADER_BACKS
    )


def _add_card(
    builder: DeckBuilder,
    topic: TopicDraft,
    raw: list[str],
    fields: list[str],
    separator: str | None,
) -> str | None:
    """Add a card: a cloze fact, a question, or a term and its fact. Returns why it was not usable."""
    front = fields[0]
    back = next((value for value in fields[1:] if value), "")
    if cloze_answers(front):
        topic.add_fact(f"{front} — {back}" if back else front)
        return None
    if not front:
        if _IMAGE.search(raw[0]):
            return "the front is only an image (images are not imported)"
        return "the first field, the term, is empty"
    if not back:
        if len(raw) > 1 and any(_IMAGE.search(value) for value in raw[1:]):
            return f"{quoted(front)} has only an image for its answer (images are not imported)"
        if (
            len(fields) == 1
            and separator in _WORDED_SEPARATORS
            and topic.items
            and _is_statement(front)
        ):
            # "Raise price => BEP falls (fewer sales needed)" among "Term - meaning" cards: a
            # line of the sheet that says something, kept as a fact under the cards before it
            topic.add_fact(front)
            return None
        if len(fields) == 1 and separator is not None:
            name = describe_separator(separator)
            return f"{quoted(front)} has no {name} between term and definition"
        return f"{quoted(front)} has no definition: expected 'term', a separator, then 'definition'"
    # The card is kept as a fact even when its front repeats an earlier one's up to case or
    # accents ("ASCII code for 'A'" / "… 'a'"): only the term or question list skips the repeat,
    # and a card repeated word for word is dropped as a repeated fact.
    if front.endswith("?") and len(back) <= MAX_LINE_CHARS:
        builder.add_question(front, [back], topic)
        topic.add_fact(f"{front} — {back}")
        return None
    items = numbered_items(back)
    if items is not None and len(front) <= MAX_LINE_CHARS:
        topic.add_group(
            front, items
        )  # "Oil paint - advantages" / "1) … 2) …": a list (`card_lists`)
        return None
    if len(front) <= MAX_LINE_CHARS and not labels_a_card(front):
        builder.add_term(front, back, topic)
    topic.add_fact(f"{front} = {back}")
    return None


# Separators of a plain-text card list, where a line without one may be a line of notes.
_WORDED_SEPARATORS = frozenset({" - ", " – ", "---"})
_MIN_STATEMENT_WORDS = 3
_DECORATION = re.compile(r"^[*=#~_<>|+-]{2,}|[*=#~_<>|+-]{2,}$")


def _is_statement(line: str) -> bool:
    """True for a line of a term sheet that says something of its own ("Higher fixed costs =>
    BEP rises"), not a banner ("*** CASH FLOW ***"), a heading in capitals or a lone word."""
    words = re.findall(r"[^\W\d_]+", line)
    if len(words) < _MIN_STATEMENT_WORDS or _DECORATION.search(line.strip()) is not None:
        return False
    return not all(word.isupper() for word in words if len(word) > 1)


_KINDS = {"tsv": "TSV flashcards", "csv": "CSV flashcards", "cards": "Quizlet card list"}
_BULLETED = re.compile(r"^\s|^(?:[-*+•●○◦▪–—]|\d{1,2}[.)])\s")


def looks_like_cards(text: str) -> bool:
    """Whether plain text is a card list with " - " or "---" between term and definition on nearly every
    line (Quizlet's custom separators), rather than notes with a dash here and there; or cards all on
    one line, joined by semicolons."""
    lines = [line for line in text.split("\n") if line.strip()]
    if any(_BULLETED.match(line) for line in lines):
        return False
    rows = list(enumerate(lines, 1))
    if _guess_card_separator(rows) == ";":
        return True
    if len(lines) < 3:
        return False
    for separator in ("---", " - ", " – "):
        split = sum(1 for line in lines if _splits(line, separator))
        if 10 * split >= 9 * len(lines):
            return True
    return False
