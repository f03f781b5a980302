"""Decks with subtopics, through engine.handle: /explain lands on a subtopic by its own name and shows its
path, a parent lists its subtopics as buttons instead of pouring them all out, /topics indents them, and a
quiz on a parent covers its subtopics."""

from __future__ import annotations

from pathlib import Path

from bot.engine import Engine
from bot.events import Choice
from bot.questions import QuestionGenerator
from bot.replies import Choices, Message
from knowledge.loader import load_deck
from knowledge.model import Deck
from tests.conftest import ANA, DM, GROUP, say, shown
from tests.fakes.clock import FakeClock

HAZARDS = Path(__file__).resolve().parents[1] / "data" / "good_decks" / "subtopics.yaml"


def hazards() -> Deck:
    return load_deck(HAZARDS)


def engine_on(deck: Deck) -> Engine:
    return Engine(deck, clock=FakeClock())


async def test_explain_lands_on_a_third_level_subtopic_by_its_own_name_with_its_path() -> None:
    replies = await say(engine_on(hazards()), "/explain typhoon haiyan")

    assert len(replies) == 1 and isinstance(replies[0], Message)
    lines = shown(replies).splitlines()
    assert lines[0] == "Weather hazards › Tropical storms › Case study: Typhoon Haiyan"
    assert lines[1] == "Case study: Typhoon Haiyan (2013)"
    assert "• struck the Philippines on 8 November 2013" in lines
    assert "Global atmospheric circulation" not in shown(replies)  # not the parent's facts


async def test_a_parent_shows_its_own_facts_and_its_subtopics_as_buttons() -> None:
    engine = engine_on(hazards())
    replies = await say(engine, "/explain weather hazards")

    assert len(replies) == 1 and isinstance(replies[0], Choices)
    body = replies[0].body.plain
    assert body.startswith("Weather hazards\n• Global atmospheric circulation")
    assert "2 subtopics (3 topics in all)" in body
    assert "6,000 people died" not in body  # a grandchild's facts stay behind its own button
    assert [option.label for option in replies[0].options] == [
        "Tropical storms",
        "Extreme weather in the UK",
    ]
    pressed = await engine.handle(Choice(ANA, DM, replies[0].options[0].token))
    assert isinstance(pressed[0], Choices)  # Tropical storms has a subtopic of its own
    assert shown(pressed).startswith("Weather hazards › Tropical storms\nTropical storms\n")
    assert [option.label for option in pressed[0].options] == ["Case study: Typhoon Haiyan"]


async def test_topics_lists_subtopics_indented_under_their_parent() -> None:
    body = shown(await say(engine_on(hazards()), "/topics"))

    assert "2 topics, 3 subtopics" in body
    assert (
        "\n• Weather hazards\n  • Tropical storms\n    • Case study: Typhoon Haiyan (2013)\n"
        in body
    )


def test_questions_on_a_parent_cover_its_subtopics_and_a_leaf_only_itself() -> None:
    deck = hazards()
    generator = QuestionGenerator(deck, seed=7)

    on_parent = {q.topic_id for q in generator.all_candidates(topic_id="weather-hazards")}
    on_leaf = {q.topic_id for q in generator.all_candidates(topic_id="typhoon-haiyan")}

    assert {"tropical-storms", "typhoon-haiyan"} <= on_parent
    assert "tectonic-hazards" not in on_parent
    assert on_leaf == {"typhoon-haiyan"}


async def test_a_quiz_on_a_parent_topic_asks_about_its_subtopics() -> None:
    engine = engine_on(hazards())
    replies = await say(engine, "/quiz tropical storms 3")

    assert "not a topic" not in shown(replies)
    session = engine.quiz.session_for(ANA, DM)
    assert session is not None
    asked = {question.topic_id for question in session.questions}
    assert asked <= {"tropical-storms", "typhoon-haiyan"}


async def test_a_battle_on_a_parent_topic_asks_about_its_subtopics() -> None:
    from tests.unit.test_battle import BEN as PLAYER
    from tests.unit.test_battle import make_table

    table = make_table(hazards())
    await table.gather(PLAYER, args="tropical storms 2")
    battle = table.feature.running(GROUP)
    assert battle is not None
    await table.start()

    asked = {question.topic_id for question in battle.questions}
    assert asked and asked <= {"tropical-storms", "typhoon-haiyan"}
    assert "Tropical storms" in table.board.shown()


async def test_progress_counts_a_subtopic_on_its_own(tmp_path: Path) -> None:
    from bot.quiz import make_scheduler
    from bot.store import SqlStore
    from tests.unit.test_quiz import answer_right, play, remember

    store = await SqlStore.open(f"sqlite:///{tmp_path / 'tree.db'}")
    try:
        engine = Engine(
            hazards(), clock=FakeClock(), store=store, scheduler=make_scheduler(fuzzing=False)
        )
        await play(engine, "/quiz typhoon haiyan 1")
        remember(await answer_right(engine))
        body = shown(await say(engine, "/progress"))
    finally:
        await store.close()

    assert "• Case study: Typhoon Haiyan: 1/1 (100%)" in body


async def test_a_long_subtopic_is_sent_in_pieces_within_each_platforms_limits() -> None:
    from adapters.discord._render import MAX_CONTENT, MAX_EMBED_DESCRIPTION
    from adapters.discord._render import render as discord_render
    from adapters.telegram._render import MESSAGE_LIMIT, utf16_length
    from adapters.telegram._render import render as telegram_render
    from knowledge.importers import dump_deck, import_text
    from knowledge.loader import parse_deck

    events = "\n".join(
        f"- Event {n}: the river Severn burst its banks near Worcester and {n * 10} homes flooded"
        for n in range(1, 201)
    )
    notes = f"# Floods\n\n## UK floods\n\n### Case study: Worcester floods\n\n{events}\n"
    deck = parse_deck(dump_deck(import_text(notes, format="markdown", source_name="f.md")))

    replies = await say(engine_on(deck), "/explain worcester floods")

    body = shown(replies)
    assert len(body) > 15_000 and body.startswith("UK floods › Case study: Worcester floods")
    discord = discord_render(replies[0])
    assert len(discord) > 1
    for message in discord:
        assert len(message.content) <= MAX_CONTENT
        assert all(
            len(embed.description or "") <= MAX_EMBED_DESCRIPTION for embed in message.embeds
        )
    telegram = telegram_render(replies[0], can_toast=False)
    assert len(telegram) > 1
    assert all(utf16_length(message.html) <= MESSAGE_LIMIT for message in telegram)
    assert "Event 200:" in "".join(message.plain for message in telegram)  # nothing is lost
