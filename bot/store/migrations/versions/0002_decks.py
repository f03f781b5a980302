"""Uploaded decks: the YAML a teacher sent with `/deck upload`, shared by every process.

Revision ID: 0002
Revises: 0001
Create Date: 2025-02-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "decks",
        sa.Column("deck_id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=False),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("content_sha256", sa.String(), nullable=False),
        sa.Column("uploaded_by_platform", sa.String(), nullable=False),
        sa.Column("uploaded_by_user", sa.String(), nullable=False),
        # Frozen copy of UtcDateTime's column type at this revision (never import _schema here).
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("deck_id", name="pk_decks"),
    )


def downgrade() -> None:
    op.drop_table("decks")
