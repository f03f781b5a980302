"""`SqlStore`: the `Store` port on SQLite or PostgreSQL, one code path for both.

The queries live in one mixin per feature (people, cards, quiz answers, progress, battle results,
running battles, daily pushes, uploaded decks, sent polls, teachers' reports), all running in the
transactions of `Connection`; this module opens and closes the store.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self

from sqlalchemy.exc import SQLAlchemyError

from bot.store._answers import AnswerQueries
from bot.store._battles import BattleQueries
from bot.store._cards import CardQueries
from bot.store._daily import DailyQueries
from bot.store._decks import DeckQueries
from bot.store._engine import create_engine, writer
from bot.store._errors import SchemaTooNew, StoreError, reason
from bot.store._migrate import upgrade_to_head
from bot.store._people import PeopleQueries
from bot.store._polls import PollQueries
from bot.store._progress import ProgressQueries
from bot.store._reports import ReportQueries
from bot.store._running_battles import RunningBattleQueries
from bot.store._uploads import UploadQueries
from bot.store._urls import default_database_url, describe, to_async_url


class SqlStore(
    PeopleQueries,
    CardQueries,
    AnswerQueries,
    ProgressQueries,
    BattleQueries,
    RunningBattleQueries,
    DailyQueries,
    DeckQueries,
    PollQueries,
    ReportQueries,
    UploadQueries,
):
    """Persistence on a SQL database; make one with `await SqlStore.open(url)`.

    A store belongs to the event loop that opened it; share it between coroutines freely.
    """

    @classmethod
    async def open(cls, url: str | None = None) -> SqlStore:
        """Connect to `url` (default: `default_database_url()`) and migrate it to the newest schema.

        Raises ValueError for a URL it cannot use and StoreError when the database cannot be
        reached or migrated.
        """
        async_url = to_async_url(url if url and url.strip() else default_database_url())
        engine = create_engine(async_url)
        try:
            await upgrade_to_head(writer(engine))
        except (OSError, SQLAlchemyError) as exc:
            await engine.dispose()
            raise StoreError(
                f"cannot open the database {describe(async_url)}: {reason(exc)}"
            ) from exc
        except SchemaTooNew as exc:
            await engine.dispose()
            raise SchemaTooNew(exc.found, exc.newest, describe(async_url)) from None
        except BaseException:
            await engine.dispose()
            raise
        return cls(engine, async_url)

    async def close(self) -> None:
        """Release every connection; the store cannot be used afterwards."""
        await self._dispose_thread_engine()
        await self._engine.dispose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

    @property
    def where(self) -> str:
        """Where the data lives, password hidden: a file path for SQLite, else the URL."""
        if self._description.startswith("sqlite") and "///" in self._description:
            return self._description.split("///", 1)[1]
        return self._description

    def __repr__(self) -> str:
        return f"SqlStore({self._description!r})"
