"""Lead-in labels on a line of their own ("Causes:", "Course:", "Key dates:", "Why did so many
follow him?") head the lines under them, bulleted or not, and the next label ends the section of
the one before (round 24: a "Causes:" label in Markdown ran on over the "Course:" and
"Consequences:" sections after it, so consequences were asked as causes). Notes written here,
in history and in the history of navigation."""

from __future__ import annotations

from pathlib import Path

from knowledge.model import Deck
from tests.unit.asking import imported

PAGES = Path(__file__).resolve().parents[1] / "data" / "import_pages"
TAIPING = (PAGES / "taiping.md").read_text(encoding="utf-8")

LONGITUDE = """# Finding longitude at sea

## John Harrison
- Carpenter from Lincolnshire, born 1693
- Built four marine timekeepers, H1 to H4
Problems at sea:
rolling of the ship upset a pendulum
changes of temperature changed the length of the balance spring
Harrison's answers:
two linked balances swinging in opposite directions (H1)
a bimetallic strip to make up for heat and cold
Exam tip:
Name the prize: the Longitude Act of 1714 offered £20,000.
"""


def _groups(deck: Deck) -> dict[str, str]:
    """Each fact's line and the lead-in it is read under ("" for none)."""
    return {fact.raw: str(fact.group or "") for topic in deck.topics for fact in topic.facts}


def _leads(deck: Deck) -> dict[str, str]:
    """The lead-in of every fact, the lead-in's label without its colon."""
    return {raw: group.rstrip(":") for raw, group in _groups(deck).items()}


def test_a_label_after_a_list_item_heads_its_own_lines_not_the_item_above() -> None:
    leads = _leads(imported(TAIPING, "markdown", "taiping.md")[0])
    assert leads["population had doubled since 1700 → land shortage"] == "Causes"
    assert leads["1853: Taiping armies took Nanjing and made it their capital"] == "Course"
    assert leads["c. 20 million dead – the deadliest civil war in history"] == "Consequences"
    assert leads["1864: Nanjing fell; Hong had died weeks before"] == "Key dates"
    # the label is not run into the line above it, as a Markdown renderer would
    assert not any(raw.endswith(("Course:", "Consequences:", "Key dates:")) for raw in leads)


def test_a_question_on_its_own_line_heads_the_list_under_it() -> None:
    leads = _leads(imported(TAIPING, "markdown", "taiping.md")[0])
    assert leads["hatred of the Manchu Qing rulers"] == "Why did so many follow him?"
    assert (
        "1843: read a Christian tract and came to believe he was the younger brother of Jesus"
        in (leads)
    )


def test_unbulleted_lines_under_a_label_are_its_items_until_the_next_label() -> None:
    deck = imported(LONGITUDE, "markdown", "longitude.md")[0]
    leads = _leads(deck)
    assert leads["rolling of the ship upset a pendulum"] == "Problems at sea"
    assert (
        leads["changes of temperature changed the length of the balance spring"]
        == "Problems at sea"
    )
    assert leads["a bimetallic strip to make up for heat and cold"] == "Harrison's answers"


def test_one_line_under_a_label_stays_that_labels_sentence() -> None:
    groups = _groups(imported(LONGITUDE, "markdown", "longitude.md")[0])
    assert groups["Exam tip: Name the prize: the Longitude Act of 1714 offered £20,000."] == ""


SUEZ = """The Suez Crisis

Background
Nasser became president of Egypt in 1954.
Causes:
  Nasser nationalised the canal company in July 1956
  Britain feared for its oil supplies
Course:
  Israel invaded Sinai on 29 October

Aftermath
Eden resigned in January 1957.
"""

SEMAPHORE = """Flag semaphore

Signalling
Two flags spell each letter by the angle of the arms.
Advantages:
quick to learn
needs no power

Limits
Flags cannot be read at night.
"""


def test_a_plain_text_label_ends_with_its_lines_not_at_the_next_label() -> None:
    deck = imported(SUEZ, "outline", "suez.txt")[0]
    where = {fact.raw: topic.title for topic in deck.topics for fact in topic.facts}
    assert where["Britain feared for its oil supplies"] == "Causes"
    assert where["Israel invaded Sinai on 29 October"] == "Course"
    # not indented under "Course:": the label's section ended with its indented lines
    assert where["Eden resigned in January 1957."] != "Course"


def test_a_blank_line_ends_an_unindented_labels_lines() -> None:
    deck = imported(SEMAPHORE, "outline", "semaphore.txt")[0]
    where = {fact.raw: topic.title for topic in deck.topics for fact in topic.facts}
    assert where["needs no power"] == "Advantages"
    assert where["Flags cannot be read at night."] != "Advantages"


def test_a_question_on_its_own_line_heads_the_plain_lines_under_it() -> None:
    notes = (
        "Flag semaphore\n\nSignalling\nTwo flags spell each letter by the angle of the arms.\n"
        "Why did the navy keep it?\nit needs no power or radio\nit cannot be overheard\n\n"
        "Limits\nFlags cannot be read at night.\n"
    )
    groups = _groups(imported(notes, "outline", "semaphore.txt")[0])
    assert groups["it cannot be overheard"] == "Why did the navy keep it?"
    assert groups["Flags cannot be read at night."] == ""


def test_a_sentence_wrapped_under_a_label_stays_one_line() -> None:
    notes = (
        "# Kites\n\n## Flying\nTip:\n"
        "keep the line taut when the wind drops and walk backwards slowly so that\n"
        "the kite climbs again.\nRules:\nnever fly near power lines\nnever fly in a storm\n"
    )
    groups = _groups(imported(notes, "markdown", "kites.md")[0])
    assert (
        "Tip: keep the line taut when the wind drops and walk backwards slowly so that the kite "
        "climbs again." in groups
    )
    assert groups["never fly in a storm"] == "Rules"


def test_a_label_inside_a_group_is_carried_on_each_of_its_lines() -> None:
    notes = (
        "# The First Opium War\n\n## Ending\nConsequences:\n"
        "- **Treaty of Nanking (1842)**:\n"
        "  - Hong Kong Island ceded to Britain\n"
        "  - five treaty ports opened to British trade\n"
        "- the Qing lost prestige at home\n"
    )
    groups = _groups(imported(notes, "markdown", "opium.md")[0])
    assert groups["Treaty of Nanking (1842): Hong Kong Island ceded to Britain"] == "Consequences"
    assert groups["Treaty of Nanking (1842): five treaty ports opened to British trade"] == (
        "Consequences"
    )
    assert "Treaty of Nanking (1842):" not in groups  # not a line of its own
    assert groups["the Qing lost prestige at home"] == "Consequences"
