"""Issue 14's reasoning kinds as a student meets them: pick-all-that-apply questions from a lead-in's
lines, cause→effect matching from the notes' arrows, "led to" lines and "Effects of …" lead-ins; and
the general rules against filler blanks and which-topic questions two topics could claim."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.engine import Engine
from bot.events import Answer, Chat, Choice
from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.quiz._service import typed_letters
from bot.replies import Choices, Quiz, Reply
from knowledge.model import Deck, Fact, Topic
from knowledge.text import fold
from tests.conftest import ANA, DM, GROUP, say, shown
from tests.fakes.clock import FakeClock


def facts(*lines: str, group: str | None = None) -> tuple[Fact, ...]:
    return tuple(Fact(line, group) for line in lines)


def economy_deck() -> Deck:
    """Economics notes (a subject the generator's rules never name) with lead-ins and arrows."""
    return Deck(
        id="econ",
        title="Macroeconomics",
        topics=(
            Topic(
                id="inflation",
                title="Inflation",
                facts=(
                    *facts(
                        "Inflation is a sustained rise in the general price level",
                        "higher interest rates → less borrowing → lower demand",
                        "rising oil prices resulted in dearer fuel for drivers",
                        "The Bank of England targets inflation of 2%",
                    ),
                    *facts(
                        "wages rising faster than productivity",
                        "a weaker pound makes imports dearer",
                        "higher oil prices raise firms' costs",
                        group="Inflation rose because",
                    ),
                    *facts(
                        "savers lose the real value of their money",
                        "exports become less competitive abroad",
                        "firms face menu costs when changing prices",
                        group="Effects of inflation",
                    ),
                ),
            ),
            Topic(
                id="unemployment",
                title="Unemployment",
                facts=(
                    *facts(
                        "A recession led to cyclical unemployment",
                        "new machines → structural unemployment in old industries",
                    ),
                    *facts(
                        "a fall in consumer spending",
                        "firms cutting investment after the crash",
                        "the closure of coal mines in the 1980s",
                        group="Unemployment rose because",
                    ),
                    *facts(
                        "the government pays out more in benefits",
                        "workers lose skills the longer they are out of work",
                        "families have less money to spend in local shops",
                        group="Effects of unemployment",
                    ),
                ),
            ),
            Topic(
                id="trade",
                title="International trade",
                facts=(
                    *facts("tariffs on steel resulted in higher car prices"),
                    *facts(
                        "cheaper goods for consumers",
                        "more competition for domestic firms",
                        group="Effects of free trade",
                    ),
                ),
            ),
        ),
    )


def _of(deck: Deck, kind: QuestionKind, seed: int = 1) -> list[Question]:
    return QuestionGenerator(deck, seed=seed).all_candidates(kinds=[kind])


LEAD_INS = {
    "Inflation rose because": {
        "wages rising faster than productivity",
        "a weaker pound makes imports dearer",
        "higher oil prices raise firms' costs",
    },
    "Unemployment rose because": {
        "a fall in consumer spending",
        "firms cutting investment after the crash",
        "the closure of coal mines in the 1980s",
    },
}


# ---- multi-select --------------------------------------------------------------------------------


def test_a_lead_in_becomes_a_pick_all_that_apply_question() -> None:
    asked = _of(economy_deck(), QuestionKind.MULTI_SELECT)
    prompts = {q.prompt for q in asked}
    assert "Inflation: Which of these were reasons for “Inflation rose”? Pick all that apply." in (
        prompts
    )
    for q in asked:
        heading = next((h for h in LEAD_INS if h.removesuffix(" because") in q.prompt), None)
        if heading is None:
            assert "Effects of" in q.prompt  # the effects lists are asked too
            continue
        rights = {q.options[i] for i in q.correct}
        assert rights == set(q.answers) and rights <= LEAD_INS[heading]
        assert len(rights) >= 2 and len(q.options) - len(rights) >= 2
        assert not (set(q.options) - rights) & LEAD_INS[heading]


async def _open_question(
    engine: Engine, kind: QuestionKind, chat: Chat = DM
) -> tuple[Question, Reply]:
    for _ in range(40):
        replies = await say(engine, "/quiz 10", chat=chat)
        for _ in range(10):
            session = engine.quiz.session_for(ANA, chat)
            if session is None or session.current is None:
                break  # a small deck's quiz holds fewer than 10 questions
            if session.current.kind is kind:
                asked = next(r for r in replies if isinstance(r, Choices | Quiz))
                return session.current, asked
            replies = await say(engine, "/skip", chat=chat)
    raise AssertionError(f"no {kind} question came up")


async def test_multi_select_is_ticked_with_buttons_and_submitted_with_done() -> None:
    engine = Engine(economy_deck(), clock=FakeClock())
    question, asked = await _open_question(engine, QuestionKind.MULTI_SELECT)
    assert isinstance(asked, Choices)
    body = asked.body.plain
    assert "Pick all that apply." in body
    for letter, option in zip("ABCDE", question.options, strict=False):
        assert f"{letter}. {option}" in body
    labels = [option.label for option in asked.options]
    assert labels == [*"ABCDE"[: len(question.options)], "✔ Done"]
    done = asked.options[-1].token
    assert shown(await engine.handle(Choice(ANA, DM, done))).startswith("Tick at least one")
    for index in question.correct:
        ticked = shown(await engine.handle(Choice(ANA, DM, asked.options[index].token)))
        assert ticked.startswith("Ticked:")
    verdict = shown(await engine.handle(Choice(ANA, DM, done)))
    assert verdict.startswith("✅ Right — those are all of them.")


async def test_multi_select_with_one_right_option_missing_says_which() -> None:
    engine = Engine(economy_deck(), clock=FakeClock())
    question, asked = await _open_question(engine, QuestionKind.MULTI_SELECT)
    assert isinstance(asked, Choices)
    first, *rest = question.correct
    await engine.handle(Choice(ANA, DM, asked.options[first].token))
    verdict = shown(await engine.handle(Choice(ANA, DM, asked.options[-1].token)))
    letters = ", ".join("ABCDE"[i] for i in question.correct)
    assert verdict.startswith(f"❌ Not quite — the ones that apply are {letters}.")
    assert f"You left out {'ABCDE'[rest[0]]}. {question.options[rest[0]]}" in verdict


async def test_multi_select_takes_typed_letters_in_a_dm_and_with_slash_a_in_a_group() -> None:
    engine = Engine(economy_deck(), clock=FakeClock())
    question, _ = await _open_question(engine, QuestionKind.MULTI_SELECT)
    typed = " ".join("abcde"[i] for i in question.correct)
    assert shown(await engine.handle(Answer(ANA, DM, typed))).startswith("✅")
    question, _ = await _open_question(engine, QuestionKind.MULTI_SELECT, chat=GROUP)
    typed = ", ".join("ABCDE"[i] for i in question.correct)
    assert shown(await say(engine, f"/a {typed}", chat=GROUP)).startswith("✅")


def test_typed_letters_reads_the_ways_students_list_options() -> None:
    assert typed_letters("a c", 5) == {0, 2}
    assert typed_letters("A, C", 5) == {0, 2}
    assert typed_letters("1 and 3", 5) == {0, 2}
    assert typed_letters("ac", 5) == {0, 2}
    assert typed_letters("a f", 5) == frozenset()  # there is no F
    assert typed_letters("fewer deaths", 5) == frozenset()


# ---- matching ------------------------------------------------------------------------------------

PAIRS = {
    "Higher interest rates": "Lower demand",
    "Rising oil prices": "Dearer fuel for drivers",
    "A recession": "Cyclical unemployment",
    "New machines": "Structural unemployment in old industries",
    "Tariffs on steel": "Higher car prices",
    # An "Effects of …" lead-in: any of its lines.
    "Free trade": {"Cheaper goods for consumers", "More competition for domestic firms"},
    "Inflation": {
        "Savers lose the real value of their money",
        "Exports become less competitive abroad",
        "Firms face menu costs when changing prices",
    },
    "Unemployment": {
        "The government pays out more in benefits",
        "Workers lose skills the longer they are out of work",
        "Families have less money to spend in local shops",
    },
}


def test_cause_effect_pairs_become_matching_questions() -> None:
    asked = _of(economy_deck(), QuestionKind.MATCHING)
    assert asked
    for q in asked:
        prompt = q.prompt
        assert prompt.startswith("Match each cause to its effect. 1. ")
        causes = [chunk.strip().rstrip(".") for chunk in _numbered(prompt)]
        assert len(causes) == len(q.options) in (3, 4)
        for cause, index in zip(causes, q.correct, strict=True):
            effect = q.options[index]
            expected = PAIRS[cause]
            if isinstance(expected, set):
                assert effect in expected, (cause, effect)
            else:
                assert effect == expected, (cause, effect)


def _numbered(prompt: str) -> list[str]:
    body = prompt[prompt.index("1. ") :]  # after the title: "Match each cause …", "Weather: …"
    parts = []
    for number in range(1, 5):
        start = body.find(f"{number}. ")
        if start < 0:
            break
        end = body.find(f" {number + 1}. ", start)
        parts.append(body[start + len(f"{number}. ") : end if end > 0 else None])
    return parts


async def test_a_matching_question_lists_both_sides_and_takes_a_pairing() -> None:
    engine = Engine(economy_deck(), clock=FakeClock())
    question, asked = await _open_question(engine, QuestionKind.MATCHING)
    assert isinstance(asked, Quiz)
    assert asked.prompt.startswith("Match each cause to its effect. 1. ")
    for letter, effect in zip("ABCD", question.options, strict=False):
        assert f"{letter}. {effect}" in asked.prompt
    right = ", ".join(f"{n}-{'ABCD'[i]}" for n, i in enumerate(question.correct, 1))
    assert asked.options[asked.correct[0]].label == right
    typed = "".join("ABCD"[i] for i in question.correct)
    assert shown(await engine.handle(Answer(ANA, DM, typed))).startswith("✅")


# ---- filler blanks and which-topic ambiguity -----------------------------------------------------


def health_deck() -> Deck:
    return Deck(
        id="health",
        title="Disease",
        topics=(
            Topic(
                id="spread",
                title="Preventing spread",
                facts=facts(
                    "Isolating infected individuals stops the spread of measles",
                    "White blood cells engulf pathogens by phagocytosis",
                    "Catalase = substance that breaks down hydrogen peroxide in cells",
                ),
            ),
            Topic(
                id="drugs",
                title="Drug development",
                facts=facts(
                    "New drugs are tested for toxicity, efficacy and dosage",
                    "Penicillin was the first antibiotic to be mass produced",
                ),
            ),
            Topic(
                id="antibiotics",
                title="Antibiotics and painkillers",
                facts=(
                    *facts(
                        "Penicillin comes from the Penicillium mould",
                        "Antibiotics kill bacteria but not viruses",
                    ),
                    *facts("they only relieve symptoms", group="Painkillers"),
                ),
            ),
            Topic(
                id="plants",
                title="Plant disease",
                facts=facts(
                    "Tobacco mosaic virus discolours the leaves of tobacco plants",
                    "Rose black spot is a fungus spread by wind and water",
                ),
            ),
            Topic(
                id="vaccines",
                title="Vaccination",
                facts=facts("Vaccines contain dead or inactive forms of a pathogen"),
            ),
        ),
    )


def test_an_everyday_word_is_never_the_blank_but_a_subject_word_is() -> None:
    answers = {
        fold(q.answers[0])
        for q in QuestionGenerator(health_deck(), seed=1).all_candidates()
        if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE)
    }
    assert not {"individuals", "substance"} & answers
    assert "phagocytosis" in answers


def test_which_topic_never_offers_a_topic_about_the_same_thing_nor_a_sub_headed_line() -> None:
    which = _of(health_deck(), QuestionKind.WHICH_TOPIC)
    assert which, "the deck still has which-topic questions"
    for q in which:
        assert q.source_fact != "they only relieve symptoms"
        if "Penicillium" in q.prompt or "Penicillin" in q.prompt:
            wrong = {o for i, o in enumerate(q.options) if i not in q.correct}
            assert "Drug development" not in wrong and "Antibiotics and painkillers" not in wrong


# ---- property: a right answer is never offered as wrong, nor a wrong one as right ----------------

CAUSES = ("rain", "drought", "frost", "wind", "heat", "flood")
EFFECTS = ("crop failure", "soil erosion", "burst pipes", "fallen trees", "water shortage", "mud")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(0, 5), min_size=3, max_size=6, unique=True),
    st.lists(st.sampled_from(("→", "led to", "resulted in")), min_size=6, max_size=6),
    st.integers(0, 3),
)
def test_a_matching_answer_is_exactly_the_notes_pairing(
    chosen: list[int], links: list[str], seed: int
) -> None:
    # "a spell of heavy rain" says what happened: a cause, not a name in a list of rows
    lines = [f"a spell of heavy {CAUSES[i]} {links[k]} {EFFECTS[i]}" for k, i in enumerate(chosen)]
    # One section: pairs of unrelated sections are never matched together (round 16, A10).
    topics = (Topic(id="t0", title="Extreme weather", facts=facts(*lines)),)
    deck = Deck(id="weather", title="Weather", topics=topics)
    pairs = {f"a spell of heavy {CAUSES[i]}": EFFECTS[i] for i in chosen}
    asked = _of(deck, QuestionKind.MATCHING, seed)
    assert asked
    for q in asked:
        for cause, index in zip(_numbered(q.prompt), q.correct, strict=True):
            assert fold(q.options[index]) == fold(pairs[fold(cause.rstrip("."))])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 20))
def test_a_wrong_option_of_a_multi_select_is_never_under_its_lead_in(seed: int) -> None:
    for q in _of(economy_deck(), QuestionKind.MULTI_SELECT, seed):
        heading = next((h for h in LEAD_INS if h.removesuffix(" because") in q.prompt), None)
        if heading is None:
            continue  # an effects list
        wrong = {o for i, o in enumerate(q.options) if i not in q.correct}
        assert not wrong & LEAD_INS[heading]
        assert {q.options[i] for i in q.correct} <= LEAD_INS[heading]


def test_a_number_grouped_by_spaces_is_blanked_whole_with_look_alike_options() -> None:
    deck = Deck(
        id="grid",
        title="Electricity",
        topics=(
            Topic(
                id="national-grid",
                title="The National Grid",
                facts=facts(
                    "Step-up transformers increase the p.d. to 400 000 V for the cables",
                    "About 7 500 km of overhead lines cross Great Britain",
                    "Step-down transformers reduce it to 230 V for homes",
                ),
            ),
        ),
    )
    asked = [
        question
        for seed in range(1, 6)
        for question in QuestionGenerator(deck, seed=seed).generate(10)
        if "transformers increase" in question.prompt or "overhead lines" in question.prompt
    ]
    assert asked
    for question in asked:
        assert "_____ 000" not in question.prompt and "_____ 500" not in question.prompt
        if question.kind is QuestionKind.CHOICE:
            grouped = [option for option in question.options if " " in option]
            assert len(grouped) == len(question.options), question.options
