"""Titles and common given names: what tells a person's name from a thing's.

"Imre Nagy" and "President Kennedy" are people, "Table Tennis" and "Cold War" are not; strings
alone cannot tell, but a name that starts with an initial, a title or a common given name is a
person's. Used by the bot's grading (a surname may stand for the whole name) and by /ask (a
person named only in a heading typed in capitals: "JOHN SNOW, BROAD STREET, 1854").
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from nicknames import NickNamer

# Titles and common given names: what the left-out words of a name are when the whole is a
# person ("Imre Nagy", "President Kennedy") and not a thing ("Table Tennis", "Cold War").
TITLES = frozenset(
    """
    mr mrs ms miss dr sir lady lord king queen prince princess emperor empress tsar czar kaiser
    president premier chancellor general marshal admiral captain colonel pope saint st
    professor prof governor senator mayor sheriff judge bishop archbishop cardinal
    lieutenant sergeant corporal commander inspector detective constable madame monsieur
    baron baroness duke duchess earl countess dame reverend
    commodore brigadier abbot abbess friar rabbi imam sultan shah caliph shogun vizier
    """.split()  # noqa: SIM905
)
GIVEN_NAMES = frozenset(
    """
    aaron abraham adam adolf adrian agatha agnes ahmed alan albert alberto alec alexander
    alexandra alexei alfred alice alan alois amelia ana andre andrea andreas andrei andrew andy
    angela anna anne anthony antoine anton antonio archibald arthur ashley attila august
    augustus barack barbara benedict benito benjamin bernard bertrand betty bill bob boris brian
    bruce carl carlos caroline catherine cecil charles charlotte che chris christian christopher
    clara claude clement colin constantin dan daniel dante david deng diana dmitri dominic donald
    dorothy douglas dwight edgar edmund edward eleanor elizabeth ellen emil emily emma enrico
    erich erik erno ernest ernst eugene fanny felix ferdinand ferenc fidel florence francis
    francisco franco frank franklin franz frederick friedrich galileo george georges georgy
    gerald gerhard giuseppe gordon grace gregor gustav harold harriet harry heinrich helen
    helmut henri henry herbert hermann horatio hugh ian imre indira isaac isabella ivan jack
    jacques james jan jane jawaharlal jean jeanne jimmy joan johann johannes john jon jonathan
    jose josef joseph josip juan julia julius karl kate katherine kim klaus konrad lady lavrentiy
    leon leonardo leonid leopold lewis lech lenin liu louis louise lucy ludwig luis lyndon
    malcolm marco margaret maria marie marilyn mark martin mary matthew maurice max maximilian
    michael miguel mikhail napoleon neil nelson neville nicholas nicolae nikita nikolai noah
    oliver omar oscar otto pablo patrick paul pedro peter philip pierre pyotr rachel ralph
    ramsay raymond richard rob robert roger ronald rosa rudolf rupert ruth sam samuel sarah
    sebastian sergei sigmund simon sophie stanley stephen steve susan theodore thomas tim timothy
    tony ulysses victor victoria vincent vladimir vyacheslav walter warren wilhelm william
    winston wladyslaw woodrow yuri zhou
    """.split()  # noqa: SIM905
)


# The given names above that are women's, and those borne by both: the rest are men's. /ask and
# quizzes read "she" in prose notes as a woman named in the sentence before, never as "Ivan".
FEMALE_NAMES = frozenset(
    """
    agatha agnes alexandra alice amelia ana angela anna anne barbara betty caroline catherine
    charlotte clara diana dorothy eleanor elizabeth ellen emily emma fanny florence grace harriet
    helen indira isabella jane jeanne joan julia kate katherine louise lucy margaret maria marie
    marilyn mary rachel rosa ruth sarah sophie susan victoria
    """.split()  # noqa: SIM905
)
EITHER_SEX = frozenset({"andrea", "ashley", "chris", "jean", "kim", "sam", "lady"})


def is_title(word: str) -> bool:
    """True for a folded title that goes before a name ("president", "dr", "king")."""
    return word in TITLES


def names_a_person(words: tuple[str, ...]) -> bool:
    """True when folded `words` read as a person's name: they start with an initial, a title or a
    common given name ("imre nagy", "j f kennedy", "president kennedy"), so the surname alone may
    stand for them."""
    if len(words) < 2:
        return False
    first = words[0]
    return len(first) == 1 or first in TITLES or first in GIVEN_NAMES


# Given names and titles that are everyday words too: in a heading typed in capitals, "MARK
# SCHEME", "GENERAL ELECTION" or "FRANK DISCUSSION" are no people.
_EVERYDAY = frozenset(
    """
    mark bill grace jack rob frank max august will general judge governor mayor sheriff saint
    st major chancellor premier president dan tim che kim lewis inspector detective constable
    commander
    """.split()  # noqa: SIM905
)


def names_a_person_in_capitals(words: tuple[str, ...]) -> bool:
    """`names_a_person` for words whose case is lost (a heading typed in capitals), where a
    given name or title that is also an everyday word ("MARK SCHEME") says nothing."""
    return names_a_person(words) and words[0] not in _EVERYDAY


@cache
def _short_forms() -> dict[str, frozenset[str]]:
    """Folded given name -> the names one person may go by with it, both ways round ("samuel"
    -> "sam", "sammy"; "sam" -> "samuel", "samantha"), from the nicknames dataset (about 1,100
    given names), read at the first name compared: 60 ms, which a deck whose answers hold no
    names never pays."""
    found: dict[str, set[str]] = {}
    for name, shorts in NickNamer().nickname_lookup.items():
        for short in shorts:
            found.setdefault(name, set()).add(short)
            found.setdefault(short, set()).add(name)
    return {name: frozenset(others) for name, others in found.items()}


def same_given_name(mine: str, theirs: str) -> bool:
    """True when two different folded given names are one person's: a name and a short form
    it goes by, either way round ("sam" / "samuel", "ben" / "benjamin", "bob" / "robert",
    "tom" / "thomas"). The pairs come from the `nicknames` package's curated dataset rather than
    a list kept here: hundreds of names, each with several forms ("ted", "ned" and "eddie" for
    "edward")."""
    return mine != theirs and theirs in _short_forms().get(mine, ())


def in_nicknames_data(word: str) -> bool:
    """True for a folded given name the nicknames dataset knows, or a short form of one
    ("norman", "ebenezer", "jacob"): more names than `GIVEN_NAMES`, but some are words too
    ("norman", "rose"), so a caller wants more proof of a person than this alone."""
    return word in _short_forms()


@cache
def _world_given_names() -> frozenset[str]:
    """Folded given names of every locale the Faker library knows (about 19,000: "gustave",
    "vasco", "beatrix"), written out by `scripts/build_given_names.py`; read at the first name
    that the common lists above do not know."""
    path = Path(__file__).with_name("names") / "given_names.txt"
    try:
        return frozenset(path.read_text(encoding="utf-8").split())
    except OSError:
        return frozenset()


def in_world_given_names(word: str) -> bool:
    """True for a folded word that is a given name somewhere ("gustave", "vasco", "howard"):
    more names than `GIVEN_NAMES` and the nicknames dataset, many of them words or places too
    ("rose", "monte"), so a caller wants more proof of a person than this alone."""
    return word in GIVEN_NAMES or in_nicknames_data(word) or word in _world_given_names()
