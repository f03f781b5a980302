"""Round 13's blind review, class 2 (issue 14): wrong options of another kind. A system (a way a
state or an economy is run) is no policy, and a definition telling what happened (an event) is
never asked among groups or ideas. Tested on politics and history notes written here, never on
the reviewed decks (B25: Autocracy among War Communism and the NEP; B17: Foreign intervention,
"Britain, France, the USA and Japan sent troops …", among the Reds and the Greens)."""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionKind
from knowledge.model import Deck
from tests.unit import questioning

ECONOMY = """# Politics: running an economy

## Economic policies and systems
- **Austerity**: a policy of cutting government spending to reduce debt.
- **Quantitative easing**: a policy of creating money to buy government bonds.
- **Privatisation**: a policy of selling state-owned industries to private owners.
- **Autarky**: a system in which a country produces everything it needs without trade.
- **Mixed economy**: a system in which both the state and private firms own industry.
"""

SUEZ = """# The Suez Crisis 1956

## Who was involved
- **Free Officers**: army officers who overthrew the Egyptian king in 1952.
- **Wafd**: the nationalist party that had led Egypt before the revolution.
- **Muslim Brotherhood**: a religious movement opposed to the Free Officers.
- **Operation Musketeer**: Britain, France and Israel invaded Egypt to retake the canal.
"""


def _asked(tmp_path: Path, name: str, text: str, *kinds: QuestionKind) -> list[Question]:
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    deck: Deck = questioning.imported_notes(notes)
    return questioning.every_question(deck, range(6), *kinds)


def test_a_system_is_never_asked_among_policies(tmp_path: Path) -> None:
    policies = {"Austerity", "Quantitative easing", "Privatisation"}
    kinds = (QuestionKind.DEFINITION_TO_TERM, QuestionKind.CHOICE)
    asked = [q for q in _asked(tmp_path, "economy.md", ECONOMY, *kinds) if q.answers]
    seen = 0
    for q in asked:
        if q.answers[0] in ("Autarky", "Mixed economy"):
            seen += 1
            assert not policies & set(q.options), (q.prompt, q.options)
        if q.answers[0] in policies:
            assert not {"Autarky", "Mixed economy"} & set(q.options), (q.prompt, q.options)
    assert seen


def test_an_event_is_never_asked_among_groups(tmp_path: Path) -> None:
    kinds = (QuestionKind.DEFINITION_TO_TERM, QuestionKind.TERM_TO_DEFINITION)
    groups = {"Free Officers", "Wafd", "Muslim Brotherhood"}
    seen = 0
    for q in _asked(tmp_path, "suez.md", SUEZ, *kinds):
        if q.answers[0] == "Operation Musketeer":
            seen += 1
            assert not groups & set(q.options), (q.prompt, q.options)
        elif q.kind is QuestionKind.DEFINITION_TO_TERM:
            assert "Operation Musketeer" not in q.options, (q.prompt, q.options)
    assert seen
