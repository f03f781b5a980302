"""AsciiDoc notes (.adoc, .asciidoc): imported as the Markdown they convert to (see `converted`).

`= Title` names the deck and `==`, `===` … sections are topics and subtopics; `*`, `-` and `.`
lists nest as Asciidoctor nests them (a new marker goes one level deeper, a marker seen before goes
back to its level); `term:: definition` is a key term; `|===` tables give a fact per row under
their header; `*bold*` is bold, so a key term as in Markdown. Admonitions (`NOTE:`, `TIP:`, a
`[WARNING]` block) keep their text without the label; example, sidebar, quote and open blocks keep
their content without the delimiters. Dropped: the header's author and revision lines, attribute
entries (`:toc:`; a `{name}` reference is replaced by its value), block attributes (`[source,java]`,
`[cols="1,3"]`), comments (`//`, `////` blocks), directives (`include::`, `ifdef::`, `image::`,
`toc::[]`), source, listing, literal and passthrough blocks (code is not notes to quiz on: they are
counted in the report), footnotes, anchors and link targets (a link's text stays).

Hand-written: the Python AsciiDoc tools either shell out to Ruby (Asciidoctor) or are the
unmaintained AsciiDoc.py, which runs its own configuration files; this reader is one pass over
the lines with bounded, linear patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.importers.converted import MarkdownDraft, import_converted, item, plain
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_LINE = 20_000
"""Characters of one line given to the inline patterns; the rest of a longer line is cut off."""

_SECTION = re.compile(r"^(={1,6}|#{1,6})[ \t]+(\S.*?)(?:[ \t]+\1)?[ \t]*$")
_ATTRIBUTE_ENTRY = re.compile(r"^:(!?[\w][\w-]*!?):(?:[ \t]+(.*))?$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\[\]]*\]$|^\[\[[^\[\]]*\]\]$")
_BLOCK_TITLE = re.compile(r"^\.([^.\s\d].*)$")
_DELIMITER = re.compile(r"^(-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|/{4,}|--)$")
_TABLE = re.compile(r"^([|,:!])={3,}$")
_CONDITIONAL = re.compile(r"^(ifdef|ifndef|ifeval|endif)::([^\[]*)\[(.*)\]$")
_DIRECTIVE = re.compile(
    r"^(?:include|ifdef|ifndef|ifeval|endif|image|video|audio|toc)::", re.IGNORECASE
)
_ITEM = re.compile(r"^(\*{1,5}|-|\.{1,5}|\d{1,9}\.|[a-zA-Z]\.|<\d{1,3}>)[ \t]+(\S.*)$")
_CHECKBOX = re.compile(r"^\[[ xX*]\][ \t]+")
_DESCRIPTION = re.compile(r"^(\S.{0,199}?)(:{2,4}|;;)(?:[ \t]+(.*))?$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(.*)$")
_ADMONITION_STYLES = frozenset({"NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"})
_COMMENT = re.compile(r"^//(?!/)")
_BREAKS = re.compile(r"^(?:'{3,}|<{3,}|\*{3}|-{3})$")
_CONTINUATION = "+"
_ATTRIBUTE_REFERENCE = re.compile(r"\{([\w][\w-]{0,60})\}")
_BUILT_IN = {
    "nbsp": " ",
    "sp": " ",
    "empty": "",
    "zwsp": "",
    "amp": "&",
    "lt": "<",
    "gt": ">",
    "startsb": "[",
    "endsb": "]",
    "vbar": "|",
    "caret": "^",
    "asterisk": "*",
    "tilde": "~",
    "apos": "'",
    "quot": '"',
    "plus": "+",
    "deg": "°",
    "two-colons": "::",
    "two-semicolons": ";;",
    "blank": "",
}
# Inline markup, each pattern bounded to its line and without nested repeats.
_FOOTNOTE = re.compile(r"footnote(?:ref)?:[\w-]*\[[^\]]*\]")
_INDEX = re.compile(r"\({3}[^()]*\){3}|indexterm2?:\[[^\]]*\]")
_VISIBLE_INDEX = re.compile(r"\({2}([^()]+)\){2}")
_INLINE_IMAGE = re.compile(r"image:[^\s\[]*\[[^\]]*\]")
_ANCHOR = re.compile(r"\[\[[^\[\]]*\]\]|anchor:[\w-]+\[[^\]]*\]")
_XREF = re.compile(r"<<([^<>,]*)(?:,([^<>]*))?>>|xref:[^\s\[]*\[([^\]]*)\]")
_LINK = re.compile(r"(?:link:|mailto:|https?://|ftp://)[^\s\[\]]{0,2000}\[([^\]]*)\]")
_MACRO = re.compile(r"\b(?:kbd|btn|menu|pass|stem|latexmath|asciimath):[^\s\[]*\[([^\]]*)\]")
_ROLE = re.compile(r"\[[.#%][\w .#%-]*\]#([^#]+)#")
_MARK = re.compile(r"(?<![\w#])#([^#\s][^#]*?)#(?![\w#])")
_STRONG = re.compile(r"(?<![\w*])\*{1,2}([^*\s][^*]*?)\*{1,2}(?![\w*])")
_EMPHASIS = re.compile(r"(?<![\w_])_{1,2}([^_\s][^_]*?)_{1,2}(?![\w_])")
_MONO = re.compile(r"`\+?([^`]+?)\+?`")
_SUPER_SUB = re.compile(r"\^([^^\s]+)\^|~([^~\s]+)~")
_HARD_BREAK = re.compile(r"[ \t]\+$")
_REPLACEMENTS = (("(C)", "©"), ("(R)", "®"), ("(TM)", "™"), (" -- ", " – "), ("...", "…"))


def import_asciidoc(text: str, source_name: str) -> Imported:
    """A deck mapping from AsciiDoc notes."""
    require_content(text)
    reader = _Reader()
    draft = reader.read(text.split("\n"))
    imported = import_converted(draft, source_name, "AsciiDoc notes")
    if reader.code_blocks:
        count = reader.code_blocks
        imported.report.detect("left out", f"{count} code listing{'s' if count > 1 else ''}")
    return imported


def looks_like_asciidoc(text: str) -> bool:
    """AsciiDoc sent as .txt: two or more `== Section` lines open on the right (MediaWiki closes
    them), and marks only AsciiDoc has: attribute entries (`:toc:`), block attributes
    (`[source,python]`, `[NOTE]`), `|===` tables or `----` blocks with an attribute line."""
    lines = text.split("\n", 20_000)[:20_000]
    sections = sum(
        1
        for line in lines
        if line.startswith("==") and not line.rstrip().endswith("=") and _SECTION.match(line)
    )
    if sections < 2:
        return False
    marks = sum(
        1
        for line in lines
        if _ATTRIBUTE_ENTRY.match(line)
        or _TABLE.match(line)
        or line.startswith(("[source", "[NOTE]", "[TIP]", "[cols", "[%header", "[quote"))
        or _ADMONITION.match(line)
        or line.startswith(("include::", "image::", "ifdef::", "toc::"))
    )
    return marks >= 2


@dataclass
class _Open:
    """A delimited block being read: its delimiter and what is done with its lines."""

    delimiter: str
    keep: bool  # content read as notes (example, sidebar, quote, open, admonition)


@dataclass
class _Reader:
    attributes: dict[str, str] = field(default_factory=dict)
    draft: MarkdownDraft = field(default_factory=MarkdownDraft)
    blocks: list[_Open] = field(default_factory=list)
    pending: str = ""  # the block attribute line just read, for the block after it
    markers: list[str] = field(default_factory=list)  # list markers open, outermost first
    in_list: bool = False
    code_blocks: int = 0
    table: list[tuple[int, str]] | None = None
    table_header: bool = False
    table_separator: str = "|"
    table_columns: int = 0
    title_seen: bool = False
    last_item_depth: int = -1
    continuation: bool = False
    conditions: list[bool] = field(default_factory=list)  # open ifdef/ifndef blocks
    skip_paragraph: bool = False  # a paragraph styled as code ("[source]" above it)

    def read(self, lines: list[str]) -> MarkdownDraft:
        shift = self._shift(lines)
        in_header = True
        for number, raw in enumerate(lines, 1):
            line = raw.rstrip()[:MAX_LINE]
            if line.startswith(("ifdef::", "ifndef::", "ifeval::", "endif::")):
                line = self._conditional(line)
                if not line:
                    continue
            if False in self.conditions:
                continue
            if self.table is not None:
                self._table_line(line, number)
                continue
            skipping = self.blocks and not self.blocks[-1].keep
            delimiter = _DELIMITER.match(line)
            if delimiter is not None and (not skipping or line == self.blocks[-1].delimiter):
                self._delimiter(line, number)
                continue
            if skipping:
                continue
            if in_header:
                in_header = self._header(line, number)
                if in_header:
                    continue
            self._line(line, number, shift)
        if self.table is not None:
            self._end_table()
        return self.draft

    def _conditional(self, line: str) -> str:
        """`ifdef::name[]` … `endif::[]`: the lines between are read only when the attribute is
        set (`ifndef` when it is not; `ifeval` is always read). A one-line `ifdef::name[text]`
        gives its text back when it applies."""
        found = _CONDITIONAL.match(line)
        if found is None:
            return ""
        kind, names, inline = found.groups()
        if kind == "endif":
            if self.conditions:
                self.conditions.pop()
            return ""
        if kind == "ifeval":
            holds = True
        else:
            wanted = [name for name in re.split(r"[,+]", names) if name]
            holds = any(name in self.attributes for name in wanted)
            holds = holds if kind == "ifdef" else not holds
        if inline and kind != "ifeval":
            return inline if holds and False not in self.conditions else ""
        if len(self.conditions) < 64:  # deeper nesting is a crafted file: read as unconditional
            self.conditions.append(holds)
        return ""

    def _shift(self, lines: list[str]) -> int:
        """Markdown heading level minus AsciiDoc level: `=` (the title) is `#`; without a title
        the highest section level used makes the top-level topics (`##`)."""
        levels = [len(m.group(1)) for line in lines if (m := _section(line))]
        if not levels or min(levels) == 1:
            return 0
        return 2 - min(levels)

    def _header(self, line: str, number: int) -> bool:
        """The document header: the title, then author and revision lines and attribute
        entries, up to the first blank line. True while still in it."""
        if not self.title_seen:
            if not line or _COMMENT.match(line) or _ATTRIBUTE_ENTRY.match(line):
                self._attribute(line)
                return True
            section = _section(line)
            if section is not None and len(section.group(1)) == 1:
                self.title_seen = True
                self.draft.heading(1, self._inline(section.group(2)), number)
                return True
            return False
        if not line:
            return False
        if _ATTRIBUTE_ENTRY.match(line) or _COMMENT.match(line):
            self._attribute(line)
        return True  # an author or revision line: not notes

    def _attribute(self, line: str) -> None:
        entry = _ATTRIBUTE_ENTRY.match(line)
        if entry is not None:
            name = entry.group(1)
            if name.startswith("!") or name.endswith("!"):
                self.attributes.pop(name.strip("!"), None)
            else:
                self.attributes[name] = entry.group(2) or ""

    def _delimiter(self, line: str, number: int) -> None:
        if self.blocks and line == self.blocks[-1].delimiter:
            self.blocks.pop()
            self._end_list(number)
            return
        style = self.pending.strip("[]").split(",")[0].strip().lstrip("%")
        self.pending = ""
        code = line[0] in "-.+/" and line != "--"
        if line == "--" and style in ("source", "listing", "literal", "pass", "comment"):
            code = True
        if code and line[0] != "/" and line[0] != "+":
            self.code_blocks += 1
        keep = not code and style not in ("source", "listing", "literal", "pass", "comment")
        self._end_list(number)
        self.blocks.append(_Open(line, keep))

    def _line(self, line: str, number: int, shift: int) -> None:
        if _COMMENT.match(line) or _DIRECTIVE.match(line) or _BREAKS.match(line):
            return
        if _ATTRIBUTE_ENTRY.match(line):
            self._attribute(line)
            return
        table = _TABLE.match(line)
        if table is not None:
            self._start_table(table.group(1))
            return
        if _BLOCK_ATTRIBUTES.match(line):
            self.pending = line
            return
        if not line:
            self._end_list(number)
            self.skip_paragraph = False
            return
        if self.skip_paragraph:
            return
        if line == _CONTINUATION:
            self.continuation = True  # a list item's next block: read as a line under it
            return
        if _BLOCK_TITLE.match(line) and not line.startswith(".."):
            title = self._inline(line[1:])
            self._end_list(number)
            if title:
                self.draft.blank(number)
                self.draft.add(plain(f"{title}:"), number)
            return
        section = _section(line)
        if section is not None:
            self.pending = ""
            level = len(section.group(1)) + shift
            self._end_list(number)
            self.draft.heading(level, self._inline(section.group(2)), number)
            return
        style = self.pending.strip("[]").split(",")[0].strip()
        self.pending = ""
        if style in ("source", "listing", "literal", "pass", "comment"):
            self.code_blocks += style != "comment"
            self.skip_paragraph = True
            return
        listed = _ITEM.match(line)
        if listed is not None:
            self._item(listed.group(1), listed.group(2), number)
            return
        described = _DESCRIPTION.match(line)
        if described is not None and "://" not in described.group(1):
            self._described(described, number)
            return
        admonition = _ADMONITION.match(line)
        words = self._inline(admonition.group(1) if admonition else line)
        if not words:
            return
        if self.in_list and self.continuation:
            # A block joined to the item above by a "+" line: a line under it.
            depth = self.last_item_depth + 1
            self.draft.add(f"{'    ' * depth}- {item(words)}", number)
            self.continuation = False
            return
        if self.in_list and self.draft.lines and self.draft.lines[-1].strip():
            self.draft.lines[-1] += f" {words}"  # the item's text carried on the next line
            return
        self.draft.add(plain(words), number)

    def _item(self, marker: str, text: str, number: int) -> None:
        if marker.startswith("<"):
            return  # a callout explaining a line of a code listing, which is left out
        self.continuation = False
        kind = marker[0] if not marker[0].isalnum() else "1"
        kind = "<" if marker.startswith("<") else kind
        key = marker if kind in "*." else kind
        if key in self.markers:
            del self.markers[self.markers.index(key) + 1 :]
        else:
            self.markers.append(key)
        depth = len(self.markers) - 1
        words = self._inline(_CHECKBOX.sub("", text))
        if not words:
            return
        if not self.in_list:
            self.draft.blank(number)
        bullet = "1." if kind in ".1" else "-"
        self.draft.add(f"{'    ' * depth}{bullet} {item(words)}", number)
        self.in_list = True
        self.last_item_depth = depth

    def _described(self, described: re.Match[str], number: int) -> None:
        term = self._inline(described.group(1)).replace("*", "")
        definition = self._inline(described.group(3) or "")
        depth = max(len(described.group(2)) - 2, 0) if described.group(2) != ";;" else 1
        depth = min(depth, len(self.markers))
        if not self.in_list:
            self.draft.blank(number)
        text = f"**{term}**: {definition}" if definition else item(term)
        self.draft.add(f"{'    ' * depth}- {text}", number)
        self.in_list = True
        self.last_item_depth = depth

    def _end_list(self, number: int) -> None:
        if self.in_list:
            self.draft.blank(number)
        self.in_list = False
        self.markers = []
        self.last_item_depth = -1

    def _start_table(self, separator: str) -> None:
        attributes = self.pending
        self.pending = ""
        self._end_list(0)
        self.table = []
        self.table_separator = "|" if separator == "!" else separator
        if separator == "!":
            self.table_separator = "!"
        self.table_header = "header" in attributes
        cols = re.search(r'cols="?([^",\]]*(?:,[^",\]]*)*)"?', attributes)
        self.table_columns = 0
        if cols is not None:
            spec = cols.group(1)
            multiplied = re.fullmatch(r"(\d{1,3})\*.*", spec)
            self.table_columns = int(multiplied.group(1)) if multiplied else spec.count(",") + 1

    def _table_line(self, line: str, number: int) -> None:
        if _TABLE.match(line):
            self._end_table()
            return
        assert self.table is not None
        self.table.append((number, line))

    def _end_table(self) -> None:
        lines, self.table = self.table or [], None
        separator = self.table_separator
        rows: list[tuple[int, list[str]]] = []
        cells: list[tuple[int, str]] = []
        first_line_cells = 0
        header = self.table_header
        for index, (number, line) in enumerate(lines):
            if not line.strip():
                if index == 1 and first_line_cells and not rows and not self.table_columns:
                    header = True  # Asciidoctor's implicit header: one line, then a blank
                continue
            found = _cells(line, separator)
            if found is None:  # a line carrying on the last cell
                if cells:
                    cells[-1] = (cells[-1][0], f"{cells[-1][1]} {line.strip()}")
                continue
            if index == 0:
                first_line_cells = len(found)
            cells.extend((number, cell) for cell in found)
        width = self.table_columns or first_line_cells or 1
        for start in range(0, len(cells), width):
            chunk = cells[start : start + width]
            rows.append((chunk[0][0], [self._inline(cell) for _, cell in chunk]))
        if not rows:
            return
        if not header:
            # The Markdown importer reads the first row as the header: a table without one
            # gives its rows as plain lines instead.
            for number, row in rows:
                words = " – ".join(cell for cell in row if cell)
                if words:
                    self.draft.add(f"- {item(words)}", number)
            self.draft.blank(rows[-1][0])
            return
        self.draft.blank(rows[0][0])
        for index, (number, row) in enumerate(rows):
            padded = [cell.replace("|", "/") for cell in row] + [""] * (width - len(row))
            self.draft.add("| " + " | ".join(padded) + " |", number)
            if index == 0:
                self.draft.add("|" + "---|" * width, number)
        self.draft.blank(rows[-1][0])

    def _inline(self, text: str) -> str:
        text = _HARD_BREAK.sub("", text)
        text = _ATTRIBUTE_REFERENCE.sub(self._reference, text)
        text = _FOOTNOTE.sub("", text)
        text = _INDEX.sub("", text)
        text = _VISIBLE_INDEX.sub(r"\1", text)
        text = _INLINE_IMAGE.sub("", text)
        text = _ANCHOR.sub("", text)
        text = _XREF.sub(_xref_text, text)
        text = _MACRO.sub(r"\1", text)
        text = _LINK.sub(r"\1", text)
        text = _ROLE.sub(r"\1", text)
        text = _MARK.sub(r"\1", text)
        text = _STRONG.sub(r"**\1**", text)
        text = _EMPHASIS.sub(r"*\1*", text)
        text = _MONO.sub(r"\1", text)
        text = _SUPER_SUB.sub(lambda m: m.group(1) or m.group(2) or "", text)
        for mark, character in _REPLACEMENTS:
            text = text.replace(mark, character)
        return " ".join(text.split())

    def _reference(self, match: re.Match[str]) -> str:
        name = match.group(1)
        if name in self.attributes:
            return self.attributes[name]
        return _BUILT_IN.get(name, match.group(0))


def _xref_text(match: re.Match[str]) -> str:
    if match.group(3) is not None:
        return match.group(3)
    if match.group(2):
        return match.group(2)
    return (match.group(1) or "").lstrip("_").replace("_", " ").replace("-", " ")


_CELL_SPEC = re.compile(r"(?:\d+\+|\d*\.\d+\+|\d+\*)?[<^>]?(?:\.[<^>])?[adehlmsv]?$")


def _cells(line: str, separator: str) -> list[str] | None:
    """The cells a table line starts: `| a | b`, with cell specifiers (`2+|`, `a|`) dropped; None
    for a line that carries on the cell above (it does not start with a separator)."""
    if separator in (",", ":"):
        return [cell.strip() for cell in line.split(separator)]
    stripped = line.strip()
    parts = re.split(r"(?<!\\)" + re.escape(separator), stripped)
    if len(parts) < 2:
        return None
    head, cells = parts[0], parts[1:]
    if head.strip() and not _CELL_SPEC.match(head.strip()):
        return None
    out: list[str] = []
    for index, cell in enumerate(cells):
        text = cell.replace("\\" + separator, separator)
        if index + 1 < len(cells):
            # A cell specifier touching the next separator ("2+|", "a|") belongs to that cell.
            spec = _TRAILING_SPEC.search(text)
            if spec is not None:
                text = text[: spec.start()]
        out.append(text.strip())
    return out


_TRAILING_SPEC = re.compile(r"(?<=\s)(?:\d+\+|\d+\*|[adehlmsv]|\d+\+[adehlmsv])$")


def _section(line: str) -> re.Match[str] | None:
    """A section title line (`== Title`, or Markdown's `## Title`), short enough to be one."""
    if not line.startswith(("=", "#")) or len(line) > 500:
        return None
    return _SECTION.match(line)
