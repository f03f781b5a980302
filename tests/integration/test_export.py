"""`studybot export`: what a teacher downloads for a class chat, read back as a spreadsheet or JSON would.

The records are written through the real store (SQLite file) as the bots write them, for a chemistry
class, with another chat and another platform's chat of the same id that must stay out of the export.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from adapters.cli import main as cli_main
from bot.store import BattleResult, ChatRef, PushKey, QuizResult, SqlStore, UserRef

CLASS = ChatRef("telegram", "-100200300")
OTHER_CLASS = ChatRef("telegram", "-100999999")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ZOE, MAX = UserRef("telegram", "501"), UserRef("telegram", "502")


async def fill(url: str) -> None:
    store = await SqlStore.open(url)
    try:
        await store.upsert_user(ZOE, "Zoë Adeyemi", T0)
        await store.upsert_user(MAX, "Max Brandt", T0)
        answers = [
            (ZOE, "acids", "q-ph-scale", True),
            (ZOE, "acids", "q-neutralisation", False),
            (ZOE, "bonding", "q-ionic", True),
            (MAX, "acids", "q-ph-scale", False),
        ]
        for minute, (user, topic, question, correct) in enumerate(answers):
            await store.record_quiz_result(
                QuizResult(
                    user,
                    CLASS,
                    "chemistry",
                    question,
                    correct,
                    T0 + timedelta(minutes=minute),
                    topic,
                )
            )
        await store.record_quiz_result(
            QuizResult(ZOE, OTHER_CLASS, "chemistry", "q-other-chat", True, T0, "acids")
        )
        await store.record_battle_result(
            BattleResult(CLASS, ZOE, "battle-1", 420, 3, 4, True, T0 + timedelta(hours=1))
        )
        await store.record_battle_result(
            BattleResult(CLASS, MAX, "battle-1", 180, 1, 4, False, T0 + timedelta(hours=1))
        )
        day = date(2026, 3, 3)
        assert await store.claim_push(CLASS, day, claimed_at=T0 + timedelta(days=1))
        push = PushKey(CLASS, day)
        await store.open_push(
            push, question_id="q-covalent", content={"text": "?"}, closes_at=T0 + timedelta(days=2)
        )
        await store.record_daily_answer(
            push, MAX, "q-covalent", True, T0 + timedelta(days=1, minutes=5)
        )
    finally:
        await store.close()


@pytest.fixture
def database(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'school.db'}"
    asyncio.run(fill(url))
    return url


def run_export(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = cli_main(["export", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_export_has_results_daily_answers_and_progress_of_that_chat_only(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run_export(
        capsys, "--chat", CLASS.chat_id, "--format", "json", "--database-url", database
    )
    assert code == 0
    data = json.loads(out)
    assert data["platform"] == "telegram" and data["chat_id"] == CLASS.chat_id
    quiz = data["quiz_answers"]
    assert [(a["student"], a["question"], a["correct"]) for a in quiz] == [
        ("Zoë Adeyemi", "q-ph-scale", True),
        ("Zoë Adeyemi", "q-neutralisation", False),
        ("Zoë Adeyemi", "q-ionic", True),
        ("Max Brandt", "q-ph-scale", False),
    ]  # the other chat's answer is not there
    assert quiz[0]["when"] == "2026-03-02T09:00:00+00:00"
    battle = {r["student"]: (r["points"], r["won"]) for r in data["battle_results"]}
    assert battle == {"Zoë Adeyemi": (420, True), "Max Brandt": (180, False)}
    (daily,) = data["daily_answers"]
    assert (daily["student"], daily["date"], daily["correct"]) == ("Max Brandt", "2026-03-03", True)
    progress = {
        (p["student"], p["topic"]): (p["answered"], p["correct"], p["accuracy"])
        for p in data["progress"]
    }
    assert progress == {
        ("Max Brandt", "acids"): (1, 0, 0.0),
        ("Zoë Adeyemi", "acids"): (2, 1, 0.5),
        ("Zoë Adeyemi", "bonding"): (1, 1, 1.0),
    }


def test_csv_export_opens_as_one_table_with_a_kind_per_row(
    database: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "class.csv"
    code, _, err = run_export(
        capsys, "--chat", CLASS.chat_id, "--platform", "telegram", "--format", "csv",
        "-o", str(target), "--database-url", database,
    )  # fmt: skip
    assert code == 0 and "wrote" in err
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    kinds = [row["kind"] for row in rows]
    assert kinds.count("quiz") == 4 and kinds.count("battle") == 2
    assert kinds.count("daily") == 1 and kinds.count("progress") == 3
    zoe_acids = next(
        r
        for r in rows
        if r["kind"] == "progress" and r["student"] == "Zoë Adeyemi" and r["topic"] == "acids"
    )
    assert (zoe_acids["answered"], zoe_acids["correct"], zoe_acids["accuracy"]) == ("2", "1", "0.5")


def test_an_unknown_chat_is_a_clear_error(
    database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_export(capsys, "--chat", "nope", "--database-url", database)
    assert code == 1 and not out
    assert "no chat 'nope'" in err and "Traceback" not in err
