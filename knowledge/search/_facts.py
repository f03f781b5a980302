"""Fact analysis at deck build time: each fact's typed spans and the context it is read in.

A line of notes often leans on what is around it. "Stormed the Communist Party Headquarters" has
no subject of its own: it is the Poznan workers of the line above. "new American ICBMs" answers
"why?" only because it hangs under "Willing to Compromise because". So besides its spans (see
`_spans`), every fact gets:

- `lead_in`: the heading or lead-in line it hangs under (its group), and `cause`: whether that
  lead-in introduces reasons ("… because", "Failed because", "Causes", "Reasons for …");
- `carried`: the subject carried over from the line above when the line starts without one (a
  pronoun, or a verb: "It falls when…", "Shot by Gavrilo Princip", "Stormed the…") or points
  back to it ("Fans held vigils after his death"). In prose, a sentence whose first clause opens
  with a pronoun ("After the war he studied at Cambridge") carries what `knowledge.antecedents`
  resolves it to (the person or thing of the sentence before), when that is clear;
- `before`: otherwise, the subject of the line above, a weaker hint: the second sentence of a
  paragraph ("The Bank created £375 billion…") usually goes on about the first one's subject
  ("Quantitative easing was first used…");
- `quote`: the quotation a line comments on. Literature notes give a quotation ("Stars, hide your
  fires…" (1.4)) and under it what it shows ("wants to hide his thoughts – darkness imagery"): the
  comment never names the quotation, yet it is what "what does 'stars hide your fires' show?" asks
  for. The first line after a quotation, and the lines after it that start in lower case (notes'
  sub-points), are read with the quotation as their subject; a line that is only a reference
  ("(2.2)", cut from its quotation at a "?" or "!") keeps the quotation going;
- `question`: in a question-and-answer sheet, the question line the fact answers ("When did
  Elizabeth I become queen?" above "On 17 November 1558, aged 25"): the lines after a question,
  up to the next question or heading, are read with it. A question line is never an answer.

Everything here is plain tuples and strings, computed once per deck (a few regular expressions per
fact), so it can be built in a worker process and sent back, or cached with the deck.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.antecedents import Cast, resolve
from knowledge.model import Fact
from knowledge.search._irregular import BASE_FORM
from knowledge.search._spans import Span, find_spans, quick_fold
from knowledge.search._words import STOP_WORDS, word_set
from knowledge.text import answer_prefix

_PRONOUNS = word_set(
    "it they he she this these those its their his her them which also then later both"
)
_VERB_CUES = word_set(
    """
    is are was were has have had can could will would did does do may might must became becomes
    """
)
_CAUSE_LEAD_IN = re.compile(
    r"\b(?:because|bcs|cos|why|reasons?|causes?|caused|due to|factors|led to|motives?|aims?)\b"
    r"|\bfailed\b|\bsince\b",
    re.IGNORECASE,
)
_SUBJECT_WORDS = 4
_POINTS_BACK = re.compile(r"\b(?:his|her|him|its|their|them)\b", re.IGNORECASE)
# "Why was …?", "Q3. Define osmosis", "Question 2: …": a line of a question-and-answer sheet.
_QUESTION_PREFIX = re.compile(r"^\s*(?:Q|Question) ?\d{0,3} ?[.:)–-]\s*", re.IGNORECASE)
# "A: …", "A2. …", "Answer: …": the answer line of a sheet, even when it asks back ("A: How can a
# loving God allow suffering?" is what the sheet gives as the problem)
_OPENING_QUOTES = "\"“‘'«"
# A blank ending a line, the gap a question asks to fill: "...", "…", "___"
_BLANK_END = re.compile(r"(?:\.{3}|…|_{3,})$")
# "(1.4)", "(2.2)", "(Act 3, Scene 4)", "(p. 12)", "(line 40)": where a quotation comes from,
# perhaps with who says it: "(Ch4, maid)", "(Act 1, Scene 5, Lady Macbeth)".
_REFERENCE = re.compile(
    r"\(\s*(?:(?:act|scene|line|lines|chapter|ch|p|pp|page|stanza|verse)\.?\s*)?"
    r"[\divxlc]+(?:[.,:–-]\s*(?:(?:scene|line|sc)\.?\s*)?[\divxlc]+)*"
    r"(?:\s*,\s*[a-z][\w'’ .-]{0,30})?\s*\)\s*[.;]?\s*$",
    re.IGNORECASE,
)
_CLOSING = re.compile(r"[\"”»]|[’'](?![a-z])")
MIN_QUOTED_SHARE = 0.6  # of a line's characters inside quotation marks, for it to be a quotation


@dataclass(frozen=True, slots=True)
class FactContext:
    """What /ask knows about one fact beyond its words (plain data; see the module docstring)."""

    spans: (
        tuple[Span, ...] | None
    )  # None: not worked out yet (a very big deck does it on first use)
    lead_in: str | None
    cause: bool
    carried: str | None
    before: str | None = None  # the subject of the line above, when this line has its own
    question: str | None = None  # the question line above, in a question-and-answer sheet
    quote: str | None = None  # the quotation this line comments on (literature notes)

    def read_with(self) -> tuple[str, ...]:
        """The texts a line is read with besides its own: lead-in, carried and preceding
        subject, question line, quotation. One list, so a new kind of context is read
        everywhere the others are."""
        texts = (self.lead_in, self.carried, self.before, self.question, self.quote)
        return tuple(text for text in texts if text)

    @classmethod
    def bare(cls, spans: tuple[Span, ...] | None) -> FactContext:
        """A line read on its own, with no lead-in or neighbours: a heading, a summary, a term."""
        return cls(spans, None, False, None)

    def __reduce__(self) -> tuple[type[FactContext], tuple[object, ...]]:
        """Pickled as its fields in order (see `Entity.__reduce__`)."""
        fields = (
            self.spans,
            self.lead_in,
            self.cause,
            self.carried,
            self.before,
            self.question,
            self.quote,
        )
        return FactContext, fields


def analyse_facts(
    facts: tuple[Fact, ...],
    people: frozenset[str],
    places: frozenset[str],
    with_spans: bool = True,
    cast: Cast | None = None,
) -> list[FactContext]:
    """The context of each fact of one topic, in order; without spans when `with_spans` is
    False (they are then found when the fact is first a candidate answer). `cast`: the deck's
    people, for resolving a prose sentence's opening pronoun (by default, the topic's own)."""
    contexts: list[FactContext] = []
    resolved = resolve([fact.text for fact in facts], [fact.group for fact in facts], cast)
    subject: str | None = None
    group: str | None = None
    asked: str | None = None
    quote: str | None = None  # the quotation the lines below comment on
    commented = False  # a line has commented on it already

    def add(
        fact: Fact,
        *,
        asks: bool = False,
        carried: str | None = None,
        before: str | None = None,
        question: str | None = None,
        quote: str | None = None,
    ) -> None:
        """The one place a fact's context is made: its spans and lead-in, and what the loop
        found about the lines around it. A question line (`asks`) gives no reasons."""
        spans = find_spans(fact.text, people, places) if with_spans else None
        cause = not asks and bool(fact.group and _CAUSE_LEAD_IN.search(fact.group))
        contexts.append(FactContext(spans, fact.group, cause, carried, before, question, quote))

    for fact, pronoun in zip(facts, resolved, strict=True):
        text = fact.text
        if fact.group != group:
            group, subject, asked, quote = fact.group, None, None, None
            if group is not None and heading_asks(group):
                # a quiz bank's or a chat's question over its answers: "A nosebleed needs
                # hospital if it lasts longer than ..." / "30 minutes"
                asked = _QUESTION_PREFIX.sub("", group)
        if is_quotation(text):
            quote, commented = text, False
        elif quote is not None and is_reference(text):
            quote = f"{quote} {text.strip()}"
        elif quote is not None and (not commented or text[:1].islower()):
            commented = True
            add(fact, question=asked, quote=quote)
            continue
        else:
            quote = None
        if is_question_line(text):
            add(fact, asks=True)
            subject, asked = None, _QUESTION_PREFIX.sub("", text)
            continue
        own = _subject(text)
        # "Fans held vigils after his death": a line pointing back with a pronoun is about the
        # subject of the line above as much as a line without a subject is.
        refers = own is None or _POINTS_BACK.search(text) is not None
        carried = subject if refers else None
        before = subject if not refers and subject != own else None
        if pronoun is not None:
            # "After the war he studied …": about whom the sentence before names
            carried = f"{pronoun.name} {pronoun.also}".strip()
            before = None if before == pronoun.name else before
        subject = own if own is not None else subject
        add(fact, carried=carried, before=before, question=asked)
    return contexts


def unmarked_question(text: str) -> bool:
    """A question typed without its mark, as in a chat: "what are crossbenchers", "what's a
    green paper vs a white paper" (not "How the heart pumps", "What it does: …", nor a line that
    goes on to tell). It asks; it answers nothing."""
    return (
        not text.rstrip().endswith("?")
        and _UNMARKED_QUESTION.match(text) is not None
        and _TELLING.search(text) is None
        and len(text.split()) <= MAX_UNMARKED_QUESTION_WORDS
    )


def heading_asks(text: str) -> bool:
    """True for a group heading that asks what the lines under it answer: it ends with "?"
    ("Blood is coming through the dressing. What do you do?") or with a blank to fill ("…
    lasts longer than ...", "the ___"). A quotation is a line of the notes, not a question."""
    text = text.rstrip()
    if text[:1] in _OPENING_QUOTES or answer_prefix(text) is not None:
        return False
    _, colon, tail = text.partition(": ")
    if colon and tail.split() and quick_fold(tail.split()[0]) not in _ASKING_WORDS:
        # "Problem of other minds: if minds are private, how do I know …?" names a problem
        return False
    return text.endswith("?") or _BLANK_END.search(text) is not None or is_question_line(text)


def is_quotation(text: str) -> bool:
    """True for a line that is a quotation, perhaps with where it comes from: "\"Stars, hide your
    fires; / Let not light see my black and deep desires\" (1.4)"."""
    text = _REFERENCE.sub("", text).strip()
    if len(text) < 3 or text[0] not in _OPENING_QUOTES:
        return False
    # the last closing mark, not an apostrophe inside a word ("Neptune's"); none: the quotation
    # was cut at its "?" or "!" and goes on on the next line
    closing = max((m.start() for m in _CLOSING.finditer(text, 1)), default=len(text))
    return closing / len(text) >= MIN_QUOTED_SHARE


def is_reference(text: str) -> bool:
    """True for a line that only says where a quotation comes from: "(2.2)"."""
    return _REFERENCE.fullmatch(text.strip()) is not None and len(text.strip()) <= 30


def is_question_line(text: str) -> bool:
    """True for a line that asks rather than tells: it ends with "?" or is numbered as a
    question ("Q3. Define osmosis"). A quotation ending in "?" ("\"Is this a dagger…?") is a
    line of the notes, not a question of a question-and-answer sheet."""
    text = text.rstrip()
    if text[:1] in _OPENING_QUOTES or answer_prefix(text) is not None:
        return False
    if text.endswith("?"):
        # "Eko Atlantic - new district built on reclaimed land; only for the rich?": a note that
        # ends on a question of its own, not a question of a question-and-answer sheet
        asked = _QUESTION_PREFIX.sub("", text)
        clauses = _CLAUSE_END.split(asked, maxsplit=1)
        if len(clauses) == 1:
            # "Factual causation is tested by the 'but for' test: but for the breach, would
            # the claimant …?" tells before its colon; "Exam question: why did …?" asks after it
            head, colon, tail = asked.partition(": ")
            if colon and tail.split() and quick_fold(tail.split()[0]) not in _ASKING_WORDS:
                clauses = [head, tail]
        first = clauses[0].split()
        return (
            len(clauses) == 1
            or len(first) < _STATEMENT_WORDS
            or quick_fold(first[0]) in _ASKING_WORDS
        )
    return _QUESTION_PREFIX.match(text) is not None and "?" not in text  # not "Q: …? A: …"


# A question word and the verb it inverts, perhaps after a chat's opener ("ok how do …").
_UNMARKED_QUESTION = re.compile(
    r"^(?:(?:ok|okay|so|and|but|wait|also|um|hmm|guys|pls|please)[,!]?\s+)*"
    r"(?:(?:what|how|why|who|when|where|which)\s+"
    r"(?:is|are|was|were|do|does|did|can|could|should|would|will|many|much|happens?|happened)"
    r"|(?:what|how|who|where)(?:'s|’s|s)\s+(?:a|an|the)?)\b",
    re.IGNORECASE,
)
_TELLING = re.compile(r"[:=;,]|\s[-–—]\s|[.!](?=\s)|\b(?:because|so|then)\b")
MAX_UNMARKED_QUESTION_WORDS = 12
_STATEMENT_WORDS = 3  # "1. Why …?", "Dr. Who?": a number or a title before the stop, no statement
_CLAUSE_END = re.compile(r"(?<=\w)[;.](?=\s)")
_ASKING_WORDS = word_set(
    """
    what which who whom whose when where why how is are was were do does did can could will would
    should has have had explain describe name give list define outline compare state evaluate
    """
)


def lacks_subject(text: str) -> bool:
    """True when a line starts with a pronoun or a verb, so its subject is on the line above:
    "It falls when…", "Shot by…", "Stormed the…", "ended war in Korea"."""
    words = text.split()
    if not words:
        return False
    word = quick_fold(words[0])
    if word in _PRONOUNS:
        return True
    if word in BASE_FORM and word not in {"left", "found"}:
        return True
    return len(word) > 4 and word.endswith("ed")


def _subject(text: str) -> str | None:
    """The subject a line gives the lines after it: its words up to its first verb (at most a
    few), or None when it has none of its own."""
    if lacks_subject(text):
        return None
    kept: list[str] = []
    for word in text.split()[: _SUBJECT_WORDS + 1]:
        folded = quick_fold(word)
        if not folded:
            continue
        if folded in _VERB_CUES or (len(folded) > 4 and folded.endswith("ed")):
            break
        kept.append(word.strip(",.;:()"))
    while kept and quick_fold(kept[0]) in STOP_WORDS:
        kept.pop(0)
    return " ".join(kept[:_SUBJECT_WORDS]) or None
