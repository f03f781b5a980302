"""Outbound replies: what the core asks an adapter to show.

Every rich reply has a `fallback` Text, so an adapter that cannot render it (the console, a platform limit)
still shows something a user can act on.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.markup import Text, line, text

MAX_TOKEN_BYTES = 64  # Telegram callback_data limit; Discord's custom_id allows 100.


@dataclass(frozen=True, slots=True)
class Option:
    """A choice a user can press: a label and the opaque token sent back in a `Choice` event."""

    label: str
    token: str

    def __post_init__(self) -> None:
        if not 0 < len(self.token.encode("utf-8")) <= MAX_TOKEN_BYTES:
            raise ValueError(f"choice token must be 1–{MAX_TOKEN_BYTES} bytes: {self.token!r}")


@dataclass(frozen=True, slots=True)
class Message:
    """Formatted text. `awaits_answer` marks a question to be answered by typing: adapters that cannot
    read typed chat (Discord without the message-content intent) offer a way to type it, e.g. a modal."""

    body: Text
    awaits_answer: bool = False

    @property
    def fallback(self) -> Text:
        return self.body


@dataclass(frozen=True, slots=True)
class Choices:
    """Text with buttons under it."""

    body: Text
    options: tuple[Option, ...]

    @property
    def fallback(self) -> Text:
        listed = tuple(
            line(f"{index}. {option.label}") for index, option in enumerate(self.options, 1)
        )
        return self.body + Text(listed)


@dataclass(frozen=True, slots=True)
class Quiz:
    """A multiple-choice question an adapter may show as a native quiz poll or as buttons.

    `options[i].token` is what a press of option i sends back; `correct` lists the right indices; the
    explanation is revealed after answering. `question_id` lets adapters map native polls back.
    """

    question_id: str
    prompt: str
    options: tuple[Option, ...]
    correct: tuple[int, ...]
    explanation: str
    header: str = ""
    open_seconds: int | None = (
        None  # answers close after this long (a battle round); None: no limit
    )

    @property
    def fallback(self) -> Text:
        lines = [line(self.header)] if self.header else []
        lines.append(line(self.prompt))
        lines.extend(
            line(f"{index}. {option.label}") for index, option in enumerate(self.options, 1)
        )
        return text(*lines)


@dataclass(frozen=True, slots=True)
class Notice:
    """Feedback for the one user who acted: ephemeral on Discord, a toast on Telegram.

    `acknowledges` marks a plain receipt ("Locked in") that an adapter with no private channel may show
    as a lighter sign (a reaction on the user's message) instead of text; refusals and hints keep it False.
    """

    body: str
    acknowledges: bool = False

    @property
    def fallback(self) -> Text:
        return text(self.body)


@dataclass(frozen=True, slots=True)
class Image:
    """A PNG with alt text (the alt text is the fallback)."""

    png: bytes
    alt: str
    caption: Text | None = None

    @property
    def fallback(self) -> Text:
        return self.caption if self.caption is not None else text(self.alt)


@dataclass(frozen=True, slots=True)
class Private:
    """For the acting user's eyes only (a dashboard link): ephemeral on Discord, a direct message on
    Telegram, never posted where others read. `undeliverable` is what the chat is told when the adapter
    cannot reach the user privately (a Telegram user who never started a chat with the bot)."""

    body: Text
    undeliverable: str = (
        "I couldn't message you privately: open a chat with me, press Start, try again."
    )

    @property
    def fallback(self) -> Text:
        return self.body


Reply = Message | Choices | Quiz | Notice | Image | Private
