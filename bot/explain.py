"""/explain, /ask and /topics: the notes laid out for reading.

Pure functions from the deck and the search index's results to replies; no state, no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.markup import Line, Part, Text, bold, italic, item, line, text
from bot.replies import Choices, Message, Option, Reply
from bot.tokens import make_token
from bot.wording import CHAT, Voice, count
from knowledge.model import Deck, Fact, Term, Topic
from knowledge.search import Answer, DeckIndex, Hit, Lookup, Passage
from knowledge.search._words import content_words

EXPLAIN_ACTION = "ex"
_ECHO_LIMIT = 80


def echo(query: str) -> str:
    """A user's query shown back to them, cut short so hostile input cannot flood a reply."""
    flat = " ".join(query.split())
    return flat if len(flat) <= _ECHO_LIMIT else flat[: _ECHO_LIMIT - 1] + "…"


PATH_SEPARATOR = " › "
MAX_SUBTOPIC_BUTTONS = 20
"""Buttons under a parent topic (Discord allows 25 in a message); the rest are listed as text."""


def topic_path(deck: Deck, topic: Topic) -> str:
    """Where a subtopic sits: "Section A › Weather hazards › Case study: Haiyan"."""
    return PATH_SEPARATOR.join(part.title for part in deck.path(topic.id))


def topic_notes(deck: Deck, topic: Topic) -> Text:
    """A topic as a student reads it: where it sits in the tree, title and years, its own facts as bullets
    with groups kept, then links. A parent's subtopics are not poured in: `topic_reply` lists them."""
    heading: list[Part] = [bold(topic.title)]
    if topic.years and topic.years not in topic.title:
        heading.append(f" ({topic.years})")
    lines: list[Line] = []
    if deck.parent(topic.id) is not None:
        lines.append(line(italic(topic_path(deck, topic))))
    lines.append(line(*heading))
    if topic.summary:
        lines.append(line(italic(topic.summary)))
    lines.extend(_facts(topic.facts))
    terms = deck.terms_of(topic.id)
    if terms:
        lines.append(line(bold("Key terms")))
        lines.extend(item(bold(term.term), " — ", term.definition) for term in terms)
    for label, values in (("People", topic.people), ("Places", topic.places)):
        if values:
            lines.append(line(italic(f"{label}: "), ", ".join(values)))
    related = [other.title for rid in topic.related if (other := deck.topic(rid)) is not None]
    if related:
        lines.append(line(italic("Related: "), " · ".join(related)))
    return Text(tuple(lines))


def _facts(facts: tuple[Fact, ...]) -> list[Line]:
    lines: list[Line] = []
    open_group: str | None = None
    for fact in facts:
        if fact.group != open_group:
            open_group = fact.group
            if fact.group is not None:
                lines.append(item(bold(fact.group)))
        lines.append(item(fact.text, indent=1 if fact.group is not None else 0))
    return lines


def term_notes(deck: Deck, term: Term) -> Text:
    """A key term: its definition and the topics it appears in."""
    lines = [line(bold(term.term), " — ", term.definition)]
    if term.added:
        lines.append(line(italic("(A glossary definition, added to these notes.)")))
    if term.aliases:
        lines.append(line(italic("Also written: "), ", ".join(term.aliases)))
    homes = [topic.title for tid in term.topics if (topic := deck.topic(tid)) is not None]
    if homes:
        lines.append(line(italic("Appears in: "), " · ".join(homes)))
    return Text(tuple(lines))


def topic_reply(deck: Deck, topic: Topic) -> Reply:
    """/explain of a topic: its notes and, for a parent, its subtopics to open one by one (buttons where
    the platform has them) instead of one giant dump of everything under it."""
    notes = topic_notes(deck, topic)
    children = deck.children(topic.id)
    if not children:
        return Message(notes)
    below = len(deck.subtree(topic.id)) - 1
    count = f"{len(children)} subtopics" if len(children) > 1 else "1 subtopic"
    more = f" ({below} topics in all)" if below > len(children) else ""
    lead = line(bold(count), more, " — pick one to read it:")
    shown, rest = children[:MAX_SUBTOPIC_BUTTONS], children[MAX_SUBTOPIC_BUTTONS:]
    lines: list[Line] = [lead]
    if rest:
        lines.extend(item(child.title) for child in rest)
        lines.append(line("(/explain followed by a name opens it)"))
    options = tuple(
        Option(child.title, make_token(EXPLAIN_ACTION, "t", child.id)) for child in shown
    )
    return Choices(notes + Text(tuple(lines)), options)


def explain_hit(deck: Deck, hit: Hit) -> Reply:
    """The notes for a search hit (a topic or a key term)."""
    if hit.kind == "topic":
        topic = deck.topic(hit.id)
        if topic is not None:
            return topic_reply(deck, topic)
    else:
        for term in deck.terms:
            if term.id == hit.id:
                return Message(term_notes(deck, term))
    return Message(text(f"“{hit.title}” is no longer in these notes."))


def explain_option(hit: Hit) -> Option:
    kind = "k" if hit.kind == "term" else "t"  # the engine resolves "t" to topics, "k" to key terms
    return Option(hit.title, make_token(EXPLAIN_ACTION, kind, hit.id))


def explain(deck: Deck, index: DeckIndex, query: str, voice: Voice = CHAT) -> Reply:
    """The reply to `/explain query`: the notes, a did-you-mean, or a plain "not in these notes"."""
    if not query.strip():
        from bot.examples import examples_for  # here: only an empty query needs an example

        example = voice.command("explain", examples_for(deck).topic)
        return Message(
            text(
                f"What should I explain? Try {example} — or {voice.command('topics')} "
                "to see them all."
            )
        )
    found: Lookup = index.lookup(query)
    if found.status == "match" and found.best is not None:
        return explain_hit(deck, found.best)
    if found.status == "ambiguous" and found.candidates:
        body = text(line("Did you mean one of these for “", echo(query), "”?"))
        return Choices(body, tuple(explain_option(hit) for hit in found.candidates))
    return not_in_notes(query, found.candidates, voice)


def not_in_notes(query: str, closest: tuple[Hit, ...], voice: Voice = CHAT) -> Reply:
    body = text(line("“", echo(query), "” is not in these notes."))
    if not closest:
        return Message(body + text(f"Try {voice.command('topics')} to see what they cover."))
    body = body + text("The closest topics are:")
    return Choices(body, tuple(explain_option(hit) for hit in closest))


@dataclass(frozen=True, slots=True)
class Asked:
    """The reply to `/ask` and what it rests on: `status` "answer" or "none", the `topic` title of
    the answer (None when there is none), and `lead`, the one line that answers (a fact, a key
    term's definition or a topic's date) — what `studybot ask --json` and the benchmark report."""

    status: str
    topic: str | None
    lead: str | None
    reply: Reply


def ask(deck: Deck, index: DeckIndex, question: str, voice: Voice = CHAT) -> Reply:
    """The reply to `/ask question`: the fact that answers it, with its topic — never made up."""
    return answer_question(deck, index, question, voice).reply


def answer_question(deck: Deck, index: DeckIndex, question: str, voice: Voice = CHAT) -> Asked:
    """Answer from the notes: the one best fact first, the answering words in bold, where it sits
    in the notes, then at most two supporting facts (for a why-question, the other reasons listed
    under the same lead-in). When nothing answers it, say so and offer the closest topics."""
    if not question.strip():
        from bot.examples import examples_for

        example = voice.command("ask", examples_for(deck).question)
        reply = Message(text(f"Ask me a question about the notes, e.g. {example}"))
        return Asked("none", None, None, reply)
    from knowledge.search import plain_question  # here: a one-shot /explain never loads it

    term = _defined_term(deck, index, plain_question(question))
    if term is not None:
        homes = [t.title for tid in term.topics if (t := deck.topic(tid)) is not None]
        lead = f"{term.term} — {term.definition}"
        return Asked("answer", homes[0] if homes else None, lead, Message(term_notes(deck, term)))
    found: Answer = index.ask(question)
    if found.status != "answer" or not found.passages:
        return Asked("none", None, None, not_in_notes(question, found.closest, voice))
    best, *support = found.passages
    lines: list[Line] = [line(*_with_answer(best)), line(italic("From " + " › ".join(best.path)))]
    if support:
        listed = best.fact.group is not None and all(
            passage.fact.group == best.fact.group and passage.topic_id == best.topic_id
            for passage in support
        )
        heading = "Other reasons:" if found.kind == "reason" and listed else "Also in the notes:"
        lines.append(line(heading))
        for passage in support:
            where = "" if passage.topic_id == best.topic_id else f" ({passage.topic_title})"
            lines.append(item(passage.fact.text, where))
    return Asked("answer", best.topic_title, best.fact.text, Message(Text(tuple(lines))))


def _with_answer(passage: Passage) -> list[Part]:
    """The fact's text with the words that answer the question in bold."""
    shown = passage.fact.text
    if passage.answer is None:
        return [shown]
    start, end = passage.answer
    return [shown[:start], bold(shown[start:end]), shown[end:]]


_DEFINE = re.compile(
    r"^(?:what(?:'s|\s+is|\s+are|\s+was|\s+were|\s+does)|define|definition\s+of|meaning\s+of"
    r"|explain)\s+(?P<rest>.+?)(?:\s+mean|\s+stand\s+for|\s+short\s+for)?\s*[?.!]*$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def _defined_term(deck: Deck, index: DeckIndex, question: str) -> Term | None:
    """ "What is détente?", "define brinkmanship": the key term's definition is the answer."""
    asked = _DEFINE.match(question.strip())
    if asked is None:
        return None
    rest = _ARTICLE.sub("", asked["rest"])
    found = index.lookup(rest)
    if found.status != "match" or found.best is None or found.best.kind != "term":
        return None
    term = next((term for term in deck.terms if term.id == found.best.id), None)
    if term is None or _spelt_together(rest) not in _names_of(term.term):
        # "what does market share mean?" is not the key term "Market share formula": /ask
        # finds the line that says it
        return None
    return term


def _spelt_together(name: str) -> str:
    """A name's index words run together, so that a term and a question naming it in other word
    forms or split otherwise ("Ecotourism" / "eco tourism", "Catalysts" / "catalyst") are one."""
    return "".join(content_words(name))


def _names_of(term: str) -> set[str]:
    """A key term's name as `_spelt_together` writes it, with and without its aside in brackets:
    "Quantitative easing (QE)" is asked as "quantitative easing", "Bit depth (sound)" as "bit
    depth in sound"."""
    return {_spelt_together(term), _spelt_together(_ASIDE.sub(" ", term))}


_ASIDE = re.compile(r"\([^()]*\)")


def topics_list(deck: Deck, voice: Voice = CHAT) -> Text:
    """Every topic with its years, in the deck's order; subtopics indented under their parent."""
    size = count(len(deck.topics), "topic")
    if not deck.is_flat:
        roots = len(deck.roots())
        size = f"{count(roots, 'topic')}, {count(len(deck.topics) - roots, 'subtopic')}"
    lines: list[Line] = [line(bold(deck.title), f" — {size}")]
    for topic in deck.topics:
        years = f" ({topic.years})" if topic.years and topic.years not in topic.title else ""
        lines.append(item(topic.title, years, indent=deck.depth(topic.id)))
    how = voice.command("explain")
    lines.append(line(f"Try {how} followed by any of them, a person, a place or a year."))
    return Text(tuple(lines))
