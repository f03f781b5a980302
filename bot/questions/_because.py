"""Why questions from lines that give their own reason.

Science and economics notes explain as they go, one line at a time: "High melting points.
Because: a lot of energy is needed to overcome the strong forces between ions.", "Pure metals are
soft because the layers of atoms can slide over each other." No lead-in heads such a line, so
`bot.questions._reasons` never sees it, and its words are common ones no blank is found in: a
deck of such notes gave few questions. Each becomes:

    Metals and alloys: Pure metals are soft. Which of these is the reason?
      a) The layers of atoms can slide over each other        (its own reason)
      b) The ions are fixed in place and cannot move          (another line's reason)
      …

Wrong options are the reasons other lines of the same section give (the same kind of thing,
explanations, in the same subject area: another section's reason, "almost no current should flow
through a voltmeter" beside a claim about sound, is ruled out unread), nearest first. Never one
given for a claim like this one, nor one that speaks of what this line is about (either could be
argued right), nor one naming its own claim's subject ("… through a voltmeter"), nor one sharing
most of its words with the right reason. With too few such reasons the line is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions._carried_on import ARROW_LED, after_arrow
from bot.questions._context import DeckContext, FactRef
from bot.questions._model import MAX_OPTION, Question, QuestionKind
from bot.questions._part import WHOLE, Part
from bot.questions._phrasing import quote_fact, topic_path
from bot.questions._tidy_stems import lost_referent
from bot.questions._words import content_words, echoes, pronoun_led
from knowledge.importers.definitions import subject_word
from knowledge.model import stable_id
from knowledge.text import fold

# "Claim. Because: reason", "Claim – reason:" is not one (a definition): only these labels.
_LABELLED = re.compile(
    r"^(?P<claim>.+?[.;!])\s+(?:because|this\s+is\s+because|reason|explanation)\s*[:–—-]\s*"
    r"(?P<reason>.+)$",
    re.IGNORECASE,
)
# "Claim because reason" within one sentence ("because of …" names a cause, not a reason: its
# options would be a phrase among clauses).
_INLINE = re.compile(r"^(?P<claim>.+?),?\s+because\s+(?!of\b)(?P<reason>.+)$", re.IGNORECASE)
# "Put a lid on the beaker to stop the solvent evaporating": what a step is for is its reason.
_PURPOSE = re.compile(
    r"^(?P<claim>[^,;]+?),?\s+(?P<reason>(?:so\s+as\s+|in\s+order\s+)?to\s+(?:stop|prevent|avoid"
    r"|ensure|make\s+sure)\s.+)$",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"(?<=[.!;])\s+(?=[A-Z])")
# A word each of `_LABELLED`, `_INLINE` and `_PURPOSE` needs (any case): an ASCII line without
# any is split by none of them. (Ignoring case, a pattern's "s" or "k" also matches letters
# outside ASCII, so other lines are always tried.)
_REASON_WORDS = ("because", "reason", "explanation", "stop", "prevent", "avoid", "ensure", "make")
WRONG_OPTIONS = 3
MIN_WRONG = 2
# A claim or reason needs this many content words to say something of its own.
_MIN_WORDS = 2
# Two claims (or reasons) sharing this share of their content words are about the same thing.
_OVERLAP = 0.5
# Options much longer or shorter than the right one stand out by form.
_LENGTH_RATIO = 2.0
ASK = "Which of these is the reason?"
# Words this long or longer say what a line is about ("ions", "vacuum"); shorter ones rarely do.
_TELLING = 4


@dataclass(frozen=True, slots=True)
class Explained:
    """A line that gives its own reason: what it claims and why (with their content words)."""

    ref: FactRef | None  # None for a line listed under a cause lead-in (a reason only)
    claim: str
    reason: str
    claim_words: frozenset[str]
    reason_words: frozenset[str]


def _explained(ref: FactRef | None, claim: str, reason: str) -> Explained:
    words = frozenset(content_words(claim)), frozenset(content_words(reason))
    return Explained(ref, claim, reason, *words)


def explained_lines(ctx: DeckContext) -> list[Explained]:
    """Every statement of the deck that states a claim and its reason, in deck order."""
    found: list[Explained] = []
    for ref in ctx.statements:
        split = split_reason(ref.text)
        if split is not None:
            found.append(_explained(ref, *split))
    found += _carried_reasons(ctx)
    return found


# A line an arrow hangs under another that gives it its reason: "-> because insoluble calcium
# carbonate forms", "-> otherwise the spots dissolve …", "-> pencil is insoluble so it will not
# run up the paper". Not an example, a calculation or a consequence ("-> e.g. …", "-> Rf = …",
# "-> can be analysed to …"): those are no reason.
_REASON_LED = re.compile(
    r"(?:this\s+is\s+)?(?:because|since|as|otherwise|so(?:\s+that)?|due\s+to|to\s+(?:stop|prevent"
    r"|avoid|keep|ensure|make\s+sure))\b",
    re.IGNORECASE,
)
_SO_CLAUSE = re.compile(r"\S\s+so\s+(?!that\b|as\b|much\b|many\b|far\b)[a-z]", re.IGNORECASE)
_DROPPED_LEAD = re.compile(r"(?:this\s+is\s+)?because\s+", re.IGNORECASE)


def _carried_reasons(ctx: DeckContext) -> list[Explained]:
    """Each arrow line that gives its reason to the line above it (the heading it is filed under,
    or the line before it under that heading), as that line's reason."""
    found: list[Explained] = []
    for topic in ctx.deck.topics:
        before: dict[str | None, FactRef] = {}
        for ref in ctx.topic_facts(topic.id):
            if not ref.is_statement:
                continue
            group = ref.fact.group
            above = before.get(group)
            before[group] = ref
            if not ARROW_LED.match(ref.text):
                continue
            reason = after_arrow(ref.text).strip()
            if _REASON_LED.match(reason) is None and _SO_CLAUSE.search(reason) is None:
                continue
            if above is not None and not ARROW_LED.match(above.text):
                claim = above.text
            elif above is None and group is not None:
                claim = group
            else:
                continue  # an arrow chain's next step, or a line with nothing above it
            reason = _DROPPED_LEAD.sub("", reason, count=1).strip().rstrip(".;!, ")
            claim = claim.strip().rstrip(".;!,: ")
            if not _askable(claim, reason) or ARROW_LED.search(claim[1:]) is not None:
                continue
            found.append(_explained(ref, claim, reason))
    return found


def split_reason(text: str) -> tuple[str, str] | None:
    """(claim, reason) of a line that gives its reason, or None. The claim is the sentence the
    reason belongs to; a claim led by a pronoun ("It was set up because …") has lost what it is
    about and is not asked."""
    if text.isascii():
        low = text.lower()
        if not any(word in low for word in _REASON_WORDS):
            return None  # most lines: none of the words every pattern below needs
    labelled = _LABELLED.match(text.strip())
    if labelled is not None:
        claim, reason = _last_sentence(labelled["claim"]), labelled["reason"]
    else:
        for sentence in _SENTENCES.split(text.strip()):
            inline = _INLINE.match(sentence) or _PURPOSE.match(sentence)
            if inline is not None:
                claim, reason = inline["claim"], inline["reason"]
                break
        else:
            return None
    claim = claim.strip().rstrip(".;!,: ")
    reason = _first_sentence(reason).strip().rstrip(".;!, ")
    return (claim, reason) if _askable(claim, reason) else None


def _askable(claim: str, reason: str) -> bool:
    """Whether a claim and its reason make a question: each says something, the claim still
    names what it is about (no pronoun or lost referent) and is no question itself, and the
    reason fits as an option."""
    return not (
        len(content_words(claim)) < _MIN_WORDS
        or len(content_words(reason)) < _MIN_WORDS
        or pronoun_led(claim)
        or lost_referent(claim)
        or len(reason) > MAX_OPTION
        or "?" in claim
    )


def _last_sentence(text: str) -> str:
    return _SENTENCES.split(text.strip())[-1]


def _first_sentence(text: str) -> str:
    return _SENTENCES.split(text.strip())[0]


def option(reason: str) -> str:
    """A reason as an option: capitalised, without its full stop."""
    return reason[:1].upper() + reason[1:]


def because_questions(ctx: DeckContext, part: Part = WHOLE) -> Iterator[tuple[FactRef, Question]]:
    """A "which of these is the reason" question for each line of `part` that gives its reason
    and has enough wrong reasons to stand among."""
    lines = ctx.once(explained_lines)
    sections = ctx.once(_by_section)
    for position, line in enumerate(lines):
        if position not in part or line.ref is None:
            continue
        # Wrong reasons from the lines of its section after this one first (then round from the
        # section's start). Never lines listed under another lead-in's reasons: with no claim of
        # their own to compare, one may explain this claim too, and the rest are off-topic.
        mine = sections[_section(ctx, line.ref)]
        at = mine.index(position)
        others = [lines[i] for i in (*mine[at + 1 :], *mine[:at])]
        question = _question(ctx, line, line.ref, others)
        if question is not None:
            yield line.ref, question


def _section(ctx: DeckContext, ref: FactRef) -> str:
    """The id of the top section a line is filed under (its topic's, in a flat deck)."""
    path = ctx.deck.path(ref.topic.id)
    return path[0].id if path else ref.topic.id


def _by_section(ctx: DeckContext) -> dict[str, list[int]]:
    """Top section id -> the positions (in `explained_lines`) of its lines that give a reason,
    in deck order: a line's wrong reasons are looked for there only, not in the whole deck."""
    found: dict[str, list[int]] = {}
    for position, line in enumerate(ctx.once(explained_lines)):
        if line.ref is not None:
            found.setdefault(_section(ctx, line.ref), []).append(position)
    return found


def _question(
    ctx: DeckContext, line: Explained, ref: FactRef, others: list[Explained]
) -> Question | None:
    candidates: dict[str, Explained] = {}
    own = fold(line.reason)
    asked = _telling_words(f"{line.claim} {line.reason}")
    for other in others:
        key = fold(other.reason)
        if not key or key == own or key in candidates or len(other.reason) > MAX_OPTION:
            continue
        if _shared(other.claim_words, line.claim_words):
            continue  # a reason given for a claim like this one could be argued right
        if len(other.reason_words) < _MIN_WORDS or _shared(other.reason_words, line.reason_words):
            continue
        if not _alike(other.reason, line.reason) or pronoun_led(other.reason):
            continue
        theirs = _telling_words(other.reason)
        if _echo(theirs, asked):
            continue  # it speaks of what this line is about: it could be argued right too
        if _echo(theirs, _telling_words(other.claim)):
            # "Almost no current should flow through a voltmeter" (why voltmeters have a high
            # resistance) beside "Sound cannot travel through a vacuum": it names its own
            # claim's subject, and is ruled out unread.
            continue
        candidates[key] = other
        if len(candidates) >= WRONG_OPTIONS * 3:
            break
    # The nearest reasons first (the line's own topic, then its section's): of the same subject
    # area, a reason has to be known rather than placed.
    near = sorted(candidates.values(), key=lambda other: _distance(ref, other))
    pool = [other.reason for other in near[: WRONG_OPTIONS + 1]]
    if len(pool) < MIN_WRONG:
        return None
    rng = ctx.rng(QuestionKind.REASON.value, ref.fact_id, "because")
    wrong = rng.sample(pool, min(WRONG_OPTIONS, len(pool)))
    right = option(line.reason)
    options = [right, *(option(text) for text in wrong)]
    rng.shuffle(options)
    where = topic_path(ctx, ref, with_group=False)
    return Question(
        id=stable_id(ref.topic.id, ref.fact_id, QuestionKind.REASON.value, "because"),
        kind=QuestionKind.REASON,
        prompt=f"{where}: {option(line.claim)}. {ASK}",
        answers=(right,),
        options=tuple(options),
        correct=(options.index(right),),
        explanation=quote_fact("Your notes give the reason:", ref),
        source_fact=ref.text,
        topic_id=ref.topic.id,
        fact_id=ref.fact_id,
    )


def _telling_words(text: str) -> frozenset[str]:
    """The content words of `text` that say what it is about: rarer than everyday English
    ("vacuum", "collisions"), not "more", "same" or "gives", which any reason may use."""
    return frozenset(
        w for w in content_words(text) if len(w) >= _TELLING and w.isalpha() and subject_word(w)
    )


def _echo(words: frozenset[str], others: frozenset[str]) -> bool:
    """True when a word of one set reads as a word of the other ("case", "cases")."""
    return any(echoes(word, other) for word in words for other in others)


def _distance(ref: FactRef, other: Explained) -> int:
    """0 for a line of the same topic, 1 for another topic of its section."""
    return 0 if other.ref is not None and other.ref.topic.id == ref.topic.id else 1


def _shared(words: frozenset[str], others: frozenset[str]) -> bool:
    return bool(words and others) and len(words & others) >= _OVERLAP * min(len(words), len(others))


def _alike(text: str, other: str) -> bool:
    size, sizes = len(text.split()), len(other.split())
    return size <= sizes * _LENGTH_RATIO and size * _LENGTH_RATIO >= sizes
