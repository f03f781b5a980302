"""Replies as plain terminal text."""

from __future__ import annotations

import tempfile

from bot.replies import Choices, Image, Message, Notice, Private, Quiz, Reply


def render(reply: Reply) -> str:
    """What the console prints for a reply. Options are numbered: typing the number presses it."""
    if isinstance(reply, Message):
        return reply.body.plain
    if isinstance(reply, Choices):
        numbered = [f"  [{n}] {option.label}" for n, option in enumerate(reply.options, 1)]
        return "\n".join([reply.body.plain, *numbered])
    if isinstance(reply, Quiz):
        head = [reply.header] if reply.header else []
        numbered = [f"  [{n}] {option.label}" for n, option in enumerate(reply.options, 1)]
        return "\n".join([*head, reply.prompt, *numbered])
    if isinstance(reply, Notice):
        return f"(only you see this) {reply.body}"
    if isinstance(reply, Private):
        return f"(only you see this)\n{reply.body.plain}"
    if isinstance(reply, Image):
        caption = reply.caption.plain + "\n" if reply.caption is not None else ""
        saved = _save_png(reply.png)
        return f"{caption}[image saved to {saved}: {reply.alt}]"
    return reply.fallback.plain


def _save_png(png: bytes) -> str:
    """A terminal can't show a picture: keep it in a temp file the user can open."""
    with tempfile.NamedTemporaryFile("wb", prefix="studybot-", suffix=".png", delete=False) as file:
        file.write(png)
        return file.name
