"""What a cited study is, not what it found, in notes that cite studies: how many it looked at
("Willis (1977) - _____ working-class lads formed a counter-school culture", a count under a
study's heading: "Bowles and Gintis (1976)" over "_____ New York high school students studied,
…") and the year in a bracket citing it after a finding ("much more likely to be diagnosed
(Escobar _____)").

`_trivia_blanks.sample_size` refuses such a count when the line itself reads as research (joint
authors, "et al", "study", "patients"). A single name and a year reads as a study only in notes
that cite studies: "Willis (1977)" among "Bowles and Gintis (1976)" and "Ball et al (1981)" is
one, while a history deck's "Dunkirk (1940) - 338,000 troops evacuated" or "(Pentonville 1842)"
is an event or a place, and its figure or year is asked. The blind review of round 19 failed
four sample sizes (A10, A33, A45, A52): the figure blanked is the method, and the finding the
line reports stands beside it.
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._spans import Span, SpanKind
from bot.questions._trivia_blanks import CITATION, cites_authors, sample_size, set_up_of

# A joint citation: notes holding a few cite studies as psychology and sociology notes do.
_JOINT = re.compile(
    r"\bet\s+al\b|[A-Z][\w'’-]+\s+(?:and|&|\+)\s+[A-Z][\w'’-]+\s*\((?:1[5-9]|20)\d\d[a-z]?\)"
)
MIN_JOINT_CITATIONS = 2
# One author and a year: "Willis (1977)"; and in one bracket after a finding, "(Escobar 2012)".
_ONE_AUTHOR = re.compile(r"(?<![\w'’-])(?:[A-Z][\w'’-]+)\s*\((?:1[5-9]|20)\d\d[a-z]?\)")
_BRACKET_AUTHOR = re.compile(r"\(\s*[A-Z][\w'’-]+\s+$")


def counts_a_sample(ctx: DeckContext, ref: FactRef, span: Span) -> bool:
    """True when `span` counts what a cited study looked at (see the module)."""
    if span.kind is not SpanKind.QUANTITY:
        return False
    if "(" in ref.text and sample_size(ref.text, span):
        return True
    if not ctx.once(_cites_studies):
        return False
    group = ref.fact.group or ""
    if "(" in group and _cited_in(group, len(group)):
        # the line under a study's heading: its first clause is the study's set-up
        return set_up_of("", ref.text[: span.start]) is not None
    if "(" not in ref.text:
        return False
    found = [m for m in _ONE_AUTHOR.finditer(ref.text, 0, span.start) if cites_authors(ref.text, m)]
    if not found:
        return False
    return set_up_of(found[-1].group(), ref.text[found[-1].end() : span.start]) is not None


def cited_year(ctx: DeckContext, ref: FactRef, span: Span) -> bool:
    """True for the year of a one-author citation in a bracket after a finding, "(Escobar
    _____)", in notes that cite studies."""
    return (
        span.kind is SpanKind.YEAR
        and "(" in ref.text
        and _BRACKET_AUTHOR.search(ref.text, 0, span.start) is not None
        and ref.text[span.end : span.end + 1] == ")"
        and ctx.once(_cites_studies)
    )


def _cited_in(text: str, end: int) -> bool:
    return any(
        cites_authors(text, match)
        for pattern in (CITATION, _ONE_AUTHOR)
        for match in pattern.finditer(text, 0, end)
    )


def _cites_studies(ctx: DeckContext) -> bool:
    """Whether the notes cite studies by their authors: a few joint citations ("et al",
    "Bowles and Gintis (1976)") anywhere in them."""
    count = 0
    for ref in ctx.facts:
        text = f"{ref.fact.group or ''} {ref.text}"
        if "(" in text and any(
            match.group().startswith(("et", "Et")) or cites_authors(text, match)
            for match in _JOINT.finditer(text)
        ):
            count += 1
            if count >= MIN_JOINT_CITATIONS:
                return True
    return False
