"""The class dashboard: an aiohttp site served by the bot process, over the same App as the chat.

Reads go straight to the report feature and the store (never through chat commands); the only action,
retiring a question, writes the chat's settings, which quizzes read. Every request is checked here:
the link's signature and expiry, that its chat has not revoked it, the CSRF token on every POST, the
scope for actions, and a per-client rate limit. Pages are never cached and never leak the link in a
Referer header.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web

from adapters.dashboard import _pages as pages
from adapters.dashboard._static import CSS, JS
from bot.app import App
from bot.events import Chat
from bot.report import ALL_TIME, WEEK, LinkClaims, LinkError, LinkSigner, Scope, is_revoked
from bot.retired import retired_ids, set_retired

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
_MAX_FORM_BYTES = 4096
_MAX_QUESTION_ID = 64


@dataclass(frozen=True, slots=True)
class RateLimit:
    """At most `requests` per `seconds` from one client address."""

    requests: int = 120
    seconds: float = 60.0


class _Limiter:
    def __init__(self, limit: RateLimit, now: Callable[[], float] = time.monotonic) -> None:
        self._limit = limit
        self._now = now
        self._hits: dict[str, deque[float]] = {}

    def allow(self, client: str) -> bool:
        now = self._now()
        hits = self._hits.setdefault(client, deque())
        while hits and now - hits[0] >= self._limit.seconds:
            hits.popleft()
        if len(hits) >= self._limit.requests:
            return False
        hits.append(now)
        if len(self._hits) > 10_000:  # forget quiet clients, so the map stays small
            for key in [k for k, v in self._hits.items() if not v][:5_000]:
                del self._hits[key]
        return True


def make_site(app: App, signer: LinkSigner, *, rate: RateLimit | None = None) -> web.Application:
    """The dashboard as an aiohttp application (tests serve it on 127.0.0.1)."""
    if app.reports is None or app.store is None:
        raise ValueError("the dashboard needs the store and the report feature")
    site = Dashboard(app, signer, _Limiter(rate or RateLimit()))
    web_app = web.Application(
        middlewares=[site.headers, site.rate_limit], client_max_size=_MAX_FORM_BYTES
    )
    web_app.router.add_get("/", site.home)
    web_app.router.add_get("/static/dashboard.css", site.css)
    web_app.router.add_get("/static/dashboard.js", site.js)
    web_app.router.add_get("/d/{token}", site.report)
    web_app.router.add_get("/d/{token}/deck", site.deck)
    web_app.router.add_post("/d/{token}/retire", site.retire)
    return web_app


class Dashboard:
    """The request handlers, over one App."""

    def __init__(self, app: App, signer: LinkSigner, limiter: _Limiter) -> None:
        assert app.reports is not None and app.store is not None
        self._app = app
        self._reports = app.reports
        self._store = app.store
        self._signer = signer
        self._limiter = limiter

    @web.middleware
    async def headers(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            response = await handler(request)
        except web.HTTPException as error:
            response = error
        response.headers["Cache-Control"] = "no-store"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; "
            "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        )
        if isinstance(response, web.HTTPException):
            raise response
        return response

    @web.middleware
    async def rate_limit(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self._limiter.allow(request.remote or "?"):
            return _html(
                pages.error_page("Too many requests: wait a minute and reload."),
                status=429,
                headers={"Retry-After": "60"},
            )
        return await handler(request)

    async def home(self, request: web.Request) -> web.StreamResponse:
        return _html(
            pages.page(
                "studybot dashboard",
                "<p>Open the link the bot sent you: type /dashboard in your class chat.</p>",
            )
        )

    async def css(self, request: web.Request) -> web.StreamResponse:
        return web.Response(text=CSS, content_type="text/css")

    async def js(self, request: web.Request) -> web.StreamResponse:
        return web.Response(text=JS, content_type="application/javascript")

    async def report(self, request: web.Request) -> web.StreamResponse:
        token, claims = await self._claims(request)
        all_time = request.query.get("period") == "all"
        report = await self._reports.report(_chat(claims), period=ALL_TIME if all_time else WEEK)
        return _html(
            pages.report_page(
                report,
                base=f"/d/{token}",
                scope=claims.scope,
                csrf=self._signer.csrf_token(token),
                all_time=all_time,
            )
        )

    async def deck(self, request: web.Request) -> web.StreamResponse:
        token, claims = await self._claims(request)
        deck = (await self._app.engine.library.for_chat(_chat(claims))).deck
        catalogue = await self._reports.catalogue.questions(deck)
        retired = await retired_ids(self._store, claims.chat)
        return _html(
            pages.deck_page(
                deck,
                pages.group_by_topic(catalogue.values()),
                retired,
                base=f"/d/{token}",
                scope=claims.scope,
                csrf=self._signer.csrf_token(token),
                page_number=_page_number(request.query.get("page", "1")),
            )
        )

    async def retire(self, request: web.Request) -> web.StreamResponse:
        token, claims = await self._claims(request)
        form = await request.post()
        csrf = form.get("csrf")
        if not isinstance(csrf, str) or not self._signer.check_csrf(token, csrf):
            return _html(pages.error_page("This form has expired: reload the page."), status=403)
        if claims.scope is not Scope.EDIT:
            return _html(
                pages.error_page("This link is read-only. Ask for one with /dashboard edit."),
                status=403,
            )
        question = form.get("question")
        if not isinstance(question, str) or not 0 < len(question) <= _MAX_QUESTION_ID:
            return _html(pages.error_page("No question was chosen."), status=400)
        deck = (await self._app.engine.library.for_chat(_chat(claims))).deck
        if question not in await self._reports.catalogue.questions(deck):
            return _html(pages.error_page("That question is not in this chat's deck."), status=404)
        await set_retired(self._store, claims.chat, question, form.get("retire") != "no")
        back = "/deck" if form.get("back") == "deck" else ""
        raise web.HTTPSeeOther(f"/d/{token}{back}")

    async def _claims(self, request: web.Request) -> tuple[str, LinkClaims]:
        token = request.match_info["token"]
        try:
            claims = self._signer.verify(token, self._app.clock.now())
        except LinkError as error:
            raise _refusal(str(error)) from error
        if is_revoked(claims, await self._store.get_chat_settings(claims.chat)):
            raise _refusal("This link was turned off. Ask the bot for a new one with /dashboard.")
        return token, claims


def _page_number(raw: str) -> int:
    return int(raw) if raw.isdecimal() and len(raw) <= 6 else 1


def _chat(claims: LinkClaims) -> Chat:
    return Chat(claims.chat.platform, claims.chat.chat_id, is_group=True)


def _refusal(message: str) -> web.HTTPForbidden:
    return web.HTTPForbidden(text=pages.error_page(message), content_type="text/html")


def _html(body: str, *, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        text=body, status=status, content_type="text/html", charset="utf-8", headers=headers
    )


class DashboardServer:
    """The site on a host and port, started and stopped with the bot."""

    def __init__(self, app: App, signer: LinkSigner, host: str, port: int) -> None:
        self._site_app = make_site(app, signer)
        self._host = host
        self._port = port
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        self._runner = web.AppRunner(self._site_app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._host, self._port).start()
        log.info("class dashboard listening on %s:%d", self._host, self._port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
