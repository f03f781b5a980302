"""LaTeX handouts' quantities, formulas and links as a student reads them typeset: blind quiz round 26
asked "the present tower, _____ tall" with the key "49" because `\\SI{49}{\\metre}` lost its unit,
and left `$= \\SI{1852}{\\metre}$` raw in a stem. Shown on two handouts of our own (bridges,
dinosaurs and fossils) and on single macros."""

from __future__ import annotations

import pytest

from knowledge.importers import import_text
from knowledge.importers.latex import latex_text
from knowledge.model import Deck
from tests.unit.asking import imported
from tests.unit.formats_helpers import SAMPLES, facts, questions, quiz_sample, written


def _deck(name: str) -> Deck:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    return imported(text, "latex", name)[0]


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        (r"\SI{49}{\metre}", "49 m"),
        (r"\SI{22}{\kilo\metre}", "22 km"),
        (r"\qty{3.5}{\metre\per\second}", "3.5 m/s"),
        (r"\SI{9.81}{\metre\per\second\squared}", "9.81 m/s²"),
        (r"\si{\kilo\gram\per\cubic\metre}", "kg/m³"),
        (r"\unit{\newton\metre}", "N m"),
        (r"\SI{5}{km/h}", "5 km/h"),
        (r"\num{1.2e3}", "1.2 × 10³"),
        (r"\num{3.0 +- 0.1}", "3.0 ± 0.1"),
        (r"\SIrange{10}{20}{\celsius}", "10–20 °C"),
        (r"\SI{50}{\percent}", "50%"),
        (r"\ang{30}", "30°"),
        (r"\SI{3}{\furlong}", "3 furlong"),  # a unit not in the table keeps its name
        (r"1 M $= \SI{1852}{\metre}$", "1 M = 1852 m"),
        (r"$30^\circ$", "30°"),
        (r"$5\,\mathrm{km}^2$", "5 km²"),
        (r"$3 \times 10^{8}\,\mathrm{m\,s^{-1}}$", "3 × 10⁸ m s⁻¹"),
        (r"$\SI{3}{\metre\tothe{4}}$", "3 m⁴"),
        (r"$F = ma$", "$F = ma$"),  # maths with variables stays as typed
        (r"\ce{H2SO4}", "H₂SO₄"),
        (r"\ce{SO4^2-}", "SO₄²⁻"),
        (r"\ce{2H2 + O2 -> 2H2O}", "2H₂ + O₂ → 2H₂O"),
        (r"\pounds 5", "£5"),
        (r"about\texttildelow 3", "about~3"),
        (r"19\textsuperscript{th}", "19th"),
        (r"m\textsuperscript{2}", "m²"),
        (r"\href{https://example.org}{the museum's site}", "the museum's site"),
    ],
)
def test_a_macro_reads_as_it_is_typeset(typed: str, read: str) -> None:
    assert latex_text(typed) == read
    notes = f"\\section{{S}}\nThe notes say {typed} in class.\n"
    assert read in str(import_text(notes, format="latex"))


def test_a_footnote_is_read_in_brackets_inside_the_sentence_it_marks() -> None:
    typed = r"Mantell named it in 1825.\footnote{Some say 1822.} Buckland came first."
    assert latex_text(typed) == "Mantell named it in 1825 (Some say 1822). Buckland came first."
    notes = import_text(f"\\section{{Finds}}\n{typed}\n", format="latex")
    assert notes["topics"][0]["facts"][0] == "Mantell named it in 1825 (Some say 1822)."
    # a bare URL is written out (the notes importer then leaves links out of facts)
    assert latex_text(r"\url{https://example.org/a_b}") == "https://example.org/a_b"


def test_a_unit_the_handout_declares_reads_as_its_symbol() -> None:
    notes = (
        "\\documentclass{article}\n\\usepackage{siunitx}\n\\DeclareSIUnit\\year{yr}\n"
        "\\DeclareSIUnit[mode=text]{\\span}{\\text{spans}}\n\\begin{document}\n"
        "\\section{Finds}\nIchthyosaurs swam \\SI{200}{\\mega\\year} ago; the bridge has "
        "\\SI{3}{\\span} and a \\tablenum{1.5e3} tonne deck.\n\\end{document}\n"
    )
    facts = import_text(notes, format="latex")["topics"][0]["facts"]
    assert facts == [
        "Ichthyosaurs swam 200 Myr ago; the bridge has 3 spans and a 1.5 × 10³ tonne deck."
    ]


def test_quantities_keep_their_units_in_a_bridges_handout() -> None:
    deck = _deck("bridges.tex")
    assert "Sydney Harbour Bridge (1932) has a steel arch spanning 503 m." in facts(
        deck, "Arch bridges"
    )
    terms = {term.term: term.definition for term in deck.terms}
    assert terms["Expansion joint"].endswith("about 5 cm wide on a long span.")
    assert terms["Camber"] == "the slight upward curve of a deck, typically 1 in 40 or about 1.5°."
    # an \emph label of a description list is one key term, not "***Millennium Bridge***"
    assert any(term.startswith("Millennium Bridge") for term in terms)
    everything = "\n".join(written(deck))
    assert "53 m/s" in everything and "2400 kg/m³" in everything and "2–5 MPa" in everything
    assert "Fe₂O₃.xH₂O" in everything
    assert "the Institution of Civil Engineers" in everything
    for raw in ("\\", "$", "{", "}"):
        assert raw not in everything


def test_a_quiz_on_a_fossils_handout_never_drops_a_unit() -> None:
    deck = _deck("dinosaurs.tex")
    assert "Argentinosaurus may have weighed 70 t (Estimates range from 65 to 80 tonnes)." in facts(
        deck, "Famous finds"
    )
    stems = questions(quiz_sample(SAMPLES / "dinosaurs.tex", n=30))
    assert stems
    for stem in stems:
        assert "$" not in stem and "\\" not in stem, stem
    everything = "\n".join(written(deck))
    assert "66 Myr ago" in everything and "1.25 × 10⁹ years" in everything
    assert "35000–57000 N" in everything and "37 °C" in everything
