"""Headings that organise notes rather than name something to learn: "Summary", "Key terms".

A teacher's notes carry sections that every set of notes has — an introduction, a summary, a glossary
— whatever the subject. They hold real notes, but their titles are not answers: "Which topic does this
belong to? … Answer: Key terms" teaches nothing, and "/quiz Summary 5" is no example to offer. The
Markdown importer folds such sections into the topic above them, and question generation and help
examples never use their titles; both ask this module, so the rule is one and subject-blind.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.heading_numbers import without_number
from knowledge.text import fold

__all__ = [
    "instruction_in",
    "is_advice_title",
    "is_layout_title",
    "is_numbered_label",
    "is_structural_title",
    "numbered_title",
    "short_title",
    "without_instruction",
]

# What every set of notes may have, in any subject: front matter, back matter and a glossary.
_KINDS = (
    r"intro|introduction|overview|background reading|summary|summaries|in summary|conclusions?"
    r"|recap|review|revision|key points|key ideas|key takeaways|takeaways|main points"
    r"|tl dr|tldr|key terms?|key words?|keywords|key vocabulary|vocabulary|glossary|terminology"
    r"|definitions|key definitions|key concepts|notes|checklist|revision checklist"
    r"|questions|practice questions|exam questions|self test|test yourself|further questions"
    r"|learning objectives|objectives|learning outcomes|aims|what you need to know"
    r"|{advice}"
)
# Advice on the exam, not the subject: "Exam tips", "Exam focus", "Revision tips".
_ADVICE = (
    r"(?:(?:exam|examination|revision|study|top)\s+)?(?:tips?|hints(?: and tips)?)"
    r"|(?:exam|examination)\s+(?:focus|technique|advice|skills|practice|reminders?)"
    # how the exam words its questions: "Exam question styles", "Command words"
    r"|(?:(?:exam|examination)\s+)?questions?\s+(?:styles?|types?|wording)|command\s+words"
)
_KINDS = _KINDS.replace("{advice}", _ADVICE)
# A qualifier a structural heading may carry: "Chapter summary", "Lesson 4 review".
_QUALIFIER = (
    r"(?:(?:chapter|lesson|lecture|unit|topic|section|module|week|part|quick|brief|final)"
    r"(?: \w{1,3})? )?"
)
_STRUCTURAL = re.compile(rf"^{_QUALIFIER}(?:{_KINDS})$")
_NUMBERING = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivx]{1,4}\.|[a-z]\))\s+")


@lru_cache(maxsize=4096)  # a deck's few titles, asked of every "which topic" question's options
def is_structural_title(title: str, deck_title: str | None = None) -> bool:
    """Whether a topic titled `title` is a section of the notes rather than a thing to learn: one of
    the headings every set of notes has, or the deck's own title (the notes before the first
    heading)."""
    words = fold(_NUMBERING.sub("", title.strip().casefold()))
    if not words:
        return False
    if deck_title is not None and words == fold(deck_title):
        return True
    if _STRUCTURAL.match(words) is not None:
        return True
    # "Exam tips (4-mark questions)", "KEY WORDS - learn these": the heading with an aside
    bare = _HEADING_ASIDE.sub("", title.strip().casefold())
    return bare != title.strip().casefold() and (
        _STRUCTURAL.match(fold(_NUMBERING.sub("", bare))) is not None
    )


_ADVICE_TITLE = re.compile(rf"^{_QUALIFIER}(?:{_ADVICE})$")


@lru_cache(maxsize=4096)  # asked of every line's topic and group heading
def is_advice_title(title: str) -> bool:
    """Whether a section gives advice on the exam rather than the subject ("Exam tips", "Exam
    focus"): its instructions to the student are no facts to quiz."""
    words = fold(_NUMBERING.sub("", title.strip().casefold()))
    if _ADVICE_TITLE.match(words) is not None:
        return True
    # "Exam tips (4-mark "describe" + 12-mark "explain why")", "EXAM TECHNIQUE - 16 marker
    # method": the heading is advice whatever its aside says (round 19, B32)
    bare = _HEADING_ASIDE.sub("", title.strip().casefold())
    return (
        bare != title.strip().casefold()
        and _ADVICE_TITLE.match(fold(_NUMBERING.sub("", bare))) is not None
    )


# What a heading adds after its name: a bracket, or a clause after a spaced dash or a colon.
_HEADING_ASIDE = re.compile(r"\s*(?:\(|\s[-–—]\s|:\s).*$")


# Sections that show the notes' content again in another form, in any subject: a timeline of the
# dated lines, a comparison of two topics, a who's who, the sources. Their titles name a layout,
# not a thing to learn: "Which topic does this belong to? … Timeline" tests the handout.
_LAYOUT = re.compile(
    r"^(?:(?:a|the)\s+)?(?:"
    r"(?:time\s?line|chronology|key\s+dates|important\s+dates|dates\s+to\s+remember)\b.*"
    r"|(?:comparing|comparison|comparisons|contrasting|similarities\s+and\s+differences)\b.*"
    r"|.*\b(?:vs|versus)\b.*"
    r"|(?:key|important|main)\s+(?:people|figures|individuals|personalities|events)"
    r"|who\s?s\s+who|sources|further\s+reading|references|bibliography"
    r"|useful\s+(?:links|websites|resources)|appendix\b.*|mind\s+maps?"
    # a summary of other sections: "Summary table of tests", "Summary of landforms"
    r"|summary\s+(?:tables?|of)\b.*"
    # ways to remember the notes, not what they say: "Easy ways to remember the processes"
    r"|(?:(?:easy|quick|simple)\s+)?ways?\s+to\s+remember\b.*|how\s+to\s+remember\b.*"
    r"|mnemonics?|memory\s+aids?"
    r")$"
)


def is_layout_title(title: str) -> bool:
    """Whether a section presents other sections' content in another form ("Timeline",
    "Comparing the two revolutions", "Key people", "Mitosis vs meiosis"): its lines belong to a
    topic of their own as well, so its title is neither the answer nor a wrong option of a
    "Which topic?" question."""
    return _LAYOUT.match(fold(_NUMBERING.sub("", title.strip().casefold()))) is not None


# A title longer than this is cut down when shown before every question on its topic.
MAX_SHORT_TITLE = 40
# "Case study 1:", "Example:", "Part B –": a label of the notes' layout before what the topic is.
_LAYOUT_LABEL = re.compile(
    r"^(?:case\s+study|example|part|section|unit|chapter|topic|lesson|paper|question)"
    r"(?:\s+\w{1,3})?\s*[:–—-]\s+(?=\S)",
    re.IGNORECASE,
)
_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")

# A heading's place in the notes' layout, with its number: "Section 2", "Part B", "Unit 3",
# "Topic 4", "Chapter IV". The number is furniture: the title after it names the topic.
_LAYOUT_WORD = r"(?:section|part|unit|topic|chapter|lesson|lecture|module|week|session|theme|block)"
_LAYOUT_NUMBER = r"(?:\d{1,3}[a-z]?(?:\.\d{1,2})*|[ivxlc]{1,6}|[a-z])\.?"
_NUMBERED_LABEL = re.compile(rf"(?i)^{_LAYOUT_WORD}\s+{_LAYOUT_NUMBER}$")
_NUMBERED_HEADING = re.compile(
    rf"(?i)^\s*{_LAYOUT_WORD}\s+{_LAYOUT_NUMBER}\s*[:–—-]\s*(?P<title>\S.*)$"
)


def is_numbered_label(text: str) -> bool:
    """Whether `text` is a layout word and its number and nothing more ("Section 2", "Part B",
    "Unit 3"): no key term, no list's name and no answer, whatever the line it opens says
    ("Section 2 - The settlement" is a heading, not "Section 2" defined as "The settlement")."""
    return _NUMBERED_LABEL.match(text.strip(" *_:")) is not None


def numbered_title(text: str) -> str | None:
    """The title of a numbered heading, without its layout word and number ("The settlement" of
    "Section 2 - The settlement", "Cells" of "Unit 3: Cells"), or None when `text` is no such
    heading."""
    found = _NUMBERED_HEADING.match(text)
    return found.group("title").strip() if found is not None else None


# "(learn in order)", "(revise this)", "(memorise!)": the teacher's instruction in a heading's bracket.
_INSTRUCTION = re.compile(
    r"\s*[(\[](?:learn|revise|memori[sz]e|know|remember|read|practi[sc]e)\b[^()\[\]]{0,40}[)\]]",
    re.IGNORECASE,
)


def instruction_in(title: str) -> str | None:
    """The study instruction in a heading's bracket, without the bracket ("learn in order" of
    "Meiosis (learn in order)"), or None."""
    found = _INSTRUCTION.search(title)
    return found.group().strip().strip("()[]").strip() if found is not None else None


def without_instruction(title: str) -> str:
    """A heading without the study instruction the teacher put in its bracket: "Development of the
    model of the atom (learn in order)" names its topic without "(learn in order)", which is no
    part of the subject and, left in, marks its topic out among a "Which topic?" question's
    options."""
    cut = _INSTRUCTION.sub("", title).strip()
    return cut or title


@lru_cache(maxsize=4096)  # a deck's few titles, asked for each of its questions and options
def short_title(title: str) -> str:
    """A long title as the context shown before a question: without a layout label or a last
    bracket, while it stays too long ("Case study 1: Chile earthquake, 2010 (higher-income
    country)" -> "Chile earthquake, 2010"). A short title ("Causes (Typhoon Haiyan)") is whole:
    its bracket tells it from the other "Causes". A numbered heading's layout word and number go
    whatever its length ("Section 2 - The settlement" -> "The settlement"): the number names a
    place on the handout, not the topic (round 18, class 2); so does a bare section number ("5b.
    Hunting methods" -> "Hunting methods": round 29, B20)."""
    # "Section 2 - The settlement", "5b. Hunting methods": the title after the number
    short = numbered_title(title) or without_number(title)
    for pattern in (_LAYOUT_LABEL, _LAST_BRACKET):
        if len(short) <= MAX_SHORT_TITLE:
            break
        cut = pattern.sub("", short).strip(" ,;:–—-")
        if len(cut.split()) >= 2:
            short = cut
    if short != title.strip() and short[:1].islower() and short.split()[0].isalpha():
        short = short[:1].upper() + short[1:]  # "Case study: the Holderness coast (…)" -> "The …"
        # ("c1500–c1700 Early Modern" stays as it is: a date, not a word)
    return short
