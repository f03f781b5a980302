"""Round-10 review, "Which of these is the reason?": wrong options were reasons other lines give
anywhere in the notes, so a question on sound in a vacuum offered "Almost no current should flow
through a voltmeter" and "A fault could make the case live" (ruled out unread), and a reason that
speaks of the asked claim's own subject could be argued right too. Now the wrong reasons come
from the line's own section, never name their own claim's subject nor the asked line's. Notes
written for these tests (tests/data/quiz_kinds/reasons_chemistry.md) and inline."""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionKind
from bot.questions._because import ASK
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold
from tests.unit import questioning

DATA = Path(__file__).parents[1] / "data" / "quiz_kinds"
# Each section's reasons, as the notes give them (the part after "because").
SECTIONS = {
    "Bonding and structure": {
        "strong electrostatic forces hold the lattice together",
        "every carbon atom forms four strong covalent bonds",
        "the layers can slide over each other",
        "delocalised electrons carry charge through the structure",
        "the forces between molecules are weak",
    },
    "Rates of reaction": {
        "a larger surface area gives more frequent collisions",
        "particles move faster and collide with more energy",
        "a different pathway needs less activation energy",
        "more particles are crowded into the same volume",
    },
    "The atmosphere": {
        "greenhouse gases absorb infrared radiation",
        "polar ice sheets are melting",
        "algae and plants photosynthesised",
        "sulfur dioxide dissolves in rainwater to form an acid",
    },
}


def _why(deck: Deck) -> list[Question]:
    return [
        q
        for q in questioning.every_question(deck, range(3), QuestionKind.REASON)
        if q.prompt.endswith(ASK)
    ]


def test_wrong_reasons_come_from_the_asked_lines_own_section() -> None:
    questions = _why(questioning.imported_notes(DATA / "reasons_chemistry.md"))
    sections = {section for q in questions for section in SECTIONS if q.prompt.startswith(section)}
    assert sections == set(SECTIONS) - {"The atmosphere"} or sections == set(SECTIONS)
    assert len({q.prompt for q in questions}) >= 6
    for q in questions:
        section = next(s for s in SECTIONS if q.prompt.startswith(f"{s}:"))
        for option in q.options:
            assert fold(option) in {fold(r) for r in SECTIONS[section]}, (q.prompt, option)


WAVES = """# Physics

## Waves

- Sound cannot travel through a vacuum. Because: it needs particles to pass on the vibrations.
- Ultraviolet can cause skin cancer. Because: ultraviolet is ionising radiation.
- Echoes are heard in empty halls because hard walls reflect most of the sound.
- Radio signals reach far across hills because long waves diffract around obstacles.

## Electricity

- Voltmeters have a very high resistance because almost no current should flow through a voltmeter.
- Appliances with metal cases are earthed because a fault could make the case live.
- Wires are thick in a kettle because a large current flows through the heating element.
"""


def test_a_reason_naming_its_own_claim_or_the_asked_one_is_not_offered() -> None:
    mapping = import_text(WAVES, source_name="waves.md", format="markdown")
    deck = parse_deck(dump_deck(mapping), "waves.yaml")
    questions = _why(deck)
    assert any(q.prompt.startswith("Waves: Sound cannot travel") for q in questions)
    electricity = {"almost no current", "a fault could", "a large current"}
    for q in questions:
        wrong = [fold(o) for i, o in enumerate(q.options) if i not in q.correct]
        for option in wrong:
            # another section's reason stands out; "ultraviolet is ionising radiation" names
            # its own claim's subject, so it is ruled out unread beside any other claim
            assert not any(option.startswith(e) for e in electricity), (q.prompt, option)
            assert "ultraviolet" not in option, (q.prompt, option)
