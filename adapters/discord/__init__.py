"""The Discord adapter: discord.py 2.x in front of the platform-neutral core.

Translation only — slash commands (generated from the core's command list), persistent buttons and a
modal for typed answers become core events; core replies become Discord messages (markdown escaped,
embeds and content within limits, ephemeral feedback, files), answered within the 3-second window.
No quiz logic lives here.
"""

from adapters.discord._client import (
    DiscordAdapter,
    ShardedStudyClient,
    StudyClient,
    run_discord,
    serve,
)
from adapters.discord._messenger import DiscordMessenger
from adapters.discord._render import (
    Outgoing,
    chunks,
    escape,
    measure,
    render,
    render_one,
    to_markdown,
)
from adapters.discord._respond import APOLOGY, EventHandler, Replier
from adapters.discord._settings import DiscordSettings, SettingsError
from adapters.discord._suggest import Suggest, deck_suggestions
from adapters.discord._views import ANSWER_BUTTON_ID, CHOICE_PREFIX, AnswerModal, Components

__all__ = [
    "ANSWER_BUTTON_ID",
    "APOLOGY",
    "CHOICE_PREFIX",
    "AnswerModal",
    "Components",
    "DiscordAdapter",
    "DiscordMessenger",
    "DiscordSettings",
    "EventHandler",
    "Outgoing",
    "Replier",
    "SettingsError",
    "ShardedStudyClient",
    "StudyClient",
    "Suggest",
    "chunks",
    "deck_suggestions",
    "escape",
    "measure",
    "render",
    "render_one",
    "run_discord",
    "serve",
    "to_markdown",
]
