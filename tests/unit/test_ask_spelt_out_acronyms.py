"""/ask: "what does X stand for?" answered by a table row or a flashcard spelling X out in lower
case (issue 13, heldout15 class 3).

An expansion was found in brackets, after "=" or in capitals ("LAN: Local Area Network"); a key-terms
table's "Term: GDP; Meaning: gross domestic product – the value of …" and a flashcard answering
"Q: What is an SSRI?" with "A: Selective serotonin reuptake inhibitor – a kind of antidepressant"
spell it out in lower case, so the question, which wants an expansion and nothing else, was
refused. A line (or one of its cells) that opens with words whose initials are the asked acronym,
named beside it in another cell or in the card's question, now answers it. The decks are written
here and imported as an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

ECONOMICS = """# The economy

## Key terms

| Term | Meaning |
|---|---|
| **GDP** | gross domestic product – the value of everything a country produces in a year |
| **Inflation** | a general rise in prices over time |
| **MPC** | monetary policy committee – the Bank of England group that sets interest rates |
"""

MEDICINE = """--- Drugs ---
Q: What is an SSRI?
A: Selective serotonin reuptake inhibitor – a kind of antidepressant.
Q: How long do SSRIs take to work?
A: Usually two to four weeks.
Q: What do painkillers such as ibuprofen do?
A: They reduce inflammation and pain.
"""


@pytest.mark.parametrize(
    ("notes", "format", "name", "question", "lead"),
    [
        (ECONOMICS, "markdown", "notes.md", "what does gdp stand for", "gross domestic product"),
        (ECONOMICS, "markdown", "notes.md", "what does mpc stand for", "monetary policy"),
        (MEDICINE, "outline", "cards.txt", "what does ssri stand for", "Selective serotonin"),
    ],
)
def test_an_acronym_spelt_out_in_lower_case_is_its_expansion(
    notes: str, format: str, name: str, question: str, lead: str
) -> None:
    deck, index = imported(notes, format, name)
    assert lead in lead_of(answer_question(deck, index, question))


def test_an_acronym_never_spelt_out_stays_unanswered() -> None:
    deck, index = imported(ECONOMICS, "markdown", "notes.md")
    assert answer_question(deck, index, "what does imf stand for").status == "none"
