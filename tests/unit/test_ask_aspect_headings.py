"""/ask: lines under a one-word heading ("#### Work", "#### Impact") are about the topic above it
(issue 13, session 15 class d).

Markdown notes often split a topic ("### Edward Jenner and smallpox") into aspects under "####"
headings ("Work", "Impact", "Causes", "Significance"); the lines there rarely repeat the topic's
name. The name counted as a title of the topic it sits in, a little lighter than a topic's own
title, so a question naming it and sharing one word with the line ("who did Edward Jenner test his
idea on?" / "in 1796 he infected a boy, James Phipps…") fell below the floor. A title of one word
names an aspect of the topic it sits in, whose title now counts as fully as its own. The deck is
written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

MEDICINE = """# Medicine through time

## Fighting disease

### Edward Jenner and smallpox

#### Work
- noticed that milkmaids who caught cowpox did not catch smallpox
- in 1796 he infected a boy, James Phipps, with cowpox and then with smallpox
- the boy did not catch smallpox, so cowpox had protected him

#### Impact
- vaccination against smallpox was made compulsory in 1853
- the Royal Society refused to publish his findings at first
- smallpox was declared wiped out worldwide in 1980

### Louis Pasteur and germs

#### Discovery
- his germ theory of 1861 showed that microbes in the air cause decay
- he used swan-necked flasks to keep microbes out of broth

#### Legacy
- inspired Joseph Lister to use carbolic acid spray in surgery
- later developed vaccines for chicken cholera and anthrax
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who did edward jenner test his idea on", "he infected a boy, James Phipps"),
        ("what did edward jenner notice", "milkmaids who caught cowpox"),
        ("which diseases did louis pasteur make vaccines for", "chicken cholera and anthrax"),
    ],
)
def test_a_topic_named_only_above_an_aspect_heading_answers(question: str, lead: str) -> None:
    deck, index = imported(MEDICINE, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))
