"""Alembic, configured in code so migrations are found inside the installed package.

No alembic.ini is needed in the working directory: `script_location` points at the
`migrations/` folder next to this file. `SqlStore.open` upgrades to head on every start.
"""

from __future__ import annotations

import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store._errors import SchemaTooNew

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# Any fixed number: PostgreSQL advisory-lock key that serialises migrations across processes.
_MIGRATION_LOCK_KEY = 0x5354_5544_5942_4F54 & 0x7FFF_FFFF_FFFF_FFFF


def alembic_config(connection: Connection | None = None) -> Config:
    """Alembic's configuration; env.py runs on `connection` when one is given."""
    config = Config(stdout=sys.stdout)  # read now, so redirected output is honoured
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration shipped with this package."""
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The migration the database is at (None: an empty database)."""
    return MigrationContext.configure(connection).get_current_revision()


def _upgrade(connection: Connection) -> None:
    config = alembic_config(connection)
    check_known(connection, ScriptDirectory.from_config(config))
    command.upgrade(config, "head")


def check_known(connection: Connection, scripts: ScriptDirectory) -> None:
    """Raise `SchemaTooNew` when the database is at a migration this package does not ship.

    Going back is not possible (a migration is not undone by starting an older version), and
    Alembic's own error is a traceback about a revision it cannot locate.
    """
    found = current_revision(connection)
    if found is None:
        return
    known = {script.revision for script in scripts.walk_revisions()}
    if found not in known:
        raise SchemaTooNew(found, scripts.get_current_head())


async def upgrade_to_head(engine: AsyncEngine) -> None:
    """Bring the database to the newest schema, in one transaction.

    Two processes starting at once is fine: on PostgreSQL an advisory lock makes the second
    wait and then find nothing to do; on SQLite the engine's writer begins IMMEDIATE.
    """
    async with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execute(
                text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY}
            )
        await connection.run_sync(_upgrade)
