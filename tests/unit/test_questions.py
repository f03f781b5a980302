"""Quiz questions from any deck: what a student is shown must be answerable, fair and explained.

The rules run over every candidate question of three decks (the bundled history deck and two decks of
other subjects built here), for several seeds, so they hold for notes the generator was not tuned on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from functools import cache
from itertools import pairwise

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind, format_sample
from bot.questions._context import DeckContext
from bot.questions._fact_parts import part_lines
from knowledge.bundled import DEFAULT_DECK
from knowledge.importers import dump_deck, import_text
from knowledge.loader import load_deck, parse_deck
from knowledge.model import Deck, DeckQuestion, Fact, Term, Topic, stable_id
from knowledge.text import fold

SEEDS = (0, 1, 2)
CHOICE_KINDS = {
    QuestionKind.CHOICE,
    QuestionKind.WHICH_TOPIC,
    QuestionKind.TERM_TO_DEFINITION,
    QuestionKind.DEFINITION_TO_TERM,
}
YEAR = re.compile(r"1\d{3}|20\d{2}")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


# --- decks ------------------------------------------------------------------------------------


def facts(*lines: str, group: str | None = None) -> tuple[Fact, ...]:
    return tuple(Fact(line, group) for line in lines)


def geography_deck() -> Deck:
    """Physical geography: places, quantities with units, percentages, dated events."""
    topics = (
        Topic(
            id="rivers",
            title="Rivers",
            aliases=("River systems",),
            places=("Nile", "Amazon", "Egypt", "Sudan", "Mediterranean Sea"),
            facts=facts(
                "The Nile is about 6,650 km long and flows north into the Mediterranean Sea",
                "The Aswan High Dam in Egypt was completed in 1970",
                "The Amazon carries about 20% of all river water that reaches the oceans",
                "The Amazon basin covers about 7 million square kilometres",
                "The Blue Nile and the White Nile meet at Khartoum in Sudan",
            ),
        ),
        Topic(
            id="mountains",
            title="Mountains",
            aliases=("Mountain building",),
            people=("Edmund Hillary", "Tenzing Norgay"),
            places=("Mount Everest", "Nepal", "Himalayas", "Andes"),
            facts=facts(
                "Mount Everest is 8,849 metres high",
                "Edmund Hillary and Tenzing Norgay first reached the summit of Everest in 1953",
                "The Himalayas formed when the Indian Plate collided with the Eurasian Plate",
                "The Andes are the longest continental mountain range, about 7,000 km long",
            ),
        ),
        Topic(
            id="deserts",
            title="Deserts",
            places=("Sahara", "Atacama Desert", "Chile", "Gobi"),
            facts=facts(
                "The Sahara covers about 9 million square kilometres of North Africa",
                "The Atacama Desert in Chile is the driest non-polar desert on Earth",
                "Some weather stations in the Atacama have never recorded rain",
                "The Gobi is a cold desert that spans Mongolia and northern China",
            ),
        ),
        Topic(
            id="monsoon",
            title="Monsoon",
            aliases=("Indian monsoon",),
            places=("India", "Bangladesh"),
            facts=facts(
                "The summer {{c1::monsoon}} brings about 80% of India's yearly rainfall",
                "Floods in {{c1::Bangladesh}} follow heavy monsoon rain in the Ganges delta",
                "A weak monsoon can cause drought and crop failure",
            ),
        ),
        Topic(
            id="krakatoa",
            title="Krakatoa eruption",
            start_year=1883,
            places=("Indonesia", "Java", "Sumatra"),
            facts=facts(
                "The explosion was heard about 4,800 km away",
                "Tsunamis killed more than 36,000 people on Java and Sumatra",
                "Ash in the air lowered world temperatures the following year",
            ),
        ),
        Topic(
            id="san-francisco",
            title="San Francisco earthquake",
            start_year=1906,
            places=("San Francisco", "San Andreas Fault", "California"),
            facts=facts(
                "The San Andreas Fault marks the boundary between the Pacific Plate and the "
                "North American Plate",
                "Fires burned for several days and destroyed about 80% of the city",
                "About 3,000 people died",
            ),
        ),
        Topic(
            id="st-helens",
            title="Mount St. Helens eruption",
            start_year=1980,
            places=("Washington",),
            facts=facts(
                "A lateral blast flattened forest over 600 square kilometres",
                "The eruption killed 57 people",
            ),
        ),
        Topic(
            id="tohoku",
            title="Tohoku earthquake",
            aliases=("Great East Japan Earthquake",),
            start_year=2011,
            places=("Japan", "Fukushima"),
            facts=facts(
                "A magnitude 9.0 earthquake struck off the coast of Japan",
                "The tsunami caused a nuclear accident at Fukushima",
                "Sea walls up to 10 metres high were overtopped",
            ),
        ),
        Topic(
            id="cities",
            title="Megacities",
            places=("Tokyo", "Lagos", "Nigeria", "Mumbai"),
            facts=facts(
                "Tokyo has about 37 million people in its metropolitan area",
                "Lagos is the largest city in Nigeria",
                "About 40% of Mumbai's people live in informal settlements",
                group="Examples",
            ),
        ),
    )
    terms = (
        Term("erosion", "Erosion", "the wearing away of land by water, wind or ice"),
        Term("delta", "Delta", "a landform built from sediment where a river meets the sea"),
        Term("tributary", "Tributary", "a smaller river that joins a larger one", ("Feeder",)),
        Term(
            "monsoon", "Monsoon", "a seasonal wind that brings heavy summer rain", (), ("monsoon",)
        ),
        Term("plate-boundary", "Plate boundary", "where two tectonic plates meet"),
        Term("oxbow-lake", "Oxbow lake", "a curved lake left when a meander is cut off"),
    )
    questions = (
        DeckQuestion(
            id=stable_id("nile-north"),
            kind="typed",
            prompt="Which river flows north into the Mediterranean Sea?",
            answers=("Nile", "River Nile"),
            topic="rivers",
        ),
        DeckQuestion(
            id=stable_id("lagos-country"),
            kind="choice",
            prompt="Which country is Lagos in?",
            answers=("Nigeria",),
            options=("Ghana", "Nigeria", "Kenya", "Senegal"),
            correct=(1,),
            explanation="Lagos is the largest city in Nigeria.",
            topic="cities",
        ),
    )
    return Deck(
        id="physical-geography",
        title="Physical Geography",
        subject="Geography",
        topics=topics,
        terms=terms,
        questions=questions,
    )


def chemistry_deck() -> Deck:
    """Chemistry: scientists, formulas, units, scientific notation; no hand-written questions."""
    topics = (
        Topic(
            id="periodic-table",
            title="Periodic table",
            start_year=1869,
            people=("Dmitri Mendeleev",),
            facts=facts(
                "Mendeleev left gaps for elements that had not yet been discovered",
                "Elements in the same group have the same number of electrons in their outer shell",
                "Group 1 metals react with water to form an alkaline solution and hydrogen",
            ),
        ),
        Topic(
            id="atomic-structure",
            title="Atomic structure",
            people=("Ernest Rutherford", "J. J. Thomson", "Niels Bohr"),
            facts=facts(
                "Thomson discovered the electron in 1897",
                "Rutherford's gold foil experiment showed that an atom has a small dense nucleus",
                "Bohr proposed that electrons orbit the nucleus in fixed shells",
                "A proton has a relative mass of 1 and a charge of +1",
            ),
        ),
        Topic(
            id="air",
            title="The atmosphere",
            aliases=("Air",),
            facts=facts(
                "Nitrogen makes up about 78% of dry air",
                "Oxygen makes up about 21% of dry air",
                "Carbon dioxide (CO2) is released by burning fossil fuels",
            ),
        ),
        Topic(
            id="acids",
            title="Acids and alkalis",
            facts=facts(
                "A solution with a pH of 7 is neutral",
                "Hydrochloric acid (HCl) and sodium hydroxide (NaOH) react to form salt and water",
            ),
        ),
        Topic(
            id="water",
            title="Water",
            facts=facts(
                "Pure water boils at 100 °C at sea level",
                "Each water molecule (H2O) has two hydrogen atoms and one oxygen atom",
                "One mole contains 6.02 × 10^23 particles",
            ),
        ),
        Topic(
            id="electrolysis",
            title="Electrolysis",
            people=("Michael Faraday",),
            facts=facts(
                "Faraday published the laws of electrolysis in 1833",
                "Aluminium is extracted from bauxite by electrolysis",
            ),
        ),
        Topic(
            id="noble-gases",
            title="Noble gases",
            people=("William Ramsay",),
            facts=facts(
                "Ramsay and Rayleigh discovered argon in 1894",
                "Helium is used in balloons because it is less dense than air",
            ),
        ),
        Topic(
            id="haber",
            title="Haber process",
            start_year=1909,
            people=("Fritz Haber",),
            facts=facts(
                "The Haber process makes ammonia from nitrogen and hydrogen",
                "It runs at about 450 °C and 200 atmospheres with an iron catalyst",
                "About 80% of the ammonia made is used for fertilisers",
            ),
        ),
    )
    terms = (
        Term("isotope", "Isotope", "atoms of one element with different numbers of neutrons"),
        Term("ion", "Ion", "an atom or group of atoms with an electric charge"),
        Term("catalyst", "Catalyst", "a substance that speeds up a reaction without being used up"),
        Term("mole", "Mole", "the amount of substance containing 6.02 × 10^23 particles"),
        Term("alkali", "Alkali", "a base that dissolves in water"),
    )
    return Deck(
        id="gcse-chemistry", title="GCSE Chemistry", subject="Chemistry", topics=topics, terms=terms
    )


@cache
def deck(name: str) -> Deck:
    if name == "default":
        return load_deck(DEFAULT_DECK)
    return geography_deck() if name == "geography" else chemistry_deck()


@cache
def generator(name: str, seed: int) -> QuestionGenerator:
    return QuestionGenerator(deck(name), seed=seed)


@cache
def candidates(name: str) -> tuple[tuple[Deck, Question], ...]:
    """Every candidate question of a deck over all seeds, with the deck it came from."""
    return tuple((deck(name), q) for seed in SEEDS for q in generator(name, seed).all_candidates())


@cache
def batches(name: str) -> tuple[list[Question], ...]:
    """What students are shown: a 100-question batch per seed (the default deck: 300 in all)."""
    return tuple(generator(name, seed).generate(100) for seed in SEEDS)


DECKS = ("default", "geography", "chemistry")
every_deck = pytest.mark.parametrize("name", DECKS)


def of_kinds(name: str, *kinds: QuestionKind) -> list[tuple[Deck, Question]]:
    return [(d, q) for d, q in candidates(name) if not kinds or q.kind in kinds]


def has_phrase(text: str, phrase: str) -> bool:
    return f" {fold(phrase)} " in f" {fold(text)} "


# --- what the deck's own lists say a name is ---------------------------------------------------


def categories(d: Deck, option: str) -> set[str]:
    """Which of the deck's lists name `option` (a surname counts as its person)."""
    folded = fold(option)
    found = set()
    for topic in d.topics:
        if any(folded in (fold(p), fold(p).split()[-1]) for p in topic.people):
            found.add("person")
        if any(folded in (fold(p), fold(re.sub(r"\s*\(.*?\)", "", p))) for p in topic.places):
            found.add("place")
        if folded in {fold(n) for n in (topic.title, *topic.aliases)}:
            found.add("topic")
    for term in d.terms:
        if folded in {fold(n) for n in (term.term, *term.aliases)}:
            found.add("term")
    if re.fullmatch(r"[A-Z][A-Z0-9]+s?", option):
        found.add("acronym")
    return found


def numeric_shape(option: str) -> str:
    """The option with its numbers replaced: "$10 million" -> "$# million"; a year -> "year"."""
    if YEAR.fullmatch(option):
        return "year"
    return NUMBER.sub("#", option)


def value(option: str) -> float:
    match = NUMBER.search(option)
    assert match, option
    return float(match.group().replace(",", ""))


# --- the kinds ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["default", "geography"])
def test_every_kind_of_question_is_produced(name: str) -> None:
    # Reason and multi-select questions need two lead-ins of one kind (reasons beside reasons,
    # effects beside effects) for their wrong options, and matching needs three cause→effect
    # pairs or a list of three terms; these decks need not have that (the issue-14 tests do).
    # A list asked against the list beside it is a reason question too.
    optional = {QuestionKind.REASON, QuestionKind.MULTI_SELECT, QuestionKind.MATCHING}
    kinds = {q.kind for _, q in candidates(name)}
    assert set(QuestionKind) - optional <= kinds


def test_a_deck_without_hand_written_questions_has_every_other_kind() -> None:
    assert {q.kind for _, q in candidates("chemistry")} == set(QuestionKind) - {
        QuestionKind.HANDWRITTEN,
        QuestionKind.REASON,
        QuestionKind.MULTI_SELECT,
        QuestionKind.MATCHING,
    }


@every_deck
def test_a_batch_mixes_kinds(name: str) -> None:
    for seed in SEEDS:
        kinds = Counter(q.kind for q in generator(name, seed).generate(20))
        assert len(kinds) >= 5, kinds
        assert max(kinds.values()) <= 8, kinds


# --- give-aways -------------------------------------------------------------------------------


@every_deck
def test_no_prompt_contains_its_answer(name: str) -> None:
    for _, q in candidates(name):
        if q.kind in (QuestionKind.TRUE_FALSE, QuestionKind.CHRONOLOGY):
            continue
        for answer in q.answers:
            assert not has_phrase(q.prompt, answer), (q.prompt, answer)


def test_a_blank_the_topic_title_gives_away_is_never_asked() -> None:
    nile = Topic(
        id="nile",
        title="The Nile",
        places=("Nile", "Egypt", "Sudan", "Uganda", "Ethiopia"),
        facts=facts(
            "The Nile floods every summer in Egypt", "Lake Victoria in Uganda feeds the White Nile"
        ),
    )
    other = Topic(
        id="congo",
        title="The Congo",
        places=("Congo",),
        facts=facts("The Congo is the deepest river in the world"),
    )
    questions = QuestionGenerator(Deck(id="rivers", title="Rivers", topics=(nile, other)))
    nile_questions = questions.all_candidates(topic_id="nile")
    asked = {fold(q.answers[0]) for q in nile_questions if q.kind is QuestionKind.CLOZE}
    assert "egypt" in asked
    assert "nile" not in asked
    assert all(
        not has_phrase(q.answers[0], "Nile") for q in nile_questions if q.kind in CHOICE_KINDS
    )


def test_stop_words_and_long_phrases_are_never_blanked() -> None:
    topic = Topic(
        id="cells",
        title="Cells",
        facts=facts(
            "{{c1::The}} nucleus holds the genetic material of a cell",
            "Mitochondria release energy by {{c1::aerobic respiration of glucose and oxygen}}",
        ),
    )
    questions = QuestionGenerator(Deck(id="biology", title="Biology", topics=(topic,)))
    cloze = questions.all_candidates(kinds={QuestionKind.CLOZE})
    assert cloze == []


@every_deck
def test_which_topic_masks_the_words_that_name_the_topic(name: str) -> None:
    for _, q in of_kinds(name, QuestionKind.WHICH_TOPIC):
        title_roots = {w[:5] for w in fold(q.answers[0]).split() if len(w) >= 4}
        prompt_words = fold(q.prompt.split("?", 1)[1]).split()
        assert not any(w[:5] in title_roots for w in prompt_words if len(w) >= 4), q.prompt


def test_which_topic_skips_a_fact_naming_its_topic() -> None:
    """ "Huge demonstration in …" under "Hungarian Uprising": masked, the line still points at its
    topic (review 7 judged such stems as giving themselves away), so it is not asked."""
    asked = [q.source_fact for _, q in of_kinds("default", QuestionKind.WHICH_TOPIC)]
    assert asked, "the bundled deck still gives which-topic questions"
    assert not [fact for fact in asked if fact.startswith("Huge demonstration in Hungary")]
    assert not any("…" in q.prompt for _, q in of_kinds("default", QuestionKind.WHICH_TOPIC))


# --- options ----------------------------------------------------------------------------------


@every_deck
def test_choice_options_are_distinct_and_hold_the_answer_once(name: str) -> None:
    for _, q in of_kinds(name, *CHOICE_KINDS):
        if q.kind is QuestionKind.DEFINITION_TO_TERM and q.typed:
            continue  # a key term with too few of its kind to offer is typed (review 10)
        folded = [fold(option) for option in q.options]
        assert 3 <= len(q.options) <= 10, q
        assert len(set(folded)) == len(folded), q.options
        assert folded.count(fold(q.answers[0])) == 1, q
        assert [q.options[i] for i in q.correct] == [q.answers[0]]


@every_deck
def test_wrong_options_are_of_the_answers_type(name: str) -> None:
    checked: Counter[str] = Counter()
    for d, q in of_kinds(name, QuestionKind.CHOICE):
        answer = q.answers[0]
        if NUMBER.search(answer):
            shapes = {numeric_shape(option) for option in q.options}
            assert len(shapes) == 1, q.options
            checked["number"] += 1
        else:
            assert not any(NUMBER.search(option) for option in q.options), q.options
            shared = set.intersection(*(categories(d, option) for option in q.options))
            assert shared, (q.prompt, q.options)
            checked["name"] += 1
    assert checked["number"] >= 5 and checked["name"] >= 5, checked


@every_deck
def test_numeric_options_are_sorted_and_the_answer_moves(name: str) -> None:
    positions = set()
    for _, q in of_kinds(name, QuestionKind.CHOICE):
        if NUMBER.search(q.answers[0]):
            values = [value(option) for option in q.options]
            assert values == sorted(values), q.options
            positions.add(q.correct[0])
    assert len(positions) >= 3, positions


def test_quantities_money_percentages_and_years_look_like_the_answer() -> None:
    topic = Topic(
        id="army",
        title="The Red Army",
        facts=facts(
            "About 30,000 troops crossed the border",
            "Spending fell by $10 million",
            "The army was cut by 20%",
            "The treaty was signed in 1955",
        ),
    )
    other = Topic(id="navy", title="The Navy", facts=facts("The fleet sailed from Sevastopol"))
    d = Deck(id="army", title="Army", topics=(topic, other))
    by_answer: dict[str, list[tuple[str, ...]]] = {}
    for seed in SEEDS:
        for q in QuestionGenerator(d, seed=seed).all_candidates(kinds={QuestionKind.CHOICE}):
            by_answer.setdefault(q.answers[0], []).append(q.options)
    assert set(by_answer) == {"30,000", "$10 million", "20%", "1955"}
    for options in by_answer["30,000"]:
        assert len(options) == 4
        assert all(re.fullmatch(r"\d{1,3}(,\d{3})+", o) for o in options), options
        assert all(0.1 <= value(o) / 30_000 <= 10 for o in options), options
    for options in by_answer["$10 million"]:
        assert all(re.fullmatch(r"\$\d+ million", o) for o in options), options
    for options in by_answer["20%"]:
        assert all(o.endswith("%") and 0 < value(o) <= 100 for o in options), options
    for options in by_answer["1955"]:
        assert all(YEAR.fullmatch(o) and abs(int(o) - 1955) <= 10 for o in options), options


def test_example_from_the_brief_thirty_thousand() -> None:
    topic = Topic(id="t", title="Hungary", facts=facts("Huge demonstration, 30,000 troops"))
    filler = Topic(id="u", title="Poland", facts=facts("Workers protested in the city of Poznan"))
    d = Deck(id="d", title="D", topics=(topic, filler))
    sets = [
        q.options
        for seed in range(12)
        for q in QuestionGenerator(d, seed=seed).all_candidates(kinds={QuestionKind.CHOICE})
    ]
    assert sets
    for options in sets:
        values = sorted(value(o) for o in options)
        # Near values, written like the answer; ten times it ("300,000") is ruled out on sight.
        assert all(re.fullmatch(r"\d{1,3},000", o) for o in options), options
        assert all(0.2 <= v / 30_000 <= 5 for v in values), options
        # Round-10 review: never 15,000 / 30,000 / 45,000 or 30,000 among 60,000, 90,000,
        # 120,000: the answer would be the one the others step from or are multiples of.
        assert len({b - a for a, b in pairwise(values)}) > 1, options
        wrong = [v for v in values if v != 30_000]
        assert not all(v % 30_000 == 0 or 30_000 % v == 0 for v in wrong), options


@every_deck
def test_wrong_options_are_not_true_elsewhere_in_the_topic(name: str) -> None:
    for d, q in of_kinds(name, QuestionKind.CHOICE):
        topic = d.topic(q.topic_id or "")
        assert topic is not None
        for index, option in enumerate(q.options):
            if index not in q.correct:
                assert not any(has_phrase(f.text, option) for f in topic.facts), (q.prompt, option)


# --- true / false -----------------------------------------------------------------------------


def test_about_half_of_true_false_questions_are_true() -> None:
    verdicts = Counter(
        q.answers[0]
        for name in DECKS
        for batch in batches(name)
        for q in batch
        if q.kind is QuestionKind.TRUE_FALSE
    )
    total = verdicts["True"] + verdicts["False"]
    # True/false is asked only on checkable claims (issue 14), so there are fewer of them.
    assert total >= 50
    assert 0.4 <= verdicts["True"] / total <= 0.6, verdicts


@every_deck
def test_a_false_statement_changes_one_value_and_the_explanation_quotes_the_fact(name: str) -> None:
    for d, q in of_kinds(name, QuestionKind.TRUE_FALSE):
        assert q.options == ("True", "False")
        assert q.answers == (q.options[q.correct[0]],)
        statement = q.prompt.split(": ", 1)[1]
        if q.answers == ("True",):
            assert statement == q.source_fact
        else:
            assert statement != q.source_fact
            all_facts = {fold(f.text) for t in d.topics for f in t.facts}
            assert fold(statement) not in all_facts
        assert q.source_fact[:30] in q.explanation


# --- chronology, terms, hand-written ----------------------------------------------------------


@every_deck
def test_chronology_orders_events_with_distinct_years(name: str) -> None:
    questions = of_kinds(name, QuestionKind.CHRONOLOGY)
    assert questions
    for _, q in questions:
        assert q.prompt.startswith("Put these in order, earliest first")
        assert 3 <= len(q.options) <= 4
        assert sorted(q.correct) == list(range(len(q.options)))
        assert q.answers == tuple(q.options[i] for i in q.correct)
        assert not any(YEAR.search(option) for option in q.options)
        years = [int(YEAR.findall(entry)[-1]) for entry in q.source_fact.split("; ")]
        assert years == sorted(years) and len(set(years)) == len(years), q.source_fact


def test_a_fact_that_dates_itself_is_an_event() -> None:
    labels = {
        option for _, q in of_kinds("chemistry", QuestionKind.CHRONOLOGY) for option in q.options
    }
    assert "Thomson discovered the electron" in labels


@every_deck
def test_term_questions_pair_each_term_with_its_own_definition(name: str) -> None:
    for d, q in of_kinds(name, QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM):
        definitions = {t.term: t.definition for t in d.terms}
        if q.kind is QuestionKind.TERM_TO_DEFINITION:
            [term] = [t for t in definitions if f"“{t}”" in q.prompt]
            assert q.answers == (definitions[term],)
            assert set(q.options) <= set(definitions.values())
        else:
            assert q.answers[0] in definitions
            assert definitions[q.answers[0]] in q.prompt
            assert set(q.options) <= set(definitions)


@pytest.mark.parametrize("name", ["default", "geography"])
def test_every_hand_written_question_is_asked_as_written(name: str) -> None:
    asked = {q.prompt: q for _, q in of_kinds(name, QuestionKind.HANDWRITTEN)}
    for written in deck(name).questions:
        q = asked[written.prompt]
        assert q.options == written.options and q.correct == written.correct
        expected = (
            tuple(written.options[i] for i in written.correct)
            if written.options
            else written.answers
        )
        assert q.answers == expected


# --- cloze ------------------------------------------------------------------------------------


def test_cloze_markup_is_honoured() -> None:
    topic = Topic(
        id="cells",
        title="Cells",
        people=("Robert Hooke",),
        facts=facts(
            "The {{c1::mitochondrion}} is the {{c2::powerhouse}} of the cell, said Robert Hooke",
            "{{c1::Ribosomes::organelles}} make proteins from amino acids",
        ),
    )
    questions = QuestionGenerator(Deck(id="bio", title="Biology", topics=(topic,)))
    cloze = questions.all_candidates(kinds={QuestionKind.CLOZE})
    assert {q.answers[0] for q in cloze} == {"mitochondrion", "powerhouse", "Ribosomes"}
    for q in cloze:
        assert q.prompt.count("_____") == 1
        assert "{{" not in q.prompt
    [ribosomes] = [q for q in cloze if q.answers[0] == "Ribosomes"]
    assert ribosomes.hint == "organelles"


def test_default_deck_blanks_only_what_the_author_marked() -> None:
    for d, q in of_kinds("default", QuestionKind.CLOZE):
        topic = d.topic(q.topic_id or "")
        assert topic is not None
        [fact] = [f for f in topic.facts if topic.fact_id(f) == q.fact_id]
        if fact.cloze:
            assert q.answers[0] in fact.cloze, (fact.raw, q.answers)


@every_deck
def test_typed_answers_are_short_and_hinted(name: str) -> None:
    for _, q in of_kinds(name, QuestionKind.CLOZE):
        assert q.typed and not q.correct
        assert 1 <= len(q.answers[0].split()) <= 4
        assert q.hint
        assert q.prompt.count("_____") == 1


def test_a_surname_blank_accepts_the_full_name() -> None:
    [q] = [
        q
        for _, q in of_kinds("default", QuestionKind.CLOZE)
        if q.prompt.endswith("Gerő replaced with _____")
    ][:1]
    assert q.answers[0] == "Nagy"
    assert "Imre Nagy" in q.answers
    assert q.hint == "N _ _ _ (a person, 4 letters)"


# --- every question ---------------------------------------------------------------------------


@every_deck
def test_every_question_has_its_source_fact_and_an_explanation(name: str) -> None:
    for _, q in candidates(name):
        assert q.source_fact.strip() and q.explanation.strip(), q
        if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.WHICH_TOPIC):
            assert fold(q.answers[0]) in fold(q.explanation), q


@every_deck
def test_platform_limits_are_respected(name: str) -> None:
    for _, q in candidates(name):
        assert 0 < len(q.prompt) <= 300
        assert len(q.options) <= 10
        assert all(0 < len(option) <= 100 for option in q.options)
        assert len(q.explanation) <= 200


# --- batches ----------------------------------------------------------------------------------


@every_deck
def test_same_deck_and_seed_give_the_same_questions(name: str) -> None:
    again = QuestionGenerator(deck(name), seed=1)
    assert again.generate(100) == batches(name)[1]
    assert again.all_candidates() == generator(name, 1).all_candidates()
    assert batches(name)[0] != batches(name)[1]


@every_deck
def test_question_ids_are_unique_stable_card_ids(name: str) -> None:
    for seed in SEEDS:
        ids = [q.id for q in generator(name, seed).all_candidates()]
        assert len(ids) == len(set(ids))
    for _, q in of_kinds(name, QuestionKind.CLOZE):
        assert q.topic_id and q.fact_id
        assert q.id == stable_id(q.topic_id, q.fact_id, "cloze", q.answers[0])


@every_deck
def test_a_batch_asks_about_every_fact_before_repeating_one(name: str) -> None:
    fact_kinds = (
        QuestionKind.CLOZE,
        QuestionKind.CHOICE,
        QuestionKind.TRUE_FALSE,
        QuestionKind.WHICH_TOPIC,
    )
    fact_ids = {f.text: t.fact_id(f) for t in deck(name).topics for f in t.facts}
    # A line stating several facts (a row describing its key in several cells) is asked one
    # fact at a time, each its own fact id; a question showing the whole line asks them all.
    ctx = DeckContext(deck(name), 0)
    by_line = {fold(ref.text): ref.fact_id for ref in ctx.statements}
    parts_of = {
        by_line[line]: {f"part:{fold(part.text)}" for part in parts}
        for line, parts in part_lines(ctx).items()
        if line in by_line
    }

    def asks(q: Question) -> set[str]:
        if q.source_line:  # one fact of a line (or a row) stating several
            return {f"part:{fold(q.source_fact)}"}
        # A chronology question asks about the dated facts among its events too.
        used = {fact_ids[e] for e in q.source_fact.split("; ") if e in fact_ids}
        used |= {q.fact_id} if q.fact_id else set()
        return used | {part for fact in used for part in parts_of.get(fact, ())}

    for seed, batch in zip(SEEDS, batches(name), strict=True):
        candidates = generator(name, seed).all_candidates(kinds=fact_kinds)
        askable = {fact for q in candidates for fact in asks(q)}
        askable = {part for fact in askable for part in parts_of.get(fact) or {fact}}
        seen: set[str] = set()
        for q in batch:
            used = asks(q)
            if used & seen:
                assert askable <= seen, f"a fact came back before {askable - seen} were asked"
                break
            seen |= used
    first_thirty = [
        (q.fact_id, q.source_fact if q.source_line else "")
        for q in batches("default")[0][:30]
        if q.fact_id
    ]
    assert len(first_thirty) == len(set(first_thirty))


def test_a_small_deck_asks_each_fact_once_rather_than_repeating_it() -> None:
    topic = Topic(
        id="rome",
        title="Rome",
        people=("Augustus", "Nero", "Trajan", "Hadrian"),
        facts=facts(
            "Augustus became the first emperor in 27 BC",
            "Hadrian built a wall across northern Britain",
        ),
    )
    d = Deck(id="rome", title="Rome", topics=(topic,))
    batch = QuestionGenerator(d, seed=3).generate(8)
    # Issue 14: at most one question per source fact in a quiz, so two facts give two questions.
    assert len(batch) == 2
    assert batch[0].fact_id != batch[1].fact_id


def test_a_fact_written_over_several_lines_is_shown_on_one() -> None:
    topic = Topic(
        id="wall",
        title="Berlin Wall",
        places=("Berlin", "Vienna", "Prague", "Warsaw"),
        facts=facts("Built across\n  Berlin   in 1961 to stop people leaving"),
    )
    other = Topic(id="other", title="Other", facts=facts("Talks were held in Vienna in 1961"))
    questions = QuestionGenerator(Deck(id="d", title="D", topics=(topic, other))).all_candidates()
    assert questions
    for q in questions:
        assert "\n" not in q.prompt and "  " not in q.prompt
        assert "\n" not in q.source_fact


def test_a_deck_with_nothing_to_ask_gives_no_questions() -> None:
    empty = Deck(id="empty", title="Empty", topics=(Topic(id="t", title="Nothing yet"),))
    assert QuestionGenerator(empty).generate(5) == []


def test_topic_and_kind_filters() -> None:
    questions = generator("default", 0)
    batch = questions.generate(15, topic_id="hungarian-uprising")
    assert batch
    for q in batch:
        if q.kind in (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM):
            term = next(t for t in deck("default").terms if q.source_fact.startswith(t.term))
            assert "hungarian-uprising" in term.topics
        elif q.kind is not QuestionKind.CHRONOLOGY:
            assert q.topic_id == "hungarian-uprising", q
    cloze_only = questions.generate(12, kinds=[QuestionKind.CLOZE])
    assert len(cloze_only) == 12 and {q.kind for q in cloze_only} == {QuestionKind.CLOZE}


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda g: g.generate(-1), ValueError, "-1"),
        (lambda g: g.generate(5, topic_id="atlantis"), ValueError, "atlantis"),
        (lambda g: g.generate(5, kinds=["riddle"]), ValueError, "riddle"),
    ],
)
def test_bad_requests_get_a_clear_error(
    call: Callable[[QuestionGenerator], object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error, match=message):
        call(generator("default", 0))


def test_a_generator_needs_a_deck() -> None:
    with pytest.raises(TypeError, match="Deck"):
        QuestionGenerator("khrushchev.yaml")  # type: ignore[arg-type]


# --- entities and the review sample -----------------------------------------------------------


def test_entities_list_the_decks_names() -> None:
    names = set(generator("default", 0).entities())
    assert {"Imre Nagy", "Nagy", "Budapest", "Détente", "Hungarian Uprising", "NATO"} <= names
    geography = set(generator("geography", 0).entities())
    assert {"Nile", "Edmund Hillary", "Hillary", "Oxbow lake", "Megacities"} <= geography


def test_format_sample_shows_everything_a_reviewer_needs() -> None:
    questions = generator("default", 1).generate(40)
    by_kind: dict[QuestionKind, Question] = {}
    for q in questions:
        by_kind.setdefault(q.kind, q)
    text = format_sample(by_kind.values())
    for kind, q in by_kind.items():
        assert f"[{kind.value}] {q.prompt}" in text
        assert f"fact: {q.source_fact}" in text
        assert f"explanation: {q.explanation}" in text
    choice = by_kind[QuestionKind.CHOICE]
    assert f"* {'abcd'[choice.correct[0]]}) {choice.answers[0]}" in text
    assert f"answers: {' | '.join(by_kind[QuestionKind.CLOZE].answers)}" in text
    assert format_sample([]) == "(no questions)"


def _flatten(batches_: Iterable[list[Question]]) -> list[Question]:
    return [q for batch in batches_ for q in batch]


def test_the_default_deck_sample_is_large_enough_to_mean_something() -> None:
    # One question per fact per batch (issue 14): each 100-question batch stops at ~70 questions
    # (69 since "Détente", a period, is no longer offered among policies and practices; 65 since
    # "Which topic?" is drawn only when asked for and a key printed beside one word of a rare
    # key's stem is refused in a short batch too; 64 since a word inside a bracketed remark,
    # "(battle for _____)", and one of the places a line lists after "to", are not blanked:
    # round 27, class 1); 194 in all since the landing fixes of session 25 changed which
    # candidates the third batch draws from (195 on the merged branches); 61, 63 and 63 (187)
    # since a question is refused beside one that shows its key with words of what it asks
    # ("capitalism + communism could exist side by side" as an option beside "communism
    # couldn't compete with _____": round 28, class 4).
    assert all(len(batch) >= 61 for batch in batches("default"))
    assert len(_flatten(batches("default"))) >= 187


# --- facts that are themselves questions ---------------------------------------------------------


def test_a_trivia_list_gives_only_its_own_questions() -> None:
    """An imported trivia list's facts are "question — answer" lines: nothing is built from them."""
    trivia = (
        "AUTHOR: me\n"
        "Which country has the largest population in 2024?:\n- India\n"
        "What is the capital of France?:\n- Paris\n"
        "In what year did the Berlin Wall fall?:\n- 1989\n"
        "Who was the first person in space in 1961?:\n- Yuri Gagarin\n- Gagarin\n"
    )
    imported = parse_deck(dump_deck(import_text(trivia, format="redtrivia")), "t.yaml")
    questions = QuestionGenerator(imported).all_candidates()
    assert {q.kind for q in questions} == {QuestionKind.HANDWRITTEN}
    assert sorted(q.prompt for q in questions) == sorted(w.prompt for w in imported.questions)
    gagarin = next(q for q in questions if "space" in q.prompt)
    assert gagarin.answers == ("Yuri Gagarin", "Gagarin")
    assert gagarin.source_fact == "Who was the first person in space in 1961? — Yuri Gagarin"


def question_facts_deck() -> Deck:
    """Notes where some lines are questions with their answers, among ordinary statements."""
    topics = (
        Topic(
            id="berlin-wall",
            title="Berlin Wall",
            start_year=1961,
            people=("Walter Ulbricht", "John F. Kennedy"),
            places=("West Berlin", "East Germany"),
            facts=facts(
                "Built by East Germany in 1961 to stop people leaving for the West",
                "Who ordered the wall built in 1961? — Walter Ulbricht",
                "Kennedy visited West Berlin in 1963",
            ),
        ),
        Topic(
            id="cuba",
            title="Cuban Missile Crisis",
            start_year=1962,
            people=("Fidel Castro",),
            places=("Cuba", "Turkey"),
            facts=facts(
                "Soviet missiles were found in Cuba in October 1962",
                "Which missiles were removed from Turkey in 1963? Jupiter missiles",
                "Castro feared an American invasion after the Bay of Pigs in 1961",
            ),
        ),
        Topic(
            id="space-race",
            title="Space race",
            people=("Yuri Gagarin", "Laika"),
            places=("Baikonur",),
            facts=facts(
                "Sputnik was launched from Baikonur in 1957",
                "Which dog flew on Sputnik 2 in 1957? — Laika",
                "Yuri Gagarin became the first man in space in 1961",
            ),
        ),
        Topic(
            id="hungary",
            title="Hungarian Uprising",
            start_year=1956,
            people=("Imre Nagy",),
            places=("Budapest",),
            facts=facts(
                "Imre Nagy announced that Hungary would leave the Warsaw Pact",
                "How many Hungarians fled to the West? About 200,000",
            ),
        ),
    )
    return Deck(id="cold-war", title="Cold War", topics=topics)


def test_a_fact_that_is_a_question_is_not_treated_as_a_statement() -> None:
    questions = QuestionGenerator(question_facts_deck()).all_candidates()
    generated = [q for q in questions if q.kind is not QuestionKind.HANDWRITTEN]
    for q in generated:
        assert "?" not in q.source_fact, q
        assert not any("?" in option for option in q.options), q
    # The statements around them still give every kind of question.
    assert {q.kind for q in generated} >= {
        QuestionKind.CLOZE,
        QuestionKind.CHOICE,
        QuestionKind.TRUE_FALSE,
        QuestionKind.WHICH_TOPIC,
        QuestionKind.CHRONOLOGY,
    }


# --- hints on questions with options -------------------------------------------------------------

RULED_OUT = re.compile(r"isn[’']t [“‘](.+)[”’]\.$")


def option_questions(name: str) -> list[Question]:
    return [q for _, q in candidates(name) if not q.typed]


@every_deck
def test_no_choice_hint_narrows_the_options_to_one(name: str) -> None:
    """A hint rules out at most one wrong option, never a right one, and leaves two or more."""
    questions = option_questions(name)
    assert {q.kind for q in questions} >= {
        QuestionKind.CHOICE,
        QuestionKind.TRUE_FALSE,
        QuestionKind.WHICH_TOPIC,
        QuestionKind.CHRONOLOGY,
    }
    for q in questions:
        assert q.hint, q
        assert not re.search(r"starts with|letters|characters|_ _", q.hint), q.hint
        if q.kind is QuestionKind.CHRONOLOGY:
            continue  # its options are all right: the events; see the chronology test below
        rights = {q.options[i] for i in q.correct}
        ruled_out = RULED_OUT.findall(q.hint)
        if ruled_out:
            assert len(ruled_out) == 1 and ruled_out[0] in q.options, q.hint
            assert ruled_out[0] not in rights, q
            assert len(q.options) - 1 >= 2, q
        else:
            # A nudge toward the notes names no option, so it cannot point at one.
            assert not any(has_phrase(q.hint, option) for option in q.options), q


@every_deck
def test_four_option_questions_rule_out_one_wrong_option(name: str) -> None:
    four = [q for q in option_questions(name) if len(q.options) == 4 and len(q.correct) == 1]
    four = [q for q in four if q.kind is not QuestionKind.CHRONOLOGY]
    assert four
    for q in four:
        [wrong] = RULED_OUT.findall(q.hint or "")
        assert wrong in q.options and wrong != q.answers[0]


def test_the_ruled_out_option_varies_between_questions() -> None:
    picked = Counter(
        q.options.index(RULED_OUT.findall(q.hint or "")[0])
        for q in option_questions("default")
        if q.kind is QuestionKind.CHOICE and len(q.options) == 4
    )
    assert len(picked) >= 3, picked


@every_deck
def test_a_true_false_hint_is_the_same_whether_the_statement_is_true_or_false(name: str) -> None:
    hints: dict[tuple[str | None, str], set[str | None]] = {}
    for q in option_questions(name):
        if q.kind is QuestionKind.TRUE_FALSE:
            hints.setdefault((q.fact_id, q.answers[0]), set()).add(q.hint)
    both = [fact for fact, verdict in hints if verdict == "True" and (fact, "False") in hints]
    assert both
    for fact in both:
        assert hints[(fact, "True")] == hints[(fact, "False")], fact
        assert None not in hints[(fact, "True")]


@every_deck
def test_a_chronology_hint_dates_one_event_only(name: str) -> None:
    for q in option_questions(name):
        if q.kind is not QuestionKind.CHRONOLOGY:
            continue
        hint = q.hint or ""
        named = [option for option in q.answers if re.search(f"[“‘]{re.escape(option)}[”’]", hint)]
        assert len(named) == 1, (hint, q.answers)
        source = q.source_fact.split("; ")[q.answers.index(named[0])]
        assert YEAR.findall(hint)[0] in YEAR.findall(source), (hint, source)


def test_a_two_option_question_is_nudged_toward_its_topic_without_naming_an_option() -> None:
    topics = (
        Topic(id="poland", title="Poland 1956", facts=facts("Gomułka became leader in October")),
        Topic(id="berlin", title="Berlin Wall", facts=facts("Built in 1961")),
    )
    questions = (
        DeckQuestion(
            id="leader",
            kind="choice",
            prompt="Which country's leader was Gomułka?",
            answers=("Poland",),
            options=("Poland", "Hungary"),
            correct=(0,),
            topic="poland",
        ),
        DeckQuestion(
            id="wall",
            kind="choice",
            prompt="Which side built the wall?",
            answers=("East",),
            options=("East", "West"),
            correct=(0,),
            topic="berlin",
        ),
    )
    made = QuestionGenerator(Deck(id="d", title="Cold War", topics=topics, questions=questions))
    by_prompt = {q.prompt: q for q in made.all_candidates(kinds={QuestionKind.HANDWRITTEN})}
    leader, wall = by_prompt[questions[0].prompt], by_prompt[questions[1].prompt]
    assert wall.hint and "Berlin Wall" in wall.hint
    assert leader.hint and not re.search("pol|hungar", fold(leader.hint)), leader.hint
