"""Core replies as Discord messages: markdown with every user or deck character escaped, within limits.

The core's `Text` is spans with a style; each span's characters are escaped (markdown and mentions) and
the style's markers are added here, so nothing a student or a deck author typed can format, ping or
break a message. Lengths are counted in UTF-16 code units (never fewer than Discord's own count), and
everything is cut to Discord's limits: 2000 per message content, embeds of 256 / 4096 / 6000, 10 embeds,
25 buttons of 80-character labels.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import discord
from discord.utils import escape_markdown, escape_mentions

from bot.markup import Line, Span, Style, Text, bold, item, line, split_text, text
from bot.replies import Choices, Image, Message, Notice, Option, Private, Quiz, Reply

MAX_CONTENT = 2000
MAX_EMBED_TITLE = 256
MAX_EMBED_DESCRIPTION = 4096
MAX_EMBED_TOTAL = 6000
MAX_EMBEDS = 10
MAX_BUTTONS = 25
MAX_BUTTON_LABEL = 80
MAX_ALT_TEXT = 1024
IMAGE_FILENAME = "studybot.png"

# A bracket or backtick after an even run of backslashes (none included) is still live markdown:
# escape_markdown doubles every backslash the text had, so only its own escapes leave an odd run.
# (It leaves both alone inside what it takes for a URL, where a backtick could still open code.)
_LIVE_BRACKET = re.compile(r"(?<!\\)((?:\\\\)*)([\[\]`])")
_ODD_TAIL = re.compile(r"(?<!\\)\\(?:\\\\)*$")
# What any of the three escapes below could change: a character escape_markdown escapes (or a
# bracket, for its masked links), a line start it escapes (a quote, a heading, a list dash), a
# bracket or backtick `_LIVE_BRACKET` escapes, an @ for a mention. Text with none of them (most
# deck text) comes out of all three as it went in, so it skips their four regex passes.
_NEEDS_ESCAPING = re.compile(r"[_\\~|*`\[\]@]|^\s*[-#>]")
_STYLE_MARKERS = {Style.BOLD: "**", Style.ITALIC: "*"}
_ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class ImageFile:
    png: bytes
    alt: str


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One Discord message to send: what discord.py's send/edit calls take, before views are built.

    `options` become buttons (their tokens ride in the custom_id); `answer_button` adds the button that
    opens the typed-answer modal; `ephemeral` is decided by whoever delivers it (Notices always are).
    """

    content: str = ""
    embeds: tuple[discord.Embed, ...] = ()
    options: tuple[Option, ...] = ()
    answer_button: bool = False
    image: ImageFile | None = None
    ephemeral: bool = False


def measure(value: str) -> int:
    """Length as Discord counts it, rounded up: UTF-16 code units."""
    return len(value.encode("utf-16-le")) // 2


def escape(value: str) -> str:
    """User or deck text made inert: markdown escaped, mentions broken, line breaks flattened.

    discord.py's `escape_markdown` breaks only the first masked link of a text (its pattern for
    `[label](url)` is one greedy match), so `[a](http://e1) [b](http://e2)` kept the second one
    live; every bracket (and backtick) it left unescaped is escaped here.
    """
    flat = value.replace("\r", " ").replace("\n", " ")
    if _NEEDS_ESCAPING.search(flat) is None:
        return flat
    escaped = escape_mentions(_LIVE_BRACKET.sub(r"\1\\\2", escape_markdown(flat)))
    # A backslash left bare at the end (escape_markdown keeps a URL as it is, "https://x.test/c\")
    # would escape whatever the next span starts with: the "\" of its escaped "\[" (a live link).
    return escaped + "\\" if _ODD_TAIL.search(escaped) else escaped


def span_markdown(span: Span) -> str:
    """One span as markdown. Markers hug the text (Discord ignores `** bold **`)."""
    if span.style is Style.CODE:
        body = escape_mentions(span.text.replace("\r", " ").replace("\n", " ").replace("`", "ˋ"))
        return f"`{body}`" if body.strip() else body
    escaped = escape(span.text)
    marker = _STYLE_MARKERS.get(span.style)
    core = escaped.strip()
    if marker is None or not core:
        return escaped
    lead = escaped[: len(escaped) - len(escaped.lstrip())]
    trail = escaped[len(escaped.rstrip()) :]
    return f"{lead}{marker}{core}{marker}{trail}"


def _prefix(row: Line) -> str:
    indent = "  " * row.indent
    return indent + "- " if row.bullet else indent


def line_markdown(row: Line) -> str:
    parts: list[str] = [_prefix(row)]
    previous_styled = False
    for span in row.spans:
        rendered = span_markdown(span)
        if not rendered:
            continue
        styled = span.style is not Style.PLAIN and rendered.strip() != ""
        if styled and previous_styled and not rendered[:1].isspace():
            parts.append("\u200b")  # `*a***b**` is ambiguous; a zero-width space keeps both styles
        parts.append(rendered)
        previous_styled = styled and not rendered[-1:].isspace()
    return "".join(parts)


def line_size(row: Line) -> int:
    """An upper bound of `line_markdown`'s length that adds up over spans, as `split_text` needs."""
    size = measure(_prefix(row))
    for span in row.spans:
        size += measure(span_markdown(span)) + (0 if span.style is Style.PLAIN else 1)
    return size


def to_markdown(value: Text) -> str:
    return "\n".join(line_markdown(row) for row in value.lines)


def chunks(value: Text, limit: int = MAX_CONTENT) -> list[str]:
    """The text as markdown pieces of at most `limit`, broken between lines (or words) where possible.

    Most replies fit in one message: rendered once and measured exactly, they go as they are.
    Splitting measures every span on its own (and escapes it each time), which made rendering a
    quarter of the bot's CPU per interaction.
    """
    if _shows_something(value):
        whole = to_markdown(value)
        if measure(whole) <= limit:
            return [whole]
    return [to_markdown(part) for part in split_text(value, limit, line_size)]


def _shows_something(value: Text) -> bool:
    """`value.plain.strip() != ""` without building the whole plain text: a bullet or a span
    that is not all blank."""
    return any(row.bullet or any(span.text.strip() for span in row.spans) for row in value.lines)


def shorten(value: str, limit: int) -> str:
    """Cut plain text to `limit` (as Discord counts), at a word break if one is near, marking the cut."""
    if measure(value) <= limit:
        return value
    cut = value[: max(0, limit - 1)]
    while measure(cut) > limit - 1:
        cut = cut[:-1]
    space = cut.rfind(" ")
    if space > limit * 2 // 3:
        cut = cut[:space]
    return cut.rstrip() + _ELLIPSIS


def render(reply: Reply) -> list[Outgoing]:
    """The messages that show one reply. Buttons ride on the last one; a question the core marks as
    awaiting a typed answer gets the Answer button that opens the modal (the bot cannot read typed
    messages without the privileged message-content intent)."""
    if isinstance(reply, Message):
        outgoing = _message(reply.body)
    elif isinstance(reply, Choices):
        outgoing = _with_options(reply.body, reply.options)
    elif isinstance(reply, Quiz):
        outgoing = _quiz(reply)
    elif isinstance(reply, Notice):
        outgoing = [Outgoing(content=part, ephemeral=True) for part in chunks(text(reply.body))]
    elif isinstance(reply, Image):
        outgoing = _image(reply)
    elif isinstance(reply, Private):  # only the user who asked sees it (always an interaction)
        outgoing = [Outgoing(content=part, ephemeral=True) for part in chunks(reply.body)]
    else:  # a reply type added to the core later: its fallback still reads
        outgoing = [Outgoing(content=part) for part in chunks(reply.fallback)]
    if isinstance(reply, Message) and reply.awaits_answer and outgoing:
        outgoing[-1] = dataclasses.replace(outgoing[-1], answer_button=True)
    return outgoing


def render_one(reply: Reply) -> Outgoing:
    """A reply in one message, for editing a message in place: the start of a long text (marked with
    an ellipsis) and the buttons that would have come last."""
    messages = render(reply)
    first, last = messages[0], messages[-1]
    if len(messages) == 1:
        return first
    content = first.content
    if content and measure(content) + 2 <= MAX_CONTENT:
        content += "\n" + _ELLIPSIS
    return Outgoing(content, first.embeds, last.options, last.answer_button, first.image)


def _message(body: Text) -> list[Outgoing]:
    lines = body.lines
    if len(lines) >= 2 and lines[0].spans and lines[0].spans[0].style is Style.BOLD:
        return _embeds(lines[0], Text(lines[1:]))
    return [Outgoing(content=part) for part in chunks(body)]


def _embeds(heading: Line, rest: Text) -> list[Outgoing]:
    """A titled reply (a first line in bold) as embeds: the heading is the title, the rest the body."""
    title = shorten(escape("".join(span.text for span in heading.spans)), MAX_EMBED_TITLE)
    bodies = chunks(rest, MAX_EMBED_DESCRIPTION)
    messages: list[Outgoing] = []
    current: list[discord.Embed] = []
    total = 0
    for index, description in enumerate(bodies):
        embed_title = title if index == 0 else None
        size = measure(embed_title or "") + measure(description)
        if current and (len(current) == MAX_EMBEDS or total + size > MAX_EMBED_TOTAL):
            messages.append(Outgoing(embeds=tuple(current)))
            current, total = [], 0
        current.append(discord.Embed(title=embed_title, description=description))
        total += size
    if current:
        messages.append(Outgoing(embeds=tuple(current)))
    return messages


def _with_options(body: Text, options: tuple[Option, ...]) -> list[Outgoing]:
    """Text with one button per option. Options that don't fit a button (a label over 80, more than 25
    options) are also listed in full, numbered like their buttons, so every option can be read."""
    listed = len(options) > MAX_BUTTONS or any(
        measure(option.label) > MAX_BUTTON_LABEL for option in options
    )
    if listed:
        body = body + Text(
            tuple(item(f"{index}. {option.label}") for index, option in enumerate(options, 1))
        )
    buttons = []
    seen: set[str] = set()
    for index, option in enumerate(options[:MAX_BUTTONS], 1):
        if option.token in seen:  # Discord refuses a message with two equal custom_ids
            continue
        seen.add(option.token)
        label = f"{index}. {option.label}" if listed else option.label
        buttons.append(Option(shorten(label.strip() or _ELLIPSIS, MAX_BUTTON_LABEL), option.token))
    parts = chunks(body)
    last = Outgoing(content=parts[-1], options=tuple(buttons))
    return [Outgoing(content=part) for part in parts[:-1]] + [last]


def _quiz(reply: Quiz) -> list[Outgoing]:
    """The header in bold, the question, one button per option (the verdict comes from the core)."""
    lines = [line(bold(reply.header))] if reply.header else []
    lines.append(line(reply.prompt))
    return _with_options(Text(tuple(lines)), reply.options)


def _image(reply: Image) -> list[Outgoing]:
    alt = shorten(" ".join(reply.alt.split()), MAX_ALT_TEXT)
    parts = chunks(reply.caption) if reply.caption is not None else [""]
    first = Outgoing(content=parts[0], image=ImageFile(reply.png, alt))
    return [first] + [Outgoing(content=part) for part in parts[1:]]
