"""A substance or an ion named in words, answered by its formula.

A chemistry teacher accepts "NaOH" for sodium hydroxide, "BaCl2" for barium chloride, "HCl" for
hydrochloric acid and "Fe3+" for iron(III) ions: the formula names the same substance. Names are
read by the rules of naming taught at school, not looked up per deck:

- an ionic compound is its cation's name, then its anion's ("silver nitrate", "calcium
  hydroxide", "iron(III) oxide"); its formula balances the charges, a group of atoms taking
  brackets when there are several of it ("Ca(OH)2", "Al2(SO4)3");
- an ion is a cation's name ("iron(III)", "sodium ions") or an anion's ("chloride ions"), its
  formula the symbol with the charge ("Fe3+", "Na+", "Cl-");
- the common acids and molecules by their usual names ("hydrochloric acid", "carbon dioxide").

A metal with more than one charge (iron, copper(I)/(II)) needs its Roman numeral, except copper,
which school chemistry takes as copper(II). A formula is compared as written, up to spaces, case
and how the charge is written ("Fe3+", "Fe+3", "Fe³⁺"), its symbols written with their capitals:
"Fe2+" is no iron(III), "NaCl" no sodium hydroxide. Only that way round: a key written as a
formula ("H2SO4") asks for the formula, which the name does not give.

An element named in words is answered by its symbol, written with its capital ("Zn" for zinc, "N"
for nitrogen; "ZN" or "zn" are no symbol), and an element whose molecules are pairs of atoms by
its molecule's formula too ("O2", "Cl2"): `element_formulas`.
"""

from __future__ import annotations

import math
import re

from knowledge.text import fold

# Cations by folded name: (symbol, charge, a group of atoms). Copper alone is copper(II).
_CATIONS: dict[str, tuple[str, int, bool]] = {
    "hydrogen": ("H", 1, False), "lithium": ("Li", 1, False), "sodium": ("Na", 1, False),
    "potassium": ("K", 1, False), "rubidium": ("Rb", 1, False), "caesium": ("Cs", 1, False),
    "cesium": ("Cs", 1, False), "silver": ("Ag", 1, False), "ammonium": ("NH4", 1, True),
    "copper i": ("Cu", 1, False), "beryllium": ("Be", 2, False), "magnesium": ("Mg", 2, False),
    "calcium": ("Ca", 2, False), "strontium": ("Sr", 2, False), "barium": ("Ba", 2, False),
    "zinc": ("Zn", 2, False), "copper": ("Cu", 2, False), "copper ii": ("Cu", 2, False),
    "iron ii": ("Fe", 2, False), "iron iii": ("Fe", 3, False), "lead": ("Pb", 2, False),
    "lead ii": ("Pb", 2, False), "lead iv": ("Pb", 4, False), "tin ii": ("Sn", 2, False),
    "tin iv": ("Sn", 4, False), "nickel": ("Ni", 2, False), "nickel ii": ("Ni", 2, False),
    "cobalt ii": ("Co", 2, False), "manganese ii": ("Mn", 2, False),
    "chromium iii": ("Cr", 3, False), "aluminium": ("Al", 3, False),
    "aluminum": ("Al", 3, False), "mercury ii": ("Hg", 2, False),
}  # fmt: skip
# Anions by folded name (British and American spellings), as for cations.
_ANIONS: dict[str, tuple[str, int, bool]] = {
    "fluoride": ("F", 1, False), "chloride": ("Cl", 1, False), "bromide": ("Br", 1, False),
    "iodide": ("I", 1, False), "hydroxide": ("OH", 1, True), "nitrate": ("NO3", 1, True),
    "nitrite": ("NO2", 1, True), "hydrogencarbonate": ("HCO3", 1, True),
    "hydrogen carbonate": ("HCO3", 1, True), "bicarbonate": ("HCO3", 1, True),
    "oxide": ("O", 2, False), "sulfide": ("S", 2, False), "sulphide": ("S", 2, False),
    "sulfate": ("SO4", 2, True), "sulphate": ("SO4", 2, True), "sulfite": ("SO3", 2, True),
    "sulphite": ("SO3", 2, True), "carbonate": ("CO3", 2, True),
    "phosphate": ("PO4", 3, True), "nitride": ("N", 3, False),
}  # fmt: skip
# Acids and molecules a school course names by their usual names.
_NAMED: dict[str, str] = {
    "hydrochloric acid": "HCl", "sulfuric acid": "H2SO4", "sulphuric acid": "H2SO4",
    "nitric acid": "HNO3", "phosphoric acid": "H3PO4", "carbonic acid": "H2CO3",
    "ethanoic acid": "CH3COOH", "water": "H2O", "carbon dioxide": "CO2",
    "carbon monoxide": "CO", "ammonia": "NH3", "methane": "CH4", "hydrogen peroxide": "H2O2",
    "sulfur dioxide": "SO2", "sulphur dioxide": "SO2", "ozone": "O3",
}  # fmt: skip
# The elements by symbol and name, in order of atomic number (a table, like the ions above).
_ELEMENT_TABLE = """
H hydrogen He helium Li lithium Be beryllium B boron C carbon N nitrogen O oxygen F fluorine
Ne neon Na sodium Mg magnesium Al aluminium Si silicon P phosphorus S sulfur Cl chlorine
Ar argon K potassium Ca calcium Sc scandium Ti titanium V vanadium Cr chromium Mn manganese
Fe iron Co cobalt Ni nickel Cu copper Zn zinc Ga gallium Ge germanium As arsenic Se selenium
Br bromine Kr krypton Rb rubidium Sr strontium Y yttrium Zr zirconium Nb niobium Mo molybdenum
Tc technetium Ru ruthenium Rh rhodium Pd palladium Ag silver Cd cadmium In indium Sn tin
Sb antimony Te tellurium I iodine Xe xenon Cs caesium Ba barium La lanthanum Ce cerium
Pr praseodymium Nd neodymium Pm promethium Sm samarium Eu europium Gd gadolinium Tb terbium
Dy dysprosium Ho holmium Er erbium Tm thulium Yb ytterbium Lu lutetium Hf hafnium Ta tantalum
W tungsten Re rhenium Os osmium Ir iridium Pt platinum Au gold Hg mercury Tl thallium Pb lead
Bi bismuth Po polonium At astatine Rn radon Fr francium Ra radium Ac actinium Th thorium
Pa protactinium U uranium Np neptunium Pu plutonium Am americium Cm curium Bk berkelium
Cf californium Es einsteinium Fm fermium Md mendelevium No nobelium Lr lawrencium
Rf rutherfordium Db dubnium Sg seaborgium Bh bohrium Hs hassium Mt meitnerium Ds darmstadtium
Rg roentgenium Cn copernicium Nh nihonium Fl flerovium Mc moscovium Lv livermorium
Ts tennessine Og oganesson
""".split()  # noqa: SIM905
_ELEMENTS: dict[str, str] = dict(zip(_ELEMENT_TABLE[1::2], _ELEMENT_TABLE[::2], strict=True))
_ELEMENTS.update({"aluminum": "Al", "sulphur": "S", "cesium": "Cs"})  # other spellings
# Elements whose molecules are pairs of atoms: oxygen is "O2" as well as "O".
_DIATOMIC = frozenset({"H", "N", "O", "F", "Cl", "Br", "I"})
# Words after an element's name that leave it the element: its particles, its state, the form it
# is used in or what it does ("platinum catalyst": "Pt").
_ELEMENT_WORDS = frozenset(
    """
    atom atoms gas metal wire rod foil powder ribbon strip granules filings turnings catalyst
    core electrode electrodes
    """.split()  # noqa: SIM905
)
_ION_WORDS = frozenset({"ion", "ions"})
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻−₀₁₂₃₄₅₆₇₈₉", "0123456789+--0123456789")
_SIGN_FIRST = re.compile(r"([+-])(\d*)$")  # "Fe+3": the charge's sign before its number
# A formula as written: element symbols (a capital, maybe a small letter) with counts, groups in
# brackets, then maybe a charge: "NaOH", "Ca(OH)2", "Fe3+", "SO4 2-". A word ("Warsaw") is none.
_FORMULA_SHAPE = re.compile(r"(?:[A-Z][a-z]?\d*|\((?:[A-Z][a-z]?\d*)+\)\d*)+(?:\d?[+-]|[+-]\d)?")


def formula_of(name: str) -> str | None:
    """The formula the name of a substance or an ion stands for, canonical (`canonical`), or
    None when the words are no such name."""
    words = fold(name).split()
    if words and words[-1] in _ION_WORDS:
        return _ion(" ".join(words[:-1]))
    key = " ".join(words)
    if key in _NAMED:
        return canonical(_NAMED[key])
    ion = _ion(key) if "(" in name else None  # "iron(III)": the ion its name with a charge gives
    if ion is not None:
        return ion
    for split in range(1, len(words)):
        cation, anion = " ".join(words[:split]), " ".join(words[split:])
        if cation in _CATIONS and anion in _ANIONS:
            return canonical(_compound(_CATIONS[cation], _ANIONS[anion]))
    return None


def element_formulas(name: str) -> tuple[str, ...]:
    """The symbol of the element `name` names ("zinc", "zinc metal": "Zn"), and its molecule's
    formula when its molecules are pairs ("oxygen gas": "O", "O2"), as written; none for any
    other name."""
    words = fold(name).split()
    if not 1 <= len(words) <= 2 or (len(words) == 2 and words[1] not in _ELEMENT_WORDS):
        return ()
    symbol = _ELEMENTS.get(words[0])
    if symbol is None:
        return ()
    return (symbol, f"{symbol}2") if symbol in _DIATOMIC else (symbol,)


def names_a_substance(words: tuple[str, ...]) -> bool:
    """True when folded `words` name an element ("iron"), or a compound, an acid or an ion
    whose formula the rules above give ("calcium chloride", "hydrochloric acid")."""
    if len(words) == 1 and words[0] in _ELEMENTS:
        return True
    return formula_of(" ".join(words)) is not None


def _ion(key: str) -> str | None:
    """The formula of the ion named `key` ("iron iii" -> "fe3+", "chloride" -> "cl-")."""
    if key in _CATIONS:
        symbol, charge, _ = _CATIONS[key]
        return canonical(f"{symbol}{charge if charge > 1 else ''}+")
    if key in _ANIONS:
        symbol, charge, _ = _ANIONS[key]
        return canonical(f"{symbol}{charge if charge > 1 else ''}-")
    return None


def _compound(cation: tuple[str, int, bool], anion: tuple[str, int, bool]) -> str:
    """The formula of the neutral compound of two ions: charges balanced, a group in brackets
    when there are several of it."""
    (c_symbol, c_charge, c_group), (a_symbol, a_charge, a_group) = cation, anion
    both = math.lcm(c_charge, a_charge)
    return _part(c_symbol, both // c_charge, c_group) + _part(a_symbol, both // a_charge, a_group)


def _part(symbol: str, count: int, group: bool) -> str:
    if count == 1:
        return symbol
    return f"({symbol}){count}" if group else f"{symbol}{count}"


def canonical(formula: str) -> str:
    """A formula as compared: no spaces, folded case, superscripts as digits, the charge's
    number before its sign ("Fe+3" and "Fe³⁺" -> "fe3+")."""
    text = "".join(formula.translate(_SUPERSCRIPTS).split())
    sign = _SIGN_FIRST.search(text)
    if sign is not None and sign.group(2):
        text = text[: sign.start()] + sign.group(2) + sign.group(1)
    return text.casefold()


def written_formula(text: str) -> str:
    """`text` as a formula is compared case and all (an element's symbol: "Zn", never "ZN"):
    no spaces, subscripts and superscripts as digits and signs."""
    if not text.isascii():
        text = text.translate(_SUPERSCRIPTS)
    return "".join(text.split())


def may_be_formula(text: str) -> bool:
    """True when `text` is written as a formula is (`_FORMULA_SHAPE`), spaces and how the
    charge is written aside: a cheap first look before any name is read."""
    if not text.isascii():
        text = text.translate(_SUPERSCRIPTS)
    if " " in text:
        text = "".join(text.split())
    return _FORMULA_SHAPE.fullmatch(text) is not None
