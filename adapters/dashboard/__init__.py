"""The class dashboard on the web: an aiohttp site the bot process serves when it is configured.

`dashboard_settings(environ)` reads DASHBOARD_URL, DASHBOARD_SECRET and DASHBOARD_LISTEN; `make_site`
builds the aiohttp application over an App (tests serve it on loopback); `DashboardServer` runs it.
"""

from adapters.dashboard._server import DashboardServer, RateLimit, make_site
from adapters.dashboard._settings import DashboardSettings, dashboard_settings

__all__ = ["DashboardServer", "DashboardSettings", "RateLimit", "dashboard_settings", "make_site"]
