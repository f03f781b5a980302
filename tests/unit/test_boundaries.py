"""The core/adapter boundary: `bot` and `knowledge` never import a platform or network library."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "discord",
    "telegram",
    "aiohttp",
    "httpx",
    "requests",
    "urllib3",
    "websockets",
    "socket",
    "http.client",
    "http.server",
    "urllib.request",
    "ssl",
    "asyncio.streams",
    "adapters",
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN)


CORE_FILES = sorted(p for package in ("bot", "knowledge") for p in (ROOT / package).rglob("*.py"))


@pytest.mark.parametrize("path", CORE_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_core_module_imports_no_platform_or_network_library(path: Path) -> None:
    bad = [f"line {line}: {module}" for line, module in _imports(path) if _forbidden(module)]
    assert not bad, f"{path.relative_to(ROOT)} imports {bad}"


def test_the_check_catches_a_forbidden_import(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import os\nfrom discord.ext import commands\nimport telegram as tg\n")
    assert [m for _, m in _imports(sample) if _forbidden(m)] == ["discord.ext", "telegram"]


def test_importing_the_core_loads_no_platform_library() -> None:
    """Also at run time: transitive imports count (a core module importing a helper that pulls in aiohttp)."""
    probe = (
        "import sys, bot.engine, bot.explain, knowledge.search, knowledge.loader;"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in"
        " {'discord', 'telegram', 'aiohttp', 'httpx', 'requests', 'websockets'});"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert result.stdout.strip() == ""
