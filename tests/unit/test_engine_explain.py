"""/explain, /ask, /topics, /help and bad input, through engine.handle as an adapter calls it."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.events import Answer, Choice, Command
from bot.feature import ChoiceHandler, CommandHandler
from bot.markup import split_text
from bot.replies import Choices, Message, Notice, Reply
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.conftest import ANA, DM, GROUP, say, shown


async def test_explain_shows_the_topic_with_title_years_and_every_fact(engine: Engine) -> None:
    replies = await say(engine, "/explain hungarian uprisng")
    assert len(replies) == 1 and isinstance(replies[0], Message)
    lines = shown(replies).splitlines()
    assert lines[0] == "Hungarian Uprising (1956)"
    body = shown(replies)
    assert "Nagy executed" in body
    assert "30,000" in body
    assert "Related:" in body


async def test_groups_are_kept_under_their_heading(engine: Engine) -> None:
    body = shown(await say(engine, "/explain Berlin Wall"))
    lines = body.splitlines()
    heading = lines.index("• Americans react")
    assert lines[heading + 1].startswith("  • ")
    assert "imposed no economic sanctions" in body


async def test_a_key_term_shows_its_definition(engine: Engine) -> None:
    body = shown(await say(engine, "/explain brinkmanship"))
    assert body.startswith("Brinkmanship — faking the approach to a nuclear war")


async def test_a_year_shared_by_two_topics_offers_both(engine: Engine) -> None:
    replies = await say(engine, "/explain 1956")
    assert isinstance(replies[0], Choices)
    labels = {option.label for option in replies[0].options}
    assert {"Hungarian Uprising", "Poland"} <= labels


async def test_pressing_a_did_you_mean_option_shows_that_topic(engine: Engine) -> None:
    replies = await say(engine, "/explain 1956")
    assert isinstance(replies[0], Choices)
    option = next(o for o in replies[0].options if o.label == "Poland")
    pressed = await engine.handle(Choice(ANA, DM, option.token))
    assert shown(pressed).startswith("Poland (1956)")


@pytest.mark.parametrize("query", ["capital of France", "asdfgh", "photosynthesis"])
async def test_out_of_scope_queries_are_not_in_the_notes(engine: Engine, query: str) -> None:
    body = shown(await say(engine, f"/explain {query}"))
    assert f"“{query}” is not in these notes." in body


async def test_ask_answers_from_the_notes_naming_the_topic(engine: Engine) -> None:
    lines = shown(await say(engine, "/ask how many died in the East German revolt?")).splitlines()
    assert lines[0] == "Soviet Response via troops, 125 die"
    assert lines[1] == "From East German Revolt"


async def test_ask_says_so_when_the_notes_do_not_cover_it(engine: Engine) -> None:
    body = shown(await say(engine, "/ask what is the capital of France?"))
    assert "is not in these notes" in body


async def test_empty_arguments_get_usage_help(engine: Engine) -> None:
    assert "What should I explain?" in shown(await say(engine, "/explain"))
    assert "Ask me a question" in shown(await say(engine, "/ask   "))


async def test_topics_lists_every_topic_in_order(engine: Engine) -> None:
    lines = shown(await say(engine, "/topics")).splitlines()
    assert lines[1] == "• Key Terms + Aims (1953–1964)" or lines[1].startswith("• Key Terms")
    assert sum(1 for ln in lines if ln.startswith("• ")) == 16


async def test_help_lists_the_commands(engine: Engine) -> None:
    body = shown(await say(engine, "/help"))
    for name in ("/explain", "/ask", "/topics", "/quiz", "/review", "/progress"):
        assert name in body


async def test_an_unknown_command_suggests_the_closest(engine: Engine) -> None:
    assert "Did you mean /explain?" in shown(await say(engine, "/explian Berlin"))
    assert "There is no /zzzzzz command" in shown(await say(engine, "/zzzzzz"))


async def test_telegram_style_bot_suffix_is_understood(engine: Engine) -> None:
    replies = await engine.handle(Command(ANA, DM, "explain@studybot", "Warsaw Pact"))
    assert shown(replies).startswith("Warsaw Pact (1955)")


async def test_a_forged_or_stale_token_gets_a_notice(engine: Engine) -> None:
    for token in ("ex:t:no-such-topic", "zz:1", "ex", "qa:dead:0:0"):
        replies = await engine.handle(Choice(ANA, DM, token))
        assert len(replies) == 1 and isinstance(replies[0], Notice)


async def test_group_chatter_gets_no_reply_but_a_dm_gets_guidance(engine: Engine) -> None:
    assert await engine.handle(Answer(ANA, GROUP, "hello everyone")) == []
    assert "/help" in shown(await engine.handle(Answer(ANA, DM, "hello")))


async def test_hostile_input_is_echoed_short_and_never_crashes(engine: Engine) -> None:
    huge = "<b>@everyone</b> " * 7000
    for command in ("explain", "ask", "quiz", "nonsense"):
        replies = await engine.handle(Command(ANA, DM, command, huge))
        assert replies
        assert "<b>@everyone</b> " * 10 not in shown(replies)


async def test_replies_split_within_platform_limits(engine: Engine) -> None:
    for topic in engine.services.deck.topics:
        replies = await say(engine, f"/explain {topic.title}")
        for reply in replies:
            for limit in (2000, 4096):
                chunks = split_text(reply.fallback, limit, lambda ln: len(ln.plain))
                assert all(len(chunk.plain) <= limit for chunk in chunks)


@pytest.mark.parametrize(
    ("question", "first_line"),
    [
        ("what is detente?", "Détente — period of lessened tension"),
        ("define brinkmanship", "Brinkmanship — faking the approach to a nuclear war"),
        ("What's a satellite state", "Satellite states — "),
    ],
)
async def test_ask_what_a_key_term_is_gives_its_definition(
    engine: Engine, question: str, first_line: str
) -> None:
    assert shown(await say(engine, f"/ask {question}")).startswith(first_line)


async def test_ask_when_gives_the_topics_date_then_the_facts(engine: Engine) -> None:
    lines = shown(await say(engine, "/ask when was the Berlin Wall built?")).splitlines()
    assert lines[0] == "13 August 1961"
    assert lines[1] == "From Berlin Wall"


async def test_a_title_that_carries_its_year_does_not_repeat_it() -> None:
    deck = parse_deck(
        "deck: {id: cells, title: Cells}\n"
        "topics:\n  - id: m\n    title: Mitochondria (1890)\n    years: 1890\n    facts: [Make ATP]\n"
    )
    engine = Engine(deck)
    assert (
        shown(await say(engine, "/explain mitochondria")).splitlines()[0] == "Mitochondria (1890)"
    )
    assert "• Mitochondria (1890)" in shown(await say(engine, "/topics")).splitlines()


async def test_a_key_term_suggestion_opens_the_term(engine: Engine) -> None:
    replies = await say(engine, "/explain Brinkmansh")
    if isinstance(replies[0], Choices):
        option = next(o for o in replies[0].options if o.label == "Brinkmanship")
        replies = await engine.handle(Choice(ANA, DM, option.token))
    assert shown(replies).startswith("Brinkmanship — ")


async def test_a_term_option_token_opens_the_term_not_a_topic(engine: Engine) -> None:
    from bot.explain import explain_option
    from knowledge.search import Hit

    option = explain_option(Hit("term", "brinkmanship", "Brinkmanship", 0.9, "Brinkmanship"))
    replies = await engine.handle(Choice(ANA, DM, option.token))
    assert shown(replies).startswith("Brinkmanship — ")


def test_a_feature_cannot_take_over_a_core_command(deck: Deck) -> None:
    class Greedy:
        def commands(self) -> dict[str, CommandHandler]:
            return {"quiz": self._quiz}

        def choices(self) -> dict[str, ChoiceHandler]:
            return {}

        async def _quiz(self, event: Command) -> list[Reply]:
            return []

        async def on_text(self, event: Answer) -> list[Reply] | None:
            return None

        async def tick(self) -> None:
            return None

    with pytest.raises(ValueError, match="'quiz' is claimed twice"):
        Engine(deck, features=[Greedy()])
