"""Typed cloze questions: one fact with a key word blanked, the student types it.

Facts with author markup are blanked only where the author marked them; other facts on every name,
number, capitalised phrase or rare word found in them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from bot._units import unit_of
from bot.questions._aliases import extra_answers, fuller_name, shares_its_noun, type_word
from bot.questions._attribute_lists import blanks_a_slot
from bot.questions._context import DeckContext, FactRef
from bot.questions._dated import incidental_year
from bot.questions._entities import without_parenthetical
from bot.questions._everyday import is_everyday
from bot.questions._example_lists import example_member
from bot.questions._filters import (
    blank_problem,
    generic_plural,
    names_its_section,
    short_item,
    typed_synonym_risk,
)
from bot.questions._model import Question, QuestionKind
from bot.questions._not_definitions import blanks_a_told_label
from bot.questions._not_meanings import blanks_a_summary_label
from bot.questions._phrasing import gives_year_away, hint_for, label, labelled, quote_fact
from bot.questions._repeated_labels import blanks_repeated_label
from bot.questions._samples import cited_year, counts_a_sample
from bot.questions._second_answer import another_term_fits, open_after_modifier
from bot.questions._spans import Span, SpanKind
from bot.questions._spelt_out import spelt_after
from bot.questions._stems import blanked
from bot.questions._terms import echoes_term, everyday_name
from bot.questions._trivia_blanks import bare_list_item
from knowledge.importers.definitions import is_member_list
from knowledge.importers.terms import split_glossary
from knowledge.model import stable_id
from knowledge.text import fold


def glossary_head(text: str, spans: list[Span]) -> Span | None:
    """The name a line defines, whole, when no span found has it: "occulting light – the light is
    on longer than it is off", "Dioptric system – uses lenses to bend (refract) the light". The
    spans found cut such a name ("Dioptric" is part of a longer name, "isophase" a word describing
    the next one), so the line gave no question (own lighthouse handout: its three lens systems;
    round 24's fungi page came up short of 60). Only a name of at most `_MAX_HEAD_WORDS` words
    with a word that is no everyday English ("Position: on the river Trave …" is a label), defined
    by a dash or "=" (a colon mostly opens a label's content)."""
    split = split_glossary(text)
    if split is None:
        return None
    if is_member_list(split[1]) or split[1].count(",") >= _LIST_COMMAS:
        return None  # "Renewable resources: wind, solar, tidal and …": a list's label
    if not _DEFINES.match(text, len(text) - len(text.lstrip()) + len(split[0].rstrip())):
        return None  # "Territorial losses: Alsace-Lorraine …": a colon opens a label's content
    # The name without its bracket ("Holstentor (1464–78)" asks "_____ (1464–78) – …").
    name = split[0].split("(", 1)[0].strip()
    start = len(text) - len(text.lstrip())
    if not text.startswith(name, start) or not _HEAD_NAME.fullmatch(name) or _OWNED.search(name):
        return None  # "James Douglass's tower (1882) – …": the name in it is the blank
    words = name.split()
    if (
        len(words) > _MAX_HEAD_WORDS
        or all(is_everyday(word) for word in words)
        or (name.isupper() and len(name) <= _MAX_HEAD_WORDS)  # "NB – …", "PS: …"
        or _ROLE_THEN_NAME.search(name)  # "leader Klaus Störtebeker – …": the name is the blank
        or any(span.start == start and span.end == start + len(name) for span in spans)
    ):
        return None
    return Span(start, start + len(name), name, SpanKind.TERM)


# A "definition" with this many commas is a list of what its label holds.
_LIST_COMMAS = 2
# How a glossary line defines its name: a dash or an equals sign (a colon mostly ends a label).
_DEFINES = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[–—=]|-\s)")
_ROLE_THEN_NAME = re.compile(r"\b[a-z][\w'’-]*\s+[A-Z]")
_OWNED = re.compile(r"[’']s\b")
# A name of words only, no article first: "occulting light", "Dioptric system", "Quorn".
_HEAD_NAME = re.compile(r"(?!(?:the|a|an)\b)[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*)*", re.IGNORECASE)


# A glossary line's name this long or shorter is a term (`glossary_head`).
_MAX_HEAD_WORDS = 3
# What follows a line's label: "duties: trimming the wick …", "winter = four months …".
_LABEL_AFTER = re.compile(r"\s*(?::|=|\s[–—-]\s)")
# The kinds of blank a study's citation can make trivia of: its sample's size, its year.
_CITED_KINDS = frozenset({SpanKind.QUANTITY, SpanKind.YEAR})


def cloze_questions(ctx: DeckContext, ref: FactRef) -> Iterator[Question]:
    """Every cloze question the fact allows, best blank first."""
    spans = ctx.spans(ref.fact)
    head = glossary_head(ref.text, spans)
    if head is not None:
        spans = [head, *(span for span in spans if not span.overlaps(head.start, head.end))]
    marked = [span for span in spans if span.marked]
    for found in sorted(marked or spans, key=lambda s: (-s.score, s.start)):
        span = year_of_day(found)
        text = ref.text
        if blanks_repeated_label(ctx, text, span) or blanks_a_slot(ctx, text, span):
            continue  # "_____: a motor given 500 J …" -> "Worked figure", a label of the notes
        if blanks_a_told_label(ctx, text, span):
            continue  # "_____: kept the army together …" -> a reason's label, no term
        if (
            _LABEL_AFTER.match(text, span.end)
            and not text[: span.start].strip()
            and everyday_name(span.text, [ref.topic.title])
        ):
            continue  # "_____: trimming the wick, cleaning the lens, …" -> duties
        if blanks_a_summary_label(ref, span):
            continue  # "Chapters: _____ - the author bakes …" -> a chapter's title (round 27)
        if _defined_by_its_echo(text, span):
            continue  # "_____ – method of … using a wax model" -> lost-wax casting (round 27)
        if blank_problem(text, span) or (len(spans) > 1 and generic_plural(span)):
            continue  # "swarms of _____ that destroyed harvests" -> grasshoppers (locusts)
        if ref.fact.group is not None and short_item(text, span):
            continue
        if ref.fact.group is None and bare_list_item(text, span):
            continue  # "Modern policing: _____, specialised units" -> CCTV
        if spelt_after(text, span.start, span.end):
            continue  # "_____: transnational corporation – a company …" -> TNC
        if example_member(text, span):
            continue  # "Most metals (copper, _____, gold)": tin or zinc fit as well
        if typed_synonym_risk(ctx, text, span) or gives_year_away(ref, span):
            continue
        if span.kind in _CITED_KINDS and (
            counts_a_sample(ctx, ref, span) or cited_year(ctx, ref, span)
        ):
            continue  # "Willis (1977) - _____ working-class lads …": the study's set-up
        if names_its_section(ctx, ref.topic.id, span):
            continue  # "Act for the _____ of the Lesser Monasteries" under "The Dissolution …"
        if incidental_year(ctx, span):
            continue  # "Mendel … published his work in _____" in notes that date nothing else
        if another_term_fits(ctx, ref, span) or open_after_modifier(ctx, ref, span):
            continue  # diamond fits "_____: very high melting point" too; "giant _____"
        answers = accepted_answers(ctx, span, text)
        full = fuller_name(ctx, ref.topic.id, span)
        if full is not None:
            answers = tuple(dict.fromkeys((*answers, full)))
        blank = span
        if shares_its_noun(ctx, text, span):
            # "stranger and _____ anxiety": the noun both words share stays in the line.
            kind_word = type_word(ctx, span.text)
            if kind_word is None:
                continue
            blank = replace(span, end=span.start + len(kind_word), text=kind_word)
            answers = tuple(dict.fromkeys((kind_word, *answers)))
        yield Question(
            id=stable_id(ref.topic.id, ref.fact_id, QuestionKind.CLOZE.value, blank.text),
            kind=QuestionKind.CLOZE,
            prompt=labelled(label(ref, blank), blanked(text, blank)),
            answers=answers,
            explanation=quote_fact(f"Answer: {blank.text}.", ref),
            source_fact=text,
            topic_id=ref.topic.id,
            fact_id=ref.fact_id,
            hint=hint_for(blank),
        )


def _defined_by_its_echo(text: str, span: Span) -> bool:
    """True when the blank is the name a line defines and the definition after it repeats a
    word of the name or its root, each half of a hyphened word read alone."""
    if text[: span.start].strip(" *_") or not _LABEL_AFTER.match(text, span.end):
        return False
    return echoes_term(span.text, text[span.end :])


_YEAR_IN = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\b")


def year_of_day(span: Span) -> Span:
    """A typed blank on a day's date asks its year: "Elizabeth was born on 7 Sept _____" ->
    1533, not "7 Sept 1533", which a student who knows the year would type in any of a dozen
    forms. A marked span or one with no day is asked as it is."""
    if span.marked or span.kind is not SpanKind.DATE:
        return span
    year = _YEAR_IN.search(span.text)
    if year is None or not _DAY_BEFORE.search(span.text[: year.start()]):
        return span
    start = span.start + year.start()
    return Span(start, start + len(year.group()), year.group(), SpanKind.YEAR)


def accepted_answers(ctx: DeckContext, span: Span, text: str = "") -> tuple[str, ...]:
    """What a student may type for `span`: as written, then its entity's name, surname, aliases,
    then what the notes themselves offer for it (a gloss, a surname: `_aliases`)."""
    answers = [span.text]
    entity = ctx.index.lookup(span.entity) if span.entity else None
    if entity is not None:
        answers += [entity.name, without_parenthetical(entity.name), *entity.aliases]
        if entity.kind is SpanKind.PERSON:
            answers.append(entity.surname)
    answers += extra_answers(ctx, text, span)
    with_unit = unit_after(span, text)
    if with_unit is not None:
        answers.append(with_unit)
    return with_notes_spellings(ctx, answers)


_NEXT_WORD = re.compile(r"\s*([^\s,;:()]+)")


def unit_after(span: Span, text: str) -> str | None:
    """The blank's number with the unit the line writes after it ("61 km" for "Runs about _____
    km from …"), or None: accepted too, so that the grader, knowing the unit, refuses the same
    number in another ("61 miles")."""
    if span.kind not in (SpanKind.QUANTITY, SpanKind.PERCENT) or unit_of(span.text):
        return None
    word = _NEXT_WORD.match(text, span.end)
    if word is None:
        return None
    written = f"{span.text} {word.group(1)}"
    return written if unit_of(written) is not None else None


def with_notes_spellings(ctx: DeckContext, answers: list[str]) -> tuple[str, ...]:
    """The answers, then the notes' own spelling of any the deck corrected ("disparagement" where
    the notes wrote it for "disarmament"), without repeats."""
    fixed = {fold(deck): notes for notes, deck in ctx.deck.corrections}
    unique: dict[str, str] = {}
    for answer in [*answers, *(fixed[fold(a)] for a in answers if fold(a) in fixed)]:
        unique.setdefault(fold(answer), answer)
    return tuple(unique.values())
