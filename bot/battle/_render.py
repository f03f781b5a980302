"""What players read: the lobby, each question, the one scoreboard, the podium and the leaderboard.

Only text building here (no state changes, no I/O), in the core's small markup; names typed by
users are spans, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from fractions import Fraction

from bot.battle._model import Battle, BattleSettings, Player, Round
from bot.battle._rounds import RoundOutcome
from bot.battle._scoring import Award, Placed, Rules, half_up, placed
from bot.battle._standings import TeamScore, players_ranked, team_name, teams_ranked, top_players
from bot.markup import Line, bold, italic, item, line, text
from bot.questions import Question
from bot.replies import Choices, Message, Option, Quiz, Reply
from bot.store import LeaderboardEntry
from bot.tokens import make_token

JOIN_ACTION = "bj"
START_ACTION = "bs"
CANCEL_ACTION = "bx"
ANSWER_ACTION = "ba"
_LOBBY_NAMES = 30
_MEDALS = {1: "🥇", 2: "🥈", 3: "🥉"}


def number(value: int | Fraction) -> str:
    """Points as players read them: whole, with thousands separators."""
    whole = half_up(value) if isinstance(value, Fraction) else value
    return f"{whole:,}"


def counted(count: int, noun: str) -> str:
    """A count with its noun: "1 round", "3 rounds"."""
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def title(battle_topic: str | None) -> str:
    return f"Quiz battle — {battle_topic}" if battle_topic else "Quiz battle — all topics"


def rules_line(rules: Rules, teams: int, typed: bool) -> str:
    parts = [
        "speed points " + ("on" if rules.speed else "off"),
        "streak bonus " + ("on" if rules.streak else "off"),
    ]
    if typed:
        parts.append("typed answers")
    if teams:
        parts.append(f"{teams} teams")
    return " · ".join(parts)


def lobby(battle: Battle, settings: BattleSettings, now: datetime) -> Choices:
    """The lobby with Join / Start / Cancel; edited as players join."""
    options = battle.options
    left = max(0, round((battle.lobby_deadline - now).total_seconds()))
    names = [player.name for player in battle.players.values()]
    shown = ", ".join(names[:_LOBBY_NAMES])
    if len(names) > _LOBBY_NAMES:
        shown += f" and {len(names) - _LOBBY_NAMES} more"
    body = text(
        line(bold("⚔️ " + title(options.topic_title))),
        line(
            f"{counted(battle.rounds, 'round')} · {settings.round_seconds:g} s per question · ",
            rules_line(options.rules, options.teams, options.typed),
        ),
        line(
            f"Started by {battle.starter.name}. Join now: it starts in about {left} s "
            f"with at least {settings.min_players} players "
            f"(the starter or an admin can start it sooner)."
        ),
        line(bold(f"Players ({len(names)}): "), shown),
    )
    return Choices(
        body,
        (
            Option("Join", make_token(JOIN_ACTION, battle.id)),
            Option("Start", make_token(START_ACTION, battle.id)),
            Option("Cancel", make_token(CANCEL_ACTION, battle.id)),
        ),
    )


def lobby_started(battle: Battle) -> Message:
    """The lobby once the battle is on: buttons gone, the players (and teams) listed."""
    lines: list[Line] = [
        line(bold("⚔️ " + title(battle.options.topic_title))),
        line(
            f"Started with {counted(len(battle.players), 'player')}: "
            f"{counted(battle.rounds, 'round')}. Good luck!"
        ),
    ]
    if battle.options.teams:
        for spot in teams_ranked(battle.players.values()):
            team = spot.entry
            lines.append(item(bold(team.name), ": ", ", ".join(p.name for p in team.members)))
    else:
        lines.append(line(", ".join(p.name for p in battle.players.values())))
    return Message(text(*lines))


def lobby_closed(battle: Battle, why: str) -> Message:
    return Message(text(line(bold("⚔️ " + title(battle.options.topic_title))), line(why)))


def question(battle: Battle, current: Round) -> Reply:
    """The round's question: a Quiz with answer tokens, or a typed prompt."""
    asked: Question = current.question
    header = f"⚔️ Round {current.number}/{battle.rounds} · {battle_seconds(current):g} s"
    if current.typed:
        return Message(
            text(
                line(bold(header)),
                asked.prompt,
                line(italic("Type your answer (in groups where I only see commands: /a …).")),
            ),
            awaits_answer=True,
        )
    options = tuple(
        Option(label, make_token(ANSWER_ACTION, battle.id, str(current.number), str(index)))
        for index, label in enumerate(current.labels)
    )
    return Quiz(
        asked.id,
        asked.prompt,
        options,
        asked.correct,
        asked.explanation,
        header=header,
        open_seconds=max(1, round(battle_seconds(current))),
    )


def battle_seconds(current: Round) -> float:
    return (current.deadline - current.asked_at).total_seconds()


def scoreboard(
    battle: Battle, outcome: RoundOutcome, settings: BattleSettings, *, last: bool
) -> Message:
    """The one scoreboard message, edited after every round: the answer, why, and the standings."""
    current = outcome.round
    lines: list[Line] = [
        line(bold(f"Round {current.number}/{battle.rounds} — the answer: "), outcome.right_answer)
    ]
    if current.question.explanation:
        lines.append(line(italic("ℹ "), current.question.explanation))
    fastest = outcome.fastest
    if fastest is not None:
        who = battle.players[fastest.user_id].name
        lines.append(line(f"⚡ Fastest: {who} ({fastest.elapsed.total_seconds():.1f} s)"))
    else:
        lines.append(line("Nobody got this one."))
    if battle.options.teams:
        lines.append(line(bold("Teams")))
        lines.extend(_team_rows(teams_ranked(battle.players.values())))
    lines.append(line(bold("Standings")))
    shown, count = top_players(battle.players.values(), settings.scoreboard_rows)
    for spot in shown:
        player = spot.entry
        earned = _earned(outcome.awards.get(player.user_id), player, current)
        lines.append(
            line(f"{spot.place}. {player.name} — {number(player.points)}{_left(player)} · {earned}")
        )
    if count > settings.scoreboard_rows:
        lines.append(line(italic(f"… and {count - settings.scoreboard_rows} more")))
    if last:
        lines.append(line(italic("That was the last round — final results below.")))
    else:
        lines.append(line(italic(f"Next question in {settings.pause_seconds:g} s.")))
    return Message(text(*lines))


def _earned(award: Award | None, player: Player, current: Round) -> str:
    response = current.responses.get(player.user_id)
    if response is None:
        return "no answer"
    if award is None or not response.correct:
        return "❌"
    shown = f"✅ +{number(award.base)}"
    if award.bonus:
        shown += f" +{number(award.bonus)} streak ×{award.streak}"
    return shown


def _left(player: Player) -> str:
    return " (left)" if player.left else ""


def _team_rows(ranked: Sequence[Placed[TeamScore]]) -> list[Line]:
    return [
        line(
            f"{spot.place}. {spot.entry.name} — {number(spot.entry.score)} "
            f"({', '.join(p.name for p in spot.entry.members)})"
        )
        for spot in ranked
    ]


def podium(
    topic_title: str | None,
    players: Sequence[Player],
    teams: int,
    *,
    played: int,
    rounds: int,
    note: str = "",
) -> Message:
    """The end: medals for the top three places (shared on ties; none for 0 points), then
    everyone's standing."""
    lines: list[Line] = [line(bold(f"🏁 {title(topic_title)}: final results"))]
    if note:
        lines.append(line(italic(note)))
    ranked = players_ranked(players)
    if teams:
        team_ranking = teams_ranked(players)
        lines.extend(
            line(f"{_MEDALS[spot.place]} {spot.entry.name} — {number(spot.entry.score)}")
            for spot in team_ranking
            if spot.place in _MEDALS and spot.entry.score > 0
        )
        lines.append(line(bold("Teams (average points per member)")))
        lines.extend(_team_rows(team_ranking))
    else:
        lines.extend(
            line(f"{_MEDALS[spot.place]} {spot.entry.name} — {number(spot.entry.points)}")
            for spot in ranked
            if spot.place in _MEDALS and spot.entry.points > 0
        )
    if not any(player.points for player in players):
        lines.append(line("Nobody scored this time — the answers are on the scoreboard above."))
    lines.append(line(bold(f"Full standings after {played} of {counted(rounds, 'round')}")))
    for spot in ranked:
        player = spot.entry
        team = f" · {team_name(player.team)}" if teams and player.team is not None else ""
        lines.append(
            line(
                f"{spot.place}. {player.name} — {number(player.points)}{_left(player)} · "
                f"{player.correct}/{played} right{team}"
            )
        )
    lines.append(line(italic("See the chat's leaderboard with /leaderboard.")))
    return Message(text(*lines))


def leaderboard(entries: Sequence[LeaderboardEntry], period: str) -> Message:
    heading = "🏆 Leaderboard — " + ("the last 7 days" if period == "week" else "all time")
    if not entries:
        when = " this week" if period == "week" else ""
        return Message(
            text(line(bold(heading)), f"No battles finished here{when} yet. Start one: /battle")
        )
    lines: list[Line] = [line(bold(heading))]
    for spot in placed(entries, lambda entry: entry.points):  # stable: the store's order in ties
        entry = spot.entry
        name = entry.display_name or f"player {entry.user.user_id}"
        wins = f"{entry.wins} win" + ("" if entry.wins == 1 else "s")
        battles = f"{entry.battles} battle" + ("" if entry.battles == 1 else "s")
        lines.append(
            line(f"{spot.place}. {name} — {number(entry.points)} points · {wins} · {battles}")
        )
    return Message(text(*lines))


def settings_text(rules: Rules) -> Message:
    return Message(
        text(
            line(bold("Battle settings for this chat: "), rules_line(rules, 0, typed=False)),
            "Admins change them with /battle settings speed on|off and "
            "/battle settings streak on|off; one battle can differ: /battle nospeed nostreak.",
        )
    )
