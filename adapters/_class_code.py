"""The methods `dataclasses` writes for each class, compiled once and kept, for one-shot lookups.

`dataclasses` writes the source of each class's `__init__`, `__repr__`, `__eq__`, `__hash__`,
`__setattr__` and `__delattr__` and compiles it with `exec` when the class is defined, in every
process: Python keeps bytecode for modules, not for code compiled at run time. A `studybot
explain` defines 37 dataclasses (210 such functions), and compiling them was about a fifth of
its CPU time (40-45 ms of 200-240 measured; `benchmarks/bench_cold_start.py`).

While a lookup's modules load (`cached_class_code`), `dataclasses` compiles through a table of
the code already compiled for each source text, kept beside the package's own bytecode (in its
`__pycache__`, named by the interpreter's cache tag and checked against its bytecode magic
number, as a `.pyc` is). A source the table lacks is compiled as `exec` compiles it (the file
name "<string>", no inherited `__future__` flags: `dataclasses` has none) and added; the table is
written back, atomically, only where Python may write bytecode. The classes are those
`dataclasses` makes either way: the same source text, the same compiled code.

It leans on one thing `dataclasses` does not promise: that it calls `exec` by name from its own
module (3.11 to 3.13 do: `_create_fn`, `_FuncBuilder`). So it fails safe rather than wrong. The
table is used only when a function of `dataclasses` names `exec` at all (`_calls_exec`; else the
block changes nothing and the classes compile as usual); a call it does not recognise (keywords
such as `closure=`, other arguments, a caller compiled with `__future__` flags, whose text `exec`
would compile with those flags) goes straight to the builtin `exec`; and a failure of the table
itself (unreadable, foreign, uncompilable source) is the builtin's behaviour, never an error of
its own. What is lost then is the saving, never a class.
"""

from __future__ import annotations
import __future__

import builtins
import contextlib
import dataclasses
import marshal
import os
import sys
from collections.abc import Iterator
from importlib.util import MAGIC_NUMBER, cache_from_source
from pathlib import Path
from types import CodeType
from typing import Any

# Sources a table keeps at most: a lookup compiles about 210; past this (a table grown over many
# versions of the code) it keeps only the last run's.
MAX_ENTRIES = 2048

# The compiler flags `__future__` imports set: `exec` compiles a text with its caller's.
_FUTURE_FLAGS = 0
for _feature in __future__.all_feature_names:
    _FUTURE_FLAGS |= getattr(__future__, _feature).compiler_flag


def _table_path() -> Path | None:
    """Where the table is kept: this package's `__pycache__` (or `sys.pycache_prefix`), or None
    where the interpreter keeps no bytecode cache."""
    try:
        return Path(cache_from_source(str(Path(__file__).with_name("_dataclass_methods.py"))))
    except NotImplementedError:  # no cache tag (sys.implementation.cache_tag is None)
        return None


def _read(path: Path) -> dict[str, CodeType]:
    """The table at `path`; empty when there is none, or it is another interpreter's, or unreadable."""
    try:
        data = path.read_bytes()
    except OSError:
        return {}
    if not data.startswith(MAGIC_NUMBER):
        return {}
    try:
        table = marshal.loads(data[len(MAGIC_NUMBER) :])
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(table, dict):
        return {}
    return {
        source: code
        for source, code in table.items()
        if isinstance(source, str) and isinstance(code, CodeType)
    }


def _write(path: Path, table: dict[str, CodeType]) -> None:
    """Write `table` to `path` atomically (a reader sees the old table or the new, whole); a
    folder that cannot be written keeps no table."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            temporary.write_bytes(MAGIC_NUMBER + marshal.dumps(table))
            os.replace(temporary, path)
        finally:
            temporary.unlink(missing_ok=True)


class _CachedExec:
    """`exec` for `dataclasses`: a source text is compiled once, then its code is reused."""

    def __init__(self, table: dict[str, CodeType]) -> None:
        self.table = table
        self.used: dict[str, CodeType] = {}
        self.added = False

    def __call__(self, source: object, /, *args: Any, **kwargs: Any) -> None:
        code = None
        if (
            isinstance(source, str)
            and not kwargs
            and len(args) <= 2
            and not sys._getframe(1).f_code.co_flags & _FUTURE_FLAGS
        ):
            code = self._code(source)
        builtins.exec(source if code is None else code, *args, **kwargs)  # type: ignore[arg-type]

    def _code(self, source: str) -> CodeType | None:
        """`source` compiled as `exec` compiles it for a caller without `__future__` flags; None
        when it does not compile (the builtin then raises its own error)."""
        code = self.table.get(source)
        if code is None:
            try:
                code = compile(source, "<string>", "exec", dont_inherit=True)
            except (SyntaxError, ValueError):
                return None
            self.table[source] = code
            self.added = True
        self.used[source] = code
        return code


def _calls_exec(module: dict[str, Any]) -> bool:
    """Whether a function of `module` (or a method of its classes) names `exec`: what the table
    relies on. A `dataclasses` that compiles some other way is left alone."""
    seen: list[Any] = list(module.values())
    seen += [
        value for item in module.values() if isinstance(item, type) for value in vars(item).values()
    ]
    for value in seen:
        code = getattr(getattr(value, "__func__", value), "__code__", None)
        if isinstance(code, CodeType) and "exec" in code.co_names:
            return True
    return False


@contextlib.contextmanager
def cached_class_code() -> Iterator[None]:
    """Within the block, the dataclasses defined compile their methods through the kept table
    (see the module); the table is written back afterwards when it gained any."""
    module = vars(dataclasses)
    path = _table_path()
    # No cache folder, another's `exec` in place, or a `dataclasses` that does not call `exec`.
    if path is None or "exec" in module or not _calls_exec(module):
        yield
        return
    cached = _CachedExec(_read(path))
    module["exec"] = cached  # `dataclasses` looks `exec` up in its globals before the builtins
    try:
        yield
    finally:
        if module.get("exec") is cached:
            del module["exec"]
        if cached.added and not sys.dont_write_bytecode:
            table = cached.table if len(cached.table) <= MAX_ENTRIES else cached.used
            _write(path, table)
