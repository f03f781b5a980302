"""Native polls the bot sent, so a vote on one still reaches its chat after a restart.

Telegram reports a vote with the poll's id only; until now the adapter kept the poll's chat,
question and option tokens in memory, so votes on a question of the day sent before a restart were
lost. Downgrading drops the table (votes on polls sent earlier are then ignored, as before).

Revision ID: 0005
Revises: 0004
Create Date: 2025-05-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types at this revision (never import _schema here).
_json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.create_table(
        "polls",
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("poll_id", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("is_group", sa.Boolean(), nullable=False),
        sa.Column("question_id", sa.String(), nullable=False),
        sa.Column("tokens", _json, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("platform", "poll_id", name="pk_polls"),
    )
    op.create_index("ix_polls_created_at", "polls", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_polls_created_at", table_name="polls")
    op.drop_table("polls")
