"""Questions from tables in the notes (issue 14): a Markdown table imports as one fact per row,
"column: value; column: value" (docs/decks.md), and is asked cell by cell.

Decks: `tests/data/tables/` — GCSE computer science (networks: a protocol/port table, a
connections table, a LAN/WAN comparison whose first column is the attribute), GCSE biology
(organelles, a light/electron microscope comparison, transport processes) and GCSE history (a
date/event/significance table). Each test names what a student was shown before and asserts what
they are shown now.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._context import DeckContext
from bot.questions._fact_parts import same_source_fact
from bot.questions._tables import Row, overlaps, tables
from knowledge.deck_files import open_deck_file
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck, Fact, Topic
from knowledge.text import fold
from tests.counts import count
from tests.unit import questioning

DECKS = Path(__file__).parents[1] / "data" / "tables"
SEEDS = range(4)
PORTS = {"80", "443", "21", "110", "143", "25"}
PROTOCOLS = {"HTTP", "HTTPS", "FTP", "POP3", "IMAP", "SMTP"}
CONNECTIONS = {"Ethernet", "Wi-Fi", "Bluetooth", "Fibre optic"}


@pytest.fixture(scope="module")
def networks() -> Deck:
    return open_deck_file(DECKS / "networks.md")


@pytest.fixture(scope="module")
def cells() -> Deck:
    return open_deck_file(DECKS / "cell_biology.md")


@pytest.fixture(scope="module")
def ww1() -> Deck:
    return open_deck_file(DECKS / "road_to_ww1.md")


def asked(deck: Deck, *kinds: QuestionKind) -> list[Question]:
    return questioning.every_question(deck, SEEDS, *kinds)


def from_rows(deck: Deck, questions: list[Question]) -> list[Question]:
    """The questions whose source is a table row ("column: value; column: value"), or one cell
    of a row describing its key in several (its `source_line` is the row)."""
    rows = {ref.text for table in tables(DeckContext(deck, 0)) for ref in table.refs}
    return [q for q in questions if set((q.source_line or q.source_fact).split(" | ")) <= rows]


def wrong(q: Question) -> list[str]:
    return [o for i, o in enumerate(q.options) if i not in q.correct]


# How a table question reads (round 10: as a sentence, never "IMAP — Port: _____"): the value of a
# row's cell, the row a value belongs to, or a claim about one cell; a column that is no noun
# ("What you change", "Found in") in quotes.
VALUE_Q = re.compile(
    r": (?:What (?:is|are) the (?P<column>.+?) for (?P<key>.+)"
    r"|For (?P<key_>.+?), what does the table give under “(?P<column_>.+)”)\?$"
)
ROW_Q = re.compile(
    r": Which [\w ]+ has (?:the (?P<column>.+?) “(?P<value>.+)”|“(?P<value_>.+)” under “(?P<column_>.+)”)\?$"
)
CLAIM = re.compile(
    r": (?:The (?P<column>.+?) for (?P<key>.+?) (?:is|are) “(?P<value>.+)”"
    r"|For (?P<key_>.+?), the table gives “(?P<value_>.+)” under “(?P<column_>.+)”)\.$"
)


def parts(pattern: re.Pattern[str], prompt: str) -> dict[str, str] | None:
    """The key, column and value a table question's prompt names (None when it is not one)."""
    found = pattern.search(prompt)
    if found is None:
        return None
    return {name.rstrip("_"): text for name, text in found.groupdict().items() if text is not None}


def same_column(name: str, column: str) -> bool:
    return fold(name) == fold(column.rstrip("?: "))


# --- (1) a cell's wrong options are the same column's other cells ---------------------------------


def test_a_port_is_asked_among_the_tables_other_ports(networks: Deck) -> None:
    """Before: "Protocol: IMAP; Full name: …; Job: …; Port: _____" with 143 / 215 / 286 / 429,
    numbers the table never holds. Now the wrong ports are other rows' ports."""
    ports = [
        q
        for q in asked(networks, QuestionKind.CHOICE)
        if re.search(r": What is the port for \S+\?$", q.prompt)
    ]
    assert {q.answers[0] for q in ports} == PORTS
    for q in ports:
        assert set(q.options) <= PORTS
        assert len(q.options) == 4
        assert [int(o) for o in q.options] == sorted(int(o) for o in q.options)
    imap = next(q for q in ports if q.answers == ("143",))
    assert imap.prompt == "Standards and protocols: What is the port for IMAP?"


def test_a_connection_is_asked_among_the_other_connections(networks: Deck) -> None:
    """Before: "Connection: _____ (copper cable…)" → Ethernet among made-up look-alikes. Now the
    notes ask which connection, with the table's other connections as the options."""
    which = [
        q for q in asked(networks, QuestionKind.CHOICE) if ": Which connection has " in q.prompt
    ]
    assert {q.answers[0] for q in which} == CONNECTIONS
    copper = next(q for q in which if "Copper cable" in q.prompt)
    assert copper.answers == ("Ethernet",)
    assert set(copper.options) == CONNECTIONS
    assert copper.prompt == (
        "Wired and wireless connections: Which connection has the notes “Copper cable; fast and "
        "reliable but needs cabling to every device”?"
    )


def test_a_wrong_pick_says_whose_value_it_is(networks: Deck) -> None:
    q = next(
        q
        for q in asked(networks, QuestionKind.CHOICE)
        if q.prompt == "Standards and protocols: What is the port for IMAP?" and "25" in q.options
    )
    note = q.option_notes[q.options.index("25")]
    assert note == "“25” is the port of SMTP in the table in Standards and protocols."


# --- (2) readable stems: the row's key and one cell -----------------------------------------------


def test_a_row_question_shows_its_key_and_one_column_not_the_whole_row(
    networks: Deck, cells: Deck, ww1: Deck
) -> None:
    """Before: every column of the row in the stem ("Protocol: SMTP; Full name: Simple Mail
    Transfer Protocol; Job: Sends email to a mail server; Port: _____")."""
    for deck in (networks, cells, ww1):
        rows: dict[str, list[Row]] = {}
        for table in tables(DeckContext(deck, 0)):
            for row in table.rows:
                for cell in row.cells:
                    rows.setdefault(cell.ref.text, []).append(row)
        made = [q for q in from_rows(deck, asked(deck)) if q.kind is not QuestionKind.MATCHING]
        assert len(made) >= 15
        for q in made:
            named = parts(VALUE_Q, q.prompt) or parts(ROW_Q, q.prompt) or parts(CLAIM, q.prompt)
            assert named is not None, q.prompt  # a sentence, never "IMAP — Port: _____"
            # The row asked about: named in the prompt, or its key is the answer.
            row = next(
                r
                for r in rows[q.source_line or q.source_fact]
                if named.get("key") == r.key or q.answers == (r.key,)
            )
            shown = [cell for cell in row.cells if same_column(named["column"], cell.column)]
            assert len(shown) == 1, q.prompt
            # Besides that one cell, the stem is the topic, the key and the column: short.
            assert len(q.prompt.replace(named.get("value", ""), "")) < 110, q.prompt


def test_a_date_table_names_each_row_by_its_event_not_its_year(ww1: Deck) -> None:
    """ "1906 — Significance: _____" asks a reader to know the year's event first: the row is
    named by its event, and the year is asked the other way round."""
    questions = from_rows(ww1, asked(ww1, QuestionKind.CHOICE))
    prompts = {q.prompt for q in questions}
    assert "Key dates: What is the date for HMS Dreadnought launched?" in prompts
    assert "Key dates: Which event has the date “1906”?" in prompts
    assert not any(re.search(r" for \d{4}\?$", p) for p in prompts)
    year = next(q for q in questions if q.prompt.endswith("date for HMS Dreadnought launched?"))
    assert set(year.options) <= {"1882", "1904", "1906", "1908", "1914"}


# --- (3) which-row questions and matching only when unambiguous -----------------------------------


def test_which_row_is_asked_only_for_a_value_no_other_row_shares(cells: Deck) -> None:
    """ "Found in: Plant cells only" is true of three organelles: it is never asked as "which
    organelle?"; a function only one organelle has is."""
    which = [q for q in asked(cells, QuestionKind.CHOICE) if ": Which organelle has " in q.prompt]
    assert not any("Found in" in q.prompt for q in which)
    assert any(q.answers == ("Ribosomes",) and "proteins are made" in q.prompt for q in which)


def test_which_row_leaves_out_a_row_saying_nearly_the_same(networks: Deck) -> None:
    """HTTPS also "sends web pages": it is not offered where HTTP's job is the clue."""
    for q in asked(networks, QuestionKind.CHOICE):
        if q.prompt.endswith("Which protocol has the job “Requests and sends web pages”?"):
            assert q.answers == ("HTTP",)
            assert "HTTPS" not in q.options


def test_table_matching_pairs_each_key_with_one_value(networks: Deck, cells: Deck) -> None:
    found = 0
    for deck in (networks, cells):
        for q in from_rows(deck, asked(deck, QuestionKind.MATCHING)):
            found += 1
            # "to its port", or a header that is no short noun quoted: "to its entry under
            # “Substances moved”"
            assert re.match(
                r"[^:]+: match each \w[\w ]* to its (?:[\w ]+|entry under “[^”]+”)\. 1\. ", q.prompt
            ), q.prompt
            assert 3 <= len(q.options) <= 4
            for one in q.answers:
                assert all(o == one or not overlaps(o, one) for o in q.answers)
    assert found >= 3


# --- (4) true/false: the changed cell is the claim ------------------------------------------------


def test_true_false_on_a_row_shows_one_cell_changed_for_another_rows(networks: Deck) -> None:
    """Before: "True or false? …: Protocol: IMAP; Full name: …; Job: …; Port: 286" — a whole row
    with an invented number. Now the key and one cell, a false one taken from another row."""
    made = from_rows(networks, asked(networks, QuestionKind.TRUE_FALSE))
    ports = [q for q in made if ": The port for " in q.prompt]
    assert ports
    for q in ports:
        key, port = re.fullmatch(
            r"True or false\? Standards and protocols: The port for (\S+) is “(\d+)”\.", q.prompt
        ).groups()  # type: ignore[union-attr]
        assert key in PROTOCOLS and port in PORTS
        assert (q.answers == ("True",)) == (f"Port: {port}" in q.source_fact)
    assert not any("Full name" in q.prompt and ";" in q.prompt for q in made)


def test_an_acronyms_full_name_is_never_asked_beside_it(networks: Deck) -> None:
    """ "HTTP — Full name: Hypertext Transfer Protocol" gives itself away by its initials."""
    for q in from_rows(networks, asked(networks)):
        assert "Full name" not in q.prompt
        assert "Stands for" not in q.prompt


# --- (5) a comparison table whose first column is the attribute -----------------------------------


def test_a_comparison_table_is_read_by_its_compared_columns(networks: Deck, cells: Deck) -> None:
    """Before: "Which topic does this belong to? “Ownership; LAN: Hardware owned by the
    organisation; WAN: …”". Now each compared column (LAN, WAN; light, electron microscope) is a
    row: the question names it and one attribute."""
    lan_wan = from_rows(networks, asked(networks))
    compared = [q for q in lan_wan if q.topic_id and "Types of network" in q.prompt]
    assert compared
    for q in compared:
        named = parts(VALUE_Q, q.prompt) or parts(ROW_Q, q.prompt) or parts(CLAIM, q.prompt)
        assert named is not None, q.prompt
        assert named["column"] in {"area covered", "ownership", "example"}, q.prompt
        assert named.get("key", "LAN") in {"LAN", "WAN"} or q.answers[0] in {"LAN", "WAN"}
    assert not any(q.kind is QuestionKind.WHICH_TOPIC for q in lan_wan)
    scopes = from_rows(cells, asked(cells, QuestionKind.TRUE_FALSE))
    assert any(
        q.prompt
        == "True or false? Microscopes: The resolution for Light microscope is “About 0.2 nm”."
        and q.answers == ("False",)
        for q in scopes
    )


def test_no_question_on_a_table_row_is_asked_as_an_ordinary_line(
    networks: Deck, cells: Deck, ww1: Deck
) -> None:
    for deck in (networks, cells, ww1):
        for q in from_rows(deck, asked(deck)):
            assert q.kind is not QuestionKind.WHICH_TOPIC
            assert q.source_fact not in q.prompt


def test_one_question_per_row_in_a_sample(networks: Deck) -> None:
    """One question per source fact (issue 14): a row, or one cell of a row describing its key in
    several; never the row and a cell of it, never one cell twice."""
    batch = QuestionGenerator(networks, seed=3).generate(40)
    asked = [q for q in batch if q.kind is not QuestionKind.MATCHING]
    sources = [q.source_fact for q in asked]
    assert len(sources) == len(set(sources))
    assert not any(same_source_fact(one, other) for one, other in combinations(asked, 2))
    # Cells of one row are asked apart; a question on which row has a value is about the row.
    by_row = Counter(q.source_line for q in asked if q.source_line)
    assert by_row and max(by_row.values()) >= 2


# --- the property: a wrong option is never also right for the row ---------------------------------


def _never_right(deck: Deck) -> int:
    """Checks every table question of `deck`; returns how many wrong options it looked at."""
    ctx = DeckContext(deck, 0)
    found = tables(ctx)
    by_source = {
        cell.ref.text: (table, row)
        for table in found
        for row in table.rows
        for cell in row.cells
        if table.key_column is not None
    }
    looked = 0
    for q in questioning.every_question(deck, range(3)):
        if (q.source_line or q.source_fact) not in by_source or q.kind is QuestionKind.MATCHING:
            continue
        table, row = by_source[q.source_line or q.source_fact]
        which_row = parts(ROW_Q, q.prompt)
        value_of = parts(VALUE_Q, q.prompt)
        if q.kind is QuestionKind.CHOICE and which_row is not None:  # which row has the value?
            column, value = which_row["column"], which_row["value"]
            for key in wrong(q):
                other = next(r for r in table.rows if r.key == key)
                cell = next((c for c in other.cells if same_column(column, c.column)), None)
                assert cell is not None and not overlaps(cell.value, value), (q.prompt, key)
                looked += 1
        elif q.kind is QuestionKind.CHOICE and value_of is not None:
            mine = next(c for c in row.cells if same_column(value_of["column"], c.column))
            for option in wrong(q):
                assert not overlaps(option, mine.value), (q.prompt, option)
                looked += 1
        elif q.kind is QuestionKind.TRUE_FALSE and q.answers == ("False",):
            claimed = parts(CLAIM, q.prompt)
            assert claimed is not None, q.prompt
            mine = next(c for c in row.cells if same_column(claimed["column"], c.column))
            assert not overlaps(claimed["value"], mine.value), q.prompt
            looked += 1
    return looked


def test_no_wrong_option_is_also_right_for_its_row_on_the_table_decks(
    networks: Deck, cells: Deck, ww1: Deck
) -> None:
    assert sum(_never_right(deck) for deck in (networks, cells, ww1)) >= 100


def _table_deck(header: list[str], rows: list[list[str]]) -> Deck:
    """A deck whose one topic is a table, its rows written as the Markdown importer writes them."""
    facts = tuple(
        Fact("; ".join(f"{name}: {value}" for name, value in zip(header, row, strict=True)))
        for row in rows
    )
    topic = Topic(id="t1", title="Revision table", facts=facts)
    return Deck(id="t", title="Tables", topics=(topic,))


NAMES = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot"]
# Cells that repeat and overlap: "21" beside "20, 21", "Red" beside "Red and blue".
NUMBERS = ["20", "21", "20, 21", "22", "80", "8080", "443"]
COLOURS = ["Red", "Red and blue", "Blue", "Green or red", "Blue / green", "Yellow", "Iron"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.integers(min_value=3, max_value=6).flatmap(
        lambda size: st.tuples(
            st.lists(st.sampled_from(NUMBERS), min_size=size, max_size=size),
            st.lists(st.sampled_from(COLOURS), min_size=size, max_size=size),
        )
    )
)
def test_property_a_distractor_is_never_also_right_for_its_row(
    columns: tuple[list[str], list[str]],
) -> None:
    """Any table, cells repeating and overlapping: no wrong option, which-row option or false
    statement is right for its row, and a blanked cell's answer is the row's own value."""
    numbers, colours = columns
    names = NAMES[: len(numbers)]
    header = ["Item", "Port", "Colour"]
    rows = [list(row) for row in zip(names, numbers, colours, strict=True)]
    deck = _table_deck(header, rows)
    _never_right(deck)
    for q in questioning.every_question(deck, range(2)):
        count("property: table questions checked")
        value_of = parts(VALUE_Q, q.prompt)
        if q.kind is QuestionKind.CHOICE and value_of is not None:
            key = value_of["key"]
            column = next(name for name in header if same_column(value_of["column"], name))
            right = rows[names.index(key)][header.index(column)]
            assert q.answers == (right,)
            for option in wrong(q):
                assert fold(option) != fold(right)
                assert not overlaps(option, right)


# --- headers and columns the rules above must not misread -----------------------------------------


def _notes(markdown: str) -> Deck:
    mapping = import_text(markdown, source_name="notes.md", format="markdown")
    return parse_deck(dump_deck(mapping), "notes.yaml")


TRAINING = """# Sport science

## Fitness training

| Factor | What you change | Why it helps |
|---|---|---|
| Frequency | Train more often | More chances for the body to adapt |
| Intensity | Work harder, e.g. a higher heart rate | Stresses the body beyond its normal level |
| Time | Train for longer | Builds endurance |
| Type | Choose the right method | Matches the demands of the sport |
"""

CONSTANTS = """# Physics: useful values

## Values to learn

| Quantity | Typical value |
|---|---|
| Mains voltage | 230 V |
| Mains frequency | 50 Hz |
| Speed of sound in air | 330 m/s |
| Speed of light | 300,000,000 m/s |
| Filament of a lamp | tungsten |
"""


def test_a_factor_table_is_one_factor_a_row_not_a_comparison() -> None:
    """ "| Factor | What you change | Why it helps |" lists factors: read as a comparison it asked
    "What you change — Frequency: _____"."""
    deck = _notes(TRAINING)
    made = asked(deck)
    prompts = [q.prompt for q in made]
    assert "Fitness training: For Intensity, what does the table give under “What you change”?" in (
        prompts
    )
    assert any(re.search(r": Which factor has “.+” under “", p) for p in prompts)
    assert not any(p.startswith("Fitness training: For What you change") for p in prompts)
    assert any("match each factor to its entry under “Why it helps”. 1. " in p for p in prompts)


def test_a_measurement_is_offered_only_among_measurements_of_its_unit() -> None:
    """A column of values in several units: "230 V" among "50 Hz" and "tungsten" would give
    itself away. Only same-unit values are wrong options (the two speeds), and "which
    quantity?" is not asked on such a column."""
    deck = _notes(CONSTANTS)
    made = asked(deck)
    for q in made:
        assert ": Which quantity has " not in q.prompt, q.prompt
        if q.kind is QuestionKind.CHOICE:
            units = {o.split()[-1] for o in q.options}
            assert len(units) == 1, q.options
        if q.kind is QuestionKind.TRUE_FALSE and q.answers == ("False",):
            claimed = parts(CLAIM, q.prompt)
            assert claimed is not None, q.prompt
            assert claimed["value"].split()[-1] == q.source_fact.rsplit(" ", 1)[1], q.prompt
    assert any(" for Speed of sound in air" in q.prompt for q in made)


def test_a_table_with_no_first_header_but_asking_columns_is_one_thing_a_row() -> None:
    """ "| | What you change | Why it helps |": the unnamed first column names the rows."""
    deck = _notes(
        "# Chemistry\n\n## Speeding up a reaction\n\n| | What you change | Why it helps |\n"
        "|---|---|---|\n| Heating | Warm the mixture | Particles move faster |\n"
        "| Crushing | Grind the solid | More surface exposed |\n"
        "| Stirring | Mix it well | Reactants meet more often |\n"
    )
    prompts = {q.prompt for q in asked(deck)}
    assert (
        "Speeding up a reaction: For Heating, what does the table give under “What you change”?"
        in prompts
    )
    assert (
        "Speeding up a reaction: Which one has “Grind the solid” under “What you change”?"
        in prompts
    )


def test_a_phrase_in_a_cell_is_not_typed_and_a_header_ending_in_a_preposition_is_quoted() -> None:
    """ "Exothermic — Temperature of surroundings: _____" typed → "goes up" refused "rises";
    "match each quantity to its measured with" did not read as English."""
    deck = _notes(
        "# Chemistry\n\n## Energy changes\n\n| | Exothermic | Endothermic |\n|---|---|---|\n"
        "| Temperature of surroundings | goes up | goes down |\n| Sign of enthalpy change |"
        " negative | positive |\n\n## Measuring\n\n| Quantity | Unit | Measured with |\n"
        "|---|---|---|\n| Mass | kilogram | balance |\n| Volume | litre | measuring cylinder |\n"
        "| Temperature | kelvin | thermometer |\n| Time | second | stopwatch |\n"
    )
    made = asked(deck)
    typed = {q.answers[0] for q in made if q.typed}
    assert "goes up" not in typed and "goes down" not in typed
    assert "negative" in typed
    matching = [q.prompt for q in made if q.kind is QuestionKind.MATCHING]
    assert any("match each quantity to its entry under “Measured with”. 1. " in p for p in matching)
    assert not any("to its measured with" in p for p in matching)
