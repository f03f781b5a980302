"""Run in a brand-new interpreter by test_store_restart.py: `save URL` or `load URL`.

`save` reviews an fsrs card twice and stores it; `load` opens the same database in another
process and reports what it finds, as one JSON object on stdout.
"""

from __future__ import annotations

import asyncio
import json
import sys
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from fsrs import Card, Rating, Scheduler

from bot.store import CardRecord, Review, SqlStore, UserRef

USER = UserRef("discord", "314159")
CARD_ID = 2_718_281
REVIEWED_AT = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


async def save(url: str) -> dict[str, object]:
    scheduler = Scheduler(enable_fuzzing=False)
    card, _ = scheduler.review_card(Card(card_id=CARD_ID), Rating.Good, review_datetime=REVIEWED_AT)
    card, _ = scheduler.review_card(card, Rating.Good, review_datetime=card.due)
    review = Review(
        USER, str(CARD_ID), "deck", int(Rating.Good), True, card.last_review or REVIEWED_AT
    )
    async with await SqlStore.open(url) as store:
        await store.save_card(
            CardRecord(USER, str(CARD_ID), "deck", card.to_dict(), card.due), review
        )
    return {"state": card.to_dict(), "due": card.due.isoformat()}


async def load(url: str) -> dict[str, object]:
    async with await SqlStore.open(url) as store:
        record = await store.get_card(USER, str(CARD_ID))
        if record is None:
            return {"found": False}
        due_then = await store.due_cards(USER, now=record.due)
        due_just_before = await store.count_due(USER, now=record.due - timedelta(microseconds=1))
        history = await store.review_history(USER)
    card = Card.from_dict(cast(Any, record.state))
    return {
        "found": True,
        "state": record.state,
        "due": record.due.isoformat(),
        "due_from_state": card.due.isoformat(),
        "due_ids_at_due": [due.card_id for due in due_then],
        "due_just_before": due_just_before,
        "reviews": len(history),
    }


if __name__ == "__main__":
    action, database_url = sys.argv[1], sys.argv[2]
    outcome = asyncio.run(save(database_url) if action == "save" else load(database_url))
    print(json.dumps(outcome))
