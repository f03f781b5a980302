"""docker-compose.yml and the package metadata say what the code does (no Docker engine runs here)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_compose_runs_both_bots_against_postgres() -> None:
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"db", "telegram", "discord"}
    assert services["db"]["image"].startswith("postgres:")
    for name in ("telegram", "discord"):
        bot = services[name]
        assert bot["command"] == ["run", name]
        assert bot["environment"]["DATABASE_URL"].startswith("postgresql://")
        assert f"{name.upper()}_TOKEN" in bot["environment"]
        assert bot["depends_on"]["db"]["condition"] == "service_healthy"


def test_the_console_script_and_packages_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["studybot"] == "adapters.cli:main"
    data = project["tool"]["setuptools"]["package-data"]
    assert "decks/*.yaml" in data["knowledge"]
    assert any("versions" in pattern for pattern in data["bot.store"])
