"""Inbound events: what an adapter hands the core. Small, frozen and platform-neutral."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class User:
    """Who acted. `id` is the platform's user id as text; `is_admin` is decided by the adapter."""

    platform: str
    id: str
    name: str
    is_admin: bool = False


@dataclass(frozen=True, slots=True)
class Chat:
    """Where it happened: a DM (`is_group` False) or a group / server channel."""

    platform: str
    id: str
    is_group: bool = False


@dataclass(frozen=True, slots=True)
class Command:
    """A slash command: `/explain hungarian uprising` -> name "explain", args "hungarian uprising"."""

    user: User
    chat: Chat
    name: str
    args: str = ""


@dataclass(frozen=True, slots=True)
class Answer:
    """Typed text that is not a command: an answer to the question open in this chat, if any."""

    user: User
    chat: Chat
    text: str


@dataclass(frozen=True, slots=True)
class Choice:
    """A press of a choice (button, poll option) carrying the opaque token the core gave it."""

    user: User
    chat: Chat
    token: str


@dataclass(frozen=True, slots=True)
class Upload:
    """A file sent with a command (a teacher's deck for `/deck upload`)."""

    user: User
    chat: Chat
    command: str
    filename: str
    content: bytes


Event = Command | Answer | Choice | Upload
