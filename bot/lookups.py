"""Lookups that come from outside a chat's flow of commands: Telegram inline mode (`@bot hungarian` typed
in any chat) and Discord's "Explain from notes" on a selected message.

Adapters only translate: the matching, the one-line descriptions and what gets posted are decided
here, on the deck the asker studies, so both platforms answer alike and no lookup logic lives in an
adapter.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import explain
from bot.decks import DeckLibrary
from bot.events import Chat, User
from bot.markup import Text, text
from bot.replies import Message, Reply
from knowledge.model import Deck, stable_id
from knowledge.search import DeckIndex, Hit

MAX_RESULTS = 50  # Telegram's limit on inline results
MAX_QUERY_CHARS = 100  # what is looked at of a query: names are short
MAX_MESSAGE_CHARS = 300  # what is looked at of a selected message
_DESCRIPTION_CHARS = 120
_KEY_BYTES = 64  # Telegram's inline result id


@dataclass(frozen=True, slots=True)
class Found:
    """A topic or key term matching a query: listed by `title` and `description`, posts `notes`."""

    key: str  # unique among one answer's results, at most 64 bytes
    kind: str  # "topic" or "term"
    title: str
    description: str
    notes: Text


class Lookups:
    """The core's query API for inline results and message lookups."""

    def __init__(self, library: DeckLibrary) -> None:
        self.library = library

    async def search(self, user: User, query: str, limit: int = MAX_RESULTS) -> list[Found]:
        """Topics and key terms for `query` on the deck of the user's own direct chat with the bot
        (an inline query comes from any chat, so the asker's own deck is the one they study);
        an empty query lists the deck's topics in order."""
        runtime = await self.library.for_chat(Chat(user.platform, user.id, is_group=False))
        deck, index = runtime.deck, runtime.index
        wanted = max(0, min(limit, MAX_RESULTS))
        typed = " ".join(query.split())[:MAX_QUERY_CHARS]
        hits = _all_topics(deck) if not typed else index.suggest(typed, wanted)
        found: list[Found] = []
        keys: set[str] = set()
        for hit in hits:
            item = _found(deck, hit)
            if item is not None and item.key not in keys and len(found) < wanted:
                keys.add(item.key)
                found.append(item)
        return found

    async def explain_message(self, chat: Chat, message: str) -> Reply:
        """What the notes say about a selected message: the topic or term it names, else the facts
        that answer it, else a plain "not in these notes" with the closest topics."""
        said = " ".join(message.split())[:MAX_MESSAGE_CHARS]
        if not said:
            return Message(text("That message has no text to look up in the notes."))
        runtime = await self.library.for_chat(chat)
        found = runtime.index.lookup(said)
        if found.status == "match" and found.best is not None:
            return explain.explain_hit(runtime.deck, found.best)
        return _answer(runtime.deck, runtime.index, said)


def _answer(deck: Deck, index: DeckIndex, said: str) -> Reply:
    return explain.ask(deck, index, said)


def _all_topics(deck: Deck) -> list[Hit]:
    return [Hit("topic", topic.id, topic.title, 1.0, topic.title) for topic in deck.topics]


def _found(deck: Deck, hit: Hit) -> Found | None:
    if hit.kind == "topic":
        topic = deck.topic(hit.id)
        if topic is None:
            return None
        first = topic.summary or (topic.facts[0].text if topic.facts else "")
        years = f" ({topic.years})" if topic.years and topic.years not in topic.title else ""
        return Found(
            _key("t", topic.id),
            "topic",
            topic.title + years,
            _short(first),
            explain.topic_notes(deck, topic),
        )
    term = next((t for t in deck.terms if t.id == hit.id), None)
    if term is None:
        return None
    return Found(
        _key("k", term.id),
        "term",
        term.term,
        _short(term.definition),
        explain.term_notes(deck, term),
    )


def _key(kind: str, ident: str) -> str:
    key = f"{kind}:{ident}"
    return key if len(key.encode()) <= _KEY_BYTES else f"{kind}#{stable_id(ident)}"


def _short(value: str) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= _DESCRIPTION_CHARS else flat[: _DESCRIPTION_CHARS - 1] + "…"
