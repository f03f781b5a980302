"""A line that states nothing, so a true/false question on it cannot be true or false.

Round 26's blind review (classes 5 and 8) saw true/false questions on list items under a lead-in:
"heavy, solid lower courses (a low centre of mass);", "small windows and a door low above the
waterline." (under "Why rock towers survive the waves:"), and "High cost of keepers, reliable
electric and LED lamps, remote monitoring, and satellite navigation (GPS)." with its lead-in
"Causes:" gone. A noun phrase or a list of them claims nothing by itself: it is neither true nor
false, and the changed form is "false" only against the notes' wording.
"""

from __future__ import annotations

import re

from bot.questions._arrow_sentences import IRREGULAR_PAST, has_own_verb, is_auxiliary_or_past
from bot.questions._tidy_stems import LEAD_LABEL

_WORD = re.compile(r"[A-Za-z][a-z'’]*")
# A label or a term before its text: "Causes: …", "polder = …", "fantail – a small wind wheel".
_DEFINES = re.compile(r":\s|\s=\s|\s[–—-]{1,2}\s")


def states_nothing(text: str) -> bool:
    """True for a line with no verb of its own: a list item that continues its lead-in ("heavy,
    solid lower courses;", lower case, no auxiliary or past form), a bare date, or a list of noun
    phrases ("High cost of keepers, reliable … lamps, remote monitoring"). A line with a label
    or a term before its text says what the label is, and is a claim."""
    stripped = text.strip()
    lead = LEAD_LABEL.match(stripped)  # "Causes: high cost of keepers, …" is shown without it
    if lead is not None:
        stripped = stripped[lead.end() :]
        return _noun_list(stripped)
    if not stripped or _DEFINES.search(stripped):
        return False  # "scoop wheel = a paddle wheel that lifts water …": a term and its meaning
    if stripped[0].isupper():
        return _noun_list(stripped)
    words = [w.casefold() for w in _WORD.findall(stripped)]
    if any(is_auxiliary_or_past(w) or w in IRREGULAR_PAST for w in words):
        return False
    # "heavy, solid lower courses;", "3–6 September 1666 (Old Style)": a list item or a date;
    # "subsidies lower the costs of producers" has a plural's verb, and is a claim
    return stripped.endswith(";") or "," in " ".join(stripped.split()[:3]) or stripped[0].isdigit()


def _noun_list(stripped: str) -> bool:
    """True for a list of noun phrases with no verb: "High cost of keepers, reliable … lamps"."""
    listed = "," in stripped or stripped.endswith(";")
    words = [w.casefold() for w in _WORD.findall(stripped)]
    return listed and not has_own_verb(stripped) and not any(w in IRREGULAR_PAST for w in words)
