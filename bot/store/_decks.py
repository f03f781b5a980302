"""Uploaded decks: kept in the database so every bot process serves the same ones."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Row, select

from bot.store import _schema as t
from bot.store._connection import Connection
from bot.store._records import StoredDeck, UserRef


class DeckQueries(Connection):
    """One row per deck id; uploading a deck again replaces it."""

    async def save_deck(self, deck: StoredDeck) -> None:
        if not isinstance(deck, StoredDeck):
            raise ValueError(f"save_deck needs a StoredDeck, got {type(deck).__name__}")
        columns = {
            "title": deck.title,
            "content": deck.content,
            "content_sha256": deck.sha256,
            "uploaded_by_platform": deck.uploaded_by.platform,
            "uploaded_by_user": deck.uploaded_by.user_id,
            "uploaded_at": deck.uploaded_at,
        }
        insert = (
            self._insert(t.decks)
            .values(deck_id=deck.deck_id, **columns)
            .on_conflict_do_update(index_elements=[t.decks.c.deck_id], set_=columns)
        )
        async with self._write() as conn:
            await conn.execute(insert)

    async def get_deck(self, deck_id: str) -> StoredDeck | None:
        query = select(t.decks).where(t.decks.c.deck_id == deck_id)
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _deck(row)

    async def list_decks(self) -> list[StoredDeck]:
        # Newest first; the id breaks ties so the order is the same on both databases.
        query = select(t.decks).order_by(t.decks.c.uploaded_at.desc(), t.decks.c.deck_id)
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_deck(row) for row in rows]


def _deck(row: Row[Any]) -> StoredDeck:
    """The record of a row; building it re-checks the hash, so a damaged row cannot pass."""
    return StoredDeck(
        deck_id=row.deck_id,
        title=row.title,
        content=row.content,
        uploaded_by=UserRef(row.uploaded_by_platform, row.uploaded_by_user),
        uploaded_at=row.uploaded_at,
        sha256=row.content_sha256,
    )
