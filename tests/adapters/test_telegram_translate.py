"""Telegram updates -> core events, the poll map, the admin cache and the settings — offline."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from telegram import Update

from adapters.telegram._admins import AdminCache
from adapters.telegram._polls import PollMap, PollRecord
from adapters.telegram._settings import SettingsError, TelegramSettings, api_base_url
from adapters.telegram._translate import BotIdentity, FileRef, Inbound, translate
from bot.events import Answer, Chat, Choice, Command

ME = BotIdentity(777, "StudyTestBot")
GROUP = -1001
ADA = {"id": 5, "is_bot": False, "first_name": "Ada", "last_name": "Lovelace"}


def message(text: str | None, *, chat_id: int = 5, **extra: Any) -> dict[str, Any]:
    chat: dict[str, Any] = {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"}
    body: dict[str, Any] = {"message_id": 9, "date": 0, "chat": chat, "from": ADA, **extra}
    if text is not None:
        body["text"] = text
    return body


def update(**payload: Any) -> Update:
    return Update.de_json({"update_id": 1, **payload}, None)


def event_of(polls: PollMap | None = None, **payload: Any) -> object:
    found = translate(update(**payload), ME, polls or PollMap())
    return found.event if found is not None else None


DM = Chat("telegram", "5")
IN_GROUP = Chat("telegram", str(GROUP), is_group=True)


@pytest.mark.parametrize(
    ("text", "name", "args"),
    [
        ("/explain Hungarian Uprising", "explain", "Hungarian Uprising"),
        ("/Explain@StudyTestBot  Berlin Wall ", "explain", "Berlin Wall"),
        ("/explain@studytestbot", "explain", ""),
        ("/ask why?\nand how?", "ask", "why?\nand how?"),
        ("/a Nagy", "a", "Nagy"),
        ("/start deep-link", "start", "deep-link"),
    ],
)
def test_commands_carry_their_name_and_args(text: str, name: str, args: str) -> None:
    event = event_of(message=message(text))
    assert isinstance(event, Command)
    assert (event.name, event.args, event.chat) == (name, args, DM)
    assert (event.user.id, event.user.name, event.user.platform) == (
        "5",
        "Ada Lovelace",
        "telegram",
    )


def test_a_command_for_another_bot_is_not_for_us() -> None:
    assert event_of(message=message("/explain@OtherBot Berlin", chat_id=GROUP)) is None


def test_plain_text_in_a_dm_is_an_answer() -> None:
    event = event_of(message=message("  Imre Nagy "))
    assert isinstance(event, Answer) and (event.text, event.chat) == ("Imre Nagy", DM)


def test_group_text_is_an_answer_only_when_it_replies_to_or_mentions_the_bot() -> None:
    bot_message = message("Question 1", chat_id=GROUP)
    bot_message["from"] = {"id": ME.id, "is_bot": True, "first_name": "Study"}
    someone = message("hello", chat_id=GROUP)
    assert event_of(message=message("chatter", chat_id=GROUP)) is None
    assert event_of(message=message("chatter", chat_id=GROUP, reply_to_message=someone)) is None
    reply = event_of(message=message("Nagy", chat_id=GROUP, reply_to_message=bot_message))
    assert isinstance(reply, Answer) and (reply.text, reply.chat) == ("Nagy", IN_GROUP)
    mention = event_of(message=message("@studytestbot, Gomulka", chat_id=GROUP))
    assert isinstance(mention, Answer) and mention.text == "Gomulka"
    assert event_of(message=message("@StudyTestBot", chat_id=GROUP)) is None


def test_what_is_not_for_the_core_is_ignored() -> None:
    assert event_of(edited_message=message("/explain x")) is None
    channel = message("/topics", chat_id=-100)
    channel["chat"]["type"] = "channel"
    assert event_of(channel_post=channel) is None
    assert event_of(message=message(None)) is None  # a sticker, a photo without caption
    assert event_of(message=message("   ")) is None
    robot = message("/explain x")
    robot["from"] = {"id": 99, "is_bot": True, "first_name": "Other"}
    assert event_of(message=robot) is None
    assert (
        translate(Update.de_json({"update_id": 3, "future_thing": {}}, None), ME, PollMap()) is None
    )


def test_text_longer_than_telegram_allows_is_cut_to_4096() -> None:
    event = event_of(message=message("x" * 100_000))
    assert isinstance(event, Answer) and len(event.text) == 4096


def test_an_anonymous_group_admin_is_an_admin() -> None:
    body = message("/daily on", chat_id=GROUP)
    body["from"] = {"id": 1087968824, "is_bot": True, "first_name": "Group"}
    body["sender_chat"] = {"id": GROUP, "type": "supergroup", "title": "History 10B"}
    found = translate(update(message=body), ME, PollMap())
    assert isinstance(found, Inbound) and found.anonymous_admin
    assert isinstance(found.event, Command)
    assert (found.event.user.id, found.event.user.name) == (str(GROUP), "History 10B")
    assert found.event.user.is_admin


def test_a_button_press_is_a_choice_in_the_buttons_chat() -> None:
    press = {
        "id": "cq1",
        "from": ADA,
        "chat_instance": "x",
        "data": "ex:t:berlin-wall",
        "message": message("Did you mean", chat_id=GROUP),
    }
    found = translate(update(callback_query=press), ME, PollMap())
    assert found is not None and found.callback_query_id == "cq1" and not found.poll_vote
    assert found.event == Choice(found.event.user, IN_GROUP, "ex:t:berlin-wall")
    assert event_of(callback_query={**press, "data": None}) is None


def test_a_poll_vote_is_a_choice_in_the_polls_chat() -> None:
    polls = PollMap()
    polls.remember("p1", PollRecord(IN_GROUP, "q1", ("qa:1", "qa:2", "qa:3")))
    vote = {"poll_id": "p1", "user": ADA, "option_ids": [2], "option_persistent_ids": ["c"]}
    found = translate(update(poll_answer=vote), ME, polls)
    assert found is not None and found.poll_vote and found.message_id is None  # nothing to quote
    event = found.event
    assert isinstance(event, Choice) and (event.token, event.chat) == ("qa:3", IN_GROUP)
    retracted = {**vote, "option_ids": [], "option_persistent_ids": []}
    assert event_of(polls, poll_answer=retracted) is None
    assert event_of(polls, poll_answer={**vote, "poll_id": "unknown"}) is None
    assert event_of(polls, poll_answer={**vote, "option_ids": [3]}) is None  # no such option
    as_channel = {k: v for k, v in vote.items() if k != "user"}
    as_channel["voter_chat"] = {"id": GROUP, "type": "supergroup", "title": "Class"}
    assert event_of(polls, poll_answer=as_channel) is None  # an anonymous vote has no voter


def test_a_document_captioned_with_a_command_is_an_upload_to_fetch() -> None:
    document = {"file_id": "F1", "file_unique_id": "u", "file_name": "deck.yaml", "file_size": 12}
    body = message(None, document=document, caption="/deck@StudyTestBot upload")
    event = event_of(message=body)
    assert isinstance(event, FileRef)
    assert (event.command, event.filename, event.file_id, event.size) == (
        "deck upload",
        "deck.yaml",
        "F1",
        12,
    )
    assert event_of(message=message(None, document=document, caption="my notes")) is None
    assert event_of(message=message(None, document=document)) is None


def test_the_poll_map_forgets_the_oldest_polls_first() -> None:
    polls = PollMap(capacity=2)
    for poll_id in ("a", "b", "c"):
        polls.remember(poll_id, PollRecord(DM, poll_id, ("t",)))
    assert polls.get("a") is None and polls.get("c") is not None and len(polls) == 2
    assert polls.choice("c", [5]) is None


class Lookups:
    def __init__(self, statuses: dict[int, str]) -> None:
        self.statuses = statuses
        self.calls = 0
        self.fail = False

    async def __call__(self, chat_id: int, user_id: int) -> str:
        self.calls += 1
        await asyncio.sleep(0)
        if self.fail:
            raise ConnectionError("Telegram unreachable")
        return self.statuses.get(user_id, "member")


async def test_admin_answers_are_cached_for_the_ttl_then_asked_again() -> None:
    now = [100.0]
    lookups = Lookups({1: "administrator", 2: "creator"})
    cache = AdminCache(lookups, ttl=60, clock=lambda: now[0])
    assert await cache.is_admin(GROUP, 1, private=False)
    assert await cache.is_admin(GROUP, 2, private=False)
    assert not await cache.is_admin(GROUP, 3, private=False)
    assert await cache.is_admin(GROUP, 1, private=False)
    assert lookups.calls == 3
    now[0] += 61
    lookups.statuses[1] = "member"  # demoted
    assert not await cache.is_admin(GROUP, 1, private=False)
    assert lookups.calls == 4


async def test_a_dm_needs_no_lookup_and_a_failed_lookup_is_no_and_not_cached() -> None:
    lookups = Lookups({1: "administrator"})
    cache = AdminCache(lookups)
    assert await cache.is_admin(5, 5, private=True)
    assert lookups.calls == 0
    lookups.fail = True
    assert not await cache.is_admin(GROUP, 1, private=False)
    lookups.fail = False
    assert await cache.is_admin(GROUP, 1, private=False)


async def test_concurrent_checks_of_one_member_share_one_lookup() -> None:
    lookups = Lookups({1: "administrator"})
    cache = AdminCache(lookups)
    answers = await asyncio.gather(*(cache.is_admin(GROUP, 1, private=False) for _ in range(5)))
    assert answers == [True] * 5
    assert lookups.calls == 1


def test_settings_need_a_token_and_say_how_to_get_one() -> None:
    with pytest.raises(SettingsError, match=r"TELEGRAM_TOKEN is not set.*BotFather"):
        TelegramSettings.from_env({})
    with pytest.raises(SettingsError, match="does not look like a bot token"):
        TelegramSettings.from_env({"TELEGRAM_TOKEN": "not a token"})


def test_settings_read_the_api_url_and_webhook_from_the_environment() -> None:
    found = TelegramSettings.from_env(
        {
            "TELEGRAM_TOKEN": "123:abc-DEF_9",
            "TELEGRAM_API_BASE_URL": "http://127.0.0.1:8081",
            "TELEGRAM_WEBHOOK_URL": "https://bot.example.org/tg/hook",
            "TELEGRAM_WEBHOOK_PORT": "8080",
        }
    )
    assert found.api_base_url == "http://127.0.0.1:8081/bot"
    assert found.file_base_url == "http://127.0.0.1:8081/file/bot"
    assert found.webhook is not None
    assert (found.webhook.path, found.webhook.port) == ("/tg/hook", 8080)
    assert TelegramSettings.from_env({"TELEGRAM_TOKEN": "1:a"}).webhook is None
    assert api_base_url("") == "https://api.telegram.org/bot"
    with pytest.raises(SettingsError, match="TELEGRAM_API_BASE_URL"):
        api_base_url("localhost:8081")
    with pytest.raises(SettingsError, match="TELEGRAM_WEBHOOK_PORT"):
        TelegramSettings.from_env(
            {"TELEGRAM_TOKEN": "1:a", "TELEGRAM_WEBHOOK_URL": "https://x.org/h",
             "TELEGRAM_WEBHOOK_PORT": "http"}
        )  # fmt: skip
