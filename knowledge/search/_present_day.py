"""A question about the present, on notes about the past (issue 13, session 26: refusals).

Revision notes are mostly history: what was, who was, where it was. Blind testers ask next to
them about today: "who is the current Garter King of Arms?", "where is the Bayeux Tapestry kept
today?", "what does the BDA do now?". The line that names the thing ("The College of Arms … was
given its charter by Richard III in 1484", "1890: the British Deaf Association was founded")
clears the coverage floor on the name alone, and says nothing of the present. A question that
asks about the present is answered only by a line that speaks of it: "now", "today", "still",
"currently", "modern", "present", "remains", a year of this century ("renamed Bristol Beacon
2020"), or a change of name ("Statement of financial position … (old name = balance sheet)" for
"what is the balance sheet called now?").

What asks about the present: "current" or "present" after "the" or a possessive and before a
noun ("the current speaker"; not "what current flows …?", a noun itself), and "today",
"nowadays", "these days", "now" or "still" closing the question ("where is it kept today?"; not
"now that …"). English question phrasing only: nothing here belongs to a subject.
"""

from __future__ import annotations

import re

# "the current speaker", "the present king": an adjective before a noun (its article, or its
# possessor, before it), not the noun "current" of a circuit
_CURRENT = re.compile(r"\b(?:the|its|their|his|her|our|your)\s+(?:current|present)\s+[a-z]")
_NOW = re.compile(r"\b(?:today|nowadays|these\s+days|still|now)\s*\??\s*$")
_PRESENT_WORDS = re.compile(
    r"\b(?:now|nowadays|today|todays|still|current|currently|present|presently|modern|remains?|"
    r"continues?|survives?|20[0-9]{2}|"
    # a name's change says what it is called now: "(old name = balance sheet)", "renamed …"
    r"old\s+name|formerly|renamed|once\s+called|used\s+to\s+be\s+called)\b"
)


def asks_present(question: str) -> bool:
    """Whether a question asks about the present day ("who is the current …?", "… today?")."""
    text = re.sub(r"[^\w\s'?]", " ", question.casefold().replace("\u2019", "'"))
    return bool(_CURRENT.search(text) or _NOW.search(text))


def speaks_of_present(texts: tuple[str, ...]) -> bool:
    """Whether a line (with what it is read with) says something of the present day."""
    # ("today's" read as "todays")
    return any(_PRESENT_WORDS.search(re.sub("['\u2019]", "", text.casefold())) for text in texts)
