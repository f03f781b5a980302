"""Property tests: any text the core may hold, rendered for Telegram and Discord, is valid markup,
cannot ping anyone, cannot link anywhere, and every message keeps within the platform's limits."""

from __future__ import annotations

import re

from discord.utils import escape_markdown, escape_mentions
from hypothesis import example, given
from hypothesis import strategies as st

from adapters.discord import render as discord_render
from adapters.discord._render import escape, measure
from adapters.telegram._render import SendPhoto, SendPoll, SendText, Toast, utf16_length
from adapters.telegram._render import render as telegram_render
from bot.markup import Line, Text, bold, code, italic, item, line, text
from bot.replies import Choices, Message, Notice, Option, Quiz, Reply
from tests.counts import count
from tests.fakes.telegram_api import checked_html, parse_html

# What users and decks type that means something to a platform, plus any unicode at all.
_MARKUP = st.sampled_from(
    [
        "@everyone", "@here", "<@123456789012345678>", "<@!123456789012345678>",
        "<@&456789012345678901>", "[a](http://e1)", "[b](<http://e2>)",
        "**", "__", "~~", "||", "`", "```", "> ", "# ", "-# ", "- ", "1. ", "<b>", "</i>", "&amp;",
        "&", "<", ">", "\\", "\n", "\u200b", "\u202e", "https://x.test/a_b*c",
    ]
)  # fmt: skip
WORDS = st.lists(st.one_of(_MARKUP, st.text(max_size=30)), max_size=12).map("".join)
SPANS = st.one_of(WORDS, WORDS.map(bold), WORDS.map(italic), WORDS.map(code))


@st.composite
def texts(draw: st.DrawFn) -> Text:
    lines: list[Line] = []
    for _ in range(draw(st.integers(1, 8))):
        parts = draw(st.lists(SPANS, min_size=1, max_size=5))
        kind = draw(st.sampled_from(["line", "item"]))
        indent = draw(st.integers(0, 2))
        lines.append(line(*parts, indent=indent) if kind == "line" else item(*parts, indent=indent))
    if draw(st.booleans()):  # now and then a huge reply
        lines.append(line(draw(WORDS) * draw(st.integers(20, 80))))
    return text(*lines)


OPTIONS = st.lists(WORDS.map(lambda label: Option(label or "?", "qa:t:1")), max_size=12)


@st.composite
def replies(draw: st.DrawFn) -> Reply:
    body = draw(texts())
    kind = draw(st.sampled_from(["message", "notice", "choices", "quiz"]))
    if kind == "message":
        return Message(body)
    if kind == "notice":
        return Notice(body.plain)
    options = draw(OPTIONS.filter(lambda found: len(found) >= 2))
    if kind == "choices":
        return Choices(body, tuple(options))
    return Quiz(
        question_id="q1",
        prompt=body.plain[:2_000] or "?",
        options=tuple(options),
        correct=(0,),
        explanation=draw(WORDS),
        header=draw(WORDS),
    )


_LIVE_BRACKET = re.compile(r"(?<!\\)(?:\\\\)*[\[\]]")
_PING = re.compile(r"@(everyone|here)|<@[!&]?\d{17,20}>")  # what Discord resolves to a mention


# Inside `code` nothing is markdown. A backtick opens code unless an odd number of backslashes
# escapes it: after two backslashes (an escaped backslash) it opens code again.
_CODE_SPAN = re.compile(r"(?<!\\)((?:\\\\)*)`[^`]*`")


def _discord_safe(shown: str) -> None:
    assert not _PING.search(shown), shown[:200]
    assert not _LIVE_BRACKET.search(_CODE_SPAN.sub(r"\1", shown)), shown[:200]


def _escaped_in_full(value: str) -> str:
    """What `escape` returns for any text: all three escapes, every time."""
    flat = value.replace("\r", " ").replace("\n", " ")
    return escape_mentions(re.sub(r"(?<!\\)((?:\\\\)*)([\[\]`])", r"\1\\\2", escape_markdown(flat)))


@given(st.one_of(WORDS, st.text(alphabet=" \t\n\u2028\u00a0ab-#>@[]()_*`|~\\:/<.", max_size=20)))
@example("  - item")
@example("\u00a0# heading")
@example("> quote")
@example("see https://x.test/a_b")
@example("a [b](c) d")
def test_discord_escape_skips_only_text_that_needs_none(value: str) -> None:
    # escape() returns text that needs no escaping as it is: the same as escaping it in full
    assert escape(value) == _escaped_in_full(value)


@given(replies())
def test_discord_messages_are_escaped_and_within_limits(reply: Reply) -> None:
    check_discord(reply)


@given(replies(), st.booleans())
def test_telegram_messages_are_valid_html_within_limits(reply: Reply, can_toast: bool) -> None:
    check_telegram(reply, can_toast=can_toast)


def check_discord(reply: Reply) -> None:
    """The reply as Discord messages: within every limit, no mention, no live link."""
    count("property: replies rendered")
    for message in discord_render(reply):
        assert measure(message.content) <= 2000
        assert len(message.embeds) <= 10
        total = 0
        for embed in message.embeds:
            assert measure(embed.title or "") <= 256
            assert measure(embed.description or "") <= 4096
            total += measure(embed.title or "") + measure(embed.description or "")
            _discord_safe(embed.title or "")
            _discord_safe(embed.description or "")
        assert total <= 6000
        assert len(message.options) <= 25
        assert all(1 <= measure(option.label) <= 80 for option in message.options)
        _discord_safe(message.content)


def check_telegram(reply: Reply, *, can_toast: bool) -> None:
    """The reply as Telegram sends: HTML Telegram accepts, within every limit."""
    count("property: replies rendered")
    for sent in telegram_render(reply, can_toast=can_toast):
        if isinstance(sent, SendText):
            assert utf16_length(parse_html(sent.html)) <= 4096
            checked_html(sent.html)
            assert len(sent.keyboard) <= 100
            assert all(len(button.data.encode()) <= 64 for row in sent.keyboard for button in row)
        elif isinstance(sent, SendPoll):
            assert utf16_length(sent.question) <= 300
            assert 2 <= len(sent.options) <= 12
            assert all(1 <= utf16_length(option) <= 100 for option in sent.options)
        elif isinstance(sent, Toast):
            assert utf16_length(sent.text) <= 200
        else:
            assert isinstance(sent, SendPhoto)
