"""`studybot export --chat ID [--platform P] --format csv|json [-o FILE]`: a chat's record for its teacher.

JSON: one object with `quiz_answers`, `battle_results`, `daily_answers` and `progress` (per student
and topic: answered, correct, accuracy). CSV: one table a spreadsheet opens, a row per record, its
kind in the first column (`quiz`, `battle`, `daily`, `progress`) and the columns that kind uses.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sys
from pathlib import Path

from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.pool import NullPool

from bot.store._export import ChatExport, chat_platforms, export_chat, plain
from bot.store._urls import default_database_url, describe, to_async_url

CSV_COLUMNS = (
    "kind", "when", "date", "student", "user_id", "deck", "topic", "question", "battle",
    "correct", "answered", "accuracy", "points", "won", "last",
)  # fmt: skip
SECTIONS = (
    ("quiz", "quiz_answers"), ("battle", "battle_results"), ("daily", "daily_answers"),
    ("progress", "progress"),
)  # fmt: skip


class ExportError(Exception):
    """Nothing to export, or the chat is ambiguous; the message says what to do."""


async def load(database_url: str | None, chat_id: str, platform: str | None) -> ChatExport:
    url = to_async_url(database_url or default_database_url())
    engine = create_async_engine(url, poolclass=NullPool)
    try:
        if platform is None:
            found = await chat_platforms(engine, chat_id)
            if not found:
                raise ExportError(f"no chat {chat_id!r} has any record in {describe(url)}")
            if len(found) > 1:
                raise ExportError(
                    f"chat {chat_id!r} exists on {' and '.join(found)}: add --platform"
                )
            platform = found[0]
        return await export_chat(engine, platform, chat_id)
    finally:
        await engine.dispose()


def to_json(export: ChatExport) -> str:
    payload = {
        "platform": export.platform,
        "chat_id": export.chat_id,
        **{
            key: [{k: plain(v) for k, v in row.items()} for row in getattr(export, key)]
            for _, key in SECTIONS
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def to_csv(export: ChatExport) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="raise")
    writer.writeheader()
    for kind, key in SECTIONS:
        for row in getattr(export, key):
            writer.writerow({"kind": kind, **{k: plain(v) for k, v in row.items()}})
    return out.getvalue()


def export(
    chat_id: str, *, platform: str | None, fmt: str, output: str | None, database_url: str | None
) -> int:
    try:
        found = asyncio.run(load(database_url, chat_id, platform))
    except ExportError as error:
        print(f"studybot: {error}", file=sys.stderr)
        return 1
    except (ValueError, OSError) as error:
        print(f"studybot: cannot read the database: {error}", file=sys.stderr)
        return 2
    text = to_json(found) if fmt == "json" else to_csv(found)
    if output:
        Path(output).write_text(text, encoding="utf-8", newline="")
        print(f"wrote {output}", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0
