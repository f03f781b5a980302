"""The importers: every format on real-looking files, the seed notes kept whole, bad input refused.

Every deck an importer returns is written out with `dump_deck` and read back by the real loader, so
these tests prove what `studybot deck import` hands a teacher actually loads.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from knowledge.importers import (
    FORMATS,
    DeckImportError,
    dump_deck,
    import_file,
    import_text,
    import_text_with_report,
)
from knowledge.loader import parse_deck
from knowledge.model import Deck, Topic
from tests.notes_coverage import missing_lines

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "knowledge" / "notes" / "khrushchev.txt"
DATA = ROOT / "tests" / "data" / "imports"
SAMPLES = sorted(path for path in DATA.iterdir() if path.is_file())
# The list marks notes_coverage does not strip itself ("*", "◦", "1.", "1)").
_OTHER_BULLETS = re.compile(r"^(\s*)(?:[*◦▪]|\d{1,2}[.)])\s+", re.MULTILINE)


def load(mapping: dict[str, Any]) -> Deck:
    """The deck as the loader reads the importer's YAML (fails if the loader refuses it)."""
    return parse_deck(dump_deck(mapping), "imported.yaml")


def topic(deck: Deck, title: str) -> Topic:
    found = [topic for topic in deck.topics if topic.title == title]
    assert found, f"no topic {title!r} in {[topic.title for topic in deck.topics]}"
    return found[0]


def facts(topic: Topic) -> list[str]:
    return [fact.text for fact in topic.facts]


def group(topic: Topic, heading: str) -> list[str]:
    return [fact.text for fact in topic.facts if fact.group == heading]


def terms(deck: Deck) -> dict[str, str]:
    return {term.term: term.definition for term in deck.terms}


# -- outline notes -----------------------------------------------------------------------------


def test_seed_notes_become_sixteen_topics_keeping_every_line() -> None:
    notes = SEED.read_text(encoding="utf-8")
    deck = load(import_file(SEED))

    assert deck.id == "khrushchev"
    assert deck.title == "Khrushchev's Foreign Policy 1953-64"
    assert len(deck.topics) == 16
    assert missing_lines(notes, deck, {}) == []
    assert "1953–1964" in (deck.description or "")


def test_seed_notes_keep_groups_terms_and_leave_years_unguessed() -> None:
    deck = load(import_file(SEED))

    berlin = topic(deck, "Berlin Wall")
    assert group(berlin, "Americans react") == [
        "forced them to recognise EB as separate state",
        "scaled a makeshift wall",
        "imposed no economic sanctions",
        "humiliated Khruschev + showed communism couldn't compete with capitalism",
    ]
    assert "Stop “brain drain”" in facts(berlin)
    cuba = topic(deck, "Cuban Missile Crisis")
    assert group(cuba, "Willing to Compromise bcs") == [
        "new american ICBMs",
        "huge economic drain to USSR",
        "pressure from communist China",
    ]
    # A bullet followed by bullets of another kind heads nothing: the Test Ban reasons stay facts.
    assert all(fact.group is None for fact in topic(deck, "Test Ban Treaty").facts)
    assert terms(deck)["Detente"] == "period of lessened tension"
    assert "Detente = period of lessened tension" in facts(topic(deck, "Key Terms + Aims"))
    assert [term.topics for term in deck.terms if term.term == "Destalinisation"] == [
        ("key-terms-aims",)
    ]
    # "reduced military spending by $10 million by 1956" must not give April Speech a year.
    assert all(topic.start_year is None for topic in deck.topics)
    assert topic(deck, "FDR joins NATO").facts == ()
    assert "Operation Solarium" in topic(deck, "Operation Solarium (USA)").aliases


def test_outline_in_another_subject_with_tabs_numbers_and_sub_bullets() -> None:
    path = DATA / "cell_biology.txt"
    deck = load(import_file(path))

    assert deck.title == "Cell Biology — Year 10 Revision"
    assert [topic.title for topic in deck.topics] == [
        "Cell structure",
        "Transport in cells",
        "Cell division (mitosis)",
        "History of microscopy 1665-1931",
    ]
    cells = topic(deck, "Cell structure")
    assert group(cells, "Plant cells only") == [
        "Cell wall made of cellulose",
        "Chloroplasts absorb light for photosynthesis",
        "Permanent vacuole filled with cell sap",
    ]
    transport = topic(deck, "Transport in cells")
    assert "Active transport needs energy from respiration" in facts(transport)
    assert group(transport, "Factors affecting diffusion rate") == [
        "temperature",
        "concentration gradient",
        "surface area",
    ]
    assert terms(deck)["Mitochondria"] == "site of aerobic respiration"
    history = topic(deck, "History of microscopy 1665-1931")
    assert (history.start_year, history.end_year) == (1665, 1931)
    assert topic(deck, "Cell structure").start_year is None
    notes = _OTHER_BULLETS.sub(r"\1", path.read_text(encoding="utf-8"))
    assert missing_lines(notes, deck, {}) == []


def test_outline_with_colon_headings_and_unbulleted_group_headings() -> None:
    path = DATA / "rivers.txt"
    deck = load(import_file(path))

    assert deck.title == "Rivers and Flooding"
    assert [topic.title for topic in deck.topics] == [
        "Upper course",
        "Middle course",
        "Flood management",
    ]
    floods = topic(deck, "Flood management")
    assert group(floods, "Hard engineering costs more") == [
        "dams and reservoirs store water",
        "embankments raise the river banks",
    ]
    assert group(floods, "Soft engineering works with nature") == [
        "floodplain zoning",
        "planting trees in the drainage basin",
    ]
    assert terms(deck) == {"Discharge": "volume of water passing a point per second"}
    assert missing_lines(path.read_text(encoding="utf-8"), deck, {}) == []


def test_outline_without_a_title_line_takes_the_title_from_the_file_name() -> None:
    notes = "• Causes\n    - alliances\n    - militarism\n• Results\n    - Treaty of Versailles\n"
    deck = load(import_text(notes, format="outline", source_name="world_war_one.txt"))

    assert (deck.id, deck.title) == ("world-war-one", "World war one")
    assert [topic.title for topic in deck.topics] == ["Causes", "Results"]


def test_a_flat_list_under_a_title_is_one_topic_named_after_the_title() -> None:
    notes = (
        "Photosynthesis\n- needs light\n- makes glucose\n    - stored as starch\n- gives oxygen\n"
    )
    deck = load(import_text(notes, format="outline", source_name="bio.txt"))

    assert [topic.title for topic in deck.topics] == ["Photosynthesis"]
    only = deck.topics[0]
    assert facts(only) == ["needs light", "stored as starch", "gives oxygen"]
    assert group(only, "makes glucose") == ["stored as starch"]  # a bullet with sub-bullets


def test_crlf_bom_and_tabs_give_the_same_deck_as_plain_lf_and_spaces(tmp_path: Path) -> None:
    plain = "Cold War\n  • Berlin\n    - Airlift 1948\n    - Wall 1961\n  • Cuba\n    - Missiles\n"
    windows = "\ufeff" + plain.replace("  ", "\t").replace("\n", "\r\n")

    assert import_text(windows, format="outline") == import_text(plain, format="outline")
    assert import_file(_write(tmp_path, windows.encode("utf-8"), "cold.txt")) == import_text(
        plain, format="outline", source_name="cold.txt"
    )


# -- Markdown ----------------------------------------------------------------------------------


def test_markdown_headings_lists_paragraphs_and_glossary() -> None:
    deck = load(import_file(DATA / "french_revolution.md"))

    assert deck.title == "The French Revolution"
    assert [topic.title for topic in deck.roots()] == [
        "The French Revolution",  # the lines before the first topic heading
        "Causes (1770s–1789)",
        "Events of 1789",
        "The Terror",
    ]  # "Key terms" holds only term: definition lines, so it gives key terms, not a topic
    # ### headings are subtopics of the ## above them, found by their own name
    assert [child.title for child in deck.children("events-of-1789")] == [
        "The Estates-General",
        "Storming of the Bastille",
    ]
    causes = topic(deck, "Causes (1770s–1789)")
    assert (causes.start_year, causes.end_year) == (1770, 1789)
    assert group(causes, "Social inequality under the Ancien Régime") == [
        "First Estate: clergy, paid almost no tax",
        "Second Estate: nobility",
        "Third Estate: everyone else, ~97% of the people",
    ]
    assert facts(topic(deck, "The Estates-General")) == [
        "Louis XVI called the Estates-General in May 1789, the first time since 1614.",
        "The Third Estate broke away and declared itself the National Assembly.",
    ]
    assert facts(topic(deck, "Storming of the Bastille"))[0] == (
        "14 July 1789: crowds stormed the Bastille prison in Paris"
    )
    terror = topic(deck, "The Terror")
    assert "Maximilien Robespierre led the Committee of Public Safety" in group(
        terror, "Key people"
    )
    assert "Date: 1793; Event: Louis XVI executed" in facts(terror)  # a table row, column: value
    assert not any(fact.startswith("Date — Event") for fact in facts(terror))
    assert terms(deck) == {
        # "First Estate: clergy, …" lines define their estates, as a glossary line would
        "First Estate": "clergy, paid almost no tax",
        "Second Estate": "nobility",
        "Third Estate": "everyone else, ~97% of the people",
        "Financial crisis": "debts from the American War of Independence",
        "Sans-culottes": "radical working people of Paris",
        "Guillotine": "the execution machine used during the Terror",
        "Tennis Court Oath": "the promise not to disband until France had a constitution",
    }
    every_text = [fact.text for topic in deck.topics for fact in topic.facts]
    assert not any(mark in text for text in every_text for mark in ("**", "__", "~~", "]("))
    assert "Notes for the Year 11 mock exam." in facts(deck.topics[0])


def test_markdown_without_a_top_heading_uses_the_file_name_and_setext_headings() -> None:
    notes = "Causes\n------\n\n* tension\n* alliances\n\nEffects\n-------\n\n* `new borders`\n"
    deck = load(import_text(notes, format="markdown", source_name="ww1_notes.md"))

    assert deck.title == "Ww1 notes"
    assert [(topic.title, facts(topic)) for topic in deck.topics] == [
        ("Causes", ["tension", "alliances"]),
        ("Effects", ["new borders"]),
    ]


# -- flashcard exports -------------------------------------------------------------------------


def test_quizlet_tsv_export() -> None:
    deck = load(import_file(DATA / "chemistry_quizlet.tsv"))

    assert [topic.title for topic in deck.topics] == ["Chemistry quizlet"]
    assert terms(deck) == {
        "Covalent bond": "shared pair of electrons between two atoms",
        "Ionic bond": "electrostatic attraction between oppositely charged ions",
        # the first "Isotope" card wins; the later duplicate is dropped
        "Isotope": "atoms of the same element with different numbers of neutrons",
        # a line without a tab carries on the definition above it
        "Alkali metals": "group 1 metals that react with water; to form hydroxides and hydrogen",
        "Metallic bond": '"delocalised electrons" around positive ions',
    }
    assert "Ionic bond = electrostatic attraction between oppositely charged ions" in facts(
        deck.topics[0]
    )
    assert [(q.prompt, q.answers, q.kind) for q in deck.questions] == [
        ("What is the charge of an electron?", ("-1",), "typed")
    ]
    assert all(term.topics == ("chemistry-quizlet",) for term in deck.terms)


def test_anki_notes_in_plain_text_with_html_and_metadata_columns() -> None:
    deck = load(import_file(DATA / "anki_cold_war.txt"))

    assert deck.title == "Cold War"  # the one deck named in the deck column
    assert terms(deck) == {
        "Containment": "US policy of stopping the spread of communism",
        "Marshall Plan": "US economic aid to Europe, 1948; worth about $13 billion",
        "Truman Doctrine": 'Promise to support "free peoples" resisting communism (1947)',
    }
    only = deck.topics[0]
    cloze = [fact for fact in only.facts if fact.cloze]
    assert [(fact.text, fact.cloze) for fact in cloze] == [
        ("The Berlin Airlift lasted 11 months (1948–49)", ("11 months",))
    ]
    assert [(q.prompt, q.answers) for q in deck.questions] == [
        ("Who built the Berlin Wall?", ("East Germany",))
    ]
    shown = " ".join(facts(only))
    assert "<" not in shown and "&" not in shown and "Basic" not in shown and "usa" not in shown


def test_csv_with_quotes_commas_and_a_header_row() -> None:
    deck = load(import_file(DATA / "economics_terms.csv"))

    assert terms(deck) == {
        "Inflation": "a sustained rise in the general price level",
        "Opportunity cost": "the next best alternative given up, when a choice is made",
        "GDP": "the total value of goods and services produced in a country in a year",
        "Supply, law of": "as price rises, quantity supplied rises",
    }
    assert "Term" not in terms(deck)


def test_csv_separated_by_semicolons_is_recognised() -> None:
    deck = load(import_file(DATA / "geography_semicolon.csv"))

    assert terms(deck)["Erosion"] == "the wearing away of rock, soil and sediment"
    assert len(deck.terms) == 3


def test_anki_csv_with_comma_separator_header() -> None:
    text = '#separator:Comma\n#html:true\n"<i>Veto</i>","the power to block a decision"\n'
    deck = load(import_text(text, format="csv", source_name="politics.csv"))

    assert terms(deck) == {"Veto": "the power to block a decision"}


# -- Red-DiscordBot trivia ---------------------------------------------------------------------


def test_red_trivia_list_becomes_typed_questions_with_answers_as_typed() -> None:
    deck = load(import_file(DATA / "cold_war_trivia.yaml"))

    assert [(q.prompt, q.answers, q.kind) for q in deck.questions] == [
        ("In what year did the Berlin Wall fall?", ("1989",), "typed"),
        (
            "Who was the Soviet leader during the Cuban Missile Crisis?",
            ("Khrushchev", "Nikita Khrushchev"),
            "typed",
        ),
        (
            "What did NATO stand for?",
            ("North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
            "typed",
        ),
        ("Was the Warsaw Pact signed in 1955 (yes or no)?", ("yes", "True", "On"), "typed"),
        ("How many Allied sectors was West Berlin divided into?", ("3", "three"), "typed"),
    ]
    assert "Ms Rivera" in (deck.description or "")
    assert [topic.title for topic in deck.topics] == ["Cold war trivia"]
    assert "In what year did the Berlin Wall fall? — 1989" in facts(deck.topics[0])
    assert all(q.topic == "cold-war-trivia" for q in deck.questions)
    assert not any("bot_plays" in text for text in facts(deck.topics[0]))


def test_trivia_answer_given_as_one_value_is_taken_as_the_answer() -> None:
    deck = load(import_text("Capital of Poland?: Warsaw\n", format="redtrivia"))

    assert [(q.prompt, q.answers) for q in deck.questions] == [("Capital of Poland?", ("Warsaw",))]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Q1?:\n- a\nQ2?:\n  nested: mapping\n", 3, "must be a list"),
        ("Q1?:\n- a\nQ2?:\n", 3, "no answers"),
        ("Q1?:\n- [a, b]\n", 2, "plain values"),
        ("- just\n- a list\n", 1, "mapping"),
        ("Q1?: [a\nQ2?: b\n", 2, "not valid YAML"),
    ],
)
def test_broken_trivia_lists_are_refused_with_the_line(text: str, line: int, words: str) -> None:
    with pytest.raises(DeckImportError, match=words) as caught:
        import_text(text, format="redtrivia")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"line {line}: ")


# -- guessing, writing, refusing ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("cell_biology.txt", "Cell Biology — Year 10 Revision"),
        ("french_revolution.md", "The French Revolution"),
        ("chemistry_quizlet.tsv", "Chemistry quizlet"),
        ("anki_cold_war.txt", "Cold War"),
        ("economics_terms.csv", "Economics terms"),
        ("cold_war_trivia.yaml", "Cold war trivia"),
    ],
)
def test_the_format_is_guessed_from_name_and_content(name: str, expected: str) -> None:
    assert load(import_file(DATA / name)).title == expected


@pytest.mark.parametrize("path", SAMPLES, ids=lambda path: path.name)
def test_written_yaml_reads_back_as_the_same_mapping(path: Path) -> None:
    mapping = import_file(path)
    text = dump_deck(mapping)

    assert yaml.safe_load(text) == mapping
    assert text.startswith("# studybot deck, imported from ")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("path", [*SAMPLES, SEED], ids=lambda path: path.name)
def test_any_file_in_any_format_gives_a_valid_deck_or_a_clear_error(path: Path, fmt: str) -> None:
    text = path.read_text(encoding="utf-8")
    try:
        mapping = import_text(text, format=fmt, source_name=path.name)
    except DeckImportError as error:
        assert str(error)  # a message for the user, not a crash
    else:
        load(mapping)


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("text", ["", "   \n\n\t\n"])
def test_empty_input_is_refused_in_every_format(fmt: str, text: str) -> None:
    with pytest.raises(DeckImportError, match="empty"):
        import_text(text, format=fmt)


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("outline", "Khrushchev's Foreign Policy\n\n"),
        ("markdown", "# Khrushchev's Foreign Policy\n"),
    ],
)
def test_a_title_alone_is_refused(fmt: str, text: str) -> None:
    with pytest.raises(DeckImportError, match="only a title") as caught:
        import_text(text, format=fmt)
    assert caught.value.line == 1


def test_headings_with_nothing_under_them_are_refused() -> None:
    with pytest.raises(DeckImportError, match="no notes found"):
        import_text("# Deck\n## One\n## Two\n", format="markdown")


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", bytes(range(256)) * 4],
    ids=["png", "all-bytes"],
)
def test_a_binary_file_is_refused(data: bytes, tmp_path: Path) -> None:
    with pytest.raises(DeckImportError, match="binary"):
        import_file(_write(tmp_path, data, "notes.txt"))


def test_a_tsv_with_one_column_is_refused_at_its_first_line() -> None:
    with pytest.raises(DeckImportError, match="no tab") as caught:
        import_text("\nDetente\nContainment\n", format="tsv")
    assert caught.value.line == 2


def test_a_csv_row_without_a_definition_is_skipped_with_its_line_not_the_file() -> None:
    imported = import_text_with_report(
        "Detente,lessened tension\nContainment\nVeto,the power to block\n", format="csv"
    )
    deck = load(imported.mapping)

    assert terms(deck) == {"Detente": "lessened tension", "Veto": "the power to block"}
    assert imported.report.problems == [
        "line 2: 'Containment' has no comma between term and definition"
    ]


def test_a_csv_of_only_bad_rows_is_refused_with_the_first_ones_line() -> None:
    with pytest.raises(DeckImportError, match="'Containment' has no comma") as caught:
        import_text("Containment\nDetente\n", format="csv")
    assert caught.value.line == 1


def test_windows_1252_text_is_read(tmp_path: Path) -> None:
    data = "Détente\tlessened tension\n".encode("cp1252")
    mapping = import_file(_write(tmp_path, data, "terms.tsv"))
    assert mapping["terms"][0]["term"] == "Détente"


@pytest.mark.parametrize(
    ("call", "words"),
    [
        (lambda: import_text("x", format="docx"), "unknown format 'docx'"),
        (lambda: import_file(DATA / "missing.txt"), "no such file"),
    ],
)
def test_wrong_requests_get_a_clear_error(call: Any, words: str) -> None:
    with pytest.raises(DeckImportError, match=words):
        call()


def test_a_yaml_file_that_is_already_a_deck_is_sent_to_deck_check(tmp_path: Path) -> None:
    path = _write(tmp_path, b"deck:\n  id: x\n  title: X\ntopics: []\n", "deck.yaml")
    with pytest.raises(DeckImportError, match="deck check"):
        import_file(path)


def test_a_heading_met_again_continues_its_topic() -> None:
    notes = "Deck\n• Poland\n  - Poznan riots\n• Hungary\n  - Nagy\n• poland\n  - Gomulka\n"
    deck = load(import_text(notes, format="outline"))

    assert [(topic.id, facts(topic)) for topic in deck.topics] == [
        ("poland", ["Poznan riots", "Gomulka"]),
        ("hungary", ["Nagy"]),
    ]


def test_titles_that_slug_alike_or_run_long_still_make_valid_unique_ids() -> None:
    heading = "A very long heading " * 15
    notes = (
        f"Deck\n• {heading}\n  - one\n• Война 1812\n  - two\n• Мир 1812\n  - three\n• Мир\n  - 4\n"
    )
    deck = load(import_text(notes, format="outline"))

    assert [topic.id for topic in deck.topics][1:] == ["1812", "1812-2", "topic"]
    first = deck.topics[0]
    assert first.title.endswith("…") and len(first.title) <= 200
    assert heading.strip() in facts(first)  # the whole line is still kept


def _write(folder: Path, data: bytes, name: str) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_cloze_marks_are_kept_and_stray_braces_cannot_break_the_deck() -> None:
    notes = (
        "Hungary\n• 1956\n  - Gero replaced with {{c1::Nagy}}\n  - template {{name}} and }} left\n"
    )
    deck = load(import_text(notes, format="outline"))

    kept = deck.topics[0].facts
    assert (kept[0].text, kept[0].cloze) == ("Gero replaced with Nagy", ("Nagy",))
    assert kept[1].cloze == ()
    assert "name" in kept[1].text


def test_aliases_that_would_name_another_topic_are_left_out() -> None:
    notes = "Cold War\n• Berlin (1961)\n  - wall built\n• Berlin\n  - airlift\n• Cuba (1962)\n  - crisis\n"
    deck = load(import_text(notes, format="outline"))

    assert topic(deck, "Berlin (1961)").aliases == ()
    assert topic(deck, "Cuba (1962)").aliases == ("Cuba",)
    assert (topic(deck, "Cuba (1962)").start_year, topic(deck, "Berlin").start_year) == (1962, None)


def test_answers_differing_only_in_case_or_accents_are_kept_once() -> None:
    deck = load(
        import_text("Who led Hungary?: [Nagy, nagy, Imre Nagy, NAGY]\n", format="redtrivia")
    )

    assert deck.questions[0].answers == ("Nagy", "Imre Nagy")


def test_outline_bullets_nested_past_a_group_make_a_subtopic_holding_the_rest() -> None:
    notes = (
        "Ecology\n"
        "• Food chains\n"
        "    - Producers make their own food\n"
        "    - Energy transfer\n"
        "        - Pyramids of biomass\n"
        "            - about 10% passes to the next level\n"
        "            - the rest is lost as heat\n"
        "        - Decomposers recycle nutrients\n"
        "• Adaptations\n"
        "    - Camels store fat in their humps\n"
    )
    deck = load(import_text(notes, format="outline", source_name="ecology.txt"))

    assert [topic.title for topic in deck.roots()] == ["Food chains", "Adaptations"]
    assert [child.title for child in deck.children("food-chains")] == ["Energy transfer"]
    transfer = topic(deck, "Energy transfer")
    assert group(transfer, "Pyramids of biomass") == [
        "about 10% passes to the next level",
        "the rest is lost as heat",
    ]
    assert "Decomposers recycle nutrients" in facts(transfer)
    assert missing_lines(notes, deck, {}) == []


def test_markdown_with_several_top_headings_makes_each_a_topic_with_its_subtopics() -> None:
    notes = (
        "# Forces\n\n## Newton's laws\n- an object stays at rest unless a force acts\n\n"
        "# Energy\n\n## Energy stores\n- kinetic, gravitational potential, elastic\n"
    )
    deck = load(import_text(notes, format="markdown", source_name="physics_paper_1.md"))

    assert deck.title == "Physics paper 1"
    assert [topic.title for topic in deck.roots()] == ["Forces", "Energy"]
    assert [child.title for child in deck.children("energy")] == ["Energy stores"]


def test_cards_whose_fronts_differ_only_in_case_are_both_kept() -> None:
    """A flashcard export may hold "ASCII code for 'A'" and "ASCII code for 'a'" with different
    backs: both are notes the student made, so neither is lost; a card repeated word for word
    is still kept once."""
    deck = load(
        import_text(
            "front\tback\n"
            "ASCII code for 'A'\t65\n"
            "ASCII code for 'a'\t97\n"
            "Mg\tmagnesium\n"
            "MG\tmilligram? no: mg is milligram\n"
            "What is the ASCII code for 'B'?\t66\n"
            "What is the ASCII code for 'b'?\t98\n"
            "ASCII code for 'A'\t65\n",
            format="tsv",
        )
    )
    shown = [fact for t in deck.topics for fact in facts(t)]
    assert "ASCII code for 'A' = 65" in shown
    assert "ASCII code for 'a' = 97" in shown
    assert "MG = milligram? no: mg is milligram" in shown
    assert "What is the ASCII code for 'b'? — 98" in shown
    assert shown.count("ASCII code for 'A' = 65") == 1
