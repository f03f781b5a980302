"""Text from outside made safe to keep, compare, store and print.

Whatever a platform, a terminal or a command line hands over may hold lone surrogates (a console
reading bytes that are not UTF-8 with `surrogateescape`, a JSON "\\ud800"), terminal escapes
(`ESC [2J` clears a screen, `ESC ]0;…BEL` retitles a window) and other control characters. None of
them is text a student meant, and each breaks something downstream: a surrogate cannot be encoded
to store or send (UnicodeEncodeError), an escape acts on the reader's terminal. The core cleans
every event on the way in (`Engine.handle`); the console and the CLI clean what they print too.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: `studybot explain` needs only clean_text
    from bot.events import Event, User

MAX_NAME_CHARS = 64
"""Longest display name kept (platforms allow 32 to 256; more is never needed to tell people apart)."""

# ESC-led sequences: CSI (ESC [ … final byte), OSC/DCS/PM/APC/SOS strings (ended by BEL or ESC \),
# and two-character escapes; the 8-bit CSI/OSC introducers (U+009B, U+009D) too.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[\x20-\x3f]*[\x40-\x7e]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x7e]?"
)
# Control characters other than tab and line breaks (C0, DEL, C1), and the bidi overrides and
# isolates that would reorder the text around them (zero-width joiners stay: emoji and scripts need them).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """`value` with terminal escapes, control characters (bar tab and newline) and bidi overrides
    removed and lone surrogates replaced by U+FFFD. Text that was fine comes back unchanged."""
    if value.isprintable():  # the common case: nothing to do
        return value
    value = _SURROGATES.sub("\ufffd", value)
    value = _ESCAPES.sub("", value)
    return _CONTROLS.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))


def clean_name(value: str) -> str:
    """A display name on one line, cleaned, at most MAX_NAME_CHARS characters; never empty."""
    flat = " ".join(clean_text(value).split())
    if len(flat) > MAX_NAME_CHARS:
        flat = flat[: MAX_NAME_CHARS - 1] + "…"
    return flat or "?"


def clean_filename(value: str) -> str:
    """A file's name cleaned and kept short, its extension kept (it says what the file is)."""
    flat = " ".join(clean_text(value).split())
    if len(flat) <= MAX_NAME_CHARS:
        return flat
    stem, dot, suffix = flat.rpartition(".")
    if not dot or len(suffix) > 10:
        return flat[: MAX_NAME_CHARS - 1] + "…"
    return f"{stem[: MAX_NAME_CHARS - len(suffix) - 2]}….{suffix}"


def clean_event(event: Event) -> Event:
    """The event with its name and texts cleaned (the same object when nothing needed it)."""
    from bot.events import Answer, Choice, Command, Upload

    user = _clean_user(event.user)
    if isinstance(event, Command):
        name, args = clean_text(event.name), clean_text(event.args)
        if user is event.user and name == event.name and args == event.args:
            return event
        return dataclasses.replace(event, user=user, name=name, args=args)
    if isinstance(event, Answer):
        given = clean_text(event.text)
        if user is event.user and given == event.text:
            return event
        return dataclasses.replace(event, user=user, text=given)
    if isinstance(event, Upload):
        caption, filename = clean_text(event.command), clean_filename(event.filename)
        return dataclasses.replace(event, user=user, command=caption, filename=filename)
    if isinstance(event, Choice):
        return event if user is event.user else dataclasses.replace(event, user=user)
    return event  # pragma: no cover - every event type is handled above


def _clean_user(user: User) -> User:
    name, user_id = clean_name(user.name), clean_text(user.id)
    if name == user.name and user_id == user.id:
        return user
    return dataclasses.replace(user, id=user_id, name=name)
