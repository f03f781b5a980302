"""Alembic's command line on studybot's own migrations, with no alembic.ini needed.

    python -m bot.store current                      # the revision DATABASE_URL is at
    python -m bot.store upgrade head                 # what SqlStore.open does anyway
    python -m bot.store revision --autogenerate -m "add a column"   # after editing _schema.py

The database is DATABASE_URL, else the default SQLite file.
"""

from __future__ import annotations

import asyncio
import sys
from argparse import Namespace

from alembic.config import CommandLine
from sqlalchemy.engine import Connection

from bot.store._engine import create_engine, writer
from bot.store._migrate import alembic_config
from bot.store._urls import default_database_url, to_async_url


async def _run(command_line: CommandLine, options: Namespace) -> None:
    engine = create_engine(to_async_url(default_database_url()))

    def run(connection: Connection) -> None:
        command_line.run_cmd(alembic_config(connection), options)

    try:
        async with writer(engine).begin() as connection:
            await connection.run_sync(run)
    finally:
        await engine.dispose()


def main(argv: list[str] | None = None) -> None:
    command_line = CommandLine(prog="python -m bot.store")
    options = command_line.parser.parse_args(argv)
    if not hasattr(options, "cmd"):
        command_line.parser.error("too few arguments")
    if getattr(options, "sql", False):  # offline: render SQL, touch no database
        command_line.run_cmd(alembic_config(), options)
        return
    asyncio.run(_run(command_line, options))


if __name__ == "__main__":
    main(sys.argv[1:])
