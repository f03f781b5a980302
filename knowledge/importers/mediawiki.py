"""MediaWiki markup (.wiki, .mediawiki, .wikitext): a page copied from a school or class wiki, or
from Wikipedia's edit box, imported as the Markdown it converts to (see `converted`).

`== Heading ==` lines are topics (the highest level used making the top-level ones); `*`, `#`, `:`
and `;` lists nest by their marks (`;term : definition` a key term); `{| … |}` tables give a fact
per row under their first row; `'''bold'''` is bold, so a key term as in Markdown. Dropped: the
markup and the wiki's own machinery: `{{templates}}` (but for the few that only wrap words:
`{{lang|fr|…}}`, `{{convert|3|km}}`), `<ref>` citations, `[[File:…]]` and `[[Category:…]]` links,
link targets (`[[Page|text]]` keeps its text, `[https://… text]` its text), `<!-- comments -->`,
`__TOC__` and other magic words, HTML tags (their words stay), `<gallery>` blocks, rules.

Hand-written: the maintained wikitext parsers (mwparserfromhell) build a node tree that still has
to be walked for every construct here, and its C tokenizer has been slow on crafted unclosed
templates; this reader is one pass over the text with explicit nesting counters, so every
construct costs time linear in its size, closed or not.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.importers.converted import MarkdownDraft, import_converted, item, plain
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

_HEADING = re.compile(r"^(={1,6})[ \t]*([^=].*?)[ \t]*\1[ \t]*$")
_LIST = re.compile(r"^([*#:;]+)[ \t]*(.*)$")
_MAGIC = re.compile(r"__[A-Z]+__")
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_REF = re.compile(r"<ref\b[^>/]{0,500}/>|<ref\b[^>]{0,500}>.*?(?:</ref\s*>|\Z)", re.S | re.I)
_DROPPED_BLOCK = re.compile(
    r"<(gallery|references|timeline|imagemap|score|graph|templatedata)\b[^>]{0,500}?(?:/>|>.*?(?:</\1\s*>|\Z))",
    re.S | re.I,
)
_TAG = re.compile(r"</?[a-zA-Z][\w-]*(?:\s[^<>]*)?/?>")
_BREAK = re.compile(r"<br\s*/?>", re.I)
_EXTERNAL = re.compile(r"\[(?:https?:|ftp:|mailto:|//)[^\s\]]*(?:\s+([^\]]*))?\]")
_BOLD_ITALIC = re.compile(r"'''''(.+?)'''''")
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
_RULE = re.compile(r"^-{4,}\s*$")
_LINK_MARK = re.compile(r"\[\[|\]\]")
_TEMPLATE_MARK = re.compile(r"\{\{|\}\}")
_MAX_HEADING = 300  # characters: a longer line is text (and never tried against `_HEADING`)
_DROPPED_NAMESPACES = ("file:", "image:", "media:", "category:", "wikipedia:", "wp:")
_INTERLANGUAGE = re.compile(r"^[a-z]{2,3}(?:-[a-z]+)?:")
# Templates that only wrap words, and which of their parameters are the words shown.
_WORD_TEMPLATES: dict[str, Callable[[list[str]], str]] = {
    "lang": lambda args: args[1] if len(args) > 1 else "",
    "nowrap": lambda args: args[0] if args else "",
    "small": lambda args: args[0] if args else "",
    "smallcaps": lambda args: args[0] if args else "",
    "convert": lambda args: " ".join(args[:2]) if len(args) > 1 else "",
    "math": lambda args: args[0] if args else "",
    "mvar": lambda args: args[0] if args else "",
    "ill": lambda args: args[0] if args else "",
    "transl": lambda args: args[-1] if args else "",
}


def import_mediawiki(text: str, source_name: str) -> Imported:
    """A deck mapping from a page of MediaWiki markup."""
    require_content(text)
    return import_converted(mediawiki_to_markdown(text), source_name, "MediaWiki page")


def looks_like_mediawiki(text: str) -> bool:
    """A wiki page sent as .txt: two or more `== Heading ==` lines (closed both sides) and wiki
    markup no other notes carry (`[[links]]`, `'''bold'''`, `{{templates}}`, `{|` tables, `<ref>`).
    A typed outline framing its headings `=== Causes ===` has no such markup and stays an outline."""
    lines = text.split("\n", 20_000)[:20_000]
    headings = sum(1 for line in lines if line.startswith("==") and _heading(line.strip()))
    if headings < 2:
        return False
    marks = sum(
        1
        for line in lines
        if "[[" in line or "'''" in line or "{{" in line or line.startswith("{|") or "<ref" in line
    )
    return marks >= 2


def mediawiki_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a MediaWiki page, each line with its line in the page."""
    text = _blank_out(text)
    draft = MarkdownDraft()
    lines = text.split("\n")
    levels = [len(m.group(1)) for line in lines if (m := _heading(line.strip()))]
    shift = 2 - min(levels, default=2)
    table: _Table | None = None
    in_list = False
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if table is not None:
            if stripped.startswith("|}") and table.depth == 1:
                table.write(draft)
                table = None
            else:
                table.read(stripped, number)
            continue
        if stripped.startswith("{|"):
            table = _Table()
            continue
        heading = _heading(stripped)
        listed = _LIST.match(stripped) if heading is None else None
        if in_list and listed is None:
            draft.blank(number)
            in_list = False
        if heading is not None:
            words = _inline(heading.group(2)).replace("**", "").replace("*", "")
            draft.heading(len(heading.group(1)) + shift, words, number)
        elif listed is not None:
            _list_item(draft, listed.group(1), listed.group(2), number)
            in_list = True
        elif _RULE.match(stripped) or not stripped:
            draft.blank(number)
        else:
            words = _inline(stripped)
            if words:
                draft.add(plain(words), number)
    if table is not None:
        table.write(draft)
    return draft


def heading_match(line: str) -> re.Match[str] | None:
    """A `== Heading ==` line's match (marks, then title), or None: for Vimwiki, whose headings
    are MediaWiki's."""
    return _heading(line)


def _heading(line: str) -> re.Match[str] | None:
    if not line.startswith("=") or not line.endswith("=") or len(line) > _MAX_HEADING:
        return None
    return _HEADING.match(line)


def _list_item(draft: MarkdownDraft, marks: str, body: str, number: int) -> None:
    """One line of a wiki list: its marks say its depth, `;` a term (with `:` its definition)."""
    depth = len(marks) - 1
    indent = "    " * depth
    if marks.endswith(";"):
        term, _, definition = body.partition(":")
        term, definition = _inline(term), _inline(definition)
        if term and definition:
            draft.add(f"{indent}- **{term.replace('*', '')}**: {definition}", number)
        elif term:
            draft.add(f"{indent}- {item(term)}", number)
        return
    words = _inline(body)
    if words:
        bullet = "1." if marks.endswith("#") else "-"
        draft.add(f"{indent}{bullet} {item(words)}", number)


class _Table:
    """A `{| … |}` table read line by line: `|-` starts a row, `!` cells are headers (the first
    row heads the table either way), `|+` is a caption (dropped); `||` and `!!` part cells on
    one line, and a cell's attributes end at its first `|`."""

    def __init__(self) -> None:
        self.rows: list[tuple[int, list[str]]] = []
        self.depth = 1  # tables inside this one are read as the text of its cells
        self.line = 0

    def read(self, line: str, number: int) -> None:
        if line.startswith("{|"):
            self.depth += 1
            return
        if line.startswith("|}"):
            self.depth -= 1
            return
        if self.depth > 1:
            self._more(line)
            return
        if line.startswith("|+"):
            return  # the caption: the section's heading says what the table is about
        if line.startswith("|-"):
            self.rows.append((number, []))
        elif line.startswith(("|", "!")):
            if not self.rows:
                self.rows.append((number, []))
            separator = "!!" if line.startswith("!") else "||"
            parts = line[1:].replace("||", separator).split(separator)
            self.rows[-1][1].extend(_inline(_cell_text(part)) for part in parts)
        else:
            self._more(line)

    def _more(self, line: str) -> None:
        """A line carrying on the last cell (a cell's text may run over several lines)."""
        if self.rows and self.rows[-1][1] and line:
            cells = self.rows[-1][1]
            cells[-1] = f"{cells[-1]} {_inline(line)}".strip()

    def write(self, draft: MarkdownDraft) -> None:
        rows = [(number, cells) for number, cells in self.rows if any(cells)]
        if not rows:
            return
        draft.blank(rows[0][0])
        width = max(len(cells) for _, cells in rows)
        for index, (number, cells) in enumerate(rows):
            padded = [cell.replace("|", "/") for cell in cells] + [""] * (width - len(cells))
            draft.add("| " + " | ".join(padded) + " |", number)
            if index == 0:
                draft.add("|" + "---|" * width, number)
        draft.blank(rows[-1][0])


def _cell_text(cell: str) -> str:
    """A cell without its attributes (`style="…" | text`): what follows the first single `|`
    when what precedes it reads as attributes."""
    before, bar, after = cell.partition("|")
    if bar and "=" in before and "[[" not in before:
        return after.strip()
    return cell.strip()


def inline(text: str) -> str:
    """A piece of wiki text as the importer writes it: bold and italic quotes as Markdown
    emphasis, links as their text, tags and templates gone. For a reader of a line copied from a
    page (bench_ask's scoring), who must see it as the reply shows it."""
    return _inline(_templates(text))


def _inline(text: str) -> str:
    """A line's words with the wiki's inline markup made Markdown (bold, italic) or dropped."""
    text = _BREAK.sub(" ", text)
    text = _TAG.sub("", text)
    text = _links(text)
    text = _EXTERNAL.sub(lambda m: m.group(1) or "", text)
    text = _BOLD_ITALIC.sub(r"***\1***", text)
    text = _BOLD.sub(r"**\1**", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = text.replace("'''", "").replace("&nbsp;", " ")
    return " ".join(text.split())


def _links(text: str) -> str:
    """`[[Page|text]]` as its text, `[[Page]]` as the page's name, `[[Category:…]]`,
    `[[File:…]]` and interlanguage links dropped; nesting counted (a file's caption holds links
    of its own), an unclosed link left as its words."""
    if "[[" not in text:
        return text
    return _nested(text, _LINK_MARK, "[[", _link_text, lambda inner: inner)


def _nested(
    text: str,
    marks: re.Pattern[str],
    opening: str,
    closed: Callable[[str], str],
    unclosed: Callable[[str], str],
) -> str:
    """`text` with every span between `opening` and its closing mark (nesting counted) replaced
    by `closed(inner)`; one pass over the marks, so time linear in the text."""
    out: list[str] = []
    stack: list[list[str]] = []
    last = 0
    for mark in marks.finditer(text):
        (stack[-1] if stack else out).append(text[last : mark.start()])
        last = mark.end()
        if mark.group(0) == opening:
            stack.append([])
        elif stack:
            shown = closed("".join(stack.pop()))
            (stack[-1] if stack else out).append(shown)
        else:
            out.append(mark.group(0))  # a stray closing mark is text
    (stack[-1] if stack else out).append(text[last:])
    while stack:
        inner = "".join(stack.pop())
        (stack[-1] if stack else out).append(unclosed(inner))
    return "".join(out)


def _link_text(inner: str) -> str:
    target, bar, label = inner.partition("|")
    lowered = target.strip().casefold().lstrip(":")
    if lowered.startswith(_DROPPED_NAMESPACES) or (
        _INTERLANGUAGE.match(lowered) and not bar and not inner.startswith(":")
    ):
        return ""
    if bar:
        return label.strip() or target.split("#")[0].split(":")[-1].strip()
    return target.split("#")[0].strip() or target.strip("#").strip()


def _blank_out(text: str) -> str:
    """The page without comments, citations, dropped blocks, magic words and templates; each
    removed span leaves its line breaks, so every line keeps its number."""

    def keep_lines(match: re.Match[str]) -> str:
        return "\n" * match.group(0).count("\n")

    text = _COMMENT.sub(keep_lines, text)
    text = _REF.sub(keep_lines, text)
    text = _DROPPED_BLOCK.sub(keep_lines, text)
    text = _MAGIC.sub("", text)
    return _templates(text)


def _templates(text: str) -> str:
    """`{{…}}` templates removed (nested ones counted), but the few that only wrap words, which
    leave their words; `{{{parameters}}}` too. An unclosed one is dropped to the end. Each keeps
    its line breaks, so the lines after it keep their numbers."""
    if "{{" not in text:
        return text

    def closed(inner: str) -> str:
        return _template_words(inner) + "\n" * inner.count("\n")

    return _nested(text, _TEMPLATE_MARK, "{{", closed, lambda inner: "\n" * inner.count("\n"))


def _template_words(inner: str) -> str:
    name, _, rest = inner.partition("|")
    words = _WORD_TEMPLATES.get(name.strip().casefold())
    if words is None:
        return ""
    args = [part.strip() for part in rest.split("|") if "=" not in part]
    return words(args).replace("\n", " ")
