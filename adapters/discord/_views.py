"""Buttons and the answer modal, persistent across restarts.

Every button is a `DynamicItem`: its custom_id carries all it needs (the core's opaque token, at most 64
bytes, behind a 3-character prefix, so within Discord's 100), and the client re-creates the item from the
custom_id of whatever message was clicked. Nothing is kept per message, so buttons sent before a restart
keep working after it, and a busy channel costs no memory.
"""

from __future__ import annotations

import io
import re
from typing import Any, Protocol

import discord
from discord.ui import DynamicItem

from adapters.discord._render import IMAGE_FILENAME, Outgoing

CHOICE_PREFIX = "sb:"
ANSWER_BUTTON_ID = "sb-answer"
ANSWER_LABEL = "Answer"
MODAL_TITLE = "Your answer"
MAX_ANSWER = 4000
MODAL_TIMEOUT = 15 * 60.0  # seconds a user may keep the modal open (Discord's token lives 15 min)

_CHOICE_TEMPLATE = re.compile(re.escape(CHOICE_PREFIX) + r"(?P<token>[\s\S]{1,97})")
_ANSWER_TEMPLATE = re.compile(re.escape(ANSWER_BUTTON_ID))

AnyInteraction = discord.Interaction[Any]
ButtonItem = discord.ui.Button[discord.ui.View]


class Sink(Protocol):
    """Where presses and typed answers go: the adapter, which turns them into core events."""

    async def on_choice(self, interaction: AnyInteraction, token: str) -> None: ...

    async def on_answer(self, interaction: AnyInteraction, answer: str) -> None: ...


class AnswerModal(discord.ui.Modal, title=MODAL_TITLE):
    """One text box; its submission becomes an `Answer` event for the user in that channel."""

    def __init__(self, sink: Sink) -> None:
        super().__init__(timeout=MODAL_TIMEOUT)  # a fresh custom_id each: users never share one
        self.sink = sink
        self.answer: discord.ui.TextInput[AnswerModal] = discord.ui.TextInput(
            max_length=MAX_ANSWER, placeholder="Type your answer"
        )
        self.add_item(discord.ui.Label(text="Answer", component=self.answer))

    async def on_submit(self, interaction: AnyInteraction, /) -> None:
        await self.sink.on_answer(interaction, self.answer.value)


class Components:
    """The button classes bound to one adapter, and the views that carry them."""

    def __init__(self, sink: Sink) -> None:
        self.sink = sink

        class ChoiceButton(DynamicItem[ButtonItem], template=_CHOICE_TEMPLATE):
            def __init__(self, token: str, label: str = "…") -> None:
                super().__init__(discord.ui.Button(label=label, custom_id=CHOICE_PREFIX + token))
                self.token = token

            @classmethod
            async def from_custom_id(
                cls,
                interaction: AnyInteraction,
                item: discord.ui.Item[Any],
                match: re.Match[str],
                /,
            ) -> ChoiceButton:
                label = item.label if isinstance(item, discord.ui.Button) else None
                return cls(match["token"], label or "…")

            async def callback(self, interaction: AnyInteraction) -> None:
                await sink.on_choice(interaction, self.token)

        class AnswerButton(DynamicItem[ButtonItem], template=_ANSWER_TEMPLATE):
            def __init__(self) -> None:
                super().__init__(
                    discord.ui.Button(
                        label=ANSWER_LABEL,
                        style=discord.ButtonStyle.primary,
                        custom_id=ANSWER_BUTTON_ID,
                    )
                )

            @classmethod
            async def from_custom_id(
                cls,
                interaction: AnyInteraction,
                item: discord.ui.Item[Any],
                match: re.Match[str],
                /,
            ) -> AnswerButton:
                return cls()

            async def callback(self, interaction: AnyInteraction) -> None:
                await interaction.response.send_modal(AnswerModal(sink))

        self.choice_button = ChoiceButton
        self.answer_button = AnswerButton

    def register(self, client: discord.Client) -> None:
        """Let the client recognise these buttons on any message, including ones sent before."""
        client.add_dynamic_items(self.choice_button, self.answer_button)

    def view(self, message: Outgoing) -> discord.ui.View | None:
        """The buttons of one outgoing message, or None when it has none."""
        if not message.options and not message.answer_button:
            return None
        view = discord.ui.View(timeout=None)
        for option in message.options:
            view.add_item(self.choice_button(option.token, option.label))
        if message.answer_button:
            view.add_item(self.answer_button())
        return view

    def send_kwargs(self, message: Outgoing) -> dict[str, Any]:
        """Keyword arguments for discord.py's send calls; mentions are off on every message."""
        kwargs: dict[str, Any] = {"allowed_mentions": discord.AllowedMentions.none()}
        if message.content:
            kwargs["content"] = message.content
        if message.embeds:
            kwargs["embeds"] = list(message.embeds)
        view = self.view(message)
        if view is not None:
            kwargs["view"] = view
        if message.image is not None:
            kwargs["file"] = discord.File(
                io.BytesIO(message.image.png),
                filename=IMAGE_FILENAME,
                description=message.image.alt or None,
            )
        return kwargs
