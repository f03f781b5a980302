"""The dashboard's settings from the environment: off unless both DASHBOARD_URL and DASHBOARD_SECRET are set."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

DEFAULT_LISTEN = "127.0.0.1:8080"


@dataclass(frozen=True, slots=True)
class DashboardSettings:
    """`url` is where teachers reach the site (put in links); `host`/`port` where this process listens."""

    url: str
    secret: str
    host: str
    port: int


def dashboard_settings(environ: Mapping[str, str]) -> DashboardSettings | None:
    """The settings, None when the dashboard is off; ValueError for a listen address that can't be used."""
    url = environ.get("DASHBOARD_URL", "").strip()
    secret = environ.get("DASHBOARD_SECRET", "").strip()
    if not url or not secret:
        return None
    if not url.startswith(("https://", "http://")):
        raise ValueError(f"DASHBOARD_URL must start with https:// (or http://), got {url[:80]!r}")
    listen = environ.get("DASHBOARD_LISTEN", "").strip() or DEFAULT_LISTEN
    host, _, port = listen.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(
            f"DASHBOARD_LISTEN must be HOST:PORT, e.g. 0.0.0.0:8080, got {listen[:80]!r}"
        )
    return DashboardSettings(url, secret, host.strip("[]"), int(port))
