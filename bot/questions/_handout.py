"""Lines about the handout, not the subject: never quizzed.

Notes open with what the teacher says about the sheet itself: its title and course codes
("Revision notes – Year 11 (AQA Topics 2 and 3)", "Revision outline (Paper 1, Section A)") and
instructions to the student ("Learn the bold terms and their definitions"). They stay in the deck
(`/explain` shows them) but a question on them tests the handout, not the subject: "Year _____"
→ 11, "Learn the bold terms and their _____" → definitions.

A line is such a line when every sentence of it is one: a study instruction (a study verb put
first, with what to study), or a run of document labels (kind of sheet, year group, paper,
section, unit, exam board, tier) with at most one other word left over.

Advice on answering the exam is no fact either: a line about the exam's questions and marks
("In 6-mark questions, give the method in order", '"Explain why" questions: give two causes'),
and, in a section of exam advice ("Exam tips"), a line that tells the student what to do (it has
no verb of its own saying what is or was: "Always name the limiting factor …"); a fact kept there
("Remember: the break with Rome was political first") is still asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.questions._abbreviation_stops import split_outside

# "Learn the …", "Make sure you know …", "Revise these …" – a study instruction opens with one.
_STUDY_VERB = re.compile(
    r"(?:please\s+)?(?:learn|revise|memori[sz]e|practi[sc]e|review|highlight|re-?read|read"
    r"|go\s+over|test\s+yourself\s+on|make\s+sure\s+(?:that\s+)?you\s+(?:know|learn|can)"
    r"|you\s+(?:need|must|should)\s+(?:to\s+)?(?:know|learn|revise)|know"
    r"|use\s+(?:these|this|(?:it\s+)?(?:with|alongside))|read\s+(?:it\s+)?(?:with|alongside)|see)\b",
    re.IGNORECASE,
)
# What a study instruction tells the student to study: the sheet's parts, not the subject.
_STUDY_OBJECT = re.compile(
    r"\b(?:terms?|definitions?|dates?|names?|notes?|key\s+words?|keywords?|vocabulary|spellings?"
    r"|diagrams?|formulae|formulas?|equations?|facts?|everything|sheet|pages?|handout|outline"
    r"|(?:text|work|exercise|revision)\s*books?|workbooks?|textbooks?|worksheets?|booklets?|slides?"
    r"|sections?|headings?|bold|underlined|highlighted|flash\s*cards?|examples?|case\s+stud(?:y|ies)"
    r"|quotes?|quotations?|questions?|past\s+papers?|exams?|these|this)\b"
    # a page reference: "read alongside CGP p.112-131", "pp. 40-52", "pg 7"
    r"|\b(?:pp?\.|pg\.?)\s*\d",
    re.IGNORECASE,
)
# Document labels: the kind of sheet, the course and where in it the sheet belongs.
_LABELS = re.compile(
    r"\b(?:higher|foundation)\s+tier\b|\b(?:revision|study|lesson|class|summary|recap)\s+(?:notes?|outline|guide|sheet|pack|booklet)"
    r"|\bhandout\b|\bworksheet\b|\bknowledge\s+organi[sz]er\b|\bcheat\s+sheet\b"
    r"|\b(?:year|yr|grade|form|class|paper|unit|component|module|section|topics?|chapters?|part"
    r"|lesson|week|term)\s+(?:\d{1,2}[a-z]?|[A-H]\b|[IVX]{1,4}\b)"
    r"(?:\s*(?:,|and|&|to|–|-)\s*(?:\d{1,2}[a-z]?|[A-H]\b|[IVX]{1,4}\b))*"
    r"|\b(?:AQA|OCR|Edexcel|Pearson|WJEC|Eduqas|CCEA|SQA|IB|AP|CIE|Cambridge\s+IGCSE|IGCSE|GCSE"
    r"|A[- ]level|AS[- ]level|KS\s?[1-5]|Key\s+Stage\s+[1-5]|Higher|Foundation|National\s+5)\b"
    r"|\bspec(?:ification)?(?:\s+(?:ref(?:erence)?|point))?\b"
    # a year group written short ("Y11", "Y9") and the teacher's own set or class ("Mrs Okafor's
    # set", "Mr Hale's class"): who the sheet is for, not what it teaches
    r"|\bY(?:[7-9]|1[0-3])\b"
    r"|\b(?:mr|mrs|ms|miss|dr)\.?\s+[^\W\d_][\w'’-]*['’]s\s+(?:set|class|group|form)\b(?!\s+of\b)"
    # a byline's parts: the teacher ("Mr. Hale", "Mrs Okafor") and the time the sheet takes
    # ("approx. 2 lessons"), between slashes or bars ("Biology club / Mr. Hale / 2 lessons")
    r"|(?:^|(?<=[/|•·]\s))(?:mr|mrs|ms|miss|dr)\.?\s+[A-Z][\w'’-]*(?=\s*(?:[/|•·]|$))"
    r"|\b(?:(?:approx\.?|about|c\.)\s*)?\d{1,2}\s+(?:lessons?|periods?|hours?)(?=\s*(?:[/|•·]|$))"
    r"|\b(?:club|society)(?=\s*(?:[/|•·]|$))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# Sentences, and the parts a title line joins with a spaced dash or a semicolon: "Revision notes
# (Year 10, Topic 7) - read alongside your textbook pages 140-168" is a label and an instruction.
_SENTENCE = re.compile(r"(?<=[.!])\s+(?=[A-Z])|\s+[-–—]\s+|;\s+")
# A character each of `_SENTENCE`'s splits needs (a cheaper search than the split's).
_MAY_SPLIT = re.compile(r"[.!;\-–—]")
# Words a document label line may hold beside its labels: "Notes for Year 11 (AQA, Paper 2)".
_GLUE = frozenset({"for", "the", "and", "of", "on", "in", "to", "a", "an", "with", "from", "by"})
_MAX_LEFT = 1
# School subjects, which a title line names beside its labels ("Year 9 history: the Tudors").
_SUBJECTS = frozenset(
    """
    history geography biology chemistry physics science sciences combined maths mathematics
    english literature language computing computer psychology sociology economics business
    religious studies re pe music art drama french spanish german latin citizenship politics
    """.split()  # noqa: SIM905
)


@lru_cache(maxsize=4096)
def is_handout_line(text: str) -> bool:
    """True when every sentence of `text` is a study instruction or a document label line."""
    stripped = text.strip()
    if _MAY_SPLIT.search(stripped) is None:  # one sentence (most lines): nothing to split at
        sentences = [stripped] if stripped else []
    else:
        # not cut after "Mr." or "approx." ("Biology club / Mr. Hale / approx. 2 lessons")
        sentences = [part.strip() for part in split_outside(_SENTENCE, stripped) if part.strip()]
    return bool(sentences) and all(_instruction(s) or _labels_only(s) for s in sentences)


# Who wrote the sheet or how long it takes: "Mr. Hale", "Mrs Okafor", "approx. 2 lessons".
_BYLINE_PART = re.compile(
    r"\b(?:mr|mrs|ms|miss|dr)\.?\s+[A-Z]|\b\d{1,2}\s+(?:lessons?|periods?)\b", re.IGNORECASE
)


def is_byline(title: str) -> bool:
    """True for a heading that is the sheet's byline ("Biology club / Mr. Hale / approx. 2
    lessons"): a handout line naming its teacher or its length. A course's part ("Topic 3
    reforms") is a heading of the notes, and stays one."""
    return _BYLINE_PART.search(title) is not None and is_handout_line(title)


# The most lines a handout's title block holds before its first heading.
MAX_TITLE_BLOCK = 3
# What only a line about the sheet says: the exam it is for ("Revise for mock on 14th Jan").
_EXAM_DATE = re.compile(r"\b(?:mocks?|exams?|assessments?)\b", re.IGNORECASE)


def is_title_block(lines: list[str]) -> bool:
    """True for the lines between a handout's title and its first heading when they are about the
    sheet: "Mrs Okafor's set, Y11 - read alongside CGP p.112-131", or "Thematic study + historic
    environment (Whitechapel). Revise for mock on 14th Jan!!". A block that holds one such
    sentence (a document label, a study verb put first, the exam it is for) is the sheet's
    header as a whole: the course's parts and the teacher's name sit in it, not the subject. An
    opening line with none ("The Cold War was a stand-off between …") is the subject's, and
    asked."""
    if not lines or len(lines) > MAX_TITLE_BLOCK:
        return False
    for line in lines:
        stripped = line.strip()
        sentences = [part.strip() for part in _SENTENCE.split(stripped) if part.strip()]
        for sentence in sentences:
            if _STUDY_VERB.match(sentence) or _EXAM_DATE.search(sentence):
                return True
            if _may_hold_labels(sentence) and any(
                found.group().casefold() not in _WORDS_OF_PROSE
                for found in _LABELS.finditer(sentence)
            ):
                return True
    return False


# Labels that are also words of a sentence ("higher taxes"): no sign of a header alone.
_WORDS_OF_PROSE = frozenset({"higher", "foundation"})


def _instruction(sentence: str) -> bool:
    opening = _STUDY_VERB.match(sentence)
    return opening is not None and _STUDY_OBJECT.search(sentence, opening.end()) is not None


# The words a `_LABELS` match can open with (the one it must hold, for "A-level"/"AS level"),
# each a whole word of the text ("KS3" one word). A sentence holding none has no label, found
# without the expression's search, which tries each of its openings at every character (a big
# glossary asks it of tens of thousands of lines, almost none of them labels).
_LABEL_OPENINGS = frozenset(
    """
    higher foundation revision study lesson class summary recap handout worksheet knowledge
    cheat year yr grade form paper unit component module section topic topics chapter chapters
    part week term aqa ocr edexcel pearson wjec eduqas ccea sqa ib ap cie cambridge igcse gcse
    level ks ks1 ks2 ks3 ks4 ks5 key national spec specification y7 y8 y9 y10 y11 y12 y13 mr
    mrs ms miss dr
    """.split()  # noqa: SIM905
)
_TOKEN = re.compile(r"[^\W_]+")


def _may_hold_labels(sentence: str) -> bool:
    """False when `_LABELS` cannot match: no word the sentence holds opens a label. Words are
    casefolded, with the Turkish dotted and dotless i read as "i" as the expression's
    IGNORECASE does."""
    if sentence.isascii():  # most lines: lower is casefold, and the words are looked up in C
        return not _LABEL_OPENINGS.isdisjoint(_TOKEN.findall(sentence.lower()))
    for word in _TOKEN.findall(sentence):
        folded = word.casefold()
        if not folded.isascii():
            folded = folded.replace("i\u0307", "i").replace("ı", "i")
        if folded in _LABEL_OPENINGS:
            return True
    return False


# A short bracket right after a label qualifies it: "Unit 2 (depth study)", "Paper 1 (Section A)".
_QUALIFIER = re.compile(r"\s*\((?:[^\W\d_]+\s*){1,3}\)")


def _labels_only(sentence: str) -> bool:
    if not _may_hold_labels(sentence) or not _LABELS.search(sentence):
        return False
    without = _LABELS.sub(" \x00", sentence)
    without = re.sub(rf"\x00{_QUALIFIER.pattern}", " ", without).replace("\x00", " ")
    left = [w for w in _WORD.findall(without) if w.lower() not in _GLUE | _SUBJECTS]
    return len(left) <= _MAX_LEFT


# The exam's own mechanics: "6-mark questions", "the examiner", '"Explain why" questions',
# "In predator-prey questions, …", "mark scheme".
_EXAM_MECHANICS = re.compile(
    r"\b\d+[- ]?marks?\b|\bmark\s+schemes?\b|\bexaminers?\b"
    r"|[\"“'‘][^\"”'’]{1,30}[\"”'’]\s+questions\b|\b(?:in|for|on)\s+(?:[\w-]+\s+){0,2}questions\b"
    r"|\bexam\s+(?:questions?|answers?|papers?)\b",
    re.IGNORECASE,
)
# Every `_EXAM_MECHANICS` match holds one of these words (in any case).
_MECHANICS_WORDS = ("mark", "exam", "question")


def _may_name_mechanics(text: str) -> bool:
    """False when `_EXAM_MECHANICS` cannot match: a plain ASCII line without "mark", "exam" or
    "question" (every line of a deck is asked this, and the expression's search tries each of
    its openings at every character). Other text is left to the expression, whose IGNORECASE
    also reads a few non-ASCII letters as ASCII ones."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in _MECHANICS_WORDS)


# A verb saying what is or was: a statement has one, an instruction ("Say …", "Use …") not.
_STATING_VERB = re.compile(
    r"\b(?:is|are|was|were|has|have|had|can|could|will|would|may|might|did|isn't|aren't|wasn't"
    r"|weren't|became|saw|showed|argued|believed|caused|led|meant|made|began|took|gave)\b"
    # a past tense, not a participle before its noun ("a named example")
    r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)\b[a-z]{3,}ed\b(?!\s+(?:by|with)\b)",
    re.IGNORECASE,
)


# What an exam tip tells the student to do, put first: "Draw annotated diagrams …", "Always name …",
# "Don't confuse …". A participle later in it ("annotated") is no stating verb of its own.
_IMPERATIVE = re.compile(
    r"^(?:(?:always|never|remember\s+to|try\s+to|make\s+sure\s+(?:that\s+)?you|be\s+sure\s+to"
    r"|don['’]t|do\s+not)\s+)?(?:draw|sketch|label|annotate|use|write|name|give|include|quote|cite"
    r"|refer|mention|state|explain|describe|compare|contrast|weigh|plan|check|spend|answer|show"
    r"|link|add|start|end|finish|avoid|learn|practi[sc]e|read|underline|highlight|support|back"
    r"|confuse|forget|mix|leave|reach|look|think|keep|aim|make)\b",
    re.IGNORECASE,
)


def is_exam_advice(text: str, *, in_advice_section: bool = False) -> bool:
    """True for advice on answering the exam: a line about its questions or marks anywhere, or, in
    a section of exam advice (`in_advice_section`), a line put as an instruction or without a
    stating verb."""
    if _may_name_mechanics(text) and _EXAM_MECHANICS.search(text):
        return True
    if not in_advice_section:
        return False
    return _IMPERATIVE.match(text.strip()) is not None or _STATING_VERB.search(text) is None


# A task set to the student, put first: an exam command word with what to do ("Explain TSD using
# the words …", "Label the carapace …", "Describe how the nephron …", "Name all seven species").
# A checklist or "check yourself" list holds such lines in any subject; blanking one asks the
# wording of the task, not the subject (round 30, B7/B13). The words that may also open a
# statement ("Name", "Give", "List", "State", "Outline") count only before what a task asks for.
_TASK = re.compile(
    # not a noun before its verb: "label lines must touch the part"
    r"^(?:(?:now|also|briefly|please)\s+)?(?!\S+\s+\S+\s+(?:must|should|is|are|was|were)\b)(?:"
    r"(?:explain|describe|label|annotate|compare|contrast|evaluate|discuss|assess|analy[sz]e"
    r"|justify|summari[sz]e|sketch|define|identify)\s+(?![=:])\S"
    r"|(?:name|give|list|state|outline|suggest)\s+"
    r"(?:the|a|an|all|some|each|every|both|one|two|three|four|five|six|seven|\d+|at\s+least"
    r"|how|why|what|which|who|when|where|your|examples?|reasons?)\b"
    r")",
    re.IGNORECASE,
)
# What a line gives after its lead-in: "Compare Qin and Han: both centralised, …" states a fact.
_GIVES_ANSWER = re.compile(r"[:=→]|->|\s[–—-]\s")


def is_task(text: str) -> bool:
    """True for a task set to the student ("Explain TSD using the words pivotal temperature",
    "Label the carapace, plastron and scutes"): an instruction, never a fact to quiz. A task
    followed by its answer ("Compare Qin and Han: both centralised …") is a fact and stays."""
    stripped = text.strip()
    return _TASK.match(stripped) is not None and _GIVES_ANSWER.search(stripped) is None
