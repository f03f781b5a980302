"""A line whose person a line above it introduces is not asked alone (issue 14, round 23).

Round 23 asked "Decline and fall (End of the dynasty): Exiled by the British to Rangoon …; died
there in 1862" and "Named leader of the 1857 Rebellion …" with nobody named: the list's first
line ("Last emperor: Bahadur Shah Zafar …") said who (A15, A32; round 23b A23, A43). These notes
are on the Hanseatic League.
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import QuestionGenerator
from tests.unit import questioning

_NOTES = """\
# The Hanseatic League

## Decline

- The last years of the Kontors:
  - Syndic of the League: Heinrich Sudermann of Cologne
  - Appointed in 1556 to speak for all the member towns
  - Sent to England in 1560 to defend the Steelyard's rights
- Elizabeth I closed the Steelyard in 1598 → English merchants took over the cloth trade
- Herring shoals moved from the Baltic to the North Sea in the 15th century
- Dutch fluyts were cheaper to run than the cog
- The last Diet met in 1669; only Lübeck, Hamburg and Bremen attended

## Founders

- Henry the Lion, Duke of Saxony:
  - His rival: Count Adolf of Holstein
  - Refounded Lübeck in 1159 after a fire destroyed the first town
  - Granted the town its own market and mint

## Valdemar IV (r. 1340–1375)

- Sacked Visby in 1361 → the League declared war on Denmark
- Defeated at sea by the League in 1368
"""


def test_a_line_about_the_person_above_is_not_asked_alone(tmp_path: Path) -> None:
    notes = tmp_path / "hanse.md"
    notes.write_text(_NOTES, encoding="utf-8")
    deck = questioning.imported_notes(notes)
    shown = [
        text
        for seed in range(3)
        for q in QuestionGenerator(deck, seed=seed).all_candidates()
        for text in (q.prompt, *q.options)
    ]
    assert not [text for text in shown if "Appointed in" in text or "Sent to England" in text]
    assert any("Sudermann" in text or "Syndic" in text for text in shown)  # its own line is
    # Under a heading naming its subject, a line with none is asked as before, even after a
    # line naming someone else.
    assert any("Sacked Visby" in text for text in shown)
    assert any("Refounded Lübeck" in text for text in shown)
