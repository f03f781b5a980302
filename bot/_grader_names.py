"""The grader's rules for names: who a part of a name stands for, and when it says no one.

A person by his surname, his first names or a short name the notes use, a ruler by his name
and number, a name after or without its title, and a name without its year, its river or the
rest of its title — each only while no other entity of the deck holds the same part. Split
off `bot.grading.Grader` (its base, through `DeckIndex`), which calls these as it grades.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wordfreq import zipf_frequency

from bot._grade_answers import (
    _Answer,
    _as_written,
    _Form,
    _form,
)
from bot._grade_deck import DeckIndex
from bot._grade_persons import (
    given_middle_name,
    rare_surname,
    reads_as_a_name,
    world_given_name,
)
from bot._grade_plan import (
    _PLAN_CACHE_SIZE,
    _Match,
    _matched,
    _Plan,
)
from bot._names import (
    TITLES_AFTER,
    ends_in_category,
    particle_name,
    titled_name,
)
from bot._spelling import word_distance, words_distance
from knowledge.given_names import (
    GIVEN_NAMES,
    in_nicknames_data,
    in_world_given_names,
    is_title,
    names_a_person,
    same_given_name,
)
from knowledge.search._aliases import country_words
from knowledge.search._dictionary import is_english

_MIN_FIRST_NAME = 3  # "Li", "Xi": too short to tell a first name from an abbreviation
# The links of a town's name to its river or region: "-sur-", "-upon-", "-on-", "-am-" …
_ON_RIVER = frozenset({"sur", "sous", "upon", "on", "am", "an", "en", "les", "lez"})
# The words after which a title names where or of what ("The Great Wave off Kanagawa").
_TITLE_LINKS = frozenset({"of", "off", "at", "on", "in", "from", "near", "by", "over", "under"})
_MIN_SHORT_TITLE = 2  # words: "Battle" of "Battle of Hastings" says no one battle
_YEAR = re.compile(r"1\d{3}|20\d{2}")  # a name's year ("Education Act 1944")
_ROMAN = re.compile(r"[ivx]{1,5}")  # a ruler's number, folded ("ii", "xiv")
# A ruler's number after the name, folded: "i" to "xxxix" ("Richard I", "Louis XIV").
_REGNAL_NUMERAL = re.compile(r"x{0,3}(ix|iv|v?i{0,3})")


def _holds(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """True when `run` is a run of `words` ("ali" of "damat ali pasha")."""
    size = len(run)
    return any(words[i : i + size] == run for i in range(len(words) - size + 1))


def _named_so(answer: _Answer, words: tuple[str, ...]) -> bool:
    """True when `answer`, written capitalised, is a given name the nicknames dataset knows and
    a surname that is no word of English ("Norman Bowen", "Jacob Marley"): a person, though the
    name is not among the common ones. A surname that is a word ("Norman Conquest") proves
    nothing."""
    if len(words) < 2 or not answer.name or not in_nicknames_data(words[0]):
        return False
    written = answer.text.split()
    return all(w[:1].isupper() for w in written) and not is_english(words[-1])


_FIRST_OF_THE_NAME = "i"  # "Murad I": the one ruler his name alone may still stand for


_GIVEN_NAME_ZIPF = 4.0  # a name of some language no commoner than this as a word ("jared")
_EVERYDAY_ZIPF = 4.6  # an English given name this common is an everyday word too ("rose", "jack")


def _a_given_name(word: str) -> bool:
    """True for a folded word that is a common given name ("james", "thomas") or a given name
    somewhere and rare as a word of English ("jared", "pancho"): "Golden" of "Golden Horn",
    "Made" of "Made Beaver" and "Rose" of "Rose Garden" are in some list of names, but
    everyday words, and a thing is named with them as often as a person (session 26 review:
    "Garden" for Rose Garden)."""
    if word in GIVEN_NAMES:
        return True
    frequency = zipf_frequency(word, "en")
    if in_nicknames_data(word):
        return frequency < _EVERYDAY_ZIPF  # "howard" 4.5, "terry" 4.2; not "rose" 4.8
    return in_world_given_names(word) and frequency < _GIVEN_NAME_ZIPF


class NameForms(DeckIndex):
    """Name rules of `bot.grading.Grader`, reading the deck through `DeckIndex`."""

    def _by_short_name(
        self, i: int, plan: _Plan, gw: tuple[str, ...], ew: tuple[str, ...]
    ) -> _Match | None:
        """`gw` is the name `ew` with the short form of its first name ("Sam Adams", "Ben
        Franklin") or the full name for a short one ("Robert Cratchit" for "Bob Cratchit"):
        the same person, with a slip in the rest at most, unless another entity of the deck
        has that surname and a first name the short form stands for too ("Samantha Adams")."""
        d = words_distance(gw[1:], ew[1:])
        if d is None:
            return None
        for k in self._owners_of(ew[-1]):
            rival = self._entities[k].form.words
            if k in plan.excluded or len(rival) < 2 or rival[1:] != ew[1:]:
                continue
            if rival[0] == gw[0] or same_given_name(gw[0], rival[0]):
                return None
        return _matched(i, "part", d)

    def _kin(self, plan: _Plan, family: str) -> bool:
        """True when another person of the deck, named in two words, opens with `family`
        ("Minamoto Yoshitsune" beside "Minamoto Yoritomo"): the family name alone says neither.
        A thing named after the family ("Minamoto clan") is no rival, as "Kennedy" is no less
        the president where the notes name the Kennedy Center."""
        return any(
            k not in plan.excluded and self._a_person(self._entities[k])
            for k in self._pairs_by_first.get(family, ())
        )

    def _namesake(self, plan: _Plan, ew: tuple[str, ...]) -> bool:
        """True when another entity of the deck has the first name and the surname of the
        person `ew` ("George W. Bush", "John Adams" beside "John Quincy Adams"): the two names
        left when the middle ones go say neither."""
        return any(
            k not in plan.excluded
            and self._entities[k].form.words[0] == ew[0]
            and self._entities[k].form.words[-1] == ew[-1]
            for k in self._owners_of(ew[-1])
        )

    def _a_person(self, answer: _Answer) -> bool:
        """True when `answer` names a person, so a surname may stand for it ("Nagy" for "Imre
        Nagy", never "Tennis" for "Table Tennis"). The words are looked up as written, not as
        compared: "Louise" is a given name, its -ize spelling "Louize" none."""
        found = self._persons.get(answer.text)
        if found is None:
            if len(self._persons) >= _PLAN_CACHE_SIZE:
                self._persons.clear()
            words = answer.form.words if "iz" not in answer.form.key else _as_written(answer.text)
            found = (
                names_a_person(words)
                or titled_name(words)
                or reads_as_a_name(words)
                or _named_so(answer, words)
                or given_middle_name(words, answer.text)
                or rare_surname(words, answer.text)
                or particle_name(answer.text)
                or world_given_name(words, answer.text)
            )
            self._persons[answer.text] = found
        return found

    def _known_by_surname(self, answer: _Answer, tail: tuple[str, ...]) -> bool:
        """True when the notes name `answer`, a first name no word of English and a surname,
        both capitalised ("Nikola Tesla", "Brigham Young"), by the surname alone as well: the
        deck's entities hold it written capitalised ("Tesla"). A surname that is a word of
        English too ("tesla", "young") says nothing of a person alone (`_a_person`), but the
        notes' own use of it does."""
        ew = answer.form.words
        if len(ew) != 2 or len(tail) != 1 or not self._entities:
            return False
        k = self._by_compact.get(tail[0])
        written = answer.text.split()
        first = ew[0]
        return (
            k is not None
            and self._entities[k].text[:1].isupper()
            and len(written) == 2
            and all(word[:1].isupper() for word in written)
            and first.isalpha()
            and len(first) >= _MIN_FIRST_NAME
            and not is_english(first)
            and first not in country_words()
        )

    def _sole_namesake(self, plan: _Plan, answer: _Answer, tail: tuple[str, ...]) -> bool:
        """True when `answer` is a first name and a surname, both capitalised ("Jared Diamond",
        "Pancho Villa"), the first a given name (`_a_given_name`), and no
        other entity of the deck has the surname among its words: a surname that is a word of
        English too says nothing of a person alone (`_a_person`), but in these notes it can
        name nobody else. Never a kind of place ("James Bay": "Bay")."""
        ew = answer.form.words
        if len(ew) != 2 or len(tail) != 1 or not self._entities or ends_in_category(ew):
            return False
        written = answer.text.split()
        first = ew[0]
        if not (
            len(written) == 2
            and all(word[:1].isupper() for word in written)
            and first.isalpha()
            and tail[0].isalpha()
            and len(first) >= _MIN_FIRST_NAME
            and not is_title(first)
            and tail[0] not in TITLES_AFTER  # "Hülegü Khan": "Khan" is his title
            and _a_given_name(first)
        ):
            return False
        mine = self._by_compact.get(answer.form.compact)
        return all(k == mine or k in plan.excluded for k in self._owners_of(tail[0]))

    def _by_regnal_name(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer "Name Numeral …" ("Louis VII of France", "Philip II Augustus")
        that `g` gives as its name and number alone: a ruler's regnal name says who, the
        country or the epithet after it adding nothing — unless another entity of the deck
        opens with that name and number too ("Henry II of France" beside "Henry II of
        England"). A slip in the name is allowed, never in the number."""
        gw = g.words
        if len(gw) != 2 or _REGNAL_NUMERAL.fullmatch(gw[1]) is None:
            return None
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 3 or ew[1] != gw[1] or not answer.text[:1].isupper():
                continue
            if _REGNAL_NUMERAL.fullmatch(ew[1]) is None or word_distance(gw[0], ew[0]) is None:
                continue
            rivals = (
                k
                for k in self._owners_of(ew[0])
                if k not in plan.excluded
                and self._entities[k].form.words[:2] == ew[:2]
                and len(self._entities[k].form.words) > 2
            )
            if next(rivals, None) is None:
                return answer
        return None

    def _without_year(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, a name of two words or more and the year after it ("Education
        Act 1944", "Treaty of Paris 1763"), that `g` is without the year: the year dates the
        thing the name already says — unless another entity of the deck bears the name with
        another year ("Reform Act 1867" beside "Reform Act 1832"), or is the name itself."""
        if g.digits or len(g.words) < 2 or self._is_other(plan, g.compact):
            return None
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or ew[:-1] != g.words or not answer.text[:1].isupper():
                continue
            if _YEAR.fullmatch(ew[-1]) is None:
                continue
            if not any(
                self._entities[k].form.words[:-1] == g.words
                for k in self._owners_of(g.words[0])
                if k not in plan.excluded
            ):
                return answer
        return None

    def _town_without_river(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, a town named with its river or region joined on by hyphens
        ("Auvers-sur-Oise", "Stratford-upon-Avon", "Southend-on-Sea"), that `g` is without
        them: the town goes by its own name, the rest telling it from a namesake — so only
        when no other entity of the deck opens with that name, nor is it."""
        if len(g.words) != 1 or self._is_other(plan, g.compact):
            return None
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 3 or ew[0] != g.words[0] or ew[1] not in _ON_RIVER:
                continue
            joined = answer.text.split("-")
            if len(joined) < 3 or _form(joined[1]).key != ew[1]:
                continue  # joined by hyphens, as such towns are written
            if not any(
                self._entities[k].form.words[0] == ew[0] and self._entities[k].form.words != ew
                for k in self._owners_of(ew[0])
                if k not in plan.excluded
            ):
                return answer
        return None

    def _by_first_name(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer "First of Place" ("Godfrey of Bouillon", "Guy of Lusignan") that
        `g`, its first name alone, names: such men went by the first name, the place saying
        only which one. Only when the deck says that is enough — it has other entities (a bare
        `grade()` knows no other name) and none but the answer opens with that name
        ("Margaret" says no one beside Margaret of Anjou and Margaret of York); the name as
        written is a given name or no word of English ("Bohemond"), not a title or a thing's
        noun ("House of Lords", "Act of Union")."""
        if len(g.words) != 1 or len(self._entities) <= len(plan.excluded):
            return None
        name = g.words[0]
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 3 or ew[1] != "of":
                continue
            if not all(word[:1].isupper() for word in answer.text.split()[2:] if word != "the"):
                continue  # a name is capitalised but for "of the" ("Rupert of the Rhine")
            if not answer.text[:1].isupper():
                continue
            if ew[0] != name or len(name) < _MIN_FIRST_NAME or not name.isalpha():
                continue
            first = _as_written(answer.text)[0]
            if is_title(first) or ends_in_category((first,)):
                continue
            if not (first in GIVEN_NAMES or in_nicknames_data(first) or not is_english(first)):
                continue
            rivals = (
                k
                for k in self._owners_of(name)
                if k not in plan.excluded
                and self._entities[k].form.words[0] == name
                and self._entities[k].form.words != (name,)
            )
            if next(rivals, None) is None:
                return answer
        return self._by_name_used_alone(plan, name)

    def _without_title_after(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, a name with a title written after it ("Kara Mustafa Pasha",
        "Hülegü Khan"), that `g` is without the title: the name says who, the title only what
        he was; only when the deck says that is enough — it has other names (a bare `grade()`
        knows none) and no other holds the same name ("Ali Bey" beside "Damat Ali Pasha": "Ali"
        says neither), nor is the name itself."""
        if len(self._entities) <= len(plan.excluded):
            return None
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 2 or ew[-1] not in TITLES_AFTER or not answer.name:
                continue
            if g.words != ew[:-1] or self._is_other(plan, g.compact):
                continue
            if not any(
                _holds(self._entities[k].form.words, g.words)
                for k in self._owners_of(g.words[0])
                if k not in plan.excluded
            ):
                return answer
        return None

    def _without_epithet(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, a name with an epithet after it ("Ewuare the Great", "Alfred
        the Great"), that `g` is without the epithet: the name says who. Not a common given
        name ("Charles" for "Charles the Bold", "Henry" for "Henry the Lion": many bore it),
        nor when another name of the deck opens with it ("Ewuare Ogiso"); a ruler of the same
        name with a number ("Ewuare II") is no rival, the name alone being the first of them."""
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 3 or ew[-2] != "the" or g.words != ew[:-2]:
                continue
            written = answer.text.split()
            if len(written) != len(ew) or not written[-1][:1].isupper():
                continue
            if any(word in GIVEN_NAMES or is_title(word) for word in g.words):
                continue
            if any(
                k not in plan.excluded
                and (theirs := self._entities[k].form.words)[: len(g.words)] == g.words
                and theirs != g.words
                and not (len(theirs) == len(g.words) + 1 and _ROMAN.fullmatch(theirs[-1]))
                for k in self._owners_of(g.words[0])
            ):
                return None
            return answer
        return None

    def _by_name_used_alone(self, plan: _Plan, name: str) -> _Answer | None:
        """The accepted answer, a person's two names ("Tycho Brahe", "Galileo Galilei"), that
        `name`, its first, names where the notes call him by it alone: the deck's entities
        hold the name capitalised by itself ("Tycho's observations", a heading "Galileo"), and
        no other name of the deck opens with it. A ruler's name without his number ("Louis"
        for "Louis II", "Sultan Murad" for "Murad I") likewise, when no other entity of the
        deck bears that name at all (Louis VI beside Louis VII: "Louis" says neither) — and
        only the first of the name ("Murad I"): a later one's number is what tells him from
        the earlier rulers the name alone recalls ("Napoleon" is Napoleon I, not Napoleon III),
        whether or not the notes name them (`_number_left_out`)."""
        k = self._by_compact.get(name)
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) != 2 or ew[0] != name or not answer.name:
                continue
            if _ROMAN.fullmatch(ew[1]):
                if ew[1] != _FIRST_OF_THE_NAME:
                    continue
                # Every name the key goes by ("Kaikhosru II", also spelled "Kaikhosrow II"):
                # another ruler of any of them ("Kaikhosrow III") makes the name say neither.
                names = {a.form.words[0] for a in plan.answers if not a.numeric and a.form.words}
                if not any(
                    not names.isdisjoint(self._entities[j].form.words)
                    for n in names
                    for j in self._rivals_of(plan, k, n)
                ):
                    return answer
                continue
            if k is None or not self._entities[k].text[:1].isupper():
                continue  # the notes never call him by the first name alone
            if is_title(_as_written(answer.text)[0]) or not self._a_person(answer):
                continue
            if not any(
                self._entities[j].name and self._entities[j].form.words[0] == name
                for j in self._rivals_of(plan, k, name)
            ):
                return answer
        return None

    def _leading_names_used_alone(self, answer: _Answer) -> tuple[int, ...]:
        """`_find_leading_names_used_alone`, kept per answer's text: the same for every student
        of a question, and asked of each answer to it that names another entity."""
        found = self._alone.get(answer.text)
        if found is None:
            if len(self._alone) >= _PLAN_CACHE_SIZE:
                self._alone.clear()
            found = self._alone[answer.text] = self._find_leading_names_used_alone(answer)
        return found

    def _find_leading_names_used_alone(self, answer: _Answer) -> tuple[int, ...]:
        """The entities that are the first name or names of the person `answer` ("Galileo" of
        "Galileo Galilei", "Sher Shah" of "Sher Shah Suri"), written capitalised by themselves
        in the notes ("Sher Shah's reforms"), when no other name of the deck opens with them:
        the notes' own short names for him, not rivals."""
        ew = answer.form.words
        if answer.numeric or len(ew) < 2 or _ROMAN.fullmatch(ew[-1]):
            return ()
        if not answer.name:
            titled = self._title_before_link(answer)
            return () if titled is None else (titled,)
        found: list[int] = []
        for n in range(1, len(ew)):
            run = ew[:n]
            k = self._by_compact.get("".join(run))
            if k is None or self._entities[k].form.words != run:
                continue
            if not self._entities[k].text[:1].isupper():
                continue
            if is_title(_as_written(answer.text)[0]) or not self._a_person(answer):
                return ()
            own = answer.form.compact
            if not any(
                j != k
                and entity.name
                and entity.form.words[:n] == run
                and not entity.form.compact.startswith(own)  # "Galileo Galilei" himself
                for j in self._owners_of(ew[0])
                if (entity := self._entities[j])
            ):
                found.append(k)  # else "Galileo Vivaldi" too: the first name says neither
        return tuple(found)

    def _title_before_link(self, answer: _Answer) -> int | None:
        """The entity that opens the title `answer` before a link word ("Great Wave" of "The
        Great Wave off Kanagawa", "Raft" no: one word says too little), written capitalised
        by itself in the notes, when no other entity opens with it: the notes' own short
        title for the work, the rest only saying where or of what."""
        ew = answer.form.words
        if not answer.text[:1].isupper():
            return None
        n = next((n for n, word in enumerate(ew) if word in _TITLE_LINKS), 0)
        if n < _MIN_SHORT_TITLE:
            return None
        run = ew[:n]
        k = self._by_compact.get("".join(run))
        if k is None or self._entities[k].form.words != run:
            return None
        if not self._entities[k].text[:1].isupper():
            return None
        own = answer.form.compact
        if any(
            j != k and entity.form.words[:n] == run and not entity.form.compact.startswith(own)
            for j in self._owners_of(ew[0])
            if (entity := self._entities[j])
        ):
            return None
        return k

    def _by_leading_names(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, a person or a work, whose first names `g` are ("Sher Shah"
        for "Sher Shah Suri", "Great Wave" for "The Great Wave off Kanagawa") where the notes
        call it by them alone (`_leading_names_used_alone`)."""
        k = self._by_compact.get(g.compact)
        if k is None or len(g.words) < 2:
            return None
        return next((a for a in plan.answers if k in self._leading_names_used_alone(a)), None)

    def _rivals_of(self, plan: _Plan, alone: int | None, name: str) -> Iterator[int]:
        """The entities of the deck with `name` among their words, but the answer's own forms
        and the name alone (`alone`)."""
        return (k for k in self._owners_of(name) if k not in plan.excluded and k != alone)

    def _person_cut(self, answer: _Answer, gw: tuple[str, ...], ew: tuple[str, ...]) -> bool:
        """True when `gw` shortens a word of a person's name other than a title: "Andrew John"
        names someone else than "Andrew Johnson"; "Gen Franco" is "General Franco"."""
        cut = [e for g, e in zip(gw, ew, strict=True) if g != e]
        return any(not is_title(e) for e in cut) and self._a_person(answer)
