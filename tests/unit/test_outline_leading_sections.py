"""Plain-text notes numbered "1.", "2.", "3." where only a later section has sub-sections ("3.1"):
the first sections are sections too, not lines of the title; and a byline naming the class's
teacher ("Year 9 - Ms Patel") is never taken for the notes' title."""

from __future__ import annotations

import json

from knowledge.importers import import_bytes_with_report

BRITAIN = """THE BATTLE OF BRITAIN, 1940 - GCSE History revision
Year 9 - Ms Patel

1. Background
France fell to Germany in June 1940.
Hitler planned an invasion of Britain called Operation Sea Lion.

2. The two air forces
The RAF had about 650 fighters in July 1940.
The Luftwaffe had over 2,500 aircraft.

3. Why the RAF won
3.1 Radar
Chain Home radar stations gave early warning of raids.
3.2 The Dowding System
Fighter Command linked radar, observers and airfields by telephone.

4. Results
Hitler postponed Sea Lion in September 1940.
"""

STEPS = """Making a cheese sandwich
1. Butter two slices of bread
2. Grate the cheese
3. Assemble
3.1 Cheese on one slice
The grated cheese goes on the buttered side.
3.2 Second slice on top
Press it down firmly.
"""


def _topics(text: str, name: str) -> tuple[str, list[str]]:
    mapping = json.loads(json.dumps(import_bytes_with_report(text.encode(), name).mapping))
    return mapping["deck"]["title"], [topic["title"] for topic in mapping["topics"]]


def test_sections_before_the_first_with_subsections_are_sections() -> None:
    title, topics = _topics(BRITAIN, "britain.txt")
    assert title.startswith("THE BATTLE OF BRITAIN, 1940")
    assert topics[:3] == ["Background", "The two air forces", "Why the RAF won"]
    assert "Results" in topics
    assert "Ms Patel" not in title and "Ms Patel" not in topics


def test_a_numbered_list_of_steps_before_a_section_stays_a_list() -> None:
    _, topics = _topics(STEPS, "sandwich.txt")
    assert "Butter two slices of bread" not in topics
    assert "Grate the cheese" not in topics
