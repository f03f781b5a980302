"""kill -9 during quiz answers, two processes answering for the same user at once: the review log
and the quiz results stay in step, and no card update is lost (its lapses count every wrong answer
after the first), on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import random
from collections import defaultdict

from bot.store import SqlStore
from tests.counts import record
from tests.integration.crash import Worker, rows, scalar, wait_until

ROUNDS = 4
ANSWERS_PER_ROUND = 12
USER = "7"


async def test_answers_survive_kill_9_with_nothing_half_written_or_lost(
    database_url: str,
) -> None:
    await (await SqlStore.open(database_url)).close()  # migrate once, before the workers race
    rng = random.Random(11)
    kills = 0
    for round_ in range(ROUNDS):
        workers = [
            Worker(
                "tests.integration.answer_worker", database_url, USER, f"chat-{n}", f"{round_}{n}"
            )
            for n in range(2)
        ]
        try:
            for worker in workers:
                await worker.ready()
            target = (round_ + 1) * ANSWERS_PER_ROUND

            async def answered(target: int = target) -> bool:
                return await scalar(database_url, "SELECT count(*) FROM review_log") >= target

            await wait_until(answered, f"{target} answers")
            rng.shuffle(workers)
            for worker in workers:
                assert worker.alive(), worker.errors()
                worker.kill()
                kills += 1
        finally:
            for worker in workers:
                worker.kill()

    reviews = await scalar(database_url, "SELECT count(*) FROM review_log")
    results = await scalar(database_url, "SELECT count(*) FROM quiz_results")
    print(f"\nkill -9 of quiz answers: {kills} kills, {reviews} reviews, {results} results")
    record(processes_killed=kills, answers_half_written=abs(reviews - results))
    assert reviews == results  # each answer wrote both rows or neither
    assert reviews >= ROUNDS * ANSWERS_PER_ROUND

    log = await rows(database_url, "SELECT card_id, correct FROM review_log ORDER BY id")
    by_card: dict[str, list[bool]] = defaultdict(list)
    for card_id, correct in log:
        by_card[str(card_id)].append(bool(correct))
    lapses = {
        str(card): int(str(count))
        for card, count in await rows(database_url, "SELECT card_id, lapses FROM cards")
    }
    assert set(lapses) == set(by_card)  # no card without its reviews, no review without its card
    assert lapses == {card: sum(not ok for ok in answers[1:]) for card, answers in by_card.items()}
    assert any(len(answers) > 1 for answers in by_card.values())  # cards were answered again
