"""Answering an interaction: within Discord's 3 seconds, split into messages, private where it should be.

The core's replies usually arrive in milliseconds; they then go out as the interaction's own response.
If the core has not answered within `direct_window` (1.5 s by default, half Discord's limit), the
interaction is deferred first — "thinking…" for a slash command, a silent acknowledgement for a button
or a modal — and the replies follow up once ready.

Who sees what: a Notice is for the one user who acted, so it is ephemeral. Everything that answers a
button press or a typed answer in a server channel is ephemeral too — a quiz verdict is the presser's
business, and the channel is not flooded with one student's quiz; what everyone should see (battle
rounds, pushes) the core posts through the Messenger.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import discord

from adapters._retry import POLICY, RetryPolicy
from adapters.discord._render import Outgoing, render
from adapters.discord._retries import send_retrying
from adapters.discord._translate import Refused
from adapters.discord._views import Components
from bot.events import Event
from bot.markup import text
from bot.replies import Message, Notice, Reply

log = logging.getLogger(__name__)

AnyInteraction = discord.Interaction[Any]
DIRECT_WINDOW = 1.5
APOLOGY = "Sorry — something went wrong on my side. Please try again in a moment."
NOTHING_WAITING = "Nothing here is waiting for an answer right now."
NOTHING_TO_SHOW = "Done — nothing to show."


class EventHandler(Protocol):
    """What the adapter needs of the core: `bot.engine.Engine` has this shape."""

    async def handle(self, event: Event) -> list[Reply]: ...


class Replier:
    def __init__(
        self,
        handler: EventHandler,
        components: Components,
        *,
        direct_window: float = DIRECT_WINDOW,
        retry: RetryPolicy = POLICY,
    ) -> None:
        self.handler = handler
        self.components = components
        self.direct_window = direct_window
        self.retry = retry

    async def reply(
        self,
        interaction: AnyInteraction,
        make_event: Callable[[], Awaitable[Event]],
        *,
        private: bool = False,
    ) -> None:
        """Build the event, ask the core, and deliver its replies to the interaction.

        `private` makes every reply ephemeral (a press or a typed answer in a server channel).
        """
        await self.answer(interaction, lambda: self._replies(make_event), private=private)

    async def answer(
        self,
        interaction: AnyInteraction,
        produce: Callable[[], Awaitable[list[Reply]]],
        *,
        private: bool = False,
    ) -> None:
        """Deliver what `produce` (a call into the core) returns, deferring first if it is slow.

        The deferral is a timer that is cancelled when the core answers in time, as it nearly
        always does: `asyncio.wait` on a task of `produce` cost about 40 µs of CPU per
        interaction (a task, a waiter, callbacks and a timeout handle) against 9 µs so."""
        deferring: asyncio.Task[bool] | None = None

        def defer() -> None:
            nonlocal deferring
            deferring = asyncio.ensure_future(self._defer(interaction, private=private))

        timer = asyncio.get_running_loop().call_later(self.direct_window, defer)
        try:
            replies = await produce()
        finally:
            timer.cancel()
        deferred = False if deferring is None else await deferring
        try:
            messages = self._messages(replies, private=private)
            await self._deliver(interaction, messages, deferred=deferred, private=private)
        except Exception:
            log.exception("could not answer interaction %s", interaction.id)
            await self.apologise(interaction)

    async def apologise(self, interaction: AnyInteraction) -> None:
        """Best effort, when answering failed: say so to the one user, privately."""
        kwargs = self.components.send_kwargs(Outgoing(content=APOLOGY, ephemeral=True))
        with contextlib.suppress(discord.HTTPException):
            if interaction.response.is_done():
                await interaction.followup.send(ephemeral=True, **kwargs)
            else:
                await interaction.response.send_message(ephemeral=True, **kwargs)

    async def _replies(self, make_event: Callable[[], Awaitable[Event]]) -> list[Reply]:
        try:
            event = await make_event()
        except Refused as refusal:
            return [Notice(str(refusal))]
        except Exception:
            log.exception("could not read an interaction")
            return [Notice(APOLOGY)]
        try:
            return await self.handler.handle(event)
        except Exception:  # the engine never raises; anything else standing in for it might
            log.exception("the core failed on %s", type(event).__name__)
            return [Message(text(APOLOGY))]

    def _messages(self, replies: Sequence[Reply], *, private: bool) -> list[Outgoing]:
        messages = [message for reply in replies for message in render(reply)]
        if private:
            messages = [dataclasses.replace(message, ephemeral=True) for message in messages]
        return messages

    async def _defer(self, interaction: AnyInteraction, *, private: bool) -> bool:
        try:
            if interaction.type is discord.InteractionType.application_command:
                await interaction.response.defer(thinking=True, ephemeral=private)
            else:
                await interaction.response.defer()
        except discord.HTTPException:
            log.warning("could not defer interaction %s", interaction.id, exc_info=True)
            return False
        return True

    async def _deliver(
        self,
        interaction: AnyInteraction,
        messages: list[Outgoing],
        *,
        deferred: bool,
        private: bool,
    ) -> None:
        thinking = deferred and interaction.type is discord.InteractionType.application_command
        if not messages:
            await self._acknowledge_silence(interaction, thinking=thinking)
            return
        if thinking and messages[0].ephemeral and not private:
            # the public "thinking…" message would turn into the first follow-up, public too:
            # remove it so the private reply follows on its own
            await interaction.delete_original_response()
        for message in messages:
            try:
                await self._send(interaction, message)
            except discord.HTTPException:
                if message.image is None:
                    raise
                # A server where the bot may not attach files: say what the picture shows instead.
                log.warning("could not attach an image to interaction %s", interaction.id)
                words = f"(A picture could not be sent here. It shows:) {message.image.alt}"
                (instead,) = render(Message(text(words)))[:1]
                await self._send(
                    interaction, dataclasses.replace(instead, ephemeral=message.ephemeral)
                )

    async def _send(self, interaction: AnyInteraction, message: Outgoing) -> None:
        """One message, under the shared retry policy: in a rate-limit storm (a busy battle)
        discord.py's five tries can all land inside the window, and a player would get an apology
        for a click the bot had counted. A 5xx is sent again only as the interaction's first
        response (Discord takes one and refuses a second); a follow-up has no nonce, so one that
        may have been posted is not sent twice."""
        first = not interaction.response.is_done()
        await send_retrying(
            lambda: self._send_once(interaction, message),
            what=f"answering interaction {interaction.id}",
            resend_safe=first,
            policy=self.retry,
        )

    async def _send_once(self, interaction: AnyInteraction, message: Outgoing) -> None:
        kwargs = self.components.send_kwargs(message)
        if interaction.response.is_done():
            await interaction.followup.send(ephemeral=message.ephemeral, **kwargs)
        else:
            await interaction.response.send_message(ephemeral=message.ephemeral, **kwargs)

    async def _acknowledge_silence(self, interaction: AnyInteraction, *, thinking: bool) -> None:
        """The core had nothing to say (chatter it ignores); the interaction still needs closing."""
        if thinking:
            await interaction.delete_original_response()
            return
        if interaction.type is discord.InteractionType.component:
            if not interaction.response.is_done():
                await interaction.response.defer()  # acknowledged, nothing shown
            return
        note = NOTHING_WAITING
        if interaction.type is discord.InteractionType.application_command:
            note = NOTHING_TO_SHOW
        kwargs = self.components.send_kwargs(Outgoing(content=note, ephemeral=True))
        if interaction.response.is_done():
            await interaction.followup.send(ephemeral=True, **kwargs)
        else:
            await interaction.response.send_message(ephemeral=True, **kwargs)
