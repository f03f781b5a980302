"""Defect classes the ninth blind review found (psychology and geography decks), each fixed by a
general rule and tested on notes written for these tests in other subjects (sociology of crime,
the development gap): citation years and trivia, nonsense false statements, grammar that gives a
number away. Each test names what a student was shown before and asserts what they see now."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.grading import Grader, grade
from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.model import Deck, Fact, Topic
from tests.unit import questioning

SEEDS = range(8)
NOTES = Path(__file__).parents[1] / "data" / "review"
CITED = re.compile(r"\((1[5-9]|20)\d\d\)")


def deck_of(name: str) -> Deck:
    return questioning.imported_notes(NOTES / name)


@pytest.fixture(scope="module")
def crime() -> Deck:
    return deck_of("crime_deviance.md")


@pytest.fixture(scope="module")
def development() -> Deck:
    return deck_of("development_gap.txt")


def asked(deck: Deck, *kinds: QuestionKind) -> list[Question]:
    return questioning.every_question(deck, SEEDS, *kinds)


def one_topic(*lines: str, title: str = "Notes") -> Deck:
    topic = Topic(id="notes", title=title, facts=tuple(Fact(line) for line in lines))
    return Deck(id="test", title="Test", topics=(topic,))


def false_statements(questions: list[Question]) -> list[tuple[str, str]]:
    """(statement shown, line of the notes) of every false true/false question."""
    return [
        (_statement(q.prompt, q.source_fact), q.source_fact)
        for q in questions
        if q.kind is QuestionKind.TRUE_FALSE and q.answers == ("False",)
    ]


def _statement(prompt: str, line: str) -> str:
    """The statement after the prompt's context label (which may itself hold colons)."""
    start = prompt.find(line[:12])
    return prompt[start:] if start >= 0 else prompt


# --- 1. Citation years, clock times and filler nouns are not tested ------------------------------


def test_a_citations_year_is_never_blanked_or_falsified(crime: Deck) -> None:
    """Before: "Schaffer and Emerson (_____)" -> 1964 among 1959/1960/1967, and a true/false
    moving "Bick et al. (2012)" to 2013. The year beside an author is referencing: it is never
    the answer, never changed in a false statement; the finding beside it is still asked."""
    cited_years = {
        m.group(0).strip("()")
        for t in crime.topics
        for f in t.facts
        for m in CITED.finditer(f.text)
    }
    assert len(cited_years) >= 10
    questions = asked(crime)
    for q in questions:
        if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE):
            assert q.answers[0] not in cited_years, q.prompt
        assert "(_____)" not in q.prompt
    for shown, line in false_statements(questions):
        assert CITED.findall(shown) == CITED.findall(line), shown
    # The lines stay in the quiz, on what they say: "Cloward and Ohlin (1960) … and _____".
    on_cited_lines = [q for q in questions if CITED.search(q.source_fact or "")]
    assert any(q.kind is QuestionKind.CLOZE for q in on_cited_lines)


def test_joint_authors_are_not_blanked_but_a_lone_theorist_is_askable() -> None:
    """Before: "Phillips and _____ (2007) found …" -> Bowling. Who co-wrote a study is
    referencing; "Becker (1963) argued …" keeps who said what askable."""
    deck = one_topic(
        "Phillips and Bowling (2007) found that minority communities are over-policed.",
        "Lea and Young (1993) argued that relative deprivation explains some street crime.",
        "Becker (1963) argued that deviance is behaviour that people so label.",
        "Cohen (1955) argued that working-class boys suffer status frustration at school.",
        "Merton (1938) said deviance comes from strain between goals and means.",
    )
    questions = asked(deck, QuestionKind.CLOZE, QuestionKind.CHOICE)
    assert not [q for q in questions if re.search(r"and _____ \(|_____ and \w+ \(", q.prompt)]
    assert not [q for q in questions if q.answers[0] in {"1963", "1955", "1938", "2007", "1993"}]


def test_ordering_by_citation_years_is_not_asked(crime: Deck) -> None:
    """Before: "Put these in order: Durkheim argued … / Cloward and Ohlin identified … /
    Cicourel found …" ordered findings by the years of their references."""
    assert asked(crime, QuestionKind.CHRONOLOGY) == []


def test_event_years_in_brackets_are_still_content() -> None:
    """A history line's "Treaty of Versailles (1919)" is when it happened: still asked."""
    deck = one_topic(
        "The Treaty of Versailles (1919) forced Germany to pay reparations of £6,600 million.",
        "The Great Depression (1929) threw millions of Germans out of work.",
        "Hitler became Chancellor in 1933 after the Nazis won the most seats.",
        title="Weimar Germany",
    )
    answers = {q.answers[0] for q in asked(deck, QuestionKind.CHOICE, QuestionKind.CLOZE)}
    assert {"1919", "1929"} <= answers


def test_a_time_of_day_is_not_blanked(development: Deck) -> None:
    """Before: "at _____ am local time" -> 3.34 among 3.21/3.45/3.47. Now the clock time is
    left alone: "The dam was opened at 10.15 am on _____" asks the date instead."""
    questions = asked(development)
    assert not [q for q in questions if re.search(r"_____\s*(?:am|pm)\b", q.prompt)]
    assert not [q for q in questions if q.answers and q.answers[0] in {"10.15", "11.30"}]
    dam = [q for q in questions if "10.15 am" in q.prompt and "_____" in q.prompt]
    assert dam


def test_the_room_a_place_phrase_names_is_not_blanked() -> None:
    """Before: "A controlled observation in a laboratory _____" -> playroom ("room" marked
    wrong); likewise "a wooden hut in a factory _____ at Chelmsford" -> storeroom. The kind of
    place is said; the word closing it is filler. The place's name is still asked."""
    deck = one_topic(
        "The first radio broadcast came from a wooden hut in a factory storeroom at Chelmsford.",
        "Marconi sent the first radio signal across the Atlantic from Cornwall to Newfoundland.",
    )
    answers = {q.answers[0] for q in asked(deck, QuestionKind.CLOZE, QuestionKind.CHOICE)}
    assert "storeroom" not in answers
    assert "Chelmsford" in answers


# --- 3. False statements are plausible ------------------------------------------------------------


def test_attract_is_turned_only_between_poles_and_charges(development: Deck) -> None:
    """Before: "fertile soil near volcanoes repels farmers", "volcanoes and hot springs repel
    visitors, creating jobs". Now a place that attracts people is never said to repel them;
    "Opposite magnetic poles attract each other" is still turned round."""
    shown = [s for s, _ in false_statements(asked(development, QuestionKind.TRUE_FALSE))]
    assert not [s for s in shown if re.search(r"\brepels?\b", s) and "pole" not in s]
    assert "Opposite magnetic poles repel each other." in shown


def test_hard_to_in_the_sense_of_difficult_is_not_turned(crime: Deck) -> None:
    """Before: "it is soft to know what is happening from the infant's point of view"."""
    deck = one_topic(
        "The dark figure of crime is hard to measure from police records alone.",
        "Diamond is very hard and is used on the tips of drills for cutting rock.",
    )
    shown = [s for s, _ in false_statements(asked(deck, QuestionKind.TRUE_FALSE))]
    assert not [s for s in shown if "soft to" in s or "easy to" in s]
    assert "Diamond is very soft and is used on the tips of drills for cutting rock." in shown


def test_a_concession_line_is_not_turned_round() -> None:
    """Before: "Nepal's earthquake killed far more people than Chile's, even though Chile's was
    smaller in magnitude" – the concession no longer concedes. Lines with even though /
    although / despite / whereas are not turned."""
    deck = one_topic(
        "Girls committed far more offences than official statistics showed, even though fewer"
        " of them were cautioned by police.",
        "Although the economy grew faster, poverty in the north increased.",
        "Despite higher rainfall, the western region had lower crop yields.",
        "Whereas wealthier households saved more, poorer households borrowed more.",
        "Interest rates increase when inflation rises above its target.",
    )
    shown = [s for s, _ in false_statements(asked(deck, QuestionKind.TRUE_FALSE))]
    assert not [s for s in shown if re.search(r"even though|although|despite|whereas", s, re.I)]
    assert any(s.startswith("Interest rates decrease") for s in shown)


def test_a_part_is_never_more_than_its_whole(crime: Deck) -> None:
    """Before: "14 … were affectionless psychopaths, and 24 of these 14 had …". No false
    statement and no option puts more in a part than in its whole."""
    part_of = re.compile(r"(\d+) of (?:these|the) (\d+)")
    questions = asked(crime)
    for shown, _ in false_statements(questions):
        for part, whole in part_of.findall(shown):
            assert int(part) <= int(whole), shown
    for q in questions:
        if q.kind is QuestionKind.CHOICE and "of these" in q.prompt:
            for option in q.options:
                filled = q.prompt.replace("_____", option)
                for part, whole in part_of.findall(filled):
                    assert int(part) <= int(whole), (q.prompt, option)


# --- 6. The grammar of the stem does not give a number away -------------------------------------


def test_one_before_a_singular_unit_is_not_asked() -> None:
    """Before: "Multiple attachments (by about _____ year)" with 1 / 3 / 4 / 5: only 1 fits."""
    deck = one_topic(
        "Exports of oil began by about 1 year after the first well was drilled at Oloibiri.",
        "A child usually walks alone by about 1 year and talks in sentences by 2 years.",
        "The loan must be repaid within 6 months of the harvest at a fixed rate.",
    )
    questions = asked(deck, QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.TRUE_FALSE)
    assert not [q for q in questions if "_____ year " in q.prompt or "_____ year." in q.prompt]
    months = [q for q in questions if "_____ months" in q.prompt and q.options]
    assert months
    for q in months:
        assert "1" not in q.options, q.options  # "within 1 months" reads wrong


# --- 4. Typed answers a teacher accepts, and none of another answer ------------------------------


def _cloze_on(deck: Deck, needle: str) -> list[Question]:
    return [
        q
        for q in asked(deck, QuestionKind.CLOZE)
        if needle in (q.source_fact or "") and "_____" in q.prompt
    ]


INFLATION = (
    "Demand-pull inflation happens when aggregate demand grows faster than the economy's capacity.",
    "A weak pound makes imports dearer and can trigger {{c1::cost-push inflation}} within a year.",
    "Economists tell demand-pull and {{c1::cost-push inflation}} apart by asking whether output"
    " is rising.",
    "Rising wages and oil prices are the usual sources of cost-push inflation in Britain.",
    "Workers bargaining for {{c1::higher pay}} can push up costs and prices.",
)


def test_the_word_naming_which_kind_answers_for_the_whole_term() -> None:
    """Before: "disinhibited" was marked wrong for "disinhibited attachment". Where the notes
    name several kinds of one thing (demand-pull and cost-push inflation), the kind's own word
    is accepted; the other kind's word is not."""
    deck = one_topic(*INFLATION, title="Rising prices")
    grader = Grader(QuestionGenerator(deck, seed=0).entities())
    [weak_pound] = _cloze_on(deck, "weak pound")
    assert weak_pound.prompt.endswith("can trigger _____ within a year.")
    for typed in ("cost-push", "cost push", "cost-push inflation"):
        assert grader.grade(weak_pound.answers, typed).correct, typed
    assert not grader.grade(weak_pound.answers, "demand-pull").correct
    # "higher" says nothing alone: "higher pay" is not a kind of a thing the notes name.
    for q in _cloze_on(deck, "higher pay"):
        assert not grader.grade(q.answers, "higher").correct


def test_a_blank_never_swallows_the_noun_it_shares_with_the_word_before() -> None:
    """Before: "shows very high stranger and _____ and resists comfort" -> "separation anxiety",
    and "separation" was marked wrong. Now the shared noun stays: "demand-pull and _____
    inflation", and both the word and the whole term are accepted."""
    deck = one_topic(*INFLATION, title="Rising prices")
    grader = Grader(QuestionGenerator(deck, seed=0).entities())
    questions = [q for q in asked(deck) if "Economists tell" in (q.source_fact or "")]
    blanks = [q for q in questions if "_____" in q.prompt]
    assert blanks
    for q in blanks:
        assert "demand-pull and _____ inflation apart" in q.prompt, q.prompt
        assert grader.grade(q.answers, "cost-push").correct
        assert grader.grade(q.answers, "cost-push inflation").correct
    assert not [q for q in questions if "demand-pull and demand-pull" in q.prompt]


def test_a_word_of_the_answers_family_is_accepted_unless_the_deck_has_it_too() -> None:
    """Before: "social" was marked wrong for "sociable". A word of the same family is accepted
    with the notes' word named; not when the deck has another answer of that family."""
    accepted = grade("sociable", "social", others=["sociable", "aggressive", "monkeys"])
    assert accepted.correct and accepted.reason == "Accepted — the notes say “sociable”."
    assert grade("aggression", "aggressive", others=["aggression"]).correct
    assert not grade("sociable", "social", others=["sociable", "socially"]).correct
    assert not grade("sociable", "sociology").correct  # -ology is another word, not a form
    assert not grade("socialism", "social").correct  # an ideology is not what "social" says
    assert not grade("secure", "insecure").correct


def test_a_country_without_its_compass_point_is_accepted_while_the_deck_has_one() -> None:
    """Before: "Germany" was marked wrong for "West Germany". Accepted while the deck names no
    other part of the country (nor the country itself); a continent is never the country."""
    assert grade("West Germany", "Germany", others=["West Germany", "Israel", "Japan"]).correct
    assert grade("North Korea", "Korea", others=["North Korea", "Japan"]).correct
    assert not grade("West Germany", "Germany", others=["West Germany", "East Germany"]).correct
    assert not grade("North Korea", "Korea", others=["North Korea", "South Korea"]).correct
    assert not grade("South Africa", "Africa").correct
    assert not grade("North America", "America").correct


# --- 5. Reason questions: wrong options of the same kind, none defensible ------------------------


@pytest.fixture(scope="module")
def growth() -> Deck:
    return deck_of("economic_growth.txt")


def _lines_under(deck: Deck, title_start: str) -> set[str]:
    return {
        fact.text
        for topic in deck.topics
        if topic.title.upper().startswith(title_start)
        for fact in topic.facts
        if fact.group is not None
    }


def _reason_questions(deck: Deck) -> list[Question]:
    return asked(deck, QuestionKind.REASON, QuestionKind.MULTI_SELECT)


def test_reasons_for_one_claim_lend_no_options_to_a_list_of_why_people_act(growth: Deck) -> None:
    """Before: "Nepal's earthquake killed far more … which is one of the reasons?" offered reasons
    people live near volcanoes, and "Why people live in areas at risk" offered the Chile/Nepal
    reasons. Reasons given for one claim ("South Korea grew far richer than Ghana …: Reasons")
    and a list of why people do something never lend each other wrong options."""
    claims = _lines_under(growth, "COMPARING")
    lists = _lines_under(growth, "WHY")
    questions = _reason_questions(growth)
    # These notes list no effects of either, so neither list is asked as reasons any more (a list
    # of causes takes wrong options only from its own subject's effects); whatever is asked from
    # them must still keep the two apart.
    for q in questions:
        wrong = set(q.options) - set(q.answers)
        if q.answers[0] in claims or (q.source_fact or "") in claims:
            assert not wrong & lists, q.prompt
        if set(q.answers) & lists or any(line in (q.source_fact or "") for line in lists):
            assert not wrong & claims, (q.prompt, wrong & claims)


def test_two_lists_about_one_thing_lend_each_other_no_wrong_options(growth: Deck) -> None:
    """Before: "Factors increasing hazard risk" (multi-select) marked "Some believe a major
    eruption … will not happen in their lifetime" (from "Why people live in areas at risk")
    wrong, though complacency raises risk too. Lists whose subjects share a telling word ("city
    growth", "… move to cities") are both defensible for each other: neither lends options."""
    growth_list = {
        f.text for t in growth.topics for f in t.facts if (f.group or "").startswith("Factors")
    }
    to_cities = _lines_under(growth, "WHY FARMERS")
    assert len(growth_list) == 3 and len(to_cities) == 4
    for q in _reason_questions(growth):
        wrong = set(q.options) - set(q.answers)
        if set(q.answers) <= growth_list and q.kind is QuestionKind.MULTI_SELECT:
            assert not wrong & to_cities, wrong
        if set(q.answers) & to_cities:
            assert not wrong & growth_list, wrong
        if q.answers[0] in growth_list:
            assert not wrong & to_cities, wrong


def test_the_right_option_is_never_the_only_one_naming_the_subject() -> None:
    """Before: the only option naming Chile or Nepal was the answer to "Nepal's earthquake killed
    far more people than Chile's … which is one of the reasons?"."""
    capital = re.compile(r"\b[A-Z][a-z]{3,}")
    for deck in (deck_of("economic_growth.txt"), deck_of("development_gap.txt")):
        for q in _reason_questions(deck):
            stem = set(capital.findall(q.prompt)) - {"Which", "Pick"}
            right = [bool(stem & set(capital.findall(o))) for o in q.answers]
            wrong = [bool(stem & set(capital.findall(o))) for o in q.options if o not in q.answers]
            if "NOT" in q.prompt:
                right, wrong = wrong, right
            assert not (all(right) and not any(wrong)), q.prompt


# --- 1. Term questions: options of the term's own kind, no stem echoing the answer ----------------

# What each key term of the research-methods notes names, as a sociology teacher would class it.
METHOD, PERSON, FEELING, BOND, OTHER = "method", "person", "feeling", "bond", "other"
TERM_KINDS = {
    "Participant observation": METHOD,
    "Longitudinal study": METHOD,
    "Meta-analysis": METHOD,
    "Gatekeeper": PERSON,
    "Key informant": PERSON,
    "Status frustration": FEELING,
    "Alienation": FEELING,
    "Social solidarity": BOND,
    "Rapport": BOND,
    "Respondent": PERSON,
    "Anomie": FEELING,
    "Kinship": BOND,
    "Reflexivity": OTHER,
}


@pytest.fixture(scope="module")
def methods() -> Deck:
    return deck_of("research_methods.md")


def test_a_key_term_list_of_mixed_kinds_gives_options_of_one_kind(methods: Deck) -> None:
    """Before: "What does Meta-analysis mean?" had the only definition about studies, and a
    primary attachment figure (a person) stood among a research method and an experience. Now a
    method is asked among methods, a person among people, a feeling among feelings, a bond among
    bonds; where a kind has too few terms, the term is not asked this way."""
    definitions = {t.definition: t.term for t in methods.terms}
    assert set(TERM_KINDS) == {t.term for t in methods.terms}
    questions = asked(methods, QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)
    assert len({q.answers[0] for q in questions}) >= 6
    for q in (q for q in questions if q.options):  # too few of a kind: typed (review 10)
        names = [definitions.get(o, o) for o in q.options]
        assert len({TERM_KINDS[name] for name in names}) == 1, (q.prompt, names)
