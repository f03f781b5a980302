"""Chat exports (a class's WhatsApp group, a Telegram or Discord study channel) imported as the
facts people typed: timestamps, names and the app's own lines left out, questions kept with their
answers.

Recognised by their lines, since they arrive as .txt:

- WhatsApp, Android: `12/03/2024, 19:42 - Name: message` (any date order, `.` or `-` between
  the parts, a 12-hour clock with am/pm, seconds or not);
- WhatsApp, iOS: `[12/03/2024, 19:42:05] Name: message`;
- Telegram Desktop, copied: a `Name, [12.03.2024 19:42]` line, the message on the lines below;
- Discord: DiscordChatExporter's text export (`[12/03/2024 19:42] name`, the message below) or
  the client's copy (`name — Today at 19:42`, `name — 12/03/2024 19:42`).

A message's continuation lines belong to it. The app's lines are not notes: system lines with no
sender (the encryption notice, "X added Y"), attachments ("<Media omitted>", "image omitted",
"IMG-1.jpg (file attached)"), deleted messages, missed calls, polls, bare links, and replies with
nothing to learn ("ok", "thanks", "lol", an emoji). A message ending in "?" is a question: the
other people's replies after it (until someone asks again, the asker speaks again, or four
replies) are kept under it as its answers, so "what's X?" … "X is …" stays answerable together and
/ask shows the question as the answer's context. A question nobody answered is not a fact.

Hand-written: the WhatsApp parsers on PyPI (whatstk, chat-miner) need pandas and read the
Android and iOS forms only; the line forms here are few and each is one anchored pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice
from pathlib import PurePath

from knowledge.importers.converted import MarkdownDraft, import_converted, pieces, plain
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.sentences import split_sentences
from knowledge.importers.source import require_content

MAX_REPLIES = 4
"""Replies kept under one question: after a few, the chat has moved on."""

REPLY_MINUTES = 6 * 60
"""How long after a question a message may still be its answer."""

MAX_HEADER = 300
"""Characters a line may have and still be read as a message's header (date, time, name)."""

_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"
_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.?\s?[Mm]\.?)?)"
_STYLES: dict[str, re.Pattern[str]] = {
    # Messages whose text starts on the header line.
    "WhatsApp (Android)": re.compile(rf"^{_DATE},? {_TIME} [-–] (?P<rest>.*)$"),
    "WhatsApp (iOS)": re.compile(rf"^\[{_DATE},? {_TIME}\] (?P<rest>[^:]{{1,80}}: .*)$"),
    # A header line alone, the message below it.
    "Telegram": re.compile(rf"^(?P<name>[^\[\]]{{1,80}}), \[{_DATE},? {_TIME}\]$"),
    "Discord (DiscordChatExporter)": re.compile(rf"^\[{_DATE},? {_TIME}\] (?P<name>[^:]{{1,80}})$"),
    "Discord": re.compile(
        rf"^(?P<name>[^—]{{1,80}}) — (?:(?:Today|Yesterday) at |{_DATE},? ){_TIME}$"
    ),
}
# iOS lines WhatsApp writes itself may have no "Name: " ("[…] Alice added Bob"); they still
# start a message of their own (which is left out).
_IOS_ANY = re.compile(rf"^\[{_DATE},? {_TIME}\] (?P<rest>.*)$")
_INLINE = frozenset({"WhatsApp (Android)", "WhatsApp (iOS)"})
_SENDER = re.compile(r"^(?P<name>[^:]{1,80}?): (?P<text>.*)$|^(?P<bare>[^:]{1,80}?):$")
# Lines the app writes itself, whoever it puts as their sender.
_SYSTEM = re.compile(
    r"^(?:<media omitted>|<attached: [^>]*>|(?:\S.*\s)?(?:image|video|audio|sticker|gif|document"
    r"|contact card|voice message) omitted|this message was deleted\.?|you deleted this message\.?"
    r"|messages and calls are end-to-end encrypted.*|missed (?:voice|video|group) call.*"
    r"|waiting for this message.*|null|live location shared|location: https?://\S+"
    r"|.*\(file attached\)|poll:|\{attachments\}|\{embed\}|\{reactions\}|\{stickers\}"
    r"|pinned a message.*|started a call.*|joined the server.*"
    r"|\[(?:photo|video|sticker|file|voice message|video message|gif|album|forwarded from)[^\]]*\])$",
    re.IGNORECASE,
)
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]+")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*$")
# What opens a message to flag it, not to say anything: "Reminder: a super is …".
_CHAT_LABEL = re.compile(
    r"^(?:reminder|fyi|psa|nb|n\.b\.|ps|p\.s\.|btw|update|quick tip|tip|heads up)\s*[:!,-]\s+",
    re.IGNORECASE,
)
_EXPORT_SECTION = re.compile(r"^\{(?:Attachments|Embed|Reactions|Stickers|Mentions)\}$")
_EDITED = re.compile(r"\s*<this message was edited>\s*$", re.IGNORECASE)
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S*$", re.IGNORECASE)
_POLL_OPTION = re.compile(r"^OPTION: .*\(\d+ votes?\)$")
_RULE = re.compile(r"^={5,}$")
_METADATA = re.compile(r"^[A-Z][\w ]{0,20}: \S")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# What people type to keep a chat going, not to teach: a reply made only of these is left out.
_CHATTER_WORDS = (
    "ok okay k kk okk thanks thank thx ty tysm you u lol lmao haha hahaha hah hehe omg wow "
    "nice cool great np hi hello hey hiya bye cya night gn morning gm same ikr idk yeah ya "
    "yep yup yes no nope nah sure true fair oh ah oops sorry brb ttyl xx x yay good awesome "
    "perfect got it thankyou cheers love mate guys all everyone much so very "
)
_CHATTER = frozenset(_CHATTER_WORDS.split())
_YES_NO = frozenset(["yes", "no", "yeah", "yep", "yup", "nope", "nah", "true"])
_WHATSAPP_NAME = re.compile(r"^WhatsApp Chat (?:with|-) (.+)$", re.IGNORECASE)


@dataclass
class _Message:
    line: int
    sender: str
    when: tuple[str, int]  # the date as written, and minutes into the day
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        """The message on one line: a line break that ended no sentence becomes "; "."""
        parts: list[str] = []
        for line in self.lines:
            if parts:
                parts.append(" " if parts[-1].endswith((".", "!", "?", ":", ";", ",")) else "; ")
            parts.append(line)
        return " ".join("".join(parts).split())


def chat_style(text: str) -> str | None:
    """The app a chat export came from, or None for anything else: its first line (after a
    DiscordChatExporter preamble) is a message header, and headers of that one form are at least
    three and a tenth of the lines."""
    stripped = (line.strip(_MARKS + " ") for line in text.split("\n"))
    lines = list(islice((line for line in stripped if line), 5000))
    start = _preamble(lines)
    if start >= len(lines):
        return None
    best, count = None, 0
    for name, form in _STYLES.items():
        headers = sum(1 for line in lines[start:] if _header(form, line))
        if headers > count:
            best, count = name, headers
    if best is None or not _header(_form(best), lines[start]):
        return None
    return best if count >= 3 and count * 10 >= len(lines) - start else None


def _form(style: str) -> re.Pattern[str]:
    """The pattern of every header line of `style`, the app's own lines included."""
    return _IOS_ANY if style == "WhatsApp (iOS)" else _STYLES[style]


def import_chat(text: str, source_name: str) -> Imported:
    """A deck mapping from a chat export."""
    require_content(text)
    style = chat_style(text) or "WhatsApp (Android)"
    draft = MarkdownDraft()
    title = _WHATSAPP_NAME.match(PurePath(source_name).stem)
    if title:
        draft.heading(1, title.group(1), 1)
    messages, system = _messages(text, style)
    chatter = _write(messages, draft)
    if not any(line.strip() and not line.startswith("# ") for line in draft.lines):
        raise DeckImportError(
            f"this chat holds no notes: its {system} app lines and {chatter} short replies "
            "(ok, thanks) are not facts"
        )
    imported = import_converted(draft, source_name, f"{style} chat")
    imported.report.detect(
        "left out",
        f"{system} app line{'' if system == 1 else 's'} and {chatter} "
        f"{'reply' if chatter == 1 else 'replies'} with nothing to learn",
    )
    return imported


def _preamble(lines: list[str]) -> int:
    """Lines before the first message that are an exporter's header (rules and `Key: value`)."""
    if not lines or not _RULE.match(lines[0]):
        return 0
    for at, line in enumerate(lines[:12]):
        if not (_RULE.match(line) or _METADATA.match(line)):
            return at
    return 0


def _header(form: re.Pattern[str], line: str) -> re.Match[str] | None:
    """The header at the start of `line`, read from its first MAX_HEADER characters only (a
    message's text may be long; a header line alone never is)."""
    if len(line) <= MAX_HEADER:
        return form.match(line)
    inline = "rest" in form.groupindex
    return form.match(line[:MAX_HEADER]) if inline else None


def _messages(text: str, style: str) -> tuple[list[_Message], int]:
    """The chat's messages, and how many app lines (system lines, attachments) were left out."""
    form = _form(style)
    inline = style in _INLINE
    raw = text.split("\n")
    lines = [line.strip(_MARKS + " \t") for line in raw]
    start = _preamble([line for line in lines if line])
    messages: list[_Message] = []
    system = 0
    current: _Message | None = None
    seen = 0
    for number, line in enumerate(lines, 1):
        if not line:
            continue
        seen += 1
        if seen <= start:
            continue
        header = _header(form, line)
        if header is None:
            if current is not None:
                current.lines.append(line)
            continue
        if not inline:
            current = _Message(number, header.group("name").strip(), _when(header))
            messages.append(current)
            continue
        sender = _SENDER.match(line[header.start("rest") :])
        # iOS marks what WhatsApp wrote itself (attachments, notices) with a left-to-right mark.
        marked = raw[number - 1].lstrip(" \ufeff").startswith("\u200e") or (
            sender is not None and (sender.group("text") or "").startswith("\u200e")
        )
        if sender is None or marked:
            system += 1  # "Alice added Bob", the encryption notice, iOS's marked attachments
            current = None
            continue
        current = _Message(number, sender.group("name") or sender.group("bare"), _when(header))
        if sender.group("text"):
            current.lines.append(sender.group("text"))
        messages.append(current)
    kept: list[_Message] = []
    for message in messages:
        lines = [_EDITED.sub("", _strip_marks(line)) for line in message.lines]
        # DiscordChatExporter lists a message's attachments, embeds and reactions after it.
        cut = next((at for at, line in enumerate(lines) if _EXPORT_SECTION.match(line)), None)
        if cut is not None:
            system += len(lines) - cut
            lines = lines[:cut]
        message.lines = lines
        before = len(message.lines)
        message.lines = [line for line in message.lines if not _noise(line)]
        system += before - len(message.lines)
        if message.lines:
            kept.append(message)
    return kept, system


def _when(header: re.Match[str]) -> tuple[str, int]:
    """When a message was sent, enough to tell whether a reply came soon after a question."""
    stamp = header.group("time").casefold().replace(".", ":")
    digits = re.findall(r"\d+", stamp)
    hours, minutes = int(digits[0]), int(digits[1])
    if "p" in stamp and hours < 12:
        hours += 12
    elif "a" in stamp and hours == 12:
        hours = 0
    return header.group("date") or "", hours * 60 + minutes


def _replies_to(question: _Message, reply: _Message) -> bool:
    """Whether `reply` may answer `question`: someone else, within REPLY_MINUTES, not asking."""
    if reply.sender == question.sender or _is_question(reply.text):
        return False
    (day, start), (reply_day, at) = question.when, reply.when
    if day == reply_day:
        return 0 <= at - start <= REPLY_MINUTES
    return at + 24 * 60 - start <= REPLY_MINUTES  # past midnight (or a day later: refused)


def _strip_marks(line: str) -> str:
    """The line without direction marks and emoji: "🧶" or "👍" says nothing a quiz can ask."""
    return " ".join(_EMOJI.sub(" ", line.translate({ord(mark): None for mark in _MARKS})).split())


def _noise(line: str) -> bool:
    return bool(_SYSTEM.match(line) or _URL_ONLY.match(line) or _POLL_OPTION.match(line))


def _write(messages: list[_Message], draft: MarkdownDraft) -> int:
    """Write the messages as Markdown: a question with its replies as a group, any other message
    as a paragraph. Returns how many replies were left out as chatter."""
    chatter = 0
    at = 0
    while at < len(messages):
        message = messages[at]
        at += 1
        if _is_question(message.text):
            replies: list[_Message] = []
            while at < len(messages) and len(replies) < MAX_REPLIES:
                reply = messages[at]
                if not _replies_to(message, reply):
                    break
                replies.append(reply)
                at += 1
            answers = [reply for reply in replies if not _chatter(reply.text, answering=True)]
            chatter += len(replies) - len(answers)
            draft.group(message.text, [reply.text for reply in answers], message.line)
            draft.blank(message.line)
            continue
        if _chatter(message.text, answering=False):
            chatter += 1
            continue
        for line in message.lines:
            kept = [part for part in split_sentences(line) if not _all_chatter(part)]
            cut = pieces(_unlabelled(" ".join(kept)))
            for piece in cut:
                draft.add(plain(piece), message.line)
                # A line that ends a sentence ends its paragraph ("… under Constantine V." is
                # not an initial); a crafted long line is paragraphs of MAX_LINE at most.
                if len(cut) > 1 or _SENTENCE_END.search(piece):
                    draft.blank(message.line)
        draft.blank(message.line)
    return chatter


def _unlabelled(text: str) -> str:
    """The message less a flag it opens with: "Reminder: a super is …" -> "A super is …"."""
    label = _CHAT_LABEL.match(text)
    if label is None:
        return text
    rest = text[label.end() :]
    return rest[:1].upper() + rest[1:]


def _is_question(text: str) -> bool:
    return text.rstrip(" )!\"'”’").endswith("?") and len(_WORD.findall(text)) >= 2


def _chatter(text: str, *, answering: bool) -> bool:
    """A message with nothing to learn: only chat words and emoji, or (outside an answer) under
    three words. A "yes" or "no" answering a question is its answer."""
    words = [word.casefold() for word in _WORD.findall(text)]
    if any(char.isdigit() for char in text):
        return False
    if answering:
        return all(word in _CHATTER and word not in _YES_NO for word in words)
    return len(words) < 3 or _all_chatter(text)


def _all_chatter(text: str) -> bool:
    """Only chat words ("Hi all!", "thanks so much"), emoji and marks."""
    return all(word.casefold() in _CHATTER for word in _WORD.findall(text))
