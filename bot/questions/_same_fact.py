"""Lines of the notes that say one fact twice, so a quiz asks it once.

Notes repeat themselves: a timeline row "1938 | Anschluss | Austria united with Germany" and a key
term "Anschluss: the union of Germany and Austria"; a row "1935 | Italy invades Abyssinia" and a
line "Italy invaded in October 1935"; "Rf value: ratio of distance moved by compound to distance
moved by solvent" and "Rf = distance moved by spot ÷ distance moved by solvent front". Asked once
from each line, under two kinds, the second question is the first again (round 16: B33 after B3,
B35 after B17, A47 after A23). Two lines are one fact when they share most of their words (by
dictionary form, three at least), both open with the same subject ("Anschluss", "Italy", "Rf";
not a property such as "High melting points", said of its section's subject), and they stand in
different sections (a key-terms list, a timeline, a summary beside the section that teaches it).
Lines of one section side by side say different things even in the same words: they contrast
("substance more attracted to the paper -> moves a shorter distance", "… to the solvent ->
moves further up the paper"). A key term is read as a line of its topic.

A timeline row rarely opens with its line's subject ("480 BC | Thermopylae and Salamis" beside the
battle's own row "Thermopylae | 480 BC | Leonidas | …"; "483 BC | Themistocles' naval law" beside
"the trireme fleet … (Themistocles' naval law, 483 BC)"), so dated lines are also paired by their
year: two lines of different sections giving the same year and the same name (or two more
words), sharing most of the shorter one's words, say one fact (round s17-quizb: five repeats in one sample of 60).
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext
from bot.questions._opposites import OPPOSITE_PAIRS
from bot.questions._words import content_words
from knowledge.search._lemma import lemma
from knowledge.text import fold

# Two lines sharing this share of the shorter one's words, and this many at least, say one thing.
_SHARE = 0.6
_MIN_SHARED = 3
# A word opening more lines than this is a label or a common word, not a subject.
_MAX_POSTINGS = 40
# Words of a claim about its section's subject: a line opening with one names no subject.
_PROPERTIES = frozenset(lemma(word) for pair in OPPOSITE_PAIRS for word in pair) | frozenset(
    {"more", "less", "most", "least", "many", "few", "very", "same", "different", "new", "old"}
)
# A table row as a line: "Year: 1935; Event: Italy invades Abyssinia; Why it matters: …".
_CELL_LABEL = re.compile(r"(?:^|;\s*)[^:;]{1,30}:\s")
_WORD = re.compile(r"[a-z0-9]+")
# A line's subject opens it: only its first characters are read for it.
_OPENING = 60
# A year: a number with an era mark, or four digits from 1000 to 2099 standing alone.
_YEAR = re.compile(
    r"(?<![\w,.])(?:(?P<era>\d{1,4})\s?(?:BCE|BC|CE|AD)\b|(?P<plain>1\d{3}|20\d{2})(?![\w,.]\d))"
)
_ERA_WORDS = frozenset({"bc", "bce", "ce", "ad"})
_NAME = re.compile(r"(?<![\w'’-])[A-Z][a-z][\w'’-]*")
# Two dated lines sharing their year and a name say one fact when they share this many words
# (the year and the name; `_MIN_SHARED` without a name) and `_SHARE` of the shorter one's.
_MIN_SHARED_DATED = 2


def _unlabelled(text: str) -> str:
    """A table row's text by its cells ("1935 Italy invades Abyssinia League's final failure")."""
    if "; " in text and len(_CELL_LABEL.findall(text)) >= 2:
        return _CELL_LABEL.sub(" ", text)
    return text


def _words(text: str) -> frozenset[str]:
    """The content words of `text` (as `_unlabelled`) by dictionary form."""
    found: set[str] = set()
    for word in content_words(text):
        for piece in _WORD.findall(word):
            if len(piece) >= 2:
                found.add(lemma(piece))
    return frozenset(found)


def _numbered(words: frozenset[str]) -> bool:
    """True when a number is among `words`: two lines each with a number of its own are parallel
    facts about two things (or say different figures), not one fact twice."""
    return any(word[:1].isdigit() for word in words)


def _head(text: str) -> str | None:
    """What `text` (as `_unlabelled`) opens with: its first word of letters, by dictionary form."""
    for word in content_words(text[:_OPENING]):
        if word.isalpha():
            return lemma(word) if len(word) >= 2 else None
        if any(char.isalpha() for char in word):
            return None  # "Fe2+", "CO2": a formula opens it
    return None


def _sections(ctx: DeckContext, topic_ids: set[str | None]) -> dict[str | None, str | None]:
    """Each topic id -> the id of the top-level section holding it (itself when it is one, or
    not a topic of the deck; None for a key term filed under no topic)."""
    found: dict[str | None, str | None] = {}
    for topic_id in topic_ids:
        path = ctx.deck.path(topic_id) if topic_id is not None else ()
        found[topic_id] = path[0].id if path else topic_id
    return found


def same_facts(ctx: DeckContext) -> dict[str, frozenset[str]]:
    """Folded text of each line that says another line's fact -> a key for each such pair of
    lines (lines with no twin are left out). Pairs, not chains: "primary consumer: eats
    producers" and "secondary consumer: eats primary consumers" are no twins, and a third line
    like both does not join them."""
    opening: list[tuple[str, str, str, str | None]] = []  # folded, text, head, section
    holding: dict[str, list[int]] = {}
    seen: set[str] = set()
    # Each line, then each key term as its questions quote it ("Term: definition", a year or an
    # aside the notes gave its name cut off), in its topic's section: a term asked from one
    # section is the fact a timeline's row says again.
    texts: list[tuple[str, str | None]] = [(ref.text, ref.topic.id) for ref in ctx.statements]
    texts += [
        (f"{term.term}: {term.definition}", term.topics[0] if term.topics else None)
        for term in ctx.deck.terms
        if not term.added
    ]
    sections = _sections(ctx, {topic_id for _, topic_id in texts})
    if len(set(sections.values())) == 1 and None not in sections.values():
        return {}  # one section (a card upload): its lines contrast, none says another's fact
    for text, topic_id in texts:
        folded = fold(text)
        if folded in seen:
            continue
        seen.add(folded)
        shown = _unlabelled(text)
        head = _head(shown)
        if head is None or head in _PROPERTIES:
            continue  # "High melting and boiling points": said of its section's subject
        holding.setdefault(head, []).append(len(opening))
        opening.append((folded, shown, head, sections[topic_id]))
    # Only lines opening as a line of another section does are read whole.
    words: dict[int, frozenset[str]] = {}
    twins: dict[str, set[str]] = {}
    for found in holding.values():
        if len(found) < 2 or len(found) > _MAX_POSTINGS:
            continue  # alone, or a label or a common word opening many lines: no subject
        for at, position in enumerate(found):
            folded, shown, _, section = opening[position]
            mine: frozenset[str] | None = None
            for other in found[at + 1 :]:
                theirs_folded, their_text, _, their_section = opening[other]
                if section == their_section is not None:
                    continue  # lines of one section side by side contrast ("… to the paper",
                    # "… to the solvent"); a fact said again is said elsewhere (key terms, a
                    # timeline, a summary)
                if mine is None:
                    mine = words.get(position)
                    if mine is None:
                        mine = words[position] = _words(shown)
                theirs = words.get(other)
                if theirs is None:
                    theirs = words[other] = _words(their_text)
                shared = len(mine & theirs)
                if shared < _MIN_SHARED or shared < _SHARE * min(len(mine), len(theirs)):
                    continue
                if _numbered(mine - theirs) and _numbered(theirs - mine):
                    continue  # "Family 3 grows in region 3", "Family 4 grows in region 4"
                key = "\x1f".join((folded, theirs_folded))
                twins.setdefault(folded, set()).add(key)
                twins.setdefault(theirs_folded, set()).add(key)
    _dated_twins(texts, sections, twins)
    return {folded: frozenset(keys) for folded, keys in twins.items()}


def _dated_twins(
    texts: list[tuple[str, str | None]],
    sections: dict[str | None, str | None],
    twins: dict[str, set[str]],
) -> None:
    """Add to `twins` the pairs of lines of different sections that give the same year and the
    same name and share most of the shorter one's other words (see the module's docstring)."""
    by_year: dict[str, list[tuple[str, str, str | None]]] = {}
    seen: set[str] = set()
    for text, topic_id in texts:
        shown = _unlabelled(text)
        years = {match.group("era") or match.group("plain") for match in _YEAR.finditer(shown)}
        folded = fold(text)
        if not years or folded in seen:
            continue
        seen.add(folded)
        for year in years:
            by_year.setdefault(year, []).append((folded, shown, sections[topic_id]))
    for year, lines in by_year.items():
        if len(lines) < 2 or len(lines) > _MAX_POSTINGS:
            continue
        words = [_words(shown) - _ERA_WORDS for _, shown, _ in lines]
        names = [_words(" ".join(_NAME.findall(shown))) - _ERA_WORDS for _, shown, _ in lines]
        for at, (folded, _, section) in enumerate(lines):
            for other in range(at + 1, len(lines)):
                their_folded, _, their_section = lines[other]
                if section == their_section or folded == their_folded:
                    continue
                shared = words[at] & words[other]
                if year not in shared or len(shared) < _MIN_SHARED_DATED:
                    continue
                if len(shared) < _MIN_SHARED and not names[at] & names[other] & shared:
                    continue  # "480 BC Xerxes crosses …", "480 BC Xerxes burns …": two facts
                if len(shared) < _SHARE * min(len(words[at]), len(words[other])):
                    continue
                key = "\x1f".join((folded, their_folded))
                twins.setdefault(folded, set()).add(key)
                twins.setdefault(their_folded, set()).add(key)
