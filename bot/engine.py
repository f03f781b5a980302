"""The engine: `await engine.handle(event) -> replies`, the one entry point every adapter calls.

It routes commands by name (from the command list in `bot.commands`), button presses by token action, and
typed text to whatever is open in the chat, on the deck that chat studies. A handler that fails yields an
apology, never a stack trace in chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from fsrs import Scheduler
from rapidfuzz import process
from rapidfuzz.distance import OSA

from bot import explain
from bot.clean import clean_event
from bot.commands import COMMANDS, COMMANDS_BY_NAME, CommandSpec
from bot.deck_admin import UPLOAD_LIMITS, UPLOAD_MODULES, DeckAdmin
from bot.deck_builds import RuntimeParts, build_parts, prepare_build_worker
from bot.decks import DeckLibrary, DeckRuntime, build_runtime
from bot.events import Answer, Choice, Command, Event, Upload
from bot.examples import examples_for
from bot.feature import ChoiceHandler, CommandHandler, Feature
from bot.lookups import Lookups
from bot.markup import Line, Text, bold, italic, item, line, text
from bot.ports import Clock, SystemClock
from bot.progress import progress_replies
from bot.question_pool import PoolFailed
from bot.quiz import ANSWER_ACTION, KEEP_ACTION, REPLACE_ACTION, START_ACTION, QuizService
from bot.replies import Message, Notice, Reply
from bot.store import Store, StoreError, UserRef
from bot.tokens import matches, split_token
from bot.workers import PoolClosed, WorkerPool
from knowledge.model import Deck
from knowledge.search import DeckIndex

log = logging.getLogger(__name__)

# Deck builds queued for the build worker before new ones are refused (each deck builds once).
BUILDS_WAITING = 64
BUILD_PROCESSES = 2
"""Build workers: a big upload's index and its first questions are built at once, one in each."""
_SORRY = "Sorry — something went wrong on my side. Please try again in a moment."
_NO_QUESTIONS = (
    "I couldn't prepare this deck's quiz questions just now. Please try again in a minute; "
    "/explain and /topics still work."
)
_STORE_DOWN = (
    "I can't reach my database right now, so nothing was saved. Please try again in a minute."
)

Handler = TypeVar("Handler")
QuizAction = Callable[[QuizService], Callable[[Command], Awaitable[list[Reply]]]]
QuizChoice = Callable[[QuizService], ChoiceHandler]


@dataclass(slots=True)
class Services:
    """The default deck and its index, and the ports (adapters read the deck for menus and autocomplete)."""

    deck: Deck
    index: DeckIndex
    clock: Clock
    store: Store | None


class Engine:
    def __init__(
        self,
        deck: Deck,
        *,
        index: DeckIndex | None = None,
        clock: Clock | None = None,
        store: Store | None = None,
        scheduler: Scheduler | None = None,
        features: Sequence[Feature] = (),
        workers: WorkerPool | None = None,
        builds: WorkerPool | None = None,
    ) -> None:
        """`workers` read uploaded files (the composition root passes the app's pool; without one the
        engine makes its own, started on the first upload). `builds` index big decks and build their
        question pools: trusted work, so without the upload limits (a 10,000-topic deck takes more
        CPU than a file may)."""
        used_clock = clock or SystemClock()
        self.builds = builds or WorkerPool(
            processes=BUILD_PROCESSES, max_waiting=BUILDS_WAITING, startup=prepare_build_worker
        )

        def build(parts: RuntimeParts) -> DeckRuntime:
            return build_runtime(
                parts, now=used_clock.now, store=store, scheduler=scheduler, workers=self.builds
            )

        default = build(build_parts(deck, index))
        self.library = DeckLibrary(default, build, store, workers=self.builds)
        self.services = Services(deck, default.index, used_clock, store)
        self.workers = workers or WorkerPool(limits=UPLOAD_LIMITS, preload=UPLOAD_MODULES)
        self.lookups = Lookups(self.library)  # inline results and "Explain from notes"
        self.deck_admin = DeckAdmin(self.library, used_clock, store, self.workers)
        self._commands: dict[str, CommandHandler] = {
            "explain": self._explain,
            "ask": self._ask,
            "topics": self._topics,
            "help": self._help,
            "start": self._help,
            "quiz": self._on_quiz(lambda quiz: quiz.start_quiz),
            "review": self._on_quiz(lambda quiz: quiz.start_review),
            "hint": self._on_quiz(lambda quiz: quiz.hint),
            "skip": self._on_quiz(lambda quiz: quiz.skip),
            "stop": self._on_quiz(lambda quiz: quiz.stop),
            "a": self._typed_answer,
            "progress": self._progress,
            "deck": self.deck_admin.command,
        }
        self._choices: dict[str, ChoiceHandler] = {
            explain.EXPLAIN_ACTION: self._explain_choice,
            ANSWER_ACTION: self._on_quiz_choice(lambda quiz: quiz.on_choice),
            START_ACTION: self._on_quiz_choice(lambda quiz: quiz.start_chosen),
            REPLACE_ACTION: self._on_quiz_choice(lambda quiz: quiz.replace_chosen),
            KEEP_ACTION: self._on_quiz_choice(lambda quiz: quiz.keep_going),
        }
        self.features = tuple(features)
        for feature in self.features:
            _claim(self._commands, feature.commands(), "command")
            _claim(self._choices, feature.choices(), "choice action")
        self._starting: asyncio.Task[None] | None = None

    def start_workers(self, *, after: float = 0.0) -> asyncio.Task[None]:
        """Start the worker processes in the background, `after` seconds from now: the upload
        worker, then the build workers (each loading what builds need, `prepare_build_worker`:
        about 1.5 CPU-s and 190 MB apiece). A bot process calls it once it is up
        (`adapters._runtime.open_bot_app`), so a big upload finds them ready rather than paying
        their start on the cores reading it; an engine nobody asks this of (one-shot commands,
        the console, tests) starts them on the first upload, as before. The task is done once
        they are up; a failure to start them is logged, and the uploads start them again."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._start_workers(after))
        return self._starting

    async def _start_workers(self, after: float) -> None:
        await asyncio.sleep(after)
        # One after the other: the upload worker's start starts the fork server the build
        # workers are forked from too.
        for pool in (self.workers, self.builds):
            try:
                await pool.warm()
            except PoolClosed:  # the bot is stopping
                return
            except Exception:
                log.warning("starting the worker processes failed", exc_info=True)

    async def close(self) -> None:
        """Stop the worker processes (their own `close`: running calls get a grace period), a
        start still in progress first."""
        if self._starting is not None:
            self._starting.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._starting
        await self.workers.close()
        await self.builds.close()

    @property
    def quiz(self) -> QuizService:
        """The default deck's quiz service."""
        return self.library.default.quiz

    @property
    def commands(self) -> tuple[CommandSpec, ...]:
        return COMMANDS

    async def tick(self) -> None:
        """Let every feature run what is due; adapters call this about once a second.

        Returns when the due work it started is done. The adapters' timer loop does not wait for
        that before the next call (a send retried in a 429 storm can take 90 s), so calls overlap:
        each feature guards its per-chat work so that overlapping ticks never run the same piece
        twice, and a later tick skips what an earlier one is still doing (docs/reliability.md,
        "One chat's storm holds up that chat alone"). Only decks with quizzes open are visited: a
        thousand idle uploaded decks cost nothing here.
        """
        for runtime in self.library.live():
            runtime.quiz.prune()
        for feature in self.features:
            try:
                await feature.tick()
            except Exception:
                log.exception("timer work failed in %s", type(feature).__name__)

    async def handle(self, event: Event) -> list[Reply]:
        """Replies to one event. Never raises for bad input or a failing handler."""
        try:
            event = clean_event(event)
            if isinstance(event, Command):
                return await self._command(event)
            if isinstance(event, Choice):
                return await self._choice(event)
            if isinstance(event, Answer):
                return await self._answer(event)
            if isinstance(event, Upload):
                return await self.deck_admin.upload(event)
        except StoreError as error:  # an outage: the store wrote all of a step or none of it
            log.warning("the store failed for %s: %s", type(event).__name__, error)
            return [Message(text(_STORE_DOWN))]
        except PoolFailed:  # the deck's question build failed (logged with the deck's id there)
            return [Message(text(_NO_QUESTIONS))]
        except Exception:
            log.exception("handler failed for %s", type(event).__name__)
            return [Message(text(_SORRY))]
        return []

    async def _command(self, event: Command) -> list[Reply]:
        name = event.name.casefold().lstrip("/").split("@", 1)[0]
        handler = self._commands.get(name)
        if handler is None:
            return [Message(self._unknown(name))]
        spec = COMMANDS_BY_NAME.get(name)
        if spec is not None and spec.admin_only and not event.user.is_admin:
            return [Notice(f"Only admins can use /{name}.")]
        return await handler(event)

    def _unknown(self, name: str) -> Text:
        shown = explain.echo(name)
        names = [spec.name for spec in COMMANDS]
        close = process.extractOne(name, names, scorer=OSA.distance, score_cutoff=2)
        if close is not None:
            return text(f"There is no /{shown} command. Did you mean /{close[0]}? Try /help.")
        return text(f"There is no /{shown} command. Try /help to see what I can do.")

    async def _choice(self, event: Choice) -> list[Reply]:
        action, parts = split_token(event.token)
        handler = self._choices.get(action)
        if handler is None:
            return [Notice("That button has expired.")]
        return await handler(event, parts)

    def _on_quiz(self, pick: QuizAction) -> CommandHandler:
        async def handler(event: Command) -> list[Reply]:
            runtime = await self.library.for_chat(event.chat)
            return await pick(runtime.quiz)(event)

        return handler

    def _on_quiz_choice(self, pick: QuizChoice) -> ChoiceHandler:
        async def handler(event: Choice, parts: list[str]) -> list[Reply]:
            runtime = await self.library.for_chat(event.chat)
            return await pick(runtime.quiz)(event, parts)

        return handler

    async def _route_text(self, event: Answer) -> list[Reply] | None:
        """Typed text goes to the first feature with something open for it, then to a solo quiz.

        Features first: a battle's typed round is shared and timed, while a solo quiz can wait; and a solo
        quiz on a multiple-choice question would otherwise swallow the text with "pick an option".
        """
        for feature in self.features:
            handled = await feature.on_text(event)
            if handled is not None:
                return handled
        runtime = await self.library.for_chat(event.chat)
        return await runtime.quiz.on_text(event)

    async def _answer(self, event: Answer) -> list[Reply]:
        handled = await self._route_text(event)
        if handled is not None:
            return handled
        if event.chat.is_group:
            return []  # chatter in a group is not for us
        return [
            Message(
                text("Send a command — /help lists them. To look something up: /explain <topic>.")
            )
        ]

    async def _typed_answer(self, event: Command) -> list[Reply]:
        """`/a <answer>`: how typed answers reach the bot in groups where it only sees commands."""
        handled = await self._route_text(Answer(event.user, event.chat, event.args))
        if handled is None:
            quiz = (await self.library.for_chat(event.chat)).quiz
            session = quiz.session_for(event.user, event.chat)
            if session is not None and session.current is not None and event.args.strip():
                return [Notice("That isn't one of the options — type its letter, number or text.")]
            return [Notice("No question is waiting for your answer. Start one with /quiz.")]
        return handled

    async def _progress(self, event: Command) -> list[Reply]:
        s = self.services
        if s.store is None:
            return [Message(text("Progress needs somewhere to keep it; no store is set up."))]
        runtime = await self.library.for_chat(event.chat)
        who = UserRef(event.user.platform, event.user.id)
        return await progress_replies(s.store, runtime.deck, who, event.user.name, s.clock.now())

    async def _explain(self, event: Command) -> list[Reply]:
        runtime = await self.library.for_chat(event.chat)
        return [explain.explain(runtime.deck, runtime.index, event.args)]

    async def _explain_choice(self, event: Choice, parts: list[str]) -> list[Reply]:
        deck = (await self.library.for_chat(event.chat)).deck
        if len(parts) == 2:
            kind, ident = parts
            if kind == "t":
                for topic in deck.topics:
                    if matches(ident, topic.id):
                        return [explain.topic_reply(deck, topic)]
            if kind == "k":
                for term in deck.terms:
                    if matches(ident, term.id):
                        return [Message(explain.term_notes(deck, term))]
        return [Notice("That topic is no longer in these notes.")]

    async def _ask(self, event: Command) -> list[Reply]:
        runtime = await self.library.for_chat(event.chat)
        return [explain.ask(runtime.deck, runtime.index, event.args)]

    async def _topics(self, event: Command) -> list[Reply]:
        runtime = await self.library.for_chat(event.chat)
        return [Message(explain.topics_list(runtime.deck))]

    async def _help(self, event: Command) -> list[Reply]:
        deck = (await self.library.for_chat(event.chat)).deck
        lines: list[Line] = [line(bold("studybot"), f" — revision help for {deck.title}")]
        for spec in COMMANDS:
            if spec.admin_only and not event.user.is_admin:
                continue
            lines.append(item(bold(spec.usage), " — ", spec.description))
        shown = examples_for(deck)
        tries = f"/explain {shown.topic} · /ask {shown.question} · /quiz {shown.topic} 5"
        lines.append(line(italic("Try: "), tries))
        return [Message(text(*lines))]


def _claim(routes: dict[str, Handler], offered: Mapping[str, Handler], what: str) -> None:
    """Add a feature's routes; two owners of one name would silently steal each other's events."""
    for name, handler in offered.items():
        if name in routes:
            raise ValueError(f"the {what} {name!r} is claimed twice")
        routes[name] = handler
