"""Lines that are the notes' furniture, not their content: a heading, a label, a worked example.

The round-17 blind review (class 3) found questions on a sub-heading the importer kept as a line
("Which topic does this belong to? “1b. Key words”", "5a. Alternator and _____", "KEY TERMS
(quick list)" keyed to the section above it), a true/false "statement" that is a list's label
("Ways to decrease the induced p.d.:") and a worked example's figures asked without its data ("A
wire _____ cm long …", "F = _____ N"). Each tests how the notes are laid out, or numbers made up
for one calculation, not what they teach; a question on such a line is dropped, whatever built
it, and the line's neighbours are asked instead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import BLANK, Question, QuestionKind
from bot.questions._numbers import parse_number
from knowledge.text import fold

# "1b. Key words", "5a) Alternator and dynamo": a sub-section's number, a letter after its digits.
_SUB_NUMBERED = re.compile(r"\d{1,2}[a-z][.)]\s+\S")
# A title is short and no sentence: no clause marks, no definition, no full stop.
_MAX_TITLE_WORDS = 8
_NOT_A_TITLE = re.compile(r"[:;=,.!?]\s*\S|[.!?]$|→|->")
_BRACKETED = re.compile(r"\([^()]*\)")
_MIN_CAPITALS = 4
# A memory aid's line ("Mnemonic: Rich Men In Vegas Use eXpensive Gadgets", round 32, B14): its
# words are made up to be remembered, not facts of the subject; the facts it stands for are on
# their own lines.
_MEMORY_AID = re.compile(
    r"\s*(?:mnemonics?|memory (?:aid|trick|hook)s?|(?:an? )?acronym to remember|to remember"
    r"(?: them| it| the order)?)\s*(?:\(.{0,40}?\))?\s*(?::|=|[–—-]\s)",
    re.IGNORECASE,
)
_DEFINES = re.compile(r"(?:an?|the)\s+[a-z]")
# A section that works one calculation through: its figures are made up for it.
_WORKED = re.compile(
    r"\bworked\b.*\b(?:example|solution|calculation)s?\b"
    r"|\bexample (?:calculation|question)s?\b",
    re.IGNORECASE,
)
# "L = _____ cm = 0.050 m": the blank's value is given beside it in other units, a conversion
# to check, not the example's figure to recall.
_CONVERTED = re.compile(rf"{re.escape(BLANK)}\s*[^\s=]{{0,6}}\s*=\s*\d")
# Kinds that quote one line as their stem (or as what is sorted under a topic).
_LINE_KINDS = frozenset(
    {QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.TRUE_FALSE, QuestionKind.WHICH_TOPIC}
)


def is_heading_line(text: str) -> bool:
    """True for a line that reads as a section's heading: a lettered sub-section number and a
    short title ("1b. Key words", "6a. Step-up and step-down"), or a title in capitals ("KEY
    TERMS (quick list)"). Notes without a heading mark give the importer no way to tell such a
    line from the lines under it."""
    text = text.strip()
    if not (text[:1].isdigit() or text[:2].isupper()):
        return False  # most lines: neither numbered nor in capitals
    numbered = _SUB_NUMBERED.match(text)
    title = text[numbered.end() - 1 :] if numbered else text
    words = title.split()
    if not words or len(words) > _MAX_TITLE_WORDS or _NOT_A_TITLE.search(title):
        return False
    if numbered:
        return True
    bare = _BRACKETED.sub(" ", text)
    letters = [ch for ch in bare if ch.isalpha()]
    return (
        len(bare.split()) >= 2
        and len(letters) >= _MIN_CAPITALS
        and all(ch.isupper() for ch in letters)
    )


def is_label_line(text: str) -> bool:
    """True for a line that only introduces what follows it ("Ways to make the field stronger:",
    "Method:"): nothing in it is a claim or a fact to recall."""
    return text.rstrip().endswith(":")


def is_fragment(text: str) -> bool:
    """True for a list's item that is an instruction, not a claim: it opens with a lower-case
    verb and its object ("use a stronger magnet", "add more solute", "move the wire faster"),
    under a lead-in ("Ways to increase the induced p.d.:") the importer may not keep. True or
    false, it asserts nothing (round 17, A37). A noun phrase under its label ("Properties of
    metals: high melting points") is a claim about the label, and is asked."""
    words = text.split()
    return (
        len(words) >= _MIN_INSTRUCTION
        and words[0].isalpha()
        and words[0].islower()
        and words[1].lower() in _OBJECT_OPENERS
        and words[0] not in _OBJECT_OPENERS
    )


# "use a …", "add more …", "put an …": a verb, then the article or quantifier of its object.
_MIN_INSTRUCTION = 3
_OBJECT_OPENERS = frozenset(
    {"a", "an", "the", "more", "less", "fewer", "some", "its", "their", "your", "it", "them"}
)


def in_worked_example(ref: FactRef, titles: Iterable[str]) -> bool:
    """True when `ref` sits in a worked example: its topic, a topic above it, or its group is
    titled so."""
    return any(_WORKED.search(title) for title in (*titles, ref.fact.group or ""))


def furniture_problem(question: Question, ctx: DeckContext) -> str | None:
    """Why `question` asks about the notes' layout rather than their content, or None."""
    aid = _MEMORY_AID.match(question.source_fact)
    if aid is not None and not _DEFINES.match(question.source_fact[aid.end() :].strip()):
        return "the line is a memory aid"  # "Mnemonic: a technique that …" defines one
    if _in_section(question, ctx, _todo_sections, _in_todo):
        return "the line is on the notes' to-do list"
    if question.kind in _LINE_KINDS:
        line = question.source_fact
        headings = ctx.once(_heading_cache)
        heading = headings.get(line)
        if heading is None:
            heading = headings[line] = is_heading_line(line)
        if heading:
            return "the line is a heading"
        if is_label_line(line):
            return "the line is a label introducing a list"
        if question.kind is QuestionKind.TRUE_FALSE and is_fragment(line):
            return "the statement is a fragment, not a claim"
    if question.kind is not QuestionKind.TRUE_FALSE and any(
        is_label_line(option) for option in question.options
    ):
        return "an option is a label introducing a list"
    if question.kind in _FIGURE_KINDS and _worked_figure(question, ctx):
        return "it asks a worked example's figure"
    if question.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE) and _tip_list_item(question, ctx):
        return "the blank is an item of an exam tip's list"
    return None


# A section of advice on the exam, not of the subject: "Required skills and exam tips".
_TIPS = re.compile(
    r"\b(?:exam|examination|revision|test)\s+(?:tips?|technique|advice|skills?)\b"
    r"|\brequired\s+skills\b|\bhow\s+to\s+revise\b",
    re.IGNORECASE,
)
_LIST_BLANK = re.compile(rf",\s*{re.escape(BLANK)}|{re.escape(BLANK)}\s*,")


def _heading_cache(_ctx: DeckContext) -> dict[str, bool]:
    """Whether each line asked is a heading, filled in as lines are asked: a line gives several
    questions, each checked, and the check reads the whole line."""
    return {}


def _tip_list_item(question: Question, ctx: DeckContext) -> bool:
    """True for a blank in a list of an exam tip ("Practise drawing field patterns: bar magnet,
    …, wire, _____", round 17, A52): which items the tip lists is the notes' advice, any of
    several fits, and none is the subject's content. A tip's own point is asked ("Dont confuse
    _____'s left-hand rule …")."""
    if not _LIST_BLANK.search(question.prompt):
        return False
    return _in_section(question, ctx, _tip_sections, _in_tips)


_FIGURE_KINDS = frozenset({QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.TRUE_FALSE})
_DIGIT = re.compile(r"\d")
# "Common mistake: using L = 5 (cm) gives 3.0 N, which is 100 times too big": what the example
# teaches, worth a true/false question (round 17, A4 was passed).
_LESSON = re.compile(r"\b(?:mistakes?|wrong|errors?|too (?:big|small|large|high|low))\b", re.I)


def _worked_figure(question: Question, ctx: DeckContext) -> bool:
    """True for a blank on a number of a worked example, asked without the example's data, or a
    true/false statement of one of its figures (the hint says "check the number")."""
    if not _in_section(question, ctx, _worked_sections, in_worked_example):
        return False  # most lines; the section is looked at before the answer is parsed
    if question.kind is QuestionKind.TRUE_FALSE:
        return bool(_DIGIT.search(question.source_fact)) and not _LESSON.search(
            question.source_fact
        )
    return parse_number(question.answers[0]) is not None and not _CONVERTED.search(question.prompt)


_Sections = dict[tuple[str, str | None], bool]


def _worked_sections(ctx: DeckContext) -> _Sections:
    return {}


def _tip_sections(ctx: DeckContext) -> _Sections:
    return {}


# A section of the student's own tasks, not the subject: "To do", "Things to ask sir",
# "Checklist" (round 32: "To do: _____ for the two Acts", "Things to ask sir: … ☑ _____ …").
_TODO = re.compile(
    r"^\W*(?:to[- ]?dos?|things to (?:do|ask(?: \w+)?|revise|check)|checklist|tasks"
    r"|my tasks|jobs|reminders|questions to ask(?: \w+)?)\W*$",
    re.IGNORECASE,
)


def _todo_sections(ctx: DeckContext) -> _Sections:
    return {}


def _in_todo(ref: FactRef, titles: Iterable[str]) -> bool:
    return any(_TODO.match(title) for title in (*titles, ref.fact.group or ""))


def _in_tips(ref: FactRef, titles: Iterable[str]) -> bool:
    return any(_TIPS.search(title) for title in (*titles, ref.fact.group or ""))


def _in_section(
    question: Question,
    ctx: DeckContext,
    memo: Callable[[DeckContext], _Sections],
    test: Callable[[FactRef, Iterable[str]], bool],
) -> bool:
    """Whether the line `question` quotes sits in a section `test` picks, answered once per
    section (topic and group) of a deck: a big upload's lines are never all looked at."""
    ref = ctx.line(fold(question.source_line or question.source_fact))
    if ref is None:
        return False
    sections = ctx.once(memo)
    key = (ref.topic.id, ref.fact.group)
    if key not in sections:
        sections[key] = test(ref, [topic.title for topic in ctx.deck.path(ref.topic.id)])
    return sections[key]
