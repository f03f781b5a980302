"""`is_adjective` answers "is `term_form` ADJECTIVE?" without the rest of `term_form` (a big
upload asks it of every card): a describing word before a statement ("Unreliable: no electricity
is generated …") is one; a subject's adjective defined by what it has, a noun, a name of several
words or a describing word before a noun phrase is not. The two must never disagree."""

from __future__ import annotations

import pytest

from bot.questions._repeated_labels import describes_a_statement
from bot.questions._term_forms import ADJECTIVE, is_adjective, term_form

CASES = [
    ("Unreliable", "no electricity is generated when the wind is not blowing", True),
    ("Harmless", "no damage is done to the cells around it", True),
    ("Unreliable (wind)", "no electricity is generated when the wind is not blowing", True),
    ("Reliable", "a source that can be trusted", False),
    ("Heterozygous", "having two different alleles", False),
    ("Dangerous", "", False),
    ("Wind power", "no electricity is generated when the wind is not blowing", False),
    ("Wyatt Earp", "a lawman in Dodge City", False),
    ("Self-reliant", "no help is needed from anyone", False),
    ("Osmosis", "water moves across a membrane", False),
]


@pytest.mark.parametrize(("term", "definition", "adjective"), CASES)
def test_is_adjective_agrees_with_term_form(term: str, definition: str, adjective: bool) -> None:
    assert is_adjective(term, definition) is adjective
    assert (term_form(term, definition) == ADJECTIVE) is adjective
    assert describes_a_statement(term, definition) is adjective
