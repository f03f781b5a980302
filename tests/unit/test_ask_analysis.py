"""The parts /ask is built from: question analysis, typed spans of a fact, the context a line is
read in, and word families."""

from __future__ import annotations

import pickle

import pytest

from knowledge.model import Fact
from knowledge.search._facts import analyse_facts
from knowledge.search._lemma import month_or_ordinal, word_family
from knowledge.search._question import analyse_question
from knowledge.search._spans import acronym_of, find_spans

NOBODY: frozenset[str] = frozenset()


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("who shot Franz Ferdinand?", "person"),
        ("whose plan was Gallipoli?", "person"),
        ("when did the war end?", "date"),
        ("in which year was DORA passed?", "date"),
        ("what year did the crash begin?", "date"),
        ("how many chromosomes do humans have?", "number"),
        ("how much aid did the UN ask for?", "number"),
        ("how far did prices fall?", "number"),
        ("what percentage of the air is nitrogen?", "number"),
        ("what is the population of Rio?", "quantity"),
        ("where is Romeo banished to?", "place"),
        ("why did the plan fail?", "reason"),
        ("what caused trench foot?", "reason"),
        ("what does NATO stand for?", "expansion"),
        ("what is osmosis?", "definition"),
        ("which treaty ended the war?", "entity"),
        ("what disease is spread by mosquitoes?", "entity"),
        ("do antibiotics kill viruses?", "yesno"),
        ("how do you calculate moles?", "formula"),
        ("what brought America into the war?", "other"),
    ],
)
def test_the_kind_of_answer_a_question_wants(question: str, kind: str) -> None:
    assert analyse_question(question).kind == kind


def test_constraints_focus_category_acronym_and_aspect() -> None:
    assert analyse_question("what does BEF stand for?").acronym == "bef"
    assert analyse_question("what does the abbreviation gni stand for").acronym == "gni"
    assert analyse_question("which disease is spread by mosquitoes?").category == "disease"
    assert analyse_question("what kind of rock is limestone?").category == "rock"
    assert analyse_question("when did the Somme start?").aspect == "start"
    assert analyse_question("when did the Somme finish?").aspect == "end"
    assert analyse_question("what happened in Hungary in 1956?").years == ("1956",)
    assert "hungary" in analyse_question("how many died in Hungary?").focus


def spans(text: str) -> list[tuple[str, str]]:
    return [(kind, text[start:end]) for kind, start, end in find_spans(text, NOBODY, NOBODY)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fought 6-12 Sept 1914", "6-12 Sept 1914"),
        ("4th Nov, Troops enter Hungary", "4th Nov"),
        ("Armistice signed November 11, 1918 at 11am", "November 11, 1918"),
        ("Typhoon Haiyan hit in November 2013", "November 2013"),
        ("Lasted from 1 July 1916 to 18 November 1916", "1 July 1916"),
    ],
)
def test_dates_in_every_form(text: str, date: str) -> None:
    assert ("date", date) in spans(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Germany had to pay £6.6 billion in reparations", "£6.6 billion"),
        ("Denatured above about 40°C", "40°C"),
        ("Front line ran 400 miles from the Channel", "400 miles"),
        ("The atmosphere is about 78% nitrogen", "78%"),
        ("57,000 British casualties on the first day", "57,000"),
        ("Around 10 million soldiers died", "10 million"),
    ],
)
def test_numbers_with_their_units(text: str, number: str) -> None:
    assert ("number", number) in spans(text)


def test_years_are_years_not_numbers_and_quantities_are_not_years() -> None:
    assert ("year", "1906") in spans("Dreadnought launched 1906")
    assert not [kind for kind, _ in spans("The density of water is 1000 kg/m³") if kind == "year"]


@pytest.mark.parametrize(
    ("text", "acronym", "expansion"),
    [
        ("BEF (British Expeditionary Force) held them up", "bef", "British Expeditionary Force"),
        ("DNA (deoxyribonucleic acid) is a double helix", "dna", "deoxyribonucleic acid"),
        ("CFCs (chlorofluorocarbons) damaged the ozone layer", "cfc", "chlorofluorocarbons"),
        ("Price elasticity of demand (PED) measures it", "ped", "Price elasticity of demand"),
        (
            "MAIN = Militarism, Alliances, Imperialism, Nationalism",
            "main",
            "Militarism, Alliances, Imperialism, Nationalism",
        ),
    ],
)
def test_acronyms_and_their_expansions(text: str, acronym: str, expansion: str) -> None:
    found = [span for span in find_spans(text, NOBODY, NOBODY) if span[0] == "expansion"]
    assert [text[span[1] : span[2]] for span in found] == [expansion]
    assert acronym_of(text, found[0]) == acronym


def test_people_and_places_the_deck_lists_are_typed() -> None:
    found = find_spans(
        "Shot by Gavrilo Princip in Sarajevo", frozenset({"princip"}), frozenset({"sarajevo"})
    )
    kinds = {kind for kind, _, _ in found}
    assert {"person", "place"} <= kinds


def test_reasons_are_typed() -> None:
    assert ("reason", "because") in spans("Diamond is hard because each atom forms four bonds")
    assert ("reason", "to stop") in spans("Built to stop the movement of workers")


def test_a_line_without_a_subject_carries_the_one_above_and_the_lead_in_is_kept() -> None:
    facts = (
        Fact("Poznan factory workers staged protests over pay"),
        Fact("Stormed the Communist Party Headquarters"),
        Fact("It was given independence in 1997"),
        Fact("new American ICBMs", group="Willing to Compromise because"),
    )
    contexts = analyse_facts(facts, NOBODY, NOBODY)
    assert contexts[0].carried is None
    assert contexts[1].carried == "Poznan factory workers"
    assert contexts[2].carried == "Poznan factory workers"
    assert contexts[3].lead_in == "Willing to Compromise because"
    assert contexts[3].cause
    assert not contexts[0].cause


def test_fact_analysis_is_plain_data_that_survives_pickling() -> None:
    contexts = analyse_facts((Fact("Signed 28 June 1919 at Versailles"),), NOBODY, NOBODY)
    assert pickle.loads(pickle.dumps(contexts)) == contexts


@pytest.mark.parametrize(
    ("word", "related"),
    [
        ("died", {"death", "deaths", "dead", "killed"}),
        ("assassinated", {"assassination"}),
        ("invade", {"invasion"}),
        ("invasion", {"invade"}),
        ("propose", {"proposal"}),
        ("led", {"leader"}),
        ("aim", {"aimed"}),
        ("independent", {"independence"}),
    ],
)
def test_word_families(word: str, related: set[str]) -> None:
    assert related <= word_family(word)


def test_months_and_ordinals() -> None:
    assert month_or_ordinal("sept") == "september"
    assert month_or_ordinal("nov") == "november"
    assert month_or_ordinal("4th") == "4"
    assert month_or_ordinal("22nd") == "22"
    assert month_or_ordinal("treaty") is None
