"""A substance or an ion named in words is answered by its formula (issue 14, round-16 grading
probes: a chemistry teacher accepts the formula for the name). The formula is worked out by the
rules of naming (charges balanced, groups in brackets), never kept per deck; another substance's
or another charge's formula stays wrong, and a key written as a formula is not answered by the
name (the question asks for the formula)."""

from __future__ import annotations

import pytest

from bot.grading import Grader, Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("potassium iodide", "KI"),
        ("magnesium oxide", "MgO"),
        ("calcium hydroxide", "Ca(OH)2"),  # a group of atoms in brackets when there are two
        ("aluminium sulfate", "Al2(SO4)3"),
        ("ammonium sulphate", "(NH4)2SO4"),  # British spelling
        ("sulfuric acid", "H2SO4"),
        ("zinc carbonate", "ZnCO3"),
        ("copper(II) ions", "Cu2+"),  # an ion: the symbol with its charge
        ("lead(II)", "Pb2+"),
        ("bromide ions", "Br-"),
        ("iron(III) ions", "Fe+3"),  # the charge's sign first
    ],
)
def test_the_formula_answers_the_name(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.verdict is Verdict.ALIAS
    assert Grader(()).grade(expected, given) == result


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("iron(II) ions", "Fe3+"),  # another charge
        ("sodium chloride", "NaOH"),  # another substance
        ("carbon dioxide", "CO"),
        ("sulfate ions", "SO3 2-"),
        ("potassium iodide", "KI2"),  # charges not balanced so
        ("calcium hydroxide", "CaOH"),
        ("iron oxide", "FeO"),  # iron without its charge names no one oxide
        ("Warsaw Pact", "NATO"),
        ("CaCO3", "calcium carbonate"),  # a key written as a formula asks for the formula
        ("Fe³⁺", "iron(III) ions"),
    ],
)
def test_another_formula_stays_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct
