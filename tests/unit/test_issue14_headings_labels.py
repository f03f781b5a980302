"""Headings and labels as a question's context, found by the ninth blind review
(docs/quiz-review.md): headings typed in capitals made every question shout a long prefix
("CASE STUDY 1: CHILE EARTHQUAKE, 2010 (HIGHER-INCOME COUNTRY) (Immediate responses): …"), and
labels of the notes' layout stayed in the statements ("Strength: …"). Tested on notes written for
these tests (American history, cell biology), not on the review decks."""

from __future__ import annotations

from bot.questions import QuestionKind
from knowledge.headings import short_title
from knowledge.importers import dump_deck, import_text
from knowledge.importers.casing import readable
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit import questioning

HISTORY = """THE USA 1919-1941: BOOM AND BUST - GCSE HISTORY
Revision notes for Paper 2. Learn the dates and the key figures.

THE ROARING TWENTIES
  - Mass production: making large numbers of identical goods on an assembly line.
  - Jazz spread in the Roaring Twenties as radio sales rose.
  - Weakness: farmers did not share in the boom, and farm incomes fell by 50% in the 1920s.
  - Total cost: about $30 billion.

CASE STUDY 1: THE WALL STREET CRASH, 1929 (BLACK TUESDAY)
  - Date: 29 October 1929, when 16 million shares were sold in a single day.
  - Cause: many investors had bought shares on credit and panicked on Black Tuesday.
  - Around 11,000 banks failed after the Wall Street Crash, between 1929 and 1933.
  - The Crash was followed by the Great Depression across the USA.

ROOSEVELT AND THE NEW DEAL
  - In 1932 Roosevelt promised Americans a New Deal.
  - The TVA built dams to bring jobs and electricity to the Tennessee Valley.
"""

BIOLOGY_MD = """# Cell transport

## DIFFUSION AND OSMOSIS

- Osmosis is the diffusion of water through a partially permeable membrane.
- Strength: the potato practical is cheap and gives clear results in one lesson.
- Strength: the results can be repeated by every group in the class.
- Social development: isolation can lead to poor relationships with other pupils.
"""


def _deck(text: str, name: str, fmt: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name=name, format=fmt)), "t.yaml")


def test_headings_typed_in_capitals_become_readable_titles() -> None:
    deck = _deck(HISTORY, "usa.txt", "outline")

    assert deck.title == "The USA 1919-1941: Boom and bust - GCSE history"
    titles = [topic.title for topic in deck.topics]
    assert "The Roaring Twenties" in titles
    assert "Case study 1: The Wall Street Crash, 1929 (Black Tuesday)" in titles
    assert "Roosevelt and the New Deal" in titles
    assert not any(title.isupper() for title in titles)
    assert _deck(BIOLOGY_MD, "cells.md", "markdown").topics[0].title == "Diffusion and osmosis"


def test_which_topic_options_are_not_shouted() -> None:
    deck = _deck(HISTORY, "usa.txt", "outline")
    asked = questioning.every_question(deck, range(8), QuestionKind.WHICH_TOPIC)
    assert asked
    for q in asked:
        assert not any(option.isupper() for option in q.options), q.options


def test_a_long_case_study_heading_is_shown_short_before_its_questions() -> None:
    deck = _deck(HISTORY, "usa.txt", "outline")
    crash = next(topic for topic in deck.topics if topic.title.startswith("Case study 1"))
    asked = [
        q
        for q in questioning.every_question(deck, range(8))
        if q.topic_id == crash.id and q.kind is not QuestionKind.WHICH_TOPIC
    ]
    assert asked
    for q in asked:
        assert "Case study 1" not in q.prompt and "Black Tuesday)" not in q.prompt, q.prompt
        assert "The Wall Street Crash" in q.prompt, q.prompt


def test_a_layout_label_is_the_lines_context_not_part_of_its_statement() -> None:
    deck = _deck(HISTORY, "usa.txt", "outline")
    twenties = next(topic for topic in deck.topics if topic.title == "The Roaring Twenties")
    weakness = [fact for fact in twenties.facts if fact.group == "Weakness"]
    assert [fact.text for fact in weakness] == [
        "farmers did not share in the boom, and farm incomes fell by 50% in the 1920s."
    ]
    # too little to stand without its label: kept whole
    assert "Total cost: about $30 billion." in [fact.text for fact in twenties.facts]
    asked = questioning.every_question(deck, range(8))
    assert any("(Weakness)" in q.prompt for q in asked)
    for q in asked:
        assert "Weakness:" not in q.prompt and "Cause:" not in q.prompt, q.prompt


def test_markdown_labels_repeated_join_one_group_and_statements_lose_their_label() -> None:
    deck = _deck(BIOLOGY_MD, "cells.md", "markdown")
    facts = deck.topics[0].facts
    assert [fact.text for fact in facts if fact.group == "Strength"] == [
        "the potato practical is cheap and gives clear results in one lesson.",
        "the results can be repeated by every group in the class.",
    ]
    assert [fact.text for fact in facts if fact.group == "Social development"] == [
        "isolation can lead to poor relationships with other pupils."
    ]
    assert not deck.terms  # neither label is a key term


def test_readable_keeps_names_and_acronyms() -> None:
    names, acronyms = frozenset({"CHILE"}), frozenset({"UK"})
    assert readable("CASE STUDY 2: CHILE EARTHQUAKE (HIGHER-INCOME)", names, acronyms) == (
        "Case study 2: Chile earthquake (higher-income)"
    )
    assert readable("THE NHS AND THE UK", names, acronyms) == "The NHS and the UK"
    assert readable("REDUCING RISK: THE FOUR Ps", names, acronyms) == "Reducing risk: The four Ps"
    assert readable("Photosynthesis", names, acronyms) == "Photosynthesis"  # not shouted
    assert readable("NEPAL", frozenset(), frozenset()) == "Nepal"  # a name to the dictionary


def test_readable_keeps_a_person_named_by_a_given_name_or_title() -> None:
    # The dictionary knows "john" and "snow" in lower case; a given name says they are a name.
    none = frozenset[str]()
    assert readable("JOHN SNOW AND CHOLERA", none, none) == "John Snow and cholera"
    assert readable("THE WORK OF DR JOHN SNOW", none, none) == "The work of Dr John Snow"
    assert readable("MARK SCHEME TIPS", none, none) == "Mark scheme tips"  # "mark": everyday


def test_short_title_drops_layout_labels_and_brackets_only_from_long_titles() -> None:
    assert short_title("Case study 1: Chile earthquake, 2010 (higher-income country)") == (
        "Chile earthquake, 2010"
    )
    assert short_title("Causes (Typhoon Haiyan)") == "Causes (Typhoon Haiyan)"
    assert short_title("Reducing the risk: the four Ps") == "Reducing the risk: the four Ps"


def test_a_title_with_a_circa_date_leaves_the_other_headings_readable() -> None:
    """'c1066' in the handout's title line made it look typed in ordinary case, so its THE and
    HISTORY were taken for acronyms and every heading began 'THE' ('THE Church')."""
    notes = (
        "GCSE HISTORY - THE NORMANS IN ENGLAND, c1066-1100\n\n"
        "THE SUCCESSION CRISIS OF 1066\n"
        "- Edward the Confessor died in January 1066 without an heir\n"
        "- Harold Godwinson was crowned the next day\n\n"
        "THE CHURCH\n"
        "- Lanfranc became Archbishop of Canterbury in 1070\n"
        "- Norman bishops replaced Anglo-Saxon bishops in the Church\n\n"
        "POPULATION IN THE 1990s\n"
        "- Towns grew as people moved from the countryside\n"
    )
    titles = [topic.title for topic in _deck(notes, "normans.txt", "outline").topics]
    assert "The succession crisis of 1066" in titles
    assert "The Church" in titles
    assert "Population in the 1990s" in titles
    assert not any("THE" in title for title in titles)
