"""Video transcripts (a lesson's captions: WebVTT .vtt, SubRip .srt, or YouTube's transcript
copied and pasted into a .txt), imported as the sentences that were said.

Captions cut speech into pieces a couple of seconds long, so a sentence runs across several of
them; here the pieces are joined back and cut again where sentences end, one fact per sentence
(speech with no full stops, as automatic captions are, is cut at the caption nearest every 30
words or so). Timestamps, cue numbers, `[Music]`/`[Applause]` and other bracketed sounds, `>>`
and `- ` speaker marks, `NAME:` speaker labels, `<i>`/`<v Speaker>`/`<c>` tags, "um"/"uh" and
YouTube's "2 minutes, 3 seconds" lines are not notes. Automatic captions that repeat the last line
at the top of each cue (YouTube's rolling captions) are read once. A chapter title in a YouTube
copy (a line of its own before the chapter's first timestamp) starts a topic; a pause of
`PAUSE_SECONDS` or more ends a sentence, whatever its punctuation.

Recognised by content as well as by name: `WEBVTT` on the first line, SubRip's numbered cues with
`00:00:01,000 --> 00:00:04,000` timings, or lines of YouTube timestamps (`0:00`, `1:02:03`) on
their own or before the caption, starting near the video's start and a few seconds apart.

Hand-written rather than read with webvtt-py, srt or pysrt: those read one format each (none reads
YouTube's copied transcript), drop the line numbers the report points with, and refuse a whole file
for one malformed cue, where a teacher's upload should lose only that cue.
"""

from __future__ import annotations

import html
import re
import statistics
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from itertools import pairwise

from knowledge.importers.converted import MarkdownDraft, import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.sentences import split_sentences
from knowledge.importers.source import require_content

PAUSE_SECONDS = 4.0
"""Silence between captions that ends a sentence (speech carries on within about a second)."""

CHUNK_WORDS = 30
"""Words after which speech without full stops is cut, at the next caption."""

MAX_CUES = 200_000
"""Captions read from one file: a three-hour film has about 3,000; more is a crafted file."""

MAX_PARAGRAPH = 400
"""Captions joined before they are cut into sentences (see `_write`)."""

MAX_CUE_TEXT = 10_000
"""Characters kept of one caption's lines together (see `_extend`)."""

MAX_CAPTION = 2_000
"""Characters of one caption line kept; captions are under 50, so longer is not a caption."""

_TIMING = re.compile(
    r"^((?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3})[ \t]*-->[ \t]*"
    r"((?:\d{1,3}:)?\d{1,2}:\d{2}[,.]\d{1,3})(?:[ \t].*)?$"
)
_STAMP = r"(?:\d{1,2}:)?\d{1,2}:\d{2}"
_OWN_LINE_STAMP = re.compile(rf"^({_STAMP})$")
_LEADING_STAMP = re.compile(rf"^({_STAMP})[ \t]+(\S.*)$")
_SPOKEN_DURATION = re.compile(
    r"^\d+ (?:hours?|minutes?|seconds?)(?:,? \d+ (?:hours?|minutes?|seconds?))*$", re.IGNORECASE
)
_TAG = re.compile(r"<[^<>]{0,200}>|\{\\[^{}]{0,50}\}")  # <i>, <v Ann>, <00:01.000>; {\an8}
_SOUND = re.compile(r"\[[^\[\]]{0,60}\]|♪[^♪]{0,200}♪|[♪♫]")
_WHOLE_SOUND = re.compile(r"^\(([A-Za-z]+(?: [A-Za-z]+){0,3})\)$")
_SPEAKER = re.compile(r"^(?:>>+|-(?=\s))\s*|^[A-Z][A-Z .'-]{1,30}:\s+")
_FILLER = re.compile(r"\b(?:u+m+|u+h+|e+r+m+|h+m+)\b[,.]?\s*", re.IGNORECASE)
_NOTE_BLOCK = re.compile(r"^(?:NOTE|STYLE|REGION)(?:\s|$)")
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_TITLE_END = re.compile(r"[.,;!?]$")


@dataclass
class _Cue:
    line: int
    start: float
    end: float | None
    text: str


@dataclass
class _Transcript:
    kind: str
    cues: list[_Cue] = field(default_factory=list)
    chapters: dict[int, str] = field(default_factory=dict)  # cue index -> title before it


def transcript_kind(text: str) -> str | None:
    """ "WebVTT", "SubRip" or "YouTube" for a transcript in that form, else None."""
    lines = [line.strip() for line in text.split("\n", 20_000)[:20_000]]
    nonblank = [line for line in lines if line]
    if not nonblank:
        return None
    if nonblank[0].startswith("WEBVTT") and (len(nonblank[0]) == 6 or nonblank[0][6] in " \t"):
        return "WebVTT"
    timings = sum(1 for line in nonblank if _TIMING.match(line))
    first_cue = nonblank[0].isdigit() and len(nonblank) > 1 and _TIMING.match(nonblank[1])
    if (first_cue or _TIMING.match(nonblank[0])) and timings >= 2 and timings * 6 >= len(nonblank):
        return "SubRip"
    return "YouTube" if _youtube(nonblank) else None


def _youtube(lines: list[str]) -> bool:
    """Timestamps on at least a quarter of the lines, the first within the video's first minute,
    never going back, and most a few seconds apart (a list of chapters or a timetable is not)."""
    stamps = [_seconds(match.group(1)) for match in map(_stamp_match, lines) if match]
    if len(stamps) < 5 or len(stamps) * 4 < len(lines) or stamps[0] > 60:
        return False
    gaps = [later - earlier for earlier, later in pairwise(stamps)]
    return min(gaps) >= 0 and statistics.median(gaps) <= 20


def _stamp_match(line: str) -> re.Match[str] | None:
    return _OWN_LINE_STAMP.match(line) or _LEADING_STAMP.match(line)


def import_transcript(text: str, source_name: str) -> Imported:
    """A deck mapping from a video's captions or transcript."""
    require_content(text)
    kind = transcript_kind(text) or ("SubRip" if "-->" in text else "YouTube")
    transcript = _youtube_cues(text) if kind == "YouTube" else _timed_cues(text, kind)
    if not transcript.cues:
        raise DeckImportError(f"no captions found: this is not a {kind} transcript")
    draft = MarkdownDraft()
    dropped = _write(transcript, draft)
    if not any(line.startswith("- ") for line in draft.lines):
        raise DeckImportError("the captions hold no words, only timings and sounds ([Music])")
    label = {"WebVTT": "WebVTT captions", "SubRip": "SubRip captions"}.get(
        kind, "YouTube transcript"
    )
    imported = import_converted(draft, source_name, label)
    imported.report.detect("left out", f"{dropped} timings and sound captions ([Music])")
    return imported


def _timed_cues(text: str, kind: str) -> _Transcript:
    """WebVTT or SubRip cues: a timing line, then the caption's lines up to a blank line."""
    transcript = _Transcript(kind)
    lines = text.split("\n")
    cue: _Cue | None = None
    skipping = False  # inside a NOTE, STYLE or REGION block
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            cue, skipping = None, False
            continue
        timing = _TIMING.match(line) if len(line) < 200 else None
        if timing is not None:
            if len(transcript.cues) >= MAX_CUES:
                raise DeckImportError(f"the file has more than {MAX_CUES:,} captions; split it")
            cue = _Cue(number, _seconds(timing.group(1)), _seconds(timing.group(2)), "")
            transcript.cues.append(cue)
            continue
        if cue is None:
            skipping = skipping or bool(_NOTE_BLOCK.match(line))
            continue
        following = lines[number].strip() if number < len(lines) else ""
        if line.isdigit() and _TIMING.match(following):  # a cue number with no blank before it
            cue = None
            continue
        if not cue.text:
            cue.line = number  # the report points at the caption, not its timing
        # Each line cleaned alone: "- Hello." / "- Hi." are two speakers' lines of one cue.
        _extend(cue, _clean(line[:MAX_CAPTION]))
    return transcript


def _youtube_cues(text: str) -> _Transcript:
    """A YouTube transcript copied from the page: a timestamp line then the caption, or both on
    one line; a line of its own before a timestamp that reads as a title is a chapter's."""
    transcript = _Transcript("YouTube")
    lines = [(number, line.strip()) for number, line in enumerate(text.split("\n"), 1)]
    lines = [(n, line) for n, line in lines if line and not _SPOKEN_DURATION.match(line)]
    pending: list[tuple[int, str]] = []  # lines since the last caption started
    cue: _Cue | None = None
    for at, (number, line) in enumerate(lines):
        stamp = _stamp_match(line)
        if stamp is None:
            following = lines[at + 1][1] if at + 1 < len(lines) else ""
            before_stamp = bool(_stamp_match(following))
            if before_stamp and _title_like(line) and (cue is None or cue.text):
                transcript.chapters[len(transcript.cues)] = line
            elif cue is not None:
                _extend(cue, line[:MAX_CAPTION])
            else:
                pending.append((number, line))
            continue
        if len(transcript.cues) >= MAX_CUES:
            raise DeckImportError(f"the file has more than {MAX_CUES:,} captions; split it")
        said = stamp.group(2)[:MAX_CAPTION] if stamp.lastindex == 2 else ""
        cue = _Cue(number, _seconds(stamp.group(1)), None, said)
        transcript.cues.append(cue)
    above = " ".join(line for _, line in pending)
    if above and 0 not in transcript.chapters and _title_like(above):  # the video's title
        transcript.chapters[0] = above
    return transcript


def _extend(cue: _Cue, line: str) -> None:
    """Add a line to a caption, up to MAX_CUE_TEXT characters: a file whose timestamps stop
    being read (a crafted one, or "100:00") does not grow one caption line by line for ever."""
    if len(cue.text) < MAX_CUE_TEXT:
        cue.text = f"{cue.text} {line}".strip()


def _title_like(line: str) -> bool:
    return len(line.split()) <= 10 and not _TITLE_END.search(line) and line[:1].isupper()


def _write(transcript: _Transcript, draft: MarkdownDraft) -> int:
    """Write the sentences, a chapter's title as a heading before its first; returns how many
    timestamps, cue numbers and sound-only captions were left out."""
    pieces: list[tuple[int, str]] = []  # the paragraph being read: (line, caption text)
    dropped = len(transcript.cues)
    last_end: float | None = None
    recent: list[str] = []
    for index, cue in enumerate(transcript.cues):
        title = transcript.chapters.get(index)
        paused = last_end is not None and cue.start - last_end >= PAUSE_SECONDS
        if title is not None or paused:
            _flush(pieces, draft)
            pieces = []
        if title is not None:
            draft.heading(2, title, cue.line)
        last_end = cue.end if cue.end is not None else None
        text = _clean(cue.text)
        if not text:
            dropped += 1
            continue
        if text.casefold() in recent:  # a rolling caption's repeated line
            continue
        for line in _new_lines(text, recent):
            pieces.append((cue.line, line))
        recent = [*recent, text.casefold()][-2:]
        # A long paragraph is read in parts, each ending a sentence where one ends (or at
        # MAX_PARAGRAPH captions): speech with no pause is never one string cut at every stop.
        ends = _SENTENCE_END.search(text) is not None
        if len(pieces) >= MAX_PARAGRAPH or (len(pieces) >= MAX_PARAGRAPH // 8 and ends):
            _flush(pieces, draft)
            pieces = []
    _flush(pieces, draft)
    return dropped


def _new_lines(text: str, recent: list[str]) -> list[str]:
    """The caption less a first part that repeats the caption before (rolling captions)."""
    if recent and text.casefold().startswith(recent[-1]) and len(text) > len(recent[-1]):
        return [text[len(recent[-1]) :].strip()]
    return [text]


def _clean(text: str) -> str:
    text = html.unescape(_TAG.sub("", text))
    text = _SOUND.sub(" ", text)
    if _WHOLE_SOUND.match(text.strip()):
        return ""
    text = _SPEAKER.sub("", text.strip())
    text = _FILLER.sub("", text)
    text = re.sub(r"\s*>>+\s*", " ", text)
    return " ".join(text.split())


def _flush(pieces: list[tuple[int, str]], draft: MarkdownDraft) -> None:
    """The captions of one paragraph joined, then cut into sentences, one fact each."""
    if not pieces:
        return
    text = ""
    starts: list[tuple[int, int]] = []  # (offset in text, line)
    for line, piece in pieces:
        if text:
            text += " "
        starts.append((len(text), line))
        text += piece
    offset = 0
    for sentence in split_sentences(text):
        at = text.find(sentence, offset)
        offset = at + len(sentence) if at >= 0 else offset
        for part, part_at in _chunks(sentence, max(at, 0), starts):
            draft.fact(part[:1].upper() + part[1:], _line_at(starts, part_at))


def _chunks(sentence: str, at: int, starts: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """A sentence of speech with no full stops cut at the caption nearest every CHUNK_WORDS words."""
    if len(sentence.split()) <= CHUNK_WORDS * 3 // 2:
        return [(sentence, at)]
    offsets = [offset for offset, _ in starts]
    first, last = bisect_right(offsets, at), bisect_left(offsets, at + len(sentence))
    cuts = [offset - at for offset in offsets[first:last]]
    parts: list[tuple[str, int]] = []
    begin = 0
    for cut in cuts:
        if len(sentence[begin:cut].split()) >= CHUNK_WORDS:
            parts.append((sentence[begin:cut].strip(), at + begin))
            begin = cut
    parts.append((sentence[begin:].strip(), at + begin))
    return [(part, offset) for part, offset in parts if part]


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    """The line of the caption that `offset` of the paragraph's text falls in."""
    return starts[max(0, bisect_right(starts, (offset, 1 << 62)) - 1)][1]


def _seconds(stamp: str) -> float:
    parts = stamp.replace(",", ".").split(":")
    total = 0.0
    for part in parts:
        total = total * 60 + float(part)
    return total
