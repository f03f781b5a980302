"""Emacs org-mode notes (.org), imported as the Markdown they convert to (see `converted`).

Read line by line, as Emacs reads them: a line of stars and a blank is a heading, whose TODO/DONE
keyword (the file's own `#+TODO:` words too), `[#A]` priority, `[2/3]` cookie and `:tags:` are not
notes, and a `* COMMENT` heading leaves its whole subtree out. `:PROPERTIES:`/`:LOGBOOK:` drawers,
SCHEDULED/DEADLINE/CLOCK lines, `#+` keywords and `#` comments are dropped (`#+TITLE:` is the
deck's title); `- term :: definition` items become bold key terms; `*bold*`, `/italic/`, `=code=`,
`~code~`, `[[target][text]]` links and `|---+---|` table rules become their Markdown forms;
`#+BEGIN_SRC`/`EXAMPLE` blocks stay as code and `#+BEGIN_COMMENT` blocks go.

Hand-written rather than built on orgparse: orgparse returns bodies as raw text (so their lines
need converting here anyway) and reads headings with backtracking patterns that take seconds on a
crafted heading of a few hundred colons; every pattern here runs in time linear in its line.
"""

from __future__ import annotations

import re

from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_ORG_HEADINGS = 20_000
"""Headings read from one file: a course's notes have hundreds; more is a crafted file."""

_HEADING = re.compile(r"^(\*+)[ \t]+(.*)$")
_PRIORITY = re.compile(r"\[#[A-Z0-9]\]")
_TAGS = re.compile(r":(?:[\w@#%]+:)+")
_KEYWORD = re.compile(r"^\s*#\+(\w[\w-]*):?(.*)$")
_BLOCK = re.compile(r"^\s*#\+(begin|end)_(\w+)", re.IGNORECASE)
_COMMENT = re.compile(r"^\s*#(?:\s|$)")
_DRAWER_START = re.compile(r"^\s*:[\w-]+:\s*$")
_DRAWER_END = re.compile(r"^\s*:end:\s*$", re.IGNORECASE)
_PLANNING = re.compile(r"^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):|CLOCK:)")
_FIXED_WIDTH = re.compile(r"^(\s*):(?: (.*))?$")
_ITEM = re.compile(r"^(\s*)([-+*]|\d{1,9}[.)])\s+(?:\[[ xX-]\]\s+)?(.*)$")
# One blank before "::", so a long run of spaces costs one pass, not one per space (quadratic).
_DESCRIPTION = re.compile(r"^(?P<term>.+?)[ \t]::(?:[ \t]+(?P<text>.*))?$")
_RULE = re.compile(r"^\s*-{5,}\s*$")
_TABLE_RULE = re.compile(r"^\s*\|(?=[^\n]*-)[-+:|\s]*$")
_LINK = re.compile(r"\[\[([^\[\]]+)\](?:\[([^\[\]]*)\])?\]")
_IMAGE_TARGET = re.compile(r"\.(?:png|jpe?g|gif|svg|webp)$", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[fn:[\w-]*\]")
_COOKIE = re.compile(r"\[(?:\d*/\d*|\d*%)\]")  # a heading's progress: "[2/3]", "[66%]"
_LINE_BREAK = re.compile(r"\\\\\s*$")
# Org emphasis: the marks must touch the text inside them and stand at word edges outside.
_PRE = r"(?<![\w*/=~+])"
_POST = r"(?![\w*/=~+])"
_BOLD = re.compile(_PRE + r"\*(?=\S)([^*\n]*?\S)\*" + _POST)
_ITALIC = re.compile(_PRE + r"/(?=\S)([^/\n]*?\S)/" + _POST)
_CODE = re.compile(_PRE + r"(?:=(?=\S)([^=\n]*?\S)=|~(?=\S)([^~\n]*?\S)~)" + _POST)
_STRIKE = re.compile(_PRE + r"\+(?=\S)([^+\n]*?\S)\+" + _POST)
_UNDERLINE = re.compile(r"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])")
_CODE_BLOCKS = frozenset({"src", "example", "verse"})


def import_org(text: str, source_name: str) -> Imported:
    """A deck mapping from org-mode notes."""
    require_content(text)
    return import_converted(org_to_markdown(text), source_name, "org-mode notes")


def org_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for org-mode `text`, each line with its line in the org file."""
    lines = text.split("\n")
    headings = sum(1 for line in lines if _HEADING.match(line))
    if headings > MAX_ORG_HEADINGS:
        raise DeckImportError(f"the file has more than {MAX_ORG_HEADINGS:,} headings; split it")
    title = _file_title(lines)
    keywords = _todo_keywords(lines)
    shift = 1 if title else 0
    draft = MarkdownDraft()
    body = _Body(draft)
    commented: int | None = None  # the level of a "* COMMENT" heading whose subtree is left out
    for number, raw in enumerate(lines, 1):
        heading = _HEADING.match(raw)
        if heading is None:
            if commented is not None:
                draft.blank(number)
            elif title and not body.titled and _is_title(raw):
                draft.heading(1, inline(title), number)
                body.titled = True
            else:
                body.line(raw, number)
            continue
        level = len(heading.group(1))
        if commented is not None and level > commented:
            draft.blank(number)
            continue
        body.end_block()
        words = _heading_words(heading.group(2), keywords)
        commented = level if words and words[0] == "COMMENT" else None
        if commented is None:
            draft.heading(level + shift, inline(" ".join(words)), number)
    return draft


def _heading_words(text: str, keywords: frozenset[str]) -> list[str]:
    """A heading's words without its TODO keyword, priority, progress cookie and tags.

    Split on blanks, never matched by one pattern over the whole heading: a crafted heading of a
    few hundred colons takes a backtracking tags pattern (orgparse's) a quarter of a second."""
    words = text.split()
    if words and words[0] in keywords:
        words = words[1:]
    if words and _PRIORITY.fullmatch(words[0]):
        words = words[1:]
    if words and _TAGS.fullmatch(words[-1]):
        words = words[:-1]
    return [word for word in words if not _COOKIE.fullmatch(word)]


def _todo_keywords(lines: list[str]) -> frozenset[str]:
    """TODO and DONE, and the words the file's own `#+TODO:` lines declare ("WAIT(w@)", "|")."""
    found = {"TODO", "DONE"}
    for raw in lines:
        keyword = _KEYWORD.match(raw)
        if keyword and keyword.group(1).casefold() in ("todo", "seq_todo", "typ_todo"):
            found.update(word.split("(")[0] for word in keyword.group(2).split() if word != "|")
    return frozenset(found)


def _is_title(raw: str) -> bool:
    keyword = _KEYWORD.match(raw)
    return keyword is not None and keyword.group(1).casefold() == "title"


def _file_title(lines: list[str]) -> str:
    """The `#+TITLE:` before the first heading (several lines of it are joined, as Emacs does)."""
    parts: list[str] = []
    for raw in lines:
        if _HEADING.match(raw):
            break
        keyword = _KEYWORD.match(raw)
        if keyword and keyword.group(1).casefold() == "title":
            parts.append(keyword.group(2).strip())
    return " ".join(part for part in parts if part)


class _Body:
    """The lines under a heading, converted one at a time (blocks and drawers span lines)."""

    def __init__(self, draft: MarkdownDraft) -> None:
        self.draft = draft
        self.titled = False
        self.block: str | None = None  # the kind of the #+BEGIN_ block being read
        self.drawer = False

    def end_block(self) -> None:
        """A heading closes whatever block or drawer was left open above it."""
        if self.block in _CODE_BLOCKS:
            self.draft.add("```")
        self.block = None
        self.drawer = False

    def line(self, raw: str, number: int) -> None:
        draft = self.draft
        block = _BLOCK.match(raw)
        if block:
            self._block_mark(block.group(1).casefold(), block.group(2).casefold(), number)
            return
        if self.block == "comment":
            draft.blank(number)
        elif self.block in _CODE_BLOCKS:
            draft.add(raw.rstrip(), number)
        elif self.drawer:
            self.drawer = not _DRAWER_END.match(raw)
            draft.blank(number)
        elif _DRAWER_START.match(raw) and not _DRAWER_END.match(raw):
            self.drawer = True
            draft.blank(number)
        elif _KEYWORD.match(raw) or _COMMENT.match(raw) or _PLANNING.match(raw) or _RULE.match(raw):
            draft.blank(number)
        else:
            draft.add(_line(raw), number)

    def _block_mark(self, edge: str, kind: str, number: int) -> None:
        if edge == "begin":
            self.block = kind
            self.draft.add("```" if kind in _CODE_BLOCKS else "", number)
        else:
            self.draft.add("```" if self.block in _CODE_BLOCKS else "", number)
            self.block = None


def _line(raw: str) -> str:
    """One line of an org body as Markdown."""
    line = raw.rstrip()
    if _TABLE_RULE.match(line):
        return re.sub(r"-+", "---", line.replace("+", "|"))
    fixed = _FIXED_WIDTH.match(line)
    if fixed:  # ": text" is a line of example output
        return f"{fixed.group(1)}`{fixed.group(2) or ''}`" if fixed.group(2) else ""
    item = _ITEM.match(line)
    if item and not (item.group(2) == "*" and not item.group(1)):
        indent, text = item.group(1), item.group(3)
        bullet = item.group(2) if item.group(2)[0].isdigit() else "-"
        described = _DESCRIPTION.match(text)
        if described is None:
            return f"{indent}{bullet} {inline(text)}"
        # "- Osmosis :: water moving …" defines a term; "- Causes ::" alone leads into sub-items
        term = inline(described.group("term").strip())
        rest = inline(described.group("text") or "")
        return f"{indent}{bullet} **{term}**: {rest}" if rest else f"{indent}{bullet} {term}:"
    return plain(inline(line))


def inline(text: str) -> str:
    """Org inline markup as Markdown: emphasis, code, links; footnote marks and forced line
    breaks go."""
    text = _LINE_BREAK.sub("", _FOOTNOTE.sub("", text))
    text = _LINK.sub(_link, text)
    text = _CODE.sub(lambda m: f"`{m.group(1) or m.group(2)}`", text)
    text = _BOLD.sub(lambda m: f"**{m.group(1)}**", text)
    text = _ITALIC.sub(lambda m: f"*{m.group(1)}*", text)
    text = _STRIKE.sub(lambda m: m.group(1), text)
    return _UNDERLINE.sub(lambda m: m.group(1), text)


def _link(match: re.Match[str]) -> str:
    """A link's text, or its target when it has none; an image (a link to a picture) goes."""
    target, label = match.group(1), match.group(2)
    if label:
        return label
    if _IMAGE_TARGET.search(target):
        return ""
    return target.removeprefix("file:")
