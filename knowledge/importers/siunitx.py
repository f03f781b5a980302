"""siunitx quantities (`\\SI{49}{\\metre}`, `\\qty{22}{\\kilo\\metre}`, `\\si{\\metre\\per\\second}`,
`\\num{1.2e3}`, `\\SIrange`, `\\ang`) written as a reader sees them typeset: "49 m", "22 km", "m/s",
"1.2 × 10³", "10–20 °C", "30°".

A number without its unit is a different fact ("the tower is 49 tall"), so a unit the table below
does not name is kept as its macro's name ("\\furlong" → "furlong") rather than dropped. Hand-written:
pylatexenc knows no siunitx, and no maintained library turns siunitx into text; the units are
siunitx's own list (its manual, section 4.2), so the table is the package's vocabulary, not a deck's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType
from typing import Any

from pylatexenc import latex2text, latexwalker, macrospec

Node = Any  # pylatexenc's nodes carry no type hints

PREFIXES = {
    "quecto": "q", "ronto": "r", "yocto": "y", "zepto": "z", "atto": "a", "femto": "f",
    "pico": "p", "nano": "n", "micro": "µ", "milli": "m", "centi": "c", "deci": "d",
    "deca": "da", "deka": "da", "hecto": "h", "kilo": "k", "mega": "M", "giga": "G",
    "tera": "T", "peta": "P", "exa": "E", "zetta": "Z", "yotta": "Y", "ronna": "R", "quetta": "Q",
}  # fmt: skip
UNITS = {
    "ampere": "A", "candela": "cd", "kelvin": "K", "kilogram": "kg", "gram": "g", "metre": "m",
    "meter": "m", "mole": "mol", "second": "s", "becquerel": "Bq", "degreeCelsius": "°C",
    "celsius": "°C", "coulomb": "C", "farad": "F", "gray": "Gy", "hertz": "Hz", "henry": "H",
    "joule": "J", "lumen": "lm", "katal": "kat", "lux": "lx", "newton": "N", "ohm": "Ω",
    "pascal": "Pa", "radian": "rad", "siemens": "S", "sievert": "Sv", "steradian": "sr",
    "tesla": "T", "volt": "V", "watt": "W", "weber": "Wb", "day": "d", "hectare": "ha",
    "hour": "h", "litre": "L", "liter": "L", "minute": "min", "tonne": "t", "arcminute": "′",
    "arcsecond": "″", "degree": "°", "astronomicalunit": "au", "bel": "B", "dalton": "Da",
    "decibel": "dB", "electronvolt": "eV", "neper": "Np", "percent": "%", "bar": "bar",
    "angstrom": "Å", "knot": "kn", "mmHg": "mmHg", "nauticalmile": "M", "barn": "b",
    "atomicmassunit": "u", "year": "yr", "kWh": "kWh", "kg": "kg", "km": "km", "cm": "cm", "mm": "mm",
    "um": "µm", "nm": "nm", "ml": "mL", "mL": "mL", "g": "g", "mg": "mg", "kJ": "kJ",
    "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "kV": "kV", "kW": "kW", "MW": "MW", "kPa": "kPa",
}  # fmt: skip
_DECLARED: ContextVar[Mapping[str, str]] = ContextVar(
    "siunitx_declared", default=MappingProxyType({})
)
# `\DeclareSIUnit\year{yr}` or `\DeclareSIUnit[options]{\year}{\text{yr}}` in the preamble (no two
# `\s*` side by side: a crafted run of blanks costs its length once)
_DECLARATION = re.compile(
    r"\\DeclareSIUnit\s*(?:\[[^\]]*\]\s*)?(?:\{\s*)?\\([A-Za-z]+)\s*(?:\}\s*)?"
    r"\{((?:[^{}]|\{[^{}]*\})*)\}"
)
_POWERS = {"squared": "²", "cubed": "³"}
_BEFORE = {"square": "²", "cubic": "³"}
_CLOSE_UNITS = ("%", "°", "′", "″")  # written against the number: "50%", "30°" (but "20 °C")
_SUPERSCRIPTS = str.maketrans("0123456789+-−", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻")
_EXPONENT = re.compile(r"^([+-]?[\d.,\s]*\d)\s*[eEdD]\s*([+-]?\d+)$")

# siunitx's macros with their arguments (`[` an optional one, `{` a mandatory one), and the
# unit-builders that take an argument of their own.
WALKER_SPECS = [
    macrospec.MacroSpec(name, spec)
    for name, spec in (
        ("SI", "[{{"), ("qty", "[{{"), ("si", "[{"), ("unit", "[{"), ("num", "[{"),
        ("SIrange", "[{{{"), ("qtyrange", "[{{{"), ("numrange", "[{{"), ("ang", "[{"),
        ("SIlist", "[{{"), ("qtylist", "[{{"), ("numlist", "[{"), ("tothe", "{"),
        ("raiseto", "{"), ("textsuperscript", "{"), ("textsubscript", "{"), ("tablenum", "[{"),
    )
]  # fmt: skip


@contextmanager
def declared_units(document: str) -> Iterator[None]:
    """The units a document declares itself (`\\DeclareSIUnit\\year{yr}`), known while it is
    read: a handout's own unit reads as its symbol, not its macro's name."""
    units = {
        name: re.sub(r"\\[A-Za-z]+\s*|[{}]", "", symbol).strip()
        for name, symbol in _DECLARATION.findall(document)
    }
    token = _DECLARED.set({name: symbol for name, symbol in units.items() if symbol})
    try:
        yield
    finally:
        _DECLARED.reset(token)


def _arguments(node: Node) -> list[Node]:
    """A macro's mandatory arguments, in order (its optional settings left out)."""
    arguments = node.nodeargd.argnlist if node.nodeargd else []
    return [
        arg
        for arg in arguments
        if arg is not None
        and arg.isNodeType(latexwalker.LatexGroupNode)
        and tuple(arg.delimiters or ()) != ("[", "]")
    ]


def number(text: str) -> str:
    """A siunitx number as typeset: `1.2e3` → "1.2 × 10³", `+-` → "±", spaces tidied."""
    text = " ".join(text.replace("+-", " ± ").replace("\\pm", " ± ").split())
    match = _EXPONENT.match(text)
    if match:
        mantissa, power = match.groups()
        power = power.lstrip("+").translate(_SUPERSCRIPTS)
        return f"10{power}" if mantissa.strip() in ("", "1") else f"{mantissa} × 10{power}"
    return text


def unit(group: Node, l2tobj: Any) -> str:
    """A unit argument as typeset: `\\kilo\\metre\\per\\second\\squared` → "km/s²"; literal
    units (`{km/h}`) as written."""
    words: list[str] = []
    prefix = power_before = ""
    per = False
    for node in group.nodelist if group is not None else []:
        if node is None or node.isNodeType(latexwalker.LatexCommentNode):
            continue
        if not node.isNodeType(latexwalker.LatexMacroNode):
            literal = str(l2tobj.nodelist_to_text([node])).strip()
            if literal:
                words.append(literal.replace("^", ""))
            continue
        name = node.macroname
        if name in PREFIXES:
            prefix += PREFIXES[name]
        elif name in _BEFORE:
            power_before = _BEFORE[name]
        elif name in _POWERS and words:
            words[-1] += _POWERS[name]
        elif name in ("tothe", "raiseto"):
            argument = _arguments(node)
            power = str(l2tobj.nodelist_to_text(argument)).strip() if argument else ""
            if name == "tothe" and words:
                words[-1] += power.translate(_SUPERSCRIPTS)
            else:
                power_before = power.translate(_SUPERSCRIPTS)
        elif name == "per":
            per = True
        elif name in ("cdot", "times", ",", " "):
            continue
        else:
            known = _DECLARED.get().get(name) or UNITS.get(name, name)
            symbol = f"{prefix}{known}{power_before}"
            words.append(f"/{symbol}" if per else symbol)
            prefix = power_before = ""
            per = False
    written = " ".join(words).replace(" /", "/")
    return written


def _quantity(value: str, written_unit: str) -> str:
    if not written_unit:
        return value
    if written_unit in _CLOSE_UNITS or not value:
        return f"{value}{written_unit}"
    return f"{value} {written_unit}"


def _list(values: str) -> list[str]:
    return [number(value) for value in values.split(";") if value.strip()]


def _text(nodes: list[Node], l2tobj: Any) -> str:
    return str(l2tobj.nodelist_to_text(nodes)).strip()


def _write_quantity(node: Node, l2tobj: Any) -> str:
    """`\\SI`, `\\qty`: "49 m"."""
    arguments = _arguments(node)
    if len(arguments) < 2:
        return ""
    return _quantity(number(_text([arguments[0]], l2tobj)), unit(arguments[1], l2tobj))


def _write_unit(node: Node, l2tobj: Any) -> str:
    """`\\si`, `\\unit`: "m/s"."""
    arguments = _arguments(node)
    return unit(arguments[0], l2tobj) if arguments else ""


def _write_number(node: Node, l2tobj: Any) -> str:
    """`\\num`: "1.2 × 10³"."""
    arguments = _arguments(node)
    return number(_text(arguments[:1], l2tobj)) if arguments else ""


def _write_range(node: Node, l2tobj: Any) -> str:
    """`\\SIrange`, `\\qtyrange`, `\\numrange`: "10–20 °C" (the unit once, as in speech)."""
    arguments = _arguments(node)
    if len(arguments) < 2:
        return ""
    low, high = (number(_text([argument], l2tobj)) for argument in arguments[:2])
    written_unit = unit(arguments[2], l2tobj) if len(arguments) > 2 else ""
    return _quantity(f"{low}–{high}", written_unit)


def _write_list(node: Node, l2tobj: Any) -> str:
    """`\\SIlist`, `\\qtylist`, `\\numlist`: "2, 4 and 6 mm"."""
    arguments = _arguments(node)
    if not arguments:
        return ""
    values = _list(_text(arguments[:1], l2tobj))
    written = ", ".join(values[:-1]) + f" and {values[-1]}" if len(values) > 1 else "".join(values)
    return _quantity(written, unit(arguments[1], l2tobj) if len(arguments) > 1 else "")


def _write_angle(node: Node, l2tobj: Any) -> str:
    """`\\ang{30}` → "30°", `\\ang{12;30;0}` → "12°30′0″"."""
    arguments = _arguments(node)
    parts = _text(arguments[:1], l2tobj).split(";") if arguments else []
    return "".join(
        f"{part.strip()}{mark}" for part, mark in zip(parts, "°′″", strict=False) if part.strip()
    )


def _write_script(node: Node, l2tobj: Any) -> str:
    """`\\textsuperscript{2}` → "²" (a power as typed in text), else the text as is ("19th")."""
    arguments = _arguments(node)
    written = _text(arguments[:1], l2tobj) if arguments else ""
    if node.macroname == "textsuperscript" and re.fullmatch(r"[0-9+\-−]+", written):
        return written.translate(_SUPERSCRIPTS)
    if node.macroname == "textsubscript" and written.isdigit():
        return written.translate(str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉"))
    return written


def text_specs() -> list[Any]:
    """pylatexenc text specs for siunitx's macros, each unit under its own macro too."""
    writers = {
        "SI": _write_quantity, "qty": _write_quantity, "si": _write_unit, "unit": _write_unit,
        "num": _write_number, "tablenum": _write_number, "SIrange": _write_range, "qtyrange": _write_range,
        "numrange": _write_range, "SIlist": _write_list, "qtylist": _write_list,
        "numlist": _write_list, "ang": _write_angle, "textsuperscript": _write_script,
        "textsubscript": _write_script,
    }  # fmt: skip
    specs = [latex2text.MacroTextSpec(name, writer) for name, writer in writers.items()]
    # A unit macro met outside \si (`\SI{5}{}\metre`, `$5\,\metre$`) still reads as its symbol.
    specs += [
        latex2text.MacroTextSpec(name, symbol)
        for name, symbol in UNITS.items()
        if name not in ("degree", "percent", "bar", "g", "kg")  # also ordinary maths/text macros
    ]
    return specs
