"""Vimwiki pages (.wiki, the default syntax of the Vim plugin): a student's personal wiki, imported
as the Markdown it converts to (see `converted`).

A `.wiki` file was read as MediaWiki, whose headings Vimwiki shares (`= Title =`), but little else:
the page's `%title` line, `%%` comments and `:tag:` lines became facts, `*bold*` lost its bold
(so no key term), and a `{{{ … }}}` preformatted block vanished with its text (taken for a
template). Here `%title` is the deck's title; `%%` comments, `:tag1:tag2:` lines and the other
`%` placeholders (`%template`, `%nohtml`, `%date`) are dropped; `{{{ … }}}` blocks keep each of
their lines as a fact; `Term:: definition` is a key term; `*`, `-`, `#` and `1.` lists nest by
their indent, their `[ ]`/`[X]`/`[.]` checkboxes dropped; `[[link|desc]]` keeps its text,
`[[link]]` its page, `{{image}}` goes; `*bold*` is bold, `_italic_` italic; pipe tables are
tables.

Hand-written: no maintained Python parser of Vimwiki's syntax exists (the plugin's own is
Vimscript); this is one pass over the lines, each inline pattern bounded by the next mark of its
kind, so time stays linear in the text however it is crafted.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.importers.converted import MarkdownDraft, import_converted, item, plain
from knowledge.importers.mediawiki import heading_match
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

_PLACEHOLDER = re.compile(r"^%(?:title|template|nohtml|date)\b[ \t]*(.*)$")
_ITEM = re.compile(r"^([ \t]*)(?:[-*#]|\d{1,9}[.)]|[a-zA-Z][.)])[ \t]+(.*)$")
_CHECKBOX = re.compile(r"^\[[ .oOX-]\][ \t]+")
_BOLD = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=\S)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=\S)_(?![\w_])")
_RULE = re.compile(r"^-{4,}\s*$")
_TABLE_RULE = re.compile(r"^\|[-+| :]*\|$")
_MAX_TERM = 80  # characters of a `Term::` (a longer line is a sentence holding "::")
_PRE_OPEN = "{{{"
_PRE_CLOSE = "}}}"
# Marks of MediaWiki that Vimwiki pages do not carry.
_MEDIAWIKI_MARKS = ("'''", "[[File:", "[[Image:", "[[Category:", "<ref", "{|", "{{cite")


def import_vimwiki(text: str, source_name: str) -> Imported:
    """A deck mapping from a Vimwiki page."""
    require_content(text)
    return import_converted(vimwiki_to_markdown(text), source_name, "Vimwiki page")


def looks_like_vimwiki(text: str) -> bool:
    """A `.wiki` page in Vimwiki's syntax rather than MediaWiki's: more lines with Vimwiki's signs
    (`%title`/`%template`/`%nohtml`, `%%` comments, `:tag:` lines, `{{{` blocks, `Term::`
    definitions, `[ ]` checkboxes, single-star `*bold*`) than with MediaWiki's (`'''bold'''`,
    `{|` tables, `<ref>`, `[[File:` links, `{{cite`)."""
    lines = text.split("\n", 20_000)[:20_000]
    vim = sum(1 for line in lines if _vimwiki_sign(line.strip()))
    media = sum(1 for line in lines if any(mark in line for mark in _MEDIAWIKI_MARKS))
    return vim > media


def _vimwiki_sign(line: str) -> bool:
    if line.startswith(("%%", _PRE_OPEN)) or _PLACEHOLDER.match(line) or _tag_line(line):
        return True
    listed = _ITEM.match(line)
    if listed is not None and _CHECKBOX.match(listed.group(2)):
        return True
    return _definition(line) is not None or _BOLD.search(line) is not None


def vimwiki_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a Vimwiki page, each line with its line in the page."""
    draft = MarkdownDraft()
    lines = text.split("\n")
    levels = [len(m.group(1)) for line in lines if (m := heading_match(line.strip()))]
    shift = 2 - min(levels, default=2)
    in_pre = in_comment = False
    indents: list[int] = []  # the indents of the list items open above this line
    term: str | None = None  # a `Term::` whose definitions follow on `::` lines
    defined = False  # whether that term has had its first definition
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if in_comment or stripped.startswith("%%+"):
            in_comment = "+%%" not in (stripped[3:] if not in_comment else stripped)
            continue
        if term is not None and not stripped.startswith("::"):
            if not defined:
                draft.add(f"- {item(term)}", number - 1)
            term = None
        if in_pre:
            if stripped.startswith(_PRE_CLOSE):
                in_pre = False
                draft.blank(number)
            elif stripped:
                draft.fact(_inline(stripped), number)
            continue
        if stripped.startswith(_PRE_OPEN) and _PRE_CLOSE not in stripped[3:]:
            in_pre = True  # `{{{class="…"`: what follows the mark on its line is its attributes
            draft.blank(number)
            continue
        listed = _ITEM.match(raw)
        if listed is None and indents:
            indents.clear()
            if stripped:
                draft.blank(number)
        if (
            not stripped
            or stripped.startswith("%%")
            or _tag_line(stripped)
            or _RULE.match(stripped)
        ):
            draft.blank(number)
            continue
        placeholder = _PLACEHOLDER.match(stripped)
        if placeholder is not None:
            if stripped.startswith("%title") and _inline(placeholder.group(1)):
                draft.heading(1, _inline(placeholder.group(1)), number)
            continue
        heading = heading_match(stripped)
        if heading is not None:
            words = _inline(heading.group(2)).replace("*", "")
            draft.heading(len(heading.group(1)) + shift, words, number)
        elif listed is not None:
            _list_item(draft, indents, listed, number)
        elif stripped.startswith("|"):
            _table_line(draft, stripped, number)
        elif stripped.startswith("::"):
            words = _inline(stripped[2:])
            if term is not None and not defined and words:
                draft.add(f"- **{term}**: {words}", number)
                defined = True
            elif words:
                draft.add(f"    - {item(words)}", number)
        elif (definition := _definition(stripped)) is not None:
            if definition[1]:
                draft.add(f"- **{definition[0]}**: {definition[1]}", number)
            else:
                term, defined = definition[0], False
        else:
            words = _inline(stripped)
            if words:
                if draft.lines and draft.lines[-1].lstrip().startswith("- "):
                    draft.blank(number)  # a list item's line, else this line carries it on
                draft.add(plain(words), number)
    if term is not None and not defined:
        draft.add(f"- {item(term)}", len(lines))
    return draft


def _list_item(
    draft: MarkdownDraft, indents: list[int], listed: re.Match[str], number: int
) -> None:
    """One list item, nested under the items above it with less indent; its checkbox dropped."""
    indent = len(listed.group(1).expandtabs(4))
    while indents and indents[-1] >= indent:
        indents.pop()
    depth = len(indents)
    indents.append(indent)
    body = _CHECKBOX.sub("", listed.group(2), count=1)
    words = _inline(body)
    if words:
        draft.add(f"{'    ' * depth}- {item(words)}", number)


def _table_line(draft: MarkdownDraft, line: str, number: int) -> None:
    """A pipe table's row as Markdown's, its cells' markup read; `|---+---|` rules as `|---|`."""
    if _TABLE_RULE.match(line):
        draft.add(line.replace("+", "|"), number)
        return
    cells = line.strip("|").split("|")
    draft.add("| " + " | ".join(_inline(cell) for cell in cells) + " |", number)


def _tag_line(line: str) -> bool:
    """`:history:ships:`: a line of tags, each between colons, no spaces in any."""
    if len(line) < 3 or not line.startswith(":") or not line.endswith(":"):
        return False
    tags = line[1:-1].split(":")
    return all(tag and not any(ch.isspace() for ch in tag) for tag in tags)


def _definition(line: str) -> tuple[str, str] | None:
    """`Term:: definition` as (term, definition), the definition empty when it follows on `::`
    lines; None for a line that is no definition."""
    term, marks, definition = line.partition("::")
    term = term.strip()
    if not marks or not term or len(term) > _MAX_TERM or term.startswith(("|", "[")):
        return None
    if definition and not definition[0].isspace():
        return None  # "std::vector": no definition
    words = _inline(term).replace("*", "")
    return (words, _inline(definition)) if words else None


def _inline(text: str) -> str:
    """A line's words with Vimwiki's inline markup made Markdown (bold, italic) or dropped."""
    text = _preformatted_spans(text)
    text = _spans(text, "{{", "}}", lambda _: "")  # an image or a transcluded file
    text = _spans(text, "[[", "]]", _link_text)
    text = _BOLD.sub(r"**\1**", text)
    text = _ITALIC.sub(r"*\1*", text)
    return " ".join(text.split())


def _preformatted_spans(text: str) -> str:
    """`{{{words}}}` on one line as its words (an unclosed one left as written); a scan with
    `str.find`, each mark looked for once, so linear however many there are."""
    out: list[str] = []
    start = 0
    while (opening := text.find(_PRE_OPEN, start)) != -1:
        closing = text.find(_PRE_CLOSE, opening + 3)
        if closing == -1:
            break
        out.append(text[start:opening])
        out.append(text[opening + 3 : closing])
        start = closing + 3
    out.append(text[start:])
    return "".join(out)


def _spans(text: str, opening: str, closing: str, shown: Callable[[str], str]) -> str:
    """`text` with each span between `opening` and `closing` as `shown(inner)`; an unclosed
    opening mark is left as written. Each closing mark is paired with the nearest opening one
    before it, looked for only back to the last span, so every character is read at most twice
    (Vimwiki's links do not nest, so no nesting is counted)."""
    out: list[str] = []
    start = 0
    while (end := text.find(closing, start)) != -1:
        begin = text.rfind(opening, start, end)
        if begin == -1:
            out.append(text[start : end + len(closing)])
        else:
            out.append(text[start:begin])
            out.append(shown(text[begin + len(opening) : end]))
        start = end + len(closing)
    out.append(text[start:])
    return "".join(out)


def _link_text(inner: str) -> str:
    """`[[target|description]]` as its description, `[[target]]` as the target's page name."""
    target, bar, description = inner.partition("|")
    if bar and description.strip():
        return description.strip()
    return target.split("#")[0].rstrip("/").rsplit("/", 1)[-1].strip()
