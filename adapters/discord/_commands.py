"""Slash commands generated from the core's command list, so a command added there appears here unchanged.

discord.py reads a command's options from its callback's signature; each command gets one generic
callback whose signature is built from the `CommandSpec` (text -> string, integer -> integer, file ->
attachment; optional ones default to None). Option names reach Python through renames, so any name
Discord accepts works even where it is no Python identifier. Descriptions are cut to Discord's 100.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any

import discord
from discord import app_commands

from adapters.discord._render import shorten
from bot.commands import ArgKind, Argument, CommandSpec

log = logging.getLogger(__name__)

MAX_DESCRIPTION = 100
MAX_OPTIONS = 25

AnyInteraction = discord.Interaction[Any]
SlashCommand = app_commands.Command[Any, ..., None]
CommandRunner = Callable[[AnyInteraction, CommandSpec, dict[str, object]], Awaitable[None]]
Completer = Callable[[AnyInteraction, str], Coroutine[Any, Any, list[app_commands.Choice[str]]]]

_KINDS: dict[ArgKind, Any] = {
    ArgKind.TEXT: str,
    ArgKind.INTEGER: int,
    ArgKind.FILE: discord.Attachment,
}


def build_commands(
    specs: Sequence[CommandSpec],
    run: CommandRunner,
    complete: Completer,
    *,
    hide_admin: bool,
) -> list[SlashCommand]:
    """One slash command per spec. `hide_admin` makes Discord show admin-only ones to Manage Server
    holders only (off when an admin role is configured, since Discord cannot know that role)."""
    commands: list[SlashCommand] = []
    for spec in specs:
        try:
            command = _command(spec, run, complete)
        except (TypeError, ValueError) as error:  # a name Discord would refuse; skip, keep the rest
            log.error("cannot offer /%s on Discord: %s", spec.name, error)
            continue
        if spec.admin_only and hide_admin:
            command.default_permissions = discord.Permissions(manage_guild=True)
        commands.append(command)
    return commands


def _command(spec: CommandSpec, run: CommandRunner, complete: Completer) -> SlashCommand:
    args = spec.args[:MAX_OPTIONS]
    python_names = {f"arg{index}": arg for index, arg in enumerate(args)}

    async def callback(interaction: AnyInteraction, **values: object) -> None:
        named = {python_names[key].name: value for key, value in values.items()}
        await run(interaction, spec, named)

    parameters = [inspect.Parameter("interaction", inspect.Parameter.POSITIONAL_OR_KEYWORD)]
    parameters.extend(_parameter(key, arg) for key, arg in python_names.items())
    callback.__signature__ = inspect.Signature(parameters)  # type: ignore[attr-defined]
    callback.__discord_app_commands_param_description__ = {  # type: ignore[attr-defined]
        key: shorten(arg.description.strip() or arg.name, MAX_DESCRIPTION)
        for key, arg in python_names.items()
    }
    callback.__discord_app_commands_param_rename__ = {  # type: ignore[attr-defined]
        key: arg.name for key, arg in python_names.items()
    }
    command: SlashCommand = app_commands.Command(
        name=spec.name,
        description=shorten(spec.description.strip() or spec.name, MAX_DESCRIPTION),
        callback=callback,
    )
    for key, arg in python_names.items():
        if arg.autocomplete and arg.kind is not ArgKind.FILE:
            command.autocomplete(key)(complete)
    return command


def _parameter(key: str, arg: Argument) -> inspect.Parameter:
    annotation = _KINDS[arg.kind]
    if arg.required:
        return inspect.Parameter(key, inspect.Parameter.KEYWORD_ONLY, annotation=annotation)
    return inspect.Parameter(
        key,
        inspect.Parameter.KEYWORD_ONLY,
        annotation=annotation | None,
        default=None,
    )
