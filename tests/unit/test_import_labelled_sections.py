"""Plain-text mark schemes and worksheets headed "QUESTION 3 (4 marks) …", "Part 2 …" (issue 13,
heldout19's contract-law mark scheme): each labelled line at the margin starts a section, and a
long lead-in ("Award 1 mark for each …:") over lines that have lines of their own keeps the nearer
lead-in for those ("- Hooke's law … " over "spring stretched twice as far …"). Decks written here,
in another subject."""

from __future__ import annotations

from pathlib import Path

from knowledge.importers.labelled_headings import labelled_headings
from knowledge.importers.nesting import Line
from tests.unit.asking import ask_json, imported

MARKS = """GCSE PHYSICS – FORCES: MOCK MARK SCHEME
Use with the level descriptors at the end.

QUESTION 1 (1 mark) Which ONE of these is a vector?
Answer: C – velocity.

QUESTION 2 (4 marks) Explain how a spring behaves when it is stretched.
Award 1 mark for each point made, up to 3 marks, plus 1 mark for an example:
  - Hooke's law: extension is proportional to force up to the limit of proportionality.
    A spring pulled with twice the force stretches twice as far.
  - Beyond the elastic limit the spring is permanently deformed.
  - Elastic potential energy stored = 0.5 × k × e².

QUESTION 3 (3 marks) Describe terminal velocity.
Award 1 mark for: weight is balanced by air resistance.
Award 1 mark for: the resultant force is zero so the speed stays constant.
"""


def _line(number: int, text: str, indent: int = 0) -> Line:
    return Line(number, indent, None, text, raw_text=text)


def test_each_labelled_line_starts_a_section() -> None:
    deck, _ = imported(MARKS, "outline", "forces.txt")
    titles = [topic.title for topic in deck.topics]
    assert any(title.startswith("QUESTION 2 (4 marks) Explain how a spring") for title in titles)
    assert any(title.startswith("QUESTION 3 (3 marks) Describe terminal") for title in titles)
    assert not any(title.startswith("Award") for title in titles)


def test_a_line_under_a_case_keeps_that_case_as_its_lead_in() -> None:
    deck, _ = imported(MARKS, "outline", "forces.txt")
    groups = {fact.raw: fact.group for topic in deck.topics for fact in topic.facts}
    stretch = "A spring pulled with twice the force stretches twice as far."
    assert str(groups[stretch]).startswith("Hooke's law")
    deformed = "Beyond the elastic limit the spring is permanently deformed."
    assert str(groups[deformed]).startswith("Award 1 mark for each")


def test_a_question_is_answered_from_its_section(tmp_path: Path) -> None:
    notes = tmp_path / "forces.txt"
    notes.write_text(MARKS, encoding="utf-8")
    reply = ask_json("what is terminal velocity", notes)
    assert reply["status"] == "answer"
    assert "weight is balanced by air resistance" in reply["text"]
    assert reply["topic"].startswith("QUESTION 3")


def test_labels_count_only_in_order_and_at_least_three() -> None:
    two = [_line(1, "Question 1 What is a force?"), _line(2, "Question 2 What is mass?")]
    assert labelled_headings(two) == {}
    three = [*two, _line(3, "Question 3 What is weight?")]
    assert set(labelled_headings(three)) == {1, 2, 3}
    backwards = [_line(1, "Part 3 recap"), _line(2, "Part 1 intro"), _line(3, "Part 2 more")]
    assert labelled_headings(backwards) == {}
    indented = [_line(n, f"Unit {n} notes", indent=2) for n in (1, 2, 3)]
    assert labelled_headings(indented) == {}
