"""Webhook mode: Telegram posts updates to us; they join the same queue long polling fills.

A small aiohttp server (PTB's own webhook server needs tornado, which this project does not ship).
Every request must carry the secret token given to setWebhook, so no one else can inject updates.
"""

from __future__ import annotations

import hmac
import logging
import secrets
from typing import Any

from aiohttp import web
from telegram import Update
from telegram.ext import Application

from adapters.telegram._settings import Webhook

log = logging.getLogger(__name__)

_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
_MAX_BODY = 1 << 20  # an update is a few kilobytes; refuse anything absurd


class WebhookServer:
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        webhook: Webhook,
        allowed_updates: list[str],
    ) -> None:
        self._application = application
        self._webhook = webhook
        self._allowed_updates = allowed_updates
        self._secret = webhook.secret or secrets.token_urlsafe(32)
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    async def start(self) -> None:
        """Listen, then tell Telegram where to post."""
        server = web.Application(client_max_size=_MAX_BODY)
        server.router.add_post(self._webhook.path, self._receive)
        self._runner = web.AppRunner(server, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._webhook.listen, self._webhook.port)
        await site.start()
        self.port = _bound_port(self._runner) or self._webhook.port
        await self._application.bot.set_webhook(
            self._webhook.url, secret_token=self._secret, allowed_updates=self._allowed_updates
        )
        log.info(
            "webhook listening on %s:%s%s", self._webhook.listen, self.port, self._webhook.path
        )

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _receive(self, request: web.Request) -> web.Response:
        given = request.headers.get(_SECRET_HEADER, "")
        if not hmac.compare_digest(given.encode(), self._secret.encode()):
            return web.Response(status=403, text="wrong secret token")
        try:
            data = await request.json()
            if not isinstance(data, dict):
                raise ValueError("an update is a JSON object")
            update = Update.de_json(data, self._application.bot)
        except Exception as error:
            log.warning("refused a webhook post: %s", error)
            return web.Response(status=400, text="not a Telegram update")
        await self._application.update_queue.put(update)
        return web.Response(status=200)


def _bound_port(runner: web.AppRunner) -> int | None:
    for address in runner.addresses:
        if isinstance(address, tuple) and len(address) >= 2:
            return int(address[1])
    return None
