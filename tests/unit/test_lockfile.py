"""The lockfiles agree with pyproject.toml: every dependency it declares is pinned at a version its
range allows, and nothing is pinned as a direct dependency that pyproject.toml no longer asks for.

Installs (the Makefile, the Dockerfile, CI) read only the lockfiles, so a dependency added to
pyproject.toml without `make lock` would be missing from every fresh install; this test says so first.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
FIX = "run `make lock` and commit requirements.lock and requirements-dev.lock"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;]+)")


@dataclass(frozen=True, slots=True)
class Lock:
    pins: dict[str, Version]
    direct: set[str]  # pinned because pyproject.toml asks for them (uv's "via studybot" notes)


def read_lock(path: Path) -> Lock:
    pins: dict[str, Version] = {}
    direct: set[str] = set()
    current = ""
    for line in path.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = Version(match.group(2))
        elif current and "studybot (pyproject.toml)" in line:
            direct.add(current)
    return Lock(pins, direct)


def declared(*, extras: bool) -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = list(project["dependencies"])
    if extras:
        for group in project.get("optional-dependencies", {}).values():
            lines.extend(group)
    return [Requirement(line) for line in lines]


def disagreements(lock: Lock, requirements: list[Requirement]) -> list[str]:
    problems = []
    for requirement in requirements:
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        pinned = lock.pins.get(name)
        if pinned is None:
            problems.append(f"{requirement} is not in the lockfile")
        elif not requirement.specifier.contains(pinned, prereleases=True):
            problems.append(f"{requirement} but the lockfile pins {name}=={pinned}")
    wanted = {canonicalize_name(requirement.name) for requirement in requirements}
    problems.extend(
        f"{name} is locked as a direct dependency that pyproject.toml no longer declares"
        for name in sorted(lock.direct - wanted)
    )
    return problems


@pytest.mark.parametrize(
    ("lockfile", "extras"), [("requirements.lock", False), ("requirements-dev.lock", True)]
)
def test_the_lockfile_pins_what_pyproject_declares(lockfile: str, extras: bool) -> None:
    problems = disagreements(read_lock(ROOT / lockfile), declared(extras=extras))
    assert not problems, f"{lockfile} disagrees with pyproject.toml ({FIX}):\n" + "\n".join(
        problems
    )


def test_the_image_lock_pins_what_the_dev_lock_pins() -> None:
    """One resolution: the image runs the versions the tests ran."""
    image, dev = read_lock(ROOT / "requirements.lock"), read_lock(ROOT / "requirements-dev.lock")
    differ = [
        f"{name}: {version} in the image, {dev.pins.get(name)} in development"
        for name, version in sorted(image.pins.items())
        if dev.pins.get(name) != version
    ]
    assert not differ, f"the lockfiles disagree ({FIX}):\n" + "\n".join(differ)


def test_the_check_catches_a_missing_a_stale_and_an_out_of_range_pin() -> None:
    lock = Lock(pins={"pyyaml": Version("6.0.2"), "gone": Version("1.0")}, direct={"gone"})
    problems = disagreements(lock, [Requirement("pyyaml>=7"), Requirement("hypothesis>=6")])
    assert any("pyyaml>=7" in problem for problem in problems)
    assert any("hypothesis>=6 is not in the lockfile" in problem for problem in problems)
    assert any(problem.startswith("gone is locked") for problem in problems)
