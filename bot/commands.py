"""The command list, declared once as data.

Adapters build their slash commands (Discord), command menu (Telegram) and help from `COMMANDS`; the engine
dispatches on the same names. A command missing here does not exist anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ArgKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    FILE = "file"


@dataclass(frozen=True, slots=True)
class Argument:
    name: str
    description: str
    kind: ArgKind = ArgKind.TEXT
    required: bool = False
    autocomplete: bool = False


@dataclass(frozen=True, slots=True)
class CommandSpec:
    name: str
    description: str
    args: tuple[Argument, ...] = ()
    admin_only: bool = False
    usage_example: str = ""

    @property
    def usage(self) -> str:
        parts = [f"/{self.name}"]
        for arg in self.args:
            parts.append(f"<{arg.name}>" if arg.required else f"[{arg.name}]")
        return " ".join(parts)


_TOPIC = Argument("topic", "A topic, key term, person, place or year", autocomplete=True)

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "explain",
        "Show the notes on a topic or key term",
        (Argument("topic", "What to explain", required=True, autocomplete=True),),
        usage_example="/explain Hungarian Uprising",
    ),
    CommandSpec(
        "ask",
        "Ask a question; get the facts from the notes that answer it",
        (Argument("question", "Your question", required=True),),
        usage_example="/ask why was the Berlin Wall built?",
    ),
    CommandSpec(
        "quiz",
        "Start a quiz, on one topic or the whole deck",
        (
            Argument("topic", "A topic (default: everything)", autocomplete=True),
            Argument("questions", "How many questions (1–20, default 5)", ArgKind.INTEGER),
        ),
        usage_example="/quiz Berlin Wall 5",
    ),
    CommandSpec(
        "review",
        "Spaced repetition: the questions due for you today",
        (Argument("questions", "How many questions (1–20, default 10)", ArgKind.INTEGER),),
    ),
    CommandSpec(
        "a",
        "Answer the open question (for group chats)",
        (Argument("answer", "Your answer", required=True),),
        usage_example="/a Nagy",
    ),
    CommandSpec("hint", "A clue for the question you are on"),
    CommandSpec("skip", "Pass on the question you are on"),
    CommandSpec("stop", "End your quiz and see your score"),
    CommandSpec("progress", "Your accuracy per topic, streak and cards due"),
    CommandSpec("topics", "List the topics in these notes"),
    CommandSpec(
        "deck",
        "See this chat's deck; admins upload their own or reset it",
        (
            Argument("action", "show, upload or reset (default: show)"),
            Argument("file", "The deck or notes file, for upload", ArgKind.FILE),
        ),
        usage_example="/deck upload",
    ),
    CommandSpec("help", "How to use studybot"),
    CommandSpec(
        "battle",
        "A quiz battle for the group: join, answer fast, climb the scoreboard",
        (
            Argument("topic", "A topic (default: everything)", autocomplete=True),
            Argument("rounds", "How many questions (1–20, default 5)", ArgKind.INTEGER),
            Argument(
                "options",
                "teams or teams=N (2–8), typed, nospeed, nostreak; or start, stop, leave, settings",
            ),
        ),
        usage_example="/battle Berlin Wall 5 teams nospeed",
    ),
    CommandSpec("join", "Join the quiz battle gathering players in this chat"),
    CommandSpec(
        "leaderboard",
        "This chat's battle leaderboard",
        (Argument("period", "week (the last 7 days) or all (default)"),),
        usage_example="/leaderboard week",
    ),
    CommandSpec(
        "daily",
        "A question of the day for this chat: see its status; admins set the time or turn it off",
        (
            Argument("action", "set, off, status (default) or now (post today's question now)"),
            Argument(
                "schedule",
                "For set: HH:MM [timezone] [days] [deadline=HH:MM]; for now: a time zone, "
                "e.g. Europe/London",
            ),
        ),
        admin_only=False,  # /daily status is for everyone; the feature gates set, off and now
        usage_example="/daily set 08:00 Europe/London mon-fri deadline=17:00",
    ),
    CommandSpec(
        "report",
        "The class report: who is active, weak topics, most missed questions",
        (
            Argument(
                "student",
                "A student's name for their own report, or students to pick one; add all for all time",
            ),
        ),
        admin_only=True,
        usage_example="/report students",
    ),
    CommandSpec(
        "dashboard",
        "Get a private link to the class dashboard on the web",
        (Argument("action", "edit (may retire questions) or revoke (stop every link sent)"),),
        admin_only=True,
        usage_example="/dashboard",
    ),
)

COMMANDS_BY_NAME: dict[str, CommandSpec] = {spec.name: spec for spec in COMMANDS}
