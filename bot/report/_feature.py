"""/report and /dashboard: the teacher's view of a chat, in chat and as a signed link to the web page.

`/report` (admins) shows the class: participation, accuracy per topic with a heat map, the weakest
topics, the most missed questions with their source lines, daily streaks and battle podiums.
`/report <name>` (or a pick from `/report students`) narrows it to one student. `/dashboard` sends the
admin, privately, a signed link to the same report on the web; `/dashboard edit` one that may also
retire questions; `/dashboard revoke` stops every link sent so far.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from rapidfuzz import fuzz, process

from bot.events import Answer, Chat, Choice, Command
from bot.feature import ChoiceHandler, CommandHandler
from bot.markup import bold, italic, line, text
from bot.ports import Clock
from bot.replies import Choices, Image, Message, Notice, Option, Private, Reply
from bot.report._build import WEEK, ReportRequest, build_report
from bot.report._heatmap import heatmap_alt, heatmap_png
from bot.report._links import LINK_TTL, LinkSigner, Scope, link_generation, revoked_setting
from bot.report._model import ClassReport
from bot.report._questions import QuestionCatalogue
from bot.report._render import plural, report_text
from bot.store import ChatRef, Store, UserRef
from bot.tokens import make_token, matches
from knowledge.model import Deck

PICK_ACTION = "rp"
_PICKER_SIZE = 24
ALL_TIME = timedelta(days=3650)
_NAME_CUTOFF = 80


@dataclass(frozen=True, slots=True)
class Dashboard:
    """Where the web dashboard lives and how its links are signed (None: the dashboard is off)."""

    base_url: str
    signer: LinkSigner

    def link(self, token: str) -> str:
        return f"{self.base_url.rstrip('/')}/d/{token}"


class ReportFeature:
    """Reports for admins, read from the store; nothing here changes what students see."""

    def __init__(
        self,
        *,
        store: Store,
        clock: Clock,
        deck_of: Callable[[Chat], Awaitable[Deck]],
        catalogue: QuestionCatalogue,
        dashboard: Dashboard | None = None,
    ) -> None:
        self._store = store
        self._clock = clock
        self._deck_of = deck_of
        self.catalogue = catalogue
        self.dashboard = dashboard

    def commands(self) -> Mapping[str, CommandHandler]:
        return {"report": self._report, "dashboard": self._dashboard_link}

    def choices(self) -> Mapping[str, ChoiceHandler]:
        return {PICK_ACTION: self._picked}

    async def on_text(self, event: Answer) -> list[Reply] | None:
        return None

    async def tick(self) -> None:
        return None

    async def report(
        self, chat: Chat, *, student: UserRef | None = None, period: timedelta = WEEK
    ) -> ClassReport:
        """The report as data (the dashboard renders the same)."""
        deck = await self._deck_of(chat)
        questions = await self.catalogue.questions(deck)
        request = ReportRequest(
            ChatRef(chat.platform, chat.id), deck, self._clock.now(), period, student
        )
        return await build_report(self._store, request, questions)

    async def _report(self, event: Command) -> list[Reply]:
        words = event.args.split()
        period = WEEK
        if words and words[-1].casefold() in {"all", "week"}:
            period = ALL_TIME if words.pop().casefold() == "all" else WEEK
        wanted = " ".join(words).strip().lstrip("@")
        report = await self.report(event.chat, period=period)
        if wanted.casefold() in {"students", "student"}:
            return [self._picker(report, "Whose report?")]
        if wanted:
            student = _find_student(report, wanted)
            if student is None:
                if not report.students:
                    return [Message(text("Nobody has answered anything in this chat yet."))]
                return [self._picker(report, f"No student called “{wanted[:40]}” here. Pick one:")]
            report = await self.report(event.chat, student=student, period=period)
        return await self._replies(report)

    async def _picked(self, event: Choice, parts: list[str]) -> list[Reply]:
        if not event.user.is_admin:
            return [Notice("Only admins can see students' reports.")]
        report = await self.report(event.chat)
        for student in report.students:
            if parts and matches(parts[0], student.user.user_id):
                return await self._replies(await self.report(event.chat, student=student.user))
        return [Notice("That student has no answers in this chat any more.")]

    def _picker(self, report: ClassReport, prompt: str) -> Reply:
        options = tuple(
            Option(student.name[:60] or "?", make_token(PICK_ACTION, student.user.user_id))
            for student in report.students[:_PICKER_SIZE]
        )
        if not options:
            return Message(text("Nobody has answered anything in this chat yet."))
        return Choices(text(prompt), options)

    async def _replies(self, report: ClassReport) -> list[Reply]:
        replies: list[Reply] = [Message(report_text(report))]
        png = await asyncio.to_thread(heatmap_png, report)  # matplotlib: off the event loop
        if png is not None:
            caption = text(f"Accuracy by student and topic — {report.deck_title}")
            replies.append(Image(png, heatmap_alt(report), caption=caption))
        return replies

    async def _dashboard_link(self, event: Command) -> list[Reply]:
        if self.dashboard is None:
            return [
                Message(
                    text(
                        "The class dashboard is switched off for this bot. Whoever runs the bot "
                        "turns it on by setting DASHBOARD_URL and DASHBOARD_SECRET."
                    )
                )
            ]
        chat = ChatRef(event.chat.platform, event.chat.id)
        now = self._clock.now()
        action = event.args.strip().casefold()
        settings = await self._store.get_chat_settings(chat)
        if action == "revoke":
            await self._store.update_chat_settings(chat, revoked_setting(settings))
            return [
                Message(
                    text(
                        "Done: every dashboard link sent for this chat so far has stopped working."
                    )
                )
            ]
        if action not in {"", "edit"}:
            return [Message(text("Try /dashboard, /dashboard edit or /dashboard revoke."))]
        scope = Scope.EDIT if action == "edit" else Scope.READ
        token = self.dashboard.signer.issue(
            chat, now, scope=scope, generation=link_generation(settings)
        )
        hours = round(LINK_TTL.total_seconds() / 3600)
        can = "read the report and retire questions" if scope is Scope.EDIT else "read the report"
        body = text(
            line(bold("Your class dashboard")),
            line(self.dashboard.link(token)),
            line(
                f"For this chat only; it works for {plural(hours, 'hour')}. Anyone holding it can {can}, "
                "so keep it to yourself."
            ),
            line(italic("/dashboard revoke stops every link sent so far.")),
        )
        return [Private(body)]


def _find_student(report: ClassReport, wanted: str) -> UserRef | None:
    """The student a teacher named: exact name first, then the closest name above a high bar."""
    folded = wanted.casefold()
    for student in report.students:
        if student.name.casefold() == folded or student.user.user_id == wanted:
            return student.user
    starting = [s for s in report.students if s.name.casefold().startswith(folded)]
    if len(starting) == 1:
        return starting[0].user
    names = [student.name for student in report.students]
    # Plain ratio, not WRatio: partial scorers call "a" a close match for any name containing it.
    best = process.extractOne(
        wanted, names, scorer=fuzz.ratio, processor=str.casefold, score_cutoff=_NAME_CUTOFF
    )
    if best is None:
        return None
    return report.students[best[2]].user
