"""/deck: see which deck a chat studies; admins upload their own (validated) or go back to the default."""

from __future__ import annotations

import asyncio
from pathlib import PurePath

from bot.deck_builds import BIG_DECK_BYTES, unpack
from bot.decks import DeckLibrary, DeckRuntime
from bot.events import Command, Upload
from bot.markup import Line, bold, italic, item, line, text
from bot.ports import Clock
from bot.question_pool import PoolFailed
from bot.replies import Message, Notice, Reply
from bot.store import Store
from bot.upload_quota import UploadQuota
from bot.wording import count
from bot.workers import Limits, PoolBusy, WorkerDied, WorkerPool
from knowledge.model import Deck
from knowledge.upload_limits import MAX_UPLOAD_BYTES, limits_wording
from knowledge.uploads import (
    UploadedDeck,
    UploadRefused,
    read_packed,
    read_upload,
)

UPLOAD_LIMITS = Limits(cpu_seconds=20, memory_bytes=1024 * 1024 * 1024)
"""What reading one uploaded file may cost in its worker process: a real 2 MiB deck needs about a
second and 150 MB; anything past these is a hostile or broken file."""
UPLOAD_MODULES = ("knowledge.uploads",)
"""What the upload workers import up front (see `WorkerPool(preload=…)`)."""

_SHOWN_PROBLEMS = 10
_FILE_KINDS = (
    "YAML deck, notes (Markdown, plain text, org-mode, LaTeX, web page, Word .docx, EPUB e-book), "
    "PowerPoint .pptx or LibreOffice .odp slides, PDF handout, TSV/CSV/Excel .xlsx term list, "
    "Anki .apkg, Moodle GIFT quiz, chat export, captions .srt/.vtt"
)
_LIMIT = limits_wording()
_HOW_TO_SEND = {
    "telegram": f"Send the file ({_FILE_KINDS}) with /deck upload as its caption ({_LIMIT}).",
    "discord": f"Send the file ({_FILE_KINDS}) in /deck upload's file option ({_LIMIT}).",
}
_HOW_TO_GIVE_A_PATH = f"Give its path: /deck upload PATH ({_FILE_KINDS}; {_LIMIT})."


def _how_to_upload(platform: str) -> str:
    """How a file reaches the bot where this chat is: a caption on Telegram, a command option on
    Discord, a path where files are named (the console)."""
    return _HOW_TO_SEND.get(platform, _HOW_TO_GIVE_A_PATH)


class DeckAdmin:
    def __init__(
        self, library: DeckLibrary, clock: Clock, store: Store | None, workers: WorkerPool
    ) -> None:
        self.library = library
        self.clock = clock
        self.store = store
        self.workers = workers
        self.quota = UploadQuota(store) if store is not None else None

    async def command(self, event: Command) -> list[Reply]:
        action = event.args.split(maxsplit=1)[0].casefold() if event.args.strip() else "show"
        if action == "show":
            return await self._show(event)
        if action not in {"upload", "reset"}:
            return [Message(text("Use /deck (see the deck), /deck upload or /deck reset."))]
        if not event.user.is_admin:
            return [Notice(f"Only admins can use /deck {action}.")]
        if action == "upload":
            return [Message(text(_how_to_upload(event.chat.platform)))]
        await self.library.reset(event.chat)
        deck = self.library.default.deck
        return [Message(text(line("This chat is back on ", bold(deck.title), ".")))]

    async def upload(self, event: Upload) -> list[Reply]:
        words = event.command.split()
        if not words or words[0].casefold().lstrip("/") != "deck":
            return [Message(text("Send files with /deck upload as the caption."))]
        if not event.user.is_admin:
            return [Notice("Only admins can change this chat's deck.")]
        if self.store is None or self.quota is None:
            return [Message(text("Uploading needs a database to keep the deck; none is set up."))]
        # A bigger file is refused unread, and an office file's or PDF's size past it is pictures,
        # which are never decoded: the quota counts what may be read.
        size = min(len(event.content), MAX_UPLOAD_BYTES)
        wait = await self.quota.refusal(event.user, event.chat, size, self.clock.now())
        if wait is not None:
            return [Message(text(wait))]
        if size >= BIG_DECK_BYTES:  # it will likely be built in the build workers: start them
            self.library.warm()
        read = await self._read(event)
        if read is None:
            return [
                Message(text("Many decks are being read right now; send yours again in a minute."))
            ]
        result, packed = read
        if isinstance(result, UploadRefused):
            lines: list[Line] = [
                line(bold("That deck was not loaded"), " — nothing changed. Problems:")
            ]
            lines.extend(item(problem) for problem in result.problems[:_SHOWN_PROBLEMS])
            hidden = len(result.problems) - _SHOWN_PROBLEMS
            if hidden > 0:
                lines.append(line(italic(f"…and {hidden} more.")))
            return [Message(text(*lines))]
        deck = result.deck
        runtime = await self.library.install(
            event.chat, event.user, deck, result.yaml_text, self.clock.now(), packed=packed
        )
        source = f" (imported from {result.imported_from})" if result.imported_from else ""
        lines = [line("This chat now studies ", bold(deck.title), source, ".")]
        if result.report:  # the import report: what was detected, made and skipped, and why
            report = (*result.report, await _questions_made(runtime))
            lines.extend(line(italic(entry)) for entry in report)
        else:
            lines.append(line(f"{_size(deck)}."))
        lines.append(line("Try /topics, /explain or /quiz."))
        return [Message(text(*lines))]

    async def _read(
        self, event: Upload
    ) -> tuple[UploadedDeck | UploadRefused, bytes | None] | None:
        """The upload parsed and validated in a worker process (a hostile file costs that process,
        never the event loop), with its pickled form (the build workers take the deck from it
        rather than parse it again); None when the workers are all taken. The result is
        unpickled in a thread a piece at a time, so a big deck never holds the loop."""
        try:
            packed = await self.workers.run(read_packed, read_upload, event.filename, event.content)
        except WorkerDied:
            name = PurePath(event.filename or "deck").name
            refused = UploadRefused(
                (f"{name}: this file is too large or too complex to read as a deck.",)
            )
            return refused, None
        except PoolBusy:
            return None
        result = await asyncio.to_thread(unpack, packed)
        assert isinstance(result, UploadedDeck | UploadRefused)
        return result, packed

    async def _show(self, event: Command) -> list[Reply]:
        deck = (await self.library.for_chat(event.chat)).deck
        lines = [
            line(
                "This chat studies ",
                bold(deck.title),
                f": {_size(deck)}.",
            ),
        ]
        if event.user.is_admin:
            how = _how_to_upload(event.chat.platform)
            lines.append(line(italic(how + " /deck reset goes back to the default.")))
        return [Message(text(*lines))]


async def _questions_made(runtime: DeckRuntime) -> str:
    """How many quiz questions the deck makes, counted from its runtime's question pool (built
    once, in the build workers for a big deck: the same pool every /quiz then draws from). A big
    deck's pool is built in parts: the reply comes once /quiz can draw from the first, and says
    how many are ready so far."""
    try:
        generator = await runtime.pool.drawable()
    except PoolFailed:  # logged with the deck's id where it failed
        return "Its quiz questions could not be prepared yet; /quiz will try again."
    made = generator.count()
    if runtime.pool.ready:
        return f"{count(made, 'quiz question')} can be made from it."
    return f"{count(made, 'quiz question')} ready now; more are being prepared."


def _size(deck: Deck) -> str:
    """ "7 topics, 2 subtopics, 5 key terms": counted as /topics counts them."""
    topics = count(len(deck.topics), "topic")
    if not deck.is_flat:
        roots = len(deck.roots())
        topics = f"{count(roots, 'topic')}, {count(len(deck.topics) - roots, 'subtopic')}"
    return f"{topics}, {count(len(deck.terms), 'key term')}"
