"""True/false on which way a claim goes: a line as the notes say it, or with one word turned round.

Science and economics notes say which way things go ("Pure metals are soft", "Intermolecular forces
increase as molecules get larger", "Maximum prices are set below the equilibrium price") in
everyday words no blank is found in, so such a line gave no question. Turned round ("… are hard",
"… decrease as …", "… above …") it is a false statement a student who knows the subject refutes
and one who does not cannot tell from its wording; shown as written it is a true one. Which of the
two is drawn from the seed, as for the other true/false questions.
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import Question
from bot.questions._notes_layout import points_at_the_notes
from bot.questions._phrasing import label, on_notes
from bot.questions._statement import draw_truth, statement_question
from bot.questions._tidy_stems import lost_referent
from bot.questions._words import content_words
from knowledge.text import fold

_PAIRS = (
    ("increase", "decrease"),
    ("increases", "decreases"),
    ("increased", "decreased"),
    ("increasing", "decreasing"),
    ("rises", "falls"),
    ("rose", "fell"),
    ("higher", "lower"),
    ("high", "low"),
    ("larger", "smaller"),
    ("bigger", "smaller"),
    ("strong", "weak"),
    ("stronger", "weaker"),
    ("strongly", "weakly"),
    ("soft", "hard"),
    ("softer", "harder"),
    ("positive", "negative"),
    ("positively", "negatively"),
    ("lose", "gain"),
    ("loses", "gains"),
    ("above", "below"),
    ("faster", "slower"),
    # where a force or field is at its most: "The magnetic field is strongest at the poles" (a
    # record, "the largest city", "the highest energy levels (the innermost shells)", turned is
    # often false on its face, or contradicts the rest of its line)
    ("strongest", "weakest"),
    ("hotter", "colder"),
    ("absorb", "emit"),
    ("absorbs", "emits"),
    ("attract", "repel"),
    ("attracts", "repels"),
    ("acidic", "alkaline"),
    ("elastic", "inelastic"),
    ("overproduced", "underproduced"),
    ("overconsumed", "underconsumed"),
    ("surplus", "shortage"),
    ("surpluses", "shortages"),
    ("exothermic", "endothermic"),
    ("oxidation", "reduction"),
)
OPPOSITE_PAIRS = _PAIRS  # words of a claim about something, turned round here
_OPPOSITE = dict(_PAIRS) | {b: a for a, b in _PAIRS if b not in {x for x, _ in _PAIRS}}
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
# A line that negates or compares both ways says too little for a turned word to be plainly false.
_NEGATION = re.compile(r"\b(?:not|no|never|nor|neither|cannot|without)\b|n't\b", re.IGNORECASE)
MIN_CLAIM_WORDS = 3
# An arrow chains causes too ("light is blocked -> plants below die"): a step turned round no
# longer follows from the one before it.
_LINKED = re.compile(r"\bbecause\b|,\s*so\b|\bso\s+that\b|\btherefore\b|\bhence\b|->|→|=>|⇒", re.I)
_FRAGMENT = re.compile(r"(?:and|but|so|or|also|then)\b")
# A concession or contrast: "A, even though B", "although …", "despite …", "whereas …".
_CONCESSION = re.compile(
    r"\b(?:even\s+though|even\s+if|although|though|despite|in\s+spite\s+of|whereas|while|"
    r"whilst|yet|nevertheless|nonetheless|however)\b",
    re.I,
)
# Adjectives that mean "difficult"/"simple" before "to …" ("hard to know"), not a texture.
_NOT_BEFORE_TO = frozenset({"hard", "soft", "harder", "softer", "strong", "weak", "high", "low"})
_TO_AFTER = re.compile(r"\s+to\s+[a-z]", re.I)
# Attract and repel are opposites only between charges, poles and particles: a place that
# "attracts farmers" or "attracts visitors" draws people in, and nothing there repels them.
_FORCES = re.compile(
    r"\b(?:charges?|charged|poles?|magnet\w*|electrons?|protons?|neutrons?|ions?|nucle\w+|"
    r"particles?|atoms?|molecules?|electrostatic|dipoles?|field)\b",
    re.I,
)
_SENSE = dict.fromkeys(("attract", "attracts", "repel", "repels"), _FORCES)


def opposite_question(ctx: DeckContext, ref: FactRef) -> Question | None:
    """A true/false question on the first word of the line that has an opposite, or None."""
    text = ref.text
    if _NEGATION.search(text) or lost_referent(text) or len(content_words(text)) < MIN_CLAIM_WORDS:
        return None
    if _FRAGMENT.match(text) or text.rstrip().endswith(","):
        return None  # a piece of a sentence a list carries over lines ("but the forces are weak,")
    if _LINKED.search(text) or _CONCESSION.search(text):
        # "… low melting points because a lot of energy is needed …", "… killed more, even
        # though it was larger": turned, one half of the line contradicts the other (or the
        # concession no longer concedes), and the false statement gives itself away.
        return None
    aim = _AIM.search(label(ref)) is not None
    for match in _WORD.finditer(text):
        word = match.group(0)
        if word.lower() not in _OPPOSITE:
            continue
        opposite = _turned(text, match)
        if opposite is None or not _in_its_sense(text, match):
            continue
        if aim and match.start() == _first_word(text) and word.lower() in _GETTING:
            # "Hitler's aims: Lose Lebensraum" (round 16, B58): nobody aims to lose what they
            # set out to get; turned, an aim is false on its face, and asks nothing.
            continue
        if _echoed(label(ref), word, opposite):
            continue  # "(Weaknesses): … governments were strong coalitions" gives itself away
        if _gives_itself_away(text, match, opposite, label(ref)):
            continue
        if _names_apart(ctx, text, match, opposite):
            continue
        if word.isupper() and len(word) > 1:
            opposite = opposite.upper()  # "only a permanent magnet can REPEL" -> "ATTRACT"
        elif word[:1].isupper():
            opposite = opposite[:1].upper() + opposite[1:]
        turned = _swapped(text, word, opposite) or (
            text[: match.start()] + opposite + text[match.end() :]
        )
        if ctx.line(fold(turned)) is not None:
            return None  # the turned line is in the notes too
        return statement_question(
            ctx,
            ref,
            truth=draw_truth(ctx, ref, "opposite"),
            changed=turned,
            was=word,
            now=opposite,
            context=label(ref),
            hint=f"Check which way it goes against {on_notes(label(ref))}.",
        )
    return None


# A comparative before a determiner is a verb ("impurities lower the melting point"): it turns
# into the verb of the other way, and a comparative with no such verb is not turned ("higher
# the melting point" is no English; round 16, A4).
_VERB_SENSE = {"lower": "raise"}
_DETERMINER = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|your|this|that|these|those)\b", re.I
)
_COMPARATIVES = frozenset(
    word for pair in _PAIRS for word in pair if word.endswith("er") and word != "oxidation"
)
# Verbs of getting and losing: an aim opening with one is not turned (`opposite_question`).
_GETTING = frozenset({"gain", "gains", "lose", "loses"})
_AIM = re.compile(r"\b(?:aims?|goals?|objectives?|ambitions?|wanted|wished)\b", re.I)
_FIRST_WORD = re.compile(r"[^A-Za-z]*")


# Round 17 (class 5): flips that gave themselves away or were not plainly false.
# "a measure of how strong the field is": how weak it is is the same measure.
_HOW = re.compile(r"\bhow\s+$", re.I)
# "Problem: jobs are seasonal and low paid" turned "high paid": a problem or an advantage says
# which way is bad or good, so the turned line is absurd on its face.
_VALENCE = re.compile(
    r"\b(?:problems?|disadvantages?|advantages?|benefits?|drawbacks?|issues?|limitations?|"
    r"strengths?|weakness(?:es)?|pros?|cons?|criticisms?|reasons?)\b",
    re.I,
)
# A clause saying what a feature was for: "trapezoid-shaped, which made walls stronger in
# earthquakes" turned "weaker" says the builders chose a harm (round 25, A25; own Inca deck).
_PURPOSE = re.compile(
    r"\b(?:which|that|this|so|to|in\s+order\s+to)\s+(?:made|makes|make|making|kept|keeps|keep"
    r"|helped|helps|help|let|lets|allowed|allows|allow|meant|means)\b[^.;:]*$",
    re.I,
)
_LABEL = re.compile(r"^[^:]{1,40}:")
_ACIDITY = frozenset({"acidic", "alkaline"})
_PH = re.compile(r"\bpH\s*\d")
# Words that say a thing is better or worse off: a comparative of the pairs beside one moves
# with it ("richer, with higher wages" turned "richer, with lower wages" contradicts itself).
_WELL_OFF = frozenset(
    {"richer", "poorer", "wealthier", "better", "worse", "healthier", "safer", "happier"}
)


def _gives_itself_away(text: str, match: re.Match[str], opposite: str, context: str) -> bool:
    """True when the line turned would be false on its face, or not false at all."""
    if _HOW.search(text[: match.start()]) or _PURPOSE.search(text[: match.start()]):
        return True
    if match.group(0).lower() in _ACIDITY and _PH.search(text):
        return True  # "acidic – pH 4.5–5.5": the figure beside it says which
    lead = _LABEL.match(text)
    if _VALENCE.search(context) or (lead is not None and _VALENCE.search(lead.group())):
        return True
    if _coordinated(text, match, opposite):
        return True
    return match.group(0).lower() in _COMPARATIVES and any(
        w.lower() in _WELL_OFF for w in _WORD.findall(text)
    )


# A capitalised word starting a name: "High Renaissance", "Upper Egypt", "Low Countries".
_NAME_AFTER = re.compile(r"\s+(?P<next>[A-Z][\w'’-]*)")
# A capitalised word right before, inside a sentence: "the Reichenbach Falls".
_NAME_BEFORE = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?P<last>[A-Z][\w'’-]*)\s+$")


def _names_apart(ctx: DeckContext, text: str, match: re.Match[str], opposite: str) -> bool:
    """True when the word opens or ends a name ("High Renaissance", "Reichenbach Falls") and
    turned makes a name the deck never uses ("Low Renaissance"): a period, a place or a
    movement that does not exist is false on its face (round s17-quizb: three such flips in one
    sample of 60). A name the deck defines too ("Upper Egypt" beside "Lower Egypt") is still turned."""
    word = match.group(0)
    before = _NAME_BEFORE.search(text, 0, match.start())
    if word[:1].isupper() and before is not None:
        # "Reichenbach Falls" turned "Reichenbach Rises" (round 27, B42): the word ends a name
        turned = fold(f"{before.group('last')} {opposite}")
        return not any(fold(term.term).endswith(turned) for term in ctx.deck.terms)
    after = _NAME_AFTER.match(text, match.end())
    if not word[:1].isupper() or after is None:
        return False
    turned = fold(f"{opposite} {after.group('next')}")
    return not any(fold(term.term).startswith(turned) for term in ctx.deck.terms)


def _coordinated(text: str, match: re.Match[str], opposite: str) -> bool:
    """True when the word and its opposite are joined as one phrase ("between low and high
    tide", "soft and hard rock", "repel or attract each other"): turned, the line says the same."""
    joined = re.compile(
        rf"\b{re.escape(opposite)}\s+(?:and|or|&|/)\s+$|^\s+(?:and|or|&|/)\s+{re.escape(opposite)}\b",
        re.I,
    )
    return bool(joined.search(text[: match.start()]) or joined.search(text[match.end() :]))


def _swapped(text: str, word: str, opposite: str) -> str | None:
    """`text` with both of a pair turned round when it holds both ("Like poles repel, unlike
    poles attract" -> "Like poles attract, unlike poles repel"): turned alone, one would repeat
    the other and the two halves would say the same (round 17, A14). None when it holds one."""
    pattern = re.compile(rf"\b({re.escape(word)}|{re.escape(opposite)})\b", re.I)
    found = {m.group(0).lower() for m in pattern.finditer(text)}
    if found != {word.lower(), opposite.lower()}:
        return None

    def turn(m: re.Match[str]) -> str:
        other = opposite if m.group(0).lower() == word.lower() else word
        other = other.lower()
        return other[:1].upper() + other[1:] if m.group(0)[:1].isupper() else other

    return pattern.sub(turn, text)


def _first_word(text: str) -> int:
    match = _FIRST_WORD.match(text)
    return match.end() if match is not None else 0


def _turned(text: str, match: re.Match[str]) -> str | None:
    """The word's opposite in the sense the line uses it, or None when it has none."""
    word = match.group(0).lower()
    opposite = _OPPOSITE.get(word)
    if opposite is None or word not in _COMPARATIVES or not _DETERMINER.match(text, match.end()):
        return opposite
    before = text[: match.start()].split()
    if before and before[-1].lower() == "the":
        return opposite  # "the lower the pressure, …": a comparative still
    return _VERB_SENSE.get(word)


def _in_its_sense(text: str, match: re.Match[str]) -> bool:
    """True when the word is used in the sense its opposite turns round. "hard to know" means
    difficult (not the opposite of soft); "attracts farmers" means draws people in (nothing
    repels them): a pair whose sense depends on the words around it is turned only where the
    line is about what that sense is about."""
    word = match.group(0).lower()
    if points_at_the_notes(text, match):
        return False  # "Use tests above to identify ions": where in the notes, not which way
    if word in _NOT_BEFORE_TO and _TO_AFTER.match(text, match.end()):
        return False  # "it is hard to know", "easy to see"
    if word in _ALSO_NOUNS and (
        _NOUN_AFTER.match(text, match.end()) or _ARTICLE_BEFORE.search(text[: match.start()])
    ):
        return False  # "the Tudor rose (red and white)", "a rose garden": the flower
    if word in _AMOUNT_VERBS and not _BY_HOW_MUCH.match(text, match.end()):
        return False  # "fell ill", "fell into a crevasse": turned, "rose ill" is nonsense
    if word in _ALSO_PLURAL_NOUNS and _NOUN_BEFORE.search(text[: match.start()]):
        return False  # "94% of observed falls": meteorites that fell, turned "rises"
    if word in _FORCE_VERBS and not _FORCES.search(text[: match.start()]):
        # "Most meteorites attract a magnet": only a pole or a charge repels; said of anything
        # else the turned line is false on its face
        return False
    needs = _SENSE.get(word)
    return needs is None or bool(needs.search(text))


# Verbs of the pairs said of an amount: turned only where the line goes on to say by how much, to
# or from what, how fast or when ("prices rose by 5%", "fell to 2 million", "rose sharply",
# "fell in 1453"), or ends there ("wages fell"); "fell ill", "fell into a crevasse" and "rose up
# against" say something else, which the other word turns to nonsense ("Shackleton rose ill").
_AMOUNT_VERBS = frozenset({"rose", "fell", "rises", "falls"})
_BY_HOW_MUCH = re.compile(
    r"\s*(?:$|[,.;:)–—-]|(?:by|to|from|in|sharply|steeply|rapidly|quickly|slowly|steadily"
    r"|slightly|again|further|each|every|over|after|during|until|when|as)\b|\d)",
    re.IGNORECASE,
)


# A past verb of the pairs that is a noun too (the flower "rose"): as a verb it goes on to say
# by how much, to what or since when ("prices rose by 5%", "rose to power"); followed by a
# bracket, a stop or nothing, or right after an article, it names a thing (round 21, A43/A49:
# "symbol: the Tudor rose (red and white)" turned "the Tudor fell").
_ALSO_NOUNS = frozenset({"rose"})
# "falls" and "rises" name things too ("observed falls", "the Victoria Falls", "pay rises"): after
# an article, a preposition, a number or a describing word they are nouns.
_ALSO_PLURAL_NOUNS = frozenset({"falls", "rises"})
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:a|an|the|of|its|their|his|her|these|those|some|many|few|two|three|and|or|[a-z]+ed"
    r"|[a-z]+al|pay|price|meteorite|water|rain|snow)|\d%?)\s+$",
    re.I,
)
_FORCE_VERBS = frozenset({"attract", "attracts", "repel", "repels"})
_NOUN_AFTER = re.compile(r"\s*(?:[(\[;:,.!?–—-]|$)")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.I)


def _echoed(context: str, word: str, opposite: str) -> bool:
    """True when the context shown before the statement shares a stem with the word or its
    opposite ("Weaknesses" and weak/strong, "Rising prices" and rises/falls)."""
    stems = {fold(w)[:4] for w in (word, opposite)}
    return any(fold(w)[:4] in stems for w in _WORD.findall(context) if len(w) >= 4)
