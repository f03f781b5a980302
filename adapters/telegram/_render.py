"""Core replies -> what to ask of the Bot API, as plain data.

Rendering is pure, so every platform limit (4096-character messages, 1024-character captions,
64-byte callback data, quiz poll sizes, 200-character toasts) is decided and tested here without a
network. The messenger turns these plans into calls. Every span of text is escaped with
`html.escape`: deck and user text is never parsed as markup.
"""

from __future__ import annotations

import dataclasses
import html
from dataclasses import dataclass

from bot.markup import Line, Style, Text, split_text, text
from bot.replies import Choices, Image, Message, Notice, Option, Quiz, Reply

MESSAGE_LIMIT = 4096
CAPTION_LIMIT = 1024
TOAST_LIMIT = 200
POLL_QUESTION_LIMIT = 300
POLL_OPTION_LIMIT = 100
POLL_MIN_OPTIONS, POLL_MAX_OPTIONS = 2, 12
POLL_EXPLANATION_LIMIT = 200
POLL_EXPLANATION_LINE_FEEDS = 2
POLL_MIN_OPEN_SECONDS, POLL_MAX_OPEN_SECONDS = 5, 600
KEYBOARD_MAX_BUTTONS = 100
BUTTON_LABEL_LIMIT = 40  # longer labels are listed in the text and the buttons are numbered
NUMBER_BUTTONS_PER_ROW = 6

_TAGS = {Style.BOLD: "b", Style.ITALIC: "i", Style.CODE: "code"}


@dataclass(frozen=True, slots=True)
class Button:
    label: str
    data: str


@dataclass(frozen=True, slots=True)
class SendText:
    """One sendMessage: HTML, its plain twin (sent if Telegram ever rejects the HTML), buttons.

    `awaits_answer`: a question answered by typing. In groups, where privacy mode shows the bot
    only replies to it, the messenger opens the reply box on it (ForceReply).
    """

    html: str
    plain: str
    keyboard: tuple[tuple[Button, ...], ...] = ()
    awaits_answer: bool = False


@dataclass(frozen=True, slots=True)
class SendPoll:
    """A native quiz poll; `tokens[i]` is the Choice token for option i (for the poll map).

    `fallback` is the same quiz on buttons, sent if Telegram refuses the poll (a group can forbid
    polls).
    """

    question_id: str
    question: str
    options: tuple[str, ...]
    correct: tuple[int, ...]
    explanation: str | None
    tokens: tuple[str, ...]
    fallback: tuple[SendText, ...]
    open_period: int | None = None  # Telegram closes the poll itself after this many seconds


@dataclass(frozen=True, slots=True)
class SendPhoto:
    png: bytes
    caption_html: str | None
    alt: str = ""  # what the picture shows, sent as text where pictures are not allowed


@dataclass(frozen=True, slots=True)
class Toast:
    """answerCallbackQuery text: shown only to the user who pressed the button."""

    text: str


Outgoing = SendText | SendPoll | SendPhoto | Toast


def escape(value: str) -> str:
    """Telegram HTML escaping: `<`, `>` and `&` become entities (quotes need none outside tags)."""
    return html.escape(value, quote=False)


def line_html(value: Line) -> str:
    parts: list[str] = []
    if value.bullet:
        parts.append("  " * value.indent + "• ")
    elif value.indent:
        parts.append("  " * value.indent)
    for span in value.spans:
        if not span.text:
            continue
        tag = _TAGS.get(span.style)
        body = escape(span.text)
        parts.append(f"<{tag}>{body}</{tag}>" if tag else body)
    return "".join(parts)


def to_html(value: Text) -> str:
    return "\n".join(line_html(each) for each in value.lines)


def utf16_length(value: str) -> int:
    """Telegram counts text in UTF-16 code units (an emoji outside the BMP counts twice)."""
    return len(value.encode("utf-16-le")) // 2


def html_measure(value: Line) -> int:
    """A line's rendered size, tags and entities included: never less than what Telegram counts."""
    return utf16_length(line_html(value))


def html_chunks(value: Text, limit: int = MESSAGE_LIMIT) -> list[Text]:
    """`value` split into chunks whose HTML stays within `limit` (UTF-16 units). A reply that fits
    whole (nearly every one) is measured once, as one string: the split measures each line and
    each span on its own, about sixty renders for an /explain reply, which had been a sizeable
    part of the Telegram adapter's CPU per reply. The split's sizes add up to exactly the whole's
    (tags, escapes, bullets and newlines alike), so both give the same chunks."""
    if value.plain.strip() and utf16_length(to_html(value)) <= limit:
        return [value]
    return split_text(value, limit, html_measure)


def render(reply: Reply, *, can_toast: bool) -> list[Outgoing]:
    """The Bot API calls that show `reply`. `can_toast`: a button press is being answered."""
    if isinstance(reply, Message):
        sends = _texts(reply.body)
        if reply.awaits_answer:  # the answer is a reply to the last chunk, the one with the prompt
            sends[-1] = dataclasses.replace(sends[-1], awaits_answer=True)
        return list(sends)
    if isinstance(reply, Choices):
        return list(_with_keyboard(reply.body, reply.options))
    if isinstance(reply, Quiz):
        poll = quiz_poll(reply)
        return [poll] if poll is not None else list(quiz_buttons(reply))
    if isinstance(reply, Notice):
        if can_toast and 0 < utf16_length(reply.body) <= TOAST_LIMIT:
            return [Toast(reply.body)]
        return list(_texts(reply.fallback))
    if isinstance(reply, Image):
        return _photo(reply)
    return list(_texts(reply.fallback))


def quiz_buttons(quiz: Quiz) -> list[SendText]:
    """The quiz as a message with one button per option."""
    body = text(*([quiz.header] if quiz.header else []), quiz.prompt)
    return _with_keyboard(body, quiz.options)


def _texts(body: Text, keyboard: tuple[tuple[Button, ...], ...] = ()) -> list[SendText]:
    """Chunks of at most 4096; the keyboard goes under the last one. A reply that fits whole
    (nearly every one) is rendered once: its HTML, measured as `html_chunks` measures it, is
    what is sent."""
    plain = body.plain  # a property that joins every line's text: made once here
    whole = to_html(body) if plain.strip() else ""
    if whole and utf16_length(whole) <= MESSAGE_LIMIT:
        sends = [SendText(whole, plain)]
    else:
        sends = [SendText(to_html(chunk), chunk.plain) for chunk in html_chunks(body)]
    if keyboard:
        sends[-1] = SendText(sends[-1].html, sends[-1].plain, keyboard)
    return sends


def _with_keyboard(body: Text, options: tuple[Option, ...]) -> list[SendText]:
    if not options or len(options) > KEYBOARD_MAX_BUTTONS:
        return _texts(_numbered(body, options))  # no buttons possible: show them as a list
    rows: tuple[tuple[Button, ...], ...]
    if all(len(option.label) <= BUTTON_LABEL_LIMIT for option in options):
        rows = tuple((Button(option.label.strip() or "…", option.token),) for option in options)
        return _texts(body, rows)
    numbers = [Button(str(n), option.token) for n, option in enumerate(options, 1)]
    rows = tuple(
        tuple(numbers[start : start + NUMBER_BUTTONS_PER_ROW])
        for start in range(0, len(numbers), NUMBER_BUTTONS_PER_ROW)
    )
    return _texts(_numbered(body, options), rows)


def _numbered(body: Text, options: tuple[Option, ...]) -> Text:
    listed = [f"{n}. {option.label}" for n, option in enumerate(options, 1)]
    return body + text(*listed) if listed else body


def quiz_poll(quiz: Quiz) -> SendPoll | None:
    """The quiz as a native quiz poll, or None when it does not fit Telegram's poll limits.

    A poll takes one answer per vote, so a question with several right answers (any one of which
    counts) stays on buttons, where one press is one Choice, as on every other platform.
    """
    question = f"{quiz.header}\n{quiz.prompt}" if quiz.header else quiz.prompt
    labels = tuple(option.label for option in quiz.options)
    fits = (
        len(question.strip()) > 0
        and utf16_length(question) <= POLL_QUESTION_LIMIT
        and POLL_MIN_OPTIONS <= len(labels) <= POLL_MAX_OPTIONS
        and all(
            len(label.strip()) > 0 and utf16_length(label) <= POLL_OPTION_LIMIT for label in labels
        )
        and len(set(labels)) == len(labels)
        and len(quiz.correct) == 1
        and all(0 <= index < len(labels) for index in quiz.correct)
    )
    if not fits:
        return None
    tokens = tuple(option.token for option in quiz.options)
    explanation = poll_explanation(quiz.explanation)
    fallback = tuple(quiz_buttons(quiz))
    return SendPoll(
        quiz.question_id,
        question,
        labels,
        quiz.correct,
        explanation,
        tokens,
        fallback,
        open_period=poll_open_period(quiz.open_seconds),
    )


def poll_open_period(seconds: int | None) -> int | None:
    """Telegram's open_period takes 5–600 s; outside that the poll stays open and the core refuses late votes."""
    if seconds is None or not POLL_MIN_OPEN_SECONDS <= seconds <= POLL_MAX_OPEN_SECONDS:
        return None
    return seconds


def poll_explanation(value: str) -> str | None:
    """At most 200 characters and 2 line feeds (later line breaks become spaces), cut with "…"."""
    lines = [part.strip() for part in value.strip().splitlines() if part.strip()]
    if not lines:
        return None
    kept = [*lines[:POLL_EXPLANATION_LINE_FEEDS], " ".join(lines[POLL_EXPLANATION_LINE_FEEDS:])]
    joined = "\n".join(part for part in kept if part)
    return _cut(joined, POLL_EXPLANATION_LIMIT)


def _cut(value: str, limit: int) -> str:
    if utf16_length(value) <= limit:
        return value
    cut = value[: limit - 1]
    while utf16_length(cut) > limit - 1:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def _photo(image: Image) -> list[Outgoing]:
    caption = image.caption if image.caption is not None else text(image.alt)
    chunks = html_chunks(caption, CAPTION_LIMIT) if caption.plain.strip() else []
    if len(chunks) <= 1:
        return [SendPhoto(image.png, to_html(chunks[0]) if chunks else None, image.alt)]
    return [
        SendPhoto(image.png, None, image.alt),
        *_texts(caption),
    ]  # too long for a caption: text after it
