"""Telegram updates -> core events. Translation only: no quiz logic, no replies.

What counts as what:
- a message starting with `/name` (or `/name@ThisBot`) is a Command; `/name@OtherBot` is not for us
  (`/a <answer>`, the way to answer in groups, is one of the core's commands like any other);
- plain text in a private chat is an Answer; in groups (where privacy mode shows the bot only
  commands, mentions and replies to it) so is a reply to one of the bot's messages or a message
  starting with `@ThisBot`;
- a button press is a Choice with the button's token; a vote in a quiz poll is a Choice with the
  token of the option chosen, in the chat the poll was sent to (see `PollMap`);
- a document whose caption is a command is an Upload (its bytes are fetched afterwards, see
  `FileRef`).

Anything else (edited messages, channel posts, unknown update types) is ignored.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass

from telegram import Message, Update
from telegram.constants import ChatType

from adapters.telegram._polls import PollMap
from bot.events import Answer, Chat, Choice, Command, Event, User

PLATFORM = "telegram"
MAX_TEXT = 4096  # the longest message Telegram delivers; anything longer is not from Telegram

_COMMAND = re.compile(r"/([A-Za-z0-9_]{1,32})(?:@([A-Za-z0-9_]{1,64}))?(?=\s|$)")


@dataclass(frozen=True, slots=True)
class BotIdentity:
    """Who the bot is, from getMe: to recognise `/cmd@username`, mentions and replies to the bot."""

    id: int
    username: str


@dataclass(frozen=True, slots=True)
class FileRef:
    """An Upload whose content is still on Telegram's servers."""

    user: User
    chat: Chat
    command: str
    filename: str
    file_id: str
    size: int | None


@dataclass(frozen=True, slots=True)
class Inbound:
    """A translated update and what the adapter needs to answer it."""

    event: Event | FileRef
    chat_id: int
    user_id: int
    private: bool
    anonymous_admin: bool = False
    callback_query_id: str | None = None
    message_id: int | None = None
    poll_vote: bool = False  # from a poll_answer: nothing to toast and no message to quote


def translate(update: Update, me: BotIdentity, polls: PollMap) -> Inbound | None:
    """The event an update stands for, or None when it is not for the core."""
    if update.message is not None:
        return _from_message(update.message, me)
    if update.callback_query is not None:
        query = update.callback_query
        message = query.message
        if message is None or not query.data:
            return None
        chat = _chat(message.chat.id, message.chat.type)
        user = _user(query.from_user.id, query.from_user.full_name)
        return Inbound(
            Choice(user, chat, query.data[:MAX_TEXT]),
            chat_id=message.chat.id,
            user_id=query.from_user.id,
            private=not chat.is_group,
            callback_query_id=query.id,
        )
    if update.poll_answer is not None:
        vote = update.poll_answer
        found = polls.choice(vote.poll_id, vote.option_ids)
        if found is None or vote.user is None:
            return None
        record, token = found
        user = _user(vote.user.id, vote.user.full_name)
        return Inbound(
            Choice(user, record.chat, token),
            chat_id=int(record.chat.id),
            user_id=vote.user.id,
            private=not record.chat.is_group,
            poll_vote=True,
        )
    return None


def ordering_key(update: object, polls: PollMap) -> Hashable:
    """Updates with the same key are handled one after another (one chat's events stay in order)."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.poll_answer is not None:
            record = polls.get(update.poll_answer.poll_id)
            if record is not None:
                return int(record.chat.id)
        if update.effective_user is not None:
            return ("user", update.effective_user.id)
        return ("update", update.update_id)
    return ("other", id(update))


def _from_message(message: Message, me: BotIdentity) -> Inbound | None:
    if message.chat.type == ChatType.CHANNEL:
        return None
    chat = _chat(message.chat.id, message.chat.type)
    anonymous_admin = False
    if message.sender_chat is not None:  # sent as a channel, or as the group itself by an admin
        anonymous_admin = message.sender_chat.id == message.chat.id
        sender_id = message.sender_chat.id
        sender_name = message.sender_chat.title or message.sender_chat.username or "Group admins"
    elif message.from_user is not None:
        if message.from_user.is_bot:
            return None
        sender_id, sender_name = message.from_user.id, message.from_user.full_name
    else:
        return None
    user = _user(sender_id, sender_name, is_admin=anonymous_admin)

    def inbound(event: Event | FileRef) -> Inbound:
        return Inbound(
            event,
            chat_id=message.chat.id,
            user_id=sender_id,
            private=not chat.is_group,
            anonymous_admin=anonymous_admin,
            message_id=message.message_id,
        )

    if message.document is not None:
        parsed = _command((message.caption or "")[:MAX_TEXT], me)
        if parsed is None or not parsed[2]:
            return None
        name, args, _ = parsed
        document = message.document
        command = f"{name} {args}".strip()
        filename = document.file_name or "upload"
        return inbound(FileRef(user, chat, command, filename, document.file_id, document.file_size))

    raw = (message.text or "")[:MAX_TEXT]
    if not raw.strip():
        return None
    parsed = _command(raw, me)
    if parsed is not None:
        name, args, for_us = parsed
        return inbound(Command(user, chat, name, args)) if for_us else None
    if not chat.is_group:
        return inbound(Answer(user, chat, raw.strip()))
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == me.id:
        return inbound(Answer(user, chat, raw.strip()))
    mention = f"@{me.username}".casefold()
    if raw.casefold().startswith(mention):
        rest = raw[len(mention) :].lstrip(" ,:").strip()
        return inbound(Answer(user, chat, rest)) if rest else None
    return None


def _command(raw: str, me: BotIdentity) -> tuple[str, str, bool] | None:
    """(name, args, addressed to this bot) for `/name[@bot] args`; None if it is not a command."""
    found = _COMMAND.match(raw)
    if found is None:
        return None
    name, target = found.group(1), found.group(2)
    for_us = target is None or target.casefold() == me.username.casefold()
    return name.lower(), raw[found.end() :].strip(), for_us


def _chat(chat_id: int, kind: str) -> Chat:
    return Chat(PLATFORM, str(chat_id), is_group=kind != ChatType.PRIVATE)


def _user(user_id: int, name: str, *, is_admin: bool = False) -> User:
    return User(PLATFORM, str(user_id), " ".join(name.split())[:64] or str(user_id), is_admin)
