"""A class with some history, and the dashboard served for it on 127.0.0.1 (for the HTTP and browser tests)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from adapters.dashboard import RateLimit, make_site
from bot.app import App, AppConfig, build_app
from bot.events import Chat, User
from bot.questions import Question
from bot.report import LinkSigner, Scope, build_catalogue
from bot.store import ChatRef, QuizResult, SqlStore, UserRef
from knowledge.loader import load_deck
from tests.fakes.clock import FakeClock

DECK_PATH = Path(__file__).parents[1] / "data" / "report" / "chemistry.yaml"
SECRET = "dashboard-test-secret-0123456789"
CLASS = Chat("test", "class-7b", is_group=True)
OTHER_CLASS = Chat("test", "class-9c", is_group=True)
STUDENTS = (User("test", "1", "Amir"), User("test", "2", "Bella"), User("test", "3", "Chloe"))
# A display name chosen by a user: must be shown as text, never run.
HOSTILE = User("test", "4", '<img src=x onerror="alert(1)">')
OUTSIDER = User("test", "9", "Zara from 9C")


@dataclass(slots=True)
class Site:
    app: App
    url: str
    signer: LinkSigner
    clock: FakeClock
    missed: Question

    def link(self, chat: Chat = CLASS, scope: Scope = Scope.READ) -> str:
        token = self.signer.issue(ChatRef(chat.platform, chat.id), self.clock.now(), scope=scope)
        return f"{self.url}/d/{token}"


async def _answer(app: App, chat: Chat, user: User, question: Question, correct: bool) -> None:
    assert app.store is not None
    who = UserRef(user.platform, user.id)
    now = app.clock.now()
    await app.store.upsert_user(who, user.name, now)
    await app.store.record_quiz_result(
        QuizResult(
            who,
            ChatRef(chat.platform, chat.id),
            app.deck.id,
            question.id,
            correct,
            now,
            question.topic_id,
        )
    )


@asynccontextmanager
async def serve_dashboard(tmp_path: Path, *, rate: RateLimit | None = None) -> AsyncIterator[Site]:
    clock = FakeClock()
    store = await SqlStore.open(f"sqlite:///{tmp_path / 'dashboard.db'}")
    config = AppConfig(dashboard_url="http://127.0.0.1/", dashboard_secret=SECRET)
    app = await build_app(config, clock=clock, deck=load_deck(DECK_PATH), store=store)
    by_topic: dict[str, list[Question]] = {}
    for question in build_catalogue(app.deck).values():
        by_topic.setdefault(question.topic_id or "", []).append(question)
    missed = by_topic["electrolysis"][0]
    amir, bella, chloe = STUDENTS
    await _answer(app, CLASS, chloe, by_topic["crude-oil"][0], True)
    clock.advance(days=10)
    for user in (amir, bella, HOSTILE):
        await _answer(app, CLASS, user, missed, False)
        await _answer(app, CLASS, user, by_topic["rates-of-reaction"][0], True)
    await _answer(app, CLASS, amir, by_topic["electrolysis"][1], True)
    await _answer(app, OTHER_CLASS, OUTSIDER, by_topic["crude-oil"][1], False)
    runner = web.AppRunner(make_site(app, LinkSigner(SECRET), rate=rate), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield Site(app, f"http://127.0.0.1:{port}", LinkSigner(SECRET), clock, missed)
    finally:
        await runner.cleanup()
        await app.close()
