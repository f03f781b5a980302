"""Rich Text Format (.rtf: WordPad, TextEdit, and Word's "Rich Text" save), written as Markdown for
the Markdown importer (see `converted`), as Word documents are.

Read paragraph by paragraph: a paragraph with an outline level (`\\outlinelevelN`, what Word writes
for Heading 1–9) or a heading style of the style sheet is a heading; a short paragraph all in bold
(how WordPad and TextEdit users mark headings) is a heading under the last outline-level one, and
so is a short one that opens in bold, colour or underline over a list ("Henry Morgan (c.1635–88)"
with the name in red, then bullets about him: the list's subject); a
paragraph with a list marker (`\\pntext`, `\\listtext`: WordPad's and Word's bullets and numbers)
is a list item, nested by its list level (`\\ilvlN`) or its indent; bold runs are bold, so a key
term as in Markdown; table rows (`\\cell`, `\\row`) give a fact per row under their first row.
Dropped: the font, colour and style tables, document info, pictures, headers and footers, field
instructions (a link's text stays), annotations and every other destination RTF marks as
ignorable (`{\\*\\…}`).

Hand-written: the maintained RTF libraries (striprtf) give plain text only, losing the headings,
lists and tables a deck is built from. The tokenizer is one regular expression applied once from
left to right, and group nesting is counted with a bounded stack, so time is linear in the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from knowledge.importers.converted import MarkdownDraft, import_converted, item, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_GROUP_DEPTH = 500
"""Groups inside one another that are tracked; deeper ones keep the state of the 500th."""

_TOKEN = re.compile(
    r"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|[\r\n]+|([^\\{}\r\n]+)"
)
# Destinations whose text is not the document's (and `{\*\...}` ones, skipped by rule).
_SKIPPED = frozenset(
    {"fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr"}
    | {"footerl", "footerr", "headerf", "footerf", "fldinst", "object", "xe", "tc", "txe", "rxe"}
    | {"listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "themedata"}
    | {"colorschememapping", "latentstyles", "datastore", "xmlnstbl", "mmathPr", "footnote"}
    | {"annotation", "atnid", "atnauthor", "pn", "pntext", "listtext", "bkmkstart", "bkmkend"}
    | {"filetbl", "pgdsctbl", "operator", "comment", "title", "author", "company", "nonshppict"}
)
_LIST_MARKS = frozenset({"pntext", "listtext"})
_HEADING_STYLE = re.compile(r"^(?:heading|überschrift|titre|título|titolo|kop)\s*(\d)", re.I)
_STYLE_ENTRY = re.compile(r"\{([^{}]{1,1000})\}")
_STYLE_NUMBER = re.compile(r"\s*\\s(\d{1,4})\b")
_CONTROL_WORD = re.compile(r"\\[a-zA-Z]{1,32}-?\d{0,10} ?")
_MAX_HEADING = 80  # characters: a longer all-bold paragraph is a bold statement, not a heading
_DEEPEST = 6  # heading level, as Markdown has them
_DARK = 64  # a colour none of whose red, green and blue passes this is text's black or grey
_COLOUR_PART = {name: re.compile(rf"\\{name}(\d{{1,3}})") for name in ("red", "green", "blue")}


@dataclass
class _State:
    """What a group sets: bold, colour and underline, whether its text is skipped, its Unicode
    fallback length."""

    bold: bool = False
    skip: bool = False
    uc: int = 1
    colour: int = 0  # an entry of the colour table; 0 is the text's own colour
    underline: bool = False
    size: int = 24  # in half points, as \\fs gives it

    @property
    def marked(self) -> bool:
        """Text set apart from the rest: bold, in a colour, or underlined."""
        return self.bold or self.colour > 0 or self.underline


@dataclass(frozen=True, slots=True)
class _Run:
    text: str
    bold: bool
    marked: bool
    size: int


@dataclass
class _Paragraph:
    runs: list[_Run] = field(default_factory=list)
    outline: int | None = None
    style: int | None = None
    listed: bool = False
    level: int = 0
    level_set: bool = False  # a list level was given (\ilvl), else the indent says it
    indent: int = 0
    in_table: bool = False

    def reset(self) -> None:
        self.runs = []
        self.listed = False


def import_rtf(text: str, source_name: str) -> Imported:
    """A deck mapping from an RTF document (given as text: RTF is 7-bit, its own escapes say
    every other character)."""
    require_content(text)
    if not text.lstrip().startswith("{\\rtf"):
        raise DeckImportError("this is not an RTF document: it does not start with {\\rtf")
    return import_converted(_Reader(text).read(), source_name, "RTF document")


def looks_like_rtf(text: str) -> bool:
    """An RTF document under another name (.doc files saved by WordPad often are)."""
    return text.lstrip()[:5] == "{\\rtf"


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.codepage = "cp1252"
        self.styles = _heading_styles(text)
        self.colours = _bright_colours(text)
        self.stack: list[_State] = []
        self.state = _State()
        self.skip_unicode = 0
        self.paragraph = _Paragraph()
        self.blocks: list[tuple[str, object]] = []  # ("heading", (level, text)) | ("item", …)
        self.cells: list[str] = []
        self.rows: list[list[str]] = []
        self.pending_ignorable = False

    def read(self) -> MarkdownDraft:
        for match in _TOKEN.finditer(self.text):
            word, number, hexa, symbol, brace, words = match.groups()
            if brace == "{":
                self._push()
            elif brace == "}":
                self._pop()
            elif word is not None:
                self._control(word, number)
            elif hexa is not None:
                self._chars(bytes([int(hexa, 16)]).decode(self.codepage, errors="replace"))
            elif symbol is not None:
                self._symbol(symbol)
            elif words is not None:
                self._chars(words)
        self._end_paragraph()
        self._end_table()
        return self._draft()

    def _push(self) -> None:
        if len(self.stack) < MAX_GROUP_DEPTH:
            self.stack.append(self.state)
            self.state = replace(self.state)
        self.pending_ignorable = False

    def _pop(self) -> None:
        self.pending_ignorable = False
        if self.stack:
            self.state = self.stack.pop()

    def _chars(self, text: str) -> None:
        if self.skip_unicode:
            cut = min(self.skip_unicode, len(text))
            self.skip_unicode -= cut
            text = text[cut:]
        if text and not self.state.skip:
            self.paragraph.runs.append(
                _Run(text, self.state.bold, self.state.marked, self.state.size)
            )

    def _symbol(self, symbol: str) -> None:
        if symbol == "*":
            self.pending_ignorable = True
            self.state.skip = True  # `{\*\destination …}`: not the document's text
        elif symbol in "\\{}":
            self._chars(symbol)
        elif symbol == "~":
            self._chars(" ")
        elif symbol == "_":
            self._chars("-")

    def _control(self, word: str, number: str | None) -> None:
        value = int(number) if number is not None else None
        if self.state.skip:
            self.pending_ignorable = False
            return  # inside a skipped destination its words set nothing (a list mark's \pard)
        if word in _SKIPPED:
            if word in _LIST_MARKS:
                self.paragraph.listed = True
            self.state.skip = True
            return
        if self.skip_unicode and word != "u":
            self.skip_unicode -= 1  # a control word counts as one fallback character
        if word in {"par", "sect", "page"}:
            self._end_paragraph()
        elif word in ("line", "tab", "emspace", "enspace"):
            self._chars(" ")
        elif word == "u" and value is not None:
            self._chars(chr(value % 65536) if value != 0 else "")
            self.skip_unicode = self.state.uc
        elif word == "uc" and value is not None:
            self.state.uc = max(0, min(value, 8))
        elif word == "b":
            self.state.bold = value != 0
        elif word == "plain":
            self.state.bold, self.state.colour, self.state.underline = False, 0, False
        elif word == "fs" and value is not None:
            self.state.size = value
        elif word == "cf":
            # Black or dark grey is the text's colour, whatever its entry (Word writes \cf1).
            self.state.colour = value if value in self.colours else 0
        elif word == "ul":
            self.state.underline = value != 0
        elif word == "ulnone":
            self.state.underline = False
        elif word == "pard":
            self.paragraph.outline = None
            self.paragraph.style = None
            self.paragraph.level = 0
            self.paragraph.level_set = False
            self.paragraph.indent = 0
            self.paragraph.in_table = False
        elif word == "outlinelevel" and value is not None:
            self.paragraph.outline = value
        elif word == "s" and value is not None:
            self.paragraph.style = value
        elif word == "ilvl" and value is not None:
            self.paragraph.level = max(0, min(value, 8))
            self.paragraph.level_set = True
            self.paragraph.listed = True
        elif word == "li" and value is not None:
            self.paragraph.indent = value
        elif word == "intbl":
            self.paragraph.in_table = True
        elif word == "cell":
            self.cells.append(self._text())
            self.paragraph.reset()
        elif word == "row":
            if any(self.cells):
                self.rows.append(self.cells)
            self.cells = []
        elif word == "ansicpg" and value is not None:
            self.codepage = f"cp{value}" if _known_codepage(value) else "cp1252"
        elif word == "emdash":
            self._chars("—")
        elif word == "endash":
            self._chars("–")
        elif word in ("lquote", "rquote"):
            self._chars("'")
        elif word in ("ldblquote", "rdblquote"):
            self._chars('"')
        elif word == "bullet":
            self._chars("•")
        elif self.pending_ignorable:
            self.state.skip = True
        self.pending_ignorable = False

    def _text(self) -> str:
        """The paragraph's runs as one line, bold runs marked."""
        merged: list[tuple[str, bool]] = []
        for run in self.paragraph.runs:
            text, bold = run.text, run.bold
            if merged and merged[-1][1] == bold:
                merged[-1] = (merged[-1][0] + text, bold)
            else:
                merged.append((text, bold))
        out: list[str] = []
        for text, bold in merged:
            words = text.strip()
            if bold and words:
                lead = " " if text[:1].isspace() else ""
                tail = " " if text[-1:].isspace() else ""
                out.append(f"{lead}**{words}**{tail}")
            else:
                out.append(text)
        return " ".join("".join(out).split())

    def _end_paragraph(self) -> None:
        paragraph = self.paragraph
        text = self._text()
        all_bold = bool(paragraph.runs) and all(
            run.bold for run in paragraph.runs if run.text.strip()
        )
        if paragraph.in_table:
            if text:
                self.cells.append(text)
            paragraph.reset()
            return
        self._end_table()
        plain_text = text.replace("**", "")
        level = paragraph.outline
        if level is None and paragraph.style is not None:
            level = self.styles.get(paragraph.style)
        if plain_text and level is not None and level < 9:
            self.blocks.append(("heading", (level + 1, plain_text)))
        elif plain_text and paragraph.listed:
            # Word and WordPad indent a first-level item 720 twips, each level 720 more.
            depth = paragraph.level if paragraph.level_set else paragraph.indent // 720 - 1
            depth = max(depth, 0)
            self.blocks.append(("item", (min(depth, 8), text)))
        elif (
            plain_text
            and all_bold
            and len(plain_text) <= _MAX_HEADING
            and (plain_text[-1:] not in ".;,")
        ):
            self.blocks.append(("bold", (0, plain_text, _size(paragraph.runs))))
        elif plain_text and _opens_marked(paragraph.runs) and _may_head(plain_text):
            self.blocks.append(("marked", (0, text, plain_text, _size(paragraph.runs))))
        elif plain_text:
            self.blocks.append(("text", (0, text)))
        paragraph.reset()

    def _end_table(self) -> None:
        if self.cells and any(self.cells):
            self.rows.append(self.cells)
        self.cells = []
        if self.rows:
            self.blocks.append(("table", self.rows))
        self.rows = []

    def _resolved(self) -> list[tuple[str, object]]:
        """The blocks, a paragraph opening in bold or colour made a heading when a list follows
        it (it names the list's subject), a line of text otherwise."""
        blocks: list[tuple[str, object]] = []
        for index, (kind, value) in enumerate(self.blocks):
            if kind == "marked" and isinstance(value, tuple):
                heads = index + 1 < len(self.blocks) and self.blocks[index + 1][0] == "item"
                blocks.append(("bold", (0, *value[2:])) if heads else ("text", value[:2]))
            else:
                blocks.append((kind, value))
        return blocks

    def _draft(self) -> MarkdownDraft:
        """The blocks as Markdown. Bold headings sit one level under the deepest outline-level
        heading used (or are the top-level topics when the document has none), those set
        smaller under those set bigger ("Henry Morgan" in the text's size under "Famous
        pirates" in a bigger one)."""
        draft = MarkdownDraft()
        blocks = self._resolved()
        levels = [
            value[0] for kind, value in blocks if kind == "heading" and isinstance(value, tuple)
        ]
        sizes = sorted(
            {
                int(value[2])
                for index, (kind, value) in enumerate(blocks)
                if index and kind == "bold" and isinstance(value, tuple)
            },
            reverse=True,
        )
        rank = {size: step for step, size in enumerate(sizes)}
        top = min(levels, default=1)
        shift = 2 - top  # the highest outline level used makes the top-level topics
        outline_level = 0
        previous = ""
        for index, (kind, value) in enumerate(blocks):
            if kind != "item" and previous == "item":
                draft.blank()
            if kind == "heading" and isinstance(value, tuple):
                outline_level = int(value[0]) + shift
                draft.heading(outline_level, str(value[1]))
            elif kind == "bold" and isinstance(value, tuple):
                # A bold first line is the document's title; later ones head sections.
                level = 1 if index == 0 else max(outline_level + 1, 2) + rank[int(value[2])]
                draft.heading(min(level, _DEEPEST), str(value[1]))
            elif kind == "item" and isinstance(value, tuple):
                if previous != "item":
                    draft.blank()
                draft.add(f"{'    ' * int(value[0])}- {item(str(value[1]))}")
            elif kind == "text" and isinstance(value, tuple):
                draft.blank()
                draft.add(plain(str(value[1])))
                draft.blank()
            elif kind == "table" and isinstance(value, list):
                _table(draft, value)
            previous = kind
        return draft


def _size(runs: list[_Run]) -> int:
    """The size a paragraph's first words are set in."""
    return next((run.size for run in runs if run.text.strip()), 24)


def _opens_marked(runs: list[_Run]) -> bool:
    """The paragraph's first words are set apart (bold, a colour, underlined)."""
    first = next((run for run in runs if run.text.strip()), None)
    return first is not None and first.marked


def _may_head(text: str) -> bool:
    """Short enough for a heading, and not a sentence or a lead-in (a stop, colon or comma at
    the end)."""
    return len(text) <= _MAX_HEADING and text[-1:] not in ".;,:"


def _table(draft: MarkdownDraft, rows: list[list[str]]) -> None:
    width = max(len(row) for row in rows)
    draft.blank()
    for index, row in enumerate(rows):
        cells = [cell.replace("|", "/").replace("**", "") for cell in row]
        draft.add("| " + " | ".join(cells + [""] * (width - len(cells))) + " |")
        if index == 0:
            draft.add("|" + "---|" * width)
    draft.blank()


def _bright_colours(text: str) -> set[int]:
    """Entries of the colour table that set text apart: any colour but black and dark grey
    (entry 0, or an empty one, is the text's own colour)."""
    start = text.find("{\\colortbl")
    if start < 0:
        return set()
    end = text.find("}", start)
    table = text[start + len("{\\colortbl") : end if end > 0 else start + 10_000][:10_000]
    bright: set[int] = set()
    for index, entry in enumerate(table.split(";")):
        parts = [_COLOUR_PART[name].search(entry) for name in ("red", "green", "blue")]
        rgb = [int(part.group(1)) if part else 0 for part in parts]
        if index and max(rgb) > _DARK:
            bright.add(index)
    return bright


def _heading_styles(text: str) -> dict[int, int]:
    """Style numbers the style sheet names as headings ("heading 2" → level 1, counting from 0
    as outline levels do)."""
    found: dict[int, int] = {}
    start = text.find("{\\stylesheet")
    if start < 0:
        return found
    sheet = text[start : start + 200_000]
    for entry in _STYLE_ENTRY.finditer(sheet):
        body = entry.group(1)
        number = _STYLE_NUMBER.match(body)
        if number is None:
            continue
        name = _CONTROL_WORD.sub("", body).strip().rstrip(";").strip()
        heading = _HEADING_STYLE.match(name)
        if heading is not None:
            found[int(number.group(1))] = int(heading.group(1)) - 1
    return found


def _known_codepage(number: int) -> bool:
    try:
        "".encode(f"cp{number}")
    except LookupError:
        return False
    return True
