"""Whether a "Label: text" line of notes defines a key term, or only labels a fact or a list.

Outline notes define terms inline, with nothing to say they are terms: "Focus: the point
underground where an earthquake starts", "Slab pull: at destructive margins the dense plate sinks
and pulls the rest of the plate with it". The same shape also leads into things that are not
meanings: a list ("Tectonic hazards: earthquakes, volcanic eruptions and tsunamis"), a figure
("Total cost: about US$30 billion", "Oceanic crust: 5-10 km thick"), an evaluation or a finding
("Strength: the procedure has good reliability", "Emotional development: deprivation can lead to
psychopathy"), a study's citation ("Field (1978): filmed babies with their fathers"). Asked as
"What does Total cost mean?", those make questions no teacher would set. So a line counts as a
definition only when:

- its label is a short name, not a generic lead-in ("Cause", "Reasons", "Strength", "Total cost",
  "Date", "Example") nor a study's citation ("Meltzoff and Moore (1977)", "Rutter et al. (2011)");
- its text is not a figure, a date, an example or a bare list of short items;
- its text is not a clause with a subject of its own ("deprivation can lead to …", "fertile soil
  attracts farmers"), nor a point under a "Reasons"/"Factors" lead-in, unless the label is
  subject vocabulary (a word rarer than everyday English, by wordfreq's Zipf scale): a teacher
  asks what slab pull or imprinting is, not what farming or emotional development is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.importers.terms import split_colon, split_dash
from knowledge.text import fold

# At or above this Zipf frequency a word is everyday English ("farming" 4.2, "strength" 4.8);
# below it, subject vocabulary ("ridge" 4.1, "slab" 3.5, "imprinting" 2.4).
EVERYDAY_ZIPF = 4.2
MAX_LABEL_WORDS = 5

# Labels notes put before a fact, a list or a judgement, in any subject: they name a slot of the
# notes' layout, not a thing with a meaning.
_GENERIC = frozenset(
    """
    cause causes reason reasons effect effects consequence consequences impact impacts result
    results outcome outcomes response responses aim aims method methods procedure findings finding
    conclusion conclusions evaluation strength strengths weakness weaknesses limitation limitations
    advantage advantages disadvantage disadvantages pro pros con cons criticism criticisms support
    evidence example examples eg date dates when where who what why how location
    place time year years cost costs deaths death toll casualties summary overview background
    context significance importance idea ideas point points problem problems solution solutions
    issue issues factor factors feature features characteristic characteristics type types quote
    quotation source sources note notes answer question aim purpose role use uses key definition
    meaning explanation description counterpoint counterargument argument arguments view views
    interpretation interpretations sample participants study theory test tests concern concerns
    benefit benefits drawback drawbacks risk risks danger dangers condition conditions
    safety precaution precautions warning warnings way ways kind kinds sort sorts category
    categories
    """.split()  # noqa: SIM905
)
_GENERIC_PHRASES = frozenset({"e g", "case study", "death toll", "for example", "in summary"})
# Words that may stand before a generic label without making it a name: "Total cost", "Main
# causes", "One strength", "Another weakness".
_GENERIC_MODIFIERS = frozenset(
    """
    a an the one another other main key further overall total first second third final more extra
    additional possible general new side
    """.split()  # noqa: SIM905
)
_ARTICLE_FIRST = re.compile(r"(?i)(?:a|an|the)\s+[^\W\d_]")
_QUOTED_AFTER_COLON = re.compile(r"^[^:]*:\s*[\"“‘']")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]*\)$")
# "Effects of institutionalisation", "Reasons for the war", "Strengths of the study".
_GENERIC_OF = re.compile(
    r"^(?P<head>[\w.]+)\s+(?:of|for|on|in|to|behind|about|with|against|facing|from)\s"
)
# A generic head with what it is about may run longer than a name: "Limitations of the simple
# particle model", "Concerns about GM crops".
MAX_GENERIC_OF_WORDS = 10
_YEAR = r"(?:1[0-9]|20)\d\d[a-z]?"
# "Meltzoff and Moore (1977)", "Rutter et al. (2011)", "The 44 thieves study (Bowlby, 1944)".
_BRACKETED_CITATION = re.compile(rf"\((?:[^()]*[A-Z][^()]*,\s*)?{_YEAR}(?:\s*[,;/]\s*{_YEAR})*\)")
_NAME = r"(?:[A-Z][\w'’-]+|van|von|de|der|den|di|da|la|le)"
_AUTHORS = re.compile(
    rf"^{_NAME}(?:\s+{_NAME})*(?:\s*(?:,|and|&)\s*{_NAME}(?:\s+{_NAME})*)*(?:\s+et\s+al\.?)?$"
)
_JOINED_AUTHORS = re.compile(r"\s(?:and|&)\s|\bet\s+al\b|,")
_RESEARCH = re.compile(
    r"(?i)\b(?:stud(?:y|ies|ied)|participants?|sample|experiment\w*|observ\w+|found|interview\w*"
    r"|meta-analysis|survey\w*|questionnaire|longitudinal|replicat\w+|investigat\w+|tested)\b"
)
# A figure or a date first: "about US$30 billion", "5-10 km thick", "27 February 2010, …".
_FIGURE_FIRST = re.compile(
    r"(?i)^(?:(?:about|around|approximately|approx\.?|roughly|nearly|almost|over|under|more than"
    r"|less than|fewer than|at least|up to|c\.|circa|only|just)\s+)?"
    r"(?:[£$€¥]?\s*(?:US\$|\d)|(?:a|one|two|three)?[\s-]*(?:half|quarter|third|fifth|tenth|dozen"
    r"|hundred|thousand|million|billion)s?\b)"
)
_EXAMPLE_FIRST = re.compile(r"(?i)^(?:e\.?g\.?|for example|for instance|such as|see|i\.e\.?)\b")
# Helping verbs: one before any relative word means the text is a clause with its own subject.
_AUXILIARY = frozenset(
    """
    is are was were has have had can could will would may might must shall should does do did
    isn't aren't wasn't weren't can't cannot won't
    """.split()  # noqa: SIM905
)
_RELATIVE = frozenset("which that who whom whose where when whereby in of by to for with".split())  # noqa: SIM905
_PREPOSITION_FIRST = frozenset(
    "at in on during after before under over within between from among".split()  # noqa: SIM905
)
_CAUSE_LEAD_IN = re.compile(
    r"(?i)\b(?:because|why|reasons?|causes?|factors?|led to|motives?|due to|advantages"
    r"|disadvantages|benefits|problems|affect\w*|limit\w*|influenc\w*|depends? on)\b"
)

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_LIST_SPLIT = re.compile(r"(,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)")
_MAX_LIST_ITEM_WORDS = 4


def inline_definition(
    text: str, *, lead_in: str | None = None, dashed: bool = False
) -> tuple[str, str] | None:
    """The key term and meaning a "Term: definition" (or, `dashed`, "Term - a definition") line
    of notes gives, or None (see the module docstring). A trailing bracket on the label is a
    qualifier, not part of the name: "Asocial stage (first few weeks): the baby …" defines "Asocial stage"."""
    found = split_colon(text)
    if found is None and dashed:
        # "Cystic fibrosis - a disorder of cell membranes …" in plain-text notes, which have no
        # bold to mark a term: a dash is as often an aside ("war - to avoid war"), so only a
        # meaning that opens as a noun phrase ("a …", "the …") counts.
        found = split_dash(text)
        if found is None or not _ARTICLE_FIRST.match(found[1]):
            return None
    elif found is None or _QUOTED_AFTER_COLON.search(text):
        return None  # 'Motto: "Deeds not words"' gives a quotation, not a meaning
    term, definition = found
    term = _TRAILING_BRACKET.sub("", term).strip() or term
    if is_date_label(term):
        return None  # "late 19th century: chromosomes were observed" is a dated fact
    if "," in term or _reads_as_sentence(term):
        return None  # "It is an endothermic reaction: energy is taken in …" is a statement
    if not defines_term(term, definition, lead_in=lead_in):
        return None  # "Insecure-avoidant (Type A), 20–25%: …" labels a finding
    return term, definition


_PRONOUNS = frozenset("it they this these those he she we you there i".split())  # noqa: SIM905


def _reads_as_sentence(label: str) -> bool:
    words = [fold(word) for word in label.split()]
    return bool(words) and (words[0] in _PRONOUNS or any(word in _AUXILIARY for word in words))


_QUESTION_WORD = re.compile(r"(?i)^(?:when|where|who|whom|whose|why|how|what|which)\b")
_STANDING_WORD = re.compile(r"[^\W\d_]{3,}")
_MIN_STANDING_WORDS = 3


def lead_in_label(text: str) -> tuple[str, str] | None:
    """("Strength", "the procedure has good reliability") from a line that opens with a label of
    the notes' layout rather than a thing it names: a generic lead-in ("Strength:", "Total
    cost:", "Cause:") or an everyday label before a statement of its own ("Emotional development:
    deprivation can lead to …"). Such a label is the line's context, not part of what it says,
    so a question on the line can show it as such instead of reading "Strength: …"."""
    found = split_colon(text)
    if found is None:
        return None
    label, rest = found
    if "," in label or _reads_as_sentence(label) or is_citation(label, rest):
        return None
    if is_date_label(label):
        return None  # "1850s: the railway boom" keeps its date as part of the fact
    if _QUESTION_WORD.match(label) or _CAUSE_LEAD_IN.search(label):
        return None  # "When: …" answers its label; "Cause:" would open a list of reasons
    if len(_STANDING_WORD.findall(rest)) < _MIN_STANDING_WORDS:
        return None  # "Total cost: about US$30 billion" says nothing without its label
    if is_generic_label(label) or (not subject_word(label) and _is_clause(rest)):
        return label, rest
    return None


# Words a date or period is written with: "late 19th century", "In 1953", "By the 1920s",
# "mid-20th century", "c. 1800", "March-June 1933", "Spring 1940", "200 BC".
_DATE_WORDS = frozenset(
    """
    in by from until till to and or after before during since around about circa c ca early mid
    late the century centuries millennium decade s th st nd rd bc bce ad ce january february march
    april may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec spring summer autumn fall winter first second third last half
    """.split()  # noqa: SIM905
)
_DATE_TOKEN = re.compile(r"[^\W\d_]+|\d+")
_DATE_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|s)?$")


def is_date_label(label: str) -> bool:
    """True for a label that is a date or a period, not a term: "late 19th century", "1850s",
    "In 1953", "March 1933". A timeline's line under it is a dated fact, never asked as
    "What does late 19th century mean?"."""
    tokens = _DATE_TOKEN.findall(fold(label).replace("-", " "))
    has_date = any(token.isdigit() for token in tokens) or "century" in tokens
    return has_date and all(token.isdigit() or token in _DATE_WORDS for token in tokens)


_BRACKET_AT_END = re.compile(r"\s*\((?P<inside>[^()]*)\)$")


def undated_name(term: str) -> str:
    """The term without a date in brackets after it: "Rentenmark (November 1923)" ->
    "Rentenmark", "Black Wednesday (1992)" -> "Black Wednesday". The date stays in the line the
    term comes from; as part of the name it would be asked as "What does Rentenmark (November
    1923) mean?" and wanted in a typed answer. Other brackets ("(PED)") are kept."""
    found = _BRACKET_AT_END.search(term)
    if found is None or not is_date_label(found.group("inside")):
        return term
    return term[: found.start()].strip() or term


def opens_list(text: str) -> bool:
    """True for a "Label: …" line that leads into the lines after it rather than saying something
    complete: nothing after the colon ("Natural selection:"), or only a lead-in ("Reasons: the
    following", "Causes include:"). "Gamete: a sex cell …" is complete, so a run of bullets at its
    indent after it are its siblings, not its members."""
    if text.rstrip().endswith((":", "…", "...")):
        return True
    found = split_colon(text)
    if found is None:
        return True
    label, rest = found
    if inline_definition(text) is not None:
        return False
    if _LEAD_IN_TAIL.search(rest) or len(_STANDING_WORD.findall(rest)) < _MIN_STANDING_WORDS:
        return True
    return _CAUSE_LEAD_IN.search(label) is not None and is_generic_label(label)


_LEAD_IN_TAIL = re.compile(
    r"(?i)\b(?:the following|as follows|below|includ(?:e|es|ing)|such as|e\.?g\.?|for example)"
    r"\W*$"
)


def defines_term(term: str, definition: str, *, lead_in: str | None = None) -> bool:
    """True when "term: definition" reads as a key term and its meaning (see the module
    docstring); `lead_in` is the heading the line sits under, if any."""
    if is_generic_label(term) or is_citation(term, definition):
        return False
    text = definition.strip()
    if not text or _FIGURE_FIRST.match(text) or _EXAMPLE_FIRST.match(text):
        return False
    if _is_bare_list(text) or is_member_list(text) or reads_as_label(term, text):
        return False
    if _doing_label(term) and _is_clause(text):
        return False  # "Making ammonium sulfate: in the lab it is made by titration …"
    if subject_word(term):
        return True
    if lead_in is not None and _CAUSE_LEAD_IN.search(lead_in):
        return False  # "Farming: fertile soil attracts farmers" under "Factors increasing risk"
    return not _is_clause(text)


# Verbs a method or an instruction opens with: "count the oxygen bubbles …", "use random number
# tables …", "bubble the gas through limewater". A meaning opens with what the thing is, never with
# what to do; "count of …" or "measure of …" is a noun and stays a meaning.
_INSTRUCTION_VERBS = frozenset(
    """
    add bubble collect count cut dip draw fill filter heat hold label leave make measure mix
    pick place plot pour put record repeat set stir take use weigh wear write
    """.split()  # noqa: SIM905
)
_NOUN_AFTER = frozenset("of for is are was were".split())  # noqa: SIM905
_LABEL_RELATIVE = frozenset("that which who whom whose where whereby".split())  # noqa: SIM905
_LABEL_CLAUSE = re.compile(r"(?i)\b(?:is|are|was|were|has|have|had|can|could|will|would|did)\b|;")


def reads_as_label(term: str, text: str) -> bool:
    """True when "Label: text" heads an instruction or a list of points rather than defining
    the label: "Required practical: count the oxygen bubbles …", "Threats: rising birth rate,
    new pests …, conflicts", "Losses: not all of the organism is eaten …, some is egested …",
    "Economic grievances: poor harvests and taxes". Asked as "What does Threats mean?" or blanked
    as "_____: rising birth rate …", the label would be tested instead of what it leads into.

    An instruction opens with a verb of method or study. A list label is a plural name whose
    text gives several items or a statement without saying what the label is (a singular name
    before a list is as often a term: "Asexual reproduction: one parent, no fusion, clones"). A meaning opens
    with an article or, for a plural, a plural noun of its own ("Reparations: payments Germany
    had to make …"), or names it with "that"/"which"/"where"."""
    words = [fold(word).strip(",;:()\"'") for word in text.split()]
    if not words:
        return False
    if words[0] in _INSTRUCTION_VERBS and (len(words) == 1 or words[1] not in _NOUN_AFTER):
        return True
    if _ARTICLE_FIRST.match(text) or _LABEL_RELATIVE.intersection(words):
        return False
    items = (len(_LIST_SPLIT.split(text.rstrip(" .;"))) + 1) // 2
    clause = _LABEL_CLAUSE.search(text) is not None
    last = fold(term).split()[-1] if fold(term).split() else ""
    plural = len(last) > 3 and last.endswith("s") and not last.endswith(_SINGULAR_ENDINGS)
    if not plural or (words[0].endswith("s") and not words[0].endswith(_SINGULAR_ENDINGS)):
        return False  # "payments Germany had to make …" names what reparations are
    return items >= 2 or clause


_SINGULAR_ENDINGS = ("ss", "us", "is", "ics", "ous", "as")


def _doing_label(term: str) -> bool:
    """True for a label saying what is done to something, an everyday "-ing" word and its
    object ("Making ammonium sulfate", "Using the data", "Preventing rust"): before a statement
    of its own ("in the lab it is made by titration …") it names a part of the notes, and the
    statement says something about it, not what it is (round 18, B43: "_____: in the lab it is
    made …" keyed "Making ammonium sulfate"). One word in "-ing" ("Galvanising", "Phytomining")
    names a process, and is a term, as does a name saying it with "of" ("Closing of the
    frontier")."""
    words = fold(term).split()
    return (
        len(words) >= 2
        and words[0].endswith("ing")
        and words[1] != "of"
        and _zipf(words[0]) >= EVERYDAY_ZIPF
    )


def is_generic_label(label: str) -> bool:
    """True for a label that names a slot of the notes, not a thing: "Cause", "Total cost",
    "Strength", "Main reasons"."""
    words = fold(label).split()  # "E.g." folds to "e g"
    if not words or len(words) > MAX_GENERIC_OF_WORDS:
        return not words
    while len(words) > 1 and words[0] in _GENERIC_MODIFIERS:
        words = words[1:]
    head = _GENERIC_OF.match(" ".join(words))
    if head is not None and head.group("head") in _GENERIC:
        return True
    if len(words) > MAX_LABEL_WORDS:
        return False
    joined = " ".join(words)
    return joined in _GENERIC or joined in _GENERIC_PHRASES


def is_citation(label: str, text: str = "") -> bool:
    """True for a study cited by its authors and year, not a term: "Meltzoff and Moore (1977)",
    "Isabella et al. (1989)", "The 44 thieves study (Bowlby, 1944)". A single name and a year
    ("Field (1978)") is a citation only when the text reads as research ("filmed 4-month-old
    babies", "observed …"): "Kristallnacht (1938)" with its meaning is a term of history."""
    found = _BRACKETED_CITATION.search(label)
    if found is None:
        return False
    if "," in found.group():
        return True  # the authors are inside the brackets: "(Bowlby, 1944)"
    names = label[: found.start()].strip()
    if not _AUTHORS.match(names):
        return False
    if _JOINED_AUTHORS.search(names):
        return True
    first = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    return bool(_RESEARCH.search(text)) or (len(first) > 4 and first.endswith("ed"))


def subject_word(label: str) -> bool:
    """True when the label holds a word rarer than everyday English (see the module docstring)."""
    words = _WORD.findall(label)
    return any(_zipf(word) < EVERYDAY_ZIPF for word in words if len(word) > 2)


@lru_cache(maxsize=8192)
def _zipf(word: str) -> float:
    from wordfreq import zipf_frequency  # loaded on first use: most imports never ask

    return float(zipf_frequency(word.casefold(), "en"))


def _is_bare_list(text: str) -> bool:
    """True for a list of three or more short items and nothing else: "earthquakes, volcanic
    eruptions and tsunamis"."""
    parts = _LIST_SPLIT.split(text.rstrip(" .;"))
    items, separators = parts[::2], parts[1::2]
    return (
        len(items) >= 3
        and separators[-1].strip(" ,") in ("and", "or")  # "…, volcanic eruptions and tsunamis"
        and all(0 < len(item.split()) <= _MAX_LIST_ITEM_WORDS for item in items)
    )


# Words opening a feature rather than naming a member: "one parent, no fusion, clones, no variation".
_FEATURE_FIRST = frozenset(
    "a an the one no two three some many few more less most all any each every not only".split()  # noqa: SIM905
)
_MIN_MEMBERS = 4
_MAX_MEMBER_WORDS = 3


def is_member_list(text: str) -> bool:
    """True for a line's text that names the members of its label, one after another, and says
    nothing else: "helium, neon, argon, krypton, xenon, radon", "beaches, spits, sand dunes,
    offshore bars". "Group 0: helium, neon, …" tells what the group holds, not what "Group 0"
    means: asked "Which term means: 'helium, neon, …'?" or "What does 'Group 7' mean?", a list
    stands out among real meanings and recycles the deck's other lists as options. Four or more
    short items joined by commas (three with "and"/"or" are `_is_bare_list`'s), none opening with
    an article, a number or a quantifier as a feature does ("one parent, no fusion, …")."""
    if text.count(",") + text.count("and") + text.count("or") < _MIN_MEMBERS - 1:
        return False  # too few separators (each holds a comma, an "and" or an "or") for the items
    parts = _LIST_SPLIT.split(text.strip().rstrip(" .;"))
    items = [item.strip() for item in parts[::2]]
    if len(items) < _MIN_MEMBERS:
        return False
    for item in items:
        words = fold(item).split()
        if not 0 < len(words) <= _MAX_MEMBER_WORDS or words[0] in _FEATURE_FIRST:
            return False
        if _LABEL_CLAUSE.search(item) or any(ch.isdigit() for ch in item):
            return False
    return True


def _is_clause(text: str) -> bool:
    """True when the text has a subject of its own: a helping verb before any relative word
    ("the procedure has good reliability", "deprivation can lead to …"), or it opens with where
    or when ("at destructive margins the plate sinks …")."""
    words = [fold(word).strip(",;:()\"'") for word in text.split()]
    if words and words[0] in _PREPOSITION_FIRST:
        return True
    for word in words:
        if word in _RELATIVE:
            return False
        if word in _AUXILIARY:
            return True
    return False
