"""`/ask <question>`: the one fact of the notes that answers a question, and up to two that support it.

Every fact is a small document (its text; its group heading, the subject carried from the line
above and the subject of the line above, lighter); every topic has a "head" (title, aliases,
people, places, years, summary). A topic's summary and date and the deck's key-term definitions
are searchable lines too, without counting towards IDF. Finding candidates is as before:

- coverage: how much of the question's information (IDF-weighted words, each with the forms of its
  word family the deck uses: "died" finds "deaths", "propose" finds "proposal") a fact answers,
  counting a word found only in its topic's head at a discount; below COVERAGE_FLOOR it is no
  answer. Question phrasing ("made", "stand for", the category of "which treaty") weighs little;
- the fact's own BM25, and a topic prior for facts of the topic the question names.

Then the question's analysis (`_question`) decides among the best MAX_CANDIDATES:

- a fact must hold a span of the kind asked for (`_spans`) when the kind is strict — a number for
  "how many", a date for "when", the expansion of that acronym for "stand for", a name for "who";
  for other kinds such a span is a bonus (a place for "where", a cause for "why");
- the names and years the question names must be in the fact's context (its text, lead-in,
  carried subject, topic path, title, aliases, people, places, dates): Hungary, not East Germany.
  A name most topics mention is the deck's background and constrains nothing;
- the question's informative words must be in that context too (one may be missing from a
  longer question), and a fact that only repeats the question is no answer.

A why-question whose best fact hangs under a cause lead-in ("Willing to Compromise because")
gets that lead-in's reasons, in the notes' order. The answering span is returned with the first
passage for the reply to put in bold; when nothing is left the answer is "none", with the topics
that came closest.
"""

from __future__ import annotations

import heapq
import re
from array import array
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import chain, pairwise

import numpy as np
import numpy.typing as npt
from rapidfuzz.distance import OSA

from knowledge.antecedents import Cast
from knowledge.given_names import GIVEN_NAMES
from knowledge.model import Deck, Fact, Term, Topic
from knowledge.search._aliases import Abbreviations, country_words, deck_abbreviations
from knowledge.search._also_called import also_called
from knowledge.search._bm25 import Field, FieldIndex, QueryTerm
from knowledge.search._entities import MAX_RANGE_YEARS
from knowledge.search._facts import (
    FactContext,
    analyse_facts,
    heading_asks,
    is_question_line,
    is_quotation,
    is_reference,
    lacks_subject,
    unmarked_question,
)
from knowledge.search._first_line import first_line, names_just
from knowledge.search._floor import floor_mass
from knowledge.search._frame import FRAME_WEIGHT, is_frame_word, weigh_frame_words
from knowledge.search._glosses import glossed
from knowledge.search._initials import asked_acronyms, spelt_out
from knowledge.search._kind_members import names_a_member
from knowledge.search._kinds import MIN_KINDS, asked_kinds, kinds_named
from knowledge.search._lemma import (
    MONTH_NAMES,
    decade_forms,
    is_common_word,
    is_dictionary_word,
    lemma,
    misspelt_word,
    month_or_ordinal,
    number_forms,
    ordinal_figure,
    peoples,
    word_family,
)
from knowledge.search._names import (
    NameRuns,
    heading_people,
    merge_names,
    name_runs,
    name_words,
)
from knowledge.search._neighbours import MIN_SIMILARITY_USED, NEIGHBOUR_TRUST, WordNeighbours
from knowledge.search._phrasal import phrasal_meanings
from knowledge.search._present_day import asks_present, speaks_of_present
from knowledge.search._question import STRICT_KINDS, QuestionFrame, analyse_question
from knowledge.search._shorthand import full_form, legend_pairs, spelt_in_full
from knowledge.search._spans import (
    Span,
    acronym_of,
    find_spans,
    is_name,
    measured_numbers,
    opening_expansion,
    quick_fold,
    spells_acronym,
)
from knowledge.search._split_words import MIN_PART, SplitWords
from knowledge.search._subject import is_labelled, label_share, subject_names
from knowledge.search._synonyms import SYNONYM_TRUST, synonyms
from knowledge.search._truncations import clipped_forms, clipped_of
from knowledge.search._types import Answer, Hit, Passage
from knowledge.search._values import (
    MEASURES,
    age_span,
    counts_things,
    duration_span,
    extent_span,
    gives_measure,
)
from knowledge.search._vocabulary import Vocabulary, query_terms
from knowledge.search._words import (
    STOP_WORDS,
    TextWords,
    content_words,
    folded_words,
    index_word,
    meaningful,
    surface_words,
    word_set,
)
from knowledge.text import answer_prefix, fold, fold_letters

_FIGURE = re.compile(r"\d+")
# A capital letter standing alone (not "I"): a note, a step, a grade, a variable in notation
# ("T T S T T T S", "G B D F", "x = A + B").
_LONE_CAPITAL = re.compile(r"(?<![\w'’.])[A-HJ-Z](?![\w'’])")
MIN_LONE_CAPITALS = 3
# "which way…", "what kind of…": no kind of thing a line must name
_VAGUE_KINDS = frozenset(
    {"way", "ways", "kind", "type", "sort", "part", "thing", "things", "one", "temp"}
    # "what effect did the drug have?", "what powers did tribunes have?": what is asked of
    # something, which a line says ("halved the rejections", "could veto any law") without
    # naming it
    | {"effect", "effects", "power", "powers", "role", "roles"}
)
# A date said to be the other end of what was asked: "finished by 1875" for "when did it start?",
# "began in 1848" for "when did it end?" (the words right before the date).
_ASPECT_AGAINST = {
    "start": re.compile(
        r"\b(?:by|until|till|finished|completed|ended|ending|closed|abolished|died)\s+"
        r"(?:(?:in|on|the|about|around|c\.?)\s+)?$",
        re.IGNORECASE,
    ),
    "end": re.compile(
        r"\b(?:from|since|began|begun|started|starting|opened|founded|born)\s+"
        r"(?:(?:in|on|the|about|around|c\.?)\s+)?$",
        re.IGNORECASE,
    ),
}
# Kinds a line naming a subject can answer: what it is, what it stands for, which one it is.
_NAMING_KINDS = frozenset({"definition", "expansion", "entity", "person", "place"})
_SAYS_SOMETHING = re.compile(r"[:=–—→;]|\s-\s|->|\b(?:is|are|was|were|has|have)\b", re.IGNORECASE)
MAX_NAME_WORDS = 6


def _equated_front(text: str, asked: set[str]) -> bool:
    """True for a line "X = …" whose X is said by the question, every word of it: "Amrit =
    sugar and water stirred…" for "how is amrit made?", not "Amrit Sanskar = initiation…"
    (which names more than was asked), nor a line that only mentions amrit. Brackets and stop
    words in X do not count ("Haumai (ego) = …")."""
    found = _EQUATED.match(text)
    if found is None:
        return False
    words = {index_word(word) for word in surface_words(_BRACKETS.sub("", found.group(1)))}
    words -= STOP_WORDS
    return bool(words) and words <= asked


def _names_only(line: str) -> bool:
    """True for a lead-in that only names its subject ("Glacial trough (U-shaped valley)"): a few
    words, with no separator or verb of being to say something of it."""
    return len(line.split()) <= MAX_NAME_WORDS and _SAYS_SOMETHING.search(line) is None


_WHO_IS = re.compile(r"^who (?:is|was|were|are) (?:the |a |an )?((?:\w+ ?){1,4})$")
MAX_QUESTION_CHARS = 500
FACT_TEXT = 1.0
GROUP_HEADING = 0.7
LEAD_IN = 1.0  # … for a short line that makes sense only under it ("- eg Striding Edge")
SHORT_LINE_WORDS = 4  # content words: "eg Nant Ffrancon in Snowdonia"
HEAD_NAME = 1.0
HEAD_DETAIL = 0.9
HEAD_SUMMARY = 0.8  # the topic's one-line summary: what the whole topic is about
ASPECT_TITLE_WORDS = 1  # "Causes", "Significance", "The charter": a title naming an aspect
HEAD_DISCOUNT = 0.8  # a word found only in the topic's head counts this much in coverage
COVERAGE_FLOOR = 0.5  # of the question's total IDF: below it a fact does not answer the question
REASON_FLOOR = 0.7  # of the floor: a line giving a reason, for a why-question no line reaches
BM25_SHARE = 0.25
PRIOR_SHARE = 0.5
SUBJECT_BONUS = 0.03  # a fact that opens with a word of the question: a gentle tie-breaker
EQUATED_BONUS = 0.05  # … "X = …" where X is all words of the question: a tie-breaker too
# "what are overheads?": the line labelled with what is asked ("Indirect costs (overheads) = …")
# over lines that mention it, in proportion to the share of the question the label names …
LABEL_SUBJECT_BONUS = 0.2
# … when it names this much of it ("Treason = …" is not "what punishment was given for treason?")
LABEL_MIN_SHARE = 0.6
# Kinds a line's label does not answer: who did it, when, whether, why ("Unicode = character set…"
# is not why Unicode was needed)
_NOT_LABELLED = frozenset({"person", "date", "yesno", "reason"})
MAX_NAME_OWNERS = 50
RELATIVE_FLOOR = 0.7  # a second or third passage must score this share of the best one
OTHER_TOPIC_SHARE = 0.9  # … and this much when it comes from another topic
_TITLE_SOURCE = 1  # head fields: the topic's title,
_ALIAS_SOURCE = 2  # its aliases,
_DETAIL_SOURCE = 3  # its people, places and years

ORIGIN_FACT = 0  # a line of the notes
ORIGIN_SUMMARY = 1  # a topic's one-line summary
ORIGIN_DATE = 2  # a topic's date ("23 October – 4 November 1956"): only for when-questions
ORIGIN_TERM = 3  # a key term's definition ("Exothermic: a reaction that gives out energy…")
ORIGIN_YEARS = 4  # a topic's years, when it has no date: a line of the notes with a date beats it
ORIGIN_HEADING = (
    5  # a lead-in line that says something ("A catalyst speeds up a reaction…"), read as a line
)
MIN_HEADING_WORDS = 3  # "Examples", "Key terms": a title, not a line of the notes
_LINES = frozenset({ORIGIN_FACT, ORIGIN_HEADING})  # lines of the notes, not lines added beside them
YEARS_PENALTY = 0.3
BEFORE_SUBJECT = 0.35  # the subject of the line above, when a line has its own
LEAD_IN_BONUS = 0.15  # "what are the themes of Macbeth?": the lines under the heading "Themes"
ESSENTIAL_SHARE = 0.7  # a question word at least this informative must be in the answer's context
LABEL_BONUS = 0.3  # "When: 16 August 2004" for a when-question: the line says what it answers
QUESTION_KIND_BONUS = 0.3  # "Q: Where was it done?" above a line, for a where-question
# "what is dark matter?": the card "What is dark matter? — Unseen mass…", whose front asks it,
# over "How much of the universe is ordinary matter? — … dark matter …"
CARD_FRONT_BONUS = 0.3
MIN_FRONT_SHARE = 0.5  # of the words of the front and the question together, both must say
QUOTE_ASKED_BONUS = 0.1  # "how is Carew described?" in a key-quotes sheet: a quotation
DIRECTION_BONUS = 0.05  # "convert denary to binary": the line going that way, on a near tie
RELATION_BONUS = 0.4  # "what happened after X?": a line saying "after X" is what it asks for
AGENT_BONUS = 0.1  # "who shot him?": "Shot by Gavrilo Princip" names the doer after "by"
CARRIED_SUBJECT = 0.6  # the subject carried from the line above, when a line has none
QUESTION_LINE = 1.0  # the question a line answers, in a question-and-answer sheet, asked alike
QUESTION_LINE_OTHER = (
    0.9  # … when it asks another kind of thing ("what did they do?" for "how many")
)
_QUESTION_SOURCE = 1  # a fact's field: its sheet question line
QUOTED_LINE = 0.8  # the quotation a line comments on ("wants to hide his thoughts" on "Stars, …")
PSEUDO_TEXT = 0.9
PSEUDO_PENALTY = 0.05  # a line of the notes beats the topic's summary or date on a tie
EAGER_SPAN_FACTS = 20_000  # above this many facts, spans are found on first use
CLOSEST_TOPICS = 3  # topics offered when the notes do not answer
CLOSEST_SHARE = 0.4  # of the question a topic's head must name to be offered
MIN_NAMED_MEASURE = 3  # "debt for nature swaps": a measure, a link and what it is of
MAX_CANDIDATES = 60  # facts re-ranked by the kind of answer they hold
TYPE_BONUS = 0.35  # a fact holding the kind of answer asked for
MEANING_BONUS = 0.2  # "what does X mean?": a line giving a word's meaning ("Italian for …")
DEFINES_BONUS = 0.3  # … and more for a line defining the very thing "what is X?" asks about
# "what is the equation for momentum?": "momentum = mass x velocity", whose left side is what is
# asked, over "vector = … e.g. momentum" and the other equations of the topic
EQUATION_BONUS = 0.3
ASPECT_BONUS = 0.1  # "when did it start?": a span of time, or a line saying when it began
FAMILY_TRUST = 0.85  # "died" found as "deaths": nearly as good as the word itself
ALIAS_TRUST = 0.8  # "USSR" found as "Soviet", "CPU" as "central processing unit"
UNUSED_COMMON_WEIGHT = 0.6  # an everyday word the notes never use: more likely phrasing
NAME_PREFIX = 4  # an unknown name sharing this many first letters with a deck's name may be its
# other form ("Britain" / "British"): never a reason to refuse on its own
# the most a fact can score
_TOP_RANK = 1.0 + BM25_SHARE + PRIOR_SHARE + SUBJECT_BONUS + TYPE_BONUS + ASPECT_BONUS
COMMON_NAME_SHARE = 0.15  # a name in more of the topics than this is the deck's background

_WANTED: dict[str, frozenset[str]] = {
    "date": frozenset({"date", "year"}),
    "number": frozenset({"number"}),
    "quantity": frozenset({"number"}),
    "measure": frozenset({"number"}),
    "expansion": frozenset({"expansion"}),
    "person": frozenset({"person", "name", "initial", "place"}),
    "place": frozenset({"place", "name", "initial"}),
    "entity": frozenset({"person", "name", "initial", "place", "term", "expansion"}),
}
_PLACE_PHRASE = re.compile(
    r"\b(?:in|at|into|inside|to|from|near|on|across)\s+(?:the\s+|a\s+|an\s+)?"
    r"([A-Za-z][\w-]+(?:\s+[a-z][\w-]+)?)"
)
# A line saying that something is not so: what a yes/no question most often needs
_NEGATION = re.compile(r"\b(?:not|no|never|neither|nor|cannot)\b|n['’]t\b", re.IGNORECASE)
# "What time of day …?", "what time of year …?": a part of the day, a season
_TIME_OF = {
    "day": re.compile(
        r"\b(?:morning|afternoon|evening|night|midday|noon|midnight|dawn|dusk|daylight)\b",
        re.IGNORECASE,
    ),
    "year": re.compile(
        r"\b(?:spring|summer|autumn|winter|fall|wet season|dry season)\b", re.IGNORECASE
    ),
}
_AGE_DECADE = re.compile(
    r"\b(?:(?:early|mid|middle|late)[\s-]+)?(?:teens|twenties|thirties|forties|fifties|sixties"
    r"|seventies|eighties|nineties)\b",
    re.IGNORECASE,
)
_TYPED_KINDS = frozenset({"reason", "person", "place", "measure", "formula"})
# "=", or an operation in words: "Real interest rate: nominal interest rate minus inflation"
_FORMULA_SIGN = re.compile(r"[=÷×]|\b(?:minus|plus|divided by|multiplied by|times by)\b")
# A chemical formula or a reaction: "H2SO4", "CO2", "NaCl + H2O", "hydrogen + oxygen → water".
_CHEMICAL = re.compile(r"→|⇌|->|\b(?=[A-Za-z]*\d)(?:[A-Z][a-z]?\d*){1,6}\b")
# "Favelas are …", "Hydraulic action: …", "Detente = …": a line saying what something is.
_DEFINES = re.compile(
    r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+|[a-z]\)\s+)?(?:the\s+|a\s+|an\s+)?([^:=–]{1,50}?)\s*(?::|=|\s[-–]\s|"
    r"\s(?:is|are|was|were|means|"
    r"refers to|describes)\s)",
    re.IGNORECASE,
)
_BRACKETS = re.compile(r"\([^()]*\)")
# "Amrit = …", "face paint = …", "| Secondary insomnia = …": the thing a line of the notes equates
_EQUATED = re.compile(r"^\W*([^:=–—;]{1,60}?)\s*=")
# A definition question has DEFINES_BONUS for such a line, a formula question EQUATION_BONUS for
# the equation ("W = m x g", not "weight = force of gravity on a mass"); a yes/no question asks
# whether X relates to something, which a line saying what X is does not answer.
_NOT_EQUATED = frozenset({"definition", "formula", "yesno"})
# A table row under named columns as `importers.pipe_tables.table_row` writes it: "Column: value;
# Column: value…" (a short column name each); group 1 is the first cell's value.
_ROW = re.compile(r"^[^:;]{1,40}: ([^:;]{1,80}); [^:;]{1,40}: (?=[^;\s]+ +[^;\s]+ +[^;\s])")
# A count of times in a word ("reheat once", "twice a day"); not "once thawed", "once you…",
# where "once" means "after".
_TIMES = frozenset({"time", "times"})
_ONCE = re.compile(
    r"\b(?:once|twice|thrice)\b(?!\s+(?:\w+ed|you|it|they|he|she|we|the|this|that|a\s+\w+ed)\b)",
    re.IGNORECASE,
)
# How often something happens: "twice a day", "three times a year", "every morning", "weekly".
_HOW_OFTEN = re.compile(
    r"\b(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)"
    r"\s+times)\s+(?:a|an|per|each|every)\s+\w+"
    r"|\bevery\s+(?:other\s+|single\s+|\d+\s+|two\s+|three\s+|few\s+)?(?:day|week|month|year|hour"
    r"|minute|second|morning|evening|night|afternoon|decade|century|fortnight|spring|summer"
    r"|autumn|winter|sabbath|sunday|monday|tuesday|wednesday|thursday|friday|saturday)s?\b"
    r"|\b(?:daily|weekly|monthly|yearly|annually|hourly|fortnightly|nightly)\b",
    re.IGNORECASE,
)
_ROW_START = re.compile(r"^[^:;]{1,40}: [^:;]{1,80}; [^:;]{1,40}: ")
# A table cell under a column of meanings: "…; Meaning: …", "…; What it is: …".
_MEANING_CELL = re.compile(
    r"; (?:meanings?|definitions?|what it (?:is|means)|what they (?:are|mean)|means|"
    r"description): ",
    re.IGNORECASE,
)
# "… swellings called buboes", "also known as the Black Death": a line naming what it describes.
_CALLED = re.compile(
    r"\b(?:called|known as|termed)\s+(?:the\s+|a\s+|an\s+)?[\"'“‘]?([\w'’-]+)", re.IGNORECASE
)
# "… assassinated in Sarajevo": a name after these is where, not who.
_AT_PLACE = re.compile(r"\b(?:in|at|near|into|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)
# "… rises in a recession", "during winter", "when the temperature falls", "above 40°C".
_CONDITION = re.compile(
    r"\b(?:in an?|during|when|whenever|if|once|after|before|above|below|while|until)\s",
    re.IGNORECASE,
)
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
_WHY = re.compile(r"\W*(?:why|for what reason|what (?:caused|causes|led to|made))\b", re.IGNORECASE)
_SPAN_WORDS = word_set("from lasted began begin started start until ended end between")
_WORD_AT = re.compile(r"\w+")
_RELATIONS = word_set("after before")
# "what is X used for?", "give an example of X": asked of the lines under X's list item
_USE_WORDS = word_set("use uses used example examples")
# Places no country list holds, which a student types in lower case ("mains frequency in america")
_CONTINENTS = word_set("africa america americas antarctica arctic asia australasia europe oceania")
CHILD_EDGE = 0.001  # … one of which then ranks just above the item
CHILD_REACH = 0.2  # … when it says a word asked that the item does not, and came this close
_FILLER_ADVERBS = word_set("actually basically literally really honestly definitely totally")
_QUESTION_WORDS = word_set("what why how when where who whom whose which")
# "what do shield volcanoes look like?", "where does the word come from?", "how does a fuse
# work?", "what percentage …": phrasing of these questions (`_question`), nothing to find when the
# notes never use the word
_PHRASING = word_set(
    "look looks like come comes came coming work works percentage percent proportion fraction"
)
# Words that hedge or stand in for what is asked ("why might a business…", "which property
# stops something…", "how did Bibulus try to stop…"): phrasing when the notes never use them.
_HEDGES = word_set(
    "might something someone somebody anything anyone anybody everyone everybody try tries tried"
    " trying let lets yet ever already"
)
# "When: afternoon of 16 August 2004", "Where: small coastal village…" in a case study's block:
# the label is the question the line answers.
_LABEL = re.compile(r"^\W*(when|date|dates|where|location|who|why)\s*[:–=]", re.IGNORECASE)
_LABEL_KINDS = {
    "when": "date",
    "date": "date",
    "dates": "date",
    "where": "place",
    "location": "place",
    "who": "person",
    "why": "reason",
}
# The kinds a flashcard's question line can vouch for in its answer line.
_STAND_ONLY = re.compile(r"\b(?:stand|stands|stood)\s+for\b", re.IGNORECASE)
_NOT_STAND = re.compile(r"\b(?:short\s+for|abbreviat\w*|acronym\w*|letters?|initials?)\b", re.I)
# A line saying what something represents: "stands for the couple's new home", "Salt water = …"
_SYMBOLISES = re.compile(
    r"\b(?:stands?|stood)\s+for\b|\brepresent|\bsymboli[sz]|\bsymbol\s+of\b|\s=\s", re.I
)
_CAPITALS = re.compile(r"\b([A-Z][A-Z0-9&]{1,9})s?\b")
_ASKED_KINDS = frozenset({"date", "number", "quantity", "measure", "person", "place", "reason"})
# Words between "who" and what a who-question asks someone did ("who is in control of …")
_WHO_PHRASING = word_set(
    "who whom is was are were did does do has had will would can could in the a an"
)
# Where the clause a verb is in starts: after punctuation, a spaced dash or an arrow
_CLAUSE_START = re.compile(r"[,;:.!?()\u2013\u2014]|\s-\s|->")
# Words that end no doer: a pronoun says no one ("he lights"), an auxiliary makes it passive
_NO_DOER = word_set(
    "it they he she this that which who there these those we you i was were is are be been being"
    " has have had"
)
_WORD_RUN = re.compile(r"[^\W\d_][\w'’-]*")
# " by the government", " (only) by monks": the doer of a passive verb, after "by"
_BY_DOER = re.compile(r"\s+(?:\w+\s+){0,2}?by\s+(\S.*)")
MAX_DOER_WORDS = 4
_YEARS_JOINED = re.compile(r"\s*(?:–|—|-|to|until|till)\s*")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it", "us", "me", "you", "this", "that"})
# The doer's words: up to MAX_DOER_WORDS, ending before a word that starts another phrase
_DOER_WORDS = re.compile(
    r"(?:(?!(?:and|or|but|who|which|that|to|in|on|at|for|with|from|when|because)\b)[\w'’-]+\s*)"
    rf"{{1,{MAX_DOER_WORDS}}}",
    re.IGNORECASE,
)  # "the mother", "drug gangs", "the National Hurricane Center"

# The kinds a flashcard's question vouches for in its answer, alike kinds sharing a value
_VOUCHED_KINDS = {
    "date": "date",
    "person": "person",
    "place": "place",
    "number": "number",
    "quantity": "number",
    "measure": "number",
}
_SAY_WORDS = word_set("say says said")
_QUOTE_WORDS = word_set(
    "quote quotes quotation quotations describe describes described compare compares compared"
)
_INTERPRET_WORDS = word_set(
    """
    mean means meaning show shows showing tell tells suggest suggests reveal reveals represent
    represents symbolise symbolises symbolize symbolizes imply implies significance significant
    """
)
_EVENT_KINDS = frozenset({"date", "number", "quantity"})  # a date or count of what happened
_RELATION_AT = re.compile(r"\b(after|before)\s+((?:[\w'’]+\s+){0,3}[\w'’]+)", re.IGNORECASE)
# Kinds of question asked about someone: the answering clause must be about them.
_ABOUT_SOMEONE_KINDS = frozenset({"date", "number", "quantity", "measure"})
# "how did Crassus die?", "how was Pompey killed?": how something happened to someone, then
_HOW_IT_HAPPENED = frozenset({("how", "did"), ("how", "was"), ("how", "were")})
# "… her half-sister Mary I died", "Oswald was killed…", "Mary I's death": who it is about.
_SUBJECT_BEFORE = re.compile(
    r"(?<![\w'’-])([A-Z][\w'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w'’-]*)*?)(?:'s|’s)?\s+"
    r"(?:(?:was|were|had|has|have|is|are|been|being|also|then|later|finally|eventually|soon)\s+)*$"
)
# The one a noun of what happened is said of: "Death of Charles I", "execution of Ney".
_OWNER_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_REGNAL = re.compile(r"[ivx]{1,5}")  # the number after a monarch's or a pope's name, folded
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|at|on|of|from|near|with|by|for|to|into|under|over|against)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
MAX_KIND_LINES = 300  # lines looked at for the kinds of a thing the notes name
# A capital after a space or a bracket, comma, semicolon, colon or slash: the capital found
# first and what stands before it checked then, the same matches found about three times as
# fast as with the look-behind first (tried at every character of each of a deck's lines).
_CAPITAL_INSIDE = re.compile(r"[A-Z](?<=[\s(,;:/][A-Z])[\w'’-]{2,}")


def _capitalised_inside(question: str, word: str) -> bool:
    """True when the question writes `word` (folded) with a capital, not as its first word."""
    for match in _WORD_AT.finditer(question):
        if match.start() > 0 and quick_fold(match.group()) == word:
            return match.group()[:1].isupper()
    return False


def _all_capitals(text: str) -> bool:
    """True for a heading typed in capitals ("JOHN SNOW, BROAD STREET, 1854"): a title."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def _name_words_of(names: Iterable[str]) -> frozenset[str]:
    return frozenset(w for name in names for w in folded_words(name) if len(w) >= 3 and w.isalpha())


_RUN_BEFORE = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of|the|and|for))?$")
_RUN_AFTER = re.compile(r"(?:(?:of|the|and|for)\s+)?[A-Z][a-z]")


def _collect_case(text: str, capitalised: set[str], lower: set[str]) -> None:
    """Words a line writes as proper nouns (capitalised inside the line), and words it writes in
    lower case (a word the notes write both ways, "Troops" and "troops", is no name)."""
    for match in _CAPITAL_INSIDE.finditer(text):
        word = quick_fold(match.group())
        if len(word) < 3 or text[: match.start()].endswith("; "):
            continue  # "…; Job: addresses the packets": a table's column label starts its cell
        # A dictionary word capitalised only as part of a longer name ("Big Three", "Warsaw
        # Pact", "New Zealand Army Corps") is no name on its own.
        before, after = text[: match.start()].rstrip(), text[match.end() :].lstrip()
        in_run = _RUN_BEFORE.search(before) is not None or _RUN_AFTER.match(after) is not None
        if not in_run or not is_dictionary_word(word):
            capitalised.add(word)
    lower.update(w for w in _WORD_AT.findall(text) if w[:1].islower())


_DEMONYM = ("ese", "ian", "ean", "an", "ish", "i")
# What a follower's name becomes as the name of the faith, movement or school followed (or as
# one follower: "Sikhs" asked, "any Sikh can lead worship" written).
_FOLLOWED = frozenset({"", "ism", "ist", "ists"})


def _named(word: str, around: set[str]) -> bool:
    """True when `word` or a form of the same name is in `around`: "hungary" / "hungarian"."""
    if word in around:
        return True
    if len(word) < 5 or word.isdigit():
        return False
    stem = word[: max(5, len(word) - 2)]
    if any(other.startswith(stem) for other in around):
        return True
    # "China" / "Chinese", "Italy" / "Italian": a people's name ends the place's differently.
    if any(len(o) > len(word) and o.startswith(word[:-1]) and o.endswith(_DEMONYM) for o in around):
        return True
    # "Sikhs" / "Sikh" / "Sikhism", "Jains" / "Jainism": a member's plural, one member and the
    # name of what they follow share the singular, too short for the stem rules here.
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else ""
    if any(o.startswith(single) and o[len(single) :] in _FOLLOWED for o in around if single):
        return True
    # "Britain" / "British", "Norway" / "Norwegian": a name's other form keeps its first letters.
    stem = word[: max(4, len(word) - 3)]
    return len(word) >= 6 and any(len(o) >= 6 and o.startswith(stem) for o in around)


# A follower's name without its ending, then what it takes as the name of what is followed.
_FOLLOWER_ENDINGS = re.compile(r"(?:ists?|s)$")
_FOLLOWED_AS = ("ism", "ity")


def _follows(word: str, titles: frozenset[str]) -> bool:
    """True when `word` names followers of what a deck title names: "sikh" or "sikhs" of
    "Sikhism", "marxist" of "Marxism", "christians" of "Christianity". The deck's subject is the
    background of every line, so a question naming it says nothing that tells lines apart."""
    stems = {word, _FOLLOWER_ENDINGS.sub("", word)} if not word.endswith("ss") else {word}
    return len(word) >= 3 and any(
        title == stem + ending for stem in stems for ending in _FOLLOWED_AS for title in titles
    )


_MEAN_WORDS = frozenset({"mean", "means", "meaning", "literally", "translate", "translation"})
_LANGUAGES = (
    r"Latin|Greek|Italian|French|German|Spanish|Portuguese|Dutch|Norse|Old Norse|Old English"
    r"|Arabic|Persian|Turkish|Hebrew|Sanskrit|Hindi|Chinese|Japanese|Korean|Russian|Welsh|Gaelic"
    r"|Irish|Celtic|Maori|Māori|Hawaiian|Swahili|Zulu"
)
# A line giving a word's meaning: "means …", "meant a sea-raider", "literally", "Italian for …"
_WORD_MEANING = re.compile(
    rf"\b(?:means|meant|meaning|literally|(?:{_LANGUAGES})\s+(?:word\s+)?for)\b"
    r"|\b(?:from|comes from)\s+the\s+(?:" + _LANGUAGES + r")\b"
)


def _card_front(text: str) -> bool:
    """True for a flashcard whose front asks a question ("What happens when …? — Back"): what it
    defines is what the front asks, never a term its back happens to gloss."""
    front, dash, _ = text.partition(" — ")
    return bool(dash) and front.rstrip().endswith("?")


def _front_asks(text: str, asked: list[frozenset[str]], sheet: str | None = None) -> float:
    """How nearly a flashcard's front ("What is dark matter? — Unseen mass…", as the importer
    joins a card) asks what the question asks, whose words are given by their forms in the
    notes (`asked`): the share of the front's words and the question's together that both say
    (0 below MIN_FRONT_SHARE, and for a line that is no card). An answer line of a question
    sheet ("Q: What is density?" above "A: The mass per unit volume") has its `sheet` question
    for a front: several answers may share the asked words ("density = mass ÷ volume" answers
    "What is the equation for density?"), and the question each answers tells them apart."""
    front, dash, _ = text.partition(" — ")
    if not dash or not front.rstrip().endswith("?"):
        if sheet is None:
            return 0.0
        front = sheet
    said = frozenset(content_words(front))
    if not said or not asked:
        return 0.0
    met = {word for word in said if any(word in forms for forms in asked)}
    unmet = sum(forms.isdisjoint(said) for forms in asked)
    share = len(met) / (len(said) + unmet)
    return share if share >= MIN_FRONT_SHARE else 0.0


# "1.3 ", "B. ", "IV. ", "a) ": a section number or an outline's letter or Roman numeral
_SECTION_NUMBER = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[A-Za-z][.)]|[IVXLC]{1,6}[.)])\s+")
# A heading that says something of what it names rather than only naming it
_HEADING_TELLS = re.compile(r"[:=]|\s[-–—]\s|\b(?:is|are|was|were|means?|has|have)\b", re.I)
NAMING_HEADING_WORDS = 6
"""At most this many words in a heading that only names a thing ("Chain of custody (continuity)")."""
MIN_DEFINING_WORDS = 4
"""At least this many words in the line under a naming heading that says what it names."""
_CITATION = re.compile(r"\s*[(\[][^()\[\]]*\b\d{4}\b[^()\[\]]*[)\]]\s*$")


# A line that opens with a short label and "=" or ":": "abnormal = …", "emotional: …".
_LABELLED = re.compile(r"^[^\W\d][\w' -]{0,29}?\s*(?:=|:)\s")


def _names_only_heading(text: str) -> bool:
    """A short heading with no verb or definition mark: the name of what the lines under it
    define ("Locard's exchange principle"), not a line saying what it is."""
    return len(text.split()) <= NAMING_HEADING_WORDS and _HEADING_TELLS.search(text) is None


def _bare_heading(text: str) -> str:
    """A heading without its section number and closing citation: "1.3 Failure to function
    adequately (Rosenhan & Seligman, 1989)" -> "Failure to function adequately"."""
    return _CITATION.sub("", _SECTION_NUMBER.sub("", text, count=1), count=1)


def _first_member(facts: Iterable[Fact], heading: str, start: int) -> int | None:
    """The id of the first fact under `heading` among a topic's `facts` (numbered from `start`)."""
    return next((start + i for i, fact in enumerate(facts) if fact.group == heading), None)


def _is_new(text: str, span: Span, asked: set[str]) -> bool:
    """True when a span tells the asker something: not only words of the question itself."""
    words = {w for w in folded_words(text[span[1] : span[2]]) if len(w) > 1 or w.isdigit()}
    return bool(words) and not words <= asked


def _names_asked(text: str, span: Span, asked: set[str], order: tuple[str, ...] = ()) -> bool:
    """True when a name span is the one the question names by its title: "Archduke Franz
    Ferdinand" is who "who assassinated the Archduke?" asks about, not who did it. A shared
    proper name is no such sign ("Lady Macbeth" is not Macbeth), nor a name the question (its
    words in `order`) puts before a thing named after someone: "who invented the Harris
    matrix?" asks for the Harris of "invented by Edward Harris"."""
    words = folded_words(text[span[1] : span[2]])
    return len(words) > 1 and any(
        word in asked
        and word not in STOP_WORDS
        and len(word) > 2
        and is_dictionary_word(word)
        and not _names_a_thing(word, words, order)
        for word in words
    )


def _names_a_thing(word: str, name: tuple[str, ...], order: tuple[str, ...]) -> bool:
    """Whether a question asking who made something writes `word` before a word of its own
    that is no part of the name: "who invented the harris matrix", "who designed the wheeler
    box" name things after a person ("who became prime minister after labour won" does not)."""
    making = not _MAKING.isdisjoint(order) or ("up" in order and not _COME.isdisjoint(order))
    return making and any(
        before == word and after not in name and after not in STOP_WORDS and after.isalpha()
        for before, after in pairwise(order)
    )


# Verbs of making something, which a thing named after its maker answers ("came up with" too).
_MAKING = word_set(
    """
    invent invents invented devise devises devised create creates created design designs
    designed develop develops developed discover discovers discovered make makes made build
    builds built draw draws drew drawn propose proposes proposed introduce introduces introduced
    """
)
_COME = word_set("come comes came")


def _nearest(text: str, spans: list[Span], matched: set[str]) -> Span:
    """The span closest to where the fact says what the question asks about."""
    anchors = [
        m.start() for m in _WORD_AT.finditer(text) if index_word(m.group().casefold()) in matched
    ]
    if not anchors:
        return spans[0]
    return min(
        spans, key=lambda span: min(min(abs(a - span[1]), abs(a - span[2])) for a in anchors)
    )


class FactSearch:
    """The /ask index of one deck: facts, topic heads, and what each fact can answer."""

    __slots__ = (
        "_abbreviations",
        "_also",
        "_asked_kinds",
        "_asked_kinds_of",
        "_background",
        "_capitals",
        "_clipped",
        "_contexts",
        "_deck_words",
        "_defined",
        "_fact_topic",
        "_facts",
        "_first_lines",
        "_first_under",
        "_folded",
        "_glosses",
        "_head_stems",
        "_head_words",
        "_headed",
        "_heads",
        "_index",
        "_labelled_first",
        "_legend",
        "_name_prefixes",
        "_name_runs",
        "_name_topics",
        "_name_words",
        "_neighbours",
        "_origin",
        "_paths",
        "_people",
        "_people_words",
        "_place_words",
        "_places",
        "_quoted",
        "_spelt",
        "_split",
        "_term_lengths",
        "_text",
        "_titles",
        "_topic_facts",
        "_topic_of",
        "_topics",
        "_vocabulary",
        "_written",
    )

    def __init__(
        self, deck: Deck, vocabulary: Vocabulary, text_words: TextWords | None = None
    ) -> None:
        words = text_words or TextWords()
        self._vocabulary = vocabulary
        self._topics: tuple[Topic, ...] = deck.topics
        self._facts: list[Fact] = []
        self._contexts: list[FactContext] = []
        self._origin = array("b")
        self._fact_topic = array("q")
        # Per fact, the kind of answer its sheet question line asks for (-1: no such line).
        self._asked_kinds = array("q")
        self._topic_facts: list[range] = []
        # Section › Topic › Case study: where each topic sits (just its title in a flat deck).
        self._paths = [tuple(t.title for t in deck.path(topic.id)) for topic in deck.topics]
        # Every line of "The Spanish Civil War" is about the Spanish Civil War: the deck's title
        # is the context of all its facts, though no topic repeats it.
        self._deck_words = frozenset(folded_words(deck.title))
        # Words the deck defines as key terms of one word ("Sikh = means 'learner'"): asked of,
        # they are the subject of the question, never background.
        self._defined = frozenset(
            index_word(said[0]) for term in deck.terms if len(said := folded_words(term.term)) == 1
        )
        people = {person for topic in deck.topics for person in topic.people}
        # "JOHN SNOW, BROAD STREET, 1854": someone named only in a heading over the lines
        self._headed: set[str] = set()  # headings and titles naming someone
        for topic in deck.topics:
            for heading in {topic.title, *(f.group for f in topic.facts if f.group)}:
                if named := set(heading_people(heading)):
                    self._headed.add(heading)
                    people.update(named)
        places = {place for topic in deck.topics for place in topic.places}
        people_words = _name_words_of(people)
        place_words = _name_words_of(places)
        self._people_words, self._place_words = people_words, place_words
        # Typed spans are found at build time, except in a very big deck, where they are found
        # when a fact is first a candidate answer (most facts never are): same spans, less wait.
        eager = sum(len(topic.facts) for topic in deck.topics) <= EAGER_SPAN_FACTS
        capitalised: set[str] = set()
        terms_of: dict[str, list[Term]] = {}
        for term in deck.terms:
            if term.topics:  # a key term is read as a line of its first topic
                terms_of.setdefault(term.topics[0], []).append(term)
        lowercase: set[str] = set()
        documents: list[list[Field]] = []
        self._name_runs = NameRuns()
        for name in (*people, *places):
            self._name_runs.add(name_words(name), listed=True)
        self._text: str | None = None  # the notes' folded text, made when an acronym needs it
        self._spelt: dict[str, tuple[str, ...] | None] = {}
        self._folded: str | None = None  # the notes' folded lines, made when a phrase is sought
        self._written: frozenset[str] | None = None  # the notes' words, made when one is asked
        self._capitals: frozenset[str] | None = None  # words the notes write in capitals, folded
        self._split: SplitWords | None = None  # the notes' word pairs, made when a word needs it
        # A key term's line whose spans are left for later -> the length of the term it starts with.
        self._term_lengths: dict[int, int] = {}
        # A quotation and the first line commenting on it ("wants to hide his thoughts"), both ways.
        self._glosses: dict[int, int] = {}
        # A group heading -> its first line, when that line is labelled ("abnormal = …").
        self._labelled_first: dict[int, int] = {}
        # A group heading -> its first line, whatever it says.
        self._first_under: dict[int, int] = {}
        self._quoted: dict[int, int] = {}
        # A topic's first line -> the topic: what its title names, when a question asks just that.
        self._first_lines: dict[int, int] = {}
        cast = Cast(
            lambda: (fact.text for topic in deck.topics for fact in topic.facts), people_words
        )
        for position, topic in enumerate(deck.topics):
            start = len(self._facts)
            contexts = analyse_facts(topic.facts, people_words, place_words, eager, cast)
            quotation: int | None = None
            for fact, context in zip(topic.facts, contexts, strict=True):
                text = fact.text
                if is_quotation(text):
                    quotation = len(self._facts)
                elif context.quote is None:
                    if not is_reference(text):  # "(2.2)" below a quotation goes with it
                        quotation = None
                elif quotation is not None:
                    self._glosses.setdefault(quotation, len(self._facts))
                    self._quoted[len(self._facts)] = quotation
                own = words.content(text)
                fields: list[Field] = [(own, FACT_TEXT, 0)]
                if full := spelt_in_full(text):  # "N Korean army invades S": north, south
                    fields.append((words.content(full), FACT_TEXT, 0))
                if fact.group:
                    lead_in = LEAD_IN if len(own) <= SHORT_LINE_WORDS else GROUP_HEADING
                    fields.append((words.content(fact.group), lead_in, 0))
                if context.carried:
                    fields.append((words.content(context.carried), CARRIED_SUBJECT, 0))
                if context.before:
                    fields.append((words.content(context.before), BEFORE_SUBJECT, 0))
                if context.question:
                    fields.append(
                        (words.content(context.question), QUESTION_LINE, _QUESTION_SOURCE)
                    )
                if context.quote:
                    fields.append((words.content(context.quote), QUOTED_LINE, 0))
                self._add(
                    fact=fact,
                    context=context,
                    topic=position,
                    origin=ORIGIN_FACT,
                    fields=fields,
                    documents=documents,
                )
                _collect_case(text, capitalised, lowercase)
                for run in name_runs(text):
                    self._name_runs.add(run)
            heading_ids: dict[str, int] = {}
            for heading in dict.fromkeys(fact.group for fact in topic.facts if fact.group):
                # A list item with sub-points is kept as their group heading, yet it is a line
                # of the notes in its own right: "A catalyst speeds up a reaction without being
                # used up itself", "Gas syringe – measure the volume of gas given off".
                quoted = is_quotation(heading)
                if not quoted and (
                    len(heading.split()) < MIN_HEADING_WORDS or _all_capitals(heading)
                ):
                    continue  # "Examples", "JOHN SNOW, BROAD STREET, 1854": a title, not a line
                spans = find_spans(heading, people_words, place_words) if eager else None
                fields = [(words.content(f"{heading} {spelt_in_full(heading)}"), FACT_TEXT, 0)]
                comment = _first_member(topic.facts, heading, start) if quoted else None
                first = _first_member(topic.facts, heading, start)
                if first is not None and _LABELLED.match(self._facts[first].text):
                    self._labelled_first[len(self._facts)] = first
                if first is not None:
                    self._first_under[len(self._facts)] = first
                if comment is not None:
                    # A key-quotes sheet: the quotation heads its comment ('"ape-like fury" (Ch4,
                    # maid)' over "-> the Carew murder: Darwin's ideas…"), linked both ways as a
                    # quotation line and the line under it are. (Read with the comment's words
                    # too, the quotation took "how does the street mirror Jekyll?" from it.)
                    self._glosses[len(self._facts)] = comment
                    self._quoted[comment] = len(self._facts)
                heading_ids[heading] = len(self._facts)
                self._add(
                    fact=Fact(heading),
                    context=FactContext.bare(spans),
                    topic=position,
                    origin=ORIGIN_HEADING,
                    fields=fields,
                    documents=documents,
                )
            opening = first_line(topic.facts, start, heading_ids)
            if opening is not None:
                self._first_lines[opening] = position
            for origin, line in (
                (ORIGIN_SUMMARY, topic.summary),
                (ORIGIN_DATE, topic.date),
                (ORIGIN_YEARS, None if topic.date else topic.years),
            ):
                if line:
                    pseudo = Fact(line)
                    spans = find_spans(line, people_words, place_words) if eager else None
                    fields = [(words.content(line), PSEUDO_TEXT, 0)]
                    self._add(
                        fact=pseudo,
                        context=FactContext.bare(spans),
                        topic=position,
                        origin=origin,
                        fields=fields,
                        documents=documents,
                    )
            for term in terms_of.get(topic.id, ()):
                line = f"{term.term}: {term.definition}"
                spans = None
                if eager:
                    spans = (
                        ("term", 0, len(term.term)),
                        *find_spans(line, people_words, place_words),
                    )
                else:  # a flashcard deck's every card: found with the card's facts, on first use
                    self._term_lengths[len(self._facts)] = len(term.term)
                names = " ".join((term.term, *term.aliases))
                # The line's words are the term's, then the definition's (": " joins no words,
                # tested), both read already for /explain: 44,000 lines of a flashcard deck
                # are not folded again.
                said = words.content(term.term) + words.content(term.definition)
                fields = [(said, PSEUDO_TEXT, 0)]
                fields.append((words.content(names), PSEUDO_TEXT, 0))
                self._add(
                    fact=Fact(line),
                    context=FactContext.bare(spans),
                    topic=position,
                    origin=ORIGIN_TERM,
                    fields=fields,
                    documents=documents,
                )
            for heading in {topic.title, *(fact.group for fact in topic.facts if fact.group)}:
                _collect_case(heading, capitalised, set())
            self._topic_facts.append(range(start, len(self._facts)))
        self._topic_of = np.array(self._fact_topic, dtype=np.int64)  # per fact, for numpy passes
        self._asked_kinds_of = np.array(self._asked_kinds, dtype=np.int64)
        self._index = FieldIndex(
            documents, [origin == ORIGIN_FACT for origin in self._origin], GROUP_HEADING
        )
        self._heads = FieldIndex(
            [
                _head_document(topic, words, self._paths[position][:-1])
                for position, topic in enumerate(deck.topics)
            ]
        )
        # A topic's title without its years: "Civil Rights Act 1964" is named by "Civil Rights Act".
        self._titles = [_title_words(words.content(topic.title)) for topic in deck.topics]
        self._people = _Names(words.surface(person) for person in people)
        self._places = _Names(words.surface(place) for place in places)
        self._name_words = frozenset(
            (people_words | place_words | capitalised) - (lowercase - people_words - place_words)
        )
        self._head_words: dict[int, frozenset[str]] = {}
        self._head_stems: dict[int, frozenset[str]] = {}
        self._name_topics: dict[str, int] = {}
        for position in range(len(deck.topics)):
            mentioned = set(self._topic_words(position))
            for fact_id in self._topic_facts[position]:
                mentioned.update(words.folded(self._facts[fact_id].text))
            for word in mentioned & self._name_words:
                self._name_topics[word] = self._name_topics.get(word, 0) + 1
        self._head_words.clear()
        self._background = max(2, int(COMMON_NAME_SHARE * len(deck.topics)))
        self._abbreviations: Abbreviations = deck_abbreviations(deck)
        # "Acc. sg", "Gen. pl": words the notes clip with a stop, read as the words they start
        self._clipped = clipped_forms(fact.text for fact in self._facts)
        # "a spring balance (also called a newtonmeter)": the notes' own second names
        self._also = also_called(
            chain((fact.text for fact in self._facts), (t.definition for t in deck.terms))
        )
        # "abbrevs: ppts = participants": the notes' own shorthand, both ways, as abbreviations
        self._legend = _legend(fact.text for fact in self._facts)
        self._name_prefixes = frozenset(word[:NAME_PREFIX] for word in self._name_words)
        # The deck's ordinary words, for the words of a question closest to them in meaning.
        self._neighbours = WordNeighbours(
            (word for word in vocabulary.words() if not self._is_name_word(word)), index_word
        )
        is_common_word("the")  # word frequencies loaded now (about 0.5 s), not at a question

    def _add(
        self,
        *,
        fact: Fact,
        context: FactContext,
        topic: int,
        origin: int,
        fields: list[Field],
        documents: list[list[Field]],
    ) -> None:
        self._facts.append(fact)
        self._contexts.append(context)
        kind = analyse_question(context.question).kind if context.question else None
        # A sheet's question asking for no kind of answer in particular ("How are bee stings
        # treated?") vouches for nothing: a word found only there counts as before.
        self._asked_kinds.append(-1 if kind in {None, "other"} else _kind_code(kind or ""))
        self._origin.append(origin)
        self._fact_topic.append(topic)
        documents.append(fields)

    def ask(self, question: str, k: int) -> Answer:
        """The top `k` facts above the floor (best first), or status "none" with no passages.

        The first passage is the answer; the others support it. A fact that holds no span of
        the kind asked for (a number for "how many") or misses a name or year the question
        names cannot be the answer.
        """
        question = question[:MAX_QUESTION_CHARS]
        frame = self._symbolised(
            question, self._named_measure(question, analyse_question(question))
        )
        terms = self._question_terms(question, frame)
        total = sum(term.idf for term in terms)
        if not terms or total <= 0:
            return Answer("none", (), (), frame.kind)
        if (
            any(self._is_unknown_name(term, question) for term in terms)
            or self._unlisted_kind(question, terms)
            or self._unknown_attribute(frame, terms)
        ):
            # "how many died at Passchendaele?": nothing in the notes is about that name;
            # "how does quick sort work?": the notes list other kinds of sort, not that one.
            scores = self._score([term for term in terms if term.alternatives], frame.kind)
            return Answer("none", (), self._closest(scores.prior, [], total), frame.kind)
        # a word the notes never use, in a why/how/yes-no question, holds a line back less
        mass = floor_mass(
            terms, frame, folded_words(question), lambda word: self._ordinary(word, question)
        )
        scores = self._score(terms, frame.kind, mass)
        floor = COVERAGE_FLOOR * mass
        eligible = np.flatnonzero(scores.reached & (scores.coverage >= floor))
        # "why doesn't peat rot away?" on notes saying "cannot fully decay because the bog is
        # waterlogged": an explanation is worded the notes' own way more often than a fact is
        # asked for, so when no line says half of a why-question, a line that comes close and
        # gives a reason in so many words ("because", "so", "due to") may answer it.
        rescue = eligible.size == 0 and frame.kind == "reason"
        if rescue:
            eligible = np.flatnonzero(scores.reached & (scores.coverage >= REASON_FLOOR * floor))
        if eligible.size == 0:
            # The facts that came nearest, though below the floor: their topics are offered.
            reached = np.flatnonzero(scores.reached)
            nearest = [
                (covered / total * _TOP_RANK, fact)
                for covered, fact in _largest(reached, scores.coverage[reached], CLOSEST_TOPICS)
                if covered >= CLOSEST_SHARE * total
            ]
            return Answer("none", (), self._closest(scores.prior, nearest, total), frame.kind)
        bm25 = scores.bm25[eligible]
        top_bm25 = float(bm25.max()) or 1.0
        ranks = (
            np.minimum(scores.coverage[eligible] / total, 1.0)
            + BM25_SHARE * bm25 / top_bm25
            + PRIOR_SHARE * np.minimum(scores.prior[self._topic_of[eligible]] / total, 1.0)
        )
        ranked = _largest(eligible, ranks, MAX_CANDIDATES)
        prior = scores.prior
        asked = set(folded_words(question))
        relations = asked & _RELATIONS
        direction = _conversion(question)
        constraints = self._constraints(asked, frame) | measured_numbers(question)
        described = _WHO_IS.match(" ".join(folded_words(question)))
        if (
            frame.kind == "person"
            and described
            and (
                all(self._is_name_word(word) for word in described.group(1).split())
                or _is_plural(described.group(1).split()[-1])
            )
        ):
            # "who was Hannah Greener?" asks what the notes say of her, not for another name;
            # "who were the apothecaries?", "who are the Dalits?" what a group is
            frame = replace(frame, kind="definition")
        for term in terms:
            name = term.text.split()
            if len(name) > 1 and not constraints.isdisjoint(name):
                # "Franklin Delano Roosevelt", merged: the notes' "Roosevelt died…" names him
                constraints = (constraints - set(name)) | {name[-1]}
        # What the question says in so many words (a neighbour in meaning is not that: a line
        # saying only "victory" for "win" says more than the question).
        matched = {
            word for term in terms for word, trust in term.alternatives if trust != NEIGHBOUR_TRUST
        }
        # … and without what an acronym of it stands for: "RPIX – Retail Prices Index excluding
        # mortgage interest payments" says more than "what does rpix mean?"
        repeated = {
            word
            for term in terms
            for word, trust in term.alternatives
            if trust not in {NEIGHBOUR_TRUST, ALIAS_TRUST}
        }
        subjects = {
            word
            for term in terms
            if not is_frame_word(term)
            for word, trust in term.alternatives
            if trust == 1.0
        }
        content = [
            term for term in terms if not is_frame_word(term) and term.text not in frame.frame_words
        ]
        said = sum(term.text.count(" ") + 1 for term in content)  # a name of three words is three
        allowed = 0 if said <= 2 else 1 if said <= 4 else 2
        top_idf = max((term.idf for term in content), default=0.0)
        # A word most of the notes use ("cell" in a biology deck) may be left unsaid.
        essential = [
            frozenset(word for word, _ in term.alternatives)
            for term in content
            if term.idf >= ESSENTIAL_SHARE * top_idf
            and not self._unsaid_phrasing(term, frame, question)
        ]
        # What a formula is asked for ("the equation for momentum": momentum), word by word.
        formula_subject = [
            frozenset(word for word, trust in term.alternatives if trust >= FAMILY_TRUST)
            for term in content
            if frame.kind == "formula" and term.text not in _FORMULA_PHRASING
        ]
        # Every word of what is asked, for a line to define it (a word the notes lack: none can)
        asked_content = [frozenset(word for word, _ in term.alternatives) for term in content]
        # "what is the normal distribution?", "what is token identity theory?": a kind of a thing
        # the notes name, by a word they never use ("normal", "token"). Only a line saying some
        # of the question itself can answer, not one reached through a heading naming the thing.
        kind_unsaid = frame.kind == "definition" and self._unsaid_modifier(question, content)
        said_content = frozenset().union(*asked_content)
        # "when did Paul McCartney die?": what is asked about the names, all of which a line
        # merely naming McCartney (with a date of something else) leaves out.
        named = constraints | self._name_runs.words_in(folded_words(question))
        # "how did Crassus die?", "how was Pompey killed?": how something happened to someone,
        # which a line must say of them ("Catiline killed in battle" under a heading naming
        # Crassus is about Catiline)
        manner = (
            frame.kind == "other"
            and folded_words(question)[:2] in _HOW_IT_HAPPENED
            and not named.isdisjoint(self._people_words)
        )
        event = (
            [
                frozenset(word for word, _ in term.alternatives)
                for term in content
                if named.isdisjoint(term.text.split())
            ]
            if (frame.kind in _EVENT_KINDS or manner) and named
            else []
        )
        owner = self._owner_forms(frame, terms)
        kind_words = frozenset(
            word
            for term in terms
            if frame.kind == "entity"
            and term.text == frame.category
            and term.text not in _VAGUE_KINDS
            and term.text not in MEASURES
            and not is_frame_word(term)
            for word, _ in term.alternatives
        )
        # "what are the downsides of the cloud?": a line defining the cloud is not what is asked
        # (nor, when the notes never say "advantage", for "what's the advantage of a circuit
        # breaker over a fuse?" a line defining the fuse: the word itself stands for the aspect)
        aspect = frozenset(
            word
            for term in terms
            if frame.kind == "definition" and term.text == frame.attribute
            for word in (
                index_word(term.text),
                *(word for word, trust in term.alternatives if trust != NEIGHBOUR_TRUST),
            )
        )
        # "what is the preterite of dar?": what is asked of it, when the notes use that word (a
        # word they lack is `_unknown_attribute`; an aspect such as "role" or "point" is phrasing)
        attribute = frozenset(
            word
            for term in terms
            if frame.attribute is not None
            and term.text == frame.attribute
            and not is_frame_word(term)
            for word, trust in term.alternatives
            if trust != NEIGHBOUR_TRUST
        )
        # "what is the thinking distance at 70 mph?": a line giving the total is no answer
        modifiers = [
            frozenset(word for word, trust in term.alternatives if trust != NEIGHBOUR_TRUST)
            for term in terms
            if term.text in frame.modifiers
        ]
        # "when did Elizabeth I die?": the names the question gives (however common in the deck)
        # and what it asks about them, to tell a clause about someone else ("… when her
        # half-sister Mary I died") from one about them.
        asked_names = self._asked_names(question, constraints)
        action = [
            frozenset(word for word, _ in term.alternatives) | {index_word(term.text)}
            for term in content
            if asked_names.isdisjoint(term.text.split())
        ]
        # "what does 'fair is foul' mean?" asks for the comment under a quotation; "which quote
        # shows his ambition?" for the quotation above a comment.
        # ("what does the 'I get lonely' quote tell us?" asks what it shows)
        opening = folded_words(question)[:1]
        interprets = opening in (("what",), ("how",)) and not _INTERPRET_WORDS.isdisjoint(asked)
        wants_quote = not interprets and not (_QUOTE_WORDS | _SAY_WORDS).isdisjoint(asked)
        doing = self._asked_doing(question, terms) if frame.kind == "person" else frozenset()
        # (not what an acronym stands for: "slow-wave sleep" for "sws" does not make "Why do
        # we sleep?" ask it)
        question_words = [
            frozenset(
                word
                for word, trust in term.alternatives
                if trust not in {NEIGHBOUR_TRUST, ALIAS_TRUST}
            )
            | {index_word(term.text)}
            for term in terms
        ]
        weighed = [
            (
                term.idf,
                frozenset(word for word, trust in term.alternatives if trust != NEIGHBOUR_TRUST),
            )
            for term in content
        ]
        asked_forms = frozenset(index_word(word) for word in asked)
        # "who is the current Garter King of Arms?": only a line speaking of the present answers
        present = asks_present(question)
        # "what does X mean?", "what is the meaning of X?": a word's meaning, as notes give it
        asks_meaning = frame.kind == "definition" and not asked.isdisjoint(_MEAN_WORDS)

        scored: list[tuple[float, int, tuple[int, int] | None]] = []
        for rank, fact_id in ranked:
            origin = self._origin[fact_id]
            if origin in {ORIGIN_DATE, ORIGIN_YEARS} and frame.kind != "date":
                continue
            if origin in _LINES and is_question_line(self._facts[fact_id].text):
                continue  # a question of a question-and-answer sheet asks, it does not answer
            if origin == ORIGIN_HEADING and heading_asks(self._facts[fact_id].text):
                continue  # nor does a question heading the lines that answer it
            if origin == ORIGIN_FACT and unmarked_question(self._facts[fact_id].text):
                continue  # nor a chat's "what's a whip i keep seeing it"
            if not self._holds(fact_id, constraints):
                continue
            if rescue and not any(span[0] == "reason" for span in self._spans(fact_id)):
                continue  # below the floor, only a line giving a reason itself may answer
            context = self._context_stems(fact_id)
            if sum(context.isdisjoint(words) for words in essential) > allowed:
                continue  # misses what the question is about: "when did Dickens die?"
            if event and all(context.isdisjoint(words) for words in event):
                continue  # names who, but not what happened to them
            if present and not speaks_of_present(
                (self._facts[fact_id].text, *self._contexts[fact_id].read_with())
            ):
                continue  # "the College of Arms was given its charter in 1484": not today's
            if (
                (frame.kind in _ABOUT_SOMEONE_KINDS or manner)
                and asked_names
                and action
                and self._about_another(fact_id, action, asked_names, asked_forms)
            ):
                continue  # "… when her half-sister Mary I died" is no answer about Elizabeth
            line, defined_by = self._facts[fact_id].text, None
            if frame.kind == "definition" and self._origin[fact_id] == ORIGIN_HEADING:
                # "1.1 Statistical infrequency", "1.4 Ideal mental health (Jahoda, 1958)": a
                # numbered heading's number and citation do not define what it names; the
                # labelled line under it does ("abnormal = any behaviour … numerically rare")
                line = _bare_heading(line)
                defined_by = self._labelled_first.get(fact_id)
            own = set(content_words(line))
            # "B. Locard's exchange principle", "D. Chain of custody (continuity)": a heading
            # naming all that "what is X?" asks names X; the line under it says what X is
            names_it = (
                defined_by is None
                and frame.kind == "definition"
                and origin == ORIGIN_HEADING
                and _names_only_heading(line)
                and all(not own.isdisjoint(words) for words in asked_content)
            )
            if names_it:
                # (not the first of a list of short items: "Light intensity" under "Abiotic
                # (non-living) factors" is one example, and the heading says more)
                first = self._first_under.get(fact_id)
                long_enough = first is not None and (
                    len(self._facts[first].text.split()) >= MIN_DEFINING_WORDS
                )
                defined_by = first if long_enough else None
                names_it = long_enough
            own_words = own | set(content_words(self._contexts[fact_id].carried or ""))
            # "major scale pattern: T T S T T T S" answers in letters no word count sees
            echoes = bool(own) and own <= repeated and not _in_letters(line)
            # answered below by the line under it
            defined_by = defined_by if echoes or names_it else None
            if echoes and defined_by is None and frame.kind not in {"reason", "yesno"}:
                # says only what the question says: "catalysts" for "what do catalysts do?" (a
                # yes/no question is answered by the line saying what it asks: "does the pulse
                # rise in exercise?" by "pulse rises in exercise")
                continue
            if frame.symbol and _SYMBOLISES.search(self._facts[fact_id].text) is None:
                continue  # "what does the canopy stand for?": a line only naming the canopy
            if (
                kind_words
                and context.isdisjoint(kind_words)
                and not names_a_member(self._facts[fact_id].text, frame.category or "")
            ):
                continue  # "what metal is the filament made of?": a line naming no metal
            if attribute and context.isdisjoint(attribute):
                continue  # "what is the preterite of dar?": a line giving its present form
            if any(context.isdisjoint(words) for words in modifiers):
                continue  # a value of another measure of the same thing
            if owner and not self._about_owner(context, owner):
                continue  # a value of something else: "birth rate" defined, not Afghanistan's
            typed, span = self._answer_span(
                fact_id, frame, asked, matched, action, aspect=aspect, doing=doing
            )
            if (
                typed
                and span is not None
                and frame.kind == "person"
                and frame.attribute in _NAME_WORDS
                and not _names_beside(self._facts[fact_id].text, span, matched - _NAME_WORDS)
            ):
                # "what was the name of the police sergeant?": "meets a police sergeant, who
                # says there is no Inspector Goole" names someone, not the sergeant
                typed = False
            if (
                typed
                and frame.kind == "definition"
                and any(context.isdisjoint(words) for words in asked_content)
            ):
                # a line defining a part of what is asked ("DO / IO - direct object / indirect
                # object" for "what are the indirect object pronouns?") does not define it
                typed = False
            gives_meaning = (
                asks_meaning
                and _WORD_MEANING.search(self._facts[fact_id].text) is not None
                and all(not context.isdisjoint(words) for words in asked_content)
            )
            # "what does sgraffito mean?": 'The name comes from the Italian for "scratched"'
            # under the line saying how it is done; "… víkingr meant a sea-raider"
            typed = typed or gives_meaning
            if not typed and (frame.kind in STRICT_KINDS or frame.strict):
                continue
            if kind_unsaid and own_words.isdisjoint(said_content):
                # "what is the normal distribution?": a line under "Comparing distributions"
                # that says none of it defines no kind of distribution the notes never name
                continue
            if not typed and origin not in _LINES and frame.kind in _TYPED_KINDS:
                continue  # a summary or definition answers "why"/"who" only if it says so
            # "Add romaji, which is just Japanese written in our Latin letters": a line defining
            # what is asked in passing, not from its start, holds a definition, though it ranks
            # below one defining it outright
            glosses = (
                not typed
                and frame.kind == "definition"
                and origin in _LINES
                and not aspect
                and not frame.frame_words  # "what are the types of craving?"
                and self._contexts[fact_id].question is None  # a sheet answer: its question says
                and not _card_front(
                    self._facts[fact_id].text
                )  # a card's front says what it defines
                and glossed(self._facts[fact_id].text, asked_content)
            )
            score = rank + (TYPE_BONUS if typed or glosses else 0.0)
            if typed and frame.kind == "definition" and origin in _LINES:
                # "Biodiversity = the variety of…" defines what is asked, wherever it sits: a line
                # of another topic that only uses the word ("protecting biodiversity…") is not it
                score += DEFINES_BONUS
            if typed and frame.kind == "definition" and self._meaning_row(fact_id, asked):
                # "Term: Firewall; Meaning: …" says it defines what is asked, as "When: …"
                # says it gives a date; "Firewalls are often built into routers" does not
                score += LABEL_BONUS
            score += MEANING_BONUS * gives_meaning
            score += SUBJECT_BONUS * self._is_about(fact_id, subjects)
            if frame.kind not in _NOT_EQUATED and _equated_front(
                self._facts[fact_id].text, matched
            ):
                # notes of "term = what it is" lines: the line for the very thing asked about,
                # on a near tie with lines naming it among other things
                score += EQUATED_BONUS
            if frame.kind == "formula" and _equates(
                self._facts[fact_id].text, formula_subject, context
            ):
                # "how do you work out market share?": "Market share formula: …", not "Viral
                # marketing = content that customers share". It is the equation asked for,
                # though it may never say "equation": the words that ask for one count as said
                # ("v² - u² = 2as (on the equation sheet)" said "equation", and beat
                # "acceleration = … a = (v - u) / t")
                unsaid = sum(
                    term.idf
                    for term in terms
                    if term.text in _FORMULA_PHRASING
                    and context.isdisjoint(word for word, _ in term.alternatives)
                )
                score += EQUATION_BONUS + unsaid / total
            if frame.kind not in _NOT_LABELLED and origin == ORIGIN_FACT:
                # "what are overheads?": "Indirect costs (overheads) = …", the line whose label
                # names it, not "Operating expenses = overheads e.g. …", which mentions it
                score += LABEL_SUBJECT_BONUS * self._label_share(fact_id, matched, weighed)
            score += ASPECT_BONUS * self._fits_aspect(fact_id, frame)
            score += LEAD_IN_BONUS * self._under_asked_heading(fact_id, matched)
            score += self._label_bonus(fact_id, frame.kind)
            score += CARD_FRONT_BONUS * _front_asks(
                self._facts[fact_id].text, question_words, self._contexts[fact_id].question
            )
            if direction is not None:  # "convert denary to binary": not "binary to denary"
                score += DIRECTION_BONUS * _in_order(self._facts[fact_id].text, direction)
            if relations:  # "what happened after his death?": the line saying "after his death"
                score += RELATION_BONUS * _relates(self._facts[fact_id].text, relations, matched)
            if span is not None and frame.kind == "person":
                before = self._facts[fact_id].text[: span[0]]
                score += AGENT_BONUS * (_AGENT.search(before) is not None)

            if origin not in _LINES:
                score -= YEARS_PENALTY if origin == ORIGIN_YEARS else PSEUDO_PENALTY
            if (
                interprets or (frame.kind == "reason" and not wants_quote)
            ) and fact_id in self._glosses:
                scored.append((score, self._glosses[fact_id], None))  # what the quotation shows
            elif wants_quote and fact_id in self._quoted:
                # the quotation that shows it, which a question asking for a quote wants more
                # than a line that only says the same
                quotation = self._quoted[fact_id]
                scored.append((score + QUOTE_ASKED_BONUS, quotation, None))
            elif wants_quote and fact_id in self._glosses:
                scored.append((score + QUOTE_ASKED_BONUS, fact_id, span))
            elif defined_by is not None:
                scored.append((score, defined_by, None))  # the heading's labelled first line
            else:
                scored.append((score, fact_id, span))
        if not scored:
            return Answer("none", (), self._closest(prior, ranked, total), frame.kind)
        if not asked.isdisjoint(_USE_WORDS):
            scored = self._children_first(scored, [t for t in terms if t.text in _USE_WORDS])
        else:
            # "what does Siffre's study show?": under "Key study | Siffre (1962): spent two
            # months in a cave…", the line "| Shows the body clock runs by itself…" says what
            # is asked of the study. (A name is what the lead-in is about, not what is asked.)
            asks = [term for term in content if not self._is_name_word(term.text)]
            scored = self._children_first(scored, asks, CHILD_REACH)
        scored.sort(key=lambda item: (-item[0], item[1]))
        best_of: dict[int, tuple[float, int, tuple[int, int] | None]] = {}
        for item in scored:  # a comment may come in as itself and for its quotation: once
            best_of.setdefault(item[1], item)
        scored = list(best_of.values())
        scored = self._bullets_before_name(scored, frame.kind)
        best_score, best, _ = scored[0]
        home = self._fact_topic[best]
        chosen = self._shown_once(
            [
                item
                for item in scored
                if item[0] >= RELATIVE_FLOOR * best_score
                and (self._fact_topic[item[1]] == home or item[0] >= OTHER_TOPIC_SHARE * best_score)
                and (item[1] == best or self._origin[item[1]] not in {ORIGIN_DATE, ORIGIN_YEARS})
            ]
        )[:k]
        if frame.kind == "reason" and self._contexts[best].cause:
            chosen = self._siblings(best, k, best_score, asked_content)
        return Answer(
            "answer",
            tuple(self._passage(fact_id, score, span) for score, fact_id, span in chosen),
            (),
            frame.kind,
        )

    def _shown_once(
        self, scored: list[tuple[float, int, tuple[int, int] | None]]
    ) -> list[tuple[float, int, tuple[int, int] | None]]:
        """`scored` with each line's words once. A card is in the index twice, as its line
        ("Arti = ceremony …") and as its key term ("Arti: ceremony …"): shown once, so a second
        fact can support the answer — as the deck's own line, in the better one's place."""
        kept: dict[str, int] = {}
        chosen: list[tuple[float, int, tuple[int, int] | None]] = []
        for item in scored:
            key = _NOT_WORDS.sub(" ", self._facts[item[1]].text.casefold()).strip()
            if key not in kept:
                kept[key] = len(chosen)
                chosen.append(item)
            elif self._origin[item[1]] == ORIGIN_FACT:
                at = kept[key]
                if self._origin[chosen[at][1]] != ORIGIN_FACT:
                    chosen[at] = (chosen[at][0], item[1], item[2])
        return chosen

    def _children_first(
        self,
        scored: list[tuple[float, int, tuple[int, int] | None]],
        uses: list[QueryTerm],
        reach: float | None = None,
    ) -> list[tuple[float, int, tuple[int, int] | None]]:
        """For "what is palm oil used for?" or "example of ecotourism": a line under a list
        item ("-> used in food, cosmetics and biofuel" under "Palm oil: Malaysia is the
        world's second largest producer") that says the use or example asked for, where the item
        does not, ranks just above the item, which wins on naming the subject itself. The same
        for any word of what is asked (`uses`) that the line says and its item does not, when
        the line came within `reach` of its item: one far behind it answers less of the question
        ("the line levels off when the reaction has finished" under "On a graph…, the steeper
        the line, the faster the rate" for "which reaction is fastest?")."""
        best: dict[str, float] = {}
        for score, fact_id, _ in scored:
            text = self._facts[fact_id].text
            best[text] = max(best.get(text, score), score)
        lifted = []
        for score, fact_id, span in scored:
            fact = self._facts[fact_id]
            above = best.get(fact.group or "", score)
            says_more = False
            if fact.group and above > score and (reach is None or above - score <= reach):
                own, item = _said_words(fact.text), _said_words(fact.group)
                says_more = any(
                    not own.isdisjoint(forms) and item.isdisjoint(forms)
                    for forms in ({word for word, _ in term.alternatives} for term in uses)
                )
            lifted.append((above + CHILD_EDGE if says_more else score, fact_id, span))
        return lifted

    def _bullets_before_name(
        self, scored: list[tuple[float, int, tuple[int, int] | None]], kind: str
    ) -> list[tuple[float, int, tuple[int, int] | None]]:
        """`scored` with the best of a lead-in's own lines first when the lead-in leads and only
        names its subject ("Glacial trough (U-shaped valley)", "Ribbon lake"): it matches a
        question about the subject best, yet "how is it formed?", "what does it look like?",
        "why …?" are answered by the lines under it. A lead-in that says something ("Strategic
        Hamlets (1962) – peasants moved…") and a question asking what the subject is keep it."""
        best = scored[0][1]
        if (
            kind in _NAMING_KINDS
            or self._origin[best] != ORIGIN_HEADING
            or not _names_only(self._facts[best].text)
        ):
            return scored
        heading = self._facts[best].text
        topic = self._fact_topic[best]
        for position, item in enumerate(scored[1:], 1):
            fact_id = item[1]
            if self._fact_topic[fact_id] == topic and self._facts[fact_id].group == heading:
                return [item, *scored[:position], *scored[position + 1 :]]
        return scored

    def _closest(
        self, prior: npt.NDArray[np.float64], ranked: list[tuple[float, int]], total: float
    ) -> tuple[Hit, ...]:
        """Topics to offer instead of an answer: those the question names, then those of the
        facts that came closest. Empty when nothing is near (the caller then asks the lookup)."""
        best: dict[int, float] = {}
        for position in np.flatnonzero(prior >= CLOSEST_SHARE * total).tolist():
            best[position] = min(float(prior[position]) / total, 1.0)
        for rank, fact_id in ranked:
            position = self._fact_topic[fact_id]
            best[position] = max(best.get(position, 0.0), min(rank / _TOP_RANK, 1.0))
        chosen = heapq.nlargest(CLOSEST_TOPICS, best.items(), key=lambda item: (item[1], -item[0]))
        return tuple(
            Hit(
                "topic",
                self._topics[p].id,
                self._topics[p].title,
                round(score, 4),
                self._topics[p].title,
            )
            for p, score in chosen
        )

    def _question_terms(self, question: str, frame: QuestionFrame) -> list[QueryTerm]:
        """The question's words as index terms, each with the forms of its word family the deck
        uses ("died" also finds "deaths", "killed") and what an acronym stands for ("USSR" also
        finds "Soviet", "central processing unit" finds "CPU"); question phrasing ("stand for",
        the category of a which-question) weighs little."""
        terms = weigh_frame_words(query_terms(question, self._vocabulary, self._index.idf))
        aliases = self._aliases_of(question)
        near = self._near_in_meaning(question, terms, frame)
        expanded: list[QueryTerm] = []
        measured = measured_numbers(question)
        phrasal = phrasal_meanings(" ".join(folded_words(question)))
        joined = self._compounds(question)
        for term in map(_family_trusted, terms):
            if term.text in _FILLER_ADVERBS or (
                not term.alternatives and _filler_adverb(term.text)
            ):
                continue  # "how do catalysts acutally work": how it is put, not what is asked
            if (
                not term.alternatives
                and term.text.isdigit()
                and term.text not in measured
                and term.text not in frame.years
                and not any(index_word(form) in self._index for form in number_forms(term.text))
            ):
                continue  # "what were the 4 humours": a count of a list that never says "4"
            have = {word for word, _ in term.alternatives}
            extra: list[tuple[str, float]] = []
            for form in (
                *sorted(word_family(term.text)),
                *decade_forms(term.text),
                *number_forms(term.text),
                *(form for form in [ordinal_figure(term.text)] if form and self._writes(form)),
            ):
                stem = index_word(form)
                if stem not in have and (stem in self._index or stem in self._heads):
                    have.add(stem)
                    extra.append((stem, FAMILY_TRUST))  # "deaths" for "died", "1990s" for "90s"
            for stem in joined.get(term.text, ()):
                if stem not in have:  # "meta data" asked, "metadata" written
                    have.add(stem)
                    extra.append((stem, FAMILY_TRUST))
            split: list[str] = []
            if not term.alternatives:  # "seatbelts" asked, "seat belts" written
                for stem in self._split_word(term.text):
                    if stem not in have and stem in self._index:
                        have.add(stem)
                        extra.append((stem, FAMILY_TRUST))
                        split.append(stem)
            # "predict" finds "prophesy", "came (up with)" finds "invented", less surely
            for other in sorted(synonyms(term.text) | phrasal.get(term.text, frozenset())):
                for form in (other, *sorted(word_family(other))):
                    stem = index_word(form)
                    if stem not in have and (stem in self._index or stem in self._heads):
                        have.add(stem)
                        extra.append((stem, SYNONYM_TRUST))
            for stem in sorted(self._also.get(index_word(term.text), ())):
                if stem not in have and (stem in self._index or stem in self._heads):
                    have.add(stem)  # "newtonmeter" finds the notes' "spring balance"
                    extra.append((stem, SYNONYM_TRUST))
            for stem in sorted(self._legend.get(index_word(term.text), ())):
                if stem not in have and stem in self._index:
                    have.add(stem)  # "participants" finds the notes' "ppts" (their key says so)
                    extra.append((stem, ALIAS_TRUST))
            for stem, similarity in near.get(term.text, ()):  # "win" finds "victory", less surely
                if term.alternatives and similarity < MIN_SIMILARITY_USED:
                    continue  # the notes use the word itself: "glucose" is not "sugar" (0.65)
                if stem not in have and (stem in self._index or stem in self._heads):
                    have.add(stem)
                    extra.append((stem, NEIGHBOUR_TRUST))
            if frame.kind != "expansion":  # "what does CPU stand for?" wants the line saying so
                for stem in aliases.get(term.text, ()):
                    if stem not in have and (stem in self._index or stem in self._heads):
                        have.add(stem)
                        extra.append((stem, ALIAS_TRUST))
            if len(split) == len(extra) == 2 and term.text not in frame.frame_words:
                # "redshift" is asked as "red shift" would be: each half a word the line must
                # say ("Red Planet" says only one), the two weighing what the word did
                weights = [self._index.idf(stem) for stem in split]
                expanded.extend(
                    QueryTerm(stem, ((stem, FAMILY_TRUST),), max(weights) * weight / sum(weights))
                    for stem, weight in zip(split, weights, strict=True)
                )
                continue
            idf = term.idf
            # A word the notes lack weighs as its forms or synonyms do; a neighbour in meaning
            # only helps the lines using it ("leave" is no less asked for when "left" exists).
            own = [word for word, trust in extra if trust != NEIGHBOUR_TRUST]
            if own and not term.alternatives:
                idf = max(self._index.idf(word) for word in own)
            if term.text in _HEDGES and not (
                term.alternatives or any(trust != NEIGHBOUR_TRUST for _, trust in extra)
            ):
                continue  # "why might a business…", "how did he try to…": how it is put
            if term.text in frame.frame_words:
                if not (term.alternatives or extra) and term.text in _PHRASING:
                    continue  # "look like" that the notes never say: nothing to find
                idf *= FRAME_WEIGHT
            if not (term.alternatives or extra) and self._everyday(term.text, question):
                idf *= UNUSED_COMMON_WEIGHT  # "what's the point of…", "according to…", "exmaple"
            if not (term.alternatives or extra) and term.text in self._deck_words:
                continue  # "Berlin" of "The Berlin Wall": what every line is about, said by none
            if term.text not in self._defined and _follows(term.text, self._deck_words):
                continue  # "sikhs" in a deck titled "Sikhism": what every line is about
            expanded.append(QueryTerm(term.text, (*term.alternatives, *extra), idf))
        if "show" in folded_words(question) and "show" in self._index:
            weight = self._index.idf("show") * FRAME_WEIGHT
            expanded.append(QueryTerm("show", (("show", 1.0),), weight))
        acronym = frame.acronym if frame.kind == "expansion" else None
        if acronym and all(term.text != acronym for term in expanded):
            # "what does WHO stand for?": an acronym spelt like a stop word is no index word;
            # the line spelling it out is found by its expansion's words.
            spelt = {
                stem
                for words in self._abbreviations.expansions(acronym)
                for stem in map(index_word, words)
                if stem in self._index
            }
            if spelt:
                idf = max(self._index.idf(stem) for stem in spelt)
                expanded.append(
                    QueryTerm(acronym, tuple((s, ALIAS_TRUST) for s in sorted(spelt)), idf)
                )
        return merge_names(expanded, folded_words(question), self._name_runs)

    def _compounds(self, question: str) -> dict[str, list[str]]:
        """For each word of the question that, written together with the next, makes a word of
        the notes ("meta data" / "metadata", "data base" / "database"), that word's index form:
        the notes write as one word what a student writes as two."""
        found: dict[str, list[str]] = {}
        words = surface_words(question)
        for first, second in pairwise(words):
            whole = first + second
            if not whole.isalpha() or len(first) < 2 or len(second) < 2:
                continue
            stem = index_word(whole)
            if stem in self._index:
                found.setdefault(first, []).append(stem)
                found.setdefault(second, []).append(stem)
        return found

    def _named_measure(self, question: str, frame: QuestionFrame) -> QuestionFrame:
        """`frame`, or a definition's when what it reads as a measure of something is a name the
        notes use: "what are debt for nature swaps?" is no amount of debt ("debt-for-nature
        swaps" – rich countries cancel debt…), "what is height in plane?" no height."""
        if frame.kind != "quantity" or not frame.owner or frame.measure is None:
            return frame
        words = folded_words(question)
        if frame.measure not in words:
            return frame
        phrase = words[words.index(frame.measure) :]
        if len(phrase) < MIN_NAMED_MEASURE:  # "what is Nigeria's GNI per capita?": "capita"
            return frame
        if self._folded is None:
            self._folded = " ".join(("", *(fold(fact.text) for fact in self._facts), ""))
        if f" {' '.join(phrase)} " not in self._folded:
            return frame
        return replace(frame, kind="definition", measure=None, owner=(), modifiers=(), strict=False)

    def _symbolised(self, question: str, frame: QuestionFrame) -> QuestionFrame:
        """`frame`, or one asking what something represents when "stand for" is said of an
        ordinary word the notes never treat as an acronym: "what does the wedding canopy stand
        for?" asks what it symbolises ("the canopy stands for the couple's new home"), not for
        the words of its initials. An acronym typed in capitals, one the notes spell out, or a
        word they write in capitals ("OIL RIG", "PANIC") keeps the expansion."""
        acronym = frame.acronym
        if (
            frame.kind != "expansion"
            or acronym is None
            or _STAND_ONLY.search(question) is None
            or _NOT_STAND.search(question) is not None
            or any(m.group(1) not in {"I", "A"} for m in _CAPITALS.finditer(question))
            or not is_dictionary_word(acronym)
            or self._abbreviations.expansions(acronym)
        ):
            return frame
        if self._capitals is None:
            lines = (f"{fact.text} {fact.group or ''}" for fact in self._facts)
            self._capitals = frozenset(
                fold(m.group(1)) for line in lines for m in _CAPITALS.finditer(line)
            )
        if acronym in self._capitals:
            return frame
        words = folded_words(question)
        if acronym in words and (at := words.index(acronym)) > 0:
            before = words[at - 1]
            if before in self._capitals or self._abbreviations.expansions(before):
                # "hips plastic stands for what?": the word the notes write in capitals ("HIPS")
                # is the acronym, the one before "stands" what kind of thing it is
                return replace(frame, acronym=before)
        return replace(frame, kind="other", acronym=None, symbol=True)

    def _writes(self, form: str) -> bool:
        """Whether the notes write `form` as a word, as an ordinal in figures ("3rd") must be
        for "third" to find it: its index form is the bare figure, which "third" must not find
        in every line giving a 3."""
        if self._written is None:
            lines = (f"{fact.text} {fact.group or ''}" for fact in self._facts)
            self._written = frozenset(chain.from_iterable(map(folded_words, lines)))
        return form in self._written

    def _split_word(self, word: str) -> tuple[str, ...]:
        """The index words of the two words the notes write for one word of a question
        ("seatbelts": "seat", "belt"), or none: see `SplitWords`."""
        if len(word) < 2 * MIN_PART:
            return ()
        if self._split is None:
            self._split = SplitWords(fact.text for fact in self._facts)
        pair = self._split.split(word)
        return () if pair is None else tuple(index_word(part) for part in pair)

    def _ordinary(self, word: str, question: str, countries: bool = True) -> bool:
        """True for a dictionary word that is no name: not one of the deck's, not capitalised
        inside the question, not a country typed in lower case (unless `countries` is False:
        the caller checks that last)."""
        return (
            word.isalpha()
            and is_dictionary_word(word)
            and not self._is_name_word(word)
            and not _capitalised_inside(question, word)
            and (not countries or word not in country_words())
        )

    def _unsaid_phrasing(self, term: QueryTerm, frame: QuestionFrame, question: str) -> bool:
        """True for a word of the question no line can say, the notes never using it, that is an
        everyday word and no place ("put", "cost", "built", "phone" in "where do you put the
        voltmeter?", "when was Pentonville built?"): how the question is put, more likely than
        what it is about. What a definition is asked of ("what is a carbon tax?") is never
        phrasing, though what is asked of it may be ("the top step of Maimonides' ladder")."""
        if term.alternatives or term.text in country_words() or term.text in _CONTINENTS:
            return False
        if frame.kind == "definition" and term.text != frame.attribute:
            return False
        return self._everyday(term.text, question)

    def _everyday(self, word: str, question: str) -> bool:
        """True for an everyday English word ("point", "problem", "according") that is no name,
        or a slip for one ("exmaple")."""
        if word.isalpha() and not is_dictionary_word(word):
            slip = None if _capitalised_inside(question, word) else misspelt_word(word)
            if slip is None:
                return False
            word = slip
        return is_common_word(word) and self._ordinary(word, question)

    def _near_in_meaning(
        self, question: str, terms: list[QueryTerm], frame: QuestionFrame
    ) -> dict[str, list[tuple[str, float]]]:
        """Per ordinary question word, the deck's words nearest it in meaning (`_neighbours`)."""
        if not len(self._neighbours):
            return {}
        words = [
            term.text
            for term in terms
            if len(term.text) >= 3
            and term.text not in frame.frame_words
            and self._ordinary(term.text, question, countries=False)
        ]
        found = self._neighbours.near(words, [index_word(word) for word in words])
        # "poland" typed in lower case is a name, whatever its neighbours (checked only for the
        # words that have some: the country list is built on first use)
        return {
            word: near
            for word, near in zip(words, found, strict=True)
            if near and word not in country_words()
        }

    def _is_unknown_name(self, term: QueryTerm, question: str) -> bool:
        """True for a name the notes never mention, nor anything spelt like it: a word the
        dictionary does not know, or one the question capitalises inside it ("Passchendaele",
        "Microsoft"). An ordinary word the notes don't use ("invade") is not one."""
        word = term.text
        if term.alternatives or not word.isalpha() or len(word) < NAME_PREFIX:
            return False
        if word[:NAME_PREFIX] in self._name_prefixes:
            return False  # maybe the other form of a name the notes use: "Britain" / "British"
        if any(index_word(form) in self._index for form in peoples(word)):
            return False  # "Italy" asked, "Italian engineers" written
        return (
            _capitalised_inside(question, word)
            # a word no dictionary knows, unless it is a slip for one: "exmaple", "diffrent"
            or (not is_dictionary_word(word) and misspelt_word(word) is None)
            or word in country_words()  # "poland", typed in lower case
        )

    def _unknown_attribute(self, frame: QuestionFrame, terms: list[QueryTerm]) -> bool:
        """True when what is asked of something ("the resistivity of constantan", "what metal …")
        is a word the notes never use in any form, synonym or neighbour: they cannot give it."""
        if frame.attribute is None:
            return False
        return any(
            term.text == frame.attribute
            and all(trust == NEIGHBOUR_TRUST for _, trust in term.alternatives)
            and not is_frame_word(term)
            for term in terms
        )

    def _unsaid_modifier(self, question: str, content: list[QueryTerm]) -> bool:
        """Whether a word the notes never use, in any form, comes right before a word of the
        question they do use that is no question phrasing ("normal distribution")."""
        unsaid = {term.text for term in content if not term.alternatives}
        said = {term.text for term in content if term.alternatives}
        words = folded_words(question)
        return any(first in unsaid and second in said for first, second in pairwise(words))

    def _unlisted_kind(self, question: str, terms: list[QueryTerm]) -> bool:
        """True when the question names a kind of thing ("quick sort") the notes never name,
        though they name other kinds of it ("bubble sort", "merge sort"): see `_kinds`."""
        # A word the notes know only by a synonym ("quick" as "fast") is not a kind they name.
        unknown = {
            term.text
            for term in terms
            if not _own_forms(term) and not is_frame_word(term) and term.text.isalpha()
        }
        if not unknown:
            return False
        known = {term.text: term for term in terms if _own_forms(term)}
        for _, thing in asked_kinds(folded_words(question), unknown, set(known)):
            docs = self._index.term_arrays(QueryTerm(thing, ((index_word(thing), 1.0),), 1.0)).docs
            lines = (self._facts[fact_id].text for fact_id in docs[:MAX_KIND_LINES].tolist())
            if len(kinds_named(thing, lines)) >= MIN_KINDS:
                return True
        return False

    def _spelt_out(self, letters: str) -> tuple[str, ...] | None:
        """What an acronym the notes never write stands for, found spelt out in them."""
        if letters not in self._spelt:
            if self._text is None:
                # each whole line (`quick_fold` folds one word: of a line with a dash or an
                # accent it kept only the first word)
                self._text = "\n".join(fold_letters(fact.text) for fact in self._facts)
            self._spelt[letters] = spelt_out(letters, self._text)
        return self._spelt[letters]

    def _aliases_of(self, question: str) -> dict[str, list[str]]:
        """Per question word, the index words of what it abbreviates or is abbreviated to."""
        words = surface_words(question)
        found: dict[str, list[str]] = {}
        for word, letters in asked_acronyms(question).items():
            stem = index_word(word)
            if stem in self._index or stem in self._heads or self._abbreviations.expansions(word):
                continue
            if (run := self._spelt_out(letters)) is not None:
                found.setdefault(word, []).extend(index_word(w) for w in run)
        for word in words:
            if (full := full_form(word)) is not None:  # "govt" asked, "government" written
                found.setdefault(word, []).append(index_word(full))
            for clipped in clipped_of(word, self._clipped):  # "accusative" asked, "Acc." written
                found.setdefault(word, []).append(index_word(clipped))
            for expansion in self._abbreviations.expansions(word):
                found.setdefault(word, []).extend(index_word(w) for w in expansion)
            for acronym in self._abbreviations.acronyms_of(word):
                found.setdefault(word, []).extend(_acronym_forms(acronym))
        for start, end, acronym in self._abbreviations.abbreviated(words):
            for word in words[start:end]:
                found.setdefault(word, []).extend(_acronym_forms(acronym))
        return found

    def _constraints(self, asked: set[str], frame: QuestionFrame) -> set[str]:
        """The names and years a question names: an answer must be about them. A country typed
        in lower case is one ("the personal space zone in japan"), though the deck may name it
        only by its people ("Japanese"), elsewhere: Hall's zones say nothing of Japan."""
        names = {
            word
            for word in asked
            if (word in self._name_words or word in country_words())
            and self._name_topics.get(word, 0) <= self._background
            and word not in _QUESTION_WORDS  # "Why" heading a table's column is no name
            and word not in STOP_WORDS
        }
        names.discard(frame.category or "")
        return names | set(frame.years)

    def _holds(self, fact_id: int, constraints: set[str]) -> bool:
        """True when every name and year of the question is in the fact's context: its text,
        lead-in and carried subject, or its topic's title, aliases, people, places and dates. A
        name is there by its acronym too, and an acronym by what it stands for."""
        if not constraints:
            return True
        fact, context = self._facts[fact_id], self._contexts[fact_id]
        around = set(folded_words(fact.text))
        around.update(folded_words(spelt_in_full(fact.text)))
        for extra in context.read_with():
            around.update(folded_words(extra))
        around |= self._topic_words(self._fact_topic[fact_id])
        around |= {form for word in around if (form := month_or_ordinal(word))}
        # "300V" is one word of the notes, "300 v" two of the question: the figure is "300"
        around |= {
            figure.group()
            for word in around
            if word[:1].isdigit() and (figure := _FIGURE.match(word)) is not None
        }
        return all(
            _named(month_or_ordinal(word) or word, around)
            or any(not around.isdisjoint(words) for words in self._abbreviations.expansions(word))
            # "the Soviet Union" asked, "USSR declares war on Japan" written
            or not around.isdisjoint(self._abbreviations.acronyms_of(word))
            for word in constraints
        )

    def _topic_words(self, position: int) -> frozenset[str]:
        found = self._head_words.get(position)
        if found is None:
            topic = self._topics[position]
            words: set[str] = set(self._deck_words)
            for text in (
                *self._paths[position],
                *topic.aliases,
                *topic.people,
                *topic.places,
                topic.date or "",
                topic.summary or "",
            ):
                words.update(folded_words(text))
            if topic.start_year is not None:
                end = topic.end_year if topic.end_year is not None else topic.start_year
                if end - topic.start_year <= MAX_RANGE_YEARS:
                    words.update(str(year) for year in range(topic.start_year, end + 1))
            found = self._head_words[position] = frozenset(words)
        return found

    def _spans(self, fact_id: int) -> tuple[Span, ...]:
        """The typed spans of a fact, found now if the build left them for later."""
        context = self._contexts[fact_id]
        if context.spans is None:
            text = self._facts[fact_id].text
            found = find_spans(text, self._people_words, self._place_words)
            term = self._term_lengths.get(fact_id)
            if term is not None:
                found = (("term", 0, term), *found)
            context = self._contexts[fact_id] = replace(context, spans=found)
        return context.spans or ()

    def _context_stems(self, fact_id: int) -> frozenset[str]:
        """The index words of everything a fact is read with: its text, lead-in, carried and
        preceding subject, and its topic's path, title, aliases, people, places, date, summary."""
        fact, context = self._facts[fact_id], self._contexts[fact_id]
        stems = set(content_words(fact.text))
        stems.update(content_words(spelt_in_full(fact.text)))
        for extra in context.read_with():
            stems.update(content_words(extra))
        position = self._fact_topic[fact_id]
        head = self._head_stems.get(position)
        if head is None:
            head = frozenset(index_word(word) for word in self._topic_words(position))
            self._head_stems[position] = head
        return frozenset(stems | head)

    def _owner_forms(
        self, frame: QuestionFrame, terms: list[QueryTerm]
    ) -> list[tuple[frozenset[str], bool]]:
        """Per word of what a value is asked of ("afghanistan"), its index forms and whether it
        is a name of the deck; empty when the question asks for no value of anything."""
        if not frame.owner:
            return []
        wanted = set(meaningful(frame.owner))  # "500cm3" asked as "500", "cm3"
        forms: list[tuple[frozenset[str], bool]] = []
        for term in terms:
            words = set(term.text.split())
            if words & wanted and not is_frame_word(term):
                alternatives = frozenset(word for word, _ in term.alternatives)
                forms.append((alternatives, bool(words & self._name_words)))
        return forms

    def _about_owner(
        self, context: frozenset[str], owner: list[tuple[frozenset[str], bool]]
    ) -> bool:
        """A line gives the value of what was asked about: every name of it in the line's
        context, and at least one of its words ("the rate of reaction": "reaction")."""
        met = [not context.isdisjoint(forms) for forms, _ in owner]
        return any(met) and all(ok for ok, (_, name) in zip(met, owner, strict=True) if name)

    def _under_asked_heading(self, fact_id: int, matched: set[str]) -> int:
        """1 when the fact hangs under a heading the question names ("Themes", "Effects")."""
        lead_in = self._contexts[fact_id].lead_in
        if not lead_in:
            return 0
        heading = set(content_words(lead_in))
        return int(bool(heading) and heading <= matched)

    def _answer_span(
        self,
        fact_id: int,
        frame: QuestionFrame,
        asked: set[str],
        matched: set[str],
        action: list[frozenset[str]] | None = None,
        *,
        aspect: frozenset[str] = frozenset(),
        doing: frozenset[str] = frozenset(),
    ) -> tuple[bool, tuple[int, int] | None]:
        """Whether the fact holds an answer of the kind asked for, and where it is. `doing`: the
        forms of what a who-question asks someone did ("lights" of "who lights the candles?")."""
        kind = frame.kind
        order = frame.focus
        text, context = self._facts[fact_id].text, self._contexts[fact_id]
        # "Who passed the Clean Air Act?" is not answered by "The Great Smog led to the Clean
        # Air Act": a capitalised run of common words is someone only in a line saying they did
        # what the question asks.
        # On a flashcard the question line says it: "Q: Who paid for it?" / "A: funded by …".
        said = f"{text} {context.question}" if context.question else text
        acts = not action or not set(content_words(said)).isdisjoint(frozenset().union(*action))
        if kind == "yesno" and _NEGATION.search(text) is not None:
            # "does a catalyst give more product?": "A catalyst does NOT change the position"
            return True, None
        if kind in {"other", "yesno"}:
            return False, None
        if kind == "formula":
            if frame.strict:  # "what is the formula of …": a formula, not a sign in passing
                return _FORMULA_SIGN.search(text) is not None or _CHEMICAL.search(
                    text
                ) is not None, None
            return _FORMULA_SIGN.search(text) is not None, None
        if kind == "condition":
            found = _CONDITION.search(text)
            if found is not None:
                return True, None
            kind = "date"
        if kind == "reason":
            reasons = [span for span in self._spans(fact_id) if span[0] == "reason"]
            asked_why = context.question is not None and _WHY.match(context.question) is not None
            return bool(reasons) or context.cause or asked_why, None
        if kind == "definition":
            # "painful swellings called buboes", "also known as the Black Death"
            named = _CALLED.search(text)
            called = surface_words(named.group(1))[:1] if named else []
            if called and index_word(called[0]) in matched and not aspect:
                return True, None
            if self._opens_asked(fact_id, asked) and not aspect:
                # "##### Given circumstances" / "- everything the writer tells us: who, …": the
                # first line under the title naming what is asked, labelled or not
                return True, None
            row = self._table_row(fact_id)
            # "Term: Niche market; Meaning: …": a table row defines its first cell's value,
            # not the column's name
            defined = row if row is not None else _DEFINES.match(text)
            if defined is None:
                # "Favelas" / "- informal settlements built on steep hillsides": the first line
                # under a heading naming what is asked says what it is
                return self._first_under_asked_heading(fact_id, asked) and not aspect, None
            # "9.1 Biodiversity = …", "Quantitative easing (QE): …": the label and the acronym
            # in brackets are no part of what is defined
            subject = {index_word(w) for w in surface_words(_BRACKETS.sub("", defined.group(1)))}
            if aspect and subject.isdisjoint(aspect):
                return False, None  # "Cons: …" answers "what are the downsides of X?"
            return bool(subject) and subject <= matched, None
        wanted = _WANTED[kind]
        spans = [
            span
            for span in self._spans(fact_id)
            if span[0] in wanted
            and _is_new(text, span, asked)
            and (kind not in {"person", "place"} or not _names_asked(text, span, asked, order))
            and (kind != "person" or not _AT_PLACE.search(text, 0, span[1]))
            and (kind != "person" or acts or not self._common_phrase(text, span))
            and is_name(text, span)
            and (
                kind != "expansion"
                or frame.acronym is None
                # "OIL RIG → Oxidation Is Loss, …" for "what does oil rig stand for?"
                or frame.acronym in acronym_of(text, span).split()
            )
        ]
        typed_spans = bool(spans)
        if frame.counted is not None:
            # "how many homes were destroyed?" is not answered by "with 72 hrs' notice"
            spans = [span for span in spans if counts_things(text, span[1], span[2], frame.counted)]
        if kind == "date" and frame.aspect in _ASPECT_AGAINST:
            # "when did they start building?" is not "largely finished by 1875"
            against = _ASPECT_AGAINST[frame.aspect]
            spans = [span for span in spans if against.search(text, 0, span[1]) is None]
        if (
            frame.measure is not None
            and kind in {"number", "quantity", "measure"}
            and not gives_measure(frame.measure, text)
        ):
            spans = []  # a number, but not a temperature for "what temperature …"
        if not spans:
            if (
                kind in {"quantity", "measure"}
                and frame.category
                and f"no {frame.category}" in text.casefold()
            ):
                return True, None  # "what charge does a neutron have?" - "no charge"
            if kind == "expansion" and frame.acronym:
                # "measured in cumecs (cubic metres per second)", "(Mr = relative formula mass)":
                # a unit or symbol spelt out beside it, though its letters are no initials
                spelt = _spelt_beside(text, frame.acronym) or _spelt_before(text, frame.acronym)
                if spelt is not None:
                    return True, spelt
                # "Term: USP; Meaning: unique selling point – …"; "Q: What is fibre (NSP)?" /
                # "A: Non-starch polysaccharide – …": spelt out in lower case beside its name
                if frame.acronym in folded_words(said):
                    spelt = opening_expansion(text, frame.acronym)
                    if spelt is not None:
                        return True, spelt
                # "What does RICE stand for?" / "Rest, Ice, Comfortable support, Elevation": the
                # question or heading above names the acronym, the line spells it out
                if frame.acronym in folded_words(
                    f"{said} {context.lead_in or ''}"
                ) and spells_acronym(frame.acronym, text):
                    return True, (0, len(text))
            if kind in {"person", "entity"} and action and acts and self._headed_by_person(fact_id):
                return True, None  # "Discovered chloroform…" under "JAMES SIMPSON, 1847"
            part = _TIME_OF.get(next(iter(frame.frame_words & {"day", "year"}), ""))
            if kind == "date" and "time" in frame.frame_words and part is not None:
                # "what time of day were plays performed?": "in the afternoon"
                found = part.search(text)
                if found is not None:
                    return True, found.span()
            if frame.measure in {"extent", "long", "duration"} and (
                ends := _years_between(text, self._spans(fact_id))
            ):
                return True, ends  # "how long was Cnut king?": "ruled England from 1016 to 1035"
            if frame.measure in {"extent", "long"} and (extent := extent_span(text)) is not None:
                return True, extent  # "how far can alpha go?": "only a few centimetres"
            if frame.measure == "duration" and (lasting := duration_span(text)) is not None:
                return True, lasting  # "how long did the siege last?": "nearly two years"
            if frame.measure == "age":
                # "in his middle fifties", "in the mid-twenties": an age in decades of life;
                # "on the eighth day": a baby's in days
                found = _AGE_DECADE.search(text)
                if found is not None:
                    return True, found.span()
                if (in_days := age_span(text)) is not None:
                    return True, in_days
                dated = [span for span in self._spans(fact_id) if span[0] in {"date", "year"}]
                if (
                    frame.aspect == "since"
                    and dated
                    and asked.isdisjoint(self._people_words)
                    and any(name <= matched for name in self._label_names(fact_id))
                ):
                    # "Rig Veda = … composed approx 1500–1200 BCE": on the line labelled with
                    # what is asked (a person's age is no date, nor is "Romeo and Juliet was
                    # written around 1595" how old Romeo is)
                    return True, (dated[0][1], dated[0][2])
            if kind in {"number", "quantity"} and "often" in frame.frame_words:
                # "how often is the Shema said?": "twice a day", "every morning", "weekly"
                found = _HOW_OFTEN.search(text)
                if found is not None:
                    return True, found.span()
            if kind in {"number", "quantity"} and frame.counted in _TIMES:
                # "how many times can you reheat rice?": "Only reheat once"
                found = _ONCE.search(text)
                if found is not None:
                    return True, found.span()
            if kind in {"number", "quantity"} and frame.counted is not None:
                # "how many megacities were there in 1950?": "only New York and Tokyo were
                # megacities" counts them by naming each
                listed = _name_list(
                    text, [span for span in self._spans(fact_id) if _is_new(text, span, asked)]
                )
                if listed is not None and index_word(frame.counted) in content_words(text):
                    return True, listed
            if kind == "place":
                found = _PLACE_PHRASE.search(text)
                if found and not set(folded_words(found.group(1))) <= asked:
                    return True, found.span(1)
            if (
                kind == "person"
                and doing
                and (doer := _doer_before(text, doing)) is not None
                # "Archduke Franz Ferdinand assassinated 28 June 1914" for "who assassinated
                # the Archduke?": the one asked about, in the terse notes' passive
                and (set(folded_words(text[doer[0] : doer[1]])) - STOP_WORDS).isdisjoint(asked)
            ):
                # "the mother lights two candles" for "who lights the Shabbat candles?": no name,
                # but the line says who does what is asked, just before saying it
                return True, doer
            if (
                kind == "person"
                and doing
                and (doer := _doer_after(text, doing)) is not None
                and (set(folded_words(text[doer[0] : doer[1]])) - STOP_WORDS).isdisjoint(asked)
            ):
                # "it's written by the government" for "who writes the King's Speech?": who does
                # it, in the passive after "by"
                return True, doer
            if acts and not typed_spans and self._sheet_asks(fact_id, kind):
                # "Q: Who calls Muslims to prayer?" / "A: The muezzin, from the minaret": the
                # card's own question says its answer is the kind asked for, though no name,
                # date or number of the kinds the spans know is in it (a number in another unit,
                # "30 g" for "how many calories", is no answer whatever the card asks)
                return True, None
            return False, None
        if kind == "date" and frame.aspect == "end":
            chosen = spans[-1]
        elif kind in {"date", "expansion"}:
            chosen = spans[0]
        else:
            chosen = _nearest(text, spans, matched)
        return True, (chosen[1], chosen[2])

    def _table_row(self, fact_id: int) -> re.Match[str] | None:
        """For a table row as the importer writes it ("Term: USP; Meaning: unique selling
        point"), the match of its first cell, whose value (group 1) names what the row is about,
        when its second cell says something of it in three words or more ("Condition: Catalyst;
        Value: iron" gives a value, it does not say what a catalyst is); None for any other line.
        A row is known by its neighbour in the same topic: a line before or after it opening
        with the same column name ("Term: Mass market; …"), so a lone "Causes: …; Effects: …"
        line is no table."""
        found = _ROW.match(self._facts[fact_id].text)
        if found is None:
            return None
        column = found.string[: found.start(1)]  # "Term: "
        for other in (fact_id - 1, fact_id + 1):
            if (
                0 <= other < len(self._facts)
                and self._origin[other] == ORIGIN_FACT
                and self._fact_topic[other] == self._fact_topic[fact_id]
                and self._facts[other].text.startswith(column)
                and _ROW_START.match(self._facts[other].text) is not None
            ):
                return found
        return None

    def _meaning_row(self, fact_id: int, asked: set[str]) -> bool:
        """True for a table row with a column of meanings ("Meaning", "Definition", "What it
        is") whose first cell names what is asked in its words (`asked`, the question's folded
        words), each as a word or its dictionary form: the notes' definition of it. "Term:
        Market" is not "marketing", though the two share a stem."""
        row = self._table_row(fact_id)
        if row is None or _MEANING_CELL.search(row.string) is None:
            return False
        said = asked | {lemma(word) for word in asked}
        cell = surface_words(row.group(1))
        return bool(cell) and all(word in said or lemma(word) in said for word in cell)

    def _first_under_asked_heading(self, fact_id: int, asked: set[str]) -> bool:
        """True for a line of the notes that comes first under a group heading naming just what
        the question asks about ("Favelas" / "- informal settlements …" for "what is a favela?";
        not for "what is the problem with groynes?" under "Groynes")."""
        fact = self._facts[fact_id]
        if self._origin[fact_id] != ORIGIN_FACT or not fact.group:
            return False
        # "Four Humours" names the humours, as "the 4 humours" asks for them; "Peasants' Revolt
        # June 1524" names the revolt
        if not names_just(fact.group, asked, brackets=True):
            return False
        first = next(
            other
            for other in self._topic_facts[self._fact_topic[fact_id]]
            if self._facts[other].group == fact.group
        )
        return first == fact_id

    def _opens_asked(self, fact_id: int, asked: set[str]) -> bool:
        """True for the first line of a topic whose title names just what is asked (see
        `_first_line`)."""
        position = self._first_lines.get(fact_id)
        return position is not None and names_just(self._topics[position].title, asked)

    def _common_phrase(self, text: str, span: Span) -> bool:
        """True for a name span made only of dictionary words that are no person or place of
        the deck: "Great Smog", "Clean Air Act", "Industrial Revolution"."""
        if span[0] != "name":
            return False
        named = folded_words(text[span[1] : span[2]])
        if len(named) == 2 and named[0] in GIVEN_NAMES and _REGNAL.fullmatch(named[1]):
            return False  # "Charles V", "Louis XIV": a monarch, though "charles" is a word
        words = [word for word in named if word not in STOP_WORDS and len(word) > 1]
        return bool(words) and all(
            is_dictionary_word(word)
            and word not in self._people_words
            and word not in self._place_words
            for word in words
        )

    def _is_name_word(self, word: str) -> bool:
        """True for a word the notes use as a name: capitalised inside a line, one of the deck's
        people, part of a name of several words ("Prince Albert"), or unknown to the dictionary."""
        return (
            word in self._name_words
            or word in self._people_words
            or word in self._name_runs.members
            or not is_dictionary_word(word)
        )

    def _asked_names(self, question: str, constraints: set[str]) -> set[str]:
        """The names a question gives: its name constraints, the deck's names among its words
        (however many topics mention them), the words of the runs of names it gives in full, and
        the words it capitalises inside itself ("when did Elizabeth die?")."""
        words = folded_words(question)
        found = set(constraints) | (set(words) & (self._name_words | self._people_words))
        found |= self._name_runs.words_in(words)
        found |= {word for word in words if len(word) > 2 and _capitalised_inside(question, word)}
        return {word for word in found if not word.isdigit()}

    def _about_another(
        self,
        fact_id: int,
        action: list[frozenset[str]],
        names: set[str],
        said: frozenset[str] = frozenset(),
    ) -> bool:
        """True when the fact says what the question asks ("died") only of someone else: the
        name right before it ("… when her half-sister Mary I died") is none the question gives,
        or the name after its noun ("Death of Charles I", for "when did Cromwell die?"; not a word
        the question `said` itself, its index forms: "capital of Brazil" for "when did Rio stop
        being the capital?" says nothing happened). A line where nobody is named right before
        it is given the benefit of the doubt."""
        text = self._facts[fact_id].text
        wanted = frozenset().union(*action)
        # "NASA" is named by "The National Aeronautics and Space Administration was set up…"
        spelt = names | {
            word
            for name in names
            for expansion in self._abbreviations.expansions(name)
            for word in expansion
        }
        found = False
        # where the line's own words open: after a sheet's "A: ", as at the start of a line
        answer = answer_prefix(text)
        opening = answer.end() if answer is not None else 0
        for match in _WORD_AT.finditer(text):
            if index_word(match.group().casefold()) not in wanted:
                continue
            owner = _OWNER_AFTER.match(text, match.end())
            if owner is not None and index_word(match.group().casefold()) not in said:
                # "Death of Charles I January 1649" is no answer to "when did Cromwell die?"
                if any(_named(word, spelt) for word in folded_words(owner.group(1))):
                    return False
                found = True
                continue
            subject = _SUBJECT_BEFORE.search(text, 0, match.start())
            if subject is None or _AFTER_PREPOSITION.search(text, 0, subject.start(1)):
                return False  # nobody named right before it, or a place: "… in Washington State"
            words = [
                word
                for word in folded_words(subject.group(1))
                if word not in STOP_WORDS
                and word not in MONTH_NAMES
                and not word.isdigit()
                and not number_forms(word)  # "A: Six days, with God resting…": a count
            ]
            if not words or (
                subject.start(1) == opening and len(words) == 1 and not self._is_name_word(words[0])
            ):
                return False  # "Troops died…": a capital that opens the line names nobody
            for word in words:
                if _named(word, spelt) or any(
                    not names.isdisjoint(expansion)
                    for expansion in self._abbreviations.expansions(word)
                ):
                    return False
            found = True
        return found

    def _headed_by_person(self, fact_id: int) -> bool:
        """True for a line with no subject of its own, naming nobody, that hangs under a heading
        (or in a topic) naming a person: "Mapped deaths in Soho…" under "JOHN SNOW, BROAD
        STREET, 1854" says who did it; "Cartoons showed…" does not."""
        fact = self._facts[fact_id]
        if (
            self._origin[fact_id] not in _LINES
            or not lacks_subject(fact.text)
            or any(
                span[0] in {"person", "name"}
                and not _AFTER_PREPOSITION.search(fact.text, 0, span[1])  # "… in Soho" is a place
                for span in self._spans(fact_id)
            )
        ):
            return False
        title = self._topics[self._fact_topic[fact_id]].title
        return (fact.group is not None and fact.group in self._headed) or title in self._headed

    def _label_bonus(self, fact_id: int, kind: str) -> float:
        """A line saying it gives the kind of answer asked for: its label ("When: …" a date),
        or on a flashcard its question line ("Q: Where was it done?" a place): the question
        the line answers."""
        if _labelled_kind(self._facts[fact_id].text) == kind:
            return LABEL_BONUS
        question = self._contexts[fact_id].question
        if question is None or kind not in _ASKED_KINDS:
            return 0.0
        return QUESTION_KIND_BONUS if analyse_question(question).kind == kind else 0.0

    def _asked_doing(self, question: str, terms: list[QueryTerm]) -> frozenset[str]:
        """The index forms of the verb a who-question asks about ("lights" in "who lights the
        Shabbat candles?", "control" in "who is in control of …"): its first word after "who"
        and the auxiliaries; empty when that word is a name ("who does Macbeth get to …")."""
        words = folded_words(question)
        if not words or words[0] != "who":
            return frozenset()
        verb = next((word for word in words[1:] if word not in _WHO_PHRASING), None)
        if verb is None or self._is_name_word(verb):
            return frozenset()
        forms = {index_word(verb)}
        for term in terms:
            if term.text == verb:
                forms.update(word for word, trust in term.alternatives if trust >= FAMILY_TRUST)
        return frozenset(forms)

    def _sheet_asks(self, fact_id: int, kind: str) -> bool:
        """True when the fact is the answer of a question-and-answer card whose question asks
        for `kind` ("Q: When does Hajj take place?" a date, "Who calls Muslims to prayer?" a
        person): the card vouches for the kind of its answer."""
        question = self._contexts[fact_id].question
        if question is None:
            front, dash, _ = self._facts[fact_id].text.partition(" — ")
            question = front if dash and front.rstrip().endswith("?") else None
        if question is None or kind not in _VOUCHED_KINDS:
            return False
        return _VOUCHED_KINDS.get(analyse_question(question).kind) == _VOUCHED_KINDS[kind]

    def _label_share(
        self, fact_id: int, asked: set[str], weighed: list[tuple[float, frozenset[str]]]
    ) -> float:
        """How much of the question the label of the line names (`_subject.label_share`), the
        first cell of a table row counting as its label."""
        names = self._label_names(fact_id)
        above = fact_id - 1
        if (
            not names
            and self._contexts[fact_id].carried
            and not is_labelled(self._facts[fact_id].text)
            and above >= 0
            and self._origin[above] == ORIGIN_FACT
            and self._fact_topic[above] == self._fact_topic[fact_id]
        ):
            # "Happens when there is plenty of oxygen" under "Complete combustion: …" is about
            # what the line above names, as its carried subject says
            names = self._label_names(above)
        share = label_share(names, asked, weighed) if names else 0.0
        return share if share >= LABEL_MIN_SHARE else 0.0

    def _label_names(self, fact_id: int) -> list[frozenset[str]]:
        """The names the line gives what it is about (`_subject.subject_names`), the first cell of
        a table row counting as its label."""
        row = self._table_row(fact_id)
        return subject_names(self._facts[fact_id].text, row.group(1) if row else None)

    def _fits_aspect(self, fact_id: int, frame: QuestionFrame) -> int:
        """1 for a fact giving a span of time when "when did … start/end" asks for one end of it."""
        if frame.kind != "date" or frame.aspect is None:
            return 0
        dates = sum(span[0] in {"date", "year"} for span in self._spans(fact_id))
        words = set(folded_words(self._facts[fact_id].text))
        return int(dates >= 2 or not _SPAN_WORDS.isdisjoint(words))

    def _siblings(
        self, fact_id: int, count: int, best: float, asked: list[frozenset[str]]
    ) -> list[tuple[float, int, tuple[int, int] | None]]:
        """The reasons listed under the same cause lead-in as `fact_id`, in the notes' order.

        A lead-in that says what the question asks, beyond its topic's titles ("why was the
        act passed?" under "Passed because"), answers it with all of them, the notes' first as
        good as any. One that only names the topic ("why do tourists go to Venice?" under "Why
        is Venice important?") does not: the reason that ranked first (`fact_id`, "… attract
        tourists") answers it and leads, the others after it.
        """
        group = self._facts[fact_id].group
        position = self._fact_topic[fact_id]
        topic = set(content_words(" ".join(self._paths[position])))
        lead_in = set(content_words(group or "")) - topic
        leads = all(lead_in.isdisjoint(words) for words in asked)
        found: list[tuple[float, int, tuple[int, int] | None]] = (
            [(best, fact_id, None)] if leads else []
        )
        for other in self._topic_facts[position]:
            if leads and other == fact_id:
                continue
            if self._facts[other].group == group and len(found) < count:
                found.append((best, other, None))
        return found

    def _score(self, terms: list[QueryTerm], kind: str, mass: float | None = None) -> _Scores:
        """Coverage and BM25 per fact that could reach the floor, and head coverage per topic.

        Whole-deck arrays, one numpy pass per question word: the work per question is bounded by
        the words' posting lists, done in bulk rather than one Python step per posting. A word
        found only in a sheet's question line counts in full when that line asks for the `kind`
        of answer the question does ("Q: Who sentenced Jesus?"), a little less when it asks for
        another ("Q: What did participants do?" for "how many took part?"). The question's least
        informative words ("optional": together below the floor) cannot lift a
        fact over the floor on their own, so they only add to facts that an informative word, or
        their topic's head, has already made candidates. The floor is a share of `mass` (what
        `_floor.floor_mass` leaves of the question's IDF), of its whole IDF when None.
        """
        topics = len(self._topics)
        prior = np.zeros(topics)
        head_by_term: list[npt.NDArray[np.float64]] = []
        skip_by_term: list[npt.NDArray[np.bool_] | None] = []
        asked = {word for term in terms for word, _ in term.alternatives}
        for term in terms:
            hits = self._heads.term_arrays(term)
            head = np.zeros(topics)
            head[hits.docs] = hits.coverage
            head_by_term.append(head)
            prior += head
            # Every fact of a topic is about its title: repeating the title adds nothing.
            titled = [
                topic
                for topic in hits.docs[hits.sources == _TITLE_SOURCE].tolist()
                if self._titles[topic] <= asked
            ]
            skip: npt.NDArray[np.bool_] | None = None
            if titled:
                skip = np.zeros(topics, dtype=bool)
                skip[titled] = True
            skip_by_term.append(skip)
        floor = COVERAGE_FLOOR * (sum(term.idf for term in terms) if mass is None else mass)
        optional: set[int] = set()
        optional_mass = 0.0
        for position in sorted(range(len(terms)), key=lambda i: terms[i].idf):
            if optional_mass + terms[position].idf >= floor:
                break
            optional_mass += terms[position].idf
            optional.add(position)
        size = self._index.size
        topic_of = self._topic_of
        asked_kind = _kind_code(kind)
        base = HEAD_DISCOUNT * prior[topic_of]
        # Facts of a topic the question names, even when they share no word with the question.
        reached = ((HEAD_DISCOUNT * prior + optional_mass >= floor) & (prior > 0))[topic_of]
        coverage = np.where(reached, base, 0.0)
        bm25 = np.zeros(size)
        for position in sorted(range(len(terms)), key=lambda i: i in optional):
            hits = self._index.term_arrays(terms[position])
            docs, covered, saturated = hits.docs, hits.coverage, hits.bm25
            other = (hits.sources == _QUESTION_SOURCE) & (self._asked_kinds_of[docs] != asked_kind)
            if other.any():
                covered = np.where(other, covered * (QUESTION_LINE_OTHER / QUESTION_LINE), covered)
            if position in optional:
                keep = reached[docs]
                docs, covered, saturated = docs[keep], covered[keep], saturated[keep]
            fresh = docs[~reached[docs]]
            coverage[fresh] = base[fresh]
            reached[fresh] = True
            of_topic = topic_of[docs]
            skip = skip_by_term[position]
            if skip is not None:
                keep = ~skip[of_topic]
                docs, covered, saturated = docs[keep], covered[keep], saturated[keep]
                of_topic = of_topic[keep]
            baseline = HEAD_DISCOUNT * head_by_term[position][of_topic]
            coverage[docs] += np.maximum(0.0, covered - baseline)
            bm25[docs] += saturated
        return _Scores(coverage, bm25, prior, reached)

    def _is_about(self, fact_id: int, subjects: set[str]) -> int:
        """1 when the fact opens with a word of the question: "Diffusion: the net movement…" is
        about diffusion, "Osmosis: the diffusion of water…" only mentions it."""
        opening = surface_words(self._facts[fact_id].text)[:1]
        return int(bool(opening) and index_word(opening[0]) in subjects)

    def _passage(self, fact_id: int, rank: float, span: tuple[int, int] | None) -> Passage:
        position, fact = self._fact_topic[fact_id], self._facts[fact_id]
        topic = self._topics[position]
        path = (*self._paths[position], fact.group) if fact.group else self._paths[position]
        question = self._contexts[fact_id].question
        if question:  # the answer line of a Q&A sheet is shown with the question it answers
            path = (*path, question)
        score = round(max(0.0001, min(rank / _TOP_RANK, 1.0)), 4)
        return Passage(topic.id, topic.title, fact, score, span, path)


_KIND_CODES: dict[str, int] = {}


def _is_plural(word: str) -> bool:
    """True for a plural noun ("apothecaries", "surgeons"): its dictionary form is shorter."""
    return word.endswith("s") and not word.endswith("ss") and len(lemma(word)) < len(word)


def _said_words(text: str) -> set[str]:
    """The index words of a line, its shorthand read in full too ("e.g." as "example")."""
    return set(content_words(text)) | set(content_words(spelt_in_full(text)))


def _kind_code(kind: str) -> int:
    """A number per kind of answer (`QuestionFrame.kind`), for whole-deck numpy comparisons."""
    return _KIND_CODES.setdefault(kind, len(_KIND_CODES))


_NOT_WORDS = re.compile(r"[\W_]+")


def _family_trusted(term: QueryTerm) -> QueryTerm:
    """`term` with a form of its own word trusted as one, though the vocabulary found it as a
    slip: "insolvent" read as one edit from the notes' "insolvency" is that word's form."""
    if all(trust >= FAMILY_TRUST for _, trust in term.alternatives):
        return term
    family = {index_word(form) for form in word_family(term.text)}
    return QueryTerm(
        term.text,
        tuple(
            (word, FAMILY_TRUST if word in family and trust < FAMILY_TRUST else trust)
            for word, trust in term.alternatives
        ),
        term.idf,
    )


def _acronym_forms(acronym: str) -> tuple[str, ...]:
    """The index words of an acronym and its plural: notes that define "fixed action pattern
    (FAP)" go on about "FAPs", which the index keeps as a word of its own."""
    return tuple(dict.fromkeys((index_word(acronym), index_word(f"{acronym}s"))))


def _legend(lines: Iterable[str]) -> dict[str, frozenset[str]]:
    """Per index word of a shorthand the notes list in a key line ("abbrevs: ppts =
    participants"), the index words it stands for, and the other way round."""
    found: dict[str, set[str]] = {}
    for line in lines:
        if len(line) > MAX_LEGEND_CHARS or "=" not in line:
            continue
        for short, long in legend_pairs(line):
            shorts, longs = content_words(short), content_words(long)
            for word in longs:
                found.setdefault(word, set()).update(shorts)
            for word in shorts:
                found.setdefault(word, set()).update(longs)
    return {word: frozenset(others - {word}) for word, others in found.items()}


MAX_LEGEND_CHARS = 400


def _own_forms(term: QueryTerm) -> bool:
    """True when the notes use the question word itself, a form of it or an abbreviation of it,
    not only a word of the same meaning (from the table or the word vectors)."""
    return any(trust not in {SYNONYM_TRUST, NEIGHBOUR_TRUST} for _, trust in term.alternatives)


def _spelt_beside(text: str, acronym: str) -> tuple[int, int] | None:
    """Where `text` spells out `acronym` right after it, in brackets or after "=": "cumecs (cubic
    metres per second)", "Mr = relative formula mass"; None when it does not."""
    found = re.search(
        rf"(?<![\w-]){re.escape(acronym)}\s*(?:\(\s*([^()]{{3,80}}?)\s*\)|=\s*([^;,.()=]{{3,80}}))",
        text,
        re.IGNORECASE,
    )
    if found is None:
        return None
    group = 1 if found.group(1) is not None else 2
    words = found.group(group).split()
    if len(words) < 2 or any(character.isdigit() for character in found.group(group)):
        return None  # "(1.4)", "= 2 × 3": no words spelling it out
    return found.start(group), found.start(group) + len(found.group(group).rstrip())


_LETTERED = re.compile(r"[^\W\d_]+")


def _spelt_before(text: str, acronym: str) -> tuple[int, int] | None:
    """Where `text` spells out `acronym` in the words right before it, when it stands in
    brackets after them as their mnemonic: "strong pound = imports cheaper, exports dearer
    ("SPICED")" — whatever signs stand between the words. None when it does not."""
    found = re.search(rf"\(\s*[\"“‘']?{re.escape(acronym)}[\"”’']?\s*\)", text, re.IGNORECASE)
    if found is None or not MIN_SPELT_LETTERS <= len(acronym) <= MAX_SPELT_LETTERS:
        return None
    words = list(_LETTERED.finditer(text, 0, found.start()))[-len(acronym) :]
    if len(words) < len(acronym):
        return None
    if "".join(word.group()[0] for word in words).casefold() != acronym.casefold():
        return None
    return words[0].start(), words[-1].end()


MIN_SPELT_LETTERS = 3  # "(UK)" after "…United Kingdom" is an acronym, but two words prove little
MAX_SPELT_LETTERS = 8


_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)")
_LIST_END = re.compile(r"\s(?:and|&)\s")
MIN_LISTED = 2


def _name_list(text: str, spans: Iterable[Span]) -> tuple[int, int] | None:
    """Where `text` lists names one after another, the last after "and" ("New York and Tokyo",
    "Lenin, Trotsky and Stalin"), two or more: a count given by naming each. None when it lists
    none."""
    names = sorted(
        (span for span in spans if span[0] in {"name", "person", "place"}), key=lambda s: s[1]
    )
    start = end = -1
    count = 0
    for _, first, last in names:
        if count and first >= end and _LIST_GAP.fullmatch(text, end, first) is not None:
            end, count = max(end, last), count + 1
        elif count and first < end:
            end = max(end, last)  # a "person" span over the same words as a "name" span
        else:
            if count >= MIN_LISTED:
                break
            start, end, count = first, last, 1
    if count < MIN_LISTED or not _LIST_END.search(text, start, end):
        return None  # "Eyam, Derbyshire": a place and where it is, no list
    return start, end


_NAME_WORDS = frozenset({"name", "names"})
NAME_REACH = 4  # words between the thing named and its name: "the learner = A confederate called"


def _names_beside(text: str, span: tuple[int, int], matched: set[str]) -> bool:
    """True when the name at `span` stands beside a word of what the question asks the name of
    ("the ranch boss, Curley", "Mr Wallace, the learner"), at most NAME_REACH words away, or
    the line says what something is called."""
    if _CALLED.search(text) is not None:
        return True
    before = _WORD_AT.findall(text[: span[0]])
    after = _WORD_AT.findall(text[span[1] :])
    near = [*before[-NAME_REACH - 1 :], *after[: NAME_REACH + 1]]
    return any(index_word(word.casefold()) in matched for word in near)


# The words asking for a formula, not what it is for: "how do you work out …", "the equation for".
_FORMULA_PHRASING = word_set(
    "calculate calculated calculating calculation formula formulae formulas equation equations "
    "work out find"
)
_EQUATION_LEFT = re.compile(r"^[\s\-*•\d.)]*([^=:]{1,60}?)\s*[=:]")
MAX_LEFT_WORDS = 5
# An operation on the right side: "mass x velocity", "(v - u) / t", "sales ÷ total × 100".
_OPERATION = re.compile(r"[×*/÷+−]|\s[-–]\s|\bx\b|\b(?:divided|multiplied|times|minus|plus)\b")


def _equates(
    text: str, subject: list[frozenset[str]], context: frozenset[str] = frozenset()
) -> bool:
    """True when the line's left side, before its first "=" or ":", names just what a formula is
    asked for: "momentum = mass x velocity", "Market share formula: (sales ÷ …) × 100" for the
    words of "market share" (`subject`, each word's index forms). A word of it the left side
    leaves out may be in the line's `context`: "speed = frequency × wavelength" under "Wave
    speed", "Mean rate = …" in the topic "Rates of reaction"."""
    found = _EQUATION_LEFT.match(text)
    if found is None or not subject or _OPERATION.search(text, found.end()) is None:
        # "weight = force of gravity on a mass" says what weight is, not how to work it out
        return False
    left = set(content_words(found.group(1))) - _FORMULA_STEMS
    if not left or len(left) > MAX_LEFT_WORDS:
        return False
    return all(
        not forms.isdisjoint(left | context) for forms in subject
    ) and left <= frozenset().union(*subject)


_FORMULA_STEMS = frozenset(index_word(word) for word in _FORMULA_PHRASING)


def _labelled_kind(text: str) -> str | None:
    """The kind of answer a line labels itself as giving ("When: …" a date), if it does."""
    found = _LABEL.match(text)
    return _LABEL_KINDS[found.group(1).casefold()] if found else None


def _filler_adverb(word: str) -> bool:
    """An adverb students put in for emphasis ("actually", "basically"), or a misspelling of one
    no dictionary knows ("acutally", "basicly")."""
    if word in _FILLER_ADVERBS:
        return True
    return (
        len(word) >= 6
        and not is_dictionary_word(word)
        and any(OSA.distance(word, adverb, score_cutoff=2) <= 2 for adverb in _FILLER_ADVERBS)
    )


# "convert a denary number to binary", "change hex into denary", "turn X into Y"
_CONVERSION = re.compile(
    r"\b(?:convert|change|turn|translate|go|get)(?:s|ed|ing)?\b\s+(?:from\s+)?(?:(?:an?|the)\s+)?"
    r"(\w+)(?:\s+(?:number|value|numbers|values))?\s+(?:to|into)\s+(?:(?:an?|the)\s+)?(\w+)",
    re.IGNORECASE,
)


def _conversion(question: str) -> tuple[str, str] | None:
    """What a conversion question converts from and to, as index words ("how do you convert
    denary to binary?" -> ("denary", "binary")); None for any other question."""
    found = _CONVERSION.search(question)
    if found is None:
        return None
    source, target = index_word(found.group(1).casefold()), index_word(found.group(2).casefold())
    return (source, target) if source != target else None


def _in_order(text: str, direction: tuple[str, str]) -> bool:
    """True when a line names the conversion's source before its target ("Convert denary to
    binary = divide by 2…"), as the question does; False when it names the other way round or
    not both."""
    stems = [index_word(word) for word in folded_words(text)]
    source, target = direction
    if source not in stems or target not in stems:
        return False
    return stems.index(source) < stems.index(target)


def _relates(text: str, relations: set[str], matched: set[str]) -> bool:
    """True when the line says "after"/"before" (as the question does) about something the
    question names: "Riots broke out … after his death" for "what happened after King's death?"."""
    for found in _RELATION_AT.finditer(text):
        if found.group(1).casefold() in relations and any(
            index_word(word) in matched for word in folded_words(found.group(2))
        ):
            return True
    return False


def _title_words(words: Iterable[str]) -> frozenset[str]:
    """A title's words without its years or numbers, unless that leaves none."""
    kept = frozenset(words)
    named = frozenset(word for word in kept if not word.isdigit())
    return named or kept


def _head_document(topic: Topic, words: TextWords, ancestors: tuple[str, ...]) -> list[Field]:
    """The words that name a topic: its own names, then (a little lighter) its people, places,
    years, summary, and the titles of the topics it sits in ("Case study: Nepal earthquake 2015"
    for its "Effects")."""
    fields: list[Field] = [
        (words.content(topic.title), HEAD_NAME, _TITLE_SOURCE),
        *((words.content(alias), HEAD_NAME, _ALIAS_SOURCE) for alias in topic.aliases),
    ]
    fields += [
        (words.content(d), HEAD_DETAIL, _DETAIL_SOURCE) for d in (*topic.people, *topic.places)
    ]
    if topic.start_year is not None:
        end = topic.end_year if topic.end_year is not None else topic.start_year
        years = tuple(str(year) for year in range(topic.start_year, end + 1))
        fields.append((years[:MAX_RANGE_YEARS], HEAD_DETAIL, _DETAIL_SOURCE))
    if topic.summary:
        fields.append((words.content(topic.summary), HEAD_SUMMARY, _DETAIL_SOURCE))
    # "#### Causes" under "### Magna Carta, 1215": a one-word title names an aspect of the topic
    # it sits in, whose title then names these facts as fully as its own ("what later documents
    # did Magna Carta influence?" is asked of the lines under "Significance")
    aspect = (
        bool(ancestors) and len(words.content(_BRACKETS.sub("", topic.title))) <= ASPECT_TITLE_WORDS
    )
    fields += [
        (
            words.content(title),
            HEAD_NAME if aspect and title is ancestors[-1] else HEAD_SUMMARY,
            _DETAIL_SOURCE,
        )
        for title in ancestors
    ]
    return fields


@dataclass(frozen=True, slots=True)
class _Scores:
    """A question against the whole deck: per fact its coverage, BM25 and whether any question
    word (or its topic's head) reached it; per topic how much of the question its head names."""

    coverage: npt.NDArray[np.float64]
    bm25: npt.NDArray[np.float64]
    prior: npt.NDArray[np.float64]
    reached: npt.NDArray[np.bool_]


def _largest(
    ids: npt.NDArray[np.int64], scored: npt.NDArray[np.float64], count: int
) -> list[tuple[float, int]]:
    """The `count` best (score, id) pairs (`scored` has one score per id), best first, the lower
    id first on a tie. Only the top is sorted in Python."""
    if len(ids) > count:
        threshold = np.partition(scored, len(scored) - count)[len(scored) - count]
        keep = scored >= threshold  # every tie at the cut, so the order below stays exact
        ids, scored = ids[keep], scored[keep]
    pairs = sorted(zip(scored.tolist(), ids.tolist(), strict=True), key=lambda p: (-p[0], p[1]))
    return pairs[:count]


class _Names:
    """The words of a deck's names (people or places), to tell whether a fact mentions one."""

    __slots__ = ("_by_word", "_tokens", "words")

    def __init__(self, names: Iterable[tuple[str, ...]]) -> None:
        distinct: dict[frozenset[str], None] = {}
        for name in names:
            words = frozenset(w for w in name if len(w) >= 3 and w.isalpha())
            if words:
                distinct.setdefault(words)
        self._tokens = list(distinct)
        self.words = frozenset(word for tokens in self._tokens for word in tokens)
        self._by_word: dict[str, list[int]] = {}
        for position, tokens in enumerate(self._tokens):
            for word in tokens:
                self._by_word.setdefault(word, []).append(position)

    def mentioned(self, words: Iterable[str]) -> frozenset[str]:
        """The name words among `words`."""
        return self.words.intersection(words)

    def named_in(self, asked: set[str]) -> set[str]:
        """Every word of the names the question mentions ("gero" -> {"erno", "gero"}), so a fact
        naming the same person in full does not count as naming someone new."""
        expanded = set(asked)
        for word in asked:
            owners = self._by_word.get(word, ())
            if len(owners) <= MAX_NAME_OWNERS:  # a common first name says nothing on its own
                for position in owners:
                    expanded |= self._tokens[position]
        return expanded


def _doer_before(text: str, doing: frozenset[str]) -> tuple[int, int] | None:
    """Where a line names who does what a who-question asks, as the words just before the asked
    verb in its clause ("At home: the mother lights two candles" for "who lights the candles?"):
    at most MAX_DOER_WORDS, not ending in a pronoun, an auxiliary or a stop word, and counting no
    one ("About 4,000 people died" says how many, not who). None when the
    verb is not in the line, or nothing before it in its clause names anyone."""
    for match in _WORD_RUN.finditer(text):
        if index_word(match.group().casefold()) not in doing:
            continue
        clause = _CLAUSE_START.split(text[: match.start()])[-1]
        words = folded_words(clause)
        if (
            not words
            or len(words) > MAX_DOER_WORDS
            or words[-1] in _NO_DOER
            or words[-1] in STOP_WORDS
            or any(word[:1].isdigit() for word in words)
        ):
            return None  # "About 4,000 people died": how many, not who
        begin = match.start() - len(clause.lstrip())
        return begin, match.start() - 1
    return None


def _years_between(text: str, spans: Iterable[Span]) -> tuple[int, int] | None:
    """Where a line gives a span of time by its two years ("from 1016 to 1035", "1939–45" is
    one span already), which says how long something lasted."""
    years = [span for span in spans if span[0] == "year"]
    for first, second in pairwise(years):
        if _YEARS_JOINED.fullmatch(text, first[2], second[1]) is not None:
            return first[1], second[2]
    return None


def _doer_after(text: str, doing: frozenset[str]) -> tuple[int, int] | None:
    """Where a line names, in the passive, who does what a who-question asks: the words after
    "by" that follows the asked verb ("written by the government", "passed down by monks"), up
    to MAX_DOER_WORDS and the end of the clause, not a pronoun, a number or a time ("by 1900")."""
    for match in _WORD_RUN.finditer(text):
        if index_word(match.group().casefold()) not in doing:
            continue
        found = _BY_DOER.match(text, match.end())
        if found is None:
            continue
        clause = _CLAUSE_START.split(found.group(1))[0]
        doer = _DOER_WORDS.match(clause)
        words = folded_words(doer.group()) if doer is not None else []
        if (
            not words
            or words[0] in _NO_DOER
            or words[0] in _OBJECT_PRONOUNS
            or any(word[:1].isdigit() for word in words)
        ):
            return None  # "killed by him", "done by 1900": no one the line names
        start = found.start(1)
        return start, start + len(doer.group().rstrip()) if doer is not None else start
    return None


def _in_letters(line: str) -> bool:
    """Whether a line says something in capital letters standing alone, which are no words of
    it ("T T S T T T S", "G B D F in C major"): such a line is never only the question's words."""
    return len(_LONE_CAPITAL.findall(line)) >= MIN_LONE_CAPITALS
