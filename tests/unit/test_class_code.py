"""`adapters._class_code`: a lookup's dataclasses compile their methods once per install, and are
the same classes as `dataclasses` makes without it."""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path
from typing import Any

import pytest

from adapters import _class_code
from adapters._class_code import cached_class_code


def _define() -> Any:
    @dataclasses.dataclass(frozen=True, slots=True)
    class Card:
        """A flashcard."""

        front: str
        back: str = "?"
        tags: tuple[str, ...] = dataclasses.field(default_factory=tuple)
        seen: int = dataclasses.field(default=0, compare=False, repr=False)

    return Card


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "__pycache__" / "_dataclass_methods.pyc"
    monkeypatch.setattr(_class_code, "_table_path", lambda: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


def _behaviour(card_class: Any) -> tuple[object, ...]:
    card = card_class("a", tags=("x",), seen=3)
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.front = "z"
    return (
        repr(card),
        card == card_class("a", "?", ("x",)),
        card == card_class("b"),
        hash(card) == hash(card_class("a", tags=("x",))),
        dataclasses.replace(card, back="c"),
        dataclasses.astuple(card),
        [field.name for field in dataclasses.fields(card_class)],
        card_class.__init__.__annotations__,  # no `__future__` flag of ours leaks into them
        card_class.__match_args__,
    )


def test_classes_are_those_dataclasses_makes_first_and_from_the_kept_table(table: Path) -> None:
    plain = _behaviour(_define())
    with cached_class_code():
        first = _behaviour(_define())
    assert table.exists()
    with cached_class_code():
        again = _behaviour(_define())
    assert plain[0] == first[0] == again[0]
    assert str(again[0]).endswith(".Card(front='a', back='?', tags=('x',))")
    assert [str(value) for value in plain] == [str(value) for value in first]
    assert [str(value) for value in plain] == [str(value) for value in again]


def test_a_kept_source_is_not_compiled_again(table: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with cached_class_code():
        _define()
    compiled: list[str] = []

    def counting(source: str, *args: Any, **kwargs: Any) -> Any:
        compiled.append(source)
        return compile(source, *args, **kwargs)

    monkeypatch.setattr(_class_code, "compile", counting, raising=False)
    with cached_class_code():
        _behaviour(_define())
    assert compiled == []


def test_nothing_is_written_where_python_writes_no_bytecode(
    table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with cached_class_code():
        card_class = _define()
    assert not table.exists()
    assert card_class("a") == card_class("a")


@pytest.mark.parametrize(
    "content", [b"", b"not a table", b"\x00" * 64, None], ids=["empty", "text", "zeros", "not-code"]
)
def test_a_foreign_or_broken_table_is_ignored(table: Path, content: bytes | None) -> None:
    table.parent.mkdir(parents=True)
    import importlib.util
    import marshal

    if content is None:  # the right magic number over a payload that is no table of code
        content = importlib.util.MAGIC_NUMBER + marshal.dumps({"def f(): pass": "not code"})
    table.write_bytes(content)
    plain = _behaviour(_define())
    with cached_class_code():
        cached = _behaviour(_define())
    assert [str(value) for value in plain] == [str(value) for value in cached]


def test_dataclasses_is_left_as_it_was(table: Path) -> None:
    with cached_class_code():
        assert "exec" in vars(dataclasses)
    assert "exec" not in vars(dataclasses)
    with pytest.raises(RuntimeError), cached_class_code():
        raise RuntimeError("a failed import")
    assert "exec" not in vars(dataclasses)


# Fail-safe: the table leans on `dataclasses` calling `exec` by name with (text, globals, locals).
# Anything else goes to the builtin, so a Python that changes how it compiles dataclasses loses the
# saving, never a class.

_FUTURE_CALLER = """from __future__ import annotations
def call(run, text, namespace):
    run(text, {}, namespace)
"""


def _function_made_by(run: Any, text: str) -> Any:
    """`text` executed by `run` from a caller compiled with `from __future__ import annotations`."""
    caller: dict[str, Any] = {}
    exec(compile(_FUTURE_CALLER, "<caller>", "exec", dont_inherit=True), caller)
    namespace: dict[str, Any] = {}
    caller["call"](run, text, namespace)
    return namespace["f"]


def test_a_caller_with_future_flags_gets_what_the_builtin_gives_it() -> None:
    cached = _class_code._CachedExec({})
    text = "def f(a: int) -> int:\n    return a\n"
    made = _function_made_by(cached, text)
    assert made.__annotations__ == _function_made_by(exec, text).__annotations__
    assert made.__annotations__ == {"a": "int", "return": "int"}  # strings, as the caller asked
    assert cached.table == {}


def test_calls_it_does_not_recognise_go_to_the_builtin() -> None:
    cached = _class_code._CachedExec({})
    namespace: dict[str, Any] = {}
    cached("x = 1", {}, namespace, closure=None)  # a keyword a later `dataclasses` might pass
    assert namespace == {"x": 1}
    with pytest.raises(SyntaxError):  # the builtin's own error for text that does not compile
        cached("def (", {}, {})
    assert cached.table == {}


def test_a_dataclasses_that_does_not_call_exec_is_left_alone(
    table: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _class_code._calls_exec(vars(dataclasses))  # this Python's: the table is used

    def compiles_otherwise() -> None:
        compile("", "<string>", "exec")

    class Builder:
        def build(self) -> None:
            exec("")

    assert not _class_code._calls_exec({"make": compiles_otherwise, "n": 3})
    assert _class_code._calls_exec({"Builder": Builder})

    monkeypatch.setattr(_class_code, "_calls_exec", lambda module: False)
    plain = _behaviour(_define())
    with cached_class_code():
        assert "exec" not in vars(dataclasses)
        cached = _behaviour(_define())
    assert not table.exists()
    assert [str(value) for value in plain] == [str(value) for value in cached]
