"""Moodle GIFT question banks (.gift, or a .txt that reads as one), imported as the facts their
questions teach: each question stated with its RIGHT answer, never a wrong option as if it were true.

The format is Moodle's ("GIFT format" in Moodle's documentation): questions separated by blank
lines, `//` comment lines, an optional `::title::`, an optional `[html]`/`[markdown]` text format,
and the answers in braces. What each kind becomes:

- multiple choice `{=right ~wrong}`, several right answers `{~%50%a ~%50%b ~%-100%c}` and short
  answer `{=one =another}`: the question leads a group of its right answers, so /ask shows the
  question as the answer's context ("From Trade goods › Which city…?");
- missing word, `Lübeck was founded in {=1143 ~1201} by…`: the sentence with the answer filled in;
- true/false `{T}` / `{FALSE}`: the statement, or "It is not true that …" for a false one;
- numeric `{#1358}`, `{#1.5:0.1}`, `{#1..5}`, `{# =1358 =%50%1360}`: the question and its value;
- matching `{=a -> b =c -> d}`: the question leads a group of "a: b" pairs;
- essays `{}` and descriptions (no braces) teach no answer and are reported as skipped.

Feedback on a right answer and a question's general feedback (`####…`) are kept as facts beside
it: they usually explain the answer. Feedback on a wrong option is not (it argues about a claim
that is false). `$CATEGORY: a/b/c` lines are topics and subtopics (`$course$` and Moodle's `top`
are not). Escapes (`\\:`, `\\=`, `\\~`, `\\#`, `\\{`, `\\}`, `\\\\`, `\\n`) become the characters.

Hand-written: the GIFT parser on PyPI (pygiftparser) was last released in 2017 and is built on a
PLY grammar with no limits; Moodle's own reader is PHP. GIFT's grammar is small enough to read in
one linear pass per question here, with a line number kept for every fact.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from knowledge.importers.converted import MarkdownDraft, import_converted
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported
from knowledge.importers.source import require_content

MAX_GIFT_QUESTIONS = 20_000
"""Questions read from one bank: a course's bank has hundreds; more is a crafted file."""

MAX_GIFT_BLOCK = 20_000
"""Characters in one question; a longer one is a file that is not GIFT (or is hostile)."""

# The escapes GIFT allows, read as characters from Unicode's private use area while the question
# is parsed, so an escaped "=" or "}" is never a mark; each becomes its character at the end.
_ESCAPES = {"\\": "\ue000", ":": "\ue001", "~": "\ue002", "=": "\ue003", "#": "\ue004"}
_ESCAPES |= {"{": "\ue005", "}": "\ue006", "n": "\ue007"}
_UNESCAPE = {ord(code): (" " if char == "n" else char) for char, code in _ESCAPES.items()}
_ESCAPE = re.compile(r"\\([\\:~=#{}n])")
_PRIVATE = re.compile("[\ue000-\ue007]")
_COMMENT = re.compile(r"^\s*//")
_CATEGORY = re.compile(r"^\s*\$CATEGORY:\s*(.*)$", re.IGNORECASE)
_TITLE = re.compile(r"^\s*::(.*?)::")
_TEXT_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)\s*(#.*)?$", re.IGNORECASE | re.DOTALL)
_WEIGHT = re.compile(r"^%(-?\d{1,3}(?:\.\d+)?)%")
_ANSWER_MARK = re.compile(r"[=~]")
_NUMBER = r"[-+]?\d[\d.]*(?:[eE][-+]?\d+)?"
_TOLERANCE = re.compile(rf"^({_NUMBER})\s*:\s*({_NUMBER})$")
_RANGE = re.compile(rf"^({_NUMBER})\s*\.\.\s*({_NUMBER})$")
_LOWER_WORD = re.compile(r"\b[a-zà-ÿ][a-zà-ÿ'-]*\b")
_TRUE_FALSE_PROMPT = re.compile(r"^(?:true or false|t\s*/\s*f)\s*[:?.-]?\s*", re.IGNORECASE)
_PRAISE = re.compile(
    r"^(?:correct|right|yes|well done|good|great|exactly|that's right)\b[!.,:;]*\s*",
    re.IGNORECASE,
)
# What opens a GIFT answer block: nothing (an essay), true/false, a number, or an answer mark.
_ANSWER_BLOCK = re.compile(r"\{\s*(?:\}|(?:T|F|TRUE|FALSE)\s*(?:#[^}]*)?\}|#|[=~])", re.IGNORECASE)


@dataclass
class _Answer:
    text: str
    right: bool
    mark: str  # "=" or "~"
    feedback: str = ""


def looks_like_gift(text: str) -> bool:
    """A GIFT bank given under another name: at least two questions with GIFT answer blocks,
    and most of its blocks (between blank lines, comments aside) are questions or categories."""
    questions = others = 0
    for _, block in _blocks(text.split("\n"), limit=200):
        joined = _ESCAPE.sub("", "\n".join(block))
        if _CATEGORY.match(block[0]):
            continue
        if _ANSWER_BLOCK.search(joined) or (_TITLE.match(joined) and "{" in joined):
            questions += 1
        else:
            others += 1
    return questions >= 2 and questions >= 2 * others


def import_gift(text: str, source_name: str) -> Imported:
    """A deck mapping from a Moodle GIFT question bank."""
    require_content(text)
    draft, skipped = gift_to_markdown(text)
    if not any(line.lstrip().startswith("- ") for line in draft.lines):
        first = f" (line {skipped[0][0]}: {skipped[0][1]})" if skipped else ""
        raise DeckImportError(f"no question in this GIFT file states a right answer{first}")
    imported = import_converted(draft, source_name, "Moodle GIFT questions")
    for line, reason in skipped:
        imported.report.skip(line, reason)
    return imported


def gift_to_markdown(text: str) -> tuple[MarkdownDraft, list[tuple[int, str]]]:
    """The Markdown for a GIFT bank, and the questions it could not state (line, reason)."""
    draft = MarkdownDraft()
    skipped: list[tuple[int, str]] = []
    category: list[str] = []
    count = 0
    # Words the bank writes in lower case somewhere: "Drones have…" may become "… that drones".
    lowered = frozenset(_LOWER_WORD.findall(text))
    for line, block in _blocks(_PRIVATE.sub("", text).split("\n")):
        first = _CATEGORY.match(block[0])
        if first is not None:
            category = _category(first.group(1), category, draft, line)
            if len(block) == 1:
                continue
            line, block = line + 1, block[1:]  # noqa: PLW2901 - the question after it
        count += 1
        if count > MAX_GIFT_QUESTIONS:
            raise DeckImportError(
                f"the file has more than {MAX_GIFT_QUESTIONS:,} questions; split it"
            )
        reason = _write_question("\n".join(block), line, draft, lowered)
        if reason:
            skipped.append((line, reason))
    return draft, skipped


def _blocks(lines: list[str], limit: int | None = None) -> list[tuple[int, list[str]]]:
    """The file's questions: runs of lines between blank lines, comment lines left out, each with
    the line number of its first line."""
    blocks: list[tuple[int, list[str]]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            if current:
                blocks.append((start, current))
                current = []
                if limit is not None and len(blocks) >= limit:
                    return blocks
            continue
        if _COMMENT.match(line):
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        blocks.append((start, current))
    return blocks


def _category(path: str, previous: list[str], draft: MarkdownDraft, line: int) -> list[str]:
    """Headings for the parts of a category path that differ from the previous category's."""
    parts = [_text(part) for part in _ESCAPE.sub(_escaped, path).split("/")]
    # "$course$" and Moodle's own "top" and "Default for <course>" are not the teacher's topics.
    parts = [part for part in parts if part and not part.startswith("$")]
    parts = [part for part in parts if not part.casefold().startswith("default for ")]
    if parts and parts[0].casefold() == "top":
        parts = parts[1:]
    same = 0
    while same < min(len(parts), len(previous)) and parts[same] == previous[same]:
        same += 1
    for depth, part in enumerate(parts[same:], same):
        draft.heading(2 + depth, part, line)
    return parts


def _write_question(
    block: str, line: int, draft: MarkdownDraft, lowered: frozenset[str]
) -> str | None:
    """Write one question's facts; the reason it teaches nothing otherwise."""
    if len(block) > MAX_GIFT_BLOCK:
        return f"a question over {MAX_GIFT_BLOCK:,} characters long is not read"
    block = _ESCAPE.sub(_escaped, block)
    title = ""
    if (match := _TITLE.match(block)) is not None:
        title = match.group(1)
        block = block[match.end() :]
    html_text = False
    if (match := _TEXT_FORMAT.match(block)) is not None:
        html_text = match.group(1).casefold() in ("html", "moodle")
        block = block[match.end() :]
    opening = block.find("{")
    if opening < 0:
        return "a description with no answers is not a question"
    closing = block.find("}", opening)
    if closing < 0:
        return "the answers opened with { are never closed with }"
    before = _text(block[:opening], html_text) or _text(title)
    after = _text(block[closing + 1 :], html_text)
    inside = block[opening + 1 : closing].strip()
    if not before and not after:
        return "a question with no text"
    inside, general = _split_general_feedback(inside)
    return _state(
        before,
        inside,
        after,
        general=general,
        html_text=html_text,
        line=line,
        draft=draft,
        lowered=lowered,
    )


def _state(
    before: str,
    inside: str,
    after: str,
    *,
    general: str,
    html_text: bool,
    line: int,
    draft: MarkdownDraft,
    lowered: frozenset[str],
) -> str | None:
    extra = [_feedback(general, html_text)]
    if not inside:
        return "an essay question has no answer to state"
    if (tf := _TRUE_FALSE.match(inside)) is not None:
        statement = _TRUE_FALSE_PROMPT.sub("", " ".join(part for part in (before, after) if part))
        feedback = (tf.group(2) or "").split("#")[1:]
        # "{F#shown for a wrong answer#shown for a right one}": the second explains the answer.
        extra.insert(0, _feedback(feedback[-1] if feedback else "", html_text))
        said = statement if tf.group(1).upper().startswith("T") else _negated(statement, lowered)
        explained = [text for text in extra if text]
        # One fact with its explanation: "It is not true that …. It was the Steelyard."
        draft.fact(" ".join([said, *explained[:1]]), line)
        _extras(explained[1:], draft, line)
        return None
    if inside.startswith("#"):
        value = _numeric(inside[1:])
        if value is None:
            return "a numeric question whose right answer cannot be read"
        answers = [value]
    else:
        parsed = _answers(inside, html_text)
        if parsed and all(answer.right and "->" in answer.text for answer in parsed):
            pairs = [answer.text.split("->", 1) for answer in parsed]
            members = [f"{_text(a)}: {_text(b)}" for a, b in pairs if _text(a) and _text(b)]
            draft.group(before or after, members + [text for text in extra if text], line)
            return None
        right = [answer for answer in parsed if answer.right]
        if not right:
            return "a question with no right answer (no = and no positive %weight%)"
        extra[:0] = [answer.feedback for answer in right]
        if len(right) > 1 and all(answer.mark == "=" for answer in parsed):  # short answer
            answers = [f"{right[0].text} (or {', '.join(a.text for a in right[1:])})"]
        else:
            answers = [answer.text for answer in right]
    if before and after:  # a missing word: the sentence with its answer filled in
        joint = "" if after[:1] in ",.;:!?)" else " "
        draft.fact(f"{before} {' and '.join(answers)}{joint}{after}", line)
        _extras(extra, draft, line)
    else:  # the right answers and what explains them, under the question
        draft.group(before or after, answers + [text for text in extra if text], line)
    return None


def stated_answers(fragment: str) -> list[str]:
    """The right answers a piece of a GIFT question gives, each as the importer states it: a
    fragment copied from a bank ("=With two fingers", "…before 2 rescue breaths?{#30}", "…than
    ...{=30 minutes}") is shown to a student as its right answer ("With two fingers", "30", "30
    minutes"), never with its marks or its wrong "~" options. Nothing when it states no answer."""
    text = _ESCAPE.sub(_escaped, _PRIVATE.sub("", fragment))
    opening = text.find("{")
    inside = text[opening + 1 :].split("}", 1)[0] if opening >= 0 else text
    inside = _split_general_feedback(inside)[0]
    if inside.startswith("#"):
        value = _numeric(inside[1:])
        return [value.translate(_UNESCAPE)] if value else []
    answers = [answer.text for answer in _answers(inside, False) if answer.right]
    # A matching pair "a -> b" is stated "a: b".
    pairs = [answer.split("->", 1) for answer in answers]
    return [f"{_text(pair[0])}: {_text(pair[1])}" if len(pair) == 2 else pair[0] for pair in pairs]


def _extras(texts: list[str], draft: MarkdownDraft, line: int) -> None:
    for text in texts:
        if text:
            draft.fact(text, line)


def _answers(inside: str, html_text: bool) -> list[_Answer]:
    """The options of a choice, short-answer or matching question, right or wrong."""
    marks = list(_ANSWER_MARK.finditer(inside))
    answers: list[_Answer] = []
    for at, mark in enumerate(marks):
        end = marks[at + 1].start() if at + 1 < len(marks) else len(inside)
        body = inside[mark.end() : end].strip()
        weight = _WEIGHT.match(body)
        if weight is not None:
            body = body[weight.end() :]
        text, _, feedback = body.partition("#")
        right = float(weight.group(1)) > 0 if weight is not None else mark.group() == "="
        answer = _text(text, html_text) if "->" not in text else text.strip()
        if answer:
            answers.append(_Answer(answer, right, mark.group(), _feedback(feedback, html_text)))
    return answers


def _numeric(inside: str) -> str | None:
    """A numeric answer as a student would read it: "1358", "1.5 (± 0.1)", "between 1 and 5"."""
    inside = inside.strip()
    if inside.startswith("="):  # several answers: the first with full marks
        for option in inside.split("=")[1:]:
            value = option.split("~")[0].strip()
            weight = _WEIGHT.match(value)
            if weight is None or float(weight.group(1)) >= 100:
                return _numeric(value[weight.end() :] if weight else value)
        return None
    value = inside.partition("#")[0].strip()
    if (tolerance := _TOLERANCE.match(value)) is not None:
        number, margin = tolerance.groups()
        return number if float(margin) == 0 else f"{number} (± {margin})"
    if (bounds := _RANGE.match(value)) is not None:
        return f"between {bounds.group(1)} and {bounds.group(2)}"
    return value if re.fullmatch(_NUMBER, value) else None


def _split_general_feedback(inside: str) -> tuple[str, str]:
    answers, _, general = inside.partition("####")
    return answers.strip(), general.strip()


def _feedback(text: str, html_text: bool = False) -> str:
    """Feedback worth keeping as a fact: "Correct! It was …" keeps "It was …"."""
    text = _PRAISE.sub("", _text(text, html_text))
    return text[:1].upper() + text[1:] if len(text.split()) >= 3 else ""


def _negated(statement: str, lowered: frozenset[str]) -> str:
    """A false statement said as what is true: it is not so. Its first word loses its capital
    where it is a common opener ("The", "All") or the bank writes it in lower case elsewhere;
    any other may be a name ("Lübeck was…") and keeps it."""
    statement = statement.rstrip(" .")
    first = statement.split(" ", 1)[0]
    lower = first.casefold()
    if first.istitle() and (lower in _LOWER_OPENERS or lower in lowered):
        statement = statement[:1].lower() + statement[1:]
    return f"It is not true that {statement}."


# Words that open a sentence with a capital only because they open it (so "It is not true that
# the queen …"); any other capitalised first word may be a name and keeps its capital.
_OPENER_WORDS = (
    "a an the all some most many every each no none few several both either neither this that "
    "these those there it its they their he his she her we our you your one two three in on "
    "at by for from with without during after before under over only more less "
)
_LOWER_OPENERS = frozenset(_OPENER_WORDS.split())


def _text(text: str, html_text: bool = False) -> str:
    """Question or answer text as plain words: tags (in HTML text) gone, escapes restored."""
    if html_text or _TAG.search(text):
        text = html.unescape(_TAG.sub(" ", text))
    return " ".join(text.translate(_UNESCAPE).split())


def _escaped(match: re.Match[str]) -> str:
    return _ESCAPES[match.group(1)]
