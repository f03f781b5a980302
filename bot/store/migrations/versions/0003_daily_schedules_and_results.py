"""Daily pushes: the whole timetable on the schedule, and each push's question and results claim.

Schedules gain their days (a weekday bit mask), answer deadline, whether the chat is a group,
when they were set and how many sends in a row failed. Pushes gain what was sent (question id,
the feature's JSON, when answers close) and `results_claimed_at`, the atomic claim to post the
results. Existing schedules become every-day schedules without a deadline.

Revision ID: 0003
Revises: 0002
Create Date: 2025-03-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types at this revision (never import _schema here).
_json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def _timestamp() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    # Batch mode: plain ALTER TABLE on PostgreSQL, a table rebuild where SQLite cannot alter.
    with op.batch_alter_table("daily_schedules") as schedules:
        schedules.add_column(
            sa.Column("weekdays", sa.Integer(), nullable=False, server_default=sa.text("127"))
        )
        schedules.add_column(sa.Column("deadline", sa.Time(), nullable=True))
        schedules.add_column(
            sa.Column("is_group", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        schedules.add_column(sa.Column("set_at", _timestamp(), nullable=True))
        schedules.add_column(
            sa.Column("failed_pushes", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
    with op.batch_alter_table("daily_pushes") as pushes:
        pushes.add_column(sa.Column("question_id", sa.String(), nullable=True))
        pushes.add_column(sa.Column("content", _json, nullable=True))
        pushes.add_column(sa.Column("closes_at", _timestamp(), nullable=True))
        pushes.add_column(sa.Column("results_claimed_at", _timestamp(), nullable=True))
        pushes.create_index("ix_daily_pushes_results_claimed_at", ["results_claimed_at"])


def downgrade() -> None:
    with op.batch_alter_table("daily_pushes") as pushes:
        pushes.drop_index("ix_daily_pushes_results_claimed_at")
        for column in ("results_claimed_at", "closes_at", "content", "question_id"):
            pushes.drop_column(column)
    with op.batch_alter_table("daily_schedules") as schedules:
        for column in ("failed_pushes", "set_at", "is_group", "deadline", "weekdays"):
            schedules.drop_column(column)
