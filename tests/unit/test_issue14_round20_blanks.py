"""Round-20 blind review, classes 3, 4 and 6: blanks on an aside, a label or an exclusion, two
right options, and a describing word kept as an answer. Seen: "(Caribbean, India, _____)",
"(Emerson's poem, _____)", "Charles Townshend (Chancellor of the _____)", "_____ = the Mississippi
River" (western border), "_____ colonies (NOT Georgia)" with 13 among the options, porphyritic's
definition beside phenocryst's, and "chlorite (low)" accepting "low". The notes here are written
for these tests (the Silk Road), beside the round's own decks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit import questioning
from tests.unit.questioning import imported_notes

ROOT = Path(__file__).resolve().parents[2]
ROUND20_A = ROOT / "docs" / "quiz-review" / "20-deckA.notes.md"
ROUND20_B = ROOT / "docs" / "quiz-review" / "20-deckB.notes.txt"

NOTES = """# The Silk Road

## Routes and goods

- caravans carried luxury goods west (silk, porcelain, lacquerware)
- the name "the Silk Road" (Richthofen's coinage, 1877) is modern
- Zhang Qian (Envoy of the Han court) opened contacts with Central Asia in 138 BC
- eastern terminus = the city of Chang'an
- 4 oasis cities (NOT Merv) paid tribute to the Han
- silk grades: raw silk (coarse), then spun silk, then organzine thread, then satin (fine)
- Buddhism spread east along the routes from India to China

## Key terms

- caravanserai: a roadside inn where travelling merchants and their camels rested overnight
- khan: a roadside inn where merchants and their camels rested in towns
- tribute: gifts sent to the emperor to show loyalty
- oasis: a fertile spot in a desert where water is found
- entrepot: a port where goods are traded on without being taxed
"""


@cache
def _asked() -> tuple[Question, ...]:
    mapping = import_text(NOTES, source_name="notes.md", format="markdown")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    return tuple(questioning.every_question(deck, range(3)))


def _blanked(questions: tuple[Question, ...], words: str) -> list[Question]:
    return [
        q
        for q in questions
        if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE) and words in q.source_fact
    ]


def test_an_aside_in_brackets_is_not_blanked() -> None:
    asked = _asked()
    goods = _blanked(asked, "lacquerware")
    assert not [q.prompt for q in goods if "_____)" in q.prompt], [q.prompt for q in goods]
    name = _blanked(asked, "Richthofen")
    # The blank that line offered is "Silk Road", the deck's own title: not asked (round 26, class 7).
    assert not [q.prompt for q in name if q.answers[0] == "Silk Road"], [q.prompt for q in name]
    assert not [
        q.prompt for q in name if "(_____'s coinage" in q.prompt or "age, _____)" in q.prompt
    ]
    envoy = _blanked(asked, "Zhang Qian")
    assert not [q.prompt for q in envoy if "(Envoy of the _____" in q.prompt]


def test_a_label_before_a_name_and_a_count_beside_its_exclusion_are_not_blanked() -> None:
    asked = _asked()
    terminus = _blanked(asked, "eastern terminus")
    assert not [
        q.prompt for q in terminus if q.prompt.rstrip().endswith("_____ = the city of Chang'an")
    ]
    assert not [q for q in _blanked(asked, "NOT Merv") if "4" in q.answers]


def test_a_describing_word_in_brackets_is_never_an_answer() -> None:
    for q in _asked():
        assert "coarse" not in q.answers and "fine" not in q.answers, (q.prompt, q.answers)


def test_two_definitions_saying_the_same_are_never_options_together() -> None:
    for q in _asked():
        shown = " | ".join(q.options)
        assert not ("caravanserai" in q.options and "khan" in q.options), q.prompt
        assert not ("camels rested overnight" in shown and "camels rested in towns" in shown)


def test_round20_asides_labels_exclusions_and_keys() -> None:
    b = questioning.every_question(imported_notes(ROUND20_B), range(1))
    prompts = [q.prompt for q in b]
    assert not [p for p in prompts if "India, _____)" in p]  # B16
    assert not [p for p in prompts if "poem, _____)" in p or "(_____'s poem" in p]  # B36
    assert not [p for p in prompts if "Chancellor of the _____" in p]  # B55
    assert not [p for p in prompts if "_____ = the Mississippi River" in p]  # B50
    assert not [p for p in prompts if "_____ colonies (NOT Georgia)" in p]  # B34
    a = questioning.every_question(imported_notes(ROUND20_A), range(1))
    for q in a:
        assert "low" not in q.answers, q.prompt  # A32
        if q.prompt == "What does “porphyritic” mean?":  # A43
            assert "a large crystal in a finer groundmass" not in q.options


def test_half_a_name_and_an_approximate_year_are_not_blanked() -> None:
    notes = (
        "# Canals\n\n## Building\n\n"
        "- the Duke of Bridgewater paid for the first canal (c. 1761), built by James Brindley\n"
        "- the Grand Junction Canal Company raised money from shareholders\n"
        "- Parliament passed the Leeds and Liverpool Canal Act to allow the route\n"
        "- boats were pulled by horses walking on the towpath\n"
    )
    mapping = import_text(notes, source_name="notes.md", format="markdown")
    deck = parse_deck(dump_deck(mapping), "notes.yaml")
    prompts = [q.prompt for q in questioning.every_question(deck, range(3))]
    assert not [p for p in prompts if "(c. _____)" in p], prompts
    assert not [p for p in prompts if "Leeds and _____" in p], prompts
    b = [q.prompt for q in questioning.every_question(imported_notes(ROUND20_B), range(1))]
    assert not [p for p in b if "(French and _____)" in p or "Administration of _____" in p]
