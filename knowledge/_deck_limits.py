"""Limits on what a deck file may hold.

Each is generous for real notes — a 10,000-topic deck with ten facts per topic is about 9 MiB and
400,000 values — and small enough that a hostile or broken file is refused quickly, before it costs
memory or time.
knowledge.loader re-exports them; docs/decks.md lists them for teachers.
"""

from __future__ import annotations

MAX_DECK_BYTES = 32 * 1024 * 1024
"""Largest deck file, checked before the file is read or parsed."""

MAX_DEPTH = 24
"""Deepest nesting of lists and mappings (a deck needs 6)."""

MAX_TOPIC_DEPTH = 8
"""Deepest topic tree: a topic, its subtopics, theirs... (Markdown has six heading levels)."""

MAX_VALUES = 1_500_000
"""Most YAML values (keys, texts, lists, mappings) in a deck, counting each alias use in full."""

MAX_ANCHORS = 100
"""Most distinct `&anchor` names."""

MAX_ALIASES = 100
"""Most `*alias` uses. With MAX_VALUES this refuses "billion laughs" files unexpanded."""

MAX_ID_CHARS = 80
"""Longest id (deck, topic, term or question id)."""

MAX_TITLE_CHARS = 200
"""Longest deck or topic title."""

MAX_LINE_CHARS = 300
"""Longest one-line text: alias, person, place, date, summary, term, heading, option, answer."""

MAX_FACT_CHARS = 5_000
"""Longest fact."""

MAX_TEXT_CHARS = 5_000
"""Longest free text: a description, definition, question or explanation."""

MIN_OPTIONS = 2
"""Fewest options of a multiple-choice question."""

MAX_OPTIONS = 12
"""Most options of a multiple-choice question (a Telegram quiz poll allows 12)."""

MAX_EMPHASIS = 2_000
"""Most `emphasis:` (bold word) entries: the quiz matches all of them in one pattern, and an
import keeps this many at most."""

MIN_YEAR = 1
MAX_YEAR = 9999
"""Years a topic may carry (written with one to four digits)."""
