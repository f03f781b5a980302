"""LaTeX notes (.tex), imported as the Markdown they convert to (see `converted`).

pylatexenc (the maintained LaTeX parser) reads the file into nodes and turns running text into
Unicode (escapes such as `\\&` and `\\%`, `--` dashes, `~`, `\\ldots`, accents); this module says
what the structure is. `\\title` is the deck's title and `\\part` … `\\subparagraph` (starred or
not) are headings, the highest one used being the top level; itemize, enumerate and description
lists become nested lists, a description's `\\item[Term]` a bold key term; a tabular's rows become
a table (`&` cells, `\\\\` rows, rules dropped) whose first row names the columns; `\\textbf` is
bold, so a key term as in Markdown. Comments, the preamble, figures, captions, labels and
citations go; maths stays as written (`$F = ma$`), which reads plainly and is never a key term,
unless it is only a quantity (`$\\SI{5}{\\metre}$`). siunitx quantities, mhchem formulas, links and
footnotes are written as a reader sees them typeset (`latex_macros`, `siunitx`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from pylatexenc import latex2text, latexwalker, macrospec

from knowledge.importers import latex_macros, siunitx
from knowledge.importers.converted import MarkdownDraft, import_converted, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_LATEX_BYTES = 512 * 1024
"""Largest LaTeX file read: pylatexenc's pure-Python parser takes about 7 CPU-s for this much (real
notes are tens of kilobytes), and an upload's worker has 20."""

MAX_LATEX_NESTING = 40
"""Braces or environments inside one another: real notes nest a few deep, and the parser (and this
module) recurse once per level, so a crafted file could otherwise exhaust the stack."""

_SECTIONS = {
    "part": 0,
    "chapter": 1,
    "section": 2,
    "subsection": 3,
    "subsubsection": 4,
    "paragraph": 5,
    "subparagraph": 6,
}
_LISTS = {"itemize": "-", "enumerate": "1.", "description": "-", "compactitem": "-"}
_TABLES = frozenset({"tabular", "tabular*", "tabularx", "longtable", "tabulary", "array"})
_CODE = frozenset({"verbatim", "verbatim*", "lstlisting", "minted", "Verbatim"})
_MATHS = frozenset(
    {"equation", "equation*", "align", "align*", "gather", "gather*", "multline", "eqnarray"}
)
_DROPPED_ENVIRONMENTS = frozenset(
    {"figure", "figure*", "thebibliography", "tikzpicture", "comment"}
)
_RULES = frozenset({"hline", "toprule", "midrule", "bottomrule", "cline", "cmidrule", "endhead"})
_DEPTH_MARK = re.compile(r"[{}]|\\begin\b|\\end\b")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_SPACES = re.compile(r"\s+")
# An \item's own label that only numbers or marks it ("a)", "(iv)", "2.", "--"); any other label
# ("\item[First law]") names what the item says, as a description list's does.
_MARKER_LABEL = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,5})[.):]?\)?$|^[^\w\s]+$")
_LABEL = re.compile(r"\\(?:label|tag|nonumber|notag)\b(?:\{[^{}]*\})?")

_BLANKS = re.compile(r"[ \t]{2,}")
_UNEMPHASISED = re.compile(r"^(?:\*{1,2}|`)([^*`]+)(?:\*{1,2}|`)$")

Node = Any  # pylatexenc's nodes carry no type hints


def import_latex(text: str, source_name: str) -> Imported:
    """A deck mapping from LaTeX notes."""
    require_content(text)
    return import_converted(latex_to_markdown(text), source_name, "LaTeX notes")


def latex_to_markdown(text: str) -> MarkdownDraft:
    """The Markdown for LaTeX `text`, each line with its line in the .tex file."""
    if len(text.encode("utf-8")) > MAX_LATEX_BYTES:
        raise DeckImportError(
            f"this LaTeX file is over {MAX_LATEX_BYTES // 1024} KiB; split it into chapters"
        )
    _check_nesting(text)
    # Runs of blanks cost pylatexenc's tokenizer time quadratic in their length; one is enough.
    text = _BLANKS.sub(" ", text)
    walker = latexwalker.LatexWalker(text, latex_context=_WALKER_CONTEXT, tolerant_parsing=True)
    try:
        nodes, _, _ = walker.get_latex_nodes()
    except latexwalker.LatexWalkerError as error:
        raise DeckImportError(f"this LaTeX cannot be read: {error}") from None
    try:
        with siunitx.declared_units(text):
            return _written(walker, nodes)
    except (DeckImportError, MemoryError):
        raise  # MemoryError passes, so an upload's worker can be restarted
    except Exception as error:  # pylatexenc's text specs assume well-formed input: mark it unread
        raise DeckImportError(f"this LaTeX cannot be read: {error}") from None


def latex_text(fragment: str) -> str:
    """A fragment of a LaTeX line as this importer writes it into a deck's line: `\\textbf{}` and
    `\\textit{}` as Markdown emphasis, ``` ``quotes'' ``` and `--` typographic, maths as typed. For
    tools that compare what a teacher typed with the deck made from it (the /ask benchmark's
    facts are copied from the .tex file)."""
    walker = latexwalker.LatexWalker(
        _BLANKS.sub(" ", fragment), latex_context=_WALKER_CONTEXT, tolerant_parsing=True
    )
    text = _TO_TEXT.nodelist_to_text(walker.get_latex_nodes()[0])
    return latex_macros.placed_footnotes(str(text)).strip()


def _written(walker: Any, nodes: list[Node]) -> MarkdownDraft:
    writer = _Writer(walker)
    document = next(_environments(nodes, "document"), None)
    body = document.nodelist if document is not None else nodes
    title = next((node for node in _macros(nodes, "title")), None)
    levels = [_SECTIONS[node.macroname] for node in _macros(body, *_SECTIONS)]
    writer.top = min(levels, default=2) - (1 if title is not None else 0)
    if title is not None:
        writer.draft.heading(1, writer.inline([_argument(title)]), writer.line_of(title))
    writer.blocks(body)
    return writer.draft


def _check_nesting(text: str) -> None:
    depth = 0
    for mark in _DEPTH_MARK.finditer(text):
        depth += 1 if mark.group() in ("{", "\\begin") else -1
        if depth > MAX_LATEX_NESTING:
            raise DeckImportError(
                f"braces or environments nest more than {MAX_LATEX_NESTING} deep; refused",
                line=text.count("\n", 0, mark.start()) + 1,
            )


class _Writer:
    """Walks the document's nodes, writing Markdown: paragraphs, headings, lists and tables."""

    def __init__(self, walker: Any) -> None:
        self.walker = walker
        self.draft = MarkdownDraft()
        self.top = 2  # the sectioning level that makes top-level topics

    def line_of(self, node: Node) -> int:
        return int(self.walker.pos_to_lineno_colno(node.pos)[0])

    def inline(self, nodes: list[Node]) -> str:
        """Running text as one Markdown line (line breaks and paragraph breaks are spaces)."""
        text = latex_macros.placed_footnotes("".join(_text(node) for node in nodes if node))
        return _SPACES.sub(" ", text).strip()

    def blocks(self, nodes: list[Node], depth: int = 0) -> None:
        """Paragraphs of running text, with headings, lists, tables and displays between them."""
        run: list[Node] = []
        for node in nodes:
            if _is_structure(node):
                self._paragraphs(run)
                run = []
                self._structure(node, depth)
            else:
                run.append(node)
        self._paragraphs(run)

    def _structure(self, node: Node, depth: int) -> None:
        """Write a heading, list, table, display or the insides of an environment."""
        if node.isNodeType(latexwalker.LatexMacroNode):
            if node.macroname in _SECTIONS:
                level = _SECTIONS[node.macroname] - self.top + 1
                self.draft.heading(level, self.inline([_argument(node)]), self.line_of(node))
            return  # \title (already the deck's), \maketitle, an \item outside a list
        if depth > MAX_LATEX_NESTING:
            raise DeckImportError("environments nest too deeply to read", line=self.line_of(node))
        name = node.environmentname
        if name in _LISTS:
            self.draft.blank(self.line_of(node))
            self._list(node, 0)
            self.draft.blank(self.line_of(node))
        elif name in _TABLES:
            self._table(node)
        elif name in _CODE:
            self._code(node)
        elif (
            name not in _DROPPED_ENVIRONMENTS
        ):  # center, table, abstract, minipage …: their insides
            self.blocks(node.nodelist, depth + 1)

    def _paragraphs(self, run: list[Node]) -> None:
        """Running text, one Markdown line per paragraph (a blank line in the source ends one)."""
        pieces: list[tuple[str, int] | None] = []  # None: a paragraph break
        for node in run:
            if node.isNodeType(latexwalker.LatexCommentNode):
                continue
            text = _text(node)
            line = self.line_of(node)
            for index, part in enumerate(_PARAGRAPH_BREAK.split(text)):
                if index:
                    pieces.append(None)
                    line += 2
                pieces.append((part, line))
                line += part.count("\n")
        paragraph: list[str] = []
        inked = False  # a piece of `paragraph` holds more than spaces (rejoining it was quadratic)
        origin = 0
        for piece in [*pieces, None]:
            if piece is not None:
                if not inked:
                    origin = piece[1]
                    inked = bool(piece[0].strip())
                paragraph.append(piece[0])
                continue
            joined = _SPACES.sub(" ", latex_macros.placed_footnotes("".join(paragraph))).strip()
            if joined:
                self.draft.blank(origin)
                self.draft.add(plain(joined), origin)
                self.draft.blank(origin)
            paragraph, inked = [], False

    def _list(self, environment: Node, depth: int) -> None:
        """Each \\item as a list item indented by its depth; lists inside items go one deeper."""
        if depth > MAX_LATEX_NESTING:
            raise DeckImportError("lists nest too deeply to read", line=self.line_of(environment))
        indent = "    " * depth
        kind = environment.environmentname
        number = 0
        for item, content in _items(environment.nodelist):
            number += 1
            labelled = item is not None and _argument(item, optional=True).nodelist
            bullet = f"{number}." if _LISTS[kind] == "1." and not labelled else "-"
            text_nodes: list[Node] = []
            written = False
            for node in content:
                nested = node.isNodeType(latexwalker.LatexEnvironmentNode) and (
                    node.environmentname in _LISTS
                )
                if not nested:
                    text_nodes.append(node)
                    continue
                if text_nodes or not written:
                    self._item(item, text_nodes, f"{indent}{bullet}", kind, again=written)
                    written = True
                text_nodes = []
                self._list(node, depth + 1)
            if text_nodes or not written:
                self._item(item, text_nodes, f"{indent}{bullet}", kind, again=written)

    def _item(self, item: Node, nodes: list[Node], marker: str, kind: str, *, again: bool) -> None:
        """One item's line; `again` for its text after a list inside it (one level deeper)."""
        text = self.inline(nodes)
        label = "" if again or item is None else self.inline([_argument(item, optional=True)])
        label = _UNEMPHASISED.sub(r"\1", label)  # `\item[\emph{Iguanodon}]`: bold, not both
        if label and (kind == "description" or not _MARKER_LABEL.match(label)):
            text = f"**{label}**: {text}" if text else f"{label}:"
        elif label:
            text = f"{label} {text}".strip()
        if text:
            origin = self.line_of(item if item is not None else nodes[0])
            self.draft.add(f"{'    ' if again else ''}{marker} {text}", origin)

    def _table(self, environment: Node) -> None:
        """The rows of a tabular as a pipe table, the first row naming the columns."""
        rows: list[tuple[list[str], int]] = []
        for row in _rows(environment.nodelist):
            cells = [self.inline(cell).replace("|", "/") for cell in _cells(row)]
            if any(cells):
                rows.append((cells, self.line_of(row[0])))
        if not rows:
            return
        width = max(len(cells) for cells, _ in rows)
        self.draft.blank(rows[0][1])
        for index, (cells, line) in enumerate(rows):
            padded = cells + [""] * (width - len(cells))
            self.draft.add("| " + " | ".join(padded) + " |", line)
            if index == 0:
                self.draft.add("|" + "---|" * width, line)
        self.draft.blank(rows[-1][1])

    def _code(self, environment: Node) -> None:
        verbatim = environment.latex_verbatim()
        inside = verbatim.split("\n")[1:-1] if "\n" in verbatim else []
        line = self.line_of(environment)
        self.draft.add("```", line)
        for offset, text in enumerate(inside, 1):
            self.draft.add(text.rstrip(), line + offset)
        self.draft.add("```", line + len(inside) + 1)


def _is_structure(node: Node) -> bool:
    """Whether `node` ends the running text before it: sectioning, displayed maths, an
    environment (a list, a table, a centred block …) or title furniture."""
    if node.isNodeType(latexwalker.LatexMacroNode):
        return node.macroname in _SECTIONS or node.macroname in ("item", "maketitle", "title")
    return bool(node.isNodeType(latexwalker.LatexEnvironmentNode)) and not _is_maths(node)


def _is_maths(node: Node) -> bool:
    """Displayed maths (`\\[ … \\]`, `equation`, `align` …): part of the sentence around it."""
    if node.isNodeType(latexwalker.LatexMathNode):
        return True
    return bool(node.isNodeType(latexwalker.LatexEnvironmentNode)) and (
        node.environmentname in _MATHS
    )


def _text(node: Node) -> str:
    """A node of running text as Unicode; displayed maths as `$$ … $$`, as the teacher typed it."""
    displayed = node.isNodeType(latexwalker.LatexEnvironmentNode) or (
        node.isNodeType(latexwalker.LatexMathNode) and node.displaytype == "display"
    )
    if _is_maths(node) and displayed:
        inside = "".join(child.latex_verbatim() for child in node.nodelist if child)
        return f" $$ {_SPACES.sub(' ', _LABEL.sub('', inside)).strip()} $$ "
    return str(_TO_TEXT.nodelist_to_text([node]))


def _items(nodes: list[Node]) -> Iterator[tuple[Node | None, list[Node]]]:
    """A list environment's items: each \\item with the nodes up to the next one."""
    item: Node | None = None
    content: list[Node] = []
    for node in nodes:
        if node.isNodeType(latexwalker.LatexMacroNode) and node.macroname == "item":
            if item is not None or _has_text(content):
                yield item, content
            item, content = node, []
        else:
            content.append(node)
    if item is not None or _has_text(content):
        yield item, content


def _rows(nodes: list[Node]) -> Iterator[list[Node]]:
    """A tabular's rows (split at `\\\\`), rules and comments left out."""
    row: list[Node] = []
    for node in nodes:
        if node.isNodeType(latexwalker.LatexMacroNode) and node.macroname in (
            "\\",
            "tabularnewline",
        ):
            if row:
                yield row
            row = []
        elif node.isNodeType(latexwalker.LatexCommentNode) or (
            node.isNodeType(latexwalker.LatexMacroNode) and node.macroname in _RULES
        ):
            continue
        elif row or _has_text([node]):
            row.append(node)
    if row and _has_text(row):
        yield row


def _cells(row: list[Node]) -> Iterator[list[Node]]:
    cell: list[Node] = []
    for node in row:
        if node.isNodeType(latexwalker.LatexSpecialsNode) and node.specials_chars == "&":
            yield cell
            cell = []
        else:
            cell.append(node)
    yield cell


def _has_text(nodes: list[Node]) -> bool:
    return any(
        not (node.isNodeType(latexwalker.LatexCharsNode) and not node.chars.strip())
        and not node.isNodeType(latexwalker.LatexCommentNode)
        for node in nodes
    )


def _argument(macro: Node, *, optional: bool = False) -> Node:
    """A macro's mandatory (last) or optional (`[…]`) argument, or an empty group."""
    arguments = [arg for arg in (macro.nodeargd.argnlist if macro.nodeargd else []) if arg]
    if optional:
        groups = [arg for arg in arguments if _delimiters(arg) == ("[", "]")]
        return groups[0] if groups else latexwalker.LatexGroupNode(nodelist=[])
    groups = [arg for arg in arguments if _delimiters(arg) == ("{", "}")]
    return groups[-1] if groups else latexwalker.LatexGroupNode(nodelist=[])


def _delimiters(node: Node) -> tuple[str, str] | None:
    if not node.isNodeType(latexwalker.LatexGroupNode):
        return None
    return tuple(node.delimiters) if node.delimiters else None


def _macros(nodes: list[Node], *names: str) -> Iterator[Node]:
    """The macros named `names` in `nodes` and in the groups and environments inside them."""
    for node in nodes:
        if node is None:
            continue
        if node.isNodeType(latexwalker.LatexMacroNode) and node.macroname in names:
            yield node
        elif node.isNodeType(latexwalker.LatexGroupNode) or (
            node.isNodeType(latexwalker.LatexEnvironmentNode)
            and node.environmentname not in _DROPPED_ENVIRONMENTS
        ):
            yield from _macros(node.nodelist, *names)


def _environments(nodes: list[Node], name: str) -> Iterator[Node]:
    for node in nodes:
        if _is_environment(node, name):
            yield node


def _is_environment(node: Node, name: str) -> bool:
    return (
        node is not None
        and bool(node.isNodeType(latexwalker.LatexEnvironmentNode))
        and node.environmentname == name
    )


def _wrapped(mark: str) -> Callable[[Node, Any], str]:
    """A text spec writing a macro's last argument between Markdown marks (`**bold**`)."""

    def write(node: Node, l2tobj: Any) -> str:  # pylatexenc passes the converter by this name
        text = l2tobj.nodelist_to_text([_argument(node)]).strip()
        return f"{mark}{text}{mark}" if text else ""

    return write


def _walker_context() -> Any:
    """pylatexenc's macros, with the arguments of a few it does not know (so they are dropped
    whole, not read as text)."""
    context = latexwalker.get_default_latex_context_db()
    context.add_context_category(
        "studybot",
        prepend=True,
        macros=[
            macrospec.MacroSpec("caption", "*[{"),
            macrospec.MacroSpec("multicolumn", "{{{"),
            macrospec.MacroSpec("multirow", "{[{"),
            macrospec.MacroSpec("hspace", "*{"),
            macrospec.MacroSpec("vspace", "*{"),
            *latex_macros.WALKER_SPECS,
        ],
    )
    return context


def _text_context() -> Any:
    """pylatexenc's text for each macro, with Markdown emphasis and without the furniture of a
    typeset document (captions, labels, references, citations, title blocks)."""
    context = latex2text.get_default_latex_context_db()
    dropped = ["caption", "label", "ref", "eqref", "cite", "maketitle", "index"]
    dropped += ["tableofcontents", "includegraphics", "hspace", "vspace", "newpage", "clearpage"]
    dropped += ["pageref", "autoref", "cref", "bibliography", "bibliographystyle"]
    dropped += [
        "title",
        "author",
        "date",
        "thanks",
    ]  # the title is read apart; the rest is no notes
    macros = [latex2text.MacroTextSpec(name, simplify_repl="") for name in dropped]
    macros += [latex2text.MacroTextSpec(name, _wrapped("**")) for name in ("textbf", "bold")]
    macros += [
        latex2text.MacroTextSpec(name, _wrapped("*")) for name in ("emph", "textit", "textsl")
    ]
    macros += [latex2text.MacroTextSpec("texttt", _wrapped("`"))]
    macros += [latex2text.MacroTextSpec("multicolumn", "%(3)s")]
    macros += [latex2text.MacroTextSpec("multirow", "%(3)s")]
    macros += [latex2text.MacroTextSpec("item", "")]
    macros += latex_macros.text_specs()  # siunitx, mhchem, links, footnotes, quantity maths
    context.add_context_category("studybot", prepend=True, macros=macros)
    return context


_WALKER_CONTEXT = _walker_context()
_TO_TEXT = latex_macros.LatexToText(latex_context=_text_context(), math_mode="verbatim")
