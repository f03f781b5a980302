"""The notes' own questions on a Q:/A: revision sheet, asked as multiple choice.

Students and teachers write quick-fire sheets ("Q: What does omnipotent mean?" then
"A: All-powerful - God can do anything."). The importers keep both as plain lines (/ask reads them
so), and a blank or a true/false on either line tests the sheet's layout, not what it teaches: the
sheet's own question is the best question a quiz can ask about its answer line. The key is the
answer line without its "A:"; the wrong options are other answers of the sheet to questions of the
same sort ("What is …?" beside "What is …?", "Who …?" beside "Who …?") and of similar length,
from the same section first. An answer to a question worded the same is never a wrong option (it
is right too). A question that leans on the one before ("Who sentenced him?") is shown after that
one; one whose referent cannot be told ("Which groups have none?") is not asked.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import MAX_EXPLANATION, MAX_OPTION, Question, QuestionKind, shorten
from bot.questions._part import Part
from bot.questions._words import contains_phrase, content_words, gives_away, root, roots
from knowledge.model import stable_id
from knowledge.text import fold

# "Q:", "Q1:", "Q.", "Question:", "Question 3." at the start of a line.
_QUESTION_PREFIX = re.compile(r"^\s*(?:Q\s*\d*\s*[:.]|Question\s*\d*\s*[:.])\s*", re.IGNORECASE)
# "A:", "A1:", "Ans:", "Answer:", "Answer." at the start of a line ("A. Lincoln" is no prefix).
_ANSWER_PREFIX = re.compile(r"^\s*(?:A\s*\d*\s*:|Ans(?:wer)?\s*\d*\s*[:.])\s*", re.IGNORECASE)
WRONG_OPTIONS = 3
MIN_WRONG_OPTIONS = 2
# A wrong option at most this many times longer (or shorter) than the key: a one-line definition
# among three-word ones stands out.
_LENGTH_RATIO = 2.5

# Words that point back at the question before (a person, a thing, a time): asked alone, "Who
# sentenced him?" has no one to sentence.
_POINTER = re.compile(
    r"\b(?:he|him|his|she|her|hers|it|its|they|them|their|this|these|those)\b", re.IGNORECASE
)
# A question cut short that reads only after the one before: "And non-liturgical?", "How many do
# Catholics have?" (how many what?).
_ELLIPTICAL = re.compile(
    r"^(?:and|but|or|so|what about|how about)\b"
    r"|^how (?:many|much) (?:do|does|did|is|are|was|were|has|have|had)\b",
    re.IGNORECASE,
)
# Pointers whose referent even the question before may not hold: "Which groups have none?",
# "What happened three days later?", "What is the second?".
_UNREADABLE = re.compile(
    r"\b(?:none|neither|later|earlier|afterwards|then|next|instead|also|too|either)\s*\?"
    r"|\bthe (?:first|second|third|fourth|fifth|last|other|others|same|rest)\s*\?",
    re.IGNORECASE,
)
_SORTS = (
    # "What does X mean?" and "What is X?" both ask for a definition.
    ("what-is", re.compile(r"^(?:what (?:does|do|did) .+ mean|what is meant by|define)\b", re.I)),
    ("name", re.compile(r"\b(?:also|otherwise) (?:called|known as)\b", re.I)),
    ("number", re.compile(r"^(?:how (?:many|much|long|often|old|far)|what percentage)\b", re.I)),
    ("when", re.compile(r"^(?:when|what (?:year|date|century|time))\b", re.I)),
    ("who", re.compile(r"^(?:who|whom|whose)\b", re.I)),
    ("where", re.compile(r"^where\b", re.I)),
    ("why", re.compile(r"^why\b", re.I)),
    ("how", re.compile(r"^how\b", re.I)),
    ("what-do", re.compile(r"^what (?:happens|happened|happen)\b", re.I)),
    (
        "which",
        re.compile(r"^(?:which|what) (?!is\b|are\b|was\b|were\b|do\b|does\b|did\b)\w+", re.I),
    ),
    ("what-is", re.compile(r"^what (?:is|are|was|were)\b", re.I)),
    ("what-do", re.compile(r"^what (?:do|does|did)\b", re.I)),
)


@dataclass(frozen=True, slots=True)
class QAPair:
    """A question line of the notes and the answer line right after it."""

    question_ref: FactRef
    answer_ref: FactRef
    question: str  # without its "Q:"
    answer: str  # without its "A:", as an option
    sort: str  # what sort of answer it asks for (`_SORTS`), for wrong options of its sort
    position: int  # the answer line's place in the deck's facts (for parts)
    previous: QAPair | None  # the pair right before it in its section


# An importer may read "Question: …" as a label over its line ("Question" the group, the rest
# the text): the label says the same as the prefix.
_QUESTION_LABELS = frozenset({"q", "question"})
_ANSWER_LABELS = frozenset({"a", "ans", "answer"})


def question_text(ref: FactRef) -> str | None:
    """The line without its "Q:" when it is a question line so marked, else None."""
    if fold(ref.fact.group or "") in _QUESTION_LABELS:
        return ref.text.strip() or None
    match = _QUESTION_PREFIX.match(ref.text)
    if match is None:
        return None
    rest = ref.text[match.end() :].strip()
    return rest or None


def answer_text(ref: FactRef) -> str | None:
    """The line without its "A:" when it is an answer line so marked, else None."""
    if fold(ref.fact.group or "") in _ANSWER_LABELS:
        return ref.text.strip() or None
    match = _ANSWER_PREFIX.match(ref.text)
    if match is None:
        return None
    rest = ref.text[match.end() :].strip()
    return rest or None


def _labelled(ref: FactRef) -> bool:
    return fold(ref.fact.group or "") in _QUESTION_LABELS | _ANSWER_LABELS


def qa_pairs(ctx: DeckContext) -> tuple[QAPair, ...]:
    """Every question line of the deck with its answer line, in deck order (made once per deck:
    `DeckContext.once`). A question line has a "Q:" prefix, or ends in "?" with an "A:" line
    right after it; a line with "Q:" followed by another question line has no answer."""
    places = {ref.fact_id: place for place, ref in enumerate(ctx.facts)}
    pairs: list[QAPair] = []
    for topic in ctx.deck.topics:
        lines = ctx.topic_facts(topic.id)
        previous: QAPair | None = None
        for ref, after in pairwise(lines):
            if ref.fact.group != after.fact.group and not (_labelled(ref) or _labelled(after)):
                continue  # a line ending one list and the first of the next
            asked = question_text(ref)
            answered = answer_text(after)
            if asked is None and answered is not None and ref.text.rstrip().endswith("?"):
                asked = ref.text.strip()
            if asked is None or question_text(after) is not None:
                continue
            if answered is None:
                answered = after.text.strip() if not after.text.rstrip().endswith("?") else None
            if answered is None or "?" not in asked:
                continue
            pair = QAPair(
                ref, after, asked, _tidy(answered), _sort(asked), places[after.fact_id], previous
            )
            pairs.append(pair)
            previous = pair
    return tuple(pairs)


# Answers of the sheet to questions of one sort, looked at for a pair's wrong options beyond its
# own section: those nearest it in the notes (a sheet of thousands of cards stays quick).
_NEARBY = 200


@dataclass(frozen=True, slots=True)
class _Sheet:
    """The pairs of a deck by sort, and by (sort, section), and how many answers use each root."""

    by_sort: dict[str, list[QAPair]]
    by_section: dict[tuple[str, str], list[QAPair]]
    root_answers: dict[str, int]
    places: dict[str, int]  # an answer line's fact id -> its pair's place in `by_sort`


def _sheet(ctx: DeckContext) -> _Sheet:
    by_sort: dict[str, list[QAPair]] = {}
    by_section: dict[tuple[str, str], list[QAPair]] = {}
    counts: dict[str, int] = {}
    places: dict[str, int] = {}
    for pair in ctx.once(qa_pairs):
        of_sort = by_sort.setdefault(pair.sort, [])
        places[pair.answer_ref.fact_id] = len(of_sort)
        of_sort.append(pair)
        by_section.setdefault((pair.sort, pair.answer_ref.topic.id), []).append(pair)
        for word_root in roots(pair.answer):
            counts[word_root] = counts.get(word_root, 0) + 1
    return _Sheet(by_sort, by_section, counts, places)


def question_lines(ctx: DeckContext) -> frozenset[str]:
    """The fact ids of the lines that are the notes' own questions (never blanked or asked)."""
    return frozenset(pair.question_ref.fact_id for pair in ctx.once(qa_pairs))


def qa_questions(ctx: DeckContext, part: Part) -> Iterator[tuple[QAPair, Question]]:
    """The notes' question of each pair in `part`, with its answer among wrong ones."""
    sheet = ctx.once(_sheet)
    for pair in ctx.once(qa_pairs):
        if pair.position not in part:
            continue
        question = _question(ctx, pair, sheet)
        if question is not None:
            yield pair, question


def _question(ctx: DeckContext, pair: QAPair, sheet: _Sheet) -> Question | None:
    prompt = _prompt(pair)
    if prompt is None or len(pair.answer) > MAX_OPTION:
        return None
    rng = ctx.rng("qa", pair.answer_ref.fact_id)
    wrong = _wrong_options(pair, sheet, rng.random())
    asked = pair.question
    if _echoes(pair.answer, asked, sheet) and wrong:
        # The key alone echoes the question ("What is creationism?" - "… of creation …"):
        # wrong options that echo it too come first, or the question is not asked.
        echoing = [option for option in wrong if gives_away(option, asked)]
        if not echoing:
            return None
        wrong = echoing + [option for option in wrong if option not in echoing]
    wrong = wrong[:WRONG_OPTIONS]
    if len(wrong) < MIN_WRONG_OPTIONS:
        return None
    options = [pair.answer, *wrong]
    rng.shuffle(options)
    topic = pair.answer_ref.topic
    explanation = shorten(
        f"Answer: {pair.answer} The notes ({topic.title}): “{asked}” “{pair.answer}”",
        MAX_EXPLANATION,
    )
    return Question(
        id=stable_id(topic.id, pair.answer_ref.fact_id, "qa", pair.answer),
        kind=QuestionKind.HANDWRITTEN,
        prompt=prompt,
        answers=(pair.answer,),
        options=tuple(options),
        correct=(options.index(pair.answer),),
        explanation=explanation,
        source_fact=pair.answer_ref.text,
        topic_id=topic.id,
        fact_id=pair.answer_ref.fact_id,
    )


# A word in this many other answers of the sheet ("Jesus" on a sheet about Christianity) tells
# nothing when the key and the question share it.
_COMMON_ANSWER_WORD = 3


def _echoes(answer: str, asked: str, sheet: _Sheet) -> bool:
    """True when the key shares with the question a word few other answers have (`gives_away`):
    it alone would point at the answer."""
    if contains_phrase(asked, answer):
        return True
    if not gives_away(answer, asked):
        return False
    mine = roots(answer)
    for word in {w for w in content_words(answer) if len(w) >= 4 and w.isalpha()}:
        if gives_away(word, asked):
            others = sheet.root_answers.get(root(word), 0) - (root(word) in mine)
            if others < _COMMON_ANSWER_WORD:
                return True
    return False


def _prompt(pair: QAPair) -> str | None:
    """The notes' question, after the one before when it leans on it; None when it cannot be
    read alone and the one before does not say what it is about."""
    asked = pair.question
    if _UNREADABLE.search(asked):
        return None
    if not _leans_back(asked):
        return asked
    before = pair.previous
    if before is None or _leans_back(before.question) or _UNREADABLE.search(before.question):
        return None
    return f"After “{before.question}” in the notes: {asked}"


def _leans_back(asked: str) -> bool:
    """True when the question points at something only the question before names."""
    if _ELLIPTICAL.search(asked):
        return True
    pointer = _POINTER.search(asked)
    if pointer is None:
        return False
    # "… to the criminal beside him?" after "Jesus": the question names its own referent.
    named = [word for word in asked[: pointer.start()].split()[1:] if word[:1].isupper()]
    return not named


def _wrong_options(pair: QAPair, sheet: _Sheet, draw: float) -> list[str]:
    """Answers of the sheet to questions of the same sort, nearest in length first, the same
    section before others; never an answer that would be right too."""
    mine = fold(pair.question)
    key = fold(pair.answer)
    topic = pair.answer_ref.topic.id
    seen = {key}
    found: list[tuple[tuple[bool, int, float], str]] = []
    same_sort = sheet.by_sort[pair.sort]
    place = sheet.places[pair.answer_ref.fact_id]
    nearby = same_sort[max(0, place - _NEARBY) : place + _NEARBY]
    for other in (*sheet.by_section[(pair.sort, topic)], *nearby):
        if other is pair or other.sort != pair.sort or fold(other.question) == mine:
            continue
        folded = fold(other.answer)
        if folded in seen or len(other.answer) > MAX_OPTION:
            continue
        ratio = len(other.answer) / max(1, len(pair.answer))
        if not 1 / _LENGTH_RATIO <= ratio <= _LENGTH_RATIO:
            continue
        seen.add(folded)
        far = other.answer_ref.topic.id != topic
        closeness = round(abs(math.log(ratio)) * 3)
        # A tie is broken by a fixed draw per question, so the same deck and seed agree.
        tie = (hash_fraction(folded) + draw) % 1.0
        found.append(((far, closeness, tie), other.answer))
    found.sort(key=lambda item: item[0])
    return [option for _, option in found]


def hash_fraction(text: str) -> float:
    """A number in [0, 1) fixed by `text` (not Python's salted `hash`)."""
    value = 0
    for char in text:
        value = (value * 131 + ord(char)) % 1_000_003
    return value / 1_000_003


def _sort(asked: str) -> str:
    for sort, pattern in _SORTS:
        if pattern.search(asked):
            return sort
    return "other"


def _tidy(answer: str) -> str:
    """The answer as an option: a capital first, no closing full stop."""
    answer = answer.strip()
    if answer.endswith(".") and not answer.endswith("..") and not answer.endswith(" etc."):
        answer = answer[:-1].rstrip()
    return answer[:1].upper() + answer[1:]
