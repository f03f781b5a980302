"""/ask: an acronym the notes never write, spelt out in lower case on a line that has a dash or an
accent somewhere (issue 13, session 15 class b).

`FactSearch._spelt_out` looks for the words whose initials are the asked letters in the notes'
folded text. Each line was folded as one word, which for a line with any non-ASCII character
("–", "é") kept only its first word, so "the musical instrument digital interface" after an en
dash was never found and "what is MIDI?" was refused. The deck is written here and imported the
way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

MUSIC = """# Music technology

## Recording
- Sequencers store notes as data – the musical instrument digital interface carries them to a synth
- A microphone turns sound into an electrical signal
- Reverb adds echo – it makes a dry recording sound like a big hall
- Client–server studios: server hardware is costly, shared drives are cheap
- Café demos: the band’s débuts are taped live – a cheap way to hear how the songs feel
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is MIDI", "musical instrument digital interface"),
        ("what does MIDI do", "musical instrument digital interface"),
    ],
)
def test_an_acronym_spelt_out_after_a_dash_or_accent_is_found(question: str, lead: str) -> None:
    deck, index = imported(MUSIC, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize("question", ["what is an EQ plugin", "what port does SSH use"])
def test_letters_spelling_nothing_in_the_notes_stay_unanswered(question: str) -> None:
    # "Client–server studios: server hardware" spells no SSH: the colon ends the run, folded
    # or not
    deck, index = imported(MUSIC, "markdown", "notes.md")
    assert answer_question(deck, index, question).status == "none"
