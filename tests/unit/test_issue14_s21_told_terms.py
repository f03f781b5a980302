"""A key term whose definition tells what happened is asked as what its name says it is
(issue 14, round 23b A57).

"Which term means: “Mughal army defeated Hemu, who had seized Delhi”?" framed a battle as a
term. These key terms on the Hanseatic League name a treaty and a battle by what happened, and
two things by what they are.
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import QuestionKind
from tests.unit import questioning

_NOTES = """\
# The Hanseatic League

## Key terms

- **Treaty of Stralsund**: Denmark gave the Hanse free trade and four castles on the Sound
- **Battle of Visby**: Danish troops defeated the Gotland farmers outside the town walls
- **Kontor**: foreign trading post of the League
- **Cog**: broad, flat-bottomed sailing ship with one mast
- **Staple right**: a town's right to make passing merchants offer their goods for sale there
- **Verhansung**: expulsion of a town from the League
"""


def test_what_happened_is_asked_as_what_it_was(tmp_path: Path) -> None:
    notes = tmp_path / "hanse.md"
    notes.write_text(_NOTES, encoding="utf-8")
    deck = questioning.imported_notes(notes)
    prompts = {
        q.prompt
        for q in questioning.every_question(deck, range(3), QuestionKind.DEFINITION_TO_TERM)
    }
    assert not [p for p in prompts if p.startswith("Which term means: “Denmark gave")]
    assert not [p for p in prompts if p.startswith("Which term means: “Danish troops")]
    assert any(p.startswith("Which battle is this: “Danish troops") for p in prompts), prompts
    assert "Which term means: “foreign trading post of the League”?" in prompts
