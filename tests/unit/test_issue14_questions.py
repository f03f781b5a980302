"""Issue 14's question examples, one test each, on the bundled deck and on small decks in other
subjects; and property tests (hypothesis) that a wrong option is never also right per the notes."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.events import Choice
from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._generator import turns_on_year
from bot.replies import Quiz
from knowledge.bundled import DEFAULT_DECK
from knowledge.loader import load_deck
from knowledge.model import Deck, Fact, Term, Topic
from knowledge.text import fold
from tests.conftest import ANA, DM, say, shown
from tests.fakes.clock import FakeClock


def facts(*lines: str, group: str | None = None) -> tuple[Fact, ...]:
    return tuple(Fact(line, group) for line in lines)


def bundled() -> list[Question]:
    return QuestionGenerator(load_deck(DEFAULT_DECK), seed=1).all_candidates()


def ww1_deck() -> Deck:
    """Unseen-style notes: WW1, with a line two topics share and a regnal number."""
    return Deck(
        id="ww1",
        title="The First World War",
        topics=(
            Topic(
                id="causes",
                title="Long-term causes",
                people=("Kaiser Wilhelm II", "Franz Ferdinand"),
                places=("Germany", "Britain", "Sarajevo"),
                facts=(
                    *facts(
                        "Kaiser Wilhelm II wanted Germany to have an empire to rival Britain",
                        "Franz Ferdinand was shot in Sarajevo in June 1914",
                        "Italy joined the Allies 1915",
                    ),
                    *facts(
                        "the naval race with Britain over dreadnoughts",
                        "rival alliance systems dividing Europe into two camps",
                        "colonial rivalry over Morocco and Africa",
                        group="War broke out because",
                    ),
                ),
                start_year=1900,
                end_year=1914,
            ),
            Topic(
                id="italy",
                title="Italian Front",
                places=("Italy", "Austria-Hungary", "Caporetto"),
                facts=(
                    *facts(
                        "Italy joined the Allies 1915",
                        "Italians were defeated at Caporetto in 1917",
                        "soldiers scaled a makeshift wall of rocks in the Alps",
                    ),
                    *facts(
                        "the secret Treaty of London promised Italy new land",
                        "Italian nationalists wanted Trento and Trieste",
                        group="Italy changed sides because",
                    ),
                ),
                start_year=1915,
                end_year=1918,
            ),
            Topic(
                id="somme",
                title="Battle of the Somme",
                people=("Douglas Haig",),
                places=("France",),
                facts=(
                    *facts(
                        "Douglas Haig commanded the British army on the Somme",
                        "57,000 British casualties on the first day",
                        "tanks were used for the first time in September 1916",
                    ),
                    *facts(
                        "huge losses turned public opinion against the generals",
                        "relieved German pressure on the French at Verdun",
                        "new tactics such as the creeping barrage were learnt",
                        group="Consequences",
                    ),
                    *facts(
                        "the front line moved only a few miles",
                        "the German army lost many experienced officers",
                        group="Immediate results",
                    ),
                ),
                start_year=1916,
                end_year=1916,
            ),
            Topic(id="poland", title="Poland", places=("Poland",), start_year=1918),
        ),
        terms=(
            Term("tank", "Tank", "an armoured fighting vehicle moving on tracks"),
            Term("attrition", "Attrition", "wearing the enemy down by continuous losses"),
            Term("blockade", "Blockade", "a policy of stopping supplies reaching a country"),
        ),
    )


# ---- distractors of the same kind ----------------------------------------------------------------


def test_topic_titles_are_options_only_of_which_topic() -> None:
    deck = load_deck(DEFAULT_DECK)
    titles = {topic.title for topic in deck.topics}
    for q in QuestionGenerator(deck, seed=1).all_candidates(kinds=[QuestionKind.CHOICE]):
        assert not titles & set(q.options), (q.prompt, q.options)
    leaving = [
        q for q in bundled() if "Threat of leaving" in q.prompt and q.kind is QuestionKind.CHOICE
    ]
    assert leaving == []  # "Warsaw Pact" is asked typed, not among topic titles


def test_a_weapon_is_never_offered_among_policies() -> None:
    # The bundled deck has no second weapon, so ICBMs are asked typed, never among policies.
    icbm = [q for q in bundled() if q.kind is QuestionKind.CHOICE and "ICBM" in q.answers[0]]
    assert icbm == []
    # Where the deck has weapons enough, a weapon is asked among weapons only.
    terms = (
        Term(
            "icbm", "ICBM", "Intercontinental Ballistic Missile, a long-range missile", ("ICBMs",)
        ),
        Term("cruise", "Cruise missile", "a low-flying guided missile"),
        Term("sub", "Polaris", "a submarine-launched ballistic missile"),
        Term("containment", "Containment", "a Western aim, stopping the spread of communism"),
        Term("security", "Security", "keeping a country safe from attack"),
    )
    deck = Deck(
        id="arms",
        title="Arms race",
        topics=(
            Topic(
                id="race",
                title="The arms race",
                facts=facts("the USA deployed new ICBMs in the early 1960s"),
            ),
        ),
        terms=terms,
    )
    choices = [
        q
        for q in QuestionGenerator(deck, seed=1).all_candidates(kinds=[QuestionKind.CHOICE])
        if q.answers[0] in ("ICBMs", "ICBM")
    ]
    assert choices
    for q in choices:
        assert not {"Containment", "Security"} & set(q.options), q.options


# ---- filters -------------------------------------------------------------------------------------


def test_true_false_only_on_a_checkable_claim() -> None:
    for q in bundled():
        if q.kind is QuestionKind.TRUE_FALSE:
            assert "Destalinisation (although" not in q.prompt
            assert q.prompt != "True or false? Key Terms + Aims (Soviet aims): Security"


def test_which_topic_never_on_a_shared_line_nor_a_definition() -> None:
    questions = QuestionGenerator(ww1_deck(), seed=1).all_candidates()
    which = [q for q in questions if q.kind is QuestionKind.WHICH_TOPIC]
    assert which, "the deck should still have which-topic questions"
    assert not any("Italy joined the Allies" in q.source_fact for q in which)
    for q in bundled():
        if q.kind is QuestionKind.WHICH_TOPIC:
            assert fold(q.source_fact) not in {"security", "containment", "food shortages"}
            assert not q.source_fact.startswith("Peaceful Coexistence")


def test_no_blank_on_a_regnal_number_or_an_incidental_adjective() -> None:
    for deck in (ww1_deck(), load_deck(DEFAULT_DECK)):
        for q in QuestionGenerator(deck, seed=1).all_candidates():
            if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE):
                assert q.answers[0] not in ("II", "makeshift"), q.prompt


def test_chronology_only_orders_events_and_says_where_its_dates_come_from() -> None:
    for deck in (ww1_deck(), load_deck(DEFAULT_DECK)):
        for q in QuestionGenerator(deck, seed=1).all_candidates(kinds=[QuestionKind.CHRONOLOGY]):
            assert "Poland" not in q.options
            if "Earliest first" in q.explanation and q.fact_id is None:
                assert "by the dates in this deck" in q.explanation


async def test_a_chronology_prompt_reads_cleanly(engine: Engine) -> None:
    for _ in range(60):
        replies = await say(engine, "/quiz 10")
        for _ in range(10):
            session = engine.quiz.session_for(ANA, DM)
            assert session is not None and session.current is not None
            quiz = next((r for r in replies if isinstance(r, Quiz)), None)
            if session.current.kind is QuestionKind.CHRONOLOGY and quiz is not None:
                assert "earliest first: A." in quiz.prompt
                assert ".:" not in quiz.prompt
                return
            replies = await say(engine, "/skip")
    raise AssertionError("no chronology question came up")


def test_one_question_per_fact_no_repeated_stem_and_at_most_30_percent_years() -> None:
    for deck in (ww1_deck(), load_deck(DEFAULT_DECK)):
        for seed in (1, 2, 3):
            batch = QuestionGenerator(deck, seed=seed).generate(60)
            sources = [fold(q.source_fact) for q in batch if q.fact_id]
            assert len(sources) == len(set(sources)), seed
            prompts = [fold(q.prompt) for q in batch if q.kind is not QuestionKind.CHRONOLOGY]
            assert len(prompts) == len(set(prompts))
            assert sum(turns_on_year(q) for q in batch) <= 0.3 * 60
            italy = [q for q in batch if "italy joined the allies" in fold(q.source_fact)]
            assert len(italy) <= 1


def test_definitions_are_asked_only_when_the_notes_give_them() -> None:
    asked = {
        q.prompt
        for q in bundled()
        if q.kind in (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)
    }
    assert asked, "the notes' own definitions are still asked"
    assert not any("ICBM" in prompt or "Intercontinental" in prompt for prompt in asked)
    deck = load_deck(DEFAULT_DECK)
    icbm = next(term for term in deck.terms if term.term == "ICBM")
    assert icbm.added
    assert not next(term for term in deck.terms if term.term == "Brinkmanship").added


# ---- reasoning questions -------------------------------------------------------------------------


def test_lines_under_a_because_lead_in_become_reason_questions() -> None:
    questions = QuestionGenerator(ww1_deck(), seed=1).all_candidates(kinds=[QuestionKind.REASON])
    # The notes list no consequences of the war's outbreak: the only other options would be why
    # Italy changed sides, which are off-topic (or arguable), so its causes are not asked.
    assert not [q for q in questions if "War broke out" in q.prompt]
    effects = [q for q in questions if "Consequences" in q.prompt]
    assert effects and all(q.topic_id == "somme" for q in effects)


def test_reason_questions_come_from_any_lead_in_wording() -> None:
    deck = Deck(
        id="geo",
        title="Hazards",
        topics=(
            Topic(
                id="volcanoes",
                title="Living with volcanoes",
                facts=(
                    *facts(
                        "fertile soils for farming",
                        "geothermal energy heats homes",
                        "tourism brings jobs to the area",
                        group="People live near volcanoes bcs",
                    ),
                    *facts(
                        "lava flows destroy farmland and roads",
                        "ash clouds close airports for days",
                        group="Effects of eruptions on people living near volcanoes",
                    ),
                ),
            ),
            Topic(
                id="floods",
                title="Boscastle flood",
                facts=facts(
                    "heavy rain fell on saturated ground",
                    "steep valley sides channelled water quickly",
                    group="Reasons for the flood",
                ),
            ),
        ),
    )
    reason = QuestionGenerator(deck, seed=2).all_candidates(kinds=[QuestionKind.REASON])
    prompts = " | ".join(q.prompt for q in reason)
    assert "People live near volcanoes" in prompts
    assert "NOT" in prompts
    floods = {"heavy rain fell on saturated ground", "steep valley sides channelled water quickly"}
    # The wrong options are what eruptions do to those people, never the flood's causes.
    assert all(not set(q.options) & floods for q in reason if "volcanoes" in q.prompt)


# ---- feedback and hints --------------------------------------------------------------------------


async def test_a_wrong_pick_says_what_it_is_and_where_the_answer_comes_from() -> None:
    engine = Engine(load_deck(DEFAULT_DECK), clock=FakeClock())
    for _ in range(40):
        replies = await say(engine, "/quiz 10")
        for _ in range(10):
            session = engine.quiz.session_for(ANA, DM)
            assert session is not None and session.current is not None
            question = session.current
            quiz = next((r for r in replies if isinstance(r, Quiz)), None)
            notes = question.option_notes
            if question.kind is QuestionKind.CHOICE and quiz is not None and any(notes):
                wrong = next(i for i, note in enumerate(notes) if note)
                body = shown(await engine.handle(Choice(ANA, DM, quiz.options[wrong].token)))
                assert body.startswith("❌ Not quite — the answer is")
                assert notes[wrong] in body
                assert "“" + question.source_fact[:30] in body  # the right line, quoted
                return
            replies = await say(engine, "/skip")
    raise AssertionError("no choice question with notes on its options came up")


async def test_hints_get_more_specific_and_say_when_there_are_no_more(engine: Engine) -> None:
    for _ in range(40):
        await say(engine, "/quiz 10")
        for _ in range(10):
            session = engine.quiz.session_for(ANA, DM)
            assert session is not None and session.current is not None
            if session.current.typed and session.current.hints:
                first = shown(await say(engine, "/hint"))
                second = shown(await say(engine, "/hint"))
                assert first.startswith("Hint 1/2") and second.startswith("Hint 2/2")
                assert "last hint" in second
                answer = session.current.answers[0]
                assert answer[: (len(answer) + 1) // 2] in second
                assert shown(await say(engine, "/hint")).startswith("No more hints")
                return
            await say(engine, "/skip")
    raise AssertionError("no typed question with more hints came up")


# ---- property tests: a wrong option is never also right ------------------------------------------

PEOPLE = ("Anna Berg", "Carl Dahl", "Eva Frost", "Gustav Holm", "Ida Jensen", "Karl Lund")
PLACES = ("Oslo", "Bergen", "Malmo", "Uppsala", "Aarhus", "Turku")
TEMPLATES = (
    "{p} travelled to {c} in {y}",
    "{p} signed the treaty in {c}",
    "{c} was the capital of the new state",
    "{p} and {q} met in {c} to agree the border",
    "{n} people marched through {c}",
    "{p} was elected leader in {y}",
)


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    topics = []
    for t in range(draw(st.integers(2, 4))):
        lines = []
        for _ in range(draw(st.integers(2, 5))):
            template = draw(st.sampled_from(TEMPLATES))
            lines.append(
                template.format(
                    p=draw(st.sampled_from(PEOPLE)),
                    q=draw(st.sampled_from(PEOPLE)),
                    c=draw(st.sampled_from(PLACES)),
                    y=draw(st.integers(1900, 1990)),
                    n=draw(st.sampled_from(("500", "2,000", "10,000", "40,000"))),
                )
            )
        people = tuple(p for p in PEOPLE if any(p in line for line in lines))
        places = tuple(c for c in PLACES if any(c in line for line in lines))
        topics.append(
            Topic(
                id=f"t{t}",
                title=f"Topic {'ABCD'[t]} reforms",
                people=people,
                places=places,
                facts=facts(*dict.fromkeys(lines)),
            )
        )
    return Deck(id="prop", title="Northern history", topics=tuple(topics))


def _filled(q: Question, option: str) -> str:
    stem = q.prompt.split(": ", 1)[1]
    return fold(stem.replace("_____", option))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(decks(), st.integers(0, 5))
def test_a_wrong_option_in_the_blank_never_makes_a_line_of_the_notes(deck: Deck, seed: int) -> None:
    lines = {fold(fact.text) for topic in deck.topics for fact in topic.facts}
    for q in QuestionGenerator(deck, seed=seed).all_candidates():
        if q.kind is QuestionKind.CHOICE:
            for index, option in enumerate(q.options):
                if index not in q.correct:
                    assert _filled(q, option) not in lines, (q.prompt, option)
                    topic = deck.topic(q.topic_id or "")
                    assert topic is not None
                    # Nor is it a name the topic's own lines use.
                    assert not any(
                        re.search(rf"\b{re.escape(fold(option))}\b", fold(f.text))
                        for f in topic.facts
                    ), (q.prompt, option)
        elif q.kind is QuestionKind.TRUE_FALSE and q.answers == ("False",):
            statement = fold(q.prompt.split(": ", 1)[1])
            assert statement not in lines, q.prompt
        elif q.kind is QuestionKind.WHICH_TOPIC:
            for index, option in enumerate(q.options):
                if index not in q.correct:
                    other = next(t for t in deck.topics if t.title == option)
                    assert fold(q.source_fact) not in {fold(f.text) for f in other.facts}


EFFECTS = ("the new kingdom chose a monarch of its own", "border trade carried on much as before")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TEMPLATES), min_size=3, max_size=5, unique=True), st.integers(0, 3))
def test_a_wrong_option_of_a_reason_question_is_never_under_its_lead_in(
    lines: list[str], seed: int
) -> None:
    members = [
        line.format(p="Anna Berg", q="Carl Dahl", c="Oslo", y=1905, n="500") for line in lines
    ]
    others = [
        line.format(p="Eva Frost", q="Ida Jensen", c="Turku", y=1950, n="40,000")
        for line in TEMPLATES
    ]
    deck = Deck(
        id="why",
        title="Why",
        topics=(
            Topic(
                id="a",
                title="Union dissolved",
                facts=(
                    *facts(*members, group="Reasons why"),
                    *facts(*EFFECTS, group="Effects of the union ending"),
                ),
            ),
            Topic(id="b", title="Later years", facts=facts(*others, group="Causes of the strike")),
        ),
    )
    under = {"a": {fold(m) for m in members}, "b": {fold(o) for o in others}}
    asked = QuestionGenerator(deck, seed=seed).all_candidates(kinds=[QuestionKind.REASON])
    # (Effects unlike the causes in form, names or length are no options either: then none is asked.)
    # The strike's causes explain something else: never a wrong option for the union's end.
    assert not [q for q in asked if q.topic_id == "a" and set(map(fold, q.options)) & under["b"]]
    for q in asked:
        member_set = under[q.topic_id or ""]
        wrong = [o for i, o in enumerate(q.options) if i not in q.correct]
        if "NOT" in q.prompt:
            assert fold(q.answers[0]) not in member_set
        else:
            assert not {fold(o) for o in wrong} & member_set


# ---- found by the second blind review (docs/quiz-review.md) --------------------------------------


def _memory_deck() -> Deck:
    return Deck(
        id="memory",
        title="Memory",
        topics=(
            Topic(
                id="msm",
                title="Multi-store model",
                facts=facts(
                    "Short-term memory duration is about 18 to 30 seconds",
                    "Rehearsal transfers information from STM to LTM",
                    "too simple, STM is not a single store",
                ),
            ),
            Topic(
                id="wmm",
                title="Working memory model",
                facts=facts(
                    "Patient KF had a damaged phonological loop after a motorbike accident",
                    "The CE directs attention to the slave systems",
                ),
            ),
        ),
    )


def test_an_acronym_is_offered_only_among_acronyms_of_its_length() -> None:
    for q in QuestionGenerator(_memory_deck(), seed=1).all_candidates():
        if q.kind is QuestionKind.CHOICE and q.answers[0] in ("KF", "STM", "LTM"):
            assert {len(option) for option in q.options} == {len(q.answers[0])}, q.options
        if q.kind is QuestionKind.TRUE_FALSE:
            assert "Patient STM" not in q.prompt and "from KF" not in q.prompt


def test_a_number_in_a_range_keeps_the_range_in_order() -> None:
    for seed in range(6):
        for q in QuestionGenerator(_memory_deck(), seed=seed).all_candidates():
            if "to 30 seconds" in q.prompt and q.options and q.kind is not QuestionKind.TRUE_FALSE:
                assert all(float(o) < 30 for o in q.options), q.options
            if q.kind is QuestionKind.TRUE_FALSE and "to 30 seconds" in q.prompt:
                low = int(q.prompt.split("about ")[1].split(" ")[0])
                assert low < 30, q.prompt


def test_a_topic_titled_as_a_lead_in_is_asked_as_listed_under_it() -> None:
    deck = Deck(
        id="rates",
        title="Rates",
        topics=(
            Topic(
                id="factors",
                title="Factors affecting rate",
                facts=(
                    *facts(
                        "Increasing temperature increases the rate",
                        "Powder has a larger surface area than lumps",
                        "Higher concentration means more particles in the same volume",
                    ),
                    *facts(
                        "particles move faster and collide more often",
                        "more collisions have energy above the activation energy",
                        group="Rate increases with temperature because",
                    ),
                ),
            ),
            Topic(
                id="equilibrium",
                title="Reversible reactions",
                facts=facts(
                    "forward and reverse reactions are both slowed by cooling",
                    "the yield of ammonia falls as the temperature rises",
                    group="Causes of a shifting equilibrium",
                ),
            ),
        ),
    )
    questions = QuestionGenerator(deck, seed=1).all_candidates(kinds=[QuestionKind.REASON])
    assert not any("“affecting rate”" in q.prompt for q in questions)
    factor_lines = {"Increasing temperature increases the rate"}
    for q in questions:
        if "Factors affecting rate" in q.prompt.split(": ", 1)[1]:
            assert "listed under “Factors affecting rate”" in q.prompt
            wrong = {o for i, o in enumerate(q.options) if i not in q.correct}
            # Lines of its own subgroup sit under it too: never offered as not under it.
            assert "particles move faster and collide more often" not in wrong
        if "Rate increases with temperature" in q.prompt:
            assert not factor_lines & set(q.options)
