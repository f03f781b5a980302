"""The first schema: users, chats, cards, review log, quiz results, battles, daily pushes.

Revision ID: 0001
Revises:
Create Date: 2025-01-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types as they were at this revision (never import _schema here).
_json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_row_id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _timestamp() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("display_name", sa.String(), nullable=False),
        sa.Column("first_seen", _timestamp(), nullable=False),
        sa.Column("last_seen", _timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "user_id", name="pk_users"),
    )
    op.create_table(
        "chats",
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("settings", _json, nullable=False),
        sa.PrimaryKeyConstraint("platform", "chat_id", name="pk_chats"),
    )
    op.create_table(
        "cards",
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("card_id", sa.String(), nullable=False),
        sa.Column("deck_id", sa.String(), nullable=False),
        sa.Column("topic_id", sa.String(), nullable=True),
        sa.Column("fact_id", sa.String(), nullable=True),
        sa.Column("state", _json, nullable=False),
        sa.Column("due", _timestamp(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "user_id", "card_id", name="pk_cards"),
    )
    op.create_index("ix_cards_platform_user_id_due", "cards", ["platform", "user_id", "due"])
    op.create_table(
        "review_log",
        sa.Column("id", _row_id, autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("card_id", sa.String(), nullable=False),
        sa.Column("deck_id", sa.String(), nullable=False),
        sa.Column("topic_id", sa.String(), nullable=True),
        sa.Column("fact_id", sa.String(), nullable=True),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("reviewed_at", _timestamp(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_review_log"),
    )
    op.create_index(
        "ix_review_log_platform_user_id_reviewed_at",
        "review_log",
        ["platform", "user_id", "reviewed_at"],
    )
    op.create_table(
        "quiz_results",
        sa.Column("id", _row_id, autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("deck_id", sa.String(), nullable=False),
        sa.Column("topic_id", sa.String(), nullable=True),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", _timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_quiz_results"),
    )
    op.create_index(
        "ix_quiz_results_platform_user_id_deck_id",
        "quiz_results",
        ["platform", "user_id", "deck_id"],
    )
    op.create_index(
        "ix_quiz_results_platform_user_id_answered_at",
        "quiz_results",
        ["platform", "user_id", "answered_at"],
    )
    op.create_table(
        "battle_results",
        sa.Column("id", _row_id, autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("battle_id", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.Column("answered", sa.Integer(), nullable=False),
        sa.Column("won", sa.Boolean(), nullable=False),
        sa.Column("finished_at", _timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_battle_results"),
        sa.UniqueConstraint(
            "platform",
            "chat_id",
            "battle_id",
            "user_id",
            name="uq_battle_results_platform_chat_id_battle_id_user_id",
        ),
    )
    op.create_index(
        "ix_battle_results_platform_chat_id_finished_at",
        "battle_results",
        ["platform", "chat_id", "finished_at"],
    )
    op.create_table(
        "daily_schedules",
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("time_of_day", sa.Time(), nullable=False),
        sa.Column("timezone", sa.String(), nullable=False),
        sa.Column("deck_id", sa.String(), nullable=True),
        sa.Column("topic_id", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("platform", "chat_id", name="pk_daily_schedules"),
    )
    op.create_table(
        "daily_pushes",
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("claimed_at", _timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("platform", "chat_id", "local_date", name="pk_daily_pushes"),
    )
    op.create_table(
        "daily_answers",
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("local_date", sa.Date(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("answered_at", _timestamp(), nullable=False),
        sa.PrimaryKeyConstraint(
            "platform", "chat_id", "local_date", "user_id", "question_id", name="pk_daily_answers"
        ),
    )


def downgrade() -> None:
    for table in (
        "daily_answers",
        "daily_pushes",
        "daily_schedules",
        "battle_results",
        "quiz_results",
        "review_log",
        "cards",
        "chats",
        "users",
    ):
        op.drop_table(table)
