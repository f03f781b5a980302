"""Plain-text outline notes: a title, section headings, bullets, sub-headings, `Term = definition`.

The shape follows how students type notes (see knowledge/notes/khrushchev.txt): sections are bullets
at the shallowest indent with an indented block under them, or unbulleted lines ending in ":", or
unbulleted lines followed by bullets. Inside a section, a line with deeper lines under it, or an
unbulleted line followed by a run of bullets ("Willing to Compromise bcs", "Americans react:"),
opens a group. Every non-empty line ends up in the deck: as the title, a topic title, a group
heading or a fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from knowledge.headings import numbered_title
from knowledge.importers.boxes import unboxed
from knowledge.importers.builder import DeckBuilder, TopicDraft
from knowledge.importers.definitions import (
    inline_definition,
    is_generic_label,
    lead_in_label,
    opens_list,
)
from knowledge.importers.errors import DeckImportError, quoted
from knowledge.importers.furniture import furniture_cleared, header_dropped, without_box
from knowledge.importers.labelled_headings import labelled_headings
from knowledge.importers.labels import is_label
from knowledge.importers.leaders import leader_glossary, unlead
from knowledge.importers.nesting import Line, flatten, nest
from knowledge.importers.paragraphs import paragraph_sentences
from knowledge.importers.pipe_tables import TABLE_RULE, is_pipe_row, table_facts
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content
from knowledge.importers.terms import (
    is_equation_line,
    is_glossary_title,
    split_equals,
    split_glossary,
    split_labelled,
)
from knowledge.importers.unwrap import unwrapped_lines
from knowledge.loader import MAX_TOPIC_DEPTH
from knowledge.text import answer_prefix, fold

# A list item's mark: a glyph, a dash, a number ("1.", "2)"), or a word processor's lettered or
# Roman sub-item ("a)", "ii.", "(b)", "(iii)") as Google Docs and Word export them ("c. 2560 BC"
# is circa). A lone "o" is the hollow bullet Word saves as text for a second-level item.
_BULLET = re.compile(
    r"^(?:(?P<glyph>[•●○◦▪■□‣►➢·])\s*|(?P<dash>[-*+–—o])\s+|(?P<number>\d{1,2}[.)])\s+"
    r"|(?P<letter>\(?[a-z]\)|\(?[ivx]{1,4}\)|[ivx]{1,4}\.)\s+)(?P<text>.*)$"
)
_TAB_WIDTH = 4


Section = tuple[Line | None, list[Line]]


def import_outline(text: str, source_name: str, *, column_width: int | None = None) -> Imported:
    """A deck mapping from outline notes; `column_width` when they were read from a printed
    page's columns, whose lines are wrapped prose (see `unwrap.unwrapped_lines`)."""
    require_content(text)
    lines = _read_lines(unboxed(text), column_width)
    if not lines:
        raise DeckImportError("there are no notes in the file, only bullet marks")
    numbered = _numbered_headings(lines)
    if numbered:
        numbered |= _underlined_sections(lines, numbered)
    decorated = {} if numbered else _decorated_headings(lines) or labelled_headings(lines)
    # A rule under a heading or between sections is layout, never a line of the notes: kept, it
    # became a fact, or the heading of the lines under it ("-----: Which of these is listed …").
    lines = [line for line in lines if not _RULE.match(line.raw_text)]
    if numbered:
        numbered |= _shouted_sections(lines, numbered)
        return _import_numbered(lines, numbered, source_name, "numbered sections (1., 1.1, 1.1.1)")
    if not lines:
        raise DeckImportError("there are no notes in the file, only rules and bullet marks")
    if decorated:
        return _import_numbered(
            lines,
            decorated,
            source_name,
            "marked headings (=== Title ===, underlined titles, Question 1 / Part 2 …)",
        )
    title, body = _split_title(lines)
    if title is not None and not body:
        raise DeckImportError(
            f"only a title ({quoted(title.text)}) was found, with no notes under it",
            line=title.number,
        )
    builder = DeckBuilder(source_name=source_name, kind="outline notes")
    builder.read_names([line.text for line in lines])
    if title is not None:
        builder.title = title.text
    for header, nodes in _sections(nest(body)):
        topic = builder.add_topic(_heading_text(header.text) if header else builder.title)
        _fill_topic(builder, topic, nodes)
    return builder.result()


_DOTTED = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?P<title>\S.*)$")
_SINGLE = re.compile(r"^(?P<number>\d{1,2})[.)]\s+(?P<title>\S.*)$")
# "1 COLLECTING DATA" over "1.1 …": a section's number written with no dot after it
_BARE = re.compile(r"^(?P<number>\d{1,2})\s+(?P<title>[^\W\d].*)$")
_MAX_HEADING_WORDS = 12


def _numbered_headings(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Section headings numbered as a word processor numbers them ("1.", "1.1", "1.1.2"), by line
    number, with their depth (1 for "1.") and title; empty unless the file has at least two dotted
    ones. A heading must carry on the numbering before it, so "3.5 million people" or a list
    "1. … 2. …" inside a section is not mistaken for one."""
    if sum(1 for line in lines if line.indent == 0 and _DOTTED.match(line.raw_text)) < 2:
        return _flat_numbered_headings(lines)
    dotted = {
        match.group("number")
        for line in lines
        if (match := _DOTTED.match(line.raw_text)) is not None
    }
    found: dict[int, tuple[int, str]] = {}
    chain: list[int] = []  # the numbers of the heading last seen: [2, 1] after "2.1"
    for index, line in enumerate(lines):
        if line.indent != 0:
            continue
        match = _DOTTED.match(line.raw_text) or _SINGLE.match(line.raw_text)
        bare = match is None and (match := _BARE.match(line.raw_text)) is not None
        if match is None or not _heading_like(match.group("title")):
            continue
        numbers = [int(part) for part in match.group("number").split(".")]
        parent, last = numbers[:-1], numbers[-1]
        if bare and not any(number.startswith(f"{last}.") for number in dotted):
            continue  # "3 apples" is no section: a bare number heads only "3.1 …" lines
        if len(numbers) > 1 and _has_no_lines(lines, index, match.group("number")):
            continue  # "1.1.1 Qualitative data = …" over "1.1.2 …": a point, not a heading
        if len(numbers) == 1 and _in_numbered_list(lines, index, last, found):
            continue
        if len(numbers) == 1 and not (
            any(number.startswith(f"{last}.") for number in dotted)
            or (chain and last == chain[0] + 1)
        ):
            continue
        if parent != chain[: len(parent)] or len(parent) > len(chain):
            continue
        before = chain[len(parent)] if len(chain) > len(parent) else 0
        if last <= before:
            continue
        chain = numbers
        found[line.number] = (len(numbers), match.group("title").strip())
    found.update(_sections_leading_up(lines, found))
    return found


def _sections_leading_up(
    lines: list[Line], found: dict[int, tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """The sections "1." to "k-1." before the first section "k." found: a section is taken when
    it has sections of its own ("3. How a nephron works" over "3.1 …") or carries the numbering
    on, so "1. Excretion" and "2. The urinary system", with none, were lines of the deck's title.
    Taken only when every one of them stands at the margin with lines of its own under it, in
    order, none beside the next number (a numbered list's items)."""
    tops = [
        (index, int(match.group("number")))
        for index, line in enumerate(lines)
        if line.number in found
        and found[line.number][0] == 1
        and (match := _SINGLE.match(line.raw_text) or _BARE.match(line.raw_text)) is not None
    ]
    if not tops or tops[0][1] <= 1:
        return {}
    first_index, first = tops[0]
    leading: dict[int, tuple[int, str]] = {}
    wanted = 1
    for index in range(first_index):
        line = lines[index]
        match = _SINGLE.match(line.raw_text) if line.indent == 0 else None
        if match is None:
            continue
        title = match.group("title")
        if int(match.group("number")) != wanted or not _heading_like(title):
            return {}
        following = lines[index + 1] if index + 1 < first_index else None
        if following is None or _SINGLE.match(following.raw_text) is not None:
            return {}  # nothing under it, or the next item straight after: a list
        leading[line.number] = (1, title.strip())
        wanted += 1
    return leading if wanted == first else {}


def _has_no_lines(lines: list[Line], index: int, number: str) -> bool:
    """Whether a dotted line is followed straight away by the next point of its own level or a
    higher one ("1.1.1 …" by "1.1.2 …", "1.2 …" or "2 …"), so nothing sits under it: in an outline
    numbered down to its points, those are lines of the heading above, not empty sections."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    if following is None:
        return True
    if following.indent != 0:
        return False
    text = following.raw_text
    match = _DOTTED.match(text) or _SINGLE.match(text) or _BARE.match(text)
    return match is not None and not match.group("number").startswith(f"{number}.")


# The words of a heading before an aside: "KEY TERMS  (learn these …)", "EXAM TECHNIQUE - 16 …".
_ASIDE = re.compile(r"\s*(?:\(|\s[-–—]\s|:).*$")


def _shouted_sections(
    lines: list[Line], numbered: dict[int, tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """Unnumbered headings of the numbered sections' own level: in notes whose numbered sections
    are headed in capitals ("2. BIOLOGICAL EXPLANATIONS"), a later line in capitals at the
    margin with indented lines under it ("KEY TERMS  (learn these …)", "EXAM TECHNIQUE - 16
    marker method") ends the section before it and starts one of its own. Without this the
    glossary after the last section was filed under it, and its rule-headed lines under a
    heading of dashes."""
    tops = [title for depth, title in numbered.values() if depth == 1]
    if not tops or not all(_shouted(title) for title in tops):
        return {}
    first = min(numbered)
    found: dict[int, tuple[int, str]] = {}
    for index, line in enumerate(lines[:-1]):
        following = lines[index + 1]
        if (
            line.number > first
            and line.number not in numbered
            and line.indent == 0
            and line.bullet is None
            and following.indent > 0
            and _shouted(line.text)
            and _heading_like(line.text)
            and not _DOTTED.match(line.raw_text)
            and not _SINGLE.match(line.raw_text)
        ):
            found[line.number] = (1, line.text.strip())
    return found


def _underlined_sections(
    lines: list[Line], numbered: dict[int, tuple[int, str]]
) -> dict[int, tuple[int, str]]:
    """Unnumbered headings of the numbered sections' own level where those are underlined (a
    Google Docs export: "3. The army" over "--------", then "Exam tips" over "---------"): an
    unnumbered title underlined the same way ends the section before it. Without this the last
    section's tips were filed under "Decline"."""
    underlined = {
        line.number: lines[index + 1].raw_text[0]
        for index, line in enumerate(lines[:-1])
        if _underlined(line, lines[index + 1])
    }
    marks = {underlined[number] for number, (depth, _) in numbered.items() if number in underlined}
    if not marks or not numbered:
        return {}
    first = min(numbered)
    return {
        line.number: (1, line.text.strip())
        for line in lines
        if line.number > first
        and line.number not in numbered
        and underlined.get(line.number) in marks
        and line.indent == 0
        and line.bullet is None
        and _heading_like(line.text)
    }


def _shouted(title: str) -> bool:
    """A heading in capitals, an aside after it aside ("KEY TERMS  (learn these …)")."""
    words = _ASIDE.sub("", title)
    letters = [ch for ch in words if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def _flat_numbered_headings(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Section headings numbered "1.", "2.", "3." with no sub-numbers, each with its own lines
    under it at the same margin ("1. Organisation" then "• Receptors detect…"): without them the
    notes import as one flat topic and every line loses its section. A heading counts on from the
    one before (1, 2, 3 …), is short, and the line after it is not another numbered line, so a
    numbered list ("1. … 2. … 3. …") stays a list. At least two such headings, or none."""
    found: dict[int, tuple[int, str]] = {}
    wanted = 1
    for index, line in enumerate(lines):
        match = _SINGLE.match(line.raw_text) if line.indent == 0 else None
        if match is None or int(match.group("number")) != wanted:
            continue
        title = match.group("title").strip()
        following = lines[index + 1] if index + 1 < len(lines) else None
        if _underlined(line, following) and _heading_like(title):
            # A word processor's heading exported as text ("4. Why did it win?" over "-----"):
            # the rule says heading, whatever the title's wording.
            found[line.number] = (1, title)
            wanted += 1
            continue
        if (
            following is None
            or following.indent != 0
            or _SINGLE.match(following.raw_text) is not None
            or not _heading_like(title)
            or not (_title_like(title) or _shouted_question(title))
        ):
            continue
        found[line.number] = (1, title)
        wanted += 1
    return found if len(found) >= 2 else {}


def _shouted_question(title: str) -> bool:
    """A short question in capitals ("HOW DID IT SPREAD?"): a revision sheet heads its sections
    with the questions they answer. Without it "1. WHAT WAS IT?" was no heading, the numbered
    headings were read as a list, and the line above each taken for its title (a fact lost). A
    question in lower case stays a list's item: a numbered question with its answer under it. A
    question runs longer than a title ("WHY IS STROMBOLI CALLED …?"): a heading's length will do."""
    stripped = title.rstrip()
    return (
        stripped.endswith("?")
        and _shouted(stripped)
        and len(stripped) <= _MAX_QUESTION_CHARS
        and _heading_like(stripped)
        and not is_equation_line(stripped)
    )


_MAX_QUESTION_CHARS = 100


def _underlined(line: Line, following: Line | None) -> bool:
    """Whether the next line is a rule straight under `line` (no blank line between)."""
    return (
        following is not None
        and following.number == line.number + 1
        and _RULE.match(following.raw_text) is not None
    )


# A line of one mark repeated: a rule under a title ("=====") or between sections ("-----").
_RULE = re.compile(r"^([=\-~_*#+^])\1{2,}$")
# A title between runs of marks ("=== Key terms ===", "*** Part 2 ***", "--- Causes ---"), or
# after hashes alone ("## Key terms", as typed in a .txt file).
_MARKED = re.compile(
    r"^(?P<mark>#{1,6}(?=\s)|={2,}|~{2,}|\*{2,}|\+{2,}|-{3,})\s*"
    r"(?P<title>[^\s=~*#+\-].*?)\s*(?P<closing>[=~*#+\-]{2,})?$"
)


def _decorated_headings(lines: list[Line]) -> dict[int, tuple[int, str]]:
    """Section headings a plain-text file marks: a title underlined by a rule ("Causes" over
    "------") or framed by marks ("=== KEY TERMS ===", "## Key terms"). Without them such notes
    import as one topic with the rules and marks as facts. Levels only where the marks say so
    as Markdown does: more hashes go deeper, and a "-----" underline sits under a "=====" one;
    other marks are all sections of one level (messy notes mix them without meaning a
    hierarchy). A mark used once, on the first line, marks the notes' title, not a section."""
    found: dict[int, tuple[str, str]] = {}
    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            following is not None
            and following.number == line.number + 1  # a rule after a blank line underlines nothing
            and _RULE.match(following.raw_text)
            and not _RULE.match(line.raw_text)
            and line.bullet is None
            and line.indent == 0
            and _heading_like(line.text)
        ):
            found[line.number] = ("underline " + following.raw_text[0], line.text.strip())
            continue
        match = _MARKED.match(line.raw_text) if line.bullet is None else None
        if match is None or not _heading_like(match.group("title")):
            continue
        mark, closing = match.group("mark"), match.group("closing")
        if closing is None and mark[0] != "#":
            continue  # "** note" or "== 5" is no heading; "## Title" is
        if closing is not None and closing[0] != mark[0]:
            continue
        found[line.number] = ("framed " + mark, match.group("title").strip())
    first = lines[0].number if lines else -1
    if first in found and len(found) > 1:
        style = found[first][0]
        if sum(1 for kept, _ in found.values() if kept == style) == 1:
            del found[first]  # the notes' title, underlined or framed
    styles = {style for style, _ in found.values()}

    def depth(style: str) -> int:
        if style.startswith("framed #"):
            return len(style) - len("framed ")
        if style == "underline -" and "underline =" in styles:
            return 2
        return 1

    levels = sorted({depth(style) for style in styles})
    return {
        number: (levels.index(depth(style)) + 1, title) for number, (style, title) in found.items()
    }


def _unmarked(text: str) -> str:
    """A title without the marks framing it: "=== Waves ===" -> "Waves"."""
    match = _MARKED.match(text)
    return match.group("title").strip() if match is not None else text


def _in_numbered_list(
    lines: list[Line], index: int, number: int, found: dict[int, tuple[int, str]]
) -> bool:
    """ "3." right after a "2." that is not a heading (or right before a "4.") is a list's item."""
    for neighbour, wanted in ((index - 1, number - 1), (index + 1, number + 1)):
        if 0 <= neighbour < len(lines) and lines[neighbour].number not in found:
            match = _SINGLE.match(lines[neighbour].raw_text)
            if match is not None and int(match.group("number")) == wanted:
                return True
    return False


def _title_like(text: str) -> bool:
    """Short and not a sentence or a definition: fit to be a subtopic's title. A numbered heading
    is measured by its title ("Section 10 - The Great Fire of London, 1666"), whose lead-ins
    ("Causes of the spread:") then keep their own lists instead of being flattened into one."""
    titled = numbered_title(text)
    if titled is not None:
        return _title_like(titled)
    return (
        len(text) <= 80
        and len(text.split()) <= 8
        and not text.rstrip(":").endswith((".", "?", "!"))
        and not is_equation_line(text)
    )


def _heading_like(title: str) -> bool:
    return len(title.split()) <= _MAX_HEADING_WORDS and not title.rstrip().endswith((".", ";", ","))


def _import_numbered(
    lines: list[Line], headings: dict[int, tuple[int, str]], source_name: str, detected: str
) -> Imported:
    """Numbered or marked sections as a topic tree: "2.1" a subtopic of "2.", each with the lines
    under it."""
    builder = DeckBuilder(source_name=source_name, kind="outline notes")
    builder.read_names([line.text for line in lines])
    builder.report.detect("headings", detected)
    first = lines[0]
    body = lines
    if first.number not in headings and first.bullet is None:
        builder.title = _unmarked(first.text)
        body = lines[1:]
    stack: list[tuple[int, TopicDraft]] = []
    pending: list[Line] = []
    current: TopicDraft | None = None

    def flush() -> None:
        if pending:
            topic = current or builder.add_topic(builder.title)
            _fill_topic(builder, topic, nest(list(pending)))
            pending.clear()

    for line in body:
        heading = headings.get(line.number)
        if heading is None:
            pending.append(line)
            continue
        flush()
        depth, title = heading
        while stack and stack[-1][0] >= depth:
            stack.pop()
        current = builder.add_topic(_heading_text(title), stack[-1][1] if stack else None)
        stack.append((depth, current))
    flush()
    return builder.result()


def _read_lines(text: str, column_width: int | None) -> list[Line]:
    lines: list[Line] = []
    unwrapped = unwrapped_lines(furniture_cleared(text), _BULLET, column_width=column_width)
    raws = header_dropped(paragraph_sentences(unwrapped, _BULLET), _BULLET)
    glossary = leader_glossary([raw for _, raw in raws])
    for number, raw in raws:
        expanded = raw.replace("\u00a0", " ").expandtabs(_TAB_WIDTH)
        content = expanded.strip()
        indent = len(expanded) - len(expanded.lstrip())
        match = _BULLET.match(content)
        if match is None:
            content = unlead(content) if glossary else content
            lines.append(Line(number, indent, None, content, raw_text=content))
            continue
        bullet = (
            match.group("glyph")
            or match.group("dash")
            or (match.group("letter") and "a" + match.group("letter")[-1])
            or _number_kind(match.group("number"))
        )
        item = without_box(match.group("text")).strip()
        item = unlead(item) if glossary else item
        if item:  # a bullet mark alone on a line carries nothing to keep
            lines.append(Line(number, indent, bullet, item, raw_text=content))
    return _with_tables(lines)


# The bullet of a table row's line: its fact is the row, never a key term or a labelled line.
TABLE_ROW = "|"


def _with_tables(lines: list[Line]) -> list[Line]:
    """The lines, each run of table lines ("| Nitrates | making proteins |", or "a | b" beside a
    rule) read as one table: its rows as "column: value; …" facts, its header and rule dropped."""
    kept: list[Line] = []
    index = 0
    while index < len(lines):
        end = index
        while (
            end < len(lines)
            and "|" in lines[end].raw_text
            and (end == index or lines[end].number == lines[end - 1].number + 1)
        ):
            end += 1
        run = lines[index:end]
        texts = [line.raw_text for line in run]
        ruled = any(TABLE_RULE.match(text) for text in texts)
        if len(run) >= 2 and (ruled or all(is_pipe_row(text) for text in texts)):
            for line, fact in zip(run, table_facts(texts), strict=True):
                if fact:
                    kept.append(Line(line.number, line.indent, TABLE_ROW, fact, raw_text=fact))
            index = end
        else:
            kept.append(lines[index])
            index += 1
    return kept


def _number_kind(number: str) -> str:
    """Numbered items are one kind of bullet however they count: "1." and "12." -> "1."."""
    return "1" + number[-1]


def _split_title(lines: list[Line]) -> tuple[Line | None, list[Line]]:
    """The title line: an unbulleted first line that is not one of several section headings."""
    first = lines[0]
    if first.bullet is not None:
        return None, lines
    roots = nest(lines)
    if len(roots) > 1:
        sections = _sections(roots)
        headers = [header for header, _ in sections if header is not None]
        # a heading with nothing under it before the next one is the notes' title
        if len(headers) >= 2 and headers[0] is first and (sections[0][1] or first.children):
            return None, lines
    return first, lines[1:]


def _sections(roots: list[Line]) -> list[Section]:
    """Split top-level lines into sections: (heading line, the lines under it).

    A section headed by a label ("Causes:") ends where its lines do: after the lines indented
    under it, or at a blank line when they are not indented. What follows at the margin belongs
    to the section before the labels, not to the last label ("Course:" lines read as causes)."""
    is_header = _header_rule(roots)
    sections: list[Section] = []
    home: Section | None = None  # the last section not headed by a label
    for index, root in enumerate(roots):
        if is_header(index):
            sections.append((root, list(root.children)))
            if not sections[-1][0] or not sections[-1][0].is_colon_heading:
                home = sections[-1]
            continue
        if not sections:
            sections.append((None, []))
            home = sections[-1]
        header, nodes = sections[-1]
        if header is not None and header.is_colon_heading and _label_ended(header, nodes, root):
            if home is None:
                home = (None, [])
                sections.append(home)
            home[1].append(root)
            continue
        nodes.append(root)
    return sections


def _label_ended(header: Line, nodes: list[Line], root: Line) -> bool:
    """Whether `root`, a top-level line after a label's section, is outside it: the label had
    lines indented under it, or a blank line comes between its last line and `root`."""
    if header.children:
        return True
    last = nodes[-1] if nodes else header
    while last.children:
        last = last.children[-1]
    return root.number > last.number + 1


def _header_rule(roots: list[Line]) -> Callable[[int], bool]:
    """Which top-level lines head a section, judged from the shape of the whole file."""
    nested = [root for root in roots if root.children]
    kinds = {root.bullet for root in nested}
    same_kind = [root for root in roots if root.bullet in kinds]
    if nested and 2 * len(nested) >= len(same_kind):
        # "• Heading" with an indented block under it; a bare "• Heading" of that kind too.
        def nested_rule(index: int) -> bool:
            root = roots[index]
            if root.children or (root.bullet is not None and root.bullet in kinds):
                return True
            return None in kinds and root.bullet is None and root.is_colon_heading

        return nested_rule
    colon_headings = any(root.bullet is None and root.is_colon_heading for root in roots)

    def marked(index: int) -> bool:
        root = roots[index]
        if colon_headings:
            return root.bullet is None and root.is_colon_heading
        return _opens_run(roots, index) and root.bullet is None

    capitals = {index for index, root in enumerate(roots) if _capitals_heading(root)}
    # one capitals line in notes with no other heading is a shout, not a section
    if len(capitals) < 2 and not any(marked(index) for index in range(len(roots))):
        capitals = set()
    return lambda index: index in capitals or marked(index)


def _capitals_heading(line: Line) -> bool:
    """ "CAUSES OF INFLATION" alone on an unindented line with nothing indented under it: notes
    typed without marks write headings in capitals, the notes following at the same indent.
    An acronym ("NATO", "CPI") is no heading."""
    text = line.text.strip()
    letters = [ch for ch in text if ch.isalpha()]
    return (
        line.bullet is None
        and line.indent == 0
        and not line.children
        and (len(text.split()) >= 2 or len(letters) >= 5)
        and len(letters) >= 4
        and all(ch.isupper() for ch in letters)
        and _heading_like(text)
        and not text.endswith(":")
    )


# Two sentences or more, the last closed by its stop.
_SEVERAL_SENTENCES = re.compile(r"[.!?]\s+[A-Z].*[.!?]$")


def _opens_run(nodes: list[Line], index: int) -> bool:
    """An unbulleted line (or one ending in ":") followed by bullets of another kind heads them."""
    node = nodes[index]
    if index + 1 >= len(nodes) or node.children:
        return False
    following = nodes[index + 1]
    if following.bullet is None or following.bullet == node.bullet:
        return False
    if node.bullet is None:  # a "Term = …" or "Key word: …" line defines a term, heads nothing
        if _SEVERAL_SENTENCES.search(node.text):
            return False  # "Mitosis. Meiosis.": statements, not a lead-in to the bullets after
        if split_labelled(node.text) is not None or not opens_list(node.text):
            return False  # "Gamete: a sex cell …" is complete: the bullets after it are siblings
        return node.is_colon_heading or not is_equation_line(node.text)
    return node.is_colon_heading


def _fill_topic(builder: DeckBuilder, topic: TopicDraft, nodes: list[Line]) -> None:
    """Facts and groups of one section, in the order they were written."""
    index = 0
    while index < len(nodes):
        node = nodes[index]
        if (
            topic.depth + 1 < MAX_TOPIC_DEPTH  # deeper bullets stay groups: no runaway recursion
            and (any(child.children for child in node.children) or _numbered_heading(node))
            and _title_like(node.text)
        ):
            # bullets three deep: the top one is a subtopic holding the rest, as it was written
            _note_terms(builder, topic, node.text)
            inner = builder.add_topic(_heading_text(node.text), topic)
            _fill_topic(builder, inner, node.children)
            index += 1
        elif node.children and any(child.children for child in node.children):
            _add_nested_groups(builder, topic, node)
            index += 1
        elif node.children:
            _add_group(builder, topic, node, flatten(node.children))
            index += 1
        elif _opens_run(nodes, index):
            kind = nodes[index + 1].bullet
            end = index + 1
            members: list[Line] = []
            while end < len(nodes) and nodes[end].bullet == kind and not _opens_run(nodes, end):
                members += [nodes[end], *flatten(nodes[end].children)]
                end += 1
            _add_group(builder, topic, node, members)
            index = end
        elif (end := _question_run_end(nodes, index)) > index + 1:
            # "Why did Britain prefer shutters?" over unbulleted lines: the question heads them
            _add_group(builder, topic, node, nodes[index + 1 : end])
            index = end
        elif node.bullet == TABLE_ROW:
            topic.add_fact(node.text)  # "Nutrient: Nitrates; Use: …" is a row, not a label
            index += 1
        else:
            text = _heading_defined(topic.heading or topic.title, node.text)
            _note_terms(builder, topic, text)
            _add_line(topic, text)
            index += 1


def _question_run_end(nodes: list[Line], index: int) -> int:
    """Where the lines a question on its own line heads end (`index` + 1 when it heads none):
    unbulleted lines right under it, none of them a label, up to a blank line."""
    node = nodes[index]
    if node.bullet is not None or node.children or not node.text.endswith("?"):
        return index + 1
    if not is_label(node.text):
        return index + 1
    if index + 1 < len(nodes) and answer_prefix(nodes[index + 1].text):
        return index + 1  # a Q&A sheet's pair ("A: …" under it) is read as a pair, not a group
    end = index + 1
    while (
        end < len(nodes)
        and nodes[end].bullet is None
        and not nodes[end].children
        and nodes[end].number == nodes[end - 1].number + 1
        and not is_label(nodes[end].text)
        and not nodes[end].text.endswith("?")  # the next question starts its own run
    ):
        end += 1
    return end


_DEFINES_HEADING = re.compile(r"^(?:=|:=|≡)\s+(?P<meaning>\S.*)$")
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def _heading_defined(heading: str, text: str) -> str:
    """A line opening with "=" under a heading says what the heading means ("Neural correlates"
    over "= measurements of brain structure …"): written out as "Neural correlates = …", it is
    the heading's definition. Left as it was, a question showed "= _____ of brain structure" or
    asked which topic "= measurements …" belongs to (round 19)."""
    match = _DEFINES_HEADING.match(text)
    if match is None:
        return text
    name = _LAST_BRACKET.sub("", heading).strip()
    return f"{name} = {match.group('meaning')}" if name else text


def _numbered_heading(node: Line) -> bool:
    """ "Unit 2 - Microscopes" over lines of its own: a section of the notes, however shallow."""
    return bool(node.children) and numbered_title(node.text) is not None


def _add_line(topic: TopicDraft, text: str) -> None:
    """A line of its own as a fact; "Total cost: about US$30 billion" as the fact under its
    label, so the label reads as its context (see `definitions.lead_in_label`)."""
    labelled = lead_in_label(text)
    if labelled is None:
        topic.add_fact(text)
    else:
        topic.add_labelled(*labelled)


def _add_nested_groups(builder: DeckBuilder, topic: TopicDraft, node: Line) -> None:
    """A lead-in too long to be a subtopic's title ("Award 1 mark for each point made, up to 3
    marks …:") over lines of which some have lines of their own: each of those heads its own
    lines, the nearer lead-in ("Hooke's law: extension is proportional to force …" over "A spring
    pulled with twice the force stretches twice as far"), and the others stay under the long one.
    Flattened under the long one, the lines under a case lost the case they are about."""
    run: list[Line] = []
    for child in node.children:
        run.append(child)
        if not child.children:
            continue
        _add_group(builder, topic, node, run)
        run = []
        _add_group(builder, topic, child, flatten(child.children))
    if run:
        _add_group(builder, topic, node, run)


def _add_group(builder: DeckBuilder, topic: TopicDraft, heading: Line, members: list[Line]) -> None:
    _note_terms(builder, topic, heading.text)
    for line in members:
        if line.bullet != TABLE_ROW:
            _note_terms(builder, topic, line.text, lead_in=heading.text)
    # A sub-heading typed in capitals reads as the topics' titles do ("THE REACTIVITY SERIES" ->
    # "The reactivity series"): it is the context shown before its lines' questions.
    topic.add_group(builder.readable(heading.text), [member.text for member in members])


def _note_terms(
    builder: DeckBuilder, topic: TopicDraft, text: str, *, lead_in: str | None = None
) -> None:
    """A key term from a line that says it is one ("Key word: …", "Term = …"), from any
    "term - definition" line of a section headed as a glossary ("=== KEY TERMS ==="), or from a
    "Term: definition" (or "Term - a definition") line anywhere whose sides read as a name and its
    meaning ("Focus: the point underground where …", not "Total cost: about US$30 billion"; see
    `definitions`)."""
    found = split_labelled(text) or split_equals(text)
    if found is None and is_glossary_title(topic.title):
        found = split_glossary(text)
    if found is None:
        found = inline_definition(text, lead_in=lead_in, dashed=True)
    if found is not None and not _label_not_term(found[0]):
        builder.add_term(*found, topic)


def _label_not_term(term: str) -> bool:
    """True for a "Label = …" line that names a slot of the notes, not a thing to learn: "aim =
    as effective but fewer side effects", "Eval: ethics - withholding tokens = …", "mutations:
    paternal age - older fathers = higher risk" (a label and its text before the "="), "side
    effects: typical → tardive dyskinesia". Asked as key terms they tested the notes' layout
    (round 19, A49, A56)."""
    return ":" in term or is_generic_label(term) or fold(term) in _EVALUATION_LABELS


# Shorthand for an evaluation list: its label, like "Evaluation", is no term.
_EVALUATION_LABELS = frozenset(("eval", "evals", "ao3"))


def _heading_text(text: str) -> str:
    return text.rstrip(":").strip() or text
