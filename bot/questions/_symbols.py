"""A formula's symbol in a question's heading that only the right option works with.

Round 14's blind review: "Which of these is listed under “Gravitational potential energy: Ep =
m x g x h”?" had one option working out "Ep = …" (the others worked out Ek, or said what c and k
stand for): the answer was picked by matching letters, not by knowing the physics. An option
"works with" a symbol when it sets it equal to something ("Ep = 5 x 9.8 x 2"), says what it
stands for ("c is the specific heat capacity") or names one that cannot be a unit ("Ek in
joules"); when the right options alone (or the wrong ones alone) work with the heading's
symbols, the question gives itself away.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# A formula: a symbol, "=", and what it equals ("Ep = m x g x h", "P=IV", "delta E = m c dT").
_FORMULA = re.compile(r"(?<![\w.])[^\W\d_][^\W_]{0,3}\s*=(?!=).*")
_SYMBOL = re.compile(r"(?<![\w.])[^\W\d_][^\W\d_]{0,2}\d?(?![\w.])")
# Words of a formula that are no symbols: its operators written out.
_OPERATORS = frozenset({"x", "X", "to", "of", "by", "per", "and", "or", "so"})
# What an option says of a symbol: "Ep = 5 x …", or "c is …" / "k = …" at its start.
_SETS = re.compile(r"(?<![\w.])([^\W\d_][^\W_]{0,3})\s*=(?!=)")
_STANDS_FOR = re.compile(r"^\W*([^\W\d_][^\W_]{0,3})\s+(?:is|are|means|stands)\b")


def formula_symbols(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The symbol the formula `text` gives defines ("Ep" of "Ep = m x g x h"), and all of its
    symbols, as written (case matters: "Ep" is not "ep"); empty sets for no formula."""
    found = _FORMULA.search(text)
    if found is None:
        return frozenset(), frozenset()
    formula = found.group()
    return frozenset(_SETS.findall(formula)[:1]), frozenset(_SYMBOL.findall(formula)) - _OPERATORS


def worked_symbols(option: str) -> frozenset[str]:
    """The symbols an option sets equal to something or says the meaning of."""
    said = set(_SETS.findall(option))
    meaning = _STANDS_FOR.match(option)
    if meaning is not None:
        said.add(meaning.group(1))
    return frozenset(said)


def symbol_gives_away(asked: str, right: Sequence[str], wrong: Sequence[str]) -> bool:
    """True when the right options alone work with the symbol the formula in `asked` defines
    ("P" of "P = I x V"), or with any of its symbols; or the wrong ones alone do."""
    defined, symbols = formula_symbols(asked)
    if not symbols or not right or not wrong:
        return False
    return _singles_out(defined, right, wrong) or _singles_out(symbols, right, wrong)


def _singles_out(symbols: frozenset[str], right: Sequence[str], wrong: Sequence[str]) -> bool:
    # A symbol of two letters or a capital ("Ep", "E", "V") is telling wherever it is named;
    # a lone small letter ("m", "h") is also a unit ("3 m/s"), so it counts only as worked.
    telling = frozenset(symbol for symbol in symbols if len(symbol) > 1 or symbol.isupper())

    def works(option: str) -> bool:
        named = telling.intersection(_SYMBOL.findall(option))
        return bool(named or symbols & worked_symbols(option))

    right_has, wrong_has = [works(o) for o in right], [works(o) for o in wrong]
    return (all(right_has) and not any(wrong_has)) or (all(wrong_has) and not any(right_has))
