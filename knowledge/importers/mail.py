"""E-mail (.eml, and .mbox mailboxes): notes a teacher sent, or a thread of them, read from the
message's text and imported by content like a .txt of notes.

Read with the standard library's `email` package (the compat32 policy: it never raises on a
broken message, and its header handling has none of the quadratic parsing the newer policy's
header parser had on crafted headers): the text/plain part of each message, decoded from its
transfer encoding (quoted-printable, base64) and its charset; a message with only HTML gives the
HTML's text. Headers go (the Subject names the topic). In the text: greetings ("Hi all,"),
sign-offs and what follows them ("Best wishes, / Ms Ortiz"), the `-- ` signature, "Sent from my
phone" lines, reply attributions ("On Tue, … wrote:") and forwarded-message header blocks go. Quoted
lines (`>`) are the earlier message: kept (a reply above quoted notes is notes, and so are the
notes), but in a mailbox, quoted text that is another message of the mailbox is read once.
Attachments are not read (they are counted: send them on their own).
"""

from __future__ import annotations

import email
import itertools
import re
from collections.abc import Callable
from email import policy
from email.header import decode_header
from email.message import Message

from knowledge.importers.errors import DeckImportError
from knowledge.importers.folder import merge_parts
from knowledge.importers.html import html_to_markdown
from knowledge.importers.report import Imported
from knowledge.importers.slugs import humanise, slugify

MAX_MESSAGES = 5_000
"""Messages read from one mailbox: a class's thread is tens; more is an archive, not notes."""

MAX_PARTS = 1_000
"""MIME parts looked at in one message (a crafted message can nest thousands)."""

MAX_MULTIPARTS = 100
"""Multipart groups (MIME boundaries) in one message: mail has a few; the standard library's
parser slows down with each one nested in another, so thousands are refused before parsing."""

ImportText = Callable[[str, str], Imported]
"""Notes text and a name in, a deck out: the importer a .txt of notes gets (`api`)."""

_MBOX_FROM = re.compile(rb"^From \S+ .{0,200}$", re.MULTILINE)
_HEADER = re.compile(r"^[A-Za-z][\w-]{0,60}:")
_MAIL_HEADERS = frozenset(
    {"message-id", "mime-version", "received", "return-path", "delivered-to", "content-type"}
    | {"x-mailer", "dkim-signature", "in-reply-to", "references", "reply-to", "thread-topic"}
)
_SUBJECT_PREFIX = re.compile(
    r"^(?:\s*(?:re|fw|fwd|aw|wg|tr|sv|vs|rv)\s*(?:\[\d+\])?:\s*|\s*\[[^\]]{1,40}\]\s*)+", re.I
)
_QUOTE = re.compile(r"^ ?>")
_QUOTE_ONE = re.compile(r"^ ?> ?")
_ATTRIBUTION = re.compile(
    r"^(?:on\b.{0,200}\bwrote:|.{0,120}\b(?:wrote|writes|schrieb|a écrit)\s*:)\s*$", re.I
)
_ATTRIBUTION_START = re.compile(r"^On\b.{0,200}$")
_FORWARD = re.compile(
    r"^(?:-{2,}\s*(?:forwarded message|original message)\s*-{2,}|begin forwarded message:)\s*$",
    re.I,
)
_FORWARD_HEADER = re.compile(r"^(?:from|date|sent|to|cc|bcc|subject|reply-to):\s", re.I)
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings)\b[^.!?]{0,60}[,!:]?$",
    re.I,
)
_GREETING_START = re.compile(r"^(?:hi|hello|hey|dear)\b[^,.!?]{0,30}[,!]\s+", re.I)
_SIGN_OFF = re.compile(
    r"^(?:(?:best|kind|warm|many|with)?\s*(?:regards|wishes|thanks)|thanks(?: again| all)?"
    r"|thank you|cheers|all the best|sincerely|yours(?: sincerely| truly)?|take care|speak soon"
    r"|see you(?: all)?(?: [\w ]{0,20})?|best)[,.!]?$",
    re.I,
)
_PHONE = re.compile(
    r"^(?:sent from my \w[\w ]{0,30}|get outlook for \w+|sent from (?:mail|yahoo mail|gmail)"
    r"\b.{0,40})$",
    re.I,
)
_MAX_SUBJECT = 1_000
_SIGNATURE = re.compile(r"^--\s?$")
_BASE64 = re.compile(r"[A-Za-z0-9+/=\s]*")
_HTML_DROPPED = re.compile(
    r"<(div|blockquote)\b[^>]{0,200}class=\"[^\"]{0,100}(?:gmail_signature|gmail_quote|"
    r"moz-signature|OutlookMessageHeader)[^>]{0,200}>.*?</\1>",
    re.IGNORECASE | re.DOTALL,
)
_MARKDOWN_EMPHASIS = re.compile(r"\*\*|(?<!\S)\*(?=\S)|(?<=\S)\*(?!\S)")
_SHORT_SIGN_OFF_TAIL = 5  # lines after a sign-off that are its name, title and school


def import_mail(data: bytes, source_name: str, import_text: ImportText) -> Imported:
    """A deck from an .eml message or an mbox mailbox: each thread (messages sharing a subject)
    a topic, its text read by `import_text` as notes."""
    if not data.strip():
        raise DeckImportError("the file is empty: there are no notes in it to import")
    raw_messages = _split_mbox(data)
    if len(raw_messages) > MAX_MESSAGES:
        raise DeckImportError(f"the mailbox holds more than {MAX_MESSAGES:,} messages; split it")
    threads: dict[str, tuple[str, list[list[str]]]] = {}
    attachments = 0
    for raw in raw_messages:
        if raw.lower().count(b"boundary=") > MAX_MULTIPARTS:
            raise DeckImportError(
                f"a message holds more than {MAX_MULTIPARTS} groups of MIME parts; it is not notes"
            )
        try:
            message = email.message_from_bytes(raw, policy=policy.compat32)
        except RecursionError:
            raise DeckImportError("this message's parts are nested too deeply to read") from None
        subject = _subject(message)
        lines, attached = _text_lines(message)
        attachments += attached
        key = slugify(subject, fallback="message")
        threads.setdefault(key, (subject, []))[1].append(lines)
    parts: list[tuple[str, Imported]] = []
    problems: list[str] = []
    for subject, bodies in threads.values():
        text = _thread_text(bodies)
        if not text.strip():
            problems.append(f"{subject}: no text to read in it")
            continue
        try:
            # The subject first: a notes file's first line is its title.
            parts.append((subject, import_text(f"{subject}\n\n{text}", f"{subject}.txt")))
        except DeckImportError as error:
            problems.append(f"{subject}: {error}")
    if not parts:
        said = f" ({problems[0]})" if problems else ""
        raise DeckImportError(
            f"no text to learn from in this e-mail{said}: only headers, greetings or attachments"
        )
    kind = "mailbox" if len(raw_messages) > 1 else "e-mail"
    imported = merge_parts(parts, title=_deck_title(parts, source_name), source=source_name)
    imported.report.format = f"{kind} ({', '.join(sorted({p.report.format for _, p in parts}))})"
    for problem in problems:
        imported.report.warn(problem)
    if attachments:
        imported.report.warn(
            f"{attachments} attachment{'s' if attachments > 1 else ''} not read "
            "(send notes attached to an e-mail as files of their own)"
        )
    return imported


def looks_like_mail(text: str) -> bool:
    """An e-mail saved as .txt: an mbox "From " line, or a block of headers at the top with a
    From: and a header only mail carries (Message-ID, Received, MIME-Version …)."""
    head = text[:16_384]
    if re.match(r"From \S+ .{0,200}\n[A-Za-z][\w-]{0,60}:", head):
        return True
    names: set[str] = set()
    for line in head.split("\n"):
        if not line.strip():
            break
        if line[:1] in " \t":
            continue  # a folded header's next line
        if not _HEADER.match(line):
            return False
        names.add(line.split(":", 1)[0].casefold())
    return "from" in names and len(names) >= 3 and bool(names & _MAIL_HEADERS)


def _split_mbox(data: bytes) -> list[bytes]:
    """The messages of an mbox ("From " lines start them), or the one message of an .eml."""
    if not data.lstrip().startswith(b"From "):
        return [data]
    starts = [match.start() for match in _MBOX_FROM.finditer(data)]
    # A "From " line starts a message only at the top or after a blank line (mbox escapes others).
    starts = [s for s in starts if s == 0 or data[max(0, s - 2) : s] in (b"\n\n", b"\r\n")]
    if not starts:
        return [data]
    bounds = [*starts, len(data)]
    messages = []
    for start, end in itertools.pairwise(bounds):
        first_line_end = data.find(b"\n", start, end)
        if first_line_end >= 0:
            messages.append(data[first_line_end + 1 : end])
    return messages or [data]


def _subject(message: Message) -> str:
    # A subject longer than any real one is cut before decoding (decode_header's time grows
    # faster than the header's length on thousands of encoded words).
    raw = str(message.get("Subject", ""))[:_MAX_SUBJECT]
    try:
        pieces = decode_header(raw)
    except (ValueError, UnicodeError):
        pieces = [(raw, None)]
    subject = "".join(
        _text_of(piece, charset) if isinstance(piece, bytes) else piece for piece, charset in pieces
    )
    subject = _SUBJECT_PREFIX.sub("", " ".join(subject.split()))
    return subject[:200].strip() or "Notes by e-mail"


def _text_lines(message: Message) -> tuple[list[str], int]:
    """The message's text (the first text/plain part, else its HTML's text) as lines, and how
    many attachments it carried."""
    plain: str | None = None
    html: str | None = None
    attachments = 0
    for count, part in enumerate(message.walk()):
        if count >= MAX_PARTS:
            break
        if part.is_multipart():
            continue
        disposition = str(part.get("Content-Disposition", "")).casefold()
        if disposition.startswith("attachment") or part.get_filename():
            attachments += 1
            continue
        kind = part.get_content_type()
        if kind == "text/plain" and plain is None:
            plain = _decoded(part)
        elif kind == "text/html" and html is None:
            html = _decoded(part)
    if plain is not None and plain.strip():
        text = plain
    elif html is not None:
        # Gmail's and Outlook's quoted original and signature are marked: not this message's.
        html = _HTML_DROPPED.sub("", html)
        text = _MARKDOWN_EMPHASIS.sub("", "\n".join(html_to_markdown(html).lines))
    else:
        text = ""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), attachments


def _decoded(part: Message) -> str:
    """A part's text: transfer encoding undone, then its charset (unknown ones as UTF-8, else
    Windows-1252, never an error)."""
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().casefold()
    raw = part.get_payload()
    if encoding == "base64" and isinstance(raw, str) and not _BASE64.fullmatch(raw):
        return ""  # not base64 at all: what it would decode to is noise, not the sender's text
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        payload = str(raw).encode("utf-8", "replace")
    return _text_of(payload, part.get_content_charset())


def _text_of(payload: bytes, charset: str | None) -> str:
    """Bytes in the charset a message names (an unknown one read as UTF-8, else Windows-1252)."""
    for encoding in (charset or "utf-8", "utf-8", "cp1252"):
        try:
            return payload.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("utf-8", "replace")


def _thread_text(bodies: list[list[str]]) -> str:
    """A thread's messages as notes: each message's own words first, then each earlier message
    it quotes (a `>` level at a time), unless another message of the thread already says it."""
    layers = [_layers(lines) for lines in bodies]
    seen: set[str] = set()
    out: list[str] = []
    for own in (message[0] for message in layers if message):
        seen.update(_key(line) for line in own if line.strip())
    for message in layers:
        for depth, layer in enumerate(message):
            if depth and all(_key(line) in seen for line in layer if line.strip()):
                continue
            if out:
                out.append("")
            out += [line for line in layer if not depth or _key(line) not in seen]
            seen.update(_key(line) for line in layer if line.strip())
    return "\n".join(out).strip() + "\n"


MAX_QUOTE_DEPTH = 20
"""Levels of quoting followed (`> > >`); deeper quotes are read with the last level."""


def _layers(lines: list[str]) -> list[list[str]]:
    """A message's own lines, then the message it quotes, then the one that quotes, …, each
    without its greeting, sign-off and footers."""
    layers: list[list[str]] = []
    while lines and len(layers) < MAX_QUOTE_DEPTH:
        layers.append(_unwrapped(_cleaned(_own_lines(lines))))
        lines = _quoted_lines(lines)
    if lines:
        layers.append(_unwrapped(_cleaned(lines)))
    return [layer for layer in layers if any(line.strip() for line in layer)]


def _own_lines(lines: list[str]) -> list[str]:
    """What the sender wrote: the lines before the signature and the quoted or forwarded
    original, without `>` lines. A forwarded message's body is the sender's to share."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        if _SIGNATURE.match(line) and line.startswith("--"):
            break
        if _FORWARD.match(stripped):
            index = _skip_headers(lines, index + 1)
            continue
        if _is_attribution(lines, index) or _QUOTE.match(line) or _outlook_header(lines, index):
            break
        out.append(line)
        index += 1
    return out


def _quoted_lines(lines: list[str]) -> list[str]:
    """The earlier message a reply quotes, one level of `>` taken off, or what follows an
    Outlook-style header block."""
    quoted = [_QUOTE_ONE.sub("", line, count=1) for line in lines if _QUOTE.match(line)]
    if quoted:
        return quoted
    for index in range(len(lines)):
        if _outlook_header(lines, index):
            return lines[_skip_headers(lines, index) :]
    return []


def _is_attribution(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    if _ATTRIBUTION.match(line):
        return True
    # "On Tue, 4 Mar 2025 at 19:02, Sam Lee <sam@example.org>" then "wrote:" on the next line.
    return (
        _ATTRIBUTION_START.match(line) is not None
        and index + 1 < len(lines)
        and lines[index + 1].strip().casefold().endswith("wrote:")
        and len(lines[index + 1]) < 80
    )


def _outlook_header(lines: list[str], index: int) -> bool:
    """Outlook's reply header: From:, Sent:/Date:, To: and Subject: lines in a block."""
    block = [line.strip() for line in lines[index : index + 6]]
    if not block or not re.match(r"^from:\s", block[0], re.I):
        return False
    names = {line.split(":", 1)[0].casefold() for line in block if _FORWARD_HEADER.match(line)}
    return {"from", "subject"} <= names and bool({"sent", "date"} & names)


def _skip_headers(lines: list[str], index: int) -> int:
    """The index after a block of forwarded or quoted headers (and blank lines around it)."""
    while index < len(lines) and not lines[index].strip():
        index += 1
    while index < len(lines) and (
        _FORWARD_HEADER.match(lines[index].strip())
        or (lines[index][:1] in " \t" and lines[index].strip())
    ):
        index += 1
    return index


def _cleaned(lines: list[str]) -> list[str]:
    """Lines without the greeting, the sign-off (and the name under it), phone footers and
    forwarded-header blocks."""
    out = [line.rstrip() for line in lines if not _PHONE.match(line.strip())]
    first = next((i for i, line in enumerate(out) if line.strip()), None)
    if first is not None and _GREETING.match(out[first].strip()):
        del out[first]
    elif first is not None:  # "Hi Miss, how do I …?": the question without its greeting
        out[first] = _GREETING_START.sub("", out[first], count=1)
    tail = [i for i, line in enumerate(out) if line.strip()]
    for index in tail[-(_SHORT_SIGN_OFF_TAIL + 1) :]:
        if _SIGN_OFF.match(out[index].strip()):
            after = [line for line in out[index + 1 :] if line.strip()]
            if len(after) <= _SHORT_SIGN_OFF_TAIL and all(len(line) < 60 for line in after):
                del out[index:]
            break
    return out


def _unwrapped(lines: list[str]) -> list[str]:
    """Paragraphs a mail program wrapped at about 72 columns joined back: a long line that ends
    mid-sentence and a next line that carries on in lower case (or a format=flowed soft break,
    a line ending in a space). List items and "Heading:" lines are never joined."""
    out: list[str] = []
    for line in lines:
        if out and out[-1].strip() and line.strip() and _carries_on(out[-1], line):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


def _carries_on(previous: str, line: str) -> bool:
    if _LIST_START.match(line) or (_LIST_START.match(previous) and line[:1] not in " \t"):
        return False
    if previous.endswith(" ") and not previous.endswith("  "):
        return True  # format=flowed
    ends = previous.rstrip()[-1:]
    return len(previous) >= _WRAP_WIDTH and ends not in ".:!?;" and line.strip()[:1].islower()


_LIST_START = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s")
_WRAP_WIDTH = 50


def _key(line: str) -> str:
    return " ".join(line.casefold().split())


def _deck_title(parts: list[tuple[str, Imported]], source_name: str) -> str:
    if len(parts) == 1:
        return parts[0][0]
    return humanise(source_name) or "Notes by e-mail"
