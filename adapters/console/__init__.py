"""The console adapter: studybot in a terminal."""

from adapters.console._chat import ConsoleChat
from adapters.console._render import render

__all__ = ["ConsoleChat", "render"]
