"""Inline mode: the core's lookup results as Telegram inline results.

Each result is an article whose message is the topic's or term's notes in Telegram HTML, cut to
one message (4096 characters); choosing it posts that message into the chat the user is in.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineQueryResultArticle, InputTextMessageContent
from telegram.constants import ParseMode

from adapters.telegram._render import MESSAGE_LIMIT, html_chunks, to_html
from bot.lookups import Found

INLINE_CACHE = 300  # seconds Telegram may reuse an answer; the deck changes rarely


def inline_results(found: Sequence[Found]) -> list[InlineQueryResultArticle]:
    results: list[InlineQueryResultArticle] = []
    for item in found:
        chunks = html_chunks(item.notes, MESSAGE_LIMIT - 2)  # room for "\n…"
        body = to_html(chunks[0]) + ("\n…" if len(chunks) > 1 else "")
        results.append(
            InlineQueryResultArticle(
                id=item.key,
                title=item.title,
                description=item.description or None,
                input_message_content=InputTextMessageContent(body, parse_mode=ParseMode.HTML),
            )
        )
    return results
