"""/ask: a table row defines its first cell, not its column (issue 13, heldout15 class 5).

Markdown notes keep their key terms in a table ("| Term | Meaning |"), imported one row a line as
"Term: Firewall; Meaning: …". Read as a "Label: definition" line, the row defined "Term", so "what
is a firewall?" passed it over for any line saying "Firewalls are …". A line opening with the same
column name as the line before or after it in the topic is a table row, and what it defines is the
value of its first cell. A lone "Causes: …; Effects: …" line is no table. The decks are written
here and imported as an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

NETWORKS = """# Network security

## Key terms

| Term | Meaning |
|---|---|
| **Firewall** | hardware or software that blocks unauthorised traffic into a network |
| **Malware** | software written to damage a computer or steal data |
| **Phishing** | fake emails that trick users into giving away passwords |

## Protecting a network
- Firewalls are often built into home routers by the manufacturer
- Malware is often spread by USB sticks found in car parks
- Phishing is the most common attack on schools
"""

ECOLOGY = """# Ecology

## Words to learn

| Word | What it means | Example |
|---|---|---|
| **Producer** | an organism that makes its own food by photosynthesis | grass |
| **Decomposer** | an organism that breaks down dead material | fungi |

## Food chains
- Producers are always the first link in a food chain
- Decomposers are left out of most food chain diagrams
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (NETWORKS, "what is a firewall", "blocks unauthorised traffic"),
        (NETWORKS, "what is malware", "written to damage a computer"),
        (ECOLOGY, "what is a decomposer", "breaks down dead material"),
    ],
)
def test_a_table_row_defines_its_first_cell(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))
