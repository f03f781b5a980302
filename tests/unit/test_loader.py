"""The deck loader: good decks load whole, and every kind of broken deck is refused with problems a
teacher can act on (file, line, column, where in the deck, what was expected)."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

import knowledge
import knowledge._yaml_nodes as yaml_nodes
from knowledge import loader
from knowledge.loader import (
    MAX_DECK_BYTES,
    MAX_DEPTH,
    MAX_FACT_CHARS,
    MAX_TOPIC_DEPTH,
    MAX_VALUES,
    DeckError,
    DeckProblem,
    check_deck,
    load_deck,
    parse_deck,
)
from knowledge.model import Deck, stable_id

DATA = Path(__file__).resolve().parent.parent / "data"
BROKEN = DATA / "broken_decks"
GOOD = DATA / "good_decks"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "decks.md"

HEADER = "deck:\n  id: test-deck\n  title: Test deck\n"


def problems_of(text: str) -> list[DeckProblem]:
    """The problems parse_deck reports for `text` (failing the test if it loads)."""
    with pytest.raises(DeckError) as caught:
        parse_deck(text, "t.yaml")
    return list(caught.value.problems)


def one_topic(**lines: str) -> str:
    """A deck whose single topic has an id, a title and the given extra YAML lines."""
    body = "".join(f"    {key}: {value}\n" for key, value in lines.items())
    return f"{HEADER}topics:\n  - id: topic\n    title: Topic\n{body}"


@pytest.fixture(params=["libyaml", "python"])
def parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Runs a test with libyaml's C parser and again with PyYAML's pure-Python one."""
    if request.param == "libyaml":
        if not yaml.__with_libyaml__:
            pytest.skip("PyYAML was built without libyaml")
        monkeypatch.setattr(yaml_nodes, "parser_class", lambda: yaml.CSafeLoader)
    else:
        monkeypatch.setattr(yaml_nodes, "parser_class", lambda: yaml.SafeLoader)
    return str(request.param)


# -- the broken-deck corpus ---------------------------------------------------------------------


@dataclass(frozen=True)
class Refusal:
    """What a teacher must see for one broken deck: the line, a phrase, and where in the deck."""

    line: int
    phrase: str
    path: str = ""


REFUSALS = {
    "alias_bomb.yaml": Refusal(8, f"more than {MAX_VALUES:,} values"),
    "alias_flood.yaml": Refusal(106, "more than 100 aliases"),
    "bad_deck_id.yaml": Refusal(2, "e.g. 'test-deck'", "deck.id"),
    "bad_slug.yaml": Refusal(5, "not a valid id", "topics[0].id"),
    "bad_years_order.yaml": Refusal(7, "ends before it starts", "topics[0].years"),
    "bad_years_text.yaml": Refusal(7, "expected a year like 1956", "topics[0].years"),
    "binary.yaml": Refusal(3, "binary file"),
    "choice_answer_not_option.yaml": Refusal(
        10, "not one of the options; did you mean 'Poland'?", "questions[0].answers[0]"
    ),
    "choice_duplicate_options.yaml": Refusal(
        12, "repeats the one at line 10", "questions[0].options[2]"
    ),
    "choice_too_few_options.yaml": Refusal(
        9, "needs 2 to 12 options, got 1", "questions[0].options"
    ),
    "choice_too_many_options.yaml": Refusal(
        9, "needs 2 to 12 options, got 13", "questions[0].options"
    ),
    "colon_in_title.yaml": Refusal(6, "needs the whole text in quotes"),
    "control_character.yaml": Refusal(6, "control character U+0007"),
    "dangling_related.yaml": Refusal(
        7, "no topic has the id 'polnd'; did you mean 'poland'?", "topics[0].related[0]"
    ),
    "deeply_nested.yaml": Refusal(7, f"nested more than {MAX_DEPTH} levels"),
    "duplicate_mapping_key.yaml": Refusal(
        8, "duplicate key 'title' (first given at line 6)", "topics[0]"
    ),
    "duplicate_question.yaml": Refusal(10, "duplicate question id", "questions[1]"),
    "duplicate_term_id.yaml": Refusal(10, "duplicate term id 'detente'", "terms[1]"),
    "duplicate_title.yaml": Refusal(8, "same title (line 6)", "topics[1].title"),
    "duplicate_topic_id.yaml": Refusal(
        9, "duplicate topic id 'poland' (first used at line 5)", "topics[2].id"
    ),
    "empty.yaml": Refusal(1, "holds no deck"),
    "empty_answers.yaml": Refusal(9, "needs at least one answer", "questions[0].answers"),
    "empty_fact.yaml": Refusal(9, "the fact is empty", "topics[0].facts[1]"),
    "empty_title.yaml": Refusal(6, "the title is empty", "topics[0].title"),
    "escaped_control_character.yaml": Refusal(6, "control character U+001B", "topics[0].title"),
    "fact_with_colon.yaml": Refusal(8, "put the whole fact in quotes", "topics[0].facts[0]"),
    "group_without_facts.yaml": Refusal(
        9, "a group needs a list of facts", "topics[0].facts[0].facts"
    ),
    "huge_string.yaml": Refusal(
        9, f"too long: 6,299 characters (at most {MAX_FACT_CHARS:,})", "topics[0].facts[1]"
    ),
    "merge_key.yaml": Refusal(7, "merge keys ('<<') are not supported", "topics[0]"),
    "missing_deck.yaml": Refusal(2, "missing required key 'deck'"),
    "missing_title.yaml": Refusal(7, "missing required key 'title'", "topics[1]"),
    "misspelt_key.yaml": Refusal(9, "unknown key 'alises'; did you mean 'aliases'?", "topics[1]"),
    "multiline_title.yaml": Refusal(6, "must fit on one line", "topics[0].title"),
    "nested_group.yaml": Refusal(10, "cannot hold another group", "topics[0].facts[0].facts[0]"),
    "no_topics.yaml": Refusal(
        4, "expected a list of topics (at least one), got an empty list", "topics"
    ),
    "non_utf8.yaml": Refusal(7, "not UTF-8"),
    "python_tag.yaml": Refusal(6, "the tag '!!python/object/apply:os.system' is not allowed"),
    "question_unknown_topic.yaml": Refusal(10, "did you mean 'hungary'?", "questions[0].topic"),
    "recursive_alias.yaml": Refusal(8, "refers to a value that contains it"),
    "self_related.yaml": Refusal(7, "cannot be related to itself", "topics[0].related[0]"),
    "subtopic_duplicate_title.yaml": Refusal(
        13, "same title (line 10)", "topics[0].subtopics[1].title"
    ),
    "subtopics_not_a_list.yaml": Refusal(8, "expected a list of subtopics", "topics[0].subtopics"),
    "subtopics_too_deep.yaml": Refusal(
        29,
        f"at most {MAX_TOPIC_DEPTH} levels deep",
        "topics[0]" + ".subtopics[0]" * 7 + ".subtopics",
    ),
    "syntax_error.yaml": Refusal(8, "a '[' list is not closed"),
    "tab_indentation.yaml": Refusal(7, "tab character"),
    "term_unknown_topic.yaml": Refusal(10, "did you mean 'key-terms'?", "terms[0].topics[0]"),
    "top_level_list.yaml": Refusal(1, "expected the top level (key: value lines), got a list"),
    "topic_not_mapping.yaml": Refusal(7, "expected a topic", "topics[1]"),
    "two_documents.yaml": Refusal(7, "one YAML document"),
    "unbalanced_cloze.yaml": Refusal(8, "unbalanced cloze markup", "topics[0].facts[0]"),
    "unclosed_quote.yaml": Refusal(8, "a quote is opened but never closed"),
    "undefined_alias.yaml": Refusal(7, "no '&leaders' anchor"),
    "utf16.yaml": Refusal(1, "UTF-16"),
    "wrong_types.yaml": Refusal(
        7, "expected a list of strings, got a number (1956)", "topics[0].aliases"
    ),
}


def test_every_broken_deck_has_an_expectation() -> None:
    on_disk = {path.name for path in BROKEN.iterdir()}
    assert on_disk == set(REFUSALS)
    assert len(on_disk) >= 24


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_broken_deck_is_refused_with_where_and_what(name: str) -> None:
    path = BROKEN / name
    expected = REFUSALS[name]

    problems = check_deck(path)

    assert problems, f"{name} was accepted"
    assert all(problem.file == str(path) for problem in problems)
    matching = [problem for problem in problems if expected.phrase in problem.message]
    assert matching, [str(problem) for problem in problems]
    found = matching[0]
    assert (found.line, found.path) == (expected.line, expected.path), str(found)
    assert found.column is not None and found.column >= 1
    assert str(found).startswith(f"{path}:{expected.line}:{found.column}: ")


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_broken_deck_raises_only_deck_error_with_every_parser(name: str, parser: str) -> None:
    with pytest.raises(DeckError) as caught:
        load_deck(BROKEN / name)

    assert caught.value.problems
    assert any(problem.line is not None for problem in caught.value.problems)
    for problem in caught.value.problems:
        assert str(problem) in str(caught.value)


def test_alias_bomb_is_refused_at_the_first_alias_past_the_limit() -> None:
    # The limit is reached on the bomb's 8th line: nothing after it was parsed or expanded.
    problems = check_deck(BROKEN / "alias_bomb.yaml")

    assert [problem.line for problem in problems] == [8]


# -- good decks ---------------------------------------------------------------------------------


def test_full_deck_round_trips_every_key(parser: str) -> None:
    deck = load_deck(GOOD / "full.yaml")

    assert (deck.id, deck.title, deck.subject, deck.source) == (
        "full-deck",
        "Khrushchev's Foreign Policy 1953–64",
        "History",
        "notes/khrushchev.txt",
    )
    assert deck.description == "Soviet and Western aims after Stalin, and the crises that followed."

    uprising, thaw, a_year = deck.topics
    assert uprising.id == "hungarian-uprising"
    assert uprising.aliases == ("Hungarian Revolution", "Hungary 1956")
    assert (uprising.start_year, uprising.end_year, uprising.years) == (1956, 1956, "1956")
    assert uprising.date == "23 October – 4 November 1956"
    assert uprising.summary == "A revolt against Soviet control."
    assert uprising.people == ("Imre Nagy", "Ernő Gerő")
    assert uprising.places == ("Hungary", "Budapest")
    assert uprising.related == ("thaw", "a-year")
    assert [(fact.raw, fact.group) for fact in uprising.facts] == [
        ("Gerő replaced with {{c1::Nagy}}", None),
        ("imposed no economic {{c1::sanctions::a penalty}}", "Americans react"),
        ("did not intervene: Hungary was in the Soviet sphere", "Americans react"),
        ("Nagy's government lasted {{c1::ten}} days", None),
    ]
    assert uprising.facts[1].text == "imposed no economic sanctions"
    assert uprising.facts[1].cloze == ("sanctions",)

    assert (thaw.start_year, thaw.end_year, thaw.years) == (1953, 1964, "1953–1964")
    assert thaw.facts[0].raw == "A literal block keeps\nits line breaks"

    # YAML would read these as a number, booleans, a float and a null: a teacher means the text.
    assert a_year.title == "1956"
    assert a_year.aliases == ("NO", "yes", "1e3", "null text")
    assert (a_year.start_year, a_year.end_year) == (1953, 1964)
    assert (a_year.facts, a_year.people) == ((), ())

    detente, coexistence, brinkmanship = deck.terms
    assert (detente.id, detente.term, detente.aliases, detente.topics) == (
        "detente",
        "Détente",
        ("Detente",),
        ("thaw",),
    )
    assert coexistence.id == "coexistence"
    assert coexistence.definition == "capitalism + communism could exist side by side"
    assert coexistence.topics == ("thaw", "hungarian-uprising")
    assert (brinkmanship.id, brinkmanship.topics) == ("brinkmanship", ())
    assert deck.terms_of("thaw") == (detente, coexistence)

    typed, single, choice = deck.questions
    assert (typed.id, typed.kind, typed.answers, typed.topic) == (
        "who-replaced-gero",
        "typed",
        ("Imre Nagy", "Nagy"),
        "hungarian-uprising",
    )
    assert typed.explanation == "Nagy became prime minister."
    assert (single.id, single.answers, single.topic) == (
        stable_id("In which year did the Hungarian Uprising happen?"),
        ("1956",),
        None,
    )
    assert choice.kind == "choice"
    assert choice.options == ("Poland", "Austria", "Hungary", "Finland")
    assert choice.correct == (0, 2)
    assert choice.answers == (
        "Poland",
        "Hungary",
    )  # spelt as the options, whatever the case written

    assert deck.topic("thaw") is thaw


def test_minimal_deck_loads_with_defaults() -> None:
    deck = load_deck(GOOD / "minimal.yaml")

    assert (deck.id, deck.title, deck.subject, deck.terms, deck.questions) == (
        "minimal",
        "Minimal",
        None,
        (),
        (),
    )
    (topic,) = deck.topics
    assert (topic.id, topic.title, topic.facts, topic.start_year, topic.related) == (
        "only",
        "The only topic",
        (),
        None,
        (),
    )


def test_windows_line_endings_and_byte_order_mark_are_fine() -> None:
    deck = load_deck(GOOD / "crlf_bom.yaml")

    assert deck.id == "windows-deck"
    assert deck.topics[0].facts[0].raw == "Built in {{c1::August}} 1961"
    assert deck.topics[0].start_year == 1961


def test_anchors_flow_style_and_quoted_keys_within_limits() -> None:
    deck = load_deck(GOOD / "yaml_features.yaml")

    poland, hungary = deck.topics
    assert poland.title == "Poland"
    assert poland.people == hungary.people == ("Władysław Gomułka",)
    assert poland.summary == "A folded summary."
    assert [fact.raw for fact in poland.facts] == [
        "Gomułka came to power",
        "Reforms: some, not all",
    ]
    assert deck.subject is None


@pytest.mark.parametrize("name", sorted(path.name for path in GOOD.iterdir()))
def test_both_parsers_build_the_same_deck(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with_c = load_deck(GOOD / name)
    monkeypatch.setattr(yaml_nodes, "parser_class", lambda: yaml.SafeLoader)

    assert load_deck(GOOD / name) == with_c
    assert check_deck(GOOD / name) == []


def test_subtopics_load_as_a_tree_over_stable_flat_topics() -> None:
    deck = load_deck(GOOD / "subtopics.yaml")

    assert [topic.id for topic in deck.topics] == [
        "weather-hazards",
        "tropical-storms",
        "typhoon-haiyan",
        "uk-weather",
        "tectonic-hazards",
    ]
    assert [topic.id for topic in deck.roots()] == ["weather-hazards", "tectonic-hazards"]
    assert [topic.title for topic in deck.path("typhoon-haiyan")] == [
        "Weather hazards",
        "Tropical storms",
        "Case study: Typhoon Haiyan",
    ]
    assert [topic.id for topic in deck.children("weather-hazards")] == [
        "tropical-storms",
        "uk-weather",
    ]
    assert deck.subtree("weather-hazards") == (
        "weather-hazards",
        "tropical-storms",
        "typhoon-haiyan",
        "uk-weather",
    )
    assert deck.depth("typhoon-haiyan") == 2 and deck.parent("tectonic-hazards") is None
    haiyan = deck.topic("typhoon-haiyan")
    assert haiyan is not None and haiyan.start_year == 2013
    assert [fact.text for fact in haiyan.facts if fact.group == "Effects"] == [
        "over 6,000 people died",
        "600,000 people were displaced",
    ]
    assert deck.questions[0].topic == "typhoon-haiyan"
    assert not deck.is_flat


def test_a_deck_without_subtopics_is_a_tree_of_depth_one() -> None:
    deck = load_deck(GOOD / "full.yaml")

    assert deck.is_flat and deck.roots() == deck.topics
    assert all(deck.subtree(topic.id) == (topic.id,) for topic in deck.topics)


def test_the_subtopics_example_in_the_docs_loads() -> None:
    text = DOCS.read_text(encoding="utf-8")
    section = text[text.index("### Subtopics") :]
    example = re.search(r"```yaml\n(.*?)```", section, re.DOTALL)
    assert example is not None
    body = "deck:\n  id: hazards\n  title: Hazards\n" + example.group(1)

    deck = parse_deck(body, "docs/decks.md")

    assert deck.path("typhoon-haiyan")[0].title == "Weather hazards"


def test_the_example_in_the_docs_loads() -> None:
    text = DOCS.read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.DOTALL)
    assert example is not None

    deck = parse_deck(example.group(1), "docs/decks.md")

    assert len(deck.topics) >= 2
    assert {question.kind for question in deck.questions} == {"typed", "choice"}
    assert deck.terms and any(fact.group for topic in deck.topics for fact in topic.facts)


def test_the_docs_state_the_limits_the_loader_enforces() -> None:
    text = DOCS.read_text(encoding="utf-8")

    assert f"{MAX_DECK_BYTES // 2**20} MiB" in text
    assert f"{MAX_VALUES:,}" in text
    assert f"{MAX_DEPTH} levels" in text
    assert f"| subtopics inside subtopics | {MAX_TOPIC_DEPTH} levels |" in text
    assert f"{MAX_FACT_CHARS:,} characters" in text


def test_ten_thousand_topics_with_ten_facts_each_fit_the_limits() -> None:
    topics = "".join(
        f"  - id: topic-{n}\n    title: Topic {n}\n    aliases: [Alias {n}]\n    years: 1950-1960\n"
        "    facts:\n"
        + "".join(f"      - fact {k} of topic {n} with a {{{{c1::blank}}}}\n" for k in range(10))
        + f"    related: [topic-{(n + 1) % 10_000}]\n"
        for n in range(10_000)
    )

    deck = parse_deck(f"{HEADER}topics:\n{topics}")

    assert len(deck.topics) == 10_000
    assert sum(len(topic.facts) for topic in deck.topics) == 100_000


# -- values as a teacher writes them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "years"),
    [
        ("1956", (1956, 1956)),
        ("'1956'", (1956, 1956)),
        ("1953-1964", (1953, 1964)),
        ("1953–1964", (1953, 1964)),
        ("1953 - 1964", (1953, 1964)),
        ("1953-64", (1953, 1964)),
        ("1998-02", (1998, 2002)),
        ("476", (476, 476)),
    ],
)
def test_years_are_read_as_teachers_write_them(written: str, years: tuple[int, int]) -> None:
    topic = parse_deck(one_topic(years=written)).topics[0]

    assert (topic.start_year, topic.end_year) == years


@pytest.mark.parametrize(
    ("written", "phrase"),
    [
        ("1964-1953", "ends before it starts"),
        ("0", "between 1 and 9999"),
        ("19567", "expected a year like 1956"),
        ("1956.5", "got a number (1956.5)"),
        ("[1953, 1964]", "got a list"),
        ("soon", "got text ('soon')"),
    ],
)
def test_bad_years_are_refused(written: str, phrase: str) -> None:
    (problem,) = problems_of(one_topic(years=written))

    assert phrase in problem.message
    assert (problem.line, problem.path) == (7, "topics[0].years")


@pytest.mark.parametrize(
    ("written", "title"),
    [
        ("yes", "yes"),
        ("NO", "NO"),
        ("1956", "1956"),
        ("2026-01-31", "2026-01-31"),
        ("0x1F", "0x1F"),
    ],
)
def test_values_yaml_would_convert_are_kept_as_written(written: str, title: str) -> None:
    deck = parse_deck(f"deck:\n  id: d\n  title: T\ntopics:\n  - id: t\n    title: {written}\n")

    assert deck.topics[0].title == title


@pytest.mark.parametrize(
    "fact",
    [
        "{{c1::Nagy}} replaced Gerő",
        "{{c1::Nagy::a name}} replaced {{c2::Gerő}}",
        "a set {1, 2} is fine",
        "{{c1::two\nlines}} of text",
    ],
)
def test_balanced_cloze_markup_is_accepted(fact: str) -> None:
    deck = parse_deck(one_topic(facts=f"\n      - {json.dumps(fact)}"))

    assert [f.raw for f in deck.topics[0].facts] == [fact]


@pytest.mark.parametrize(
    ("fact", "phrase"),
    [
        ("Gerő replaced with {{c1::Nagy", "has no closing '}}'"),
        ("Gerő replaced with Nagy}}", "never opens"),
        ("Gerő replaced with {{c1:Nagy}}", "malformed cloze markup"),
        ("Gerő replaced with {{Nagy}}", "malformed cloze markup"),
        ("Gerő replaced with {{c1::}}", "empty answer"),
        ("{{c1::Nagy {{c2::Imre}} }} replaced Gerő", "opens again before it closes"),
    ],
)
def test_bad_cloze_markup_is_refused(fact: str, phrase: str) -> None:
    (problem,) = problems_of(one_topic(facts=f"\n      - '{fact}'"))

    assert phrase in problem.message
    assert problem.path == "topics[0].facts[0]"


def test_unknown_key_without_a_close_match_lists_the_allowed_keys() -> None:
    (problem,) = problems_of(one_topic(colour="red"))

    assert problem.message.startswith("unknown key 'colour'; the keys of a topic are: id, title,")


def test_a_misspelt_required_key_is_reported_once() -> None:
    text = f"{HEADER}topics:\n  - id: topic\n    tilte: Topic\n"

    (problem,) = problems_of(text)

    assert problem.message == "unknown key 'tilte'; did you mean 'title'?"


def test_every_problem_is_reported_in_one_pass_in_file_order() -> None:
    text = (
        f"{HEADER}topics:\n"
        "  - id: poland\n    title: Poland\n    alises: [Polska]\n"  # line 5-7
        "  - id: Hungary\n    title: Hungary\n"  # line 8
        "  - id: thaw\n    title: The Thaw\n    years: 1964-1953\n    related: [polnd]\n"
        "terms:\n  - term: Détente\n"  # definition missing, line 15
        "questions:\n  - question: Capital of Poland?\n    options: [Warsaw]\n    answers: Warsaw\n"
    )

    problems = problems_of(text)

    assert [(problem.line, problem.path) for problem in problems] == [
        (7, "topics[0]"),
        (8, "topics[1].id"),
        (12, "topics[2].years"),
        (13, "topics[2].related[0]"),
        (15, "terms[0]"),
        (18, "questions[0].options"),
    ]
    message = str(DeckError(problems))
    assert message.startswith("6 problems in the deck:\n")
    assert message.count("\n  t.yaml:") == 6


def test_a_term_with_no_latin_letters_still_gets_an_id() -> None:
    text = f"{HEADER}topics:\n  - id: t\n    title: T\n"
    text += "terms:\n  - {term: 冷战, definition: Cold War}\n"

    (term,) = parse_deck(text).terms

    assert term.id == f"term-{stable_id('冷战')}"


def test_a_long_title_is_refused_with_the_limit() -> None:
    (problem,) = problems_of(one_topic(summary="x" * 301))

    assert problem.message == "the summary is too long: 301 characters (at most 300)"


def test_mutated_decks_never_raise_anything_but_deck_error() -> None:
    original = (GOOD / "full.yaml").read_text(encoding="utf-8")
    pieces = [
        ":",
        "- ",
        "[",
        "]",
        "{",
        "}",
        "'",
        '"',
        "\t",
        "&a ",
        "*a",
        "\n",
        "  ",
        "{{c1::",
        "}}",
        "#",
    ]
    chance = random.Random(20260101)
    for _ in range(300):
        text = list(original)
        for _ in range(chance.randint(1, 4)):
            at = chance.randrange(len(text))
            if chance.random() < 0.5:
                text[at] = chance.choice(pieces)
            else:
                del text[at]
        try:
            deck = parse_deck("".join(text), "mutant.yaml")
        except DeckError as error:
            assert all(problem.file == "mutant.yaml" for problem in error.problems)
            assert all(problem.line is not None for problem in error.problems)
        else:
            assert isinstance(deck, Deck)


# -- files, sizes and the API ------------------------------------------------------------------


def test_an_oversized_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_parse(text: str) -> None:
        raise AssertionError("the file was parsed")

    monkeypatch.setattr(loader, "compose", must_not_parse)
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as stream:
        stream.truncate(MAX_DECK_BYTES + 1)  # sparse: no disk space used

    (problem,) = check_deck(huge)

    assert (problem.line, problem.column) == (None, None)
    assert problem.message == "the file is larger than 32 MiB; split it into smaller decks"
    assert str(problem) == f"{huge}: the file is larger than 32 MiB; split it into smaller decks"


def test_oversized_text_is_refused_before_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def must_not_parse(text: str) -> None:
        raise AssertionError("the text was parsed")

    monkeypatch.setattr(loader, "compose", must_not_parse)

    with pytest.raises(DeckError, match="larger than 32 MiB"):
        parse_deck("é" * (MAX_DECK_BYTES // 2 + 1))


def test_unreadable_paths_are_problems_not_crashes(tmp_path: Path) -> None:
    (missing,) = check_deck(tmp_path / "nowhere.yaml")
    (directory,) = check_deck(tmp_path)

    assert str(missing) == f"{tmp_path / 'nowhere.yaml'}: no such file"
    assert directory.message == "this is a directory, not a deck file"
    with pytest.raises(DeckError, match="no such file"):
        load_deck(str(tmp_path / "nowhere.yaml"))


def test_problem_text_shows_only_what_is_known() -> None:
    assert str(DeckProblem("d.yaml", 3, 7, "topics[0].title", "the title is empty")) == (
        "d.yaml:3:7: topics[0].title: the title is empty"
    )
    assert str(DeckProblem("d.yaml", 3, None, "", "bad")) == "d.yaml:3: bad"
    assert str(DeckProblem("d.yaml", None, None, "", "no such file")) == "d.yaml: no such file"


def test_a_deck_error_needs_a_problem() -> None:
    with pytest.raises(ValueError, match="at least one problem"):
        DeckError([])


def test_the_knowledge_package_exports_the_loader() -> None:
    assert knowledge.load_deck is load_deck
    assert knowledge.parse_deck is parse_deck
    assert knowledge.check_deck is check_deck
    assert knowledge.DeckError is DeckError
    assert knowledge.DeckProblem is DeckProblem


def test_a_deck_of_more_bold_words_than_an_import_keeps_is_refused_clearly() -> None:
    # The quiz matches every `emphasis:` word in one pattern: a hand-written deck of thousands of
    # long ones made each question slow. An import keeps 2,000 at most; the deck may hold as many.
    topics = "topics:\n  - id: topic\n    title: Topic\n    facts: [The Nile floods.]\n"
    words = [f"word{index}" for index in range(2_001)]
    deck = parse_deck(f"{HEADER}{topics}emphasis: [{', '.join(words[:2_000])}]\n", "t.yaml")
    assert len(deck.emphasis) == 2_000
    [problem] = problems_of(f"{HEADER}{topics}emphasis: [{', '.join(words)}]\n")
    assert problem.path == "emphasis"
    assert "at most 2,000 bold words are allowed, got 2,001" in problem.message
