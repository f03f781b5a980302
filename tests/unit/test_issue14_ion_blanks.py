"""Round 16's blind review (issue 14, class 2 of /work/review/round16/findings.md): a blank cut an
ion's symbol from its charge ("iron(II) ions (_____+) → green precipitate", keyed "Fe2").

An ion written with its charge ("Fe2+", "Cl-", "NH4+", "SO4 2-", "Cl−") is a formula, and no
blank takes any part of it; a plus or a dash in prose ("A + B", "self-reliance") is no charge.
Checked on chemistry notes written here (tests for ions, electrolysis), in two layouts.
"""

from __future__ import annotations

import re

import pytest

from bot.questions import Question
from bot.questions._ions import ion_ranges
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

BLANK = "_____"

IONS = """CHEMISTRY - TESTING FOR IONS (revision outline)

1. FLAME TESTS
  - Nichrome wire is dipped in the sample and held in a blue Bunsen flame
  - lithium ions (Li+) give a crimson flame
  - Potassium ions (K+) give a lilac flame

2. HYDROXIDE PRECIPITATES
  - Sodium hydroxide solution is added a few drops at a time
  - iron(II) ions (Fe2+) -> green precipitate
  - iron(III) ions (Fe3+) -> brown precipitate
  - copper(II) ions (Cu2+) -> blue precipitate
  - Ionic equation: Cu2+(aq) + 2OH-(aq) -> Cu(OH)2(s)
  - Zn2+ and Al3+ both give white precipitates that dissolve in excess
  - Ammonium ions (NH4+) give off ammonia gas when warmed with alkali

3. NEGATIVE IONS
  - Sulfate ions (SO4 2-) give a white precipitate with barium chloride
  - Halide ions: chloride (Cl−), bromide (Br-), iodide (I-) with silver nitrate
  - Carbonates: CO3 2- + 2H+ -> CO2 + H2O, and the carbon dioxide turns limewater milky
"""

ELECTROLYSIS = """# Electrolysis

## Brine
- Electrolysis of brine: Na+, Cl-, H+ and OH- ions are in the solution
- Chlorine is made at the Anode, where Cl- ions lose electrons
- Hydrogen + sodium hydroxide are the other products (Castner-Kellner process)

## Copper sulfate
- Copper sulfate solution holds Cu2+ and SO4 2- ions
- Cu2+ ions gain electrons at the Cathode and copper is plated on it
- Electroplating uses Electrolysis to coat a metal with a thin layer of another

## Aluminium
- Inert electrodes are made of graphite + Platinum
- Aluminium oxide is dissolved in molten cryolite - this lowers the melting point
- Al3+ ions gain electrons at the cathode
"""

# A blank with a charge after it: "(_____+)", "_____ 2-" (the formula cut off), "SO4 _____-".
_CUT_CHARGE = re.compile(rf"(?:{BLANK}(?:\d?| \d)|[A-Z]\w* {BLANK})[+\-−](?![^\W_])")


def _deck(text: str, name: str) -> Deck:
    fmt = "markdown" if name.endswith(".md") else "outline"
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t")


@pytest.fixture(scope="module")
def asked() -> list[Question]:
    questions: list[Question] = []
    for text, name in ((IONS, "ions.txt"), (ELECTROLYSIS, "electrolysis.md")):
        questions += questioning.every_question(_deck(text, name), range(3))
    return questions


def test_no_blank_cuts_an_ion_from_its_charge(asked: list[Question]) -> None:
    cut = [q.prompt for q in asked if _CUT_CHARGE.search(q.prompt)]
    assert cut == []


def test_no_key_is_an_ion_without_its_charge(asked: list[Question]) -> None:
    ions = {
        text[start:end].rstrip("+-−").split()[0]
        for text in (IONS, ELECTROLYSIS)
        for start, end in ion_ranges(text)
    }  # "Fe2", "Cu2", "SO4", "Cl", "NH4", …
    assert ions >= {"Fe2", "Fe3", "Cu2", "Zn2", "Al3", "NH4", "SO4", "Cl", "Br", "CO3"}
    keyed = sorted({q.answers[0] for q in asked if q.answers and q.answers[0] in ions})
    assert keyed == []


def test_words_beside_a_plus_or_dash_in_prose_are_still_blanked(asked: list[Question]) -> None:
    blanked = {q.answers[0] for q in asked if BLANK in q.prompt and q.answers}
    # "graphite + Platinum", "cryolite - this lowers …": a sign with a space beside it is prose.
    assert {"graphite", "Platinum", "cryolite"} <= blanked


@pytest.mark.parametrize(
    ("text", "ions"),
    [
        ("iron(II) ions (Fe2+) -> green", ["Fe2+"]),
        ("Cu2+(aq) + 2OH-(aq)", ["Cu2+"]),
        ("sulfate (SO4 2-) and carbonate CO3 2-", ["SO4 2-", "CO3 2-"]),
        ("chloride (Cl−), ammonium NH4+, Fe²⁺", ["Cl−", "NH4+", "Fe²⁺"]),
        ("A + B gives C", []),
        ("self-reliance and the Na-K pump", []),
        ("HCl->NaCl, Fe - iron", []),
        ("The 11+ exam, NATO- led", []),
    ],
)
def test_ions_are_found_with_their_charge_and_prose_signs_are_not(
    text: str, ions: list[str]
) -> None:
    assert [text[start:end] for start, end in ion_ranges(text)] == ions
