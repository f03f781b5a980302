"""Battles get their own table: state, status, owning process and heartbeat.

Before this, a running battle's snapshot sat in its chat's settings (key `battle`) and a reserved
chat (`studybot` / `running-battles`) listed the chats that had one. Upgrading moves every listed
battle into `battles` as running, owned by no live process and with its heartbeat at the time it
was last saved, so the first process to start announces it as interrupted; the snapshots and the
reserved chat are then removed. Downgrading drops the table (battles running at that moment are
forgotten, as a restart of the old code would lose nothing more than their announcement).

Revision ID: 0004
Revises: 0003
Create Date: 2025-04-01 00:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copies of the column types at this revision (never import _schema here).
_json = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
_RUNNING = sa.text("status = 'running'")
_LEGACY_REGISTRY = ("studybot", "running-battles")
_LEGACY_KEY = "battle"
_LEGACY_OWNER = "before-0004"


def _timestamp() -> sa.DateTime:
    return sa.DateTime(timezone=True)


def upgrade() -> None:
    battles = op.create_table(
        "battles",
        sa.Column("battle_id", sa.String(), nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("state", _json, nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("owner", sa.String(), nullable=False),
        sa.Column("heartbeat_at", _timestamp(), nullable=False),
        sa.Column("started_at", _timestamp(), nullable=False),
        sa.Column("updated_at", _timestamp(), nullable=False),
        sa.PrimaryKeyConstraint("battle_id", name="pk_battles"),
    )
    op.create_index(
        "uq_battles_running_chat",
        "battles",
        ["platform", "chat_id"],
        unique=True,
        sqlite_where=_RUNNING,
        postgresql_where=_RUNNING,
    )
    op.create_index("ix_battles_status_heartbeat_at", "battles", ["status", "heartbeat_at"])
    _move_legacy_battles(battles)


def downgrade() -> None:
    op.drop_index("ix_battles_status_heartbeat_at", table_name="battles")
    op.drop_index("uq_battles_running_chat", table_name="battles")
    op.drop_table("battles")


def _move_legacy_battles(battles: sa.Table) -> None:
    """Running battles listed in the reserved chat become rows; unreadable entries are dropped."""
    chats = sa.table(
        "chats", sa.column("platform"), sa.column("chat_id"), sa.column("settings", _json)
    )
    conn = op.get_bind()

    def settings_of(platform: str, chat_id: str) -> dict[str, Any] | None:
        found = conn.execute(
            sa.select(chats.c.settings).where(
                chats.c.platform == platform, chats.c.chat_id == chat_id
            )
        ).scalar()
        return found if isinstance(found, dict) else None

    registry = settings_of(*_LEGACY_REGISTRY) or {}
    for entry in registry.values():
        if not isinstance(entry, dict):
            continue
        platform, chat_id = str(entry.get("platform", "")), str(entry.get("id", ""))
        settings = settings_of(platform, chat_id) if platform and chat_id else None
        snapshot = (settings or {}).get(_LEGACY_KEY)
        if not isinstance(snapshot, dict) or snapshot.get("battle_id") != entry.get("battle"):
            continue
        saved_at = _saved_at(snapshot.get("saved_at"))
        conn.execute(
            sa.insert(battles).values(
                battle_id=str(snapshot["battle_id"]),
                platform=platform,
                chat_id=chat_id,
                state=snapshot,
                status="running",
                owner=_LEGACY_OWNER,
                heartbeat_at=saved_at,
                started_at=saved_at,
                updated_at=saved_at,
            )
        )
        remaining = {key: value for key, value in (settings or {}).items() if key != _LEGACY_KEY}
        conn.execute(
            sa.update(chats)
            .where(chats.c.platform == platform, chats.c.chat_id == chat_id)
            .values(settings=remaining)
        )
    conn.execute(
        sa.delete(chats).where(
            chats.c.platform == _LEGACY_REGISTRY[0], chats.c.chat_id == _LEGACY_REGISTRY[1]
        )
    )


def _saved_at(value: object) -> datetime:
    """When a legacy snapshot was saved (naive UTC on SQLite); the epoch when unreadable, which
    only makes it count as stale sooner."""
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        when = datetime(1970, 1, 1, tzinfo=UTC)
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.replace(tzinfo=None) if op.get_bind().dialect.name == "sqlite" else when
