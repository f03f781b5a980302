"""Regenerate the dashboard screenshots in docs/ (`make screenshots`).

Serves the dashboard for the same chemistry class the browser tests use, on 127.0.0.1, and photographs
its pages in headless Chromium (Debian's chromium and chromium-driver packages).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.report import Scope  # noqa: E402
from tests.integration.browser import CHROMEDRIVER, CHROMIUM, chromium  # noqa: E402
from tests.integration.dashboard_site import serve_dashboard  # noqa: E402

PAGES = {"dashboard-report.png": "", "dashboard-deck.png": "/deck"}


async def main() -> int:
    if CHROMIUM is None or CHROMEDRIVER is None:
        print("needs chromium and chromedriver: apt-get install chromium chromium-driver")
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        async with serve_dashboard(Path(scratch)) as site:
            link = site.link(scope=Scope.EDIT)

            def shoot() -> None:
                with chromium(height=1400) as driver:
                    for name, path in PAGES.items():
                        driver.get(link + path)
                        driver.save_screenshot(str(ROOT / "docs" / name))
                        print(f"wrote docs/{name}")

            await asyncio.to_thread(shoot)
    return 0


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
