"""/deck: see which deck a chat studies; admins upload their own (validated) or go back to the default."""

from __future__ import annotations

from bot import offload
from bot.deck_builds import BIG_UPLOAD_BYTES, PreparedUpload, prepare_upload
from bot.decks import DeckLibrary
from bot.events import Command, Upload
from bot.markup import Line, bold, italic, item, line, text
from bot.ports import Clock
from bot.replies import Message, Notice, Reply
from bot.store import Store
from knowledge.uploads import MAX_UPLOAD_BYTES, UploadRefused

_SHOWN_PROBLEMS = 10
_HOW_TO_UPLOAD = (
    "Send the file (YAML deck, Markdown or plain-text notes, TSV/CSV term list) with /deck upload: "
    f"as the file's caption on Telegram, or in the command's file option on Discord (up to "
    f"{MAX_UPLOAD_BYTES // (1024 * 1024)} MiB)."
)


class DeckAdmin:
    def __init__(self, library: DeckLibrary, clock: Clock, store: Store | None) -> None:
        self.library = library
        self.clock = clock
        self.store = store

    async def command(self, event: Command) -> list[Reply]:
        action = event.args.split(maxsplit=1)[0].casefold() if event.args.strip() else "show"
        if action == "show":
            return await self._show(event)
        if action not in {"upload", "reset"}:
            return [Message(text("Use /deck (see the deck), /deck upload or /deck reset."))]
        if not event.user.is_admin:
            return [Notice(f"Only admins can use /deck {action}.")]
        if action == "upload":
            return [Message(text(_HOW_TO_UPLOAD))]
        await self.library.reset(event.chat)
        deck = self.library.default.deck
        return [Message(text(line("This chat is back on ", bold(deck.title), ".")))]

    async def upload(self, event: Upload) -> list[Reply]:
        words = event.command.split()
        if not words or words[0].casefold().lstrip("/") != "deck":
            return [Message(text("Send files with /deck upload as the caption."))]
        if not event.user.is_admin:
            return [Notice("Only admins can change this chat's deck.")]
        if self.store is None:
            return [Message(text("Uploading needs a database to keep the deck; none is set up."))]
        # Parsing, importing and indexing a file is CPU work: a big one in the worker process (a
        # thread would still starve the loop through the GIL), a small one in a thread.
        result = await self._prepare(event.filename, event.content)
        if isinstance(result, UploadRefused):
            lines: list[Line] = [
                line(bold("That deck was not loaded"), " — nothing changed. Problems:")
            ]
            lines.extend(item(problem) for problem in result.problems[:_SHOWN_PROBLEMS])
            hidden = len(result.problems) - _SHOWN_PROBLEMS
            if hidden > 0:
                lines.append(line(italic(f"…and {hidden} more.")))
            return [Message(text(*lines))]
        upload = result.upload
        deck = upload.deck
        await self.library.install(
            event.chat, event.user, deck, upload.yaml_text, self.clock.now(), parts=result.parts
        )
        source = f" (imported from {upload.imported_from})" if upload.imported_from else ""
        return [
            Message(
                text(
                    line("This chat now studies ", bold(deck.title), source, "."),
                    f"{len(deck.topics)} topics, {len(deck.terms)} key terms. "
                    "Try /topics, /explain or /quiz.",
                )
            )
        ]

    @staticmethod
    async def _prepare(filename: str, content: bytes) -> PreparedUpload | UploadRefused:
        if len(content) >= BIG_UPLOAD_BYTES:
            try:
                return await offload.run_in_worker(prepare_upload, filename, content)
            except offload.WorkerFailed:
                return UploadRefused(
                    (f"{filename}: this file is too large or too complex to load.",)
                )
        return await offload.run_nearby(prepare_upload, filename, content)

    async def _show(self, event: Command) -> list[Reply]:
        deck = (await self.library.for_chat(event.chat)).deck
        lines = [
            line(
                "This chat studies ",
                bold(deck.title),
                f": {len(deck.topics)} topics, {len(deck.terms)} key terms.",
            ),
        ]
        if event.user.is_admin:
            lines.append(line(italic(_HOW_TO_UPLOAD + " /deck reset goes back to the default.")))
        return [Message(text(*lines))]
