"""The Messenger port over PTB's `Bot`: rendered plans become Bot API calls.

Used both for the replies to an inbound update (`deliver`, which also answers the button press) and
for what the core sends on its own (`send`, `edit`: daily pushes, battle rounds). Rate limits and
429 retries are the job of the adapter's FloodLimiter (PTB's rate-limiter hook), below this layer.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Poll,
    ReactionTypeEmoji,
    ReplyParameters,
)
from telegram.constants import ParseMode, ReactionEmoji
from telegram.error import BadRequest

from adapters.telegram._polls import PollMap, PollRecord
from adapters.telegram._render import (
    Button,
    Outgoing,
    SendPhoto,
    SendPoll,
    SendText,
    Toast,
    escape,
    render,
)
from bot.events import Chat
from bot.ports import SentMessage
from bot.replies import Notice, Reply

if TYPE_CHECKING:
    from telegram._utils.types import CorrectOptionIds

log = logging.getLogger(__name__)

_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
ANSWER_PLACEHOLDER = "Your answer"  # shown in the reply box (Telegram allows 64 characters)
# "Seen": the verdict comes later, with the round's scoreboard, so one neutral reaction fits every
# Notice; telling accepted from refused would mean parsing the core's English.
SEEN = ReactionEmoji.EYES


class TelegramMessenger:
    platform = "telegram"  # the chats this messenger reaches (daily pushes go only to those)

    def __init__(self, bot: Bot, polls: PollMap) -> None:
        self.bot = bot
        self.polls = polls

    async def send(self, chat: Chat, reply: Reply) -> SentMessage:
        """Post a reply; the id of its first message is what `edit` replaces later."""
        sent = await self.deliver(chat, [reply], for_everyone=True)
        if not sent:
            raise RuntimeError("the reply rendered to nothing")
        return SentMessage(chat, str(sent[0]))

    async def edit(self, sent: SentMessage, reply: Reply) -> None:
        """Edit a text message in place; a reply that cannot replace text (a poll, a photo, several
        messages) is sent anew instead."""
        plans = render(reply, can_toast=False)
        if len(plans) != 1 or not isinstance(plans[0], SendText):
            await self.deliver(sent.chat, [reply])
            return
        plan = plans[0]
        try:
            await self.bot.edit_message_text(
                plan.html,
                chat_id=int(sent.chat.id),
                message_id=int(sent.message_id),
                parse_mode=ParseMode.HTML,
                reply_markup=_keyboard(plan.keyboard),
                link_preview_options=_NO_PREVIEW,
            )
        except BadRequest as error:
            if "not modified" not in str(error).casefold():
                raise

    async def deliver(
        self,
        chat: Chat,
        replies: Sequence[Reply],
        *,
        callback_query_id: str | None = None,
        reply_to: int | None = None,
        react_to: int | None = None,
        for_everyone: bool = False,
    ) -> list[int]:
        """Show replies in a chat, in order; returns the message ids sent.

        A button press is always answered, exactly once: with the first Notice as a toast, or empty.
        `reply_to` quotes the user's message (the first message sent does); `react_to` is a user's
        message whose Notices become a reaction on it instead of a message (a typed answer in a
        group, where fifty "Locked in" messages would use up the group's 20 a minute; a chat that
        refuses the reaction gets the message); `for_everyone` marks what the core posts on its
        own to the whole chat (a battle round) rather than to one user.
        """
        chat_id = int(chat.id)
        if (
            react_to is not None
            and callback_query_id is None
            and any(isinstance(reply, Notice) and reply.acknowledges for reply in replies)
            and await self._react(chat_id, react_to)
        ):
            replies = [r for r in replies if not (isinstance(r, Notice) and r.acknowledges)]
        plans: list[Outgoing] = []
        for reply in replies:
            plans.extend(render(reply, can_toast=callback_query_id is not None))
        if callback_query_id is not None:
            toast = next((plan for plan in plans if isinstance(plan, Toast)), None)
            await self.bot.answer_callback_query(
                callback_query_id, text=toast.text if toast else None
            )
            plans = [plan for plan in plans if plan is not toast]
        sent: list[int] = []
        for each in plans:
            # a second notice for one press is shown as text: a press has only one toast
            plan = SendText(escape(each.text), each.text) if isinstance(each, Toast) else each
            # the first message quotes the user's; so does a typed question, to aim its reply box
            asks = isinstance(plan, SendText) and plan.awaits_answer
            quote = reply_to if not sent or asks else None
            if isinstance(plan, SendText):
                markup = _markup(plan, chat, quote, for_everyone=for_everyone)
                sent.append(await self._text(chat_id, plan, quote, markup))
            elif isinstance(plan, SendPoll):
                sent.extend(await self._poll(chat, plan, quote))
            else:
                sent.append(await self._photo(chat_id, plan, quote))
        return sent

    async def _react(self, chat_id: int, message_id: int) -> bool:
        """Mark the user's message as seen; False when Telegram refuses (reactions turned off in
        the chat, a message that takes none), so the caller answers in text instead."""
        try:
            await self.bot.set_message_reaction(
                chat_id, message_id, reaction=ReactionTypeEmoji(SEEN)
            )
        except BadRequest as error:
            log.info("no reaction in chat %s (%s); answering with a message", chat_id, error)
            return False
        return True

    async def _text(
        self, chat_id: int, plan: SendText, quote: int | None, markup: ReplyMarkup | None
    ) -> int:
        try:
            message = await self.bot.send_message(
                chat_id,
                plan.html,
                parse_mode=ParseMode.HTML,
                reply_markup=markup,
                link_preview_options=_NO_PREVIEW,
                reply_parameters=_quote(quote),
            )
        except BadRequest as error:
            if "parse entities" not in str(error).casefold():
                raise
            log.error("Telegram refused our HTML (%s); sending plain text", error)
            message = await self.bot.send_message(
                chat_id,
                plan.plain,
                reply_markup=markup,
                link_preview_options=_NO_PREVIEW,
                reply_parameters=_quote(quote),
            )
        return message.message_id

    async def _poll(self, chat: Chat, plan: SendPoll, quote: int | None) -> list[int]:
        chat_id = int(chat.id)
        try:
            message = await self.bot.send_poll(
                chat_id,
                plan.question,
                list(plan.options),
                is_anonymous=False,  # so that poll_answer updates arrive, in groups and DMs alike
                type=Poll.QUIZ,
                correct_option_ids=cast("CorrectOptionIds", list(plan.correct)),
                explanation=plan.explanation,
                open_period=plan.open_period,
                reply_parameters=_quote(quote),
            )
        except BadRequest as error:
            log.warning("quiz poll refused in chat %s (%s); sending buttons", chat_id, error)
            return [
                await self._text(chat_id, fallback, quote, _keyboard(fallback.keyboard))
                for fallback in plan.fallback
            ]
        if message.poll is not None:
            self.polls.remember(message.poll.id, PollRecord(chat, plan.question_id, plan.tokens))
        return [message.message_id]

    async def _photo(self, chat_id: int, plan: SendPhoto, quote: int | None) -> int:
        try:
            message = await self.bot.send_photo(
                chat_id,
                plan.png,
                caption=plan.caption_html,
                parse_mode=ParseMode.HTML if plan.caption_html else None,
                reply_parameters=_quote(quote),
            )
        except BadRequest:  # a chat where the bot may not send pictures: say what it shows instead
            if not plan.alt:
                raise
            words = f"(A picture could not be sent here. It shows:) {plan.alt}"
            return await self._text(chat_id, SendText(escape(words), words), quote, None)
        return message.message_id


ReplyMarkup = InlineKeyboardMarkup | ForceReply


def _markup(
    plan: SendText, chat: Chat, quote: int | None, *, for_everyone: bool
) -> ReplyMarkup | None:
    """Buttons, or for a typed question in a group the reply box (privacy mode shows the bot only
    replies to it there): for the user whose message is quoted, or for everyone when the question
    is the whole chat's. A question answering one user's tap or vote (nothing to quote) gets none:
    a reply box for the whole group would be someone else's business; /a still works."""
    if plan.keyboard or not plan.awaits_answer or not chat.is_group:
        return _keyboard(plan.keyboard)
    if quote is not None:
        return ForceReply(selective=True, input_field_placeholder=ANSWER_PLACEHOLDER)
    if for_everyone:
        return ForceReply(selective=False, input_field_placeholder=ANSWER_PLACEHOLDER)
    return None


def _keyboard(rows: tuple[tuple[Button, ...], ...]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(button.label, callback_data=button.data) for button in row]
            for row in rows
        ]
    )


def _quote(message_id: int | None) -> ReplyParameters | None:
    if message_id is None:
        return None
    return ReplyParameters(message_id, allow_sending_without_reply=True)
