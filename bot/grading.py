"""Grading a typed quiz answer: is it right, and what does the student read about it.

A contract other parts of studybot rely on (quizzes, battles, reviews): `grade(expected, given)`
returns a `Grade` whose `.correct` says right or wrong, `.verdict` says why, and `.reason` is one
sentence for the student ("Accepted — the spelling is “Gomułka”.", "Not quite: 30,000 is not
300,000.").

How an answer is judged, in order:
1. Blank or junk input (only punctuation, emoji, control characters) is EMPTY; an essay is WRONG.
2. Number answers ("30,000 troops", "20%", "1/6", "4th Nov", "1953-64") are compared by value,
   never by spelling; words after the number are not needed ("30000" answers "30,000 troops").
   A unit or currency both sides name must agree ("9 degrees" is not 9%, "2 million dollars" not
   £2 million: `_units`); a formula typed as written is no number ("C-60" for C60).
   A phrase or name that merely has a number word in it ("first and mightiest", "second to none",
   "Thirty Years War", "5 year plan") is text, not a number.
3. Text is folded (case, accents, ł/ß, punctuation, a leading article, British -ise) and compared
   whole, ignoring spaces and hyphens ("co-existence" = "coexistence").
4. A name may be given in part or with more ("Nagy" / "Imre Nagy", "John McAdam" for "John
   Loudon McAdam", "Stephenson's Rocket" for "Rocket"), or surname first (`_names`), but not as
   another entity of the deck ("Robert Kennedy" for "Kennedy" when the deck has both Robert and
   John F. Kennedy: CLOSE_TO_OTHER).
5. A misspelling within the edit budget of `_spelling` is accepted as a TYPO — unless the answer
   is as close to another entity of the deck (`others`), which the reason then names
   (CLOSE_TO_OTHER), or is itself another word of English a letter away ("isotones" for
   "isotopes"), which the reason says, or a common word two letters from a term the dictionary
   lacks ("strategy" for "strategoi"). In a phrase a word written as it sounds is a slip
   whatever it spells ("royal ascent"). The word for the doer is never the deed's slip nor its
   family form ("usurper" for "usurpation", "crusader" for "Crusade"), nor the other way.
6. An answer of several parts ("Warsaw and NATO", "NATO & Warsaw", "NATO, Warsaw") is right with the
   same parts in any order; some of the parts alone are "partly right", and still wrong.
7. A country may be named in another form or by its people ("Great Britain", "the UK" for
   Britain; "Russians" for Russia: `_places`), unless that form is another entity of the deck.
8. A year is answered by a date in it ("May 1915" for 1915), and a date by its year alone
   ("1960" for "1 Oct 1960"); a range in words is the range ("3000-10000" for "between 3,000
   and 10,000"); a misspelt number word or month still counts ("thiwteen", "Jully"); a wrong
   number is only called a number when it is one ("Forty iwo" is not "40"): `_grade_numbers`.
9. A word of the answer's family ("social" for "sociable", "cultural bias" for "culture bias")
   and a country without the compass point the notes give it ("Germany" for "West Germany") are
   accepted while no other entity of the deck is that word, of that family, or that country's
   other part (`_grade_forms`).

10. A textbook variant of the answer ("Provisional Govt", "Kronstadt rebellion", "Brest
   Litovsk", "White Army" for Whites, "Yekaterinburg", "3 to 1" for 3:1, "binomial" for
   "Binomial system", "Uniformity Act" for "Act of Uniformity") is accepted unless it names
   another entity of the deck (`_grade_variants`); so is a peer by the place of the title
   ("Wellington", "Lord Wellington" for "Duke of Wellington": `_grade_persons.peer_by_seat`)
   unless the deck names the place otherwise, and a "Lord Palmerston" by his rank ("Viscount
   Palmerston"); a key "Name, Title of Place" ("Richard Neville, Earl of Warwick") is answered
   by its title, its name in full, or the first name "of" the place (`title_sides`), unless
   another entity of the deck holds that title too;
   two things the key joins with a hyphen, turned round ("stress-diathesis model"), are one;
   an acronym with a letter changed or two swapped ("MSRA" for MRSA) is another acronym.
11. Another name the notes give a term ("sex cells" for gametes) is accepted when the deck's
   entities carry it as "term, also called other name" (`bot.questions._other_names.synonyms`,
   the one reader of other names: brackets, "aka", "=", a table's "Other name" column), and
   when an entity is a name with another name in brackets after it ("The Queen Mother
   (Iyoba)", "lost-wax casting (cire perdue)"), the bracket a name rather than a date, a tag or
   a description (`_grade_aliases`).
12. An answer shorter or longer in a way a teacher accepts (`_grade_shortened`): a term without
   its head noun when the words left say which ("non renewable", "Wounded Knee"), its initials
   typed as such ("SHC"), a unit's symbol for its name ("W" for Watt), a formula with a zero for
   the letter O ("H20"), a river or mountain with or without the word for it ("the Nile river",
   "Sahara" for Sahara Desert), a name's number another way ("Henry the Eighth"), and the
   answer followed by its year or a clause about it ("Homestead Act 1862"), an acronym answered
   with the words it stands for ("Criminal Investigation Department" for "CID", "in vitro
   fertilisation" for "IVF") or a name with its plural acronym ("PCSOs"), a name without the
   place word before it ("Black Act" for "Waltham Black Act") — never when the form is, or
   names, another entity of the deck. A number's unit written with a slash ("9.8 N/kg") is its
   unit, so the bare number answers it; a key written "X / Y" of one stem ("Vagabondage /
   vagrancy") takes either side. An answer said in a sentence ("it was Versailles":
   `_grade_lead_ins`), a dated name with its year elsewhere ("the Factory Act of 1833":
   `_grade_dated_names`) and the deck's kind noun after a rare-word answer ("hawksbill turtle":
   `_grade_kind_added`) are graded as the answer they hold.
   A man named "First of Place" ("Godfrey of Bouillon") is answered by his first name alone
   when the deck has other names and none but his opens with it (`Grader._by_first_name`); a
   regnal number in digits answers with the title before the name left out ("Urban 2" for
   "Pope Urban II"), and a ruler's name and number need not the country or epithet after them
   ("Louis VII" for "Louis VII of France") unless another ruler of the deck bears both; an
   article inside a name may be left out or put in ("Valley of Kings").
13. The answer with or without the noun saying what kind of thing it names, when the word kept
   still says which (`_grade_kinds`): "Peterloo" for "Peterloo Massacre", "pH" for "pH level",
   "zinc granules" for "zinc", "Battle of Hastings" for "Hastings"; an oxidation state in digits
   ("iron 2" for "iron(II)").
14. A substance or an ion named in words and answered by its formula ("NaOH" for sodium
   hydroxide, "Fe3+" for iron(III) ions: `_grade_formulas`), an element by its symbol as written
   ("Zn" for zinc, "O2" for oxygen) unless the symbol is another entity of the deck; not the
   other way round: a key written as a formula asks for the formula.

A title, honorific or rank before a right name ("Admiral Rawson" for "Sir Harry Rawson", "Field
Marshal Kutuzov", "Oba Esigie" where the deck titles two rulers or more "Oba": `_grade_titles`)
is judged as the name alone (`Grader._by_title`); the deck's own titled form of the key is no
rival of it, and a key's own title with its surname ("Captain Morstan") says which of two
namesakes. A name without its epithet ("Ewuare" for "Ewuare the Great") is right unless it is
a common given name or another name of the deck opens with it; the proper name a key opens with
("Buna" for "Buna rubber"), held by the deck by itself, is the key's own short form.

A surname (or the initials and the surname) stands for a whole name only when that name reads as
a person's (`names_a_person`, `_grade_persons`): "Nagy" or "I. Nagy" for "Imre Nagy", "Bohr" for
"Niels Bohr", never "Tennis" for "Table Tennis"; such a name with one letter added to its
surname ("Louise Browne") is a slip; a surname that is a word of English ("Diamond" for Jared
Diamond) where a given name precedes it and no other entity of the deck holds the word
(`Grader._sole_namesake`). An answer in the other number is accepted and said so ("the notes
write it in the singular"), not called a misspelling, Latin, Greek and "-ves" plurals too
("patagia", "tragi", "country wife": `_grade_plurals`); a month written short ("Feb", "Sept")
is the month. A term may lose a leading word of size, colour or commonness, or one inner word,
where the deck names no relative ("long-eared bat", "Doppler compensation"), and a binomial its
genus but the initial ("P. destructans": `_grade_qualifiers`); a two-word term may be said as
the act done to its noun ("clicking the tongue" for "tongue clicks": `gerund_rephrasing`). An
acronym and the one name of the deck it stands for ("GDP", "Gross Domestic Product") are one
entity, not rivals.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot._grade_abbreviations import (
    may_be_written_otherwise,
    month_written_short,
    ordinal_otherwise,
    written_otherwise,
)
from bot._grade_acronyms import (
    _acronym_numbers,
    _is_acronym,
    _with_acronym_sides,
)
from bot._grade_aliases import bracket_alias, deck_context
from bot._grade_answers import (
    _INVISIBLE,
    _PART_SEPARATORS,
    _SPACE_BETWEEN,
    MAX_ANSWER_CHARS,
    _Answer,
    _answer,
    _Form,
    _form,
    _given_parts,
    _read,
    _split_parts,
    _with_article,
)
from bot._grade_dated_names import same_dated_name
from bot._grade_equations import equation_sides, equation_signs, same_equation, signs_differ
from bot._grade_forms import (
    MIN_STEM,
    doer_for_deed,
    name_in_other_number,
    other_number,
    same_family,
)
from bot._grade_formulas import (
    canonical,
    element_formulas,
    formula_of,
    may_be_formula,
    written_formula,
)
from bot._grade_kind_added import kind_added, nouns_named
from bot._grade_kinds import (
    symbol_without_measure,
)
from bot._grade_lead_ins import said_after_lead_in
from bot._grade_numbers import era_of, match_number
from bot._grade_parts import pair_parts
from bot._grade_persons import (
    family_name_first,
    initials_for,
    peer_by_seat,
    title_sides,
)
from bot._grade_plan import (
    _LETTER_THEN_DIGIT,
    _PLAN_CACHE_SIZE,
    _Match,
    _matched,
    _Plan,
    _shortening,
)
from bot._grade_plurals import in_classical_number
from bot._grade_reasons import (
    _ANOTHER_ANSWER,
    _PARTLY_RIGHT,
    _SIGNS_DIFFER,
    _TERMS_MOVED,
    _TOO_LONG,
    _accepted,
    _another_word,
    _in_another_multiple,
    _number_reason,
    _unit_differs,
    _unit_refused,
    _units_named,
    _wrong_reason,
)
from bot._grade_result import _NAME_REASONS, _NOTES_SAY, Grade, Verdict
from bot._grade_shortened import (
    initial_forms,
    said_with_more,
    without_place_of,
)
from bot._grade_titles import HONORIFICS, deck_titles, leading_titles
from bot._grade_variants import (
    abbreviates,
    inverted,
    named_after,
)
from bot._grader_forms import (
    _ACRONYM_IN_NUMBERS,
    _MAX_SYMBOL_CHARS,
    OtherForms,
    _a_term,
    _acronym_letters,
    _synonym_key,
)
from bot._grader_names import _ROMAN
from bot._names import (
    TITLES_AFTER,
    acceptable_extras,
    ends_in_category,
    is_trailing_part,
    named_for,
)
from bot._places import country_forms
from bot._spelling import word_distance, words_distance
from bot._units import as_quantity_text, currency_of, unit_of
from knowledge.given_names import (
    GIVEN_NAMES,
    is_title,
    same_given_name,
)
from knowledge.search._dictionary import is_english

# The contract (`grade`, `Grade`, `Verdict`, `Grader`), and what tests read of the answers'
# reading since it moved to `bot._grade_answers`.
__all__ = [
    "MAX_ANSWER_CHARS",
    "_PART_SEPARATORS",
    "_SPACE_BETWEEN",
    "Grade",
    "Grader",
    "Verdict",
    "_answer",
    "_split_parts",
    "grade",
]


def _last_word_a_name(text: str) -> bool:
    """True when the last word of `text` is written capitalised ("Brutus", "Lebanon", "Venus"):
    a name has no Latin plural ("Bruti", "Lebana" are slips or other names)."""
    words = text.split()
    return bool(words) and words[-1][:1].isupper()


class Grader(OtherForms):
    """Grades answers for one deck, telling its entities (names, places, terms) apart.

    Build it once per deck: entity forms, name-part indexes and each question's plan are cached,
    so grading an answer costs a dictionary lookup when it is exactly right and a few C-level edit
    distance calls otherwise. Its rules for names and for an answer's other forms are base
    classes of their own (`bot._grader_names.NameForms`, `bot._grader_forms.OtherForms`); what it
    reads of each answer and question, and what it returns, modules of their own too
    (`bot._grade_answers`, `bot._grade_plan`, `bot._grade_result`).
    """

    def __init__(self, entities: Iterable[str]) -> None:
        self._entities: list[_Answer] = []
        self._synonyms: dict[str, list[str]] = {}  # `_synonym_key` -> the other names given
        # Figures the notes give in another unit ("164 sq miles" beside "425 km2"): right typed
        # with their unit, never as a bare number (162 is no answer to "72 °C")
        self._converted: set[str] = set()
        seen: set[str] = set()
        entities = list(entities)
        deck = deck_context(text for text in entities if isinstance(text, str))
        for text in entities:
            if not isinstance(text, str):
                raise TypeError(f"deck entities must be strings, not {type(text).__name__}")
            if _ALSO_CALLED in text:  # "Selective breeding, also called artificial selection"
                self._add_synonyms(text)
                continue
            sides = _with_acronym_sides(text) if "(" in text or "/" in text else ()
            if len(sides) == 3:  # "New Economic Policy (NEP)", "Vagabondage / vagrancy": either
                # side answers the other (a big deck: most entities have neither)
                self._add_synonyms(f"{sides[1]}{_ALSO_CALLED}{sides[2]}")
            elif "(" in text and (pair := bracket_alias(text, deck)) is not None:
                self._add_synonyms(f"{pair[0]}{_ALSO_CALLED}{pair[1]}")  # "Queen Mother (Iyoba)"
            prepared = _answer(text.strip())
            if prepared.form.compact and not prepared.numeric and prepared.form.compact not in seen:
                seen.add(prepared.form.compact)
                self._entities.append(prepared)
        # Each entity's words, and the trailing runs of name-like ones ("nagy" -> Imre Nagy).
        self._tails: dict[tuple[str, ...], list[int]] = {}
        for k, entity in enumerate(self._entities):
            words = entity.form.words
            for start in range(len(words)):
                if start == 0 or (
                    is_trailing_part(words[start:], words, entity.name) and not named_for(words)
                ):
                    self._tails.setdefault(words[start:], []).append(k)
            if len(words) == 2 and entity.name and family_name_first(words, entity.text):
                self._tails.setdefault(words[:1], []).append(k)  # "Saigō" of "Saigō Takamori"
        self._by_compact = {entity.form.compact: k for k, entity in enumerate(self._entities)}
        # Indexes read by each question's plan, so a plan costs the few entities that can be its
        # answer's own forms rather than a pass over the whole deck (44,000 cards: 0.1-0.5 s
        # per new question on the event loop): entities by their words, two-word ones by their
        # first word, and every entity by its first letter and length (`_Plan.nearest_other`).
        self._compacts = [entity.form.compact for entity in self._entities]
        self._texts = [entity.text for entity in self._entities]
        self._by_words: dict[tuple[str, ...], list[int]] = {}
        self._pairs_by_first: dict[str, list[int]] = {}
        self._by_shape: dict[tuple[str, int], list[int]] = {}
        for k, compact in enumerate(self._compacts):
            words = self._entities[k].form.words
            self._by_words.setdefault(words, []).append(k)
            if len(words) == 2:
                self._pairs_by_first.setdefault(words[0], []).append(k)
            self._by_shape.setdefault((compact[0], len(compact)), []).append(k)
        # One-word entities by their first letters, and names by all but their first word
        # ("germany" -> West Germany, East Germany, Germany): the rivals of another form.
        self._by_stem: dict[str, list[int]] = {}
        self._by_rest: dict[tuple[str, ...], list[int]] = {}
        for k, entity in enumerate(self._entities):
            words = entity.form.words
            if len(words) == 1:
                self._by_stem.setdefault(words[0][:MIN_STEM], []).append(k)
            self._by_rest.setdefault(words[1:] if len(words) > 1 else words, []).append(k)
        self._plans: dict[str | tuple[str, ...], _Plan] = {}
        self._owners: dict[str, list[int]] | None = None  # word -> entities with it, when asked
        self._initials: dict[str, list[int]] | None = None  # initials -> entities, when asked
        # Acronyms among the entities by their letters ("jps" -> "jp"), and the names of two
        # words or more by every set of initials they may be shortened to: built when asked.
        self._acronyms: dict[str, list[int]] | None = None
        self._spelt: dict[str, list[int]] | None = None
        # Whether an accepted answer (or a part of one) names a person (`_a_person`), by its
        # text: asked for most answers to a name, the same for every student, so it is kept
        # with the questions' plans rather than worked out again (dictionary look-ups) for each.
        self._persons: dict[str, bool] = {}
        self._alone: dict[str, tuple[int, ...]] = {}  # `_leading_names_used_alone`, likewise
        # True while an answer is graded again with "St" / "Saint" written the other way
        # (`written_otherwise`), so that grading does not turn it back.
        self._respelling = False
        self._titles: frozenset[str] | None = None  # the deck's own titles, when asked
        self._kind_nouns: Counter[str] | None = None  # noun -> names holding it, when asked

    def _add_synonyms(self, text: str) -> None:
        """Both names of "X, also called Y" (the notes' own words for one thing) answer for
        each other."""
        name, _, other = text.partition(_ALSO_CALLED)
        name, other = name.strip(), other.strip()
        if _person_and_other_word(name, other):
            return  # "Fritz Hofmann (Bayer)", "Napoleon Bonaparte (Ajaccio)": whom he worked for
        if _form(name).compact and _form(other).compact:
            self._synonyms.setdefault(_synonym_key(name), []).append(other)
            self._synonyms.setdefault(_synonym_key(other), []).append(name)
            if _answer(name).numeric and _answer(other).numeric:
                self._converted.update((name, other))

    def grade(self, expected: str | Sequence[str], given: str) -> Grade:
        """Grade `given` against the accepted answer(s) in `expected`."""
        key = expected if isinstance(expected, str) else tuple(expected)
        plan = self._plans.get(key)
        if plan is None:
            plan = self._plan(key)
        if not isinstance(given, str):
            raise TypeError(f"the given answer must be a string, not {type(given).__name__}")
        first = plan.answers[0].text
        stripped, shown, g = _read(given)
        if g is None:
            return Grade(False, Verdict.WRONG, first, shown, _TOO_LONG)
        if not g.compact:
            return Grade(False, Verdict.EMPTY, first, shown, "No answer given.")
        if plan.equations and signs_differ(plan.equations, stripped):
            return Grade(False, Verdict.WRONG, first, shown, _SIGNS_DIFFER.format(first))
        index = plan.exact.get(g.compact)
        if index is not None:  # fast path: exactly an accepted answer
            verdict = Verdict.EXACT if index == 0 else Verdict.ALIAS
            return Grade(True, verdict, plan.answers[index].text, shown, _accepted(verdict, first))
        if stripped == first and plan.numeric_only and len(plan.answers) == 1:
            # a number or a date typed as the key writes it: `_match_number` reads both alike
            return Grade(True, Verdict.EXACT, first, shown, _accepted(Verdict.EXACT, first))
        if len(g.words) == 1 and not plan.numeric_only and not month_written_short(g.key):
            deed = _doer_or_deed(plan, g.key, shown)
            if deed is not None:  # "usurper" for "usurpation", "crusader" for "Crusade"
                return Grade(False, Verdict.WRONG, first, shown, deed)
        if plan.sides:
            moved = self._moved_terms(plan, stripped, shown)
            if moved is not None:  # "F = B x I x L", "volume / mass" for "mass / volume"
                return moved

        best: _Match | None = None
        for i, answer in enumerate(plan.answers):
            if answer.numeric:
                match = self._match_number(i, answer, stripped, g, plan)
            else:
                match = self._match_text(i, answer, g, plan)
                if match is None and answer.parts:
                    match = self._match_parts(i, answer, stripped, plan)
            if match is not None and (best is None or match < best):
                best = match
        if best is None:
            if plan.numeric_only:  # none of the text answers' other forms below can apply
                return Grade(False, Verdict.WRONG, first, shown, _wrong_reason(plan, stripped, g))
            dated = next((a for a in plan.answers if same_dated_name(a.form.words, g.words)), None)
            if dated is not None:  # "the Factory Act of 1833", "1833 Factory Act"
                return Grade(True, Verdict.ALIAS, dated.text, shown, _NOTES_SAY.format(dated.text))
            kind = self._with_kind_noun(plan, g)
            if kind is not None:  # "hawksbill turtle" for "hawksbill" in notes on turtles
                return Grade(True, Verdict.ALIAS, kind.text, shown, _NOTES_SAY.format(kind.text))
            numbered = next((a for a in plan.answers if self._other_number(g, a)), None)
            if numbered is not None:  # "church" for "churches": too far for a slip, still right
                reason = _number_reason(g, numbered)
                return Grade(True, Verdict.ALIAS, numbered.text, shown, reason)
            other_form = self._other_form(plan, g)
            if other_form is not None:
                return Grade(
                    True, Verdict.ALIAS, other_form.text, shown, _NOTES_SAY.format(other_form.text)
                )
            head = self._head_variant(plan, g)
            if head is not None:  # "covalent bonding" for "Covalent bond"
                return Grade(True, Verdict.ALIAS, head.text, shown, _NOTES_SAY.format(head.text))
            country = self._country(plan, g)
            if country is not None:
                reason = f"Accepted — the answer is “{country.text}”."
                return Grade(True, Verdict.ALIAS, country.text, shown, reason)
            variant = self._variant(plan, g, stripped)
            if variant is not None:  # "Provisional Govt", "Kronstadt rebellion", "3 to 1"
                answer, verdict, reason = variant
                return Grade(True, verdict, answer.text, shown, reason)
            substance = _substance(plan, stripped) or (
                self._element(plan, g, stripped) if plan.elements else None
            )
            if substance is not None:  # "NaOH" for sodium hydroxide, "Fe3+" for iron(III)
                reason = _NAME_REASONS["extended"].format(substance.text)
                return Grade(True, Verdict.ALIAS, substance.text, shown, reason)
            unarticled = _without_inner_articles(plan, g) or self._without_foreign_article(plan, g)
            if unarticled is not None and not self._is_other(plan, g.compact):
                # "Valley of Kings", "Book of Dead", "Dejeuner sur l'herbe"
                reason = _NOTES_SAY.format(unarticled.text)
                return Grade(True, Verdict.ALIAS, unarticled.text, shown, reason)
            part = self._named_in_part(plan, g)
            if part is not None:  # "Louis VII" for "Louis VII of France", "Auvers", "Godfrey"
                reason = _NAME_REASONS["part"].format(part.text)
                return Grade(True, Verdict.ALIAS, part.text, shown, reason)
            shortened = self._shortened(plan, g, stripped)
            if shortened is not None:  # "non renewable", "GPE", "W" for watt, "H20", "Nile river"
                answer, reason = shortened
                return Grade(True, Verdict.ALIAS, answer.text, shown, reason)
            titled = self._by_title(key, plan, g, stripped)
            if titled is not None:  # "Captain Preston", "General Gage" for "Thomas Gage"
                return Grade(titled.correct, titled.verdict, titled.expected, shown, titled.reason)
            longer = len(g.words) > len(plan.answers[0].form.words)  # no part to keep else
            prefix = said_with_more(stripped) if longer and not plan.answers[0].numeric else None
            if prefix is not None:  # "Homestead Act 1862", "Joseph McCoy who built Abilene"
                inner = self.grade(key, prefix)
                if inner.correct:
                    return Grade(True, inner.verdict, inner.expected, shown, inner.reason)
            said = said_after_lead_in(stripped) if len(g.words) > 1 else None
            if said is not None:  # "it was Versailles", "I think it's mitosis"
                inner = self.grade(key, said)
                if inner.correct:
                    return Grade(True, inner.verdict, inner.expected, shown, inner.reason)
            respelt = (
                self._respelt(key, stripped, shown) if may_be_written_otherwise(g.words) else None
            )
            if respelt is not None:  # "Fort Saint Elmo" for "Fort St Elmo", "St Denis"
                return respelt
            k = self._by_compact.get(g.compact)
            if k is not None and k not in plan.excluded and _another_word(plan, g):
                # "nitrite" for "Nitrate" when the notes name both: say it is their other answer
                name = self._entities[k].text
                reason = _ANOTHER_ANSWER.format(name, first)
                return Grade(False, Verdict.CLOSE_TO_OTHER, first, shown, reason)
            partly = plan.several and self._partly_right(plan, stripped)
            reason = _PARTLY_RIGHT.format(first) if partly else _wrong_reason(plan, stripped, g)
            return Grade(False, Verdict.WRONG, first, shown, reason)
        return self._verdict(best, plan, g, shown)

    def _with_kind_noun(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The answer `g` writes with the noun for its kind after it (`kind_added`), when `g`
        is no other entity of the deck."""
        if len(g.words) < 2 or self._is_other(plan, g.compact):
            return None
        if self._kind_nouns is None:
            self._kind_nouns = Counter(
                noun for e in self._entities for noun in nouns_named(e.form.words)
            )
        named = self._kind_nouns.get(g.words[-1], 0)
        return next(
            (
                a
                for a in plan.answers
                if not a.numeric
                and kind_added(a.form.words, g.words, named)
                and not self._a_person(a)  # "Arkwright mill" is no "Arkwright"
            ),
            None,
        )

    def _named_in_part(self, plan: _Plan, g: _Form) -> _Answer | None:
        """The answer the student named by a part of it the notes' form makes unambiguous, tried
        in this order: a ruler's regnal name ("Louis VII" for "Louis VII of France"), a name
        without its year ("Education Act" for "Education Act 1944"), an address without its
        number ("boulevard des Capucines"), a town without its river ("Auvers" for
        Auvers-sur-Oise), a name without the title after it ("Kara Mustafa" for "Kara Mustafa
        Pasha") or its epithet ("Ewuare" for "Ewuare the Great"), a first or leading name
        ("Godfrey" for Godfrey of Bouillon, the only Godfrey). One reason serves them all: the
        answer in full."""
        return (
            self._by_regnal_name(plan, g)
            or self._without_year(plan, g)
            or self._without_house_number(plan, g)
            or self._town_without_river(plan, g)
            or self._without_title_after(plan, g)
            or self._without_epithet(plan, g)
            or self._by_first_name(plan, g)
            or self._by_leading_names(plan, g)
        )

    def _respelt(self, key: str | tuple[str, ...], given: str, shown: str) -> Grade | None:
        """The grade of `given` with "St" / "Saint", "Mt" / "Mount" or "Ft" / "Fort" before a
        name written the other way (`written_otherwise`), or its ordinals ("3rd" / "Third":
        `ordinal_otherwise`), when that is right; else None."""
        if self._respelling:
            return None
        for other in (*written_otherwise(given), *ordinal_otherwise(given)):
            self._respelling = True
            try:
                inner = self.grade(key, other)
            finally:
                self._respelling = False
            if inner.correct:
                exact = inner.verdict is Verdict.EXACT
                reason = _NOTES_SAY.format(inner.expected) if exact else inner.reason
                return Grade(True, Verdict.ALIAS, inner.expected, shown, reason)
        return None

    def _by_title(
        self, key: str | tuple[str, ...], plan: _Plan, g: _Form, given: str
    ) -> Grade | None:
        """The grade of the name alone, when `given` puts a title or rank before it ("Captain
        Preston", "Dr Jekyll" for "Henry Jekyll", "Field Marshal Kutuzov", "Oba Esigie" for
        Esigie where the deck titles its rulers so: `_grade_titles`): the title says no more
        than the name does, so it is right when the name alone is, and refused when that is
        another entity's too. Not a title that differs from the key's own role ("General
        Kennedy" for "President Kennedy"; "Sir" is an honour, no role), nor a title and name
        that are another entity of the deck. A title the key has itself, typed with its
        surname ("Captain Morstan" for "Captain Arthur Morstan"), is right unless another
        entity of the deck has that title and surname too."""
        words = g.words
        own = self._deck_titles()
        n = leading_titles(words, own)
        if n == 0 or self._is_other(plan, g.compact):
            return None
        answer = plan.answers[0]
        first = answer.form.words
        k = leading_titles(first, own)
        theirs, mine = first[:k], words[:n]
        if theirs and theirs != mine and not set(theirs) <= HONORIFICS:
            return None  # "General Kennedy" for "President Kennedy"
        rest = words[n:]
        if theirs == mine and first[-len(rest) :] == rest and len(rest) < len(first) - k:
            # "Captain Morstan" for "Captain Arthur Morstan": the key's own title and surname
            if any(
                e not in plan.excluded
                and self._entities[e].form.words[:k] == theirs
                and self._entities[e].form.words[-len(rest) :] == rest
                for e in self._owners_of(rest[-1])
            ):
                return None
            reason = _NAME_REASONS["part"].format(answer.text)
            return Grade(True, Verdict.ALIAS, answer.text, given, reason)
        if len(first) - k < 2 and not (k == 0 and len(first) == 1 and rest == first):
            return None  # a one-word key takes a title only when typed exactly ("Oba Esigie")
        if len(first) - k >= 2 and not answer.name:
            return None
        inner = self.grade(key, _without_leading_words(given, n))
        if inner.verdict is Verdict.CLOSE_TO_OTHER or (
            inner.correct and inner.verdict in (Verdict.ALIAS, Verdict.EXACT)
        ):
            if inner.verdict is Verdict.EXACT:
                reason = _NAME_REASONS["extended"].format(inner.expected)
                return Grade(True, Verdict.ALIAS, inner.expected, given, reason)
            return inner  # the surname's verdict: right, or another entity's too
        return None

    def _deck_titles(self) -> frozenset[str]:
        """The words the deck puts as a title before names (`deck_titles`), read at the first
        ask."""
        if self._titles is None:
            self._titles = deck_titles((e.text, e.form.words) for e in self._entities)
        return self._titles

    def _plan(self, key: str | tuple[str, ...]) -> _Plan:
        answers = _accepted_answers(key)
        if self._entities:
            answers = self._without_shared_titles(key, answers)
        if self._synonyms:
            answers = self._with_synonyms(answers)
        exact: dict[str, int] = {}
        for i, answer in enumerate(answers):
            if not answer.numeric:
                exact.setdefault(answer.form.compact, i)
        excluded = self._same_as_expected(answers)
        several = tuple(answer for answer in answers if answer.parts)
        equations = tuple(
            signs for signs in (equation_signs(a.text) for a in answers) if signs is not None
        )
        sides = tuple(
            (i, found)
            for i, answer in enumerate(answers)
            if not answer.numeric and (found := equation_sides(answer.text)) is not None
        )
        plan = _Plan(
            answers,
            several,
            exact,
            self._compacts,
            self._texts,
            self._by_shape,
            excluded,
            {},
            _formulas(answers),
            equations,
            sides,
            tuple(
                (i, symbol)
                for i, answer in enumerate(answers)
                if not answer.numeric
                for symbol in element_formulas(answer.text)
            ),
            all(answer.numeric for answer in answers),
            _units_named(answers),
            frozenset(
                part.text
                for answer in answers
                for part in (answer, *answer.parts)
                if _is_acronym(part.text)
            ),
            tuple(
                (i, forms)
                for i, answer in enumerate(answers)
                if not answer.numeric
                and answer.text[:1].isupper()
                and (forms := country_forms(answer.form.key))
            ),
            tuple(None if a.numeric else _shortening(a) for a in answers),
        )
        if len(self._plans) >= _PLAN_CACHE_SIZE:
            self._plans.clear()
        self._plans[key] = plan
        return plan

    def _without_shared_titles(
        self, key: str | tuple[str, ...], answers: tuple[_Answer, ...]
    ) -> tuple[_Answer, ...]:
        """`answers` without the title or the name a key "Name, Title of Place" is accepted by
        (`title_sides`) when another entity of the deck holds it too: "Earl of Warwick" says
        no one where the notes have Edward, Earl of Warwick and Richard Neville, Earl of Warwick.
        A bare `grade()` knows no other holder, so it takes the title."""
        items = (key,) if isinstance(key, str) else key
        sides = {_form(side).compact for item in items for side in title_sides(item)}
        if not sides:
            return answers
        own = {_form(item).compact for item in items}
        shared = {
            side
            for side in sides
            if any(
                side in compact and compact != side and compact not in own
                for compact in self._compacts
            )
        }
        if not shared:
            return answers
        return tuple(answer for answer in answers if answer.form.compact not in shared)

    def _moved_terms(self, plan: _Plan, given: str, shown: str) -> Grade | None:
        """The grade of `given` read as an equation or a difference answer (`same_equation`):
        right with a product's factors in any order, wrong with the same terms moved across a
        dividing or subtracting sign; None when it is read as any other answer."""
        moved = False
        for i, sides in plan.sides:
            same = same_equation(sides, given)
            if same:
                verdict = Verdict.EXACT if i == 0 else Verdict.ALIAS
                first = plan.answers[0].text
                return Grade(True, verdict, plan.answers[i].text, shown, _accepted(verdict, first))
            moved = moved or same is not None
        if not moved:
            return None
        first = plan.answers[0].text
        return Grade(False, Verdict.WRONG, first, shown, _TERMS_MOVED.format(first))

    def _with_synonyms(self, answers: tuple[_Answer, ...]) -> tuple[_Answer, ...]:
        """The accepted answers and the other names the notes give them, in the answer's number
        ("sex cells" for "gametes" where the notes define "Gamete: a sex cell")."""
        texts = {answer.text for answer in answers}
        more: list[_Answer] = []
        for answer in answers:
            key = _synonym_key(answer.text)
            plural = answer.form.compact != key
            for other in self._synonyms.get(key, ()):
                forms = _in_number(other, plural)
                for form in forms:
                    if form not in texts:
                        texts.add(form)
                        more.append(_answer(form))
        return (*answers, *more)

    def _same_as_expected(self, answers: tuple[_Answer, ...]) -> frozenset[int]:
        """The deck entities that are an accepted answer (or one of its parts) itself: the same
        text, a shorter form of it ("Nagy" for "Imre Nagy"), or its one longer form in the deck
        ("Imre Nagy" for "Nagy"). When the deck holds several longer forms ("Robert Kennedy" and
        "John F. Kennedy" for "Kennedy"), or an accepted answer already gives the full name, the
        surname does not say which one is meant, so each longer form stays a rival."""
        forms = [form for answer in answers for form in (answer, *answer.parts)]
        same: set[int] = set()
        for form in forms:
            k = self._by_compact.get(form.form.compact)
            if k is not None:
                same.add(k)
            words = form.form.words
            same.update(
                k
                for start in range(1, len(words))  # only a shorter entity can be a trailing part
                for k in self._by_words.get(words[start:], ())
                if is_trailing_part(self._entities[k].form.words, words, form.name)
            )
        same.update(k for form in forms for k in self._leading_names_used_alone(form))
        same.update(  # "Kara Mustafa" in the notes is "Kara Mustafa Pasha" without the title
            k
            for form in forms
            if len(form.form.words) > 1
            and form.form.words[-1] in TITLES_AFTER
            and (k := self._by_compact.get("".join(form.form.words[:-1]))) is not None
        )
        same.update(  # "Arribadas", a heading of the notes, is "arribada" in the plural
            k
            for answer in answers
            if len(answer.form.compact) > _MIN_NUMBERED and not answer.name
            for other in _other_numbers(answer.form.compact)
            if (k := self._by_compact.get(other)) is not None
        )
        same.update(self._titled_forms_of(forms))
        same.update(self._leading_cores_of(answers))
        same.update(self._short_forms_of(answers))
        same.update(self._symbols_of(answers))
        same.update(self._turned_forms_of(answers))
        for form in forms:
            longer = {
                self._entities[k].form.compact: k
                for k in self._tails.get(form.form.words, ())  # the entities ending with it
                if is_trailing_part(
                    form.form.words, self._entities[k].form.words, self._entities[k].name
                )
            }
            for answer in answers:
                if is_trailing_part(form.form.words, answer.form.words, answer.name):
                    longer.setdefault(answer.form.compact, -1)
            if len(longer) == 1:
                same.update(k for k in longer.values() if k >= 0)
        return frozenset(same)

    def _leading_cores_of(self, answers: tuple[_Answer, ...]) -> set[int]:
        """The entities that are the capitalised words an accepted answer, no person's name,
        opens with ("Buna" of "Buna rubber", "Hevea" of "Hevea brasiliensis") when no other
        entity of the deck holds them: the notes' own short name for the thing, no rival. A
        rule of its own must still accept the short form; this only stops the deck's copy of
        it from refusing it."""
        same: set[int] = set()
        for answer in answers:
            ew = answer.form.words
            written = answer.text.split()
            if answer.numeric or len(ew) < 2 or len(written) != len(ew) or answer.name:
                continue
            for n in range(1, len(ew)):
                run = ew[:n]
                if not all(word[:1].isupper() for word in written[:n]):
                    break
                k = self._by_compact.get("".join(run))
                if k is None or self._entities[k].form.words != run:
                    continue
                holders = {j for word in run for j in self._owners_of(word)}
                if all(j == k or self._entities[j].form.words[: len(ew)] == ew for j in holders):
                    same.add(k)
        return same

    def _titled_forms_of(self, forms: list[_Answer]) -> set[int]:
        """The entities that are an accepted answer with a title before it ("Oba Esigie" beside
        "Esigie", "Admiral Sir Harry Rawson" beside "Sir Harry Rawson": `leading_titles`), or a
        titled answer's title and surname ("Captain Morstan" beside "Captain Arthur Morstan"):
        the notes' own forms of the name, no rivals."""
        same: set[int] = set()
        own: frozenset[str] | None = None
        for form in forms:
            words = form.form.words
            if form.numeric or not words:
                continue
            for k in self._owners_of(words[-1]):
                theirs = self._entities[k].form.words
                n = len(theirs) - len(words)
                if n <= 0 or theirs[n:] != words:
                    continue
                if own is None:
                    own = self._deck_titles()
                if leading_titles(theirs, own) >= n:
                    same.add(k)
            # "Captain Morstan" beside "Captain Arthur Morstan": the key's title and surname
            if own is None:
                own = self._deck_titles()
            titles = leading_titles(words, own)
            if titles and len(words) - titles >= 2:
                short = (*words[:titles], words[-1])
                found = self._by_compact.get("".join(short))
                if found is not None and self._entities[found].form.words == short:
                    same.add(found)
        return same

    def _turned_forms_of(self, answers: tuple[_Answer, ...]) -> set[int]:
        """The entities that are an accepted answer in the other number ("Igneous rock" beside
        "Igneous rocks"), or name it the other way round ("Uniformity Act" beside "Act of
        Uniformity", `inverted`), a peer by the place of the title ("Danby" beside "Earl of
        Danby", `peer_by_seat`) or by his rank ("Earl of Danby" beside "Lord Danby"), the
        answer without the place it is of ("Great Plague" beside "Great Plague of Naples",
        `without_place_of`) or the place a battle, siege or treaty is named after ("Wakefield"
        beside "Battle of Wakefield": a table of battles names each by its place): the notes'
        own other name for it, no rival. Where two answers share that name, the grader finds
        the other holding it."""
        same: set[int] = set()
        for answer in answers:
            words = answer.form.words
            if answer.numeric or not words:
                continue
            # Each such entity holds the answer's first, last or third word, or is one word
            # starting as the answer does: only those are read.
            near = {words[0], words[-1], *words[2:3]}
            found = {k for word in near for k in self._owners_of(word)}
            if len(words) == 1:
                found.update(self._by_stem.get(words[0][:MIN_STEM], ()))
            for k in found:
                theirs = self._entities[k].form.words
                if (
                    other_number(theirs, words)  # "Thermosetting polymer" beside "… polymers"
                    or (  # "Maratha" beside "Marathas", both capitalised: one people
                        name_in_other_number(theirs, words)
                        and answer.text[:1].isupper()
                        and self._entities[k].text[:1].isupper()
                    )
                    or inverted(theirs, words) == 0
                    or peer_by_seat(theirs, words) == 0
                    or (words[0] == "lord" and peer_by_seat(words, theirs) == 0)
                    or without_place_of(theirs, words, answer.text)
                    or (named_after(theirs, words) and theirs in (words[2:], words[3:]))
                    # "Battle of Corunna" beside "Corunna": the notes' own longer name for it
                    or (named_after(words, theirs) and words in (theirs[2:], theirs[3:]))
                ):
                    same.add(k)
        return same

    def _symbols_of(self, answers: tuple[_Answer, ...]) -> set[int]:
        """The entities that are an accepted answer with or without its noun for a measured
        value ("Rf" beside "Rf value", `symbol_without_measure`): one thing, no rival."""
        same: set[int] = set()
        for answer in answers:
            words = answer.form.words
            if answer.numeric or len(words) not in (1, 2):
                continue
            # One side is the other's first word alone: only those entities are read.
            if len(words) == 2:
                same.update(
                    k
                    for k in self._by_words.get(words[:1], ())
                    if symbol_without_measure(self._entities[k].form.words, words, answer.text)
                )
            else:
                same.update(
                    k
                    for k in self._pairs_by_first.get(words[0], ())
                    if symbol_without_measure(
                        words, self._entities[k].form.words, self._entities[k].text
                    )
                )
        return same

    def _short_forms_of(self, answers: tuple[_Answer, ...]) -> set[int]:
        """The entities that are an accepted answer's acronym ("GDP" beside "Gross Domestic
        Product"): the same thing, no rival. An acronym two names of the deck may be shortened
        to ("PC": police constable, personal computer) stays a rival of both. The other way, a
        name with an acronym answer's initials is no proof ("Gregor Mendel" for "GM", which
        stands for genetically modified): the notes' own pairs (`Grader._synonyms`) say."""
        acronyms, spelt = self._acronym_indexes()
        if not acronyms:
            return set()
        compacts = {answer.form.compact for answer in answers}
        same: set[int] = set()
        for answer in answers:
            if answer.numeric:
                continue
            if _ACRONYM_IN_NUMBERS.fullmatch(answer.text):
                continue  # "GM" beside "Gregor Mendel": only the notes say what it stands for
            for letters in initial_forms(answer.text) if len(answer.form.words) > 1 else ():
                found = acronyms.get(letters)
                rivals = [
                    k
                    for k in spelt.get(letters, ())
                    if self._entities[k].form.compact not in compacts
                    # the answer in the other number ("low-income countries") is no rival
                    and not other_number(self._entities[k].form.words, answer.form.words)
                ]
                if found and not rivals:
                    same.update(found)
        return same

    def _acronym_indexes(self) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
        """(letters -> the acronym entities, letters -> the names that may be shortened so)."""
        if self._acronyms is None or self._spelt is None:
            acronyms: dict[str, list[int]] = {}
            spelt: dict[str, list[int]] = {}
            for k, entity in enumerate(self._entities):
                if _ACRONYM_IN_NUMBERS.fullmatch(entity.text):
                    acronyms.setdefault(_acronym_letters(entity.text), []).append(k)
            if acronyms:
                for k, entity in enumerate(self._entities):
                    if len(entity.form.words) > 1:
                        for letters in initial_forms(entity.text):
                            if letters in acronyms:
                                spelt.setdefault(letters, []).append(k)
            self._acronyms, self._spelt = acronyms, spelt
        return self._acronyms, self._spelt

    def _match_number(
        self, i: int, answer: _Answer, given: str, g: _Form, plan: _Plan
    ) -> _Match | None:
        if g.compact == answer.form.compact and _LETTER_THEN_DIGIT.search(answer.text):
            return _matched(i, "exact", 0)  # a formula as written: "C-60" for "C60" is no -60
        if i and answer.text in self._converted and not _names_a_unit(given):
            return None  # "162" for "72 °C (162 °F)": the figure of the other unit, unnamed
        era = era_of(given)
        if era is not None and era_of(answer.text) not in (None, era):
            return None  # "280 AD" for "c. 280 BC": the same figure in the other era
        kind = match_number(
            answer.quantity, answer.date, answer.squashed, as_quantity_text(given), answer.year
        )
        if kind is None or _unit_refused(plan, given) or _unit_differs(answer, given):
            if not _in_another_multiple(answer, given):
                return None  # the same number in another unit ("61 miles" for "61 km") is wrong
            kind = "number"  # "400 kV" for "400 000 V"
        return (
            _matched(i, kind, 0) if kind in ("exact", "number", "year") else _Match(2, 1, i, kind)
        )

    def _match_text(self, i: int, answer: _Answer, g: _Form, plan: _Plan) -> _Match | None:
        if g.digits != answer.form.digits:
            return None  # numbers inside a name are never fuzzy: "MiG-21" is not "MiG-23"
        if answer.text in plan.acronyms and g.compact not in (e := answer.form.compact, e + "s"):
            return None  # each letter stands for a word: "MSRA" is no slip of "MRSA"
        gw, ew = g.words, answer.form.words
        if len(gw) == len(ew) + 1 and len(ew) > 1:
            # A slip in the answer's leading article ("Tce Return of the King").
            whole = _with_article(answer.text)
            if len(whole) == len(gw) and whole[1:] == gw[1:]:
                d = words_distance(gw, whole)
                if d is not None:
                    return _matched(i, "typo", d)
        if len(gw) == len(ew):
            if answer.name and initials_for(gw, ew) and self._a_person(answer):
                d = word_distance(gw[-1], ew[-1])  # "N. Bohr" for "Niels Bohr"
                return None if d is None else _matched(i, "part", d)
            reordered = len(ew) > 1 and sorted(gw) == sorted(ew)
            if reordered and answer.name and not ends_in_category(ew):
                return _matched(i, "reorder", 0)
            if len(gw) == 1 and _titled(answer.text):  # "The Beetles": a title, no word
                d = word_distance(gw[0], ew[0], alone=False)
            else:
                d = words_distance(gw, ew)
            if (
                d is None
                and answer.name
                and _surname_spelt_longer(gw, ew)
                and self._a_person(answer)
            ):
                d = 1  # "Louise Browne" for "Louise Brown": the first name says who
            if d is None and answer.name and len(ew) > 1 and same_given_name(gw[0], ew[0]):
                return self._by_short_name(i, plan, gw, ew)  # "Sam Adams" for "Samuel Adams"
            return None if d is None else _matched(i, "typo", d)
        if (
            len(gw) < len(ew)
            and _ROMAN.fullmatch(ew[-1])
            and len(ew[-1]) < len(ew[-2])
            and ew[-1] not in gw
        ):
            return None  # "Murad" for "Murad I": a ruler's number left out is no slip of a letter
        # Words split or joined ("co existance" for "coexistence"): one slip at most.
        d = word_distance(g.compact, answer.form.compact, alone=len(ew) == 1)
        if d is not None and d <= 1:
            return _matched(i, "typo", d)
        if not answer.name:
            return None
        if len(gw) < len(ew):  # a surname for the full name
            if len(gw) == 2 and same_given_name(gw[0], ew[0]) and self._a_person(answer):
                return self._by_short_name(i, plan, (gw[0], *ew[1:-1], gw[-1]), ew)
            if len(gw) == 2 and _without_middle(gw, ew) and self._a_person(answer):
                if self._namesake(plan, ew):
                    return None  # "George Bush" beside "George W. Bush": either of them
                d = word_distance(gw[-1], ew[-1])  # "John McAdam" for "John Loudon McAdam"
                return None if d is None else _matched(i, "part", d)
            if len(gw) == 1 and family_name_first(ew, answer.text):
                d = word_distance(gw[0], ew[0])  # "Saigo" for "Saigō Takamori": family name first
                if d is not None and not self._kin(plan, ew[0]):
                    return _matched(i, "part", d)
            tail = ew[-len(gw) :]
            if not is_trailing_part(tail, ew, True):
                return None
            if not (
                self._a_person(answer)
                or self._known_by_surname(answer, tail)
                or self._sole_namesake(plan, answer, tail)
            ):
                return None
            d = words_distance(gw, tail)
            return None if d is None else _matched(i, "part", d)
        extras = gw[: len(gw) - len(ew)]  # a first name or title added to the name
        # "Stephenson's Rocket": whose it is, so a maker who is another entity is no rival
        owner = len(extras) > 1 and extras[-1] == "s"
        if not acceptable_extras(extras) or (not owner and self._names_other(extras, plan)):
            return None
        if _another_first_name(extras, ew, plan.answers) and not self._near_other(plan, g):
            return None  # "Louis Armstrong" where the key says "Neil Armstrong"
        d = words_distance(gw[len(extras) :], ew)
        return None if d is None else _matched(i, "extended", d)

    def _match_parts(self, i: int, answer: _Answer, given: str, plan: _Plan) -> _Match | None:
        """All the parts of a multi-part answer, in any order ("NATO and Warsaw")."""
        given_parts = _given_parts(given)
        if len(given_parts) != len(answer.parts):
            return None
        pairs = self._pair_parts(answer, given_parts, plan, _split_parts(given))
        if len(pairs) != len(answer.parts):
            return None
        in_order = all(g == e for g, (e, _) in pairs.items())
        if in_order and any(  # a part by its symbol or another word of its family: as written?
            self._match_text(e, answer.parts[e], given_parts[k], plan) is None
            for k, (e, _) in pairs.items()
        ):
            in_order = False  # then the reason says how the notes write it
        distance = sum(d for _, d in pairs.values())
        return _matched(i, "exact" if in_order else "reorder", distance)

    def _pair_parts(
        self,
        answer: _Answer,
        given_parts: tuple[_Form, ...],
        plan: _Plan,
        pieces: tuple[str, ...] = (),
    ) -> dict[int, tuple[int, int]]:
        """Given part index -> (expected part index, edits), each paired with a different part.
        A part typed as an element's symbol (`pieces`, the parts as written: "N, P and K")
        answers the part naming that element."""
        options: list[list[tuple[int, int]]] = []
        for k, g in enumerate(given_parts):
            found: list[tuple[int, int]] = []
            for e, part in enumerate(answer.parts):
                m = self._match_text(e, part, g, plan)
                if m is not None:
                    found.append((e, m.distance))
                elif (pieces and self._symbol_of_part(part, pieces[k], g)) or self._family_of_part(
                    part, g, plan
                ):
                    found.append((e, 0))
            options.append(found)
        return pair_parts(options)

    def _family_of_part(self, part: _Answer, g: _Form, plan: _Plan) -> bool:
        """True when `g`, one word, is a word of the family of the one-word term `part` of a
        multi-part answer ("manufacture" in "manufacturing and packaging"), as a one-word
        answer is taken (`_other_form`): never when another entity of the deck is that word
        or of its family."""
        if len(g.words) != 1 or len(part.form.words) != 1 or part.numeric:
            return False
        word = g.words[0]
        if not same_family(word, part.form.words[0]) or not _a_term(part):
            return False
        return not any(
            k not in plan.excluded and same_family(word, self._entities[k].form.words[0])
            for k in self._by_stem.get(word[:MIN_STEM], ())
        ) and not self._is_other(plan, g.compact)

    def _symbol_of_part(self, part: _Answer, piece: str, g: _Form) -> bool:
        """True when `piece`, a part of a typed answer, is the symbol of the element `part`
        names, and no other entity of the deck."""
        return (
            len(piece) <= _MAX_SYMBOL_CHARS
            and written_formula(piece) in element_formulas(part.text)
            and g.compact not in self._by_compact
        )

    def _other_number(self, g: _Form, answer: _Answer, words: bool | None = None) -> bool:
        """`g` is `answer` in the other number. The plural of a capitalised answer is always its
        plural ("ions" for "Ion", a definition's first word); its singular only when the notes
        write that form too ("Nazi" beside "Nazis"): "Mar" is no singular of "Mars". `words`:
        `other_number` of the two, when the caller has it already."""
        if answer.numeric:
            return False
        if _ACRONYM_IN_NUMBERS.fullmatch(answer.text) and g.compact in _acronym_numbers(answer):
            return True  # "YOI" for "YOIs", "PCSOs" for "PCSO"
        if in_classical_number(g.words, answer.form.words) and not _last_word_a_name(answer.text):
            return True  # "patagia" for "patagium", "tragi", "country wife" for "Country wives"
        if not (other_number(g.words, answer.form.words) if words is None else words):
            return False
        if not answer.text[:1].isupper() or len(g.compact) > len(answer.form.compact):
            return True
        return g.compact in self._by_compact

    def _partly_right(self, plan: _Plan, given: str) -> bool:
        """True when some parts of a multi-part answer are right but not all of them."""
        parts, pieces = _given_parts(given), _split_parts(given)
        return any(self._pair_parts(answer, parts, plan, pieces) for answer in plan.several)

    def _names_other(self, words: tuple[str, ...], plan: _Plan) -> bool:
        """True when `words`, or one of them, is itself another entity or its surname ("gero nagy"
        names two people; a shared first name such as "john" does not count, nor a title such
        as "president" that the notes also use on its own)."""
        candidates: list[tuple[str, ...]] = [(w,) for w in words if not is_title(w)]
        if len(words) > 1:
            candidates.append(words)
        return any(k not in plan.excluded for c in candidates for k in self._tails.get(c, ()))

    def _verdict(self, best: _Match, plan: _Plan, g: _Form, shown: str) -> Grade:
        answer = plan.answers[best.position]
        if best.kind == "part" and best.distance == 0:
            other = next((k for k in self._tails.get(g.words, ()) if k not in plan.excluded), None)
            if other is not None:
                name = self._entities[other].text
                reason = (
                    f"Not accepted — “{shown}” could also be “{name}”; "
                    f"the answer is “{answer.text}”."
                )
                return Grade(False, Verdict.CLOSE_TO_OTHER, answer.text, shown, reason)
        if best.kind in ("year", "respelt"):
            verdict = Verdict.NUMBER if best.kind == "year" else Verdict.TYPO
            reason = f"Correct — that's {answer.value_shown}."
            return Grade(True, verdict, answer.text, shown, reason)
        near = None
        in_number = bool(best.distance) and (
            other_number(g.words, answer.form.words)
            or (answer.text[:1].isupper() and name_in_other_number(g.words, answer.form.words))
        )
        if best.distance and self._other_number(g, answer, in_number):
            # "Nazi" for "Nazis": the same group, even when the notes also write it singular
            return Grade(True, Verdict.ALIAS, answer.text, shown, _number_reason(g, answer))
        if best.distance:  # a misspelling as close to another entity of the deck
            near = plan.nearest_other(g.compact, best.distance)
        elif best.kind == "extended":  # a longer name that is another entity ("Robert Kennedy")
            k = self._by_compact.get(g.compact)
            if k is not None and k not in plan.excluded:
                near = self._entities[k].text, 0
        if near is not None:
            name, distance = near
            reason = (
                _ANOTHER_ANSWER.format(name, answer.text)
                if distance == 0
                else f"Not accepted — that looks as much like “{name}” as “{answer.text}”."
            )
            return Grade(False, Verdict.CLOSE_TO_OTHER, answer.text, shown, reason)
        if best.distance:
            if in_number:  # "Nazi" for "Nazis": no misspelling
                return Grade(True, Verdict.TYPO, answer.text, shown, _number_reason(g, answer))
            if best.kind == "part" and answer.form.words[: len(g.words)] == g.words:
                # "Galileo" for "Galileo Galilei": his first name as written, no misspelt surname
                reason = _NAME_REASONS["part"].format(answer.text)
                return Grade(True, Verdict.ALIAS, answer.text, shown, reason)
            reason = f"Accepted — the spelling is “{answer.text}”."
            return Grade(True, Verdict.TYPO, answer.text, shown, reason)
        if best.kind == "number":
            # "1.8 m per year" is read as 1.8 million too: with a unit, show the answer as written
            value = answer.text if answer.unit not in (None, "percent") else answer.value_shown
            reason = f"Correct — that's {value}."
            return Grade(True, Verdict.NUMBER, answer.text, shown, reason)
        if best.kind == "exact":
            verdict = Verdict.EXACT if best.position == 0 else Verdict.ALIAS
            reason = _accepted(verdict, plan.answers[0].text)
            return Grade(True, verdict, answer.text, shown, reason)
        reason = _NAME_REASONS[best.kind].format(answer.text)
        return Grade(True, Verdict.ALIAS, answer.text, shown, reason)


def _without_leading_words(text: str, n: int) -> str:
    """`text` without its first `n` words, a hyphen parting words as a space does
    ("Vice-Admiral Nelson" without 2: "Nelson")."""
    pieces = re.split(r"[\s\-\u2010-\u2015]+", text.strip())
    return " ".join(pieces[n:])


_ARTICLES = frozenset({"the", "a", "an"})


def _without_inner_articles(plan: _Plan, g: _Form) -> _Answer | None:
    """The accepted answer of three words or more that `g` gives with an article inside it left
    out or put in ("Valley of Kings", "Book of Dead" for "Valley of the Kings", "Book of the
    Dead"), a slip in the rest at most: an article is never what a name's question tests.
    A leading article is dropped from every form already (`_form`)."""
    gw = g.words
    if len(gw) < 2:
        return None
    bare = tuple(word for word in gw if word not in _ARTICLES)
    for answer in plan.answers:
        ew = answer.form.words
        if answer.numeric or len(ew) < 3 or len(ew) == len(gw):
            continue
        theirs = tuple(word for word in ew if word not in _ARTICLES)
        if len(theirs) == len(bare) > 1 and words_distance(bare, theirs) is not None:
            return answer
    return None


def _doer_or_deed(plan: _Plan, given: str, shown: str) -> str | None:
    """The reason when the one word `given` names the doer of what every one-word accepted
    answer names, or the deed of the doer it names (`doer_for_deed`: "usurper" for
    "usurpation"): a word of the family a letter or two away, but another thing. None when
    some accepted answer is no such pair with it, or none is one word."""
    words = [answer for answer in plan.answers if len(answer.form.words) == 1]
    if not words:
        return None
    doers = [doer_for_deed(given, answer.form.key) for answer in words]
    if any(doer is None for doer in doers):
        return None
    first = plan.answers[0].text
    if doers[0] == given.removesuffix("s"):
        return f"Not quite — “{shown}” names who does it; the answer is “{first}”."
    return f"Not quite — the answer names who does it: “{first}”."


def _titled(text: str) -> bool:
    """True for a title or proper name written with its article ("The Beatles", "The Hobbit"):
    its word, mistyped into a word of English ("Beetles"), is still a slip of the name."""
    return text.startswith("The ") and text[4:5].isupper()


def _another_first_name(
    extras: tuple[str, ...], ew: tuple[str, ...], answers: tuple[_Answer, ...]
) -> bool:
    """True when the accepted answers give the full name ending in `ew` and none has a first
    name added in `extras` ("louis" before "armstrong" when the key is "Neil Armstrong"): the
    surname was accepted alone, not for anyone who bears it."""
    firsts = [
        a.form.words[: -len(ew)]
        for a in answers
        if len(a.form.words) > len(ew) and a.form.words[-len(ew) :] == ew
    ]
    return bool(firsts) and not any(
        _same_first_name(mine, theirs) for names in firsts for mine in extras for theirs in names
    )


def _without_middle(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given`, two words, is the first name of the person `expected` (three
    words or more), or its initial, before a surname: the middle names left out ("John McAdam",
    "I Brunel"); the surname itself is compared by the caller."""
    first, mine = expected[0], given[0]
    return len(expected) > len(given) and (mine == first or (len(mine) == 1 and first[0] == mine))


_MIN_SURNAME = 4


def _surname_spelt_longer(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is the full name `expected` with one letter added to the end of its
    surname ("louise browne" for "louise brown", "robert peele"): a surname's other spelling,
    while the first name, typed as the notes write it, says who is meant."""
    return (
        len(expected) >= 2
        and given[:-1] == expected[:-1]
        and len(expected[-1]) >= _MIN_SURNAME
        and len(given[-1]) == len(expected[-1]) + 1
        and given[-1].startswith(expected[-1])
        and given[-1].isalpha()
    )


def _same_first_name(mine: str, theirs: str) -> bool:
    """One first name, an initial of it ("j" / "joanne"), a slip of it, its abbreviation ("mt"
    / "mount"), or a title."""
    if mine == theirs or is_title(mine) or abbreviates(mine, theirs):
        return True
    if mine[0] != theirs[0]:
        return False
    if min(len(mine), len(theirs)) <= _SHORT_NAME:  # "j" for "joanne", "bb" or "evs" slipped
        return len(mine) == 1 or len(theirs) == 1 or OSA.distance(mine, theirs) <= 1
    return word_distance(mine, theirs, alone=False) is not None


_SHORT_NAME = 4


# How the deck's grader is told two names are one thing (`bot.questions._other_names.synonyms`).
_ALSO_CALLED = ", also called "


def _person_and_other_word(name: str, other: str) -> bool:
    """True when one side names a person by given name and surname, written capitalised
    ("Fritz Hofmann"; not "Elizabeth line", a thing named after her), and the other is one word
    that is none of his names ("Bayer", "Ajaccio"): a bracket after a person names where he was
    or whom he worked for; a byname has more words ("Mad Ridley", "the Iron Duke") or one of
    his own (a nickname of one word is refused too, the price of never taking his firm for
    him)."""
    for person, word in ((name, other), (other, name)):
        written, words, single = person.split(), _form(person).words, _form(word).words
        if (
            len(single) == 1
            and len(words) >= 2
            and len(written) == len(words)
            and all(part[:1].isupper() for part in written)
            and words[0] in GIVEN_NAMES
            and single[0] not in words
            and not is_title(single[0])
        ):
            return True
    return False


def _formulas(answers: tuple[_Answer, ...]) -> tuple[tuple[int, str], ...]:
    """The formulas the accepted answers name (`_Plan.formulas`). An answer written as a formula
    takes no name: a question asking for the formula ("H2SO4") is not answered by the name."""
    return tuple(
        (i, formula)
        for i, answer in enumerate(answers)
        if not answer.numeric and (formula := formula_of(answer.text)) is not None
    )


def _names_a_unit(given: str) -> bool:
    """True when `given` names a unit or currency for its number ("162 °F", "£5")."""
    return unit_of(given) is not None or currency_of(given) is not None


def _substance(plan: _Plan, given: str) -> _Answer | None:
    """The accepted answer `given` names by its formula ("NaOH" for sodium hydroxide,
    `_grade_formulas`)."""
    if plan.formulas and may_be_formula(given):
        typed = canonical(given)
        for i, formula in plan.formulas:
            if formula == typed:
                return plan.answers[i]
    return None


_MIN_NUMBERED = 3  # a shorter word's "s" makes another word too ("bu"/"bus", "ga"/"gas")


def _other_numbers(compact: str) -> tuple[str, ...]:
    """A folded answer in the other number, by the regular "-s" (both ways), when neither form
    is a word of English: the deck's entity so written ("Arribadas", "Brochs") is the same
    thing. English gives some plurals a sense of their own ("goods", "customs"), and grades an
    English plural by its own rules (`Grader._other_number`)."""
    if not compact.isalpha() or compact.endswith("ss"):
        return ()
    other = compact[:-1] if compact.endswith("s") else compact + "s"
    return () if is_english(compact) or is_english(other) else (other,)


def _in_number(name: str, plural: bool) -> tuple[str, ...]:
    """`name` as written, and first in the number of the answer it stands for ("sex cells" for
    "gametes", "sex cell" for "Gamete"): then the student reads it as also known, not respelt."""
    if plural and not name.endswith("s"):
        return (name + "s", name)
    if not plural and name.endswith("s") and not name.endswith("ss"):
        return (name[:-1], name)
    return (name,)


# "between 3,000 and 10,000", "from 1803 to 1815": a range written in words
# The low figure's groups are split by single spaces only ("10 000"): a run of spaces is no
# figure, and "[\d,. ]*" before "\s+" tried every split of one (quadratic on a long answer).
_RANGE_IN_WORDS = re.compile(
    r"^\s*(?:between|from)\s+(\d[\d,.]*(?: [\d,.]+)*)\s+(?:and|to)\s+(\d[\d,.]*)(.*)$",
    re.IGNORECASE,
)


def _as_range(item: str) -> tuple[str, ...]:
    """`item`, a range written in words ("between 3,000 and 10,000"), as figures joined by a
    dash ("3,000–10,000"), which a range typed in any way is compared with by value; else none."""
    found = _RANGE_IN_WORDS.match(item)
    if found is None:
        return ()
    low, high, rest = found.group(1).strip(), found.group(2), found.group(3)
    return (f"{low}–{high}{rest}",)


def _accepted_answers(expected: str | tuple[str, ...]) -> tuple[_Answer, ...]:
    """The accepted answers, prepared; a clear error when there is nothing to grade against."""
    given_items = (expected,) if isinstance(expected, str) else expected
    for item in given_items:
        if not isinstance(item, str):
            raise TypeError(f"accepted answers must be strings, not {type(item).__name__}")
    items = [
        side
        for item in given_items
        for side in (*_with_acronym_sides(item), *title_sides(item), *_as_range(item))
    ]
    answers: list[_Answer] = []
    seen: set[str] = set()
    for item in items:
        answer = _answer(_INVISIBLE.sub("", item).strip())  # as a typed answer is read
        if (answer.form.compact or answer.numeric) and answer.text not in seen:
            seen.add(answer.text)
            answers.append(answer)
    if not answers:
        raise ValueError(f"no accepted answer to grade against in {expected!r}")
    return tuple(answers)


@lru_cache(maxsize=32)
def _grader(others: tuple[str, ...]) -> Grader:
    return Grader(others)


def grade(expected: str | Sequence[str], given: str, *, others: Sequence[str] = ()) -> Grade:
    """Grade a typed answer.

    `expected` is the accepted answer, or several (the first is the one to show). `others` are the
    other entities of the deck (names, places, terms): an answer as close to one of them as to the
    expected answer is not accepted as a typo, nor words another one holds too. They also tell when
    a name without a word for a place's part is enough ("Hebrides" for "Outer Hebrides"): only
    when the deck has other names and none of them has those words; a bare call refuses it. A
    term's head noun alone ("condenser" for "separate condenser") is refused either way.
    For many answers on one deck, build a `Grader` once.
    This is the one grading path: a quiz's grader is `Grader(generator.entities())`, so `grade(…,
    others=generator.entities())` gives the same verdict and reason for every answer.
    """
    return _grader(tuple(others)).grade(expected, given)
