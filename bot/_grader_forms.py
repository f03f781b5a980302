"""The grader's other forms of an answer: shorter, longer or otherwise written, not misspelt.

A country in another form, an element by its symbol, a word of the answer's family, a head noun
changed, a term without its head noun or by its initials, a textbook variant ("Provisional
Govt", "Kronstadt rebellion") — each refused when the form names another entity of the deck.
Split off `bot.grading.Grader` (its base, after the name rules of `bot._grader_names`).
"""

from __future__ import annotations

import re

from bot._grade_answers import (
    _Answer,
    _Form,
    _form,
)
from bot._grade_forms import (
    MIN_STEM,
    compound_of,
    describing_form,
    gerund_of,
    gerund_rephrasing,
    head_family,
    other_number,
    same_family,
    without_compass,
)
from bot._grade_formulas import (
    written_formula,
)
from bot._grade_heads import head_alone
from bot._grade_kinds import (
    kind_of_name,
    name_without_kind,
    substance_without_form,
    symbol_without_measure,
    with_form_noun,
)
from bot._grade_persons import (
    peer_by_seat,
    without_foreign_article,
)
from bot._grade_plan import (
    _Plan,
)
from bot._grade_qualifiers import abbreviated_genus, without_qualifier
from bot._grade_result import _NAME_REASONS, _NOTES_SAY, Verdict
from bot._grade_shortened import (
    dotted,
    formula_with_zero,
    initials_of,
    number_in_name,
    place_in_sequence,
    same_feature,
    spelt_out,
    spelt_out_numbered,
    without_head,
    without_place,
    without_place_of,
)
from bot._grade_variants import (
    abbreviated,
    distinctive_word,
    event_nouns,
    halves_turned,
    inverted,
    named_after,
    same_event,
    same_ratio,
    with_group_word,
    ye_variant,
)
from bot._grader_names import NameForms
from bot._names import street_of_address
from bot._spelling import allowance
from bot._units import same_unit
from knowledge.search._aliases import country_words, initials
from knowledge.search._dictionary import is_english
from knowledge.search._real_words import is_real_word
from knowledge.text import fold

_MAX_SYMBOL_CHARS = 8  # "Cl2", "O 2": longer text is no element's symbol


def _a_term(answer: _Answer) -> bool:
    """True when a one-word answer is a word of English, not a proper name, though written
    with a capital ("Streamlining", "Lubrication" as a flashcard writes them): its family's
    other words ("streamlined", "lubricant") answer for it."""
    if not answer.name:
        return True
    word = answer.form.key
    return is_real_word(word) and word not in country_words()


def _element_of(plan: _Plan, given: str) -> _Answer | None:
    """The accepted answer naming the element whose symbol (or molecule) `given` is, as written:
    "Zn" for zinc, "O2" for oxygen (`element_formulas`)."""
    if plan.elements and len(given) <= _MAX_SYMBOL_CHARS:
        typed = written_formula(given)
        for i, symbol in plan.elements:
            if symbol == typed:
                return plan.answers[i]
    return None


# An acronym in either number as written: "YOIs", "PCSO".
_ACRONYM_IN_NUMBERS = re.compile(r"[A-Z]{2,6}s?")


def _acronym_letters(text: str) -> str:
    """The folded letters of an acronym as written, without a plural "s" ("PCSOs" -> "pcso")."""
    return text.removesuffix("s").casefold() if text.endswith("s") else text.casefold()


def _synonym_key(text: str) -> str:
    """A name's folded form without a plural "s": "gametes" finds what the notes say of
    "Gamete"."""
    return _form(text).compact.removesuffix("s")


# A Roman numeral in brackets after a name: an oxidation state ("copper(II)", "iron (III)"),
# which a student may write in digits ("copper 2").
_BRACKETED_NUMERAL = re.compile(r"\(\s*[IVX]+\s*\)")


class OtherForms(NameForms):
    """Other-form rules of `bot.grading.Grader`, reading the deck through `DeckIndex`."""

    def _without_house_number(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, an address ("35 boulevard des Capucines", "10 Downing Street"),
        that `g` is without the house's number: the street says where — unless another entity
        of the deck is on the same street ("11 Downing Street"), or is the street itself."""
        if g.digits or self._is_other(plan, g.compact):
            return None
        for answer in plan.answers:
            if street_of_address(answer.form.words) != g.words:
                continue
            if not any(
                street_of_address(self._entities[k].form.words) == g.words
                for k in self._owners_of(g.words[0])
                if k not in plan.excluded
            ):
                return answer
        return None

    def _without_foreign_article(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer, a capitalised title opening with another language's article,
        that `g` is without the article ("Dejeuner sur l'herbe" for "Le Déjeuner sur l'herbe":
        `without_foreign_article`), unless `g` is another entity of the deck."""
        if self._is_other(plan, g.compact):
            return None
        return next(
            (
                a
                for a in plan.answers
                if not a.numeric
                and a.text[:1].isupper()
                and without_foreign_article(g.words, a.form.words)
            ),
            None,
        )

    def _element(self, plan: _Plan, g: _Form, given: str) -> _Answer | None:
        """The accepted element `given` names by its symbol (`_element_of`), unless the symbol
        is itself another entity of the deck ("N" for the newton)."""
        found = _element_of(plan, given)
        return None if found is None or self._is_other(plan, g.compact) else found

    def _country(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer `g` names in another form of the country ("Great Britain" for
        Britain, "Russians" for Russia) — unless `g` is itself another entity of the deck."""
        k = self._by_compact.get(g.compact)
        if k is not None and k not in plan.excluded:
            return None
        return next((plan.answers[i] for i, forms in plan.countries if g.key in forms), None)

    def _other_form(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted answer `g` gives in another form a teacher accepts: a word of its family
        ("social" for "sociable") or its country without the compass point ("Germany" for "West
        Germany"). Never when `g` is another entity of the deck, of the same family as one, or
        when the deck names the country or another part of it."""
        if self._is_other(plan, g.compact) or len(g.words) != 1:
            return None
        word = g.words[0]
        for answer in plan.answers:
            if answer.numeric:
                continue
            ew = answer.form.words
            if len(ew) == 1 and same_family(word, ew[0]) and _a_term(answer):
                rivals = self._by_stem.get(word[:MIN_STEM], ())
                if not any(
                    k not in plan.excluded and same_family(word, self._entities[k].form.words[0])
                    for k in rivals
                ):
                    return answer
            country = without_compass(ew)
            if country is not None and country == g.words and answer.name:
                parts = self._by_rest.get(country, ())
                if all(k in plan.excluded for k in parts):
                    return answer
        return None

    def _head_variant(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The accepted term `g` gives with its head noun in another form a teacher accepts:
        the same words before it, and the noun or its -ing form ("covalent bonding" for "Covalent
        bond") or the compound English makes of it ("Dalmatian coastline" for "Dalmatian
        coast"). Never for a name, nor a compound that is another entity of the deck."""
        for answer in plan.answers:
            ew = answer.form.words
            if answer.numeric or len(ew) < 2 or len(g.words) != len(ew):
                continue
            if g.words[:-1] != ew[:-1]:
                if not answer.name and self._describing_variant(plan, g, ew):
                    return answer  # "cultural bias" for "culture bias"
                continue
            mine, theirs = g.words[-1], ew[-1]
            if (
                head_family(mine, theirs)
                and is_english(theirs)
                and is_english(mine)
                and not self._is_other(plan, g.compact)
                and not (answer.name and self._a_person(answer))  # "Browning" is no "Brown"
            ):
                return answer  # "Great Sioux reserve" for "Great Sioux Reservation"
            if answer.name:
                continue
            if gerund_of(mine, theirs):
                return answer
            if compound_of(mine, theirs) and not self._is_other(plan, g.compact):
                return answer
        return None

    def _describing_variant(self, plan: _Plan, g: _Form, ew: tuple[str, ...]) -> bool:
        """True when `g` is the term `ew` with one word before its head noun in another word of
        its family, a noun for a describing word or back (`describing_form`): "cultural bias"
        for "culture bias". Never when `g` is another entity of the deck."""
        gw = g.words
        if gw[-1] != ew[-1]:
            return False
        changed = [k for k in range(len(ew) - 1) if gw[k] != ew[k]]
        return (
            len(changed) == 1
            and describing_form(gw[changed[0]], ew[changed[0]])
            and not self._is_other(plan, g.compact)
        )

    def _shortened(self, plan: _Plan, g: _Form, given: str) -> tuple[_Answer, str] | None:
        """The accepted answer `given` gives shorter or longer in a way a teacher accepts
        (`_grade_shortened`, `_units.same_unit`), and the reason; never when `given` is another
        entity of the deck or the words it keeps, or its initials, name another one too."""
        if self._is_other(plan, g.compact):
            return None
        gw = g.words
        # "p.d.", "a.c.": initials with stops read as one word (and "a" is no article)
        letters = "".join(fold(given).split()) if dotted(given) else gw[0] if len(gw) == 1 else ""
        for answer, shape in zip(plan.answers, plan.shortening, strict=True):
            if shape is None:  # a number
                continue
            ew = answer.form.words
            # Most forms below keep a word of the answer as it is; a given answer sharing none
            # (most wrong answers) is none of those.
            shares = not shape.words.isdisjoint(gw)
            if len(gw) == 1 and same_unit(gw[0], answer.form.key, given, answer.text):
                return answer, _NAME_REASONS["extended"].format(answer.text)
            if shape.formula and formula_with_zero(g.compact, answer.form.compact):
                return answer, f"Accepted — the spelling is “{answer.text}” (the letter O)."
            if (
                letters
                and initials_of(letters, given, answer.text, ew, shape.initials)
                and not self._initials_elsewhere(plan, letters, ew)
                and not self._initials_elsewhere(plan, letters.removesuffix("s"), ew)
            ):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "SHC", "PCSOs" for "Police Community Support Officers"
            if (
                shape.acronym
                and (spelt_out(given, answer.text) or spelt_out_numbered(given, answer.text))
                and not self._spelt_otherwise(answer)
            ):
                return answer, _NAME_REASONS["extended"].format(answer.text)  # "in vitro …"
            if (
                shares
                and answer.name
                and without_place(gw, ew, answer.text)
                and not self._held_elsewhere(plan, gw, ew)
            ):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "Black Act" for "Waltham Black Act"
            if (
                shares
                and without_place_of(gw, ew, answer.text)
                and not self._a_person(answer)
                and not self._held_elsewhere(plan, gw, ew)
            ):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "Great Plague" for "Great Plague of Naples"
            if (
                shares
                and without_head(gw, ew, answer.name)
                and not self._a_person(answer)
                and not self._held_elsewhere(plan, gw, ew)
            ):
                return answer, _NAME_REASONS["part"].format(answer.text)
            if (
                shares
                and not answer.name
                and without_qualifier(gw, ew, answer.text)
                and len(self._entities) > len(plan.excluded)  # the deck says no relative
                and not self._held_elsewhere(plan, gw, ew)
            ):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "long-eared bat" for "brown long-eared bat"
            if (
                shares
                and abbreviated_genus(gw, ew, answer.text)
                and not self._held_elsewhere(plan, gw[1:], ew)
            ):
                return answer, _NAME_REASONS["part"].format(answer.text)  # "E. coli"
            if shares and self._head_alone(plan, answer, gw):
                return answer, _NAME_REASONS["part"].format(
                    answer.text
                )  # "Hebrides" for "Outer Hebrides", "third law"
            if answer.name and same_feature(gw, ew):
                return answer, _NAME_REASONS["extended"].format(answer.text)
            if (
                shares
                and (answer.form.digits or answer.name or _BRACKETED_NUMERAL.search(answer.text))
                and number_in_name(gw, ew)
            ):
                return answer, _NOTES_SAY.format(answer.text)  # "Henry the Eighth", "copper 2"
            if place_in_sequence(gw, ew):  # ("two" for "Stage 2" shares no word)
                return answer, _NOTES_SAY.format(answer.text)  # "2" for "Stage 2"
            if not shares:
                continue
            if g.digits and not answer.form.digits and number_in_name(ew, gw):
                return answer, _NOTES_SAY.format(answer.text)  # "14 Points", "Fourteen Points"
            kind = self._with_or_without_kind(plan, answer, gw)
            if kind is not None:
                return answer, kind
        return None

    def _head_alone(self, plan: _Plan, answer: _Answer, gw: tuple[str, ...]) -> bool:
        """True when `gw` is `answer`, a name, without a word for the part of a place
        ("Hebrides" for "Outer Hebrides"), or a term without the person it is named after
        ("third law"), `head_alone`, and the deck says that is enough: it has other entities
        than the answer (a bare `grade()` knows no other name), and none of them has the words
        kept with other words ("Kepler's third law", "Outer London"). The words kept being an
        entity themselves was refused by the caller."""
        return (
            head_alone(gw, answer.form.words, answer.name)
            and len(self._entities) > len(plan.excluded)  # other names than the answer's own
            and not self._a_person(answer)
            and not self._held_elsewhere(plan, gw, answer.form.words)
        )

    def _with_or_without_kind(
        self, plan: _Plan, answer: _Answer, gw: tuple[str, ...]
    ) -> str | None:
        """The reason when `gw` is `answer` with or without the noun saying what kind of thing
        it names (`_grade_kinds`): "Mukden" for "Mukden Incident", "Rf" for "Rf value",
        "nichrome wire" for "nichrome", "Treaty of Versailles" for "Versailles"; None otherwise,
        or when the words kept are held by another entity of the deck ("Lytton Report" beside
        "Lytton Commission")."""
        ew = answer.form.words
        if len(gw) < len(ew):
            deck_knows = len(self._entities) > len(plan.excluded)  # other names than its own
            shorter = (
                (answer.name and name_without_kind(gw, ew, any_noun=deck_knows))
                or symbol_without_measure(gw, ew, answer.text)
                or substance_without_form(gw, ew)
            )
            if shorter and not self._held_elsewhere(plan, gw, ew):
                return _NAME_REASONS["part"].format(answer.text)
            return None
        if with_form_noun(gw, ew) or (answer.name and kind_of_name(gw, ew)):
            return _NAME_REASONS["extended"].format(answer.text)
        return None

    def _spelt_otherwise(self, answer: _Answer) -> bool:
        """True when the notes spell the acronym `answer` out themselves ("PC (police
        constable)"): then their words, not any words with its initials, answer for it."""
        return bool(self._synonyms) and _synonym_key(answer.text) in self._synonyms

    def _initials_elsewhere(self, plan: _Plan, letters: str, words: tuple[str, ...] = ()) -> bool:
        """True when another entity of the deck has the initials `letters` too (the index is
        built at the first ask); the answer's `words` in the other number ("low-income
        countries" for "low-income country") are no other entity."""
        if self._initials is None:
            found: dict[str, list[int]] = {}
            for k, entity in enumerate(self._entities):
                if len(entity.form.words) > 1:
                    found.setdefault(initials(entity.text), []).append(k)
            self._initials = found
        return any(
            k not in plan.excluded and not other_number(self._entities[k].form.words, words)
            for k in self._initials.get(letters, ())
        )

    def _variant(self, plan: _Plan, g: _Form, given: str) -> tuple[_Answer, Verdict, str] | None:
        """The accepted answer `given` writes another way a teacher accepts (`_grade_variants`),
        with the verdict and the reason; never when `given` is another entity of the deck or the
        words it keeps name another one too."""
        gw = g.words
        other = self._is_other(plan, g.compact)
        for answer in plan.answers:
            if answer.numeric:
                continue  # "62" for "62 million" stays wrong: a scale word is part of the value
            if same_ratio(answer.text, given):  # "3 to 1" for "3:1"
                return answer, Verdict.NUMBER, f"Correct — that's {answer.text}."
            ew = answer.form.words
            if other or not gw or answer.form.digits != g.digits:
                continue
            if len(gw) >= len(ew) and gerund_rephrasing(gw, ew):  # "clicking the tongue"
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if (
                abbreviated(gw, ew)
                and not self._abbreviates_other(plan, gw, ew)
                and not self._person_cut(answer, gw, ew)
            ):
                return answer, Verdict.ALIAS, _NAME_REASONS["part"].format(answer.text)
            if same_event(gw, ew) and not self._other_event(plan, gw):
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if named_after(gw, ew) and not self._held_elsewhere(plan, ew[2:], ew):
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if halves_turned(gw, ew, answer.text):  # "stress-diathesis model"
                return answer, Verdict.ALIAS, _NAME_REASONS["reorder"].format(answer.text)
            turned = inverted(gw, ew)  # "Uniformity Act", "Medway raid"
            if turned is not None and (turned == 0 or not self._near_other(plan, g)):
                return answer, Verdict.ALIAS, _NAME_REASONS["reorder"].format(answer.text)
            seat = peer_by_seat(gw, ew)  # "Shaftesbury", "Lord Shaftesbury"
            if (
                seat is not None
                and not self._held_elsewhere(plan, ew[2:], ew)
                and (seat == 0 or not self._near_other(plan, g))
            ):
                return answer, Verdict.ALIAS, _NAME_REASONS["part"].format(answer.text)
            ranked = gw if gw[1:2] == ("of",) else (*gw[:1], "of", *gw[1:])
            lord = peer_by_seat(ew, ranked) if ew[0] == "lord" and len(gw) > 1 else None
            if lord is not None and (lord == 0 or not self._near_other(plan, g)):
                # "Earl of Carnarvon", "Viscount Palmerston" for "Lord Carnarvon", "Lord
                # Palmerston": a peer below a duke is "Lord" and the place of his title; the key
                # says no rank for the student's to contradict
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if answer.text[:1].isupper() and with_group_word(gw, ew):
                return answer, Verdict.ALIAS, _NOTES_SAY.format(answer.text)
            if answer.name and ye_variant(gw, ew):
                return answer, Verdict.ALIAS, f"Accepted — the notes spell it “{answer.text}”."
            if (
                not answer.name
                and len(gw) == 1
                and len(ew) == 2  # (the structure first: the deck is only asked then)
                and distinctive_word(gw, ew, self._kinds_of(plan, ew))
                and not self._held_elsewhere(plan, ew[:1])
            ):
                return answer, Verdict.ALIAS, _NAME_REASONS["part"].format(answer.text)
        return None

    def _rivals(self, plan: _Plan, word: str) -> list[tuple[str, ...]]:
        """The words of the other entities (not the expected answer) with `word` among them."""
        return [
            self._entities[k].form.words for k in self._owners_of(word) if k not in plan.excluded
        ]

    def _held_elsewhere(
        self, plan: _Plan, words: tuple[str, ...], whole: tuple[str, ...] = ()
    ) -> bool:
        """True when another entity of the deck has all of `words` among its words: "Versailles"
        names the palace too when the deck has "Palace of Versailles". An entity holding all of
        `whole`, the answer's words, is the answer with more ("Treaty of Brest-Litovsk (March
        1918)"), no other one."""
        kept, entire = set(words), set(whole)
        return bool(words) and any(
            kept <= set(rival) and not (entire and entire <= set(rival))
            for rival in self._rivals(plan, words[0])
        )

    def _abbreviates_other(self, plan: _Plan, gw: tuple[str, ...], ew: tuple[str, ...]) -> bool:
        """True when `gw`, abbreviating `ew`, would shorten another entity of the deck as well."""
        full = next(g for g, e in zip(gw, ew, strict=True) if g == e)
        return any(abbreviated(gw, rival) for rival in self._rivals(plan, full))

    def _other_event(self, plan: _Plan, gw: tuple[str, ...]) -> bool:
        """True when the deck names another event by the same words and a noun of the same kind
        ("Kronstadt mutiny" beside "Kronstadt Rising"): then the noun says which."""
        nouns = event_nouns(gw[-1])
        return any(
            len(rival) == len(gw) and rival[:-1] == gw[:-1] and rival[-1] in nouns
            for rival in self._rivals(plan, gw[0])
        )

    def _kinds_of(self, plan: _Plan, ew: tuple[str, ...]) -> bool:
        """True when another entity of the deck is another kind of the same thing as the two-word
        term `ew` ("Discontinuous variation" beside "Continuous variation")."""
        return len(ew) == 2 and any(
            len(rival) == 2 and rival[1] == ew[1] and rival[0] != ew[0]
            for rival in self._rivals(plan, ew[1])
        )

    def _near_other(self, plan: _Plan, g: _Form) -> bool:
        """True when `g` is another entity of the deck or a slip of one ("Robert Kenedy")."""
        limit = allowance(len(g.compact))
        return self._is_other(plan, g.compact) or plan.nearest_other(g.compact, limit) is not None
