"""`build_parser(command)`: a line parses the same with only its command's parser as with all of them.

`main` builds only the parser of the command a line starts with (building all of them was a tenth
of `studybot explain`'s start-up). What a user sees — the parsed values, the help, the usage
errors and exit codes — must not change with that.
"""

from __future__ import annotations

import contextlib
import io
from functools import partial
from typing import Any

import pytest

from adapters.cli import build_parser

LINES = [
    [],
    ["--help"],
    ["explian", "berlin wall"],  # a typo: every command is listed in the error
    ["explain"],
    ["explain", "--help"],
    ["explain", "ionic", "bonding", "--json", "--deck", "chem.yaml"],
    ["ask", "-h"],
    ["ask", "what", "is", "osmosis?"],
    ["chat", "--student", "--user", "sam"],
    ["chat", "--help"],
    ["topics", "--deck", "bio.md"],
    ["quiz"],
    ["quiz", "sample", "--n", "5", "--kinds", "cloze"],
    ["quiz", "sample", "--n", "five"],
    ["deck", "-h"],
    ["deck", "check", "a.yaml", "b.yaml"],
    ["deck", "import", "-h"],
    ["deck", "import", "cards.tsv", "--format", "tsv", "-o", "out.yaml"],
    ["deck", "import", "cards.tsv", "--format", "docx"],
    ["run", "discord"],
    ["run", "irc"],
    ["health", "telegram", "--json"],
    ["db", "clean", "--unused-days", "-1"],
    ["db", "migrate", "--database-url", "sqlite:///x.db"],
    ["export", "--chat", "42", "--format", "json"],
    ["export"],
]


def _parse(line: list[str], command: str | None) -> tuple[Any, ...]:
    out, err = io.StringIO(), io.StringIO()
    code: object = None
    values: dict[str, Any] | None = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            values = vars(build_parser(command).parse_args(line))
        except SystemExit as stop:
            code = stop.code
    if values is not None:
        values["func"] = _runs(values["func"])
    return code, values, out.getvalue(), err.getvalue()


def _runs(func: Any) -> tuple[str, dict[str, Any]]:
    """What a parsed line will run: the function's name and the arguments bound to it."""
    if isinstance(func, partial):
        return func.func.__name__, dict(func.keywords)
    return func.__name__, {}


@pytest.mark.parametrize("line", LINES, ids=lambda line: " ".join(line) or "(nothing)")
def test_a_line_parses_the_same_with_its_command_alone(line: list[str]) -> None:
    assert _parse(line, line[0] if line else None) == _parse(line, None)


def test_a_command_alone_has_only_its_own_parser() -> None:
    parser = build_parser("explain")
    with pytest.raises(SystemExit), contextlib.redirect_stderr(io.StringIO()):
        parser.parse_args(["topics"])  # not built: the explain line needs nothing else
    assert build_parser("explain").parse_args(["explain", "x"]).query == ["x"]


def test_explain_and_ask_run_the_one_shot_lookup_each_their_way() -> None:
    assert _runs(build_parser("explain").parse_args(["explain", "x"]).func) == (
        "_one_shot",
        {"ask": False},
    )
    assert _runs(build_parser("ask").parse_args(["ask", "x"]).func) == ("_one_shot", {"ask": True})
