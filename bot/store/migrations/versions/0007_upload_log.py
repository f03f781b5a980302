"""Upload quotas kept in the database: they hold across restarts and across bot processes.

Until now each process counted uploads in its own memory, so a restart forgot them and N processes
allowed N times the quota. Downgrading drops the table (quotas then start from nothing).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types at this revision (never import _schema here).
_row_id = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "upload_log",
        sa.Column("id", _row_id, autoincrement=True, nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("bytes", sa.BigInteger(), nullable=False),
        sa.Column("uploaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_upload_log"),
    )
    op.create_index(
        "ix_upload_log_platform_user_id_uploaded_at",
        "upload_log",
        ["platform", "user_id", "uploaded_at"],
    )
    op.create_index(
        "ix_upload_log_platform_chat_id_uploaded_at",
        "upload_log",
        ["platform", "chat_id", "uploaded_at"],
    )
    op.create_index("ix_upload_log_uploaded_at", "upload_log", ["uploaded_at"])


def downgrade() -> None:
    op.drop_index("ix_upload_log_uploaded_at", table_name="upload_log")
    op.drop_index("ix_upload_log_platform_chat_id_uploaded_at", table_name="upload_log")
    op.drop_index("ix_upload_log_platform_user_id_uploaded_at", table_name="upload_log")
    op.drop_table("upload_log")
