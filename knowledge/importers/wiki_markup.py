"""The markup Zim and DokuWiki share (both descend from the same wiki syntax): `== Heading ==`
lines whose `=` count runs the other way from MediaWiki's (six is the page's title, two the
deepest), `**bold**`, `//italic//`, `__underline__`, `''verbatim''`, `~~struck~~`, `[[links]]`
and `{{images}}`. Each reader says what its lists, tables and blocks are; the words of a line are
made Markdown here (bold stays bold, so a key term; the rest of the markup goes).

Every pattern's body stops at the next mark of its own kind (`[^*\\n]` inside bold, no `//`
inside italic), so a crafted line of unclosed marks costs time linear in its length.
"""

from __future__ import annotations

import re

from knowledge.importers.converted import MarkdownDraft, item, pieces, plain

MAX_HEADING = 300
"""Characters of a heading line: a longer line is text, never read as a heading."""

_LINK = re.compile(r"\[\[([^\[\]\n]*)\]\]")
_IMAGE = re.compile(r"\{\{[^{}\n]*\}\}")
_BOLD = re.compile(r"\*\*([^*\n]+)\*\*")
# Italic marks stand at word edges, and an opening `//` after a colon is a URL's, not italic.
_ITALIC = re.compile(r"(?<![:\w/])//(?=\S)((?:[^/\n]|/(?!/))+?)(?<=\S)//(?![\w/])")
_UNDERLINE = re.compile(r"__([^_\n]+)__")
_VERBATIM = re.compile(r"''([^'\n]+)''")
_STRIKE = re.compile(r"~~([^~\n]+)~~")
_SUPER = re.compile(r"\^\{([^{}\n]*)\}")
_SUB = re.compile(r"_\{([^{}\n]*)\}")
_URL_TARGET = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|mailto:|www\.)", re.IGNORECASE)
_INTERWIKI = re.compile(r"^[a-z]{2,10}>", re.IGNORECASE)  # DokuWiki's `[[wp>Klondike]]`
_SUPERSCRIPTS = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_NAVIGATION_WORDS = frozenset(
    {"back", "to", "next", "previous", "prev", "page", "up", "home", "index", "see", "also"}
    | {"|", "·", "-", "–", "»", "«", "→", "←", ">", "<", "/", ":", "and"}
)


def heading(line: str) -> tuple[int, str] | None:
    """`(marks, words)` for a heading line of two to six `=` each side (more count as six), None
    for any other line. Read by counting, never by a backtracking pattern."""
    stripped = line.strip()
    if len(stripped) > MAX_HEADING or not stripped.startswith("==") or not stripped.endswith("=="):
        return None
    opening = len(stripped) - len(stripped.lstrip("="))
    closing = len(stripped) - len(stripped.rstrip("="))
    words = stripped[opening : len(stripped) - closing].strip()
    if not words or closing < 2:
        return None
    return min(opening, 6), words


def heading_levels(marks: list[int]) -> int:
    """How much to add to `7 - marks` so the page's levels start at the deck title (six `=`) or
    at its top-level topics (level 2) when the page has no title heading."""
    levels = [7 - count for count in marks]
    return 0 if not levels or min(levels) <= 2 else 2 - min(levels)


def inline(text: str, *, page_names: bool = False) -> str:
    """A line's words with the wiki's inline markup made Markdown: bold and italic stay so;
    underline, verbatim and super/subscript keep their words only; struck text is kept struck
    (the Markdown reader decides); images go; a link shows its label, or its page's name (the
    last `:` part, with DokuWiki's `_` as spaces when `page_names`)."""
    text = links_and_images(text, page_names=page_names)
    text = _BOLD.sub(lambda m: f"**{m.group(1).strip()}**" if m.group(1).strip() else "", text)
    text = _ITALIC.sub(r"*\1*", text)
    text = _UNDERLINE.sub(r"\1", text)
    text = _VERBATIM.sub(r"\1", text)
    text = _STRIKE.sub(r"~~\1~~", text)
    text = _SUPER.sub(lambda m: _superscript(m.group(1)), text)
    text = _SUB.sub(r"\1", text)
    return " ".join(text.split())


def links_and_images(text: str, *, page_names: bool = False) -> str:
    """`text` with its images dropped and its links as their words (`inline` does this first):
    for a table row, whose cells are parted by the `|` a link's label also follows."""
    text = _IMAGE.sub("", text)
    return _LINK.sub(lambda m: _link_text(m.group(1), page_names), text)


def looks_like_wiki_page(lines: list[str]) -> bool:
    """Two or more `== Heading ==` lines, the first the highest (most `=`), and this family's
    bold or italic (`**…**`, `//…//`) on two lines or more, with none of MediaWiki's
    `'''bold'''`, `{|` tables or `<ref>`: the signature Zim and DokuWiki pages share (their
    lists tell them apart)."""
    marks = [found[0] for line in lines if line.startswith("==") and (found := heading(line))]
    if len(marks) < 2 or marks[0] < max(marks):
        return False  # a page opens with its highest heading, which has the most "="
    if any("'''" in line or line.startswith("{|") or "<ref" in line for line in lines):
        return False
    marked = sum(1 for line in lines if _BOLD.search(line) or _ITALIC.search(line))
    return marked >= 2


def is_navigation(text: str) -> bool:
    """A line of links and the words that join them ("Back to [[Index]] | next [[+Page]]"): the
    notebook's navigation, not notes."""
    if "[[" not in text:
        return False
    rest = _LINK.sub(" ", text)
    return all(word.casefold().strip(".,;:") in _NAVIGATION_WORDS for word in rest.split())


def _link_text(inner: str, page_names: bool) -> str:
    target, bar, label = inner.partition("|")
    label = label.strip()
    if bar and label:
        return label
    target = target.strip()
    if _URL_TARGET.match(target):
        return target
    target = _INTERWIKI.sub("", target).split("#")[0] or target.lstrip("#")
    name = target.strip().strip(":").rsplit(":", 1)[-1].strip().lstrip("+").strip()
    if page_names:
        name = name.replace("_", " ")
    return " ".join(name.split())


def _superscript(text: str) -> str:
    """`m^{2}` as "m²": digits and signs as superscripts, other text as it is."""
    converted = text.translate(_SUPERSCRIPTS)
    return converted if all(ch in "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻" for ch in converted) else text


def write_item(draft: MarkdownDraft, depth: int, numbered: bool, words: str, number: int) -> None:
    """A list item `depth` levels in; a crafted line longer than `converted.MAX_LINE` is cut into
    items of that length (so it costs the Markdown reader what many short lines do)."""
    bullet = "1." if numbered else "-"
    for piece in pieces(words):
        draft.add(f"{'    ' * depth}{bullet} {item(piece)}", number)


def write_line(draft: MarkdownDraft, words: str, number: int) -> None:
    """A line of text, a paragraph of its own (a wiki's line break is a line's end, never a
    carry-on of the item above it); cut as `write_item` cuts."""
    for piece in pieces(words):
        draft.blank(number)
        draft.add(plain(piece), number)


def write_table(draft: MarkdownDraft, rows: list[tuple[int, list[str]]]) -> None:
    """A wiki table's rows (each its source line number and its cells' words) as a Markdown
    table, its first row heading it and short rows padded to the widest."""
    width = max(len(cells) for _, cells in rows)
    draft.blank(rows[0][0])
    for index, (number, cells) in enumerate(rows):
        padded = cells + [""] * (width - len(cells))
        draft.add("| " + " | ".join(padded) + " |", number)
        if index == 0:
            draft.add("|" + "---|" * width, number)
    draft.blank(rows[-1][0])
