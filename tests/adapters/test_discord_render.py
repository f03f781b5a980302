"""Core replies as Discord messages: escaping, splitting and Discord's limits, without a network."""

from __future__ import annotations

import re
from typing import Any

import discord
import pytest

from adapters.discord import (
    ANSWER_BUTTON_ID,
    CHOICE_PREFIX,
    Components,
    DiscordSettings,
    Outgoing,
    SettingsError,
    chunks,
    measure,
    render,
    render_one,
    to_markdown,
)
from bot.markup import Text, bold, code, italic, item, line, text
from bot.replies import MAX_TOKEN_BYTES, Choices, Image, Message, Notice, Option, Quiz


class _Sink:
    async def on_choice(self, interaction: Any, token: str) -> None: ...

    async def on_answer(self, interaction: Any, answer: str) -> None: ...


def limits_hold(message: Outgoing) -> None:
    assert measure(message.content) <= 2000
    assert len(message.embeds) <= 10
    total = 0
    for embed in message.embeds:
        assert measure(embed.title or "") <= 256
        assert measure(embed.description or "") <= 4096
        total += measure(embed.title or "") + measure(embed.description or "")
    assert total <= 6000
    assert len(message.options) <= 25
    for option in message.options:
        assert 1 <= measure(option.label) <= 80
        assert len(CHOICE_PREFIX + option.token) <= 100


# ---- escaping -----------------------------------------------------------------------------------


def test_user_text_cannot_format_or_ping() -> None:
    hostile = "**bold** _it_ `code` ||spoiler|| ~~gone~~ @everyone @here <@123456789012345678>"
    shown = to_markdown(text(hostile))
    assert "\\*\\*bold\\*\\*" in shown and "\\_it\\_" in shown and "\\`code\\`" in shown
    assert "\\|\\|spoiler\\|\\|" in shown and "\\~\\~gone\\~\\~" in shown
    assert "@everyone" not in shown and "@here" not in shown
    assert "<@123456789012345678>" not in shown and "123456789012345678" in shown


def test_line_starts_that_discord_would_format_are_escaped() -> None:
    shown = to_markdown(
        text("# heading", "> quote", "- list", "-# small", "[a](https://x.invalid)")
    )
    assert shown.splitlines() == [
        "\\# heading",
        "\\> quote",
        "\\- list",
        "\\-# small",
        "\\[a\\](https://x.invalid)",
    ]


def test_styles_wrap_the_escaped_text_and_hug_it() -> None:
    value = text(line(bold(" Nagy* "), "was ", italic("executed"), " ", code("a`b")))
    assert to_markdown(value) == " **Nagy\\*** was *executed* `aˋb`"


def test_adjacent_styles_are_kept_apart() -> None:
    assert to_markdown(text(line(italic("a"), bold("b")))) == "*a*\u200b**b**"
    assert to_markdown(text(line(bold("a"), " ", bold("b")))) == "**a** **b**"


def test_bullets_become_discord_lists_and_line_breaks_in_spans_stay_inside_the_line() -> None:
    value = text(item("first"), item("nested\n# not a heading", indent=1))
    assert to_markdown(value) == "- first\n  - nested # not a heading"


# ---- splitting ----------------------------------------------------------------------------------


def test_a_huge_reply_is_split_under_2000_without_losing_text() -> None:
    lines = [f"line {n} " + "word " * (n % 50) for n in range(2000)]
    lines.append("x" * 5000)  # one word longer than a message
    parts = chunks(text(*lines))
    assert len(parts) > 10
    assert all(measure(part) <= 2000 for part in parts)
    joined = "".join(parts).replace("\n", "")
    assert joined.count("x") == 5000 and joined.count("word") == sum(n % 50 for n in range(2000))


def test_splitting_counts_characters_as_discord_does() -> None:
    emoji = "😀" * 1500  # 3000 UTF-16 units
    parts = chunks(text(line(bold(emoji))))
    assert len(parts) == 2 and all(measure(part) <= 2000 for part in parts)
    assert "".join(parts).count("😀") == 1500


def test_escaping_that_grows_text_still_fits() -> None:
    parts = chunks(text("*_" * 3000))  # every character escaped: 12,000 characters shown
    assert len(parts) >= 6 and all(measure(part) <= 2000 for part in parts)


# ---- embeds, buttons, notices, images -----------------------------------------------------------


def test_a_titled_reply_becomes_embeds_within_every_limit() -> None:
    body = text(line(bold("T" * 300)), *[f"fact {n}: " + "detail " * 30 for n in range(400)])
    messages = render(Message(body))
    assert len(messages) >= 2
    for message in messages:
        limits_hold(message)
        assert message.content == "" and message.embeds
    first = messages[0].embeds[0]
    assert first.title is not None and first.title.endswith("…") and measure(first.title) <= 256
    assert all(embed.title is None for m in messages for embed in m.embeds[1:])
    described = "".join(e.description or "" for m in messages for e in m.embeds)
    assert described.count("fact ") == 400


def test_an_untitled_reply_is_plain_content() -> None:
    (message,) = render(Message(text("Quiz for Ana: 5 questions.")))
    assert message.content == "Quiz for Ana: 5 questions." and not message.embeds


def test_quiz_options_become_buttons_carrying_the_core_tokens() -> None:
    token = "qa:" + "é" * ((MAX_TOKEN_BYTES - 3) // 2)  # 64 bytes, multi-byte characters
    numbered = [Option(f"Option {n}", f"qa:n:{n}") for n in range(30)]
    options = (*numbered, Option("L" * 200, token), Option("Duplicate", "qa:n:1"))
    (message,) = render(Quiz("q", "Which?", options, (0,), "because", header="Question 1/3"))
    limits_hold(message)
    assert message.content.startswith("**Question 1/3**\nWhich?")
    assert "- 31. " + "L" * 200 in message.content  # the options that did not fit are listed
    assert [o.token for o in message.options] == [f"qa:n:{n}" for n in range(25)]
    assert message.options[3].label == "4. Option 3"


def test_a_long_label_is_cut_and_listed_in_full() -> None:
    reply = Choices(text("Did you mean"), (Option("A" * 100, "ex:t:a"), Option("B", "ex:t:b")))
    (message,) = render(reply)
    limits_hold(message)
    assert message.options[0].label.endswith("…") and "A" * 100 in message.content
    assert message.options[1].label == "2. B"


def test_buttons_ride_on_the_last_part_of_a_long_question() -> None:
    reply = Choices(text(*["long line " * 30] * 20), (Option("Yes", "y:1"),))
    messages = render(reply)
    assert len(messages) > 1 and not any(m.options for m in messages[:-1])
    assert messages[-1].options == (Option("Yes", "y:1"),)


def test_notices_are_ephemeral_and_images_carry_alt_text() -> None:
    (notice,) = render(Notice("Only admins can use /daily."))
    assert notice.ephemeral and notice.content == "Only admins can use /daily."
    (image,) = render(Image(b"png", "a chart " * 200, text("Your **progress**")))
    assert image.image is not None and image.image.png == b"png"
    assert measure(image.image.alt) <= 1024
    assert image.content == "Your \\*\\*progress\\*\\*"


def test_a_question_awaiting_a_typed_answer_gets_the_answer_button() -> None:
    question = Message(text(line(bold("Question 1/5")), "Who replaced ____?"), awaits_answer=True)
    (message,) = render(question)
    assert message.answer_button and message.embeds[0].title == "Question 1/5"
    view = Components(_Sink()).view(message)
    assert view is not None
    assert [item.custom_id for item in view.children] == [ANSWER_BUTTON_ID]  # type: ignore[attr-defined]
    (plain,) = render(Message(question.body))
    assert not plain.answer_button and Components(_Sink()).view(plain) is None


def test_the_answer_button_rides_on_the_last_part_and_survives_an_edit() -> None:
    long = Message(text(*[f"{n} " + "clue " * 60 for n in range(40)]), awaits_answer=True)
    parts = render(long)
    assert len(parts) > 1
    assert [part.answer_button for part in parts] == [False] * (len(parts) - 1) + [True]
    edited = render_one(long)
    limits_hold(edited)
    assert edited.answer_button


def test_a_reply_edited_in_place_fits_one_message() -> None:
    long = Choices(text(*["scoreboard row " * 20] * 30), (Option("Join", "bj:1"),))
    merged = render_one(long)
    limits_hold(merged)
    assert merged.content.endswith("…") and merged.options == (Option("Join", "bj:1"),)


def test_every_send_turns_mentions_off_and_builds_persistent_buttons() -> None:
    components = Components(_Sink())
    (message,) = render(Choices(text("Pick"), (Option("A", "x:1"), Option("B", "x:2"))))
    kwargs = components.send_kwargs(message)
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    view = kwargs["view"]
    assert view.timeout is None and view.is_persistent()
    ids = [
        component["custom_id"] for row in view.to_components() for component in row["components"]
    ]
    assert ids == [f"{CHOICE_PREFIX}x:1", f"{CHOICE_PREFIX}x:2"]
    (image,) = render(Image(b"\x89PNG", "chart"))
    assert isinstance(components.send_kwargs(image)["file"], discord.File)


# ---- settings -----------------------------------------------------------------------------------


def test_settings_come_from_the_environment() -> None:
    settings = DiscordSettings.from_env(
        {
            "DISCORD_TOKEN": " abc ",
            "DISCORD_API_BASE_URL": "http://127.0.0.1:9/api/v10",
            "DISCORD_GATEWAY_URL": "ws://127.0.0.1:9/gateway",
            "DISCORD_SHARD_COUNT": "4",
            "DISCORD_SHARD_IDS": "2, 3",
            "DISCORD_ADMIN_ROLE": "Teachers",
        }
    )
    assert settings.token == "abc" and settings.shard_ids == (2, 3) and settings.sharded
    assert not settings.syncs_commands and settings.admin_role == "Teachers"
    options = settings.client_options()
    assert options["intents"] == discord.Intents(guilds=True)  # nothing privileged
    assert not discord.Intents(guilds=True).message_content


@pytest.mark.parametrize(
    ("env", "says"),
    [
        ({}, "DISCORD_TOKEN is not set"),
        ({"DISCORD_TOKEN": "t", "DISCORD_SHARD_IDS": "0"}, "needs DISCORD_SHARD_COUNT"),
        ({"DISCORD_TOKEN": "t", "DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "2"}, "below"),
        ({"DISCORD_TOKEN": "t", "DISCORD_SHARD_COUNT": "none"}, "whole number"),
        ({"DISCORD_TOKEN": "t", "DISCORD_GATEWAY_URL": "http://x"}, "ws:// or wss://"),
        ({"DISCORD_TOKEN": "t", "DISCORD_API_BASE_URL": "localhost:80"}, "http:// or https://"),
    ],
)
def test_bad_settings_say_what_to_set(env: dict[str, str], says: str) -> None:
    with pytest.raises(SettingsError, match=says):
        DiscordSettings.from_env(env)


def test_empty_text_still_renders_something() -> None:
    (message,) = render(Message(Text()))
    assert message.content == "…"


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        (text("   ", "\t"), "…"),  # only blank lines: the placeholder
        (Text((line(italic("  ")),)), "…"),
        (Text((item(""),)), "- "),  # an empty bullet still shows as one
        (text("", "  x"), "\n  x"),
    ],
)
def test_blank_text_shows_the_placeholder_and_anything_else_as_it_is(
    body: Text, shown: str
) -> None:
    (message,) = render(Message(body))
    assert message.content == shown


_LIVE_BRACKET = re.compile(r"(?<!\\)(?:\\\\)*[\[\]]")


@pytest.mark.parametrize(
    "typed",
    [
        "[a](http://e1) [b](http://e2)",
        "see [one](https://x.test) and [two](<https://y.test>) then [three](http://z.test)",
        r"a \[b](http://e1) [c](http://e2)",
        "[nested [x](http://e1)](http://e2)",
    ],
)
def test_every_masked_link_is_escaped_not_just_the_first(typed: str) -> None:
    # discord.py's escape_markdown broke only the first; the second stayed a live link.
    for value in (text(typed), text(line(bold(typed))), text(item(typed))):
        content = to_markdown(value)
        assert not _LIVE_BRACKET.search(content), content
    (embed_message,) = render(Message(text(line(bold(typed)), typed)))
    for embed in embed_message.embeds:
        for shown_text in (embed.title or "", embed.description or ""):
            assert not _LIVE_BRACKET.search(shown_text), shown_text


def test_a_link_after_a_url_ending_in_a_backslash_stays_escaped() -> None:
    # escape_markdown keeps a URL as it is, so its last backslash escaped the "\" of the next
    # span's "\[": the masked link went live (found by Hypothesis in the gate)
    for value in (
        text(line("https://x.test/a_b*c\\", "[a](http://e1)")),
        text(line(bold("https://x.test/c\\"), "[a](http://e1)")),
    ):
        content = to_markdown(value)
        assert not _LIVE_BRACKET.search(content), content
        assert "https://x.test/" in content
