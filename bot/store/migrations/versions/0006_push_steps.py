"""Daily pushes as a state machine every step of which another process can take over after a crash.

Each push gains `state` (claimed → opened → sent → closing → done, or abandoned), `lease_until`
(the process doing the current step holds it until then; an expired lease means that process died
and any other may take the step over), `attempts` and `next_attempt_at` (a failed send is retried
with backoff) and `results_sent_at`. Existing pushes: a push never opened was lost (abandoned), one
whose results were claimed is done, any other open one was sent.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _timestamp() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("daily_pushes") as pushes:
        pushes.add_column(
            sa.Column("state", sa.String(), nullable=False, server_default=sa.text("'sent'"))
        )
        pushes.add_column(sa.Column("lease_until", _timestamp(), nullable=True))
        pushes.add_column(
            sa.Column("attempts", sa.Integer(), nullable=False, server_default=sa.text("0"))
        )
        pushes.add_column(sa.Column("next_attempt_at", _timestamp(), nullable=True))
        pushes.add_column(sa.Column("results_sent_at", _timestamp(), nullable=True))
        pushes.create_index("ix_daily_pushes_state", ["state"])
    op.execute("UPDATE daily_pushes SET state = 'abandoned' WHERE content IS NULL")
    op.execute(
        "UPDATE daily_pushes SET state = 'done', results_sent_at = results_claimed_at "
        "WHERE results_claimed_at IS NOT NULL"
    )


def downgrade() -> None:
    with op.batch_alter_table("daily_pushes") as pushes:
        pushes.drop_index("ix_daily_pushes_state")
        for column in ("results_sent_at", "next_attempt_at", "attempts", "lease_until", "state"):
            pushes.drop_column(column)
