"""Replies as plain terminal text."""

from __future__ import annotations

from collections.abc import Callable

from bot.replies import Choices, Image, Message, Notice, Private, Quiz, Reply


def render(reply: Reply, save_image: Callable[[bytes], str] | None = None) -> str:
    """What the console prints for a reply. Options are numbered: typing the number presses it.

    An image is saved by `save_image` (which returns where), or described by its alt text alone."""
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
        if save_image is None:
            return f"{caption}[chart: {reply.alt}]"
        return f"{caption}[chart saved to {save_image(reply.png)} until you leave: {reply.alt}]"
    return reply.fallback.plain
