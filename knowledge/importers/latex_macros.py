"""Macros of teachers' LaTeX handouts that pylatexenc writes unreadably or drops, as their reader sees
them: chemistry (`\\ce{H2SO4}` → "H₂SO₄", mhchem), `\\pounds`, `\\texttildelow`, a footnote in
brackets where it is marked (it often gives another name or spelling), a link's words, a bare URL,
and inline maths that is only a quantity (`$= \\SI{1852}{\\metre}$`, `$30^\\circ$`, `$5\\,\\mathrm{km}^2$`)
as the text it reads as. Maths with a variable in it (`$F = ma$`) stays as the teacher typed it.
"""

from __future__ import annotations

import re
from typing import Any

from pylatexenc import latex2text, latexwalker, macrospec

from knowledge.importers import siunitx

Node = Any  # pylatexenc's nodes carry no type hints

WALKER_SPECS = [
    macrospec.MacroSpec("ce", "{"),
    macrospec.MacroSpec("href", "[{{"),
    macrospec.MacroSpec("url", "{"),
    macrospec.MacroSpec("footnote", "[{"),
    *siunitx.WALKER_SPECS,
]

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUPERSCRIPTS = str.maketrans("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻")
_ARROWS = {"<=>": "⇌", "<->": "↔", "->": "→", "<-": "←", "=": "="}
_CHARGE = re.compile(r"\^\{?([0-9]*[+-]|[0-9]+)\}?")
_TRAILING_CHARGE = re.compile(r"(?<=[A-Za-z)\]])([0-9]*[+-])$")
_COUNT = re.compile(r"(?<=[A-Za-z)\]])(\d+)")
# What a quantity's maths may hold besides digits and signs: siunitx macros and their arguments,
# upright text, spacing, degree and times signs. Anything else left over (a letter) is a variable.
_QUANTITY_PARTS = re.compile(
    r"\\(?:SI|qty|si|unit|num|ang|SIrange|qtyrange|numrange)(?:\[[^\]]*\])?"
    r"(?:\{(?:[^{}]|\{[^{}]*\})*\})+"
    r"|\\(?:mathrm|text|textrm|mbox|operatorname)\{(?:[^{}]|\{[^{}]*\})*\}"
    r"|\\(?:circ|times|approx|sim|pm|cdot|degree|,|;|!|:| |quad|qquad|%|ldots|dots|le|ge|leq|geq)"
    r"(?![A-Za-z])"
)
_POWER = re.compile(r"\^\{?([0-9+\-−]+|∘|°)\}?")


def chemistry(formula: str) -> str:
    """An mhchem formula as typeset: counts subscript, charges superscript, arrows drawn."""
    words = []
    for word in formula.split():
        if word in _ARROWS or word == "+":
            words.append(_ARROWS.get(word, word))
            continue
        charged = _CHARGE.sub(lambda match: match.group(1).translate(_SUPERSCRIPTS), word)
        charged = _TRAILING_CHARGE.sub(
            lambda match: match.group(1).translate(_SUPERSCRIPTS), charged
        )
        words.append(_COUNT.sub(lambda match: match.group(1).translate(_SUBSCRIPTS), charged))
    return " ".join(words)


def is_quantity(maths: str) -> bool:
    """Whether inline maths is only a number, quantity or unit (no variable to keep as typed)."""
    rest = _QUANTITY_PARTS.sub(" ", maths)
    return not re.search(r"[A-Za-z\\]", rest) and bool(re.search(r"\d|\\", maths))


def maths_as_text(text: str) -> str:
    """Powers of a quantity's maths written as superscripts: "km^2" → "km²", "30^∘" → "30°"."""
    written = _POWER.sub(
        lambda match: "°" if match.group(1) in "∘°" else match.group(1).translate(_SUPERSCRIPTS),
        text,
    )
    return " ".join(written.replace("∘", "°").split())


def _argument_text(node: Node, l2tobj: Any, index: int) -> str:
    arguments = siunitx._arguments(node)
    if len(arguments) <= index:
        return ""
    return str(l2tobj.nodelist_to_text([arguments[index]])).strip()


def _verbatim_argument(node: Node) -> str:
    arguments = siunitx._arguments(node)
    return "".join(child.latex_verbatim() for child in arguments[0].nodelist) if arguments else ""


FOOTNOTE = "\ufff9"  # marks where a footnote's brackets start, until `placed_footnotes`
_AFTER_STOP = re.compile(r"([.!?;:,])\s*\ufff9(\([^\ufff9]*?\))")
# The spaces before a mark, tried only where a run of spaces starts: tried inside the run too, a
# run of 7,500 line breaks (a line of LaTeX "\\" breaks) with no mark after it took seconds.
_BEFORE_MARK = re.compile(r"(?<!\s)\s*\ufff9")


def _footnote(node: Node, l2tobj: Any) -> str:
    text = _argument_text(node, l2tobj, 0).rstrip(".").replace(FOOTNOTE, "")
    return f"{FOOTNOTE}({text})" if text else ""


def placed_footnotes(text: str) -> str:
    """Footnotes in brackets inside the sentence they mark: "1825.\\footnote{Some say 1822.}"
    → "1825 (Some say 1822)." (after the full stop they would read as a sentence of their own)."""
    text = _AFTER_STOP.sub(r" \2\1", text)
    return _BEFORE_MARK.sub(" ", text)


def text_specs() -> list[Any]:
    """pylatexenc text specs for these macros."""
    specs = [
        latex2text.MacroTextSpec("ce", lambda node: chemistry(_verbatim_argument(node))),
        latex2text.MacroTextSpec("href", lambda node, l2tobj: _argument_text(node, l2tobj, 1)),
        latex2text.MacroTextSpec("url", lambda node: _verbatim_argument(node).strip()),
        latex2text.MacroTextSpec("footnote", _footnote),
        latex2text.MacroTextSpec("pounds", "£"),
        latex2text.MacroTextSpec("texttildelow", "~"),
        latex2text.MacroTextSpec("textasciitilde", "~"),
        latex2text.MacroTextSpec("euro", "€"),
        latex2text.MacroTextSpec("texteuro", "€"),
        latex2text.MacroTextSpec("degree", "°"),
    ]
    return specs + siunitx.text_specs()


class LatexToText(latex2text.LatexNodes2Text):  # type: ignore[misc]  # pylatexenc has no types
    """pylatexenc's converter, keeping maths as typed unless it is only a quantity."""

    def math_node_to_text(self, node: Node) -> str:
        inline = node.isNodeType(latexwalker.LatexMathNode) and node.displaytype == "inline"
        if inline:
            inside = "".join(child.latex_verbatim() for child in node.nodelist if child)
            if is_quantity(inside):
                self.math_mode = "text"
                try:
                    return maths_as_text(str(super().math_node_to_text(node)))
                finally:
                    self.math_mode = "verbatim"
        return str(super().math_node_to_text(node))
