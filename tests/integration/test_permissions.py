"""The permissions matrix, through the real adapters against the fakes: every admin-only command,
tried by a member of a group, by an admin, by an anonymous group admin (Telegram), in a DM and in a
thread or forum topic, is refused or allowed as the README documents (admins: /daily set|off|now,
/deck upload|reset, /report, /dashboard, battle settings; in a DM everyone is the admin of their own
chat). And one chat can never read or change another chat's deck, schedule, progress (the class
report) or leaderboard: the chat always comes from the platform's event, never from what is typed.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from discord.gateway import DiscordWebSocket
from discord.http import Route

from adapters.discord import DiscordAdapter
from bot.app import App, AppConfig, build_app
from bot.events import Chat, User
from bot.store import BattleResult, ChatRef, QuizResult, UserRef
from knowledge.loader import parse_deck
from tests.counts import record
from tests.fakes.clock import FakeClock
from tests.fakes.discord_api import (
    CHANNEL_ID,
    MANAGE_GUILD,
    MEMBER_PERMISSIONS,
    OTHER_CHANNEL_ID,
    FakeDiscord,
    FakeUser,
)
from tests.fakes.telegram_api import FakeTelegramAPI, checked_html
from tests.integration.test_discord import running as discord_running
from tests.integration.test_discord import settings_for
from tests.integration.test_discord import shown as discord_shown
from tests.integration.test_telegram import running, settle
from tests.integration.test_telegram_features import bot_for

REFUSED = "Only admins"
# (command, its arguments): every admin-only action, as a user would type it.
ADMIN_ACTIONS = [
    ("daily", "set 08:00 UTC"),
    ("daily", "now"),
    ("daily", "off"),
    ("deck", "reset"),
    ("deck", "upload"),
    ("report", ""),
    ("dashboard", ""),
    ("battle", "settings speed off"),
]
GROUP, OTHER_GROUP, FORUM = -100_900_001, -100_900_002, -100_900_003
TEACHER, STUDENT, ANONYMOUS_ADMIN = 7, 8, 1_087_968_824  # the last: Telegram's GroupAnonymousBot
CHEMISTRY = """\
deck:
  id: chemistry-basics
  title: Chemistry basics
topics:
  - id: bonds
    title: Chemical bonds
    facts:
      - An ionic bond forms when one atom gives electrons to another.
      - A covalent bond forms when two atoms share a pair of electrons.
"""


@pytest.fixture
async def api() -> AsyncIterator[FakeTelegramAPI]:
    async with FakeTelegramAPI() as fake:
        yield fake


@pytest.fixture
async def core(tmp_path: Path) -> AsyncIterator[App]:
    app = await build_app(
        AppConfig(database_url=f"sqlite:///{tmp_path / 'perms.db'}"),
        clock=FakeClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
    )
    yield app
    await app.close()


def telegram_place(api: FakeTelegramAPI, who: str) -> tuple[int, int, dict[str, Any]]:
    """(chat id, user id, extra message fields) for each identity and place of the matrix."""
    if who == "group member":
        return GROUP, STUDENT, {}
    if who == "group admin":
        return GROUP, TEACHER, {}
    if who == "anonymous group admin":
        bot = {
            "id": ANONYMOUS_ADMIN,
            "is_bot": True,
            "first_name": "Group",
            "username": "GroupAnonymousBot",
        }
        return (
            GROUP,
            ANONYMOUS_ADMIN,
            {"from": bot, "sender_chat": api.chat(GROUP, title="Class 9B")},
        )
    if who == "DM":
        return STUDENT, STUDENT, {}
    forum = {
        "chat": api.chat(FORUM, is_forum=True),
        "message_thread_id": 77,
        "is_topic_message": True,
    }
    return FORUM, STUDENT if who == "topic member" else TEACHER, forum


TELEGRAM_WHO = {
    "group member": False,
    "group admin": True,
    "anonymous group admin": True,
    "DM": True,
    "topic member": False,
    "topic admin": True,
}


async def telegram_says(api: FakeTelegramAPI, adapter: Any, text: str, who: str) -> str:
    chat, user, extra = telegram_place(api, who)
    before = len(api.delivered())
    api.say(text, chat_id=chat, user_id=user, **extra)
    await settle(adapter, api)
    shown = []
    for call in api.delivered()[before:]:
        for key in ("text", "question", "caption"):
            if key in call.params:
                shown.append(
                    checked_html(str(call.params[key])) if key != "question" else call.params[key]
                )
    return "\n".join(shown)


async def test_telegram_admin_only_commands_follow_the_matrix(
    api: FakeTelegramAPI, core: App
) -> None:
    api.admins[GROUP] = {TEACHER}
    api.admins[FORUM] = {TEACHER}
    adapter = bot_for(core, api)
    outcomes: dict[tuple[str, str], bool] = {}
    async with running(adapter):
        for who in TELEGRAM_WHO:
            for command, args in ADMIN_ACTIONS:
                said = await telegram_says(api, adapter, f"/{command} {args}".strip(), who)
                assert said, f"no reply to /{command} {args} from {who}"
                outcomes[(who, f"/{command} {args}".strip())] = REFUSED not in said
    wrong = {
        case: allowed for case, allowed in outcomes.items() if allowed != TELEGRAM_WHO[case[0]]
    }
    print(f"\nTelegram permissions: {len(outcomes)} cases tried, {len(wrong)} wrong")
    record(permission_cases_tried=len(outcomes), permission_cases_wrong=len(wrong))
    assert wrong == {}


async def test_one_telegram_chat_never_reads_or_changes_anothers(
    api: FakeTelegramAPI, core: App
) -> None:
    api.admins[GROUP] = {TEACHER}
    api.admins[OTHER_GROUP] = {TEACHER}
    assert core.store is not None
    group = ChatRef("telegram", str(GROUP))
    student = UserRef("telegram", str(STUDENT))
    at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    await core.store.record_battle_results(
        [BattleResult(group, student, "b1", 900, 3, 3, True, at)], {student: "Student8"}
    )
    await core.store.record_quiz_result(
        QuizResult(student, group, "chemistry-basics", "q1", True, at, "bonds")
    )
    adapter = bot_for(core, api)

    async def in_other(text: str) -> str:
        before = len(api.delivered())
        api.say(text, chat_id=OTHER_GROUP, user_id=TEACHER)
        await settle(adapter, api)
        return "\n".join(
            checked_html(str(c.params.get("text", ""))) for c in api.delivered()[before:]
        )

    async with running(adapter):
        api.say("/daily set 08:00 UTC", chat_id=GROUP, user_id=TEACHER)
        await settle(adapter, api)
        assert "Daily question set" in checked_html(api.delivered(chat_id=GROUP)[-1].params["text"])
        await core.engine.library.install(
            Chat("telegram", str(GROUP), True),
            User("telegram", str(TEACHER), "Ms Kay", True),
            parse_deck(CHEMISTRY, "chemistry.yaml"),
            CHEMISTRY,
            at,
        )
        other_board = await in_other("/leaderboard all")
        other_daily = await in_other("/daily status")
        other_off = await in_other("/daily off")
        other_deck = await in_other("/deck")
        other_reset = await in_other("/deck reset")
        other_report = await in_other("/report")
        forged = await in_other("/daily off -100900001")  # naming the other chat changes nothing
    assert "Student8" not in other_board
    assert "No daily question is set for this chat" in other_daily
    assert "No daily question was set for this chat" in other_off
    assert "Chemistry basics" not in other_deck
    assert "back on" in other_reset
    assert "Student8" not in other_report
    assert "Student8" not in forged
    assert await core.store.get_schedule(group) is not None  # the group's schedule survived
    runtime = await core.engine.library.for_chat(Chat("telegram", str(GROUP), True))
    assert runtime.deck.title == "Chemistry basics"  # and its deck
    board = await core.store.leaderboard(group)
    assert [e.points for e in board] == [900]


# ---- Discord --------------------------------------------------------------------------------

MEMBER = FakeUser(1_270_000_000_000_000_001, "Member")
MANAGER = FakeUser(
    1_270_000_000_000_000_002, "Manager", permissions=MEMBER_PERMISSIONS | MANAGE_GUILD
)
DISCORD_WHO = {  # who: (user, in a DM, in a thread, allowed)
    "server member": (MEMBER, False, False, False),
    "server manager": (MANAGER, False, False, True),
    "DM": (MEMBER, True, False, True),
    "thread member": (MEMBER, False, True, False),
    "thread manager": (MANAGER, False, True, True),
}


def slash_options(command: str, args: str) -> dict[str, str]:
    """The slash command's options for what a Telegram user would type after the command."""
    if command == "daily":
        action, _, schedule = args.partition(" ")
        return {"action": action, "schedule": schedule} if schedule else {"action": action}
    if command == "deck":
        return {"action": args}
    if command == "battle":
        return {"topic": args}
    return {}


@pytest.fixture
async def discord_api() -> AsyncIterator[FakeDiscord]:
    base, gateway = Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY
    async with FakeDiscord() as fake:
        yield fake
    Route.BASE, DiscordWebSocket.DEFAULT_GATEWAY = base, gateway


async def test_discord_admin_only_commands_follow_the_matrix(
    discord_api: FakeDiscord, core: App
) -> None:
    adapter = DiscordAdapter.for_engine(core.engine, settings_for(discord_api), tick_interval=0.01)
    core.connect(adapter.messenger, platform="discord")
    outcomes: dict[tuple[str, str], bool] = {}
    async with discord_running(adapter, discord_api):
        for who, (user, dm, thread, _) in DISCORD_WHO.items():
            for command, args in ADMIN_ACTIONS:
                options = slash_options(command, args)
                interaction = await discord_api.slash(
                    command,
                    user,
                    dm=dm,
                    thread=thread,
                    **options,  # type: ignore[arg-type]
                )
                said = "\n".join(m.text for m in await discord_shown(discord_api, interaction))
                assert said, f"no reply to /{command} {args} from {who}"
                outcomes[(who, f"/{command} {args}".strip())] = REFUSED not in said
    expected = {case: DISCORD_WHO[case[0]][3] for case in outcomes}
    wrong = {case: allowed for case, allowed in outcomes.items() if allowed != expected[case]}
    print(f"\nDiscord permissions: {len(outcomes)} cases tried, {len(wrong)} wrong")
    record(permission_cases_tried=len(outcomes), permission_cases_wrong=len(wrong))
    assert wrong == {}


async def test_one_discord_channel_never_reads_or_changes_anothers(
    discord_api: FakeDiscord, core: App
) -> None:
    assert core.store is not None
    channel = ChatRef("discord", str(CHANNEL_ID))
    student = UserRef("discord", str(MEMBER.id))
    at = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    await core.store.record_battle_results(
        [BattleResult(channel, student, "b1", 700, 2, 2, True, at)], {student: "Member"}
    )
    adapter = DiscordAdapter.for_engine(core.engine, settings_for(discord_api), tick_interval=0.01)
    core.connect(adapter.messenger, platform="discord")

    async def said(command: str, channel_id: int, **values: Any) -> str:
        interaction = await discord_api.slash(command, MANAGER, channel_id=channel_id, **values)
        return "\n".join(m.text for m in await discord_shown(discord_api, interaction))

    async with discord_running(adapter, discord_api):
        assert "Daily question set" in await said(
            "daily", CHANNEL_ID, action="set", schedule="08:00 UTC"
        )
        other_status = await said("daily", OTHER_CHANNEL_ID, action="status")
        other_off = await said("daily", OTHER_CHANNEL_ID, action="off")
        other_board = await said("leaderboard", OTHER_CHANNEL_ID, period="all")
        own_board = await said("leaderboard", CHANNEL_ID, period="all")
    assert (
        "No daily question is set for this channel" in other_status
        or "No daily question is set" in other_status
    )
    assert "No daily question was set" in other_off
    assert "Member" not in other_board and "Member" in own_board
    assert await core.store.get_schedule(channel) is not None
