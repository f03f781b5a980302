"""WikiCreole pages (Moodle's class wikis) sent as .txt or .creole: `=` headings are topics, `*`/`#`
lists nest by their marks, `|=` tables read as rows, bold stays a key term; macros, images and
navigation links go; crafted pages stay linear and are refused past the size limit."""

from __future__ import annotations

import json

import pytest

from knowledge.importers import DeckImportError, import_bytes_with_report, import_file_with_report
from knowledge.importers.creole import MAX_CREOLE_LINES
from tests.unit.asking import ask_json
from tests.unit.formats_helpers import SAMPLES, children, facts, load, written

SUFFRAGE = SAMPLES / "suffragettes_wiki.txt"

SPANISH = """= Ser vs estar =

== Ser ==
* **permanent** things: identity, origin, job, time
** //soy de Madrid// = I am from Madrid
** //es las tres// – it is three o'clock
* used with nationality: //es escocesa//

== Estar ==
# location: //el libro está en la mesa//
# feelings + conditions: //estoy cansado//
## the **present continuous**: //estoy comiendo// = I am eating

== Tricky pairs ==
|= Adjective |= with ser |= with estar |
| listo | clever | ready |
| aburrido | boring | bored |
"""


def test_headings_lists_and_a_table_keep_their_shape() -> None:
    deck = load("suffragettes_wiki.txt")
    assert deck.title == "Votes for Women (Y9 History wiki)"
    roots = [topic.title for topic in deck.roots()]
    assert roots[1:] == [
        "Background",
        "Suffragists (NUWSS)",
        "Suffragettes (WSPU)",
        "Key people",
        "War and the vote",
    ]
    assert children(deck, "Suffragettes (WSPU)") == ["Militant tactics", "Hunger strikes"]
    groups = {fact.raw: str(fact.group or "") for topic in deck.topics for fact in topic.facts}
    assert "Mud March" in next(raw for raw in groups if raw.startswith('the "Mud March"'))
    assert groups["e.g. Lloyd George's house bombed, 1913"].startswith("arson")
    assert "smashing windows (Oxford Street, 1912)" in facts(deck, "Militant tactics")
    people = facts(deck, "Key people")
    assert (
        "Person: Emily Wilding Davison; Group: WSPU; Known for: ran onto the course at the Epsom "
        "Derby, June 1913" in people
    )
    # the forced line break parts the Act's nickname from its official name
    assert "officially the Prisoners (Temporary Discharge for Ill-Health) Act" in facts(
        deck, "Hunger strikes"
    )
    assert any(term.term == "NUWSS" for term in deck.terms)
    shown = "\n".join(written(deck))
    for dropped in ("<<", "TableOfContents", "{{", "[[", "poster", "See also", "|=", "//", "=="):
        assert dropped not in shown
    assert import_file_with_report(SUFFRAGE).report.format == "Creole wiki page"


def test_a_second_subject_numbered_lists_and_italic() -> None:
    mapping = import_bytes_with_report(SPANISH.encode(), "ser_estar.creole").mapping
    said = json.dumps(mapping, ensure_ascii=False)
    assert [topic["title"] for topic in json.loads(said)["topics"]] == [
        "Ser",
        "Estar",
        "Tricky pairs",
    ]
    assert "el libro está en la mesa" in said
    assert "Adjective: listo; with ser: clever; with estar: ready" in said
    assert "//" not in said
    as_txt = import_bytes_with_report(SPANISH.encode(), "ser_estar.txt")
    assert as_txt.report.format == "Creole wiki page"


def test_ask_answers_from_a_list_item_and_a_table_row() -> None:
    reply = ask_json("who founded the wspu", SUFFRAGE)
    assert reply["status"] == "answer"
    assert "Emmeline Pankhurst" in reply["text"]
    reply = ask_json("what happened at the epsom derby", SUFFRAGE)
    assert reply["status"] == "answer"
    assert "Emily Wilding Davison" in reply["text"]


def test_a_page_past_the_limit_is_refused_and_crafted_marks_import() -> None:
    huge = "= A =\n== B ==\n* **x** //y//\n" + "x\n" * MAX_CREOLE_LINES
    with pytest.raises(DeckImportError, match="more than 200,000 lines"):
        import_bytes_with_report(huge.encode(), "huge.creole")
    crafted = (
        "= A =\n== B ==\n* Castles were built of stone\n* "
        + "**//[[" * 50_000
        + "\n# "
        + "~" * 100_000
        + "\n"
    )
    imported = import_bytes_with_report(crafted.encode(), "crafted.creole")
    assert imported.mapping["topics"]


@pytest.mark.parametrize(
    "page",
    [
        "== History ==\n* item one\n* item two\n== More ==\n* a [[link]] and '''bold'''\n* [[x]]\n",
        "%!target: html\n= Title =\n== A ==\n* **bold** and //italic//\n== B ==\n- x\n",
    ],
)
def test_mediawiki_and_txt2tags_pages_are_not_taken_for_creole(page: str) -> None:
    imported = import_bytes_with_report(page.encode(), "page.txt")
    assert imported.report.format != "Creole wiki page"
