"""The tables, as SQLAlchemy Core metadata: what the queries are written against.

The migrations in `migrations/versions/` create exactly this schema (a test compares them), so a
change here needs a new migration: `python -m bot.store revision --autogenerate -m "..."`.
Ids are unbounded strings so SQLite and PostgreSQL accept the same values. There are no
foreign keys, on purpose: SQLite migrations rebuild a table to alter it (drop and re-create),
which with enforced keys would cascade into the rows that point at it. The store checks the
one reference that matters (an answer needs a claimed push) itself.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    Date,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    text,
    true,
)
from sqlalchemy.dialects.postgresql import JSONB

from bot.store._time import UtcDateTime

# Stable constraint names, so later migrations can refer to them on both databases.
metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

# JSONB on PostgreSQL (indexable, compact), JSON text on SQLite.
Json = JSON().with_variant(JSONB(), "postgresql")
# Append-only logs may grow past 2**31 rows on PostgreSQL; SQLite's rowid is 64-bit already.
RowId = BigInteger().with_variant(Integer(), "sqlite")

users = Table(
    "users",
    metadata,
    Column("platform", String, primary_key=True),
    Column("user_id", String, primary_key=True),
    Column("display_name", String, nullable=False),
    Column("first_seen", UtcDateTime, nullable=False),
    Column("last_seen", UtcDateTime, nullable=False),
)

chats = Table(
    "chats",
    metadata,
    Column("platform", String, primary_key=True),
    Column("chat_id", String, primary_key=True),
    Column("settings", Json, nullable=False),
)

cards = Table(
    "cards",
    metadata,
    Column("platform", String, primary_key=True),
    Column("user_id", String, primary_key=True),
    Column("card_id", String, primary_key=True),
    Column("deck_id", String, nullable=False),
    Column("topic_id", String, nullable=True),
    Column("fact_id", String, nullable=True),
    Column("state", Json, nullable=False),
    Column("due", UtcDateTime, nullable=False),
    Column("lapses", Integer, nullable=False),
    Index(None, "platform", "user_id", "due"),
)

review_log = Table(
    "review_log",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("platform", String, nullable=False),
    Column("user_id", String, nullable=False),
    Column("card_id", String, nullable=False),
    Column("deck_id", String, nullable=False),
    Column("topic_id", String, nullable=True),
    Column("fact_id", String, nullable=True),
    Column("rating", Integer, nullable=False),
    Column("correct", Boolean, nullable=False),
    Column("reviewed_at", UtcDateTime, nullable=False),
    Column("duration_ms", Integer, nullable=True),
    Index(None, "platform", "user_id", "reviewed_at"),
)

quiz_results = Table(
    "quiz_results",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("platform", String, nullable=False),
    Column("user_id", String, nullable=False),
    Column("chat_id", String, nullable=False),
    Column("deck_id", String, nullable=False),
    Column("topic_id", String, nullable=True),
    Column("question_id", String, nullable=False),
    Column("correct", Boolean, nullable=False),
    Column("answered_at", UtcDateTime, nullable=False),
    Index(None, "platform", "user_id", "deck_id"),
    Index(None, "platform", "user_id", "answered_at"),
)

battle_results = Table(
    "battle_results",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("platform", String, nullable=False),
    Column("chat_id", String, nullable=False),
    Column("battle_id", String, nullable=False),
    Column("user_id", String, nullable=False),
    Column("points", Integer, nullable=False),
    Column("correct", Integer, nullable=False),
    Column("answered", Integer, nullable=False),
    Column("won", Boolean, nullable=False),
    Column("finished_at", UtcDateTime, nullable=False),
    UniqueConstraint("platform", "chat_id", "battle_id", "user_id"),
    Index(None, "platform", "chat_id", "finished_at"),
)

# A chat's timetable: `weekdays` is a bit mask of the days it runs on (bit 0 = Monday).
daily_schedules = Table(
    "daily_schedules",
    metadata,
    Column("platform", String, primary_key=True),
    Column("chat_id", String, primary_key=True),
    Column("time_of_day", Time, nullable=False),
    Column("timezone", String, nullable=False),
    Column("deck_id", String, nullable=True),
    Column("topic_id", String, nullable=True),
    Column("weekdays", Integer, nullable=False, server_default=text("127")),
    Column("deadline", Time, nullable=True),
    Column("is_group", Boolean, nullable=False, server_default=true()),
    Column("set_at", UtcDateTime, nullable=True),
    Column("failed_pushes", Integer, nullable=False, server_default=text("0")),
)

# The primary key is the claim: two processes racing to send a chat's push for one local date
# both INSERT, and only the one whose row went in sends it. The winner then fills in what it sent
# (question_id, content, closes_at); `results_claimed_at` is the second claim, taken by a
# conditional UPDATE (`WHERE results_claimed_at IS NULL`) so exactly one process posts results.
daily_pushes = Table(
    "daily_pushes",
    metadata,
    Column("platform", String, primary_key=True),
    Column("chat_id", String, primary_key=True),
    Column("local_date", Date, primary_key=True),
    Column("claimed_at", UtcDateTime, nullable=False),
    Column("question_id", String, nullable=True),
    Column("content", Json, nullable=True),
    Column("closes_at", UtcDateTime, nullable=True),
    Column("results_claimed_at", UtcDateTime, nullable=True),
    # The step the push is at (`PushState`); the process doing a step holds `lease_until`, and a
    # failed send waits for `next_attempt_at`. See DailyQueries for the whole machine.
    Column("state", String, nullable=False, server_default=text("'sent'")),
    Column("lease_until", UtcDateTime, nullable=True),
    Column("attempts", Integer, nullable=False, server_default=text("0")),
    Column("next_attempt_at", UtcDateTime, nullable=True),
    Column("results_sent_at", UtcDateTime, nullable=True),
    Index(None, "results_claimed_at"),
    Index(None, "state"),
)

daily_answers = Table(
    "daily_answers",
    metadata,
    Column("platform", String, primary_key=True),
    Column("chat_id", String, primary_key=True),
    Column("local_date", Date, primary_key=True),
    Column("user_id", String, primary_key=True),
    Column("question_id", String, primary_key=True),
    Column("correct", Boolean, nullable=False),
    Column("answered_at", UtcDateTime, nullable=False),
)

# Decks teachers uploaded (`/deck upload`): the YAML kept verbatim, so every process loads the
# same deck; the hash lets a caller tell a re-upload of the same file without reading it.
decks = Table(
    "decks",
    metadata,
    Column("deck_id", String, primary_key=True),
    Column("title", String, nullable=False),
    Column("content", Text, nullable=False),
    Column("content_sha256", String, nullable=False),
    Column("uploaded_by_platform", String, nullable=False),
    Column("uploaded_by_user", String, nullable=False),
    Column("uploaded_at", UtcDateTime, nullable=False),
)

# Uploads counted against the upload quotas (bot.upload_quota), shared by every process and kept
# across restarts; rows older than a day are forgotten by housekeeping.
upload_log = Table(
    "upload_log",
    metadata,
    Column("id", RowId, primary_key=True, autoincrement=True),
    Column("platform", String, nullable=False),
    Column("user_id", String, nullable=False),
    Column("chat_id", String, nullable=False),
    Column("bytes", BigInteger, nullable=False),
    Column("uploaded_at", UtcDateTime, nullable=False),
    Index(None, "platform", "user_id", "uploaded_at"),
    Index(None, "platform", "chat_id", "uploaded_at"),
    Index(None, "uploaded_at"),
)

# Battles in progress and how they ended. `state` is the battle feature's own JSON (rounds played,
# players and scores), kept so another process can announce a battle its owner stopped serving.
# `owner` names the process running it and `heartbeat_at` is when that process last said so; a
# claim is a conditional UPDATE (`WHERE status = 'running' AND heartbeat_at < …`), so exactly one
# process ends a stale battle. The partial unique index allows one running battle per chat.
battles = Table(
    "battles",
    metadata,
    Column("battle_id", String, primary_key=True),
    Column("platform", String, nullable=False),
    Column("chat_id", String, nullable=False),
    Column("state", Json, nullable=False),
    Column("status", String, nullable=False),
    Column("owner", String, nullable=False),
    Column("heartbeat_at", UtcDateTime, nullable=False),
    Column("started_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Index(
        "uq_battles_running_chat",
        "platform",
        "chat_id",
        unique=True,
        sqlite_where=text("status = 'running'"),
        postgresql_where=text("status = 'running'"),
    ),
    Index(None, "status", "heartbeat_at"),
)

# Native polls the bot sent (Telegram's votes name only the poll): the chat, the question and each
# option's choice token, so a vote still counts after a restart. Old polls are forgotten by
# `created_at`, hence the index.
polls = Table(
    "polls",
    metadata,
    Column("platform", String, primary_key=True),
    Column("poll_id", String, primary_key=True),
    Column("chat_id", String, nullable=False),
    Column("is_group", Boolean, nullable=False),
    Column("question_id", String, nullable=False),
    Column("tokens", Json, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Index(None, "created_at"),
)
