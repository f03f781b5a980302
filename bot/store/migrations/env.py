"""Alembic's entry point: runs migrations on the connection the store (or the CLI) hands over.

`bot.store._migrate` puts an open connection in `config.attributes["connection"]`; offline
mode (`python -m bot.store upgrade head --sql`) renders SQL for the URL in DATABASE_URL.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from bot.store._schema import metadata
from bot.store._urls import default_database_url, to_async_url


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )


def run_offline() -> None:
    url = to_async_url(default_database_url())
    context.configure(url=url, target_metadata=metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "run migrations through SqlStore.open() or `python -m bot.store`, not bare alembic"
        )
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
