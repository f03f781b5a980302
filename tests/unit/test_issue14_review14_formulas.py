"""Round 14's blind review (issue 14), notes with formulas and worked figures: a formula's symbol
giving the answer away ("listed under “…: Ep = m x g x h”" with "Ep" in the right option
alone), and the notes' own label blanked ("_____: a motor given 500 J …" -> "Worked figure").
Tested on electricity notes written here, never on the reviewed deck."""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionKind
from knowledge.model import Deck
from tests.unit import questioning

ELECTRICITY = """ELECTRICITY
GCSE revision outline

CIRCUIT EQUATIONS
  Charge: Q = I x t
    - Worked figure: a current of 2 A for 5 s moves Q = 2 x 5 = 10 C.
    - t is the time in seconds.
  Power: P = I x V
    - Worked figure: a current of 3 A at 230 V gives P = 3 x 230 = 690 W.
    - P is measured in watts.
  Resistance: R = V / I
    - Worked figure: 12 V across a current of 2 A gives R = 12 / 2 = 6 ohms.
    - V is the potential difference in volts.

ENERGY IN CIRCUITS
  - Worked figure: a 60 W lamp left on for 100 s transfers 6000 J of energy.
  - Fuses melt when the current is too high, breaking the circuit.
  - The earth wire carries current away safely if the case becomes live.
"""


def _asked(tmp_path: Path, text: str, *kinds: QuestionKind) -> list[Question]:
    notes = tmp_path / "electricity.txt"
    notes.write_text(text, encoding="utf-8")
    deck: Deck = questioning.imported_notes(notes)
    return questioning.every_question(deck, range(6), *kinds)


def test_a_formula_symbol_never_gives_the_listed_line_away(tmp_path: Path) -> None:
    seen = 0
    for q in _asked(tmp_path, ELECTRICITY, QuestionKind.REASON):
        if "listed under" not in q.prompt or "=" not in q.prompt:
            continue
        seen += 1
        symbol = q.prompt.split("“", 1)[1].split(":", 1)[1].split("=", 1)[0].strip()
        right = [o for i, o in enumerate(q.options) if i in q.correct]
        wrong = [o for i, o in enumerate(q.options) if i not in q.correct]
        right_has = [f"{symbol} =" in o or o.startswith(f"{symbol} ") for o in right]
        wrong_has = [f"{symbol} =" in o or o.startswith(f"{symbol} ") for o in wrong]
        assert not (all(right_has) and not any(wrong_has)), (q.prompt, q.options)
        assert not (all(wrong_has) and not any(right_has)), (q.prompt, q.options)
    assert seen  # the headings with no symbol in their options are still asked


def test_a_label_the_notes_repeat_is_never_an_answer_or_an_option(tmp_path: Path) -> None:
    asked = _asked(tmp_path, ELECTRICITY)
    assert asked
    for q in asked:
        assert "Worked figure" not in q.answers, (q.prompt, q.answers)
        assert "Worked figure" not in q.options, (q.prompt, q.options)
        assert "“Worked figure”" not in q.prompt, q.prompt
