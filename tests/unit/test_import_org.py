"""Emacs org-mode notes (.org): headings, #+TITLE and other keywords, drawers, TODO keywords and
tags, description lists, checkboxes, emphasis, links and tables, imported with the structure a
teacher gave them and without the markup (the blind test found them read as a plain outline with
`:PROPERTIES:` and `#+TITLE:` left in, and refused in a folder). Notes written here, in two
subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, import_file, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.model import Deck, Topic
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json, imported

BIOLOGY = """#+TITLE: Cell Biology Revision
#+AUTHOR: Ms Okafor
#+OPTIONS: toc:nil

* TODO Organelles                                                :bio:cells:
  :PROPERTIES:
  :ID:       4f1c2b
  :END:
  Every eukaryotic cell has membrane-bound organelles.
  - Nucleus :: holds the cell's DNA and controls its activities
  - Mitochondria :: site of aerobic *respiration*, releasing energy
  - [X] Ribosomes :: where /proteins/ are made
** DONE Cell membrane                                                 :exam:
   CLOSED: [2024-03-01 Fri 10:00]
   The membrane is /partially permeable/: it controls what enters and leaves.
   - Made of a *phospholipid bilayer*
   - Proteins in it act as channels and carriers
* Transport in cells [2/3]
** Diffusion
   *Diffusion* is the net movement of particles from high to low concentration.

   Factors that affect the rate:
   1. temperature
   2. surface area
   3. concentration gradient
** Osmosis
   :LOGBOOK:
   CLOCK: [2024-03-02 Sat 09:00]--[2024-03-02 Sat 09:30] =>  0:30
   :END:
   Osmosis is the diffusion of water across a partially permeable membrane.
   #+BEGIN_COMMENT
   check this with the practical
   #+END_COMMENT
   | Solution     | Effect on animal cell |
   |--------------+-----------------------|
   | dilute       | swells and may burst  |
   | concentrated | shrinks               |
# a note to myself
** Active transport
   Uses energy from respiration to move substances =against= a concentration gradient.
   See [[https://example.org/active][the animation]] and [[file:pump.png]].
"""

HISTORY = """#+title: The French Revolution
#+FILETAGS: :history:

* Causes
** Long-term causes
- *Ancien Régime*: society split into three Estates
  - First Estate :: the clergy, about 130,000 people
  - Third Estate :: everyone else, about 97% of the population
** Short-term causes
1. Bankruptcy after the American War of Independence
2. Bad harvests in 1788 raised the price of bread
* DONE [#A] The Terror                                             :exam:
  The Committee of Public Safety, led by *Maximilien Robespierre*, ran France from 1793 to 1794.
  - [ ] Law of Suspects :: passed in September 1793
"""


def _deck(text: str, name: str = "cells.org") -> Deck:
    return imported(text, "org", name)[0]


def _topics(deck: Deck) -> dict[str, Topic]:
    return {topic.title: topic for topic in deck.topics}


def _titles(deck: Deck, parent: str | None = None) -> list[str]:
    """The titles of the top-level topics, or of `parent`'s subtopics."""
    if parent is None:
        return [topic.title for topic in deck.roots()]
    return [topic.title for topic in deck.children(_topics(deck)[parent].id)]


def _written(deck: Deck) -> list[str]:
    """Everything a student can be shown: titles, facts, groups and terms."""
    out = [deck.title]
    for topic in _topics(deck).values():
        out.append(topic.title)
        out += [fact.raw for fact in topic.facts] + [str(fact.group) for fact in topic.facts]
    return out + [f"{term.term} {term.definition}" for term in deck.terms]


def test_org_files_are_recognised_by_name() -> None:
    assert guess_format("cells.org", BIOLOGY) == "org"
    assert guess_format("CELLS.ORG", HISTORY) == "org"


def test_headings_make_the_topic_tree_and_the_title_names_the_deck() -> None:
    deck = _deck(BIOLOGY)
    assert deck.title == "Cell Biology Revision"
    assert _titles(deck) == ["Organelles", "Transport in cells"]
    assert _titles(deck, "Transport in cells") == ["Diffusion", "Osmosis", "Active transport"]
    assert _titles(deck, "Organelles") == ["Cell membrane"]


def test_todo_keywords_tags_priorities_drawers_and_keywords_are_not_notes() -> None:
    for deck in (_deck(BIOLOGY), _deck(HISTORY, "revolution.org")):
        for text in _written(deck):
            for mark in ("TODO", "DONE", ":exam:", ":PROPERTIES:", ":END:", "#+", "CLOCK", "[#A]"):
                assert mark not in text, (mark, text)
            assert "CLOSED" not in text and "Ms Okafor" not in text and "[2/3]" not in text
            assert "check this with the practical" not in text and "note to myself" not in text
    assert _titles(_deck(HISTORY, "revolution.org")) == ["Causes", "The Terror"]


def test_the_files_own_todo_words_and_commented_subtrees_are_left_out() -> None:
    notes = (
        "#+TODO: WAITING REVISE | LEARNT\n"
        "* REVISE Plate tectonics\n"
        "Plates move a few centimetres a year.\n"
        "* COMMENT Ideas for the next lesson\n"
        "** Plan a volcano model\n"
        "Bring baking soda.\n"
        "* LEARNT Earthquakes :paper1:\n"
        "The focus is the point underground where an earthquake starts.\n"
    )
    deck = _deck(notes, "geography.org")
    assert _titles(deck) == ["Plate tectonics", "Earthquakes"]
    assert "volcano" not in " ".join(_written(deck)) and "baking" not in " ".join(_written(deck))


def test_description_items_and_bold_labels_are_key_terms() -> None:
    terms = {term.term: term.definition for term in _deck(BIOLOGY).terms}
    assert terms["Nucleus"] == "holds the cell's DNA and controls its activities"
    assert terms["Ribosomes"] == "where proteins are made"  # the checkbox and italics go
    history = {term.term: term.definition for term in _deck(HISTORY, "revolution.org").terms}
    assert history["Ancien Régime"] == "society split into three Estates"
    assert history["First Estate"] == "the clergy, about 130,000 people"
    assert history["Law of Suspects"] == "passed in September 1793"


def test_nested_lists_lead_ins_and_tables_keep_their_shape() -> None:
    topics = _topics(_deck(BIOLOGY))
    diffusion = topics["Diffusion"].facts
    assert [fact.raw for fact in diffusion if fact.group == "Factors that affect the rate"] == [
        "temperature",
        "surface area",
        "concentration gradient",
    ]
    osmosis = [fact.raw for fact in topics["Osmosis"].facts]
    assert "Solution: dilute; Effect on animal cell: swells and may burst" in osmosis
    assert not [line for line in osmosis if "---" in line or "+" in line]
    history = _topics(_deck(HISTORY, "revolution.org"))["Long-term causes"].facts
    grouped = [fact.raw for fact in history if fact.group and "Ancien" in fact.group]
    assert grouped[0].startswith("First Estate")


def test_emphasis_code_and_links_become_plain_text() -> None:
    active = [fact.raw for fact in _topics(_deck(BIOLOGY))["Active transport"].facts]
    assert (
        active[0]
        == "Uses energy from respiration to move substances against a concentration gradient."
    )
    assert active[1].startswith("See the animation")
    assert not [line for line in active if "[[" in line or "pump.png" in line or "=" in line]
    membrane = [fact.raw for fact in _topics(_deck(BIOLOGY))["Cell membrane"].facts]
    assert "Made of a phospholipid bilayer" in membrane


def test_a_problem_is_reported_on_the_line_of_the_org_file() -> None:
    with pytest.raises(DeckImportError, match="only a title"):
        import_text("#+TITLE: Empty notes\n#+AUTHOR: me\n", format="org", source_name="e.org")
    with pytest.raises(DeckImportError, match="empty"):
        import_text("\n\n", format="org")


def test_hostile_org_files_give_a_deck_or_a_clear_error() -> None:
    deep = "".join(f"{'*' * level} Level {level}\nfact {level}\n" for level in range(1, 300))
    mapping = import_text(deep, format="org", source_name="deep.org")
    assert mapping["topics"]
    unclosed = (
        "* Notes\n#+BEGIN_SRC python\nprint(1)\n* Next\n:PROPERTIES:\nthe drawer never ends\n"
    )
    mapping = import_text(unclosed, format="org", source_name="unclosed.org")
    assert mapping["topics"][0]["facts"] == ["print(1)"]
    assert "the drawer never ends" not in str(mapping)
    with pytest.raises(DeckImportError):
        import_text("*" * 50_000 + "\n", format="org", source_name="stars.org")
    # Headings that make a backtracking tags pattern take seconds each, read in one pass.
    crafted = "".join(f"* Topic {n} " + ":" * 400 + " x\nfact\n" for n in range(200))
    assert len(import_text(crafted, format="org", source_name="c.org")["topics"]) == 200


def test_a_folder_of_org_notes_is_a_deck(tmp_path: Path) -> None:
    (tmp_path / "notes.org").write_text(BIOLOGY, encoding="utf-8")
    (tmp_path / "revolution.org").write_text(HISTORY, encoding="utf-8")
    imported_folder = import_file_with_report(tmp_path)
    titles = [topic["title"] for topic in imported_folder.mapping["topics"]]
    assert titles == ["Cell Biology Revision", "The French Revolution"]
    assert "org-mode" in imported_folder.report.format
    assert import_file(tmp_path / "notes.org")["deck"]["title"] == "Cell Biology Revision"


def test_ask_answers_from_org_notes(tmp_path: Path) -> None:
    (tmp_path / "notes.org").write_text(BIOLOGY, encoding="utf-8")
    reply = ask_json("what happens to an animal cell in a dilute solution", tmp_path)
    assert reply["status"] == "answer"
    assert "swells" in reply["text"]


def test_an_uploaded_org_file_becomes_the_chat_deck() -> None:
    uploaded = read_upload("cells.org", BIOLOGY.encode("utf-8"))
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert uploaded.deck.title == "Cell Biology Revision"
    assert uploaded.imported_from == "org"
