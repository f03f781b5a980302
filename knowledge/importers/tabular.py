"""Flashcard exports as TSV or CSV: Quizlet ("term<TAB>definition"), Anki ("Notes in Plain Text").

Every card becomes a key term and a fact "term = definition" in one topic named after the file,
so /explain and the quizzes have something to work on. A card whose front is a question ("Who
replaced Gerő?") becomes a typed question instead. Anki's header lines (#separator, #html, #deck,
#... column) are honoured: metadata columns are dropped, HTML becomes plain text, cloze cards
become facts.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Any

from knowledge.importers.builder import MAX_LINE_CHARS, DeckBuilder, TopicDraft
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.inline import looks_like_html, strip_html
from knowledge.importers.source import require_content
from knowledge.model import cloze_answers
from knowledge.text import fold

_HEADER = re.compile(
    r"#(separator|html|tags|columns|notetype|deck|notetype column|deck column|tags column"
    r"|guid column):(.*)"
)
_SEPARATORS = {"tab": "\t", "comma": ",", "semicolon": ";", "space": " ", "pipe": "|", "colon": ":"}
_METADATA_COLUMNS = ("notetype column", "deck column", "tags column", "guid column")
_HEADER_FRONTS = {"term", "terms", "front", "question", "word", "prompt"}
_HEADER_BACKS = {"definition", "definitions", "back", "answer", "meaning"}
_CSV_DELIMITERS = (",", ";", "\t", "|")


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
    line: int
    fields: list[str]


def import_table(text: str, source_name: str, *, kind: str) -> dict[str, Any]:
    """A deck mapping from a TSV (`kind` "tsv") or CSV (`kind` "csv") flashcard export."""
    require_content(text)
    lines = text.split("\n")
    headers = _read_headers(lines)
    body = lines[headers.count :]
    if headers.separator is None and kind == "tsv":
        cards = _plain_tsv_cards(body, headers.count)
    else:
        delimiter = headers.separator or _guess_delimiter(body)
        cards = _csv_cards(body, headers.count, delimiter)
    builder = DeckBuilder(source_name=source_name, kind=f"{kind.upper()} flashcards")
    deck_name = headers.deck or _shared_deck(cards, headers.deck_column)
    if deck_name:
        builder.title = deck_name.split("::")[-1].strip() or builder.title
    topic = builder.add_topic(builder.title)
    read = 0
    for index, card in enumerate(cards):
        fields = [_clean(value, headers.html) for value in _drop(card.fields, headers)]
        if not any(fields) or (index == 0 and _is_header_row(fields)):
            continue
        _add_card(builder, topic, card.line, fields, kind)
        read += 1
    if not read:
        raise DeckImportError(f"no cards found in this {kind.upper()} file")
    return builder.build()


def _read_headers(lines: list[str]) -> AnkiHeaders:
    headers = AnkiHeaders()
    for line in lines:
        match = _HEADER.fullmatch(line.strip())
        if match is None:
            break
        headers.count += 1
        key, value = match.group(1), match.group(2).strip()
        if key == "separator":
            headers.separator = _SEPARATORS.get(value.lower(), value[:1] or None)
        elif key == "html":
            headers.html = value.lower() == "true"
        elif key == "deck":
            headers.deck = value
        elif key in _METADATA_COLUMNS and value.isdigit() and int(value) > 0:
            headers.skipped_columns.add(int(value) - 1)
            if key == "deck column":
                headers.deck_column = int(value) - 1
    return headers


def _plain_tsv_cards(body: list[str], offset: int) -> list[Card]:
    """Quizlet's export: a card per line; a line with no tab carries on the definition above it."""
    cards: list[Card] = []
    for number, line in enumerate(body, offset + 1):
        if not line.strip():
            continue
        if "\t" in line:
            cards.append(Card(number, [_unquote(value) for value in line.split("\t")]))
        elif cards:
            fields = cards[-1].fields
            before = fields[-1].strip()
            fields[-1] = f"{before}; {line.strip()}" if before else line.strip()
        else:
            raise DeckImportError(
                "no tab between term and definition: a TSV export has one card per line, "
                "'term<TAB>definition' (for notes, use --format outline or markdown)",
                line=number,
            )
    return cards


def _csv_cards(body: list[str], offset: int, delimiter: str) -> list[Card]:
    """Rows read by the csv module: quoted fields may hold the delimiter, quotes, line breaks."""
    reader = csv.reader(io.StringIO("\n".join(body)), delimiter=delimiter)
    cards: list[Card] = []
    start = 1
    try:
        for row in reader:
            if any(value.strip() for value in row):
                cards.append(Card(offset + start, row))
            start = reader.line_num + 1
    except csv.Error as error:
        raise DeckImportError(
            f"this is not readable as CSV: {error}", line=offset + start
        ) from error
    return cards


def _guess_delimiter(body: list[str]) -> str:
    """The delimiter splitting the most of the first rows into two or more fields (ties: comma)."""
    sample = "\n".join(line for line in body[:200] if line.strip())

    def score(delimiter: str) -> int:
        try:
            rows = csv.reader(io.StringIO(sample), delimiter=delimiter)
            return sum(1 for row in rows if sum(1 for value in row if value.strip()) >= 2)
        except csv.Error:
            return -1

    return max(_CSV_DELIMITERS, key=score)


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


def _unquote(value: str) -> str:
    """A field some spreadsheet wrapped in quotes ("a ""quoted"" word") as it was typed."""
    stripped = value.strip()
    if len(stripped) >= 2 and stripped[0] == stripped[-1] == '"':
        return stripped[1:-1].replace('""', '"')
    return value


def _is_header_row(fields: list[str]) -> bool:
    """A first row of column names, "term,definition" or "Front<TAB>Back" in any case."""
    return (
        len(fields) >= 2 and fold(fields[0]) in _HEADER_FRONTS and fold(fields[1]) in _HEADER_BACKS
    )


def _add_card(
    builder: DeckBuilder, topic: TopicDraft, line: int, fields: list[str], kind: str
) -> None:
    """Add a card: a cloze fact, a question, or a term and its fact (a repeated term is skipped)."""
    front = fields[0]
    back = next((value for value in fields[1:2] if value), "")
    if cloze_answers(front):
        topic.add_fact(f"{front} — {back}" if back else front)
        return
    separator = "a tab" if kind == "tsv" else "a delimiter"
    if not front:
        raise DeckImportError("the first column, the term, is empty", line=line)
    if not back:
        raise DeckImportError(
            f"{quoted(front)} has no definition: expected 'term', {separator}, then 'definition'",
            line=line,
        )
    if front.endswith("?") and len(back) <= MAX_LINE_CHARS:
        if builder.add_question(front, [back], topic):
            topic.add_fact(f"{front} — {back}")
        return
    if len(front) > MAX_LINE_CHARS or builder.add_term(front, back, topic):
        topic.add_fact(f"{front} = {back}")
