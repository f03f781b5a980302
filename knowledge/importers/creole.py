"""WikiCreole pages (Creole 1.0, the markup of Moodle's class wikis and of many other wikis), sent
as .txt or .creole: imported as the Markdown they convert to (see `converted`).

Read as plain notes, a Creole page kept its marks in every fact (`=== Causes ===`, `**bold**`,
`|=Name|=Role|`), its lists lost their nesting (`**` and `##` deepen a list) and its tables were
lines of bars. Here `=` headings (one `=` is the page's top level; the closing `=`s are optional)
are headings; `*` and `#` lists nest by how many marks open the item (`*#` mixes them); a
`|=Header|` row heads a table whose `|cell|` rows follow; `**bold**` stays bold (a key term) and
`//italic//` italic; `[[target|label]]` shows its label, `[[target]]` its target; `{{image|alt}}`
and `<<macros>>` (`<<TableOfContents>>`) go; `\\\\` breaks a line; `----` is a rule; `{{{ … }}}`
keeps its text as it is; `~` escapes the mark after it; a line of links only ("See also: [[A]] and
[[B]]") is the wiki's navigation and goes.

Hand-written: the maintained Python Creole packages render to HTML for a web page (and one is
Python 2 only); this is one pass over the lines with bounded inline patterns, so its time stays
linear in the text however it is crafted.
"""

from __future__ import annotations

import re

from knowledge.importers.asciidoc import looks_like_asciidoc
from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.dokuwiki import looks_like_dokuwiki
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.wiki_markup import is_navigation, write_item, write_line, write_table
from knowledge.importers.zim import looks_like_zim, zim_header

MAX_CREOLE_LINES = 200_000
"""Lines of one page: a year's notes are a few thousand."""

_HEADING = re.compile(r"^[ \t]*(={1,6})[ \t]*([^=\n].{0,300}?)[ \t]*=*[ \t]*$")
_ITEM = re.compile(r"^[ \t]*([*#]{1,12})[ \t]*(.*)$")
_TABLE = re.compile(r"^[ \t]*\|")
_RULE = re.compile(r"^[ \t]*-{4,}[ \t]*$")
_LINK = re.compile(r"\[\[([^\[\]\n|]*)(?:\|([^\[\]\n]*))?\]\]")
_IMAGE = re.compile(r"\{\{(?!\{)[^{}\n]*\}\}")
_MACRO = re.compile(r"<<[^<>\n]{0,200}>>")
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
# An opening `//` after a colon is a URL's, not italic.
_ITALIC = re.compile(r"(?<![:/])//(?=\S)((?:[^/\n]|/(?!/))+?)(?<=\S)//")
_INLINE_NOWIKI = re.compile(r"\{\{\{(.*?)\}\}\}")
_ESCAPE = re.compile(r"~(\S)")
_BREAK = "\\\\"
_TXT2TAGS_SETTING = "%!"
# Marks of MediaWiki (asked after this reader) that Creole pages do not carry.
_MEDIAWIKI_MARKS = ("'''", "{|", "<ref", "{{cite", "[[File:", "[[Category:", "__TOC__")


def import_creole(text: str, source_name: str) -> Imported:
    """A deck mapping from a WikiCreole page."""
    require_content(text)
    return import_converted(creole_to_markdown(text), source_name, "Creole wiki page")


def looks_like_creole(text: str) -> bool:
    """A Creole page sent as .txt: two or more `=` headings, and Creole's own marks (a `|=`
    table header, `**bold**`, `//italic//`, `<<macro>>`, `[[target|label]]`, `{{{`) on two lines
    or more, with none of MediaWiki's (`'''bold'''`, `{|` tables, `<ref>`), and not a DokuWiki or
    Zim page (the same family's headings and bold; their lists and headers tell them apart) nor
    a txt2tags source; with a `*`/`#` list or a `|=` table, which a Creole page of notes has."""
    lines = text.split("\n", 20_000)[:20_000]
    headings = sum(1 for line in lines if line.lstrip().startswith("=") and _HEADING.match(line))
    if headings < 2 or any(mark in line for line in lines for mark in _MEDIAWIKI_MARKS):
        return False
    if any(line.startswith(_TXT2TAGS_SETTING) for line in lines):
        return False  # txt2tags writes Creole's headings and bold too, and its `%!` settings
    signs = sum(1 for line in lines if _creole_sign(line))
    listed = any(line.lstrip().startswith(("* ", "# ", "|=")) for line in lines)
    if signs < 2 or not listed or zim_header(text) or looks_like_dokuwiki(text):
        return False
    if looks_like_asciidoc(text):
        return False  # `= Title`, `== Section` and `|===` tables are AsciiDoc's too
    # A Zim page copied without its header has the same headings, bold and bullets; a `= Title =`
    # of one `=`, a `|=` header cell, a `<<macro>>` or a `\\` break is Creole's alone.
    return any(_creole_only(line) for line in lines) or not looks_like_zim(text)


def _creole_only(line: str) -> bool:
    stripped = line.strip()
    return (
        (stripped.startswith("= ") and _HEADING.match(stripped) is not None)
        or (stripped.startswith("|=") and not stripped.startswith("|=="))
        or _MACRO.search(stripped) is not None
        or _BREAK in stripped
    )


def _creole_sign(line: str) -> bool:
    stripped = line.strip()
    return (
        (stripped.startswith("|=") and not stripped.startswith("|=="))
        or "{{{" in stripped
        or _MACRO.search(stripped) is not None
        or (_LINK.search(stripped) is not None and "|" in stripped and not stripped.startswith("|"))
        or (not stripped.startswith("**") and _BOLD.search(stripped) is not None)
        or _ITALIC.search(stripped) is not None
    )


def creole_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for a Creole page, each line with its line in the page."""
    lines = text.split("\n")
    if len(lines) > MAX_CREOLE_LINES:
        raise DeckImportError(f"the page has more than {MAX_CREOLE_LINES:,} lines; split it")
    draft = MarkdownDraft()
    levels = [len(m.group(1)) for line in lines if (m := _heading(line))]
    shift = _shift(levels)
    table: list[tuple[int, list[str]]] = []
    in_list = in_nowiki = False
    for number, raw in enumerate(lines, 1):
        stripped = raw.strip()
        if in_nowiki:
            if stripped.startswith("}}}"):
                in_nowiki = False
                draft.blank(number)
            elif stripped:
                write_line(draft, stripped, number)
            continue
        if table and not _TABLE.match(raw):
            write_table(draft, table)
            table = []
        if stripped == "{{{":
            in_nowiki, in_list = True, False
            continue
        if (
            not stripped
            or _RULE.match(raw)
            or _MACRO.fullmatch(stripped)
            or is_navigation(_LINK.sub(lambda m: f"[[{m.group(1)}]]", stripped))
        ):
            in_list = False
            draft.blank(number)
            continue
        heading = _heading(raw)
        listed = _list_item(raw, in_list)
        if heading is not None:
            in_list = False
            draft.heading(len(heading.group(1)) + shift, _inline(heading.group(2)), number)
        elif listed is not None:
            marks, words = listed
            in_list = True
            for line in _broken(words):
                write_item(draft, len(marks) - 1, marks[-1] == "#", line, number)
        elif _TABLE.match(raw):
            in_list = False
            table.append((number, _cells(stripped)))
        else:
            in_list = False
            for line in _broken(stripped):
                write_line(draft, line, number)
    if table:
        write_table(draft, table)
    return draft


def _shift(levels: list[int]) -> int:
    """What to add to a heading's `=` count: a page opening with its one highest heading has its
    title there (the deck's title, level 1); otherwise its highest headings are topics (level 2)."""
    if not levels:
        return 0
    top = min(levels)
    return 1 - top if levels[0] == top and levels.count(top) == 1 else 2 - top


def _heading(line: str) -> re.Match[str] | None:
    if not line.lstrip().startswith("="):
        return None
    return _HEADING.match(line)


def _list_item(line: str, in_list: bool) -> tuple[str, str] | None:
    """`(marks, words)` of a list item, or None. A line opening with `**` or `##` is a nested
    item only inside a list (Creole's rule): elsewhere it is bold text or a sub-heading mark."""
    listed = _ITEM.match(line)
    if listed is None:
        return None
    marks, words = listed.group(1), listed.group(2)
    if len(marks) > 1 and not in_list:
        if marks.startswith("**") and _BOLD.match(line.strip()):
            return None  # `**Key idea** …` opening a paragraph
        if not words:
            return None
    if not words.strip() or (marks[0] == "#" and not line.lstrip()[len(marks) :][:1].isspace()):
        return None  # `#hashtag` is a word, not a numbered item
    return marks, words


def _cells(row: str) -> list[str]:
    """A table row's cells' words: `|=` marks a header cell, a link's `|` is not a cell's end."""
    hidden = _LINK.sub(lambda m: (m.group(2) or m.group(1)).replace("|", "/"), row)
    hidden = _IMAGE.sub("", hidden)
    cells = hidden.strip().strip("|").split("|")
    return [_inline(cell[1:] if cell.startswith("=") else cell) for cell in cells]


def _broken(words: str) -> list[str]:
    """A line's parts at Creole's forced line breaks (`\\\\`), each as its words."""
    return [part for part in (_inline(piece) for piece in words.split(_BREAK)) if part]


def _inline(text: str) -> str:
    """A line's words with Creole's inline markup made Markdown: bold and italic stay so, a link
    shows its label (or its target), images and macros go, escapes and no-wiki spans keep their
    text as it is."""
    text = _INLINE_NOWIKI.sub(lambda m: m.group(1), text)
    text = _MACRO.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: (m.group(2) or m.group(1)).strip(), text)
    text = _BOLD.sub(lambda m: f"**{m.group(1).strip()}**" if m.group(1).strip() else "", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = _ESCAPE.sub(r"\1", text)
    return plain(" ".join(text.split()))
