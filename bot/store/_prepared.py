"""Hot transactions on SQLite's own driver: Core statements compiled once, run without the
per-statement machinery of `Connection.execute`.

Why: a quiz answer is five statements. Through `Connection.execute` each cost about 70 µs of
SQLAlchemy CPU (execution context, events, parameter and result set-up, the cache key) against
10–20 µs in SQLite itself, and on a loaded machine that CPU is what made an answer miss its
1.5 ms. `Prepared` keeps what matters from SQLAlchemy and drops the rest:

- the SQL is still compiled by the engine's dialect from the same Core statements, once per
  statement and set of parameter names (a different set is a different statement, as in
  SQLAlchemy's own cache);
- every value still goes through its column type's own bind and result processors (JSON text,
  UTC timestamps, booleans), so what is written here reads back through Core exactly as before,
  and the other way round;
- skipped: the execution context, event dispatch, result objects and cache-key derivation.

`Statements` is what a transaction's work sees, so one function serves both databases:
`DriverStatements` on a SQLite file (in the store's worker thread), `CoreStatements` on a Core
connection anywhere else (PostgreSQL, in-memory SQLite).
"""

from __future__ import annotations

import sqlite3
import threading
from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import Select
from sqlalchemy.engine import Connection as SyncConnection
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement, Executable
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.selectable import ReturnsRows

Processor = Callable[[Any], Any]
Parameters = Mapping[str, Any]

# Statements are meant to be built once per store; a bound keeps a caller that builds a new one
# per call from growing the cache without end (it then compiles every time, as it would anyway).
_CACHE_LIMIT = 256


class Statements(Protocol):
    """Runs a transaction's statements: rows come back with their columns as attributes."""

    def first(self, statement: Executable, parameters: Parameters) -> Any | None:
        """The first row of a query, or None."""

    def write(self, statement: Executable, parameters: Parameters) -> int:
        """Run an INSERT, UPDATE or DELETE with one set of values; the rows it changed."""

    def write_many(self, statement: Executable, rows: Sequence[Parameters]) -> int:
        """Run an INSERT, UPDATE or DELETE once per set of values (executemany); the rows it
        changed (or, for a statement with RETURNING, the rows it returned)."""


class CoreStatements:
    """`Statements` on a Core connection: any database."""

    def __init__(self, conn: SyncConnection) -> None:
        self._conn = conn

    def first(self, statement: Executable, parameters: Parameters) -> Any | None:
        return self._conn.execute(statement, dict(parameters)).first()

    def write(self, statement: Executable, parameters: Parameters) -> int:
        return int(self._conn.execute(statement, dict(parameters)).rowcount)

    def write_many(self, statement: Executable, rows: Sequence[Parameters]) -> int:
        if not rows:
            return 0
        result = self._conn.execute(statement, [dict(row) for row in rows])
        return len(result.all()) if result.returns_rows else int(result.rowcount)


class Prepared:
    """One statement compiled for one dialect and one set of parameter names: its SQL, and for
    each position the parameter it takes (or a value fixed in the statement) and its processor."""

    __slots__ = ("_names", "_processors", "_results", "_row", "sql")

    def __init__(self, statement: Executable, dialect: Dialect, names: tuple[str, ...]) -> None:
        if not isinstance(statement, ClauseElement):
            raise TypeError(f"not a Core statement: {statement!r}")
        compiled = statement.compile(dialect=dialect, column_keys=list(names))
        if not isinstance(compiled, SQLCompiler) or compiled.positiontup is None:
            raise TypeError(f"{dialect.name} does not take positional parameters")
        if compiled.post_compile_params or compiled.literal_execute_params:
            # IN lists expand per call: their SQL is not one string. Bind one value per name.
            raise ValueError("a statement with expanding parameters cannot be prepared")
        self.sql: str = compiled.string
        given = frozenset(names)
        order: list[str | None] = []
        processors: list[Processor | None] = []
        fixed: dict[int, Any] = {}
        for position, name in enumerate(compiled.positiontup):
            bind = compiled.binds[name]
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if name in given:
                order.append(name)
            elif bind.callable is None and not bind.required:  # a value written in the statement
                order.append(None)
                fixed[position] = bind.value if processor is None else processor(bind.value)
                processor = None
            else:
                raise KeyError(f"no value for the parameter {name!r} of: {self.sql}")
            processors.append(processor)
        self._names = tuple((name, fixed.get(position)) for position, name in enumerate(order))
        self._processors = tuple(processors)
        self._results: tuple[Processor | None, ...] = ()
        self._row: Callable[..., Any] | None = None
        if isinstance(statement, Select):
            columns = list(statement.selected_columns)
            self._results = tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in columns
            )
            names_of = [str(column.key) for column in columns]  # unnamed ones become _0, _1 …
            self._row = namedtuple("Row", names_of, rename=True)  # type: ignore[misc]
        elif isinstance(statement, ReturnsRows) and statement.exported_columns:
            raise ValueError("a statement with RETURNING cannot be prepared: run it through Core")

    @property
    def is_query(self) -> bool:
        """Whether the statement returns rows (a SELECT)."""
        return self._row is not None

    def parameters(self, values: Parameters) -> tuple[Any, ...]:
        """The driver's positional parameters for `values`, each converted by its column type."""
        return tuple(
            (fixed if name is None else values[name])
            if processor is None
            else processor(values[name])  # type: ignore[index]
            for (name, fixed), processor in zip(self._names, self._processors, strict=True)
        )

    def parameters_many(self, rows: Sequence[Parameters]) -> list[tuple[Any, ...]]:
        """`parameters` of each row, a timestamp that many rows share converted once: a
        1,000-player battle's results all carry its finish time and each name its sighting,
        and converting each (UTC checks, SQLite's text) was most of the final close's write
        in the store's thread, which the event loop waits on for the GIL."""
        processors = tuple(
            None if processor is None else _once_per_timestamp(processor)
            for processor in self._processors
        )
        return [
            tuple(
                (fixed if name is None else values[name])
                if processor is None
                else processor(values[name])  # type: ignore[index]
                for (name, fixed), processor in zip(self._names, processors, strict=True)
            )
            for values in rows
        ]

    def row(self, raw: Sequence[Any]) -> Any:
        """A row as the driver returned it, converted back by the column types."""
        if self._row is None:
            raise TypeError(f"not a query: {self.sql}")
        return self._row(
            *(
                value if process is None or value is None else process(value)
                for value, process in zip(raw, self._results, strict=True)
            )
        )


class PreparedCache:
    """The prepared statements of one store, by statement and parameter names."""

    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        self._prepared: dict[tuple[Executable, tuple[str, ...]], Prepared] = {}
        self._lock = threading.Lock()

    def get(self, statement: Executable, names: tuple[str, ...]) -> Prepared:
        key = (statement, names)
        prepared = self._prepared.get(key)
        if prepared is None:
            prepared = Prepared(statement, self._dialect, names)
            with self._lock:
                if len(self._prepared) >= _CACHE_LIMIT:
                    self._prepared.clear()
                self._prepared[key] = prepared
        return prepared


class DriverStatements:
    """`Statements` on a sqlite3 connection already in a transaction."""

    def __init__(self, driver: sqlite3.Connection, cache: PreparedCache) -> None:
        self._driver = driver
        self._cache = cache

    def first(self, statement: Executable, parameters: Parameters) -> Any | None:
        prepared = self._cache.get(statement, tuple(parameters))
        if not prepared.is_query:
            raise TypeError(f"not a query: {prepared.sql}")
        raw = self._driver.execute(prepared.sql, prepared.parameters(parameters)).fetchone()
        return None if raw is None else prepared.row(raw)

    def write(self, statement: Executable, parameters: Parameters) -> int:
        prepared = self._cache.get(statement, tuple(parameters))
        return self._driver.execute(prepared.sql, prepared.parameters(parameters)).rowcount

    def write_many(self, statement: Executable, rows: Sequence[Parameters]) -> int:
        if not rows:
            return 0
        prepared = self._cache.get(statement, tuple(rows[0]))
        cursor = self._driver.executemany(prepared.sql, prepared.parameters_many(rows))
        return cursor.rowcount


def _once_per_timestamp(process: Processor) -> Processor:
    """`process`, remembering what it made of each timestamp: the same wall time, fold and
    time zone object (by identity: zones equal by offset may still be named apart) convert
    alike. Anything else is converted every time."""
    done: dict[tuple[datetime, int, int], tuple[datetime, Any]] = {}

    def run(value: Any) -> Any:
        if type(value) is not datetime:
            return process(value)
        key = (value.replace(tzinfo=None), value.fold, id(value.tzinfo))
        kept = done.get(key)
        if kept is None:
            kept = done[key] = (value, process(value))  # the value keeps its zone's id taken
        return kept[1]

    return run
