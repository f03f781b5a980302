"""The PostgreSQL test server: a missing server skips on a laptop but fails in CI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg import missing_tools_reason, skip_or_fail


def test_missing_server_tools_are_named(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no initdb, no pg_ctl
    reason = missing_tools_reason()
    assert reason is not None
    assert "initdb, pg_ctl not on PATH" in reason


def test_no_server_skips_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="DATABASE_URL_TEST"):
        skip_or_fail("no PostgreSQL server")


def test_no_server_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="CI=true: the PostgreSQL tests must run"):
        skip_or_fail("no PostgreSQL server")
