"""Markdown notes: headings make the deck title and a tree of topics; lists and paragraphs make facts.

The first H1 is the deck title; the next heading level down makes top-level topics and every deeper
level a subtopic of the heading above it, so `/explain` can land on a `###` case study by its own
name. A list item with sub-items is a group; one whose sub-items have sub-items of their own, and a
short title-like text, is a subtopic. A paragraph ending in ":" (or all in bold) right before a list
heads a group. Tables become one fact per row, "column: value; column: value".

Dropped: images and badges, HTML comments, link targets (the link text stays), bare URLs, tables of
contents, "last updated" lines, Obsidian callout markers, and front matter (its title is used when
there is no H1). Code and maths are kept as text, but never read as key terms. Terms come from
"**Term**: definition" and "Term = definition" anywhere, and from "Term: definition" / "Term -
definition" under a "Key terms" or "Glossary" heading; only term-like left sides count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge._yaml_nodes import ComposeError, Mapping, Scalar, compose
from knowledge.headings import is_structural_title
from knowledge.importers.builder import DeckBuilder, TopicDraft
from knowledge.importers.definitions import (
    defines_term,
    inline_definition,
    is_citation,
    lead_in_label,
    undated_name,
)
from knowledge.importers.emphasis import bold_phrases
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.furniture import is_furniture, page_properties, toggled
from knowledge.importers.inline import strip_markdown
from knowledge.importers.labels import is_label
from knowledge.importers.nesting import Line, flatten, nest
from knowledge.importers.page_chrome import chrome_line
from knowledge.importers.pipe_tables import (
    TABLE_RULE,
    cells,
    is_pipe_row,
    names_columns,
    table_row,
)
from knowledge.importers.report import Imported
from knowledge.importers.sentences import split_sentences
from knowledge.importers.source import require_content
from knowledge.importers.terms import (
    is_glossary_title,
    split_equals,
    split_glossary,
    split_labelled,
)
from knowledge.loader import MAX_TOPIC_DEPTH

_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?(.*)$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
# Outline labels Markdown has no list syntax for ("1.1", "a)", "(ii)", "•"): notes typed as an
# outline in a .md file mean them as items, though a renderer would run them into one paragraph.
_OUTLINE_ITEM = re.compile(
    r"^(?P<indent>\s*)(?P<label>(?P<number>\d{1,3}(?:\.\d{1,3})+\.?)|\(?[a-zA-Z]\)"
    r"|\(?(?:[ivx]{1,4}|[IVX]{1,4})[.)]|[•◦▪‣●○■□➢➤])\s+(?P<text>\S.*)$"
)
# No two `\s*` side by side: on a deeply indented line they would backtrack in quadratic time.
# A line all in italics: under an image, the image's caption (as Notion and Word export one).
_CAPTION = re.compile(r"^(\*|_)(?!\1)[^*_].*(?<!\1)\1$")
_CALLOUT_HEAD = re.compile(r"^\s*\[![A-Za-z-]+\][+-]?(?P<title>.*)$")
_INLINE_COMMENT = re.compile(r"<!--.*?-->")


def _without_inline_comments(line: str) -> str:
    """`line` without its closed HTML comments (`_INLINE_COMMENT`), in time linear in the line:
    after its last "-->" no comment can close, so only what comes before is searched (`re` read
    from each "<!--" after it to the line's end in vain: quadratic on a line of many)."""
    end = line.rfind("-->") + 3
    if end < 3 or "<!--" not in line:
        return line
    return _INLINE_COMMENT.sub("", line[:end]) + line[end:]


_TOC_MARKER = re.compile(r"^(?:\[TOC\]|\[\[_?TOC_?\]\]|\{:toc\}|\$\{toc\}|<!--\s*toc\s*-->)$", re.I)
_CONTENTS = re.compile(
    r"^(?:table of contents|contents|toc|on this page|in this (?:page|note))$", re.I
)
# A wiki page's back matter: lists of sources and links, not notes.
_BACK_MATTER = re.compile(
    r"^(?:references|external links|further reading|bibliography|sources|citations|see also"
    r"|notes and references|footnotes|licen[cs]e|contributing|acknowledge?ments|credits"
    r"|changelog)$",
    re.IGNORECASE,
)
_ANCHOR_LINK = re.compile(r"(?:\d+(?:\.\d+)*\.?\s*)?\[[^\]]+\]\(#[^)]*\)")
_BOILERPLATE = re.compile(
    r"^(?:(?:page\s+)?last\s+(?:updated|modified|edited|reviewed)\b(?:\s+(?:on|time|by))?"
    r"|(?:updated(?:\s+on)?|date\s+modified|created(?:\s+time)?|modified)\s*:"
    r"|this\s+page\s+was\s+last\s+(?:edited|modified)|from\s+wikipedia,\s+the\s+free\s+encyclopedia"
    r"|retrieved\s+from\s|jump\s+to\s+(?:navigation|search))",
    re.IGNORECASE,
)
_MATHS = re.compile(r"\$[^$]+\$|\\\(|\\\[|\\frac|\\sqrt")
_MATHS_BLOCK = re.compile(r"^\$\$.*\$\$$|^\\\[.*\\\]$")
_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}[.)])\s+(?=\S)")
_URL_IN = re.compile(r"https?://|www\.")
_WORDLIKE = re.compile(r"\w\w|\d")
_BOLD_TERM = re.compile(
    r"^(\*\*|__)(?P<term>[^*_]+?)(?P<inner>:?)\1\s*(?P<sep>[:=\-–—]?)\s*(?P<d>.+)$"
)
_ALL_BOLD = re.compile(r"^(\*\*|__)[^*_]+\1:?$")
_TAB_WIDTH = 4


@dataclass
class Para:
    """A paragraph (lines run together), a table row, or a line of code or maths."""

    line: int
    text: str
    kind: str = "text"  # "text", "table" or "code"
    source: str = ""  # a table row as written (the header row's cells name the columns)


@dataclass
class ListBlock:
    """Consecutive list items, nested by indent."""

    items: list[Line] = field(default_factory=list)


Block = Para | ListBlock


@dataclass
class Heading:
    line: int
    level: int
    text: str


@dataclass
class Section:
    """A heading with what is under it: its blocks, then its deeper headings."""

    title: str | None
    level: int
    blocks: list[Block] = field(default_factory=list)
    children: list[Section] = field(default_factory=list)


Event = Heading | Para | Line | None  # None stands for a blank line


def import_markdown(text: str, source_name: str, *, kind: str = "Markdown notes") -> Imported:
    """A deck mapping from Markdown notes; `kind` names what they were written in for the report
    (notes in other formats are imported as the Markdown they convert to)."""
    require_content(text)
    lines = text.split("\n")
    front_title, start = _front_matter(lines)
    builder = DeckBuilder(source_name=source_name, kind=kind)
    for index in sorted(page_properties(lines[start:])):
        builder.report.skip(start + index + 1, "the page's properties, not notes")
        lines[start + index] = ""
    builder.read_names([strip_markdown(line) for line in lines[start:] if not _ATX.match(line)])
    builder.emphasis = bold_phrases(lines[start:])
    events = _drop_contents_lists(_join_continuations(_scan(lines, start, builder)))
    if not any(event is not None for event in events):
        raise DeckImportError("there are no notes in the file, only front matter")
    headings = [event for event in events if isinstance(event, Heading)]
    tops = [heading for heading in headings if heading.level == 1]
    # One "#" heading names the deck; several are its top-level topics (the title comes from the
    # front matter or the file name then).
    title = tops[0] if len(tops) == 1 else None
    if title is not None:
        builder.title = _heading_text(title.text) or builder.title
    elif front_title:
        builder.title = front_title
    sections = _sections(events, title)
    if not sections:  # everything there was is the title
        raise DeckImportError(
            f"only a title ({quoted(builder.title)}) was found, with no notes under it",
            line=title.line if title else None,
        )
    alone = len(sections) == 1  # the only section stays a topic, whatever its heading
    home: TopicDraft | None = None  # where a top-level glossary's terms belong: the opening notes
    for position, section in enumerate(sections):
        _add_section(builder, section, None, glossary=False, alone=alone, home=home)
        opening = section.title is None or is_structural_title(
            _heading_text(section.title), builder.title
        )
        if position == 0 and opening and builder.topics:
            home = builder.topics[0]
    return builder.result()


def _add_section(
    builder: DeckBuilder,
    section: Section,
    parent: TopicDraft | None,
    *,
    glossary: bool,
    alone: bool = False,
    home: TopicDraft | None = None,
) -> None:
    """A section as a topic (a subtopic of `parent`), and its deeper headings as its subtopics.

    Sections every set of notes has are not topics (their titles would become quiz answers): a
    glossary that is only "term: definition" lines gives key terms of the topic above it (at the
    top level, of `home`, the notes' opening section, when there is one), and a "Summary" or
    "Introduction" under a topic joins that topic's notes as a group of its own.
    """
    heading = _heading_text(section.title or "")
    if section.title is None and not section.children and not _has_notes(section.blocks):
        return  # only badges or a stray image before the first heading
    glossary = glossary or is_glossary_title(heading)
    structural = section.title is not None and is_structural_title(heading, builder.title)
    owner = parent or home  # a key term is read as a line of its topic: it needs one
    if structural and owner is not None and not alone and not section.children:
        pairs = _term_list(section.blocks)
        if pairs:
            for term, definition in pairs:
                if is_citation(term, definition):  # a study among the terms: kept as a line
                    owner.add_fact(f"{term}: {definition}")
                else:
                    builder.add_term(term, definition, owner)
            return
    if structural and parent is not None:
        start = len(parent.items)
        _fill_topic(builder, parent, section.blocks, glossary=glossary)
        parent.group_since(start, heading)
        for child in section.children:
            _add_section(builder, child, parent, glossary=glossary)
        return
    topic = builder.add_topic(heading or builder.title, parent)
    _fill_topic(builder, topic, section.blocks, glossary=glossary)
    for child in section.children:
        _add_section(builder, child, topic, glossary=glossary)


def _term_list(blocks: list[Block]) -> list[tuple[str, str]]:
    """The key terms of a section that is nothing but "term: definition" lines (else none)."""
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Para):
            if block.kind != "text":
                return []
            if chrome_line(strip_markdown(block.text), _link_share(block.text)) is None:
                lines.append(block.text)  # a link to another page ("[Tea – past papers](…)") goes
        else:
            lines += [item.text for item in flatten(nest(block.items))]
    pairs: list[tuple[str, str]] = []
    for raw in lines:
        bold = _BOLD_TERM.match(raw)
        if bold and (bold.group("inner") or bold.group("sep")):
            found = split_glossary(
                f"{strip_markdown(bold.group('term'))}: {strip_markdown(bold.group('d'))}"
            )
        else:
            found = split_glossary(strip_markdown(raw))
        if found is None:
            return []
        pairs.append(found)
    return pairs


def _front_matter(lines: list[str]) -> tuple[str | None, int]:
    """Skip YAML front matter ("---" ... "---"); return its title, if any, and where notes start."""
    if not lines or lines[0].strip() != "---":
        return None, 0
    for index in range(1, min(len(lines), 60)):
        if lines[index].strip() in ("---", "..."):
            try:  # the bounded composer: an alias bomb in front matter is refused unexpanded
                meta = compose("\n".join(lines[1:index]))
            except ComposeError:  # unreadable front matter: skip it, it is not notes
                return None, index + 1
            if not isinstance(meta, Mapping):
                return None, 0
            titles = [
                value.text
                for key, value in meta.pairs
                if isinstance(key, Scalar)
                and key.text == "title"
                and isinstance(value, Scalar)
                and not (value.plain and value.text in ("~", "null", "Null", "NULL"))
            ]
            title = " ".join(titles[0].split()) if titles else ""
            return title or None, index + 1
    return None, 0


def _scan(lines: list[str], start: int, builder: DeckBuilder) -> list[Event]:
    """Line-level Markdown: headings, list items, paragraph lines and blank lines, in order.

    Fenced code and `$$` maths are kept line by line as code; HTML comments (even over several lines)
    and table rules are dropped; a table's rows become "column: value" facts under its header row.
    """
    events: list[Event] = []
    fence: str | None = None
    toggle: Line | None = None  # a toggle ("- ▶ Question?") whose indented answer may follow
    pictured = False  # the last line was an image alone: an italic line after it is its caption
    in_comment = False
    columns: list[str] | None = None  # the header cells of the table being read
    for number, raw in enumerate(lines[start:], start + 1):
        line = raw.replace("\u00a0", " ").expandtabs(_TAB_WIDTH).rstrip()
        if in_comment:
            if "-->" in line:
                in_comment = False
                line = line.split("-->", 1)[1]
            else:
                continue
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            elif line.strip():
                events.append(Para(number, line.strip(), "code"))
            continue
        opening = _FENCE.match(line)
        if opening or line.strip() in ("$$", "\\["):
            fence = opening.group(1) if opening else ("$$" if line.strip() == "$$" else "\\]")
            continue
        line = _without_inline_comments(line)
        if "<!--" in line:
            line, in_comment = line.split("<!--", 1)[0], True
        line = _QUOTE.sub("", line)
        callout = _CALLOUT_HEAD.match(line)
        if callout:  # "> [!tip] Exam tip" leads into the callout's text: "Exam tip: ..."
            title = callout.group("title").strip()
            line = f"{title}:" if title else ""
        stripped = line.strip()
        if not stripped or _TOC_MARKER.match(stripped):
            events.append(None)
            columns = None
            continue
        if pictured and _CAPTION.match(stripped):  # "*Withering troughs (photo from our trip)*"
            builder.report.skip(number, f"an image's caption, not notes: {quoted(stripped, 40)}")
            pictured = False
            continue
        pictured = stripped.startswith("![") and not strip_markdown(stripped)
        if _table_line(stripped, lines, number, events, columns):
            previous = events[-1] if events else None
            in_table = isinstance(previous, Para) and previous.kind == "table"
            if TABLE_RULE.match(stripped):
                if isinstance(previous, Para) and in_table:
                    events.pop()  # the row above the rule names the columns: not a fact
                    columns = cells(previous.source)
                continue
            values = cells(stripped)
            if columns is None and isinstance(previous, Para) and in_table:
                header = cells(previous.source)
                if names_columns(header, values):
                    events.pop()  # "| Year | Event |" over "| 1919 | Treaty … |", with no rule
                    columns = header
            row = table_row(values, columns)
            if row:
                events.append(Para(number, row, "table", stripped))
            continue
        columns = None
        setext = _SETEXT.match(line)
        previous = events[-1] if events else None
        if setext and isinstance(previous, Para) and previous.kind == "text":
            level = 1 if setext.group(1).startswith("=") else 2
            events[-1] = Heading(previous.line, level, previous.text)
            continue
        if _RULE.match(line) or TABLE_RULE.match(line):
            events.append(None)
            continue
        atx = _ATX.match(line)
        if atx:
            toggle = None
            heading = (atx.group(2) or "").strip()
            if heading:
                events.append(Heading(number, len(atx.group(1)), toggled(heading) or heading))
            continue
        item = _ITEM.match(line)
        if item:
            toggle = None
            text = item.group(3).strip()
            # "- [ ] redo the flashcards" stays, its box gone: students ask /ask about their
            # to-dos ("which flashcards do I need to redo?", heldout20)
            if text:
                question = toggled(text)
                listed = Line(number, len(item.group(1)), item.group(2), question or text)
                events.append(listed)
                toggle = listed if question is not None else None
            continue
        if toggle is not None and len(line) - len(line.lstrip()) > toggle.indent:
            # a toggle's answer, indented under it: the answer is the toggle's, as a line under it
            events.append(Line(number, toggle.indent + 2, toggle.bullet, stripped))
            continue
        toggle = None
        outlined = _outline_item(line, lines, number)
        if outlined is not None:
            events.append(outlined)
            continue
        events.append(Para(number, stripped, "code" if _MATHS_BLOCK.match(stripped) else "text"))
    return events


def _outline_item(line: str, lines: list[str], number: int) -> Line | None:
    """A line written with an outline label ("1.1 Key terms", "a) Habitat", "• Ozone") as a list
    item, or an indented lead-in ("Causes:") with labelled lines under it as the item heading them.

    A decimal label counts only when indented or followed by a capital ("1.1 Key terms"), so a
    paragraph that opens with a figure ("2.5 million people …") stays a paragraph.
    """
    labelled = _OUTLINE_ITEM.match(line)
    if labelled:
        text = labelled.group("text").strip()
        # "4.2 **Quantitative easing**: …": the capital may come after emphasis or a quotation mark
        opening = text.lstrip("*_`\"“‘'")[:1]
        if labelled.group("number") and not (labelled.group("indent") or opening.isupper()):
            return None
        return Line(number, len(labelled.group("indent")), labelled.group("label"), text)
    indent = len(line) - len(line.lstrip())
    if indent and line.endswith(":") and _labelled_below(lines, number, indent):
        return Line(number, indent, None, line.strip())
    return None


def _labelled_below(lines: list[str], number: int, indent: int) -> bool:
    """Whether the next non-blank line (`lines` is 0-based, `number` 1-based) is deeper and
    labelled."""
    for raw in lines[number : number + 3]:
        following = raw.expandtabs(_TAB_WIDTH).rstrip()
        if following.strip():
            deeper = len(following) - len(following.lstrip()) > indent
            return deeper and bool(_OUTLINE_ITEM.match(following) or _ITEM.match(following))
    return False


def _table_line(
    stripped: str, lines: list[str], number: int, events: list[Event], columns: list[str] | None
) -> bool:
    """A row or rule of a table: "| a | b |", or "a | b" (GitHub's form without outer pipes) in a
    table whose header is read, above a rule, or a rule under such a row."""
    if is_pipe_row(stripped):
        return True
    if "|" not in stripped:
        return False
    if columns is not None:
        return True
    previous = events[-1] if events else None
    if TABLE_RULE.match(stripped):
        return isinstance(previous, Para) and previous.kind == "table"
    following = lines[number] if number < len(lines) else ""  # `number` is 1-based
    return "|" in following and TABLE_RULE.match(following.strip()) is not None


def _drop_contents_lists(events: list[Event]) -> list[Event]:
    """Tables of contents: a "Contents" heading and the list under it, or a list of links to the
    file's own headings (`[Causes](#causes)`), go; they repeat the headings and carry no notes. So
    does a wiki page's back matter ("References", "External links", "See also")."""
    kept: list[Event] = []
    skipping_level: int | None = None
    for event in events:
        if isinstance(event, Heading):
            if skipping_level is not None and event.level <= skipping_level:
                skipping_level = None
            heading = strip_markdown(event.text)
            if skipping_level is None and (_CONTENTS.match(heading) or _BACK_MATTER.match(heading)):
                skipping_level = event.level
                continue
        if skipping_level is not None:
            continue
        if isinstance(event, Line) and _ANCHOR_LINK.fullmatch(event.text.strip()):
            continue
        kept.append(event)
    return kept


def _join_continuations(events: list[Event]) -> list[Event]:
    """Run wrapped lines together, as Markdown does: a text line right under a paragraph line or a
    list item carries it on, unless both are glossary entries of their own (`_entry`).

    A lead-in label on its own line ("Course:", "Why did towns join?", `labels.is_label`) carries
    nothing on: Markdown would run it into the list item above ("…plundered Visby Course:"), and
    the items after it would stay under the label before. Unbulleted lines right under such a
    label are its items, one each, until a blank line, a heading or the next label (`_LabelRun`)."""
    joined: list[Event] = []
    carried: list[str] = []  # the texts run onto joined[-1], joined once (not copied per line)
    run: _LabelRun | None = None
    for event in events:
        previous = joined[-1] if joined else None
        last = (
            carried[-1] if carried else previous.text if isinstance(previous, Para | Line) else ""
        )
        text = isinstance(event, Para) and event.kind == "text"
        if isinstance(event, Para) and text and is_label(event.text):
            _carry_on(previous, carried)
            _end_run(run, joined)
            run = _LabelRun(len(joined))
            joined.append(event)
            continue
        if isinstance(event, Para) and text and run is not None:
            if run.lines and isinstance(previous, Line) and _wraps_on(last, event.text):
                carried.append(event.text)  # a sentence wrapped under the label, not a new line
                continue
            _carry_on(previous, carried)
            run.lines += 1
            joined.append(Line(event.line, 0, None, event.text))
            continue
        if run is not None:
            _carry_on(previous, carried)
            _end_run(run, joined)
            run = None
            previous = joined[-1] if joined else None
        if (
            isinstance(event, Para)
            and text
            and (
                isinstance(previous, Line)
                or (isinstance(previous, Para) and previous.kind == "text")
            )
            and not (_entry(event.text) and _entry(last))
        ):
            carried.append(event.text)
            continue
        _carry_on(previous, carried)
        joined.append(event)
    _carry_on(joined[-1] if joined else None, carried)
    _end_run(run, joined)
    return joined


_WRAP_WIDTH = 60  # a line this long that stops mid-sentence was wrapped by an editor


def _wraps_on(line: str, following: str) -> bool:
    """Whether `following` carries on a sentence `line` broke off: a long line with no stop at
    its end, and a next line that opens in lower case."""
    return (
        len(line) >= _WRAP_WIDTH
        and not line.rstrip().endswith((".", "!", "?", ":", ";"))
        and following[:1].islower()
    )


@dataclass
class _LabelRun:
    """A label on its own line (at `index` of the joined events) and how many unbulleted lines
    under it were made its items."""

    index: int
    lines: int = 0


def _end_run(run: _LabelRun | None, joined: list[Event]) -> None:
    """One line under a label is the label's own text, as Markdown reads it ("Exam tip:" over
    one sentence is "Exam tip: …"); two or more are the label's items."""
    if run is None or run.lines != 1 or run.index + 2 != len(joined):
        return
    label, line = joined[run.index], joined.pop()
    if isinstance(label, Para) and isinstance(line, Line):
        label.text = f"{label.text} {line.text}"


def _entry(text: str) -> bool:
    """True for a line that is a glossary entry on its own ("Erosion - the wearing away …"):
    a run of them, one per line with no blank between, is a list the teacher typed line by line,
    not one wrapped paragraph."""
    return split_glossary(strip_markdown(text)) is not None


def _carry_on(event: Event, carried: list[str]) -> None:
    if carried and isinstance(event, Para | Line):
        event.text = " ".join([event.text, *carried])
    carried.clear()


def _sections(events: list[Event], title: Heading | None) -> list[Section]:
    """The top-level sections, each holding its paragraphs and lists and its deeper sections."""
    levels = [event.level for event in events if isinstance(event, Heading) and event is not title]
    top = min(levels, default=1)
    roots: list[Section] = []
    stack: list[Section] = []

    def container() -> list[Block]:
        if stack:
            return stack[-1].blocks
        if not roots or roots[-1].title is not None:  # notes before the first heading
            roots.append(Section(None, top))
        return roots[-1].blocks

    last_was_item = False
    gap = False  # a blank line since the last list item
    loose = False  # the current list has blank lines between its items
    for event in events:
        if event is title:
            continue
        if event is None:
            gap = gap or last_was_item
            continue
        if isinstance(event, Heading):
            level = max(event.level, top)
            while stack and stack[-1].level >= level:
                stack.pop()
            section = Section(event.text, level)
            (stack[-1].children if stack else roots).append(section)
            stack.append(section)
            last_was_item = False
        elif isinstance(event, Line):
            blocks = container()
            last = blocks[-1] if blocks else None
            # A tight list under a lead-in ends at a blank line; a loose one goes on.
            ends = gap and not loose and isinstance(last, ListBlock) and len(last.items) > 1
            if last_was_item and isinstance(last, ListBlock) and not (ends and _led(blocks)):
                loose = loose or gap
                last.items.append(event)
            else:
                blocks.append(ListBlock([event]))
                loose = False
            last_was_item = True
            gap = False
        elif isinstance(event, Para):
            container().append(event)
            last_was_item = False
        # a blank line between list items keeps the list going (a "loose" list), except after a
        # lead-in: "Reasons for …:" heads the items written under it, not lines after a gap
    return roots


def _led(blocks: list[Block]) -> bool:
    """True when the last list of `blocks` comes right after a lead-in ("Causes:")."""
    before = blocks[-2] if len(blocks) >= 2 else None
    return isinstance(before, Para) and before.kind == "text" and _leads_in(before.text)


def _fill_topic(
    builder: DeckBuilder, topic: TopicDraft, blocks: list[Block], *, glossary: bool
) -> None:
    index = 0
    while index < len(blocks):
        block = blocks[index]
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            isinstance(block, Para)
            and block.kind == "text"
            and isinstance(following, ListBlock)
            and _leads_in(block.text)
        ):
            lead = _clean(builder, topic, block.text, glossary)
            if lead:
                members = _members(builder, topic, nest(following.items), glossary, lead)
                topic.add_group(builder.readable(lead), members)  # in capitals: as titles are
                index += 2
                continue
        if isinstance(block, Para):
            for text in _para_texts(builder, topic, block, glossary):
                topic.add_fact(text)
        else:
            _add_items(builder, topic, nest(block.items), glossary)
        index += 1


def _add_items(builder: DeckBuilder, topic: TopicDraft, roots: list[Line], glossary: bool) -> None:
    """List items: a plain item is a fact, one with sub-items a group, and one whose sub-items have
    sub-items of their own a subtopic (when it reads like a title) holding them in turn."""
    # Numbered sections ("1. Levels of organisation", "7. The water cycle") are alike: when one of
    # them is a subtopic, so is every numbered sibling with items under it.
    sections = any(
        _numbered(root) and any(child.children for child in root.children) for root in roots
    )
    for root in roots:
        text = _clean(builder, topic, root.text, glossary)
        if not text:
            continue
        if (
            topic.depth + 1 < MAX_TOPIC_DEPTH  # deeper lists stay groups: no runaway recursion
            and (
                any(child.children for child in root.children)
                or (sections and _numbered(root) and bool(root.children))
            )
            and _title_like(text)
        ):
            inner = builder.add_topic(text.rstrip(":").strip(), topic)
            _add_items(builder, inner, root.children, glossary)
        elif root.children:
            members = _members(builder, topic, root.children, glossary, text)
            topic.add_group(builder.readable(text), members)  # in capitals: as titles are
        elif (labelled := lead_in_label(text)) is not None:
            topic.add_labelled(*labelled)  # "Strength: …" reads as the line's context
        else:
            topic.add_fact(text)


def _members(
    builder: DeckBuilder, topic: TopicDraft, roots: list[Line], glossary: bool, lead: str
) -> list[str]:
    """The lines of a group in reading order (a deck keeps one level of groups). A line that is
    a label over lines of its own ("Treaty of Stralsund (1370):" over its terms) is not a line of
    the group: it is carried on each of its lines ("Treaty of Stralsund (1370): free trade …"),
    which would otherwise lose what they are about."""
    members: list[str] = []
    stack = [(node, "") for node in reversed(roots)]  # a loop: lists may nest thousands deep
    while stack:
        node, prefix = stack.pop()
        if node.children and is_label(node.text) and node.text.rstrip().endswith(":"):
            label = f"{prefix}{strip_markdown(node.text).strip()} "
            stack.extend((child, label) for child in reversed(node.children))
            continue
        text = _clean(builder, topic, node.text, glossary, lead_in=lead)
        members.append(f"{prefix}{text}" if text else text)
        stack.extend((child, prefix) for child in reversed(node.children))
    return members


def _numbered(line: Line) -> bool:
    return line.bullet is not None and line.bullet[:1].isdigit()


def _has_notes(blocks: list[Block]) -> bool:
    """Whether blocks hold any words once markup, images and links are gone."""
    texts: list[str] = []
    for block in blocks:
        texts += [block.text] if isinstance(block, Para) else [item.text for item in block.items]
    plain = [strip_markdown(text) for text in texts]
    return any(_WORDLIKE.search(text) and not _BOILERPLATE.match(text) for text in plain)


def _title_like(text: str) -> bool:
    """Short, and not a sentence: fit to be a subtopic's title."""
    return (
        len(text) <= 80
        and len(text.split()) <= 8
        and not text.rstrip(":").endswith((".", "?", "!"))
    )


def _heading_text(raw: str) -> str:
    """A heading as a title: markup and section numbers ("2.1 ") dropped, no trailing colon."""
    text = _SECTION_NUMBER.sub("", strip_markdown(raw))
    return text.rstrip(":").strip()


def _para_texts(builder: DeckBuilder, topic: TopicDraft, para: Para, glossary: bool) -> list[str]:
    """The facts of a paragraph: its sentences (a table row or a line of code stays whole)."""
    if para.kind == "code":  # kept as written; code and maths never define key terms
        return [para.text]
    if para.kind == "table":  # "column: value" rows are facts, not key terms
        text = strip_markdown(para.text)
        return [text] if _WORDLIKE.search(text) else []
    # A web page saved as Markdown brings its site's chrome along ("Share: [X](…)", "© 2025 …"):
    # a paragraph of one sentence is judged whole, links and all, before it can define a term.
    plain = strip_markdown(para.text)
    chrome = chrome_line(plain, _link_share(para.text))
    if chrome is not None and len(split_sentences(plain)) == 1:
        builder.report.skip(para.line, f"{chrome}: {quoted(plain, 40)}")
        return []
    kept: list[str] = []
    for sentence in split_sentences(_clean(builder, topic, para.text, glossary, whole=False)):
        if _BOILERPLATE.match(sentence) or is_furniture(sentence):
            builder.report.skip(para.line, f"boilerplate, not notes: {quoted(sentence, 40)}")
        elif (chrome := chrome_line(sentence, 0.0)) is not None:
            builder.report.skip(para.line, f"{chrome}: {quoted(sentence, 40)}")
        else:
            kept.append(sentence)
    return kept


def _clean(
    builder: DeckBuilder,
    topic: TopicDraft,
    raw: str,
    glossary: bool,
    *,
    whole: bool = True,
    lead_in: str | None = None,
) -> str:
    """The plain text of a line (empty for boilerplate when `whole`: a paragraph is judged sentence
    by sentence), noting any key term it defines on the way."""
    text = strip_markdown(raw)
    if (whole and _BOILERPLATE.match(text)) or not _WORDLIKE.search(text):
        return ""
    if whole and chrome_line(text, _link_share(raw)) is not None:
        return ""  # "Share: [Facebook](…) [X](…)", "chitin · hypha · mycelium"
    if text.endswith(":") and _URL_IN.search(raw) and not _URL_IN.search(text):
        return ""  # "Watch the clip: https://…" leads into nothing once the link is gone
    bold = _BOLD_TERM.match(raw)
    if bold and (bold.group("inner") or bold.group("sep")):
        found = split_glossary(
            f"{strip_markdown(bold.group('term'))}: {strip_markdown(bold.group('d'))}"
        )
        if found is not None and not (glossary or defines_term(*found, lead_in=lead_in)):
            found = None  # "**Field (1978)**: filmed …" is a study; "**Strength**: …" a judgement
        if found is not None and not is_citation(*found):
            found = (undated_name(found[0]), found[1])  # "**Rentenmark (November 1923)**: …"
    elif _MATHS.search(raw):
        found = None
    else:
        found = split_labelled(text) or (split_glossary(text) if glossary else split_equals(text))
        if found is None and not glossary:
            found = inline_definition(text, lead_in=lead_in)
        if found is not None and _DATED_LABEL.search(found[0]):
            found = None  # "First election 1890: vote only for …" dates an event, names no term
        if found is not None:
            found = _bold_term(raw, *found)
    if found is not None and glossary and is_citation(*found):
        found = None  # a "Key terms" list that names a study keeps the study as a fact
    if found is not None:
        builder.add_term(*found, topic)
    return text


# A label ending in a year ("first railway 1872"): an event and its date, not a term with a meaning.
_DATED_LABEL = re.compile(r"\s(?:c\.\s*)?1\d{3}s?$|\s20\d{2}s?$")
_BOLD_SPAN = re.compile(r"(\*\*|__)(?P<text>[^*_]+?)\1")


def _bold_term(raw: str, term: str, definition: str) -> tuple[str, str] | None:
    """The term a line's bold marks, where the teacher bolded part of it: "Slogan **sonnō jōi** =
    …" defines "sonnō jōi", "Slogan" being a lead-in. A line that bolds words only after its
    label ("Heavy industry later: **Yawata** Steel Works 1901") bolds the facts to learn there,
    so its label is a lead-in, not a term to be asked for."""
    bolded = [
        strip_markdown(match.group("text")).strip(" \"'“”‘’") for match in _BOLD_SPAN.finditer(raw)
    ]
    bolded = [text for text in bolded if text]
    if not bolded:
        return term, definition
    in_term = [text for text in bolded if text in term]
    if not in_term:
        return None
    bare = term.rstrip("\"'”’")
    if len(in_term) == 1 and bare.endswith(in_term[0]) and term != in_term[0]:
        if bare[: -len(in_term[0])].rstrip(" \"'“‘").endswith(","):
            return term, definition  # "Richard, **Duke of York**": a name and its title, whole
        return in_term[0], definition
    return term, definition


# A link's text and target; neither part runs past a bracket of the other kind or a space, so a
# line of a thousand "[" or "](" is read in linear time.
_LINK_TEXT = re.compile(r"\[([^\[\]]*)\]\([^()\s]*\)")


def _link_share(raw: str) -> float:
    """The share of a line's letters that are the text of its links (`page_chrome`)."""
    linked = sum(len(match.group(1).strip()) for match in _LINK_TEXT.finditer(raw))
    if not linked:
        return 0.0
    letters = sum(1 for ch in strip_markdown(raw) if not ch.isspace())
    return linked / max(letters, 1)


def _leads_in(text: str) -> bool:
    """A paragraph that introduces the list after it: "Causes:", "**Causes**" or a short question
    ("Why did towns join?")."""
    return text.endswith(":") or bool(_ALL_BOLD.match(text)) or is_label(text)
