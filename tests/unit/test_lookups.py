"""The core's lookup API behind Telegram inline mode and Discord's "Explain from notes"."""

from __future__ import annotations

from pathlib import Path

from bot.engine import Engine
from bot.events import Chat, Upload, User
from bot.replies import Choices, Message
from bot.store import SqlStore
from knowledge.model import Deck
from tests.conftest import ANA, shown
from tests.unit.test_first_hour import NOTES


async def test_a_query_lists_matching_topics_and_terms_with_their_notes(engine: Engine) -> None:
    found = await engine.lookups.search(ANA, "hungarian")
    assert found and found[0].title == "Hungarian Uprising (1956)"
    assert "Nagy" in found[0].notes.plain  # choosing it posts the topic's notes
    assert found[0].description  # a line to show under the title
    terms = await engine.lookups.search(ANA, "brinkman")
    assert any(f.kind == "term" and f.title == "Brinkmanship" for f in terms)


async def test_results_are_unique_short_keyed_and_at_most_fifty(engine: Engine) -> None:
    everything = await engine.lookups.search(ANA, "")
    assert len(everything) == len(engine.services.deck.topics)  # an empty query lists the topics
    for query in ("a", "the", "19", "x" * 5000):
        found = await engine.lookups.search(ANA, query, limit=500)
        assert len(found) <= 50
        keys = [f.key for f in found]
        assert len(keys) == len(set(keys)) and all(len(k.encode()) <= 64 for k in keys)


async def test_a_search_uses_the_askers_own_deck(deck: Deck, tmp_path: Path) -> None:
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'study.db'}")
    engine = Engine(deck, store=store)
    teacher = User("test", "1", "Ana", is_admin=True)
    own_dm = Chat("test", ANA.id, is_group=False)  # on Telegram a DM's chat id is the user's id
    upload = Upload(teacher, own_dm, "/deck upload", NOTES.name, NOTES.read_bytes())
    assert "now studies" in shown(await engine.handle(upload))
    found = await engine.lookups.search(ANA, "stomata")
    assert found and found[0].title == "Stomata"
    assert not await engine.lookups.search(ANA, "hungarian uprising")
    await store.close()


async def test_explaining_a_message_finds_its_topic_or_the_facts_that_answer_it(
    engine: Engine,
) -> None:
    group = Chat("test", "g", is_group=True)
    named = await engine.lookups.explain_message(group, "Nagy")
    assert "Imre Nagy" in named.fallback.plain
    asked = await engine.lookups.explain_message(
        group, "wait, how many died in the east german revolt??"
    )
    assert "125" in asked.fallback.plain
    empty = await engine.lookups.explain_message(group, "   ")
    assert empty.fallback.plain == "That message has no text to look up in the notes."
    off = await engine.lookups.explain_message(group, "what's for lunch")
    assert "not in these notes" in off.fallback.plain
    assert isinstance(off, Message | Choices)
