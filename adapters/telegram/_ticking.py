"""The core's clock-driven work (battle rounds, lobby timeouts, daily pushes) while the bot runs.

The engine asks adapters to call `engine.tick()` about once a second (the shared `Ticker` does). A PTB
Application subclass (PTB's `application_class` hook) starts it in `start()` and stops it in `stop()`,
so it runs however the Application is run: run_polling, `serve`, or a test's
`async with app: await app.start()`.
"""

from __future__ import annotations

from typing import Any

from telegram.ext import Application

from adapters._runtime import TICK_SECONDS, Tick, Ticker


class TickingApplication(Application[Any, Any, Any, Any, Any, Any]):
    def __init__(
        self, *, tick: Tick | None, tick_seconds: float = TICK_SECONDS, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self._ticker = Ticker(tick, tick_seconds) if tick is not None else None

    async def start(self) -> None:
        await super().start()
        if self._ticker is not None:
            self._ticker.start()

    async def stop(self) -> None:
        if self._ticker is not None:
            await self._ticker.stop()
        await super().stop()
