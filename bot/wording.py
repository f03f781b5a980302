"""Small helpers that keep replies grammatical: counts with the right plural, and how to name a command.

Replies are read by people, so "1 players" or "Try /topics" printed by the command line are defects. The
`Voice` says how a user types a command where they are: `/topics` in a chat, `studybot topics` in a
shell; functions that suggest a next step take one, so the same text serves both.
"""

from __future__ import annotations

from dataclasses import dataclass

_IRREGULAR = {"person": "people", "is": "are", "was": "were", "has": "have", "quiz": "quizzes"}


def plural(number: int, noun: str, many: str | None = None) -> str:
    """`noun` for one, its plural otherwise: plural(1, "topic") -> "topic"."""
    if number == 1:
        return noun
    if many is not None:
        return many
    if noun in _IRREGULAR:
        return _IRREGULAR[noun]
    if noun.endswith(("s", "x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and len(noun) > 1 and noun[-2] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + "s"


def count(number: int, noun: str, many: str | None = None) -> str:
    """ "1 topic", "16 topics", "1,200 cards"."""
    return f"{number:,} {plural(number, noun, many)}"


def sentence_join(first: str, second: str) -> str:
    """`first` then `second` after a colon, without a doubled stop ("… earliest first.: A" -> ": A")."""
    return f"{first.rstrip().rstrip('.:;,')}: {second}"


@dataclass(frozen=True, slots=True)
class Voice:
    """How a command is written for the person reading: in a chat (`/explain X`) or a shell."""

    shell: bool = False

    def command(self, name: str, args: str = "", *, bare: bool = False) -> str:
        """The command as typed; in a shell it is set off in backticks inside a sentence."""
        if not self.shell:
            return f"/{name} {args}".rstrip()
        import shlex  # here: only the shell voice quotes, and a one-shot command starts faster

        quoted = shlex.quote(args) if args else ""
        typed = f"studybot {name} {quoted}".rstrip()
        return typed if bare else f"`{typed}`"


CHAT = Voice()
SHELL = Voice(shell=True)


def is_you(name: str) -> bool:
    """The console's default speaker is called "you": "you, you haven't…" must read "You haven't…"."""
    return name.strip().casefold() == "you"


def score_line(name: str, right: int, answered: int) -> str:
    """ "Ana: 3/5 right (60%)." — or "Your score: 3/5 right (60%)." for the speaker called "you"."""
    percent = round(100 * right / answered) if answered else 0
    who = "Your score" if is_you(name) else name
    return f"{who}: {right}/{answered} right ({percent}%)."
