"""Wording shared by the question builders: the context line, explanations and hints."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.questions._abbreviation_stops import first_clause
from bot.questions._context import DeckContext, FactRef
from bot.questions._model import MAX_EXPLANATION, shorten
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind
from bot.questions._tidy_stems import named_things
from bot.questions._words import content_words
from knowledge.heading_numbers import without_number
from knowledge.headings import numbered_title, short_title
from knowledge.importers.definitions import subject_word
from knowledge.importers.terms import split_glossary


def label(ref: FactRef, span: Span | None = None) -> str:
    """Where a fact sits, shown before it: "Berlin Wall (Americans react)". When the question
    turns on a year (`span`), the title's own dates are left out: "Montgomery Bus Boycott
    (1955-56): December _____: buses desegregated" would give 1956 away."""
    if not ref.titled:  # a topic named after the file only: its group, if any, is the heading
        group = short_group(ref.fact.group, "") if ref.fact.group else None
        return group or ""
    title = short_title(ref.topic.title)  # "Chile earthquake, 2010", not its case-study heading
    if span is not None and span.kind in (SpanKind.YEAR, SpanKind.DATE) and _YEAR.search(title):
        title = _TITLE_DATES.sub("", title).strip(" ,–—-:") or title
    group = short_group(ref.fact.group, title) if ref.fact.group else None
    return f"{title} ({group})" if group else title


def labelled(heading: str, text: str) -> str:
    """A stem shown under its heading, "Berlin Wall: …"; a line under none (`label` is "")
    starts the stem itself."""
    return f"{heading}: {text}" if heading else text


def on_notes(heading: str) -> str:
    """ "your notes on <heading>" for hints; "your notes" under no heading."""
    return f"your notes on {heading}" if heading else "your notes"


def shown_heading(ref: FactRef) -> str:
    """The heading a fact's questions show it under (`label`): its group's short form, or its
    topic's title when the group says no more."""
    title = short_title(ref.topic.title)
    group = short_group(ref.fact.group, title) if ref.fact.group else None
    return group or title


# A group heading longer than this is a line of the notes, not a heading: it is shortened.
MAX_GROUP = 40
_DATE_LABEL = re.compile(r"^[^:]{0,30}\b(?:1\d|20)\d\d\b[^:]{0,12}:\s*")
_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_CLAUSE_END = re.compile(r"[.;:,!?]\s|[.;:!?]$|\s[–—-]\s")
# A line opening with a name, then its verb: "Solon reformed …", "the Delian League was founded …",
# "General George Monck marched …". A pronoun or a word that opens a phrase is no name ("His son
# …"), nor is a capitalised common word before its noun ("Social inequality …", "Pure substances
# melt …"): the word after the name must be a verb in the past or a form of "be" or "have".
_NAMED_SUBJECT = re.compile(
    r"(?P<name>(?:[Tt]he\s+)?"
    r"(?!(?:The|His|Her|Its|Their|Our|This|These|Those|That|It|They|He|She|We|You|In|On|At|By|"
    r"After|Before|During|When|While|If|As|A|An|Some|Many|Most|All|Both|Each|One)\b)"
    r"[A-Z][\w'’-]*(?:\s+(?:(?:of|de|von|van)\s+)?(?:[A-Z][\w'’-]*|[IVX]{1,4}))*)"
    r"\s+(?:[a-z]{3,}ed|is|are|was|were|has|had|have|became|began|made|led|took|gave|won|lost|"
    r"fought|built|wrote|sent|set up|went|came|ran|saw|held|brought|kept|left|rose|fell)\b"
)


@lru_cache(maxsize=4096)
def short_group(group: str, title: str) -> str | None:
    """A group heading as a short context after its topic's title: a long heading that is a line
    of the notes ("8-9 November 1923: the Munich Putsch (Beer Hall Putsch).", "Graphite: each
    carbon atom forms three covalent bonds, …") shows what it is about ("the Munich Putsch",
    "Graphite"), or nothing when that says no more than the title."""
    # "Section 9 - The Great Plague, 1665" is about the plague, not "Section 9" (round 18, A45)
    text = numbered_title(group) or without_number(group)  # "5b. Hunting methods" too
    if len(text) > MAX_GROUP:
        found = split_glossary(text)
        if found is not None and len(found[0]) <= MAX_GROUP:
            text = found[0]
        else:
            text = _PARENTHESES.sub("", _DATE_LABEL.sub("", text))
            text = first_clause(text, _CLAUSE_END).strip(" .")  # not at "c." nor "Within days,"
            if len(text) > MAX_GROUP:
                # "Solon reformed Athens during an economic crisis" over "set up the Council of
                # _____": the line's subject says whose the lines under it are (round s17-quizb:
                # shown under the section alone, the Council of 400 read as Cleisthenes' 500).
                named = _NAMED_SUBJECT.match(text)
                text = named.group("name") if named and _is_name(named.group("name")) else ""
    if not text or len(text) > MAX_GROUP:
        return None
    words = set(content_words(text))
    if not words:
        return None
    if words <= set(content_words(title)):
        # "Causes" under "Causes of the war" says nothing more; "Thyroxine" under "Adrenaline
        # and thyroxine" says which of the two things a line is about.
        parts = [set(content_words(part)) for part in named_things(title)]
        if len(parts) < 2 or all(words <= part for part in parts):
            return None
    return text


def _is_name(text: str) -> bool:
    """True for several capitalised words ("Rosa Parks", "the Delian League") or one that is no
    everyday word ("Solon", not "Theatres" or "Metals")."""
    words = text.split()
    if words[0].casefold() == "the":
        words = words[1:]
    return len(words) > 1 or subject_word(words[0])


def gives_year_away(ref: FactRef, span: Span) -> bool:
    """True when a year question's label still names a year (its group's "1 December 1955: Rosa
    Parks arrested …" over "December _____: buses desegregated")."""
    if span.kind not in (SpanKind.YEAR, SpanKind.DATE):
        return False
    shown = label(ref, span)
    if _YEAR.search(shown):
        return True
    # "The worst year: “Black '47”" over "Deaths peaked in _____" (1847); "the emblem of FESTAC
    # ’77 (… held in Lagos, _____)" (round 27, A36): the line's own short form of the year.
    stem = f"{shown} {ref.text[: span.start]} {ref.text[span.end :]}"
    return any(span.text.strip().endswith(short) for short in _SHORT_YEAR.findall(stem))


_SHORT_YEAR = re.compile(r"['’](\d\d)\b")


_YEAR = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
# A title's dates: "(1955-56)", "(28 August 1963)", ", 1918–29", "1066:".
_TITLE_DATES = re.compile(
    r"\s*\([^()]*(?<!\d)(?:1\d|20)\d\d[^()]*\)"
    r"|\s*[,:–—]\s*(?:c\.\s*)?(?<!\d)(?:1\d|20)\d\d(?:\s*[-–—/]\s*\d{2,4})?$"
)


def topic_path(ctx: DeckContext, ref: FactRef, *, with_group: bool = True) -> str:
    """Where a fact sits in the topic tree: "Cold War › Berlin Wall (Americans react)"."""
    titles = [short_title(t.title) for t in ctx.deck.path(ref.topic.id)] or [
        short_title(ref.topic.title)
    ]
    path = " › ".join(titles)
    return f"{path} ({ref.fact.group})" if ref.fact.group and with_group else path


def quote_fact(lead: str, ref: FactRef, *, with_topic: bool = True) -> str:
    """`lead` then the source fact in quotes (and its topic), cut to fit an explanation."""
    tail = f" ({ref.topic.title})" if with_topic and ref.titled else ""
    budget = MAX_EXPLANATION - len(lead) - len(tail) - 4
    fact = ref.text
    if budget >= 20:
        fact = shorten(fact, budget)
    return shorten(f"{lead} “{fact}”{tail}", MAX_EXPLANATION)


def hint_for(span: Span) -> str:
    """A typed answer's hint: the author's, else its kind and letters ("N _ _ _ (4 letters)")."""
    if span.author_hint:
        return span.author_hint
    if span.kind in NUMERIC_KINDS or span.kind is SpanKind.DATE:
        article = "an" if span.kind.value[0] in "aeiou" else "a"
        return f"{article} {span.kind.value}"
    kind = span.kind.value if span.kind in (SpanKind.PERSON, SpanKind.PLACE) else None
    return letters_hint(span.text, kind)


def letters_hint(text: str, kind: str | None = None) -> str:
    """The first letter of each word and a blank per letter after it, and the size:
    "N _ _ _ (4 letters)", "G _ _ _   t _ _ _ _ _ _ (2 words)"."""
    words = text.split()
    pattern = "   ".join(
        " ".join(char if i == 0 or not char.isalnum() else "_" for i, char in enumerate(word))
        for word in words
    )
    letters = sum(char.isalnum() for char in text)
    size = f"{letters} letters" if len(words) == 1 else f"{len(words)} words"
    if kind is not None:
        size = f"a {kind}, {size}"
    return f"{pattern} ({size})"


def listed_under(heading: str, *, negative: bool = False) -> str:
    """ "Which of these is (NOT) listed under “Solutions”?"; a heading that is itself a question
    ("Was the scheme a success?") is quoted as the notes' question, so the stem does not end in
    "?”?"."""
    heading = heading.strip().rstrip(":").strip()
    if heading.endswith("?"):
        verb = "do they NOT list" if negative else "do they list"
        return f"Your notes ask “{heading}” Which of these {verb} under it?"
    return f"Which of these is {'NOT ' if negative else ''}listed under “{heading}”?"
