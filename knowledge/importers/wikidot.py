"""Wikidot pages (the source of a page on a Wikidot site, as its editor shows it; usually saved as
.txt), imported as the Markdown they convert to (see `converted`).

Wikidot's headings are `+ Heading` to `++++++ Heading` (the count of `+` is the depth, as
Markdown's `#`); lists are `* ` bullets and `# ` numbers nested by leading spaces; tables are
`||~ header ||` and `|| cell ||` rows; `> ` quotes. Blocks are `[[name …]]` … `[[/name]]`: their
tags go and their text stays (`[[note]]`, `[[div]]`, `[[collapsible]]`, `[[size]]`), except
`[[code]]` (kept as code) and `[[footnote]]` (its text kept, in brackets, where it stands);
`[[toc]]`, `[[module …]]`, `[[image …]]` and `[!-- comments --]` go. Inline: `**bold**` stays
bold (a key term), `//italic//` italic, `--struck--` struck; `__underline__`, `{{monospace}}`,
`,,sub,,`, `^^sup^^` and `@@literal@@` keep their words; a `[[[page|text]]]` or `[url text]`
link shows its text.

Hand-written: Wikidot's parser (Text_Wiki) is PHP, and no Python library reads its syntax;
every pattern here runs in time linear in its line.
"""

from __future__ import annotations

import re

from knowledge.importers.converted import MarkdownDraft, import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.wiki_markup import write_item, write_line, write_table

MAX_WIKIDOT_LINES = 10_000
"""Lines read from one page: a term's notes have hundreds; more is not a page someone wrote."""

MAX_CELLS = 50
"""Cells read from one table row."""

_HEADING = re.compile(r"^(\+{1,6})[ \t]+(\S.*)$")
_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[*#])[ \t]+(?P<text>.*)$")
_TABLE_ROW = re.compile(r"^\|\|.*\|\|$")
_BLOCKS = (
    "toc|module|image|note|div|size|collapsible|span|footnote|code|math|tabview|tab|iframe|html"
    "|include|gallery|user|date|embed|button"
)
"""Wikidot's own block names: any other `[[name]]` is not Wikidot's (an Obsidian or wiki link
in notes taken for a page) and keeps its words."""
_BLOCK_TAG = re.compile(rf"\[\[/?(?:f[<>]|[=<>]|\*?(?i:{_BLOCKS})(?![\w-]))[^\[\]\n]{{0,1000}}\]\]")
_OTHER_LINK = re.compile(r"\[\[(?![/\[])([^\[\]\n]{1,500})\]\]")
_COMMENT_OPEN = "[!--"
_COMMENT_CLOSE = "--]"
_PAGE_LINK = re.compile(r"\[\[\[([^\[\]\n]{0,500})\]\]\]")
_URL_LINK = re.compile(
    r"\[\*?(?:https?://|ftp://|mailto:|#|/)[^\s\[\]]{0,500}"
    r"(?:[ \t]+([^\s\[\]][^\[\]\n]{0,500})?)?\]"
)
"""A link's text starts at its first non-space: a run of spaces is read once, never also tried
as the text's start (that made each `[url` cost its spaces' run squared)."""
_BOLD = re.compile(r"\*\*((?:[^*\n]|\*(?!\*))+?)\*\*")
_ITALIC = re.compile(r"(?<![:\w/])//(?=\S)((?:[^/\n]|/(?!/))+?)(?<=\S)//(?![\w/])")
_STRIKE = re.compile(r"(?<![\w-])--(?=[^\s-])((?:[^-\n]|-(?!-))+?)(?<=[^\s-])--(?![\w-])")
_UNDERLINE = re.compile(r"__([^_\n]+)__")
_MONOSPACE = re.compile(r"\{\{([^{}\n]+)\}\}")
_LITERAL = re.compile(r"@@((?:[^@\n]|@(?!@))*)@@")
_SUB = re.compile(r",,([^,\n]+),,")
_SUPER = re.compile(r"\^\^([^^\n]+)\^\^")
_COLOUR = re.compile(r"##[\w#]{1,30}\|((?:[^#\n]|#(?!#))+)##")
_FOOTNOTE = re.compile(r"\[\[footnote\]\]((?:[^\[\n]|\[(?!\[))*)\[\[/footnote\]\]", re.IGNORECASE)
_RULE = re.compile(r"^-{4,}$")
_QUOTE = re.compile(r"^>+[ \t]?")
_DEFINITION = re.compile(r"^:[ \t]+(?P<term>[^:\n]{1,120}?)[ \t]+:[ \t]+(?P<text>.*)$")
_MARKED = re.compile(
    r"^\|\|~?|\[\[\[|@@|\[!--|(?<![:\w/])//\S"
    r"|\[\[/?(?:f[<>]|[=<>]|toc|module|image|note|div|size|collapsible|span|footnote|code|math"
    r"|tabview|tab|iframe|html|include|gallery|embed|button)(?![\w-])"
)
"""Marks only Wikidot's source has: a `[[name]]` counts only when it is one of its blocks."""


def import_wikidot(text: str, source_name: str) -> Imported:
    """A deck mapping from a Wikidot page's source."""
    require_content(text)
    return import_converted(wikidot_to_markdown(text), source_name, "Wikidot page")


def looks_like_wikidot(text: str) -> bool:
    """A Wikidot page's source: two or more `+ Heading` lines that stand alone (a Markdown list of
    `+ ` items runs line after line), and Wikidot's own marks (`||` tables, `[[…]]` blocks,
    `[[[links]]]`, `@@literal@@`, `//italic//`, comments) on two lines or more."""
    lines = text.split("\n", 20_000)[:20_000]
    headings = [
        index for index, line in enumerate(lines) if line[:1] == "+" and _HEADING.match(line)
    ]
    if len(headings) < 2:
        return False
    chained = sum(1 for index in headings if index + 1 < len(lines) and lines[index + 1][:1] == "+")
    if 2 * chained >= len(headings):
        return False
    return sum(1 for line in lines if _MARKED.search(line)) >= 2


def wikidot_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a Wikidot page, each line with its line in the page."""
    lines = text.split("\n")
    if len(lines) > MAX_WIKIDOT_LINES:
        raise DeckImportError(f"the page has more than {MAX_WIKIDOT_LINES:,} lines; split it")
    page = _Page(MarkdownDraft())
    for number, raw in enumerate(lines, 1):
        page.line(raw.rstrip(), number)
    page.end()
    return page.draft


class _Page:
    """The page read line by line, knowing the block (comment, code, table) it is in."""

    def __init__(self, draft: MarkdownDraft) -> None:
        self.draft = draft
        self.comment = False
        self.code = False
        self.table: list[tuple[int, list[str]]] = []

    def line(self, raw: str, number: int) -> None:
        kept = self._without_comments(raw)
        if kept is None:
            return
        raw, stripped = kept, kept.strip()
        if self.code:
            before, found, _ = stripped.partition("[[/code]]")
            if before.strip() or not found:
                self.draft.add(raw.partition("[[/code]]")[0].replace("```", "'''"), number)
            if found:
                self.draft.add("```", number)
                self.code = False
            return
        if _TABLE_ROW.match(stripped):
            cells = [
                cell.strip().removeprefix("~").strip() for cell in _cells(stripped[2:-2], "||")
            ]
            self.table.append((number, [inline(cell).replace("|", "/") for cell in cells]))
            return
        self._end_table()
        if stripped.casefold().startswith("[[code"):
            self.draft.blank(number)
            self.draft.add("```", number)
            self.code = True
            return
        if not stripped or _RULE.match(stripped):
            self.draft.blank(number)
            return
        stripped = _block_tags(stripped)
        if not stripped:
            return
        titled = _HEADING.match(stripped)
        if titled is not None:
            words = inline(titled.group(2)).replace("*", "")
            self.draft.heading(len(titled.group(1)), words, number)
            return
        listed = _ITEM.match(raw) if stripped[:1] in "*#" else None
        if listed is not None:
            words = inline(_block_tags(listed.group("text")))
            depth = len(listed.group("indent").expandtabs(2))
            if words:
                write_item(self.draft, depth, listed.group("bullet") == "#", words, number)
            return
        defined = _DEFINITION.match(stripped)
        if defined is not None:
            term, words = inline(defined.group("term")), inline(defined.group("text"))
            if term and words:
                write_item(self.draft, 0, False, f"**{term.strip('*')}**: {words}", number)
            return
        words = inline(_QUOTE.sub("", stripped).removeprefix("= "))
        if words:
            write_line(self.draft, words, number)

    def _without_comments(self, raw: str) -> str | None:
        """The line with its `[!-- comments --]` gone (None when it is all comment); a comment
        may run over several lines."""
        kept: list[str] = []
        rest = raw
        while rest:
            if self.comment:
                _, found, rest = rest.partition(_COMMENT_CLOSE)
                self.comment = not found
                continue
            before, found, rest = rest.partition(_COMMENT_OPEN)
            kept.append(before)
            self.comment = bool(found)
        text = "".join(kept)
        return text if text.strip() or not raw.strip() else None

    def _end_table(self) -> None:
        """Write the table read so far as a Markdown table, its first row heading it."""
        if not self.table:
            return
        rows, self.table = self.table, []
        write_table(self.draft, rows)

    def end(self) -> None:
        """Close a code block left open at the end of the page, and a table ending it."""
        if self.code:
            self.draft.add("```")
        self._end_table()


def _cells(row: str, mark: str) -> list[str]:
    """A row's cells, parted by `mark`; past MAX_CELLS the rest is one last cell (no table has
    that many columns, and a crafted row of bars would cost a cell's reading each)."""
    cells = row.split(mark, MAX_CELLS - 1)
    return [*cells[:-1], cells[-1].replace(mark, " ")]


def _block_tags(text: str) -> str:
    """`text` without its `[[block]]` tags: the page's furniture (`[[toc]]`, `[[module …]]`,
    images) goes, a block's opening and closing tags go and its text stays. `[[[links]]]` and
    footnotes are left for `_words`."""
    text = _FOOTNOTE.sub(lambda m: f"\x00{m.group(1)}\x01", text)
    text = _PAGE_LINK.sub(lambda m: f"\x02{m.group(1)}\x03", text)
    text = _BLOCK_TAG.sub("", text)
    return text.strip()


def inline(text: str) -> str:
    """A line's words: footnotes in brackets, links as their text, bold kept bold, italic
    italic, struck text struck, the rest's marks dropped."""
    text = _FOOTNOTE.sub(lambda m: f"\x00{m.group(1)}\x01", text)
    text = _PAGE_LINK.sub(lambda m: f"\x02{m.group(1)}\x03", text)
    text = _BLOCK_TAG.sub("", text)
    text = _OTHER_LINK.sub(lambda m: _other_link(m.group(1)), text)
    text = re.sub(r"\x00([^\x01]*)\x01", lambda m: f" ({m.group(1).strip()})", text)
    text = re.sub(r"\x02([^\x03]*)\x03", lambda m: _page_link(m.group(1)), text)
    text = _URL_LINK.sub(lambda m: m.group(1) or "", text)
    text = _LITERAL.sub(r"\1", text)
    text = _BOLD.sub(lambda m: f"**{m.group(1).strip()}**" if m.group(1).strip() else "", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = _STRIKE.sub(r"~~\1~~", text)
    text = _UNDERLINE.sub(r"\1", text)
    text = _MONOSPACE.sub(r"\1", text)
    text = _SUB.sub(r"\1", text)
    text = _SUPER.sub(r"\1", text)
    text = _COLOUR.sub(r"\1", text)
    return " ".join(text.split())


def _other_link(inner: str) -> str:
    """A `[[name]]` that is none of Wikidot's blocks (`[[chlorophyll]]`, `[[page|text]]`): its
    words, or its text after a bar."""
    target, bar, label = inner.partition("|")
    return label.strip() if bar and label.strip() else target.strip()


def _page_link(inner: str) -> str:
    """A `[[[page|text]]]` link's text, or its page's name with dashes as spaces."""
    target, bar, label = inner.partition("|")
    if bar and label.strip():
        return label.strip()
    name = target.strip().split("#")[0].rsplit(":", 1)[-1] or target
    return " ".join(name.replace("-", " ").split())
