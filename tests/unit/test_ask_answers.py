"""/ask answers the question asked: the reported examples on the bundled deck, and each class of
miss on decks of other subjects (tests/data/ask_eval/, and small decks written here).

What is asserted is what a student reads: the first line of the reply (the one best fact, with the
answering words in bold), the line naming where it sits in the notes, the supporting lines — or
that the notes don't answer it, with the closest topics offered.
"""

from __future__ import annotations

from functools import cache

import pytest

from benchmarks.bench_ask import (
    DATA3,
    DATA4,
    DATA5,
    DATA6,
    DATA7,
    DATA8,
    DATA10,
    DATA11,
    DATA12,
    DATA13,
    DATA14,
    DATA15,
    DATA16,
    DATA17,
    DATA18,
    DATA19,
    DATA20,
    DATA21,
    DATA22,
    DATA23,
    DATA24,
    DATA25,
    DATA26,
    DATA27,
    DATA28,
    DATA29,
    eval_deck,
    fact_shown,
    read_cases,
)
from bot.explain import Asked, answer_question
from bot.markup import Style, Text
from bot.replies import Choices, Message
from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck, parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex


@cache
def bundled() -> tuple[Deck, DeckIndex]:
    deck = load_deck(DEFAULT_DECK)
    return deck, DeckIndex(deck)


def ask_bundled(question: str) -> Asked:
    deck, index = bundled()
    return answer_question(deck, index, question)


def ask_eval(deck_name: str, question: str) -> Asked:
    deck, index = eval_deck(deck_name)
    return answer_question(deck, index, question)


def lines(asked: Asked) -> list[str]:
    return asked.reply.fallback.plain.splitlines()


def bold_words(asked: Asked) -> list[str]:
    """The words the reply puts in bold (the answer inside the lead line)."""
    assert isinstance(asked.reply, Message)
    body = asked.reply.body
    assert isinstance(body, Text)
    return [span.text for line in body.lines for span in line.spans if span.style is Style.BOLD]


# --- the examples reported on the bundled deck -------------------------------------------------


@pytest.mark.parametrize(
    "question", ["how many died in hungary?", "how many died in the Hungarian Uprising?"]
)
def test_how_many_died_in_hungary_is_the_30000_killed_not_east_germanys_125(question: str) -> None:
    asked = ask_bundled(question)
    assert asked.status == "answer"
    assert lines(asked)[0] == "4th Nov, Troops enter Hungary, 30,000 killed"
    assert bold_words(asked) == ["30,000"]
    assert lines(asked)[1] == "From Hungarian Uprising"
    assert "125 die" not in asked.reply.fallback.plain


def test_when_did_stalin_die_is_the_date_of_his_death_never_the_125_line() -> None:
    asked = ask_bundled("when did Stalin die?")
    assert asked.status == "answer"
    assert "5 March 1953" in lines(asked)[0]
    assert "125 die" not in asked.reply.fallback.plain


def test_a_line_without_a_subject_takes_the_one_above() -> None:
    # "Stormed the Communist Party Headquarters" follows "Poznan factory workers staged protests…"
    asked = ask_bundled("what did the Poznan workers storm?")
    assert lines(asked)[0] == "Stormed the Communist Party Headquarters"


def test_a_month_abbreviated_in_the_notes_matches_the_month_asked_in_full() -> None:
    asked = ask_bundled("what happened on 4 November 1956?")
    assert lines(asked)[0] == "4th Nov, Troops enter Hungary, 30,000 killed"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what did Khrushchev propose at Geneva?", "Khrushchev's proposal to disband"),
        ("what did Poland show?", "Showed the government"),
    ],
)
def test_a_verb_in_the_question_finds_the_fact_worded_with_its_other_form(
    question: str, lead: str
) -> None:
    assert lines(ask_bundled(question))[0].startswith(lead)


def test_why_did_the_ussr_crush_hungary_gives_the_reasons_in_the_notes() -> None:
    asked = ask_bundled("why did the USSR crush Hungary?")
    assert asked.topic == "Hungarian Uprising"
    assert "exposed weakness to USA, UK and France" in asked.reply.fallback.plain


def test_who_led_the_ussr_is_not_answered_with_hungarys_leader() -> None:
    asked = ask_bundled("who was the leader of the USSR?")
    assert asked.status == "answer"
    assert asked.topic == "Dictatorship to Collective Leadership"
    assert "Gerő" not in lines(asked)[0]


def test_reasons_listed_under_a_because_lead_in_are_gathered() -> None:
    asked = ask_bundled("why was the USSR willing to compromise over Cuba?")
    assert lines(asked)[1] == "From Cuban Missile Crisis › Willing to Compromise because"
    assert lines(asked)[0] == "new American ICBMs"
    assert lines(asked)[2] == "Other reasons:"
    assert lines(asked)[3:] == ["• huge economic drain to USSR", "• pressure from communist China"]


# --- each class of miss, on other subjects -----------------------------------------------------


@pytest.mark.parametrize(
    ("deck", "question", "lead", "bold"),
    [
        ("geography.md", "how many people died in the Nepal earthquake?", "9,000 deaths", "9,000"),
        ("ww1.txt", "how many soldiers were killed in the war?", "10 million", "10 million"),
        ("ww1.txt", "where was the archduke killed?", "Sarajevo", None),
        ("literature.yaml", "how does Lady Macbeth die?", "kills herself", None),
    ],
)
def test_different_word_forms_of_dying_and_killing(
    deck: str, question: str, lead: str, bold: str | None
) -> None:
    asked = ask_eval(deck, question)
    assert asked.lead is not None and lead in asked.lead
    if bold is not None:
        assert bold_words(asked)[0] == bold


WORD_FORMS = """
deck: {id: revolutions, title: Revolutions}
topics:
  - id: russia
    title: Russia 1917
    facts:
      - The assassination of Rasputin took place in December 1916
      - Kerensky's decision to continue the war made the Provisional Government unpopular
      - The German invasion of 1941 came 24 years later
      - Lenin's arrival at the Finland Station in April 1917 changed Bolshevik policy
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when was Rasputin assassinated?", "The assassination of Rasputin"),
        ("what did Kerensky decide?", "Kerensky's decision"),
        ("when did the Germans invade?", "The German invasion"),
        ("when did Lenin arrive at the Finland Station?", "Lenin's arrival"),
    ],
)
def test_a_verb_finds_its_noun_in_the_notes(question: str, lead: str) -> None:
    deck = parse_deck(WORD_FORMS)
    asked = answer_question(deck, DeckIndex(deck), question)
    assert asked.lead is not None and asked.lead.startswith(lead)


@pytest.mark.parametrize(
    ("deck", "question", "lead"),
    [
        ("biology.txt", "which disease is spread by mosquitoes?", "Malaria"),
        ("biology.txt", "which enzyme breaks down proteins?", "Protease"),
        ("ww1.txt", "what group was Princip a member of?", "Black Hand"),
        ("geography.md", "which country is threatened by sea level rise?", "Bangladesh"),
    ],
)
def test_a_category_asked_is_answered_by_the_instance_named(
    deck: str, question: str, lead: str
) -> None:
    asked = ask_eval(deck, question)
    assert asked.lead is not None and lead in asked.lead


@pytest.mark.parametrize(
    ("deck", "question", "bold"),
    [
        ("ww1.txt", "what does BEF stand for?", "British Expeditionary Force"),
        ("ww1.txt", "what does ANZAC stand for?", "Australian and New Zealand Army Corps"),
        ("geography.md", "what does GNI stand for?", "gross national income"),
        ("economics.md", "what does ILO stand for?", "International Labour Organization"),
        ("biology.txt", "what does DNA stand for?", "deoxyribonucleic acid"),
    ],
)
def test_an_acronym_is_answered_with_the_expansion_in_brackets(
    deck: str, question: str, bold: str
) -> None:
    asked = ask_eval(deck, question)
    assert asked.status == "answer"
    assert bold_words(asked)[0] == bold


@pytest.mark.parametrize(
    ("question", "bold"),
    [
        ("when did the Battle of the Somme start?", "1 July 1916"),
        ("when did the Battle of the Somme begin?", "1 July 1916"),
        ("when did the Battle of the Somme end?", "18 November 1916"),
    ],
)
def test_when_did_it_start_finds_lasted_from_date_to_date(question: str, bold: str) -> None:
    asked = ask_eval("ww1.txt", question)
    assert asked.lead == "Lasted from 1 July 1916 to 18 November 1916"
    assert bold_words(asked)[0] == bold


@pytest.mark.parametrize(
    ("deck", "question", "lead"),
    [
        ("ww1.txt", "what happened in September 1914?", "Fought 6-12 Sept 1914"),
        ("ww1.txt", "what happened on 11 November 1918?", "Armistice signed November 11, 1918"),
        ("ww1.txt", "when was the armistice signed?", "Armistice signed November 11, 1918"),
    ],
)
def test_dates_written_every_way(deck: str, question: str, lead: str) -> None:
    asked = ask_eval(deck, question)
    assert asked.lead is not None and asked.lead.startswith(lead)


def test_the_reasons_under_a_failed_because_heading_are_gathered() -> None:
    asked = ask_eval("ww1.txt", "why did the Schlieffen Plan fail?")
    assert lines(asked)[0] == "Belgian resistance slowed the German advance"
    assert lines(asked)[1] == "From Schlieffen Plan › Failed because"
    assert lines(asked)[2] == "Other reasons:"


@pytest.mark.parametrize(
    ("deck", "question", "lead"),
    [
        # The answer is in the second sentence of a paragraph: "It was given independence…".
        ("economics.md", "when did the Bank of England become independent?", "in 1997"),
        # "The Bank created £375 billion…" follows "Quantitative easing was first used…".
        ("economics.md", "how much money was created by quantitative easing?", "£375 billion"),
        # "It falls when the price rises…" follows "Demand is…".
        ("economics.md", "why does the demand curve slope downwards?", "It falls"),
        # A heading and the bullets under it: "Themes" / ambition, guilt, the supernatural.
        ("literature.yaml", "what are the themes of Macbeth?", "ambition"),
        ("chemistry.yaml", "what factors affect the rate of reaction?", "temperature"),
    ],
)
def test_an_answer_spread_over_a_heading_or_two_sentences(
    deck: str, question: str, lead: str
) -> None:
    asked = ask_eval(deck, question)
    assert asked.lead is not None and lead in asked.lead


@pytest.mark.parametrize(
    ("deck", "question"),
    [
        ("ww1.txt", "when did Italy join the war?"),  # Italy only in the Triple Alliance list
        ("ww1.txt", "how many people died of Spanish flu?"),
        ("geography.md", "what is the capital of Nepal?"),
        ("chemistry.yaml", "when was oxygen discovered?"),
        ("literature.yaml", "when did Dickens die?"),
        ("economics.md", "what does GDP stand for?"),
    ],
)
def test_a_question_the_notes_do_not_cover_is_said_so(deck: str, question: str) -> None:
    asked = ask_eval(deck, question)
    assert asked.status == "none"
    assert lines(asked)[0] == f"“{question}” is not in these notes."


def test_not_in_the_notes_offers_the_closest_topics() -> None:
    asked = ask_eval("ww1.txt", "when did Italy join the war?")
    assert isinstance(asked.reply, Choices)
    assert "The closest topics are:" in asked.reply.fallback.plain
    assert asked.reply.options


def test_the_reply_leads_with_one_fact_then_at_most_two_more() -> None:
    asked = ask_eval("biology.txt", "what does amylase break down?")
    shown = lines(asked)
    assert shown[0] == "Amylase breaks down starch into sugars"
    assert shown[1] == "From Enzymes"
    assert len([line for line in shown if line.startswith("• ")]) <= 2


# --- the evaluation set, as a regression floor -------------------------------------------------


def test_the_evaluation_set_meets_its_targets() -> None:
    """cases.yaml (the tuning set): ≥ 92% right fact first, ≥ 90% correct refusals. The held-out
    set and the baselines are reported by benchmarks/bench_ask.py."""
    right = refused = answerable = unanswerable = 0
    for case in read_cases("cases.yaml"):
        asked = ask_eval(case.deck, case.ask)
        if case.fact is None:
            unanswerable += 1
            refused += asked.status == "none"
        else:
            answerable += 1
            right += asked.status == "answer" and fact_shown(case.fact, asked.lead)
    assert answerable >= 200 - 43 and unanswerable >= 40
    assert right / answerable >= 0.92, (right, answerable)
    assert refused / unanswerable >= 0.90, (refused, unanswerable)


def test_a_fact_copied_with_its_markdown_is_scored_on_what_the_reply_shows() -> None:
    """Scoring, not /ask: testers copy a fact as the notes write it, emphasis and table pipes
    included, and the reply shows the line as imported."""
    genetics = "Mendel = monk, bred pea plants in his monastery garden in mid-1800s"
    assert fact_shown("bred **pea plants** in his monastery", genetics)
    flowchart = "Symbol: Decision; Shape: diamond; What it is for: a yes/no question with two exits"
    assert fact_shown("diamond | a yes/no question with two exits", flowchart)
    assert not fact_shown("parallelogram | a yes/no question with two exits", flowchart)
    assert not fact_shown("bred **pea plants** in his garden", genetics)
    assert not fact_shown("bred pea plants", None)
    assert fact_shown("Tendon: connects muscle to bone", "Tendon — connects muscle to bone")
    assert fact_shown("**eukaryotic** = has a nucleus", "eukaryotic — has a nucleus -> animal")
    assert not fact_shown("Tendon: connects muscle to bone", "Ligament — connects bone to bone")


def test_a_fact_copied_from_latex_or_org_is_scored_as_its_importer_writes_it() -> None:
    """Scoring, not /ask: a fact copied from a .tex file keeps its markup ("\\textit{}", TeX
    quotes, a tabular row's "&"), one from an .org file its "/italic/"; the reply shows the line
    as the LaTeX or org importer wrote it."""
    row = "case: Gen. pl; armr (arm): arma; dagr (day): daga"
    assert fact_shown("Gen. pl & arma & daga", row)
    assert not fact_shown("Gen. pl & armar & daga", row)
    said = "The genitive shows possession: “of the king”."
    assert fact_shown(r"\textbf{genitive} shows possession: ``of the king''", said)
    assert not fact_shown(r"\textbf{dative} shows possession", said)
    assert fact_shown("a drone: /the hum under a raga/", "a drone: the hum under a raga")


def test_a_fact_copied_from_a_bbcode_post_is_scored_as_its_importer_writes_it() -> None:
    """Scoring, not /ask: a fact copied from a forum post keeps its BBCode tags ("[b]…[/b]", a
    table row's "[td]" cells); the BBCode reader shows the words and the row as its cells."""
    said = "MacNeill found out + issued a countermanding order cancelling the Sunday manoeuvres"
    assert fact_shown("issued a [b]countermanding order[/b]", said)
    assert not fact_shown("issued a [b]mobilisation order[/b]", said)
    row = "Signatory: Éamonn Ceannt; Role / background: Dublin Corporation clerk, uilleann piper"
    assert fact_shown("[tr][td]Éamonn Ceannt[/td][td]Dublin Corporation clerk", row)
    assert not fact_shown("[tr][td]Thomas Clarke[/td][td]Dublin Corporation clerk", row)


def test_a_fact_copied_from_a_wiki_page_is_scored_as_its_importer_writes_it() -> None:
    """Scoring, not /ask: a fact copied from a MediaWiki page keeps its bold quotes and a table
    row's "||" cell marks; the importer shows the words without them and the row as its cells."""
    said = "The origami crane was first drawn in the Senbazuru Orikata of 1797."
    assert fact_shown("first drawn in the '''Senbazuru Orikata'''", said)
    assert not fact_shown("first drawn in the '''Kan no mado'''", said)
    row = "Base: Bird base; Folds from: preliminary base; Makes: crane, flapping bird"
    assert fact_shown("|| preliminary base || crane, flapping bird", row)
    assert not fact_shown("|| waterbomb base || crane, flapping bird", row)
    assert fact_shown("[[Petal fold|petal folds]] on both sides", "two petal folds on both sides")


def test_a_fact_copied_from_a_gift_bank_is_scored_as_its_right_answer() -> None:
    """Scoring, not /ask: a fact copied from a Moodle GIFT bank keeps its marks ("=Lay the hive
    on its side", "…frames?{#10}"); the GIFT importer states the question's right answer as a
    line of its own, without its marks or wrong "~" options, and the reply leads with that line."""
    assert fact_shown("=Smoke the entrance first", "Smoke the entrance first")
    assert not fact_shown("=Smoke the entrance first", "Open the roof first")
    assert fact_shown("frames does a national brood box hold?{#11}", "11")
    assert not fact_shown("frames does a national brood box hold?{#11}", "12")
    assert fact_shown("swarms usually leave in ...{=May ~August}", "May")
    assert not fact_shown("swarms usually leave in ...{=May ~August}", "August")
    assert fact_shown("=propolis =bee glue", "bee glue")
    assert fact_shown("=Drone -> male bee", "Drone: male bee")


# The development sets (each was blind once, then its misses were read): the right facts and
# refusals measured when each last moved, as a floor no change may go below. Not a target: the
# held-out figures in docs/ask.md are far from 92% / 90%.
DEVELOPMENT_FLOORS = {
    "heldout3.yaml": (DATA3, 80, 28),
    "heldout4.yaml": (DATA4, 117, 76),
    "heldout5.yaml": (DATA5, 125, 66),
    "heldout6.yaml": (DATA6, 102, 61),
    "heldout7.yaml": (DATA7, 118, 69),
    "heldout8.yaml": (DATA8, 100, 64),
    "heldout10.yaml": (DATA10, 118, 29),
    "heldout11.yaml": (DATA11, 165, 43),
    "heldout12.yaml": (DATA12, 245, 40),
    "heldout13.yaml": (DATA13, 273, 40),
    "heldout14.yaml": (DATA14, 303, 44),
    "heldout15.yaml": (DATA15, 348, 54),
    "heldout16.yaml": (DATA16, 343, 50),
    "heldout17.yaml": (DATA17, 326, 56),
    "heldout18.yaml": (DATA18, 383, 62),
    "heldout19.yaml": (DATA19, 348, 58),
    "heldout20.yaml": (DATA20, 372, 60),
    "heldout21.yaml": (DATA21, 365, 63),
    "heldout22.yaml": (DATA22, 346, 62),
    "heldout23.yaml": (DATA23, 360, 52),
    "heldout24.yaml": (DATA24, 356, 47),  # session 23's blind set (319/48 when measured blind)
    "heldout25.yaml": (DATA25, 336, 43),  # session 24's blind set (330/42 when measured blind)
    "heldout26.yaml": (DATA26, 318, 44),  # session 25's blind set (315/43 at its start)
    "heldout27.yaml": (DATA27, 318, 47),  # session 26's blind set (293/47 measured blind)
    # session 27's blind set (measured blind at f313ee9: 323/49); session 28's BBCode reader took
    # its forum post from 35 to 46 right, and with the post's markup gone three questions it has
    # no answer to (the weather, Collins in the GPO, the copies' fate) now find a near line,
    # two others (the prime minister, women fighting) are refused: 336/48.
    "heldout28.yaml": (DATA28, 336, 48),
    # session 28's blind set, measured blind at e97ff63: 37/240 right, 40/40 refused — three of
    # its four decks (an Obsidian canvas, an EPUB, .odp slides) were refused at import, so every
    # question went unanswered. Readers for those and for its Creole page were then written
    # (from the formats, never from its decks): 179/240 right, 27/40 refused.
    "heldout29.yaml": (DATA29, 179, 27),
}


@pytest.mark.parametrize("table", sorted(DEVELOPMENT_FLOORS))
def test_the_development_sets_keep_their_figures(table: str) -> None:
    folder, right_floor, refused_floor = DEVELOPMENT_FLOORS[table]
    right = refused = 0
    for case in read_cases(table, folder):
        asked = ask_eval(case.deck, case.ask)
        if case.fact is None:
            refused += asked.status == "none"
        else:
            right += asked.status == "answer" and fact_shown(case.fact, asked.lead)
    assert right >= right_floor and refused >= refused_floor, (right, refused)
