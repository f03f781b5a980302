"""docker-compose.yml, the Dockerfile, .env.example and the package metadata say what the code does.

No Docker engine runs here: the compose file is parsed (PyYAML) and checked as an operator would read
it, and the Dockerfile's stages are read as text.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
BOTS = ("telegram", "discord")
_VARIABLE = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)(?:(:?[-?])([^}]*))?\}")


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(
        (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    )
    return loaded


def variables(text: str) -> dict[str, list[tuple[str, str]]]:
    """Every ${NAME…} interpolation: NAME → [(operator, default-or-message), …]."""
    found: dict[str, list[tuple[str, str]]] = {}
    for name, operator, rest in _VARIABLE.findall(text):
        found.setdefault(name, []).append((operator, rest))
    return found


def env_example() -> dict[str, str]:
    pairs = {}
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            name, _, value = line.partition("=")
            pairs[name.strip()] = value.strip()
    return pairs


def test_each_platform_is_a_profile_and_the_database_always_runs(
    compose: dict[str, Any],
) -> None:
    services = compose["services"]
    assert set(services) == {"db", "migrate", *BOTS}
    assert "profiles" not in services["db"]  # `--profile telegram` starts the database too
    assert services["db"]["image"].startswith("postgres:")
    for name in BOTS:
        bot = services[name]
        assert bot["profiles"] == [name]
        assert bot["command"] == ["run", name]
        assert bot["depends_on"]["db"]["condition"] == "service_healthy"
        assert bot["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
        assert bot["environment"]["DATABASE_URL"].startswith("postgresql://studybot:")
        assert f"{name.upper()}_TOKEN" in bot["environment"]
        other = next(platform for platform in BOTS if platform != name)
        assert f"{other.upper()}_TOKEN" not in bot["environment"]
    assert set(services["migrate"]["profiles"]) == set(BOTS)
    assert services["migrate"]["command"] == ["db", "migrate"]


def test_one_image_is_built_once_and_run_by_both_bots(compose: dict[str, Any]) -> None:
    services = compose["services"]
    builders = [name for name, service in services.items() if "build" in service]
    assert builders == ["migrate"]
    image = services["migrate"]["image"]
    for name in BOTS:
        assert services[name]["image"] == image
        assert services[name]["pull_policy"] == "never"  # never someone else's image of that name


def test_no_default_database_password(compose: dict[str, Any]) -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    uses = variables(text)["POSTGRES_PASSWORD"]
    assert uses, "compose must take POSTGRES_PASSWORD from the environment"
    for operator, message in uses:
        assert operator == ":?", f"POSTGRES_PASSWORD has a fallback ({operator}{message})"
        assert ".env" in message  # the refusal says where to set it
    assert "POSTGRES_PASSWORD=\n" in (ROOT / ".env.example").read_text(encoding="utf-8")
    db_env = compose["services"]["db"]["environment"]
    assert db_env["POSTGRES_PASSWORD"].startswith("${POSTGRES_PASSWORD:?")


def test_bots_have_healthchecks_through_studybot_health(compose: dict[str, Any]) -> None:
    for name in BOTS:
        check = compose["services"][name]["healthcheck"]
        assert check["test"] == ["CMD", "studybot", "health", name]
        assert {"interval", "timeout", "retries"} <= set(check)
    from adapters.cli import build_parser

    for name in BOTS:  # the command the healthcheck runs exists with that argument
        assert build_parser().parse_args(["health", name]).platform == name


def test_env_example_lists_every_variable_compose_reads(compose: dict[str, Any]) -> None:
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    example = env_example()
    missing = sorted(set(variables(text)) - set(example))
    assert not missing, f".env.example lacks {missing}"
    passed_on = set()
    for name in ("migrate", *BOTS):
        passed_on |= set(compose["services"][name]["environment"])
    # every bot setting in .env.example reaches a bot (the rest are compose's own)
    compose_only = {
        "POSTGRES_PASSWORD",
        "STUDYBOT_DECKS_DIR",
        "STUDYBOT_IMAGE",
        "DASHBOARD_PORT",
        "DASHBOARD_DISCORD_PORT",
    }
    assert set(example) - compose_only <= passed_on


def test_env_example_covers_the_settings_the_code_reads() -> None:
    source = "\n".join(
        path.read_text(encoding="utf-8") for path in (ROOT / "adapters").rglob("*.py")
    )
    read = set(re.findall(r"\"((?:TELEGRAM|DISCORD|DASHBOARD)_[A-Z_]+)\"", source))
    read.discard("DASHBOARD_LISTEN")  # fixed by docker-compose.dashboard.yml, not a choice in .env
    read |= {"DATABASE_URL", "STUDYBOT_DECK", "LOG_FORMAT", "LOG_LEVEL"}
    example = env_example()
    missing = sorted(name for name in read - set(example) if name != "DATABASE_URL")
    assert not missing, f".env.example lacks {missing}"


def test_uploaded_decks_need_no_volume_and_deck_files_mount_read_only(
    compose: dict[str, Any],
) -> None:
    # Decks uploaded in chat are rows of the database (bot/store/_decks.py): pgdata keeps them.
    assert "pgdata" in compose["volumes"]
    assert "pgdata:/var/lib/postgresql/data" in compose["services"]["db"]["volumes"]
    for name in BOTS:
        (mount,) = compose["services"][name]["volumes"]
        assert mount.endswith(":/decks:ro")


def test_the_dockerfile_installs_the_lock_in_a_build_stage_and_runs_unprivileged() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    stages = re.split(r"^FROM ", text, flags=re.MULTILINE)[1:]
    assert len(stages) == 2, "a build stage and a runtime stage"
    build, runtime = stages
    assert "requirements.lock" in build and "-r requirements.lock" in build
    assert "--no-deps" in build  # the lock alone decides versions
    assert "build-essential" not in runtime and "apt-get" not in runtime
    assert "pip install" not in runtime
    assert "COPY --from=build /opt/studybot /opt/studybot" in runtime
    users = re.findall(r"^USER (\S+)", runtime, flags=re.MULTILINE)
    assert users and users[-1] not in {"root", "0"}
    assert "HEALTHCHECK" in runtime
    assert ".env" in (ROOT / ".dockerignore").read_text(encoding="utf-8").split()


def test_the_console_script_license_and_packages_are_declared() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["scripts"]["studybot"] == "adapters.command:main"
    assert project["project"]["license"] == "MIT"  # SPDX, not the deprecated table
    assert (ROOT / "LICENSE").read_text(encoding="utf-8").startswith("MIT License")
    data = project["tool"]["setuptools"]["package-data"]
    assert "decks/*.yaml" in data["knowledge"]
    assert any("versions" in pattern for pattern in data["bot.store"])


def test_the_dashboard_is_published_only_when_asked_for(compose: dict[str, Any]) -> None:
    for bot in BOTS:
        service = compose["services"][bot]
        assert "ports" not in service  # the base file publishes nothing of the bots
        assert "DASHBOARD_LISTEN" not in service["environment"]  # 127.0.0.1 inside the container
    text = (ROOT / "docker-compose.dashboard.yml").read_text(encoding="utf-8")
    extra = yaml.safe_load(text)
    published = set()
    for bot in BOTS:
        service = extra["services"][bot]
        assert service["environment"]["DASHBOARD_LISTEN"] == "0.0.0.0:8080"
        (port,) = service["ports"]
        assert port.startswith("127.0.0.1:") and port.endswith(":8080")  # loopback of the host only
        published.add(port.split(":")[1])
    assert len(published) == 2  # the two bots never fight over one host port
    required = variables(text)
    for name in ("DASHBOARD_URL", "DASHBOARD_SECRET"):  # no dashboard without both: refuse to start
        assert {operator for operator, _ in required[name]} == {":?"}
    assert set(required) <= set(env_example())
