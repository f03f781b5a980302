"""QuestionGenerator: every good question a deck allows, and varied batches drawn from them.

All candidates are built once (overgenerate, then drop whatever fails a quality check). A batch
takes kinds in a weighted rotation, one question per fact (or term, or event) until the deck runs
out of fresh ones, and keeps true/false answers balanced. Everything random is drawn from the seed,
so a deck and a seed always give the same questions with the same ids.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial

from bot.questions._also_true import without_also_true
from bot.questions._arrows import with_arrows
from bot.questions._because import because_questions
from bot.questions._choice import choice_questions
from bot.questions._chronology import PROMPT as CHRONOLOGY_PROMPT
from bot.questions._chronology import chronology_questions
from bot.questions._cloze import cloze_questions
from bot.questions._context import DeckContext, FactRef
from bot.questions._dated import dated_share
from bot.questions._draw import random_order
from bot.questions._entities import without_parenthetical
from bot.questions._entity_names import label_names, line_names
from bot.questions._everyday import is_everyday
from bot.questions._fact_parts import as_part, cell_lines, part_lines
from bot.questions._figures import figure_keys
from bot.questions._handwritten import handwritten_question
from bot.questions._hints import choice_hint, more_hints
from bot.questions._leaks import leaks
from bot.questions._list_items import with_list_lead
from bot.questions._list_names import list_names
from bot.questions._lists import list_questions
from bot.questions._long_lines import fitted
from bot.questions._loose_ends import without_loose_ends
from bot.questions._matching import matching_questions
from bot.questions._model import FALSE, TRUE, Question, QuestionKind
from bot.questions._notes import option_notes
from bot.questions._opposites import opposite_question
from bot.questions._other_names import all_glosses, synonyms
from bot.questions._overlap import overlap
from bot.questions._paired_lines import paired_keys, paired_questions, paired_subject
from bot.questions._part import Part, parts_for
from bot.questions._phrasing import shown_heading
from bot.questions._qa_pairs import qa_questions, question_lines
from bot.questions._reasons import reason_questions
from bot.questions._restored import asks_the_name, restored_lines
from bot.questions._same_fact import same_facts
from bot.questions._same_term import term_keys
from bot.questions._sequences import sequence_questions
from bot.questions._sibling_keys import gives_key
from bot.questions._sibling_subjects import subject_above
from bot.questions._spans import SpanKind
from bot.questions._table_names import table_names
from bot.questions._table_questions import table_questions
from bot.questions._tables import flattened_row, table_rows
from bot.questions._terms import term_questions
from bot.questions._tidy_stems import (
    lost_referent,
    subject_lost,
    without_lead_label,
    without_list_letter,
)
from bot.questions._truefalse import true_false_question
from bot.questions._which_topic import which_topic_question
from knowledge.frozen import quick_init
from knowledge.importers.terms import glossary_names, split_glossary
from knowledge.model import Deck
from knowledge.search._lemma import lemma
from knowledge.text import fold

# How often each kind comes up in a batch, relative to the others.
WEIGHTS = {
    QuestionKind.CLOZE: 3,
    QuestionKind.CHOICE: 3,
    QuestionKind.TRUE_FALSE: 2,
    QuestionKind.HANDWRITTEN: 2,
    QuestionKind.WHICH_TOPIC: 1,
    QuestionKind.CHRONOLOGY: 1,
    QuestionKind.TERM_TO_DEFINITION: 1,
    QuestionKind.DEFINITION_TO_TERM: 1,
    QuestionKind.REASON: 3,
    QuestionKind.MULTI_SELECT: 1,
    QuestionKind.MATCHING: 1,
}


# Kinds drawn only when asked for by name (`kinds`), never in a quiz's or a sample's mix. "Which
# topic does this belong to?" tests where the handout put a line, not the subject: blind reviews
# found 2 of 18 sound in rounds 23–24b (43 of 80 over rounds 11–24b), the line's own words often
# name its section, two sections often share it, and every other question's label prints the
# sections it offers (docs/quiz-review/s22-quiz-findings.md).
ON_REQUEST_KINDS = frozenset({QuestionKind.WHICH_TOPIC})

# Groupings of the pool kept per (topic, kinds) asked for; more are made again when asked.
_KEPT_GROUPINGS = 64
# At most this share of a batch may turn on a year (issue: 23 of 60 did).
MAX_YEAR_SHARE = 0.3
# A batch this size or smaller asks no link twice (`overlap`, pair by pair).
MAX_LINK_CHECKED = 200
# How many "Which topic?" questions of a batch may have one answer: once, and twice only to fill a
# batch the deck is short for (four dated lines of one history section, all answered by it, test
# the notes' layout, not the lines).
_SAME_TOPIC_ANSWER = 1
_SAME_TOPIC_ANSWER_SHORT = 2
_YEAR = re.compile(r"(?:in )?(?:1\d{3}|20\d{2})(?:s)?")


@quick_init
@dataclass(frozen=True, slots=True)
class _Candidate:
    question: Question
    subjects: frozenset[str]  # what it asks about; a batch asks about each once while it can
    topics: frozenset[str]  # the topics it belongs to, for `topic_id` filtering

    def __reduce__(self) -> tuple[type[_Candidate], tuple[object, ...]]:
        """Pickled as its fields (see `Question.__reduce__`)."""
        return _Candidate, (self.question, self.subjects, self.topics)


class QuestionGenerator:
    """Questions from one deck. Deterministic for a given deck and seed."""

    def __init__(self, deck: Deck, *, seed: int = 0) -> None:
        if not isinstance(deck, Deck):
            raise TypeError(
                f"QuestionGenerator needs a knowledge.model.Deck, not {type(deck).__name__}"
            )
        if isinstance(seed, bool) or not isinstance(seed, int):
            raise TypeError(f"seed must be an int, not {type(seed).__name__}")
        self._deck = deck
        self._seed = seed
        self._context: DeckContext | None = None
        self._candidates: list[_Candidate] | None = None
        self._grouped: dict[object, dict[QuestionKind, list[list[_Candidate]]]] = {}
        # folded name -> the statements that might define it (`glossary_names`), and the subject
        # of the one that does (None: none does), found when first asked
        self._defining: dict[str, list[FactRef]] | None = None
        self._defining_found: dict[str, str | None] = {}
        self._dated: float | None = None
        # How many parts the pool is built in (`bot.questions._part`); its order is part by part
        # however it is built, so a deck's pool is the same in-process and from workers.
        self.parts = parts_for(deck)
        # Parts taken in so far (`take_part`) while the rest is still being built elsewhere, and
        # their candidates (one per question id), drawn from until the whole pool is in.
        self._taken: dict[int, list[_Candidate]] = {}
        self._partial: list[_Candidate] | None = None
        self._partial_ids: set[str] = set()

    def _dated_share(self) -> float:
        if self._dated is None:
            self._dated = dated_share(self._deck)
        return self._dated

    @property
    def _ctx(self) -> DeckContext:
        # Built on first use: a generator given a pool built elsewhere (`adopt`) never needs it.
        if self._context is None:
            self._context = DeckContext(self._deck, self._seed)
        return self._context

    @property
    def deck(self) -> Deck:
        return self._deck

    @property
    def seed(self) -> int:
        return self._seed

    def all_candidates(
        self, *, topic_id: str | None = None, kinds: Collection[QuestionKind] | None = None
    ) -> list[Question]:
        """Every question passing the quality checks, in deck order, for a scheduler to choose
        (`ON_REQUEST_KINDS` too: a scheduler asking students leaves them out)."""
        return [candidate.question for candidate in self._select(topic_id, kinds)]

    def count(self) -> int:
        """How many questions passed the quality checks (the whole deck, or while parts are still
        being taken in, those taken so far; no list is made)."""
        return len(self._available())

    def distinct_count(self) -> int:
        """How many questions one quiz can ask at most: one per fact, no stem twice, drawn with
        the generator's seed. It is what `quiz sample` gives when asked for more (with the same
        seed) and what `deck import` reports; `count` counts every built variant of them."""
        return len(self.generate(max(1, len(self._available()))))

    def generate(
        self,
        n: int,
        *,
        topic_id: str | None = None,
        kinds: Collection[QuestionKind] | None = None,
        seed: int | None = None,
        typed: bool | None = None,
    ) -> list[Question]:
        """Up to `n` questions of varied kinds, each on a different fact while the deck has enough.

        Fewer than `n` come back only when the deck (or the topic, or the kinds asked for) has no
        more distinct questions. `seed` draws a different batch from the same built questions (the
        generator's own seed when None): a quiz start costs a draw, never a rebuild of the pool.
        `typed` keeps only typed questions (True) or only those with options (False): a kind
        may be asked either way ("Which term means …?" is typed where too few terms of its kind
        make options).
        """
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValueError(f"the number of questions must be a whole number ≥ 0, not {n!r}")
        groups = self._groups(topic_id, kinds, typed)
        drawn = self._seed if seed is None else seed
        key = f"{drawn}\x1fgenerate\x1f{topic_id}\x1f{sorted(kinds or ())}"
        # No more year questions than the notes give years: a science deck's few dates are trivia.
        max_years = int(n * min(MAX_YEAR_SHARE, self._dated_share()))
        chosen = _draw(groups, n, random.Random(key), max_years)
        if len(chosen) < n:
            # Short of `n`: a question on several lines (a sequence's steps, a list matched)
            # takes the place of the questions those lines could each give. Drawn again with
            # such questions asked only on lines nothing else asks about, the quiz is kept when
            # it is longer (round 13: an ordering question had cost a small deck three).
            spared = _draw(groups, n, random.Random(key), max_years, spare_lines=True)
            if len(spared) > len(chosen):
                chosen = spared
        if len(chosen) < n <= MAX_LINK_CHECKED and _pool_size(groups) <= _MAX_REDRAWN_POOL:
            chosen = _redrawn(groups, n, key, max_years, chosen)
        return [candidate.question for candidate in chosen]

    def _groups(
        self,
        topic_id: str | None,
        kinds: Collection[QuestionKind] | None,
        typed: bool | None = None,
    ) -> dict[QuestionKind, list[list[_Candidate]]]:
        """Per kind, the candidates grouped by what they ask about (in deck order), worked out
        once per topic and kinds asked for: a quiz start then draws in time of its size."""
        key = (
            topic_id,
            None if kinds is None else frozenset(QuestionKind(k) for k in kinds),
            typed,
        )
        grouped = self._grouped
        found = grouped.get(key)
        if found is None:
            found = self._grouping(topic_id, kinds, typed)
            if len(grouped) >= _KEPT_GROUPINGS:
                grouped.clear()
            grouped[key] = found
        return found

    def _grouping(
        self,
        topic_id: str | None,
        kinds: Collection[QuestionKind] | None,
        typed: bool | None = None,
    ) -> dict[QuestionKind, list[list[_Candidate]]]:
        by_kind: dict[QuestionKind, dict[frozenset[str], list[_Candidate]]] = {}
        for candidate in self._select(topic_id, kinds, drawn=True):
            if typed is not None and candidate.question.typed != typed:
                continue
            subjects = by_kind.setdefault(candidate.question.kind, {})
            subjects.setdefault(candidate.subjects, []).append(candidate)
        return {kind: list(by_kind[kind].values()) for kind in QuestionKind if kind in by_kind}

    @property
    def built(self) -> bool:
        """True once every candidate has been built (drawing a batch is then cheap)."""
        return self._candidates is not None

    @property
    def usable(self) -> bool:
        """True once there is something to draw from without building: the whole pool, or some
        of its parts (`take_part`)."""
        return self._candidates is not None or self._partial is not None

    def pool(self, part: int | None = None, *, parts: int | None = None) -> tuple[object, ...]:
        """Every built candidate, built now if need be, or only those of part `part` of `parts`
        (the generator's own `parts` by default; another process passes the count its
        generator uses): what `adopt` or `take_part` takes in another process."""
        if part is None:  # kept only by `adopt`: a thread building it never shows half a pool
            return tuple(self._candidates if self._candidates is not None else self._whole())
        return tuple(self._checked(Part(part, self.parts if parts is None else parts)))

    def adopt(self, pool: tuple[object, ...]) -> None:
        """Use candidates `pool()` built from the same deck and seed (e.g. in a worker process)."""
        self._candidates = _candidates(pool)
        self._grouped = {}

    def take_part(self, part: int, pool: tuple[object, ...]) -> bool:
        """Take in part `part`'s candidates (`pool(part)`, built elsewhere), in any order; draws
        use the parts taken so far. True once every part is in: `complete` then makes the whole
        pool (in deck part order, as `pool()` would)."""
        if not 0 <= part < self.parts:
            raise ValueError(f"part {part} of {self.parts} does not exist")
        if self._candidates is not None or part in self._taken:
            return self._candidates is None and len(self._taken) == self.parts
        candidates = _candidates(pool)
        self._taken[part] = candidates
        partial = list(self._partial or ())
        for candidate in candidates:
            if candidate.question.id not in self._partial_ids:
                self._partial_ids.add(candidate.question.id)
                partial.append(candidate)
        self._partial = partial  # one assignment: a draw sees the old list or the new one
        return len(self._taken) == self.parts

    def missing_parts(self) -> list[int]:
        """The parts not taken in yet (none once the pool is whole)."""
        if self._candidates is not None:
            return []
        return [part for part in range(self.parts) if part not in self._taken]

    def complete(self) -> None:
        """The whole pool from the parts taken in (a thread can do this; draws go on meanwhile)."""
        if self._candidates is None and len(self._taken) == self.parts:
            whole = _unique(
                candidate for part in range(self.parts) for candidate in self._taken[part]
            )
            self._grouped = {}
            self._candidates = whole
            self._taken.clear()
            self._partial = None
            self._partial_ids = set()
            self._grouped = {}

    def warm(self) -> None:
        """Group the pool (or the parts taken so far) for whole-deck draws now (a thread can), not
        at the first start; groupings made from fewer parts are replaced."""
        grouped = self._grouping(None, None)
        self._grouped = {(None, None, None): grouped}

    def entities(self) -> tuple[str, ...]:
        """The deck's names, places, terms, topic titles, acronyms, the other names the notes give
        terms, and capitalised phrases.

        Grading uses them to refuse an answer closer to another entity than to the right one.
        """
        names: list[str] = []
        for entity in self._ctx.index.entities:
            names += [entity.name, without_parenthetical(entity.name), *entity.aliases]
            if entity.kind is SpanKind.PERSON:
                names.append(entity.surname)
        names += self._ctx.stats.acronyms
        names += all_glosses(self._ctx)  # "Abrasion (corrasion)": corrasion is a term too
        names += synonyms(self._ctx)  # "abrasion, also called corrasion": one answer to grading
        for ref in self._ctx.facts:  # "Sultan Murad I", and "Harris" of "by Townsend Harris"
            names += line_names(ref.text, self._ctx.phrases(ref.fact))
        names += label_names(self._ctx)
        names += self._ctx.once(table_names)  # "Sexual spores: zygospores": a name too
        names += self._ctx.once(list_names)  # "Furs: ermine (…) and vair (…)": names too
        unique: dict[str, str] = {}
        for name in names:
            if fold(name):
                unique.setdefault(fold(name), name)
        return tuple(unique.values())

    def _select(
        self,
        topic_id: str | None,
        kinds: Collection[QuestionKind] | None,
        *,
        drawn: bool = False,
    ) -> list[_Candidate]:
        """The candidates of a topic and kinds; for a draw (`drawn`) with no kinds named, none of
        `ON_REQUEST_KINDS`."""
        if topic_id is not None and self._deck.topic(topic_id) is None:
            raise ValueError(f"deck {self._deck.id!r} has no topic with id {topic_id!r}")
        wanted = None if kinds is None else {QuestionKind(kind) for kind in kinds}
        unwanted = ON_REQUEST_KINDS if wanted is None and drawn else frozenset()
        # A quiz on a parent topic covers its subtopics (a flat deck's subtree is the topic alone).
        covered = frozenset(self._deck.subtree(topic_id)) if topic_id is not None else frozenset()
        return [
            candidate
            for candidate in self._available()
            if (wanted is None or candidate.question.kind in wanted)
            and candidate.question.kind not in unwanted
            and (topic_id is None or not covered.isdisjoint(candidate.topics))
        ]

    def _available(self) -> list[_Candidate]:
        """The whole pool; or, while parts are being taken in, those taken so far (never built
        here then: the rest is on its way); else the whole pool built now."""
        if self._candidates is not None:
            return self._candidates
        partial = self._partial
        return partial if partial is not None else self._all()

    def _all(self) -> list[_Candidate]:
        if self._candidates is None:
            self._candidates = self._whole()
        return self._candidates

    def _whole(self) -> list[_Candidate]:
        """Every candidate, part after part, one per question id."""
        return _unique(
            candidate
            for part in range(self.parts)
            for candidate in self._checked(Part(part, self.parts))
        )

    def _checked(self, part: Part) -> list[_Candidate]:
        """The candidates of `part` passing the quality checks, one per question id, with hints."""
        seen: set[str] = set()
        checked: list[_Candidate] = []
        twins = self._ctx.once(same_facts)
        abouts = self._ctx.once(paired_keys)
        parts = self._ctx.once(part_lines)
        for built in self._build(part):
            candidate = _with_parts(_with_twins(built, twins, abouts), parts)
            question = without_list_letter(without_lead_label(_one_line(candidate.question)))
            if question.id in seen:
                continue
            # A list item carrying on its lead's sentence is shown after it (`_list_items`).
            led = with_list_lead(self._ctx, question)
            if led is None:
                continue
            question = led
            # A wrong option whose date lies inside the key's is also right (`_also_true`).
            kept = without_also_true(question)
            if kept is None:
                continue
            question = kept
            # A stem too long for the platforms is cut to the sentences it needs (`fitted`).
            fit = fitted(question, self._ctx)
            if fit is not None:
                question = fit
                seen.add(question.id)
                said = with_arrows(question)
                said = None if said is None else without_loose_ends(said)
                if said is None:
                    continue  # an arrow it shows cannot be said, or it points into the notes
                question = said
                hint = question.hint
                if not question.typed and hint is None:
                    # A letter hint would single out one option; every kind with options
                    # gets one that narrows the choice without making it.
                    hint = choice_hint(self._ctx, question)
                question = replace(
                    question,
                    hint=hint,
                    hints=more_hints(self._ctx, question, hint),
                    option_notes=option_notes(self._ctx, question),
                )
                # Hints and option notes quote the notes' lines, arrows and all.
                checked.append(replace(candidate, question=with_arrows(question) or question))
        return checked

    def _build(self, part: Part) -> Iterator[_Candidate]:
        ctx = self._ctx
        rows = ctx.once(table_rows)
        # A Q:/A: sheet's question lines are never asked as facts, and an answer line whose own
        # question is asked (`qa_questions`) gets no other question: it is the best one.
        asked_lines = ctx.once(question_lines) | ctx.once(_answered_lines)
        restored = ctx.once(restored_lines)
        for position, statement in enumerate((*ctx.statements, *ctx.head_lines)):
            if (
                position not in part
                or statement.fact_id in rows
                or statement.fact_id in asked_lines
            ):
                continue  # a table's rows are asked about cell by cell, below
            # The same line in two topics is one fact: a quiz asks about it once.
            subject = f"fact:{fold(statement.text)}"
            topics = frozenset({statement.topic.id})
            # "In 1823 she found …" in prose: asked as "In 1823 Mary Anning found …"
            key = (statement.topic.id, statement.fact_id)
            ref, name = restored.get(key, (statement, ""))
            if lost_referent(ref.text) and ref.fact.group is None:
                continue  # "1920: it was renamed …": what was? (a group heading would say)
            if subject_lost(ref.text, partial(shown_heading, ref)):
                continue  # "Adrenaline and thyroxine: controlled by …": which one is?
            if subject_above(ctx, ref):
                continue  # "End of the dynasty: Exiled by the British …": who was?
            if flattened_row(ref.text):
                continue  # "Nitrates | making proteins | _____": a row, not a sentence
            # A line stating several facts is asked fact by fact (`fact_parts`), each question
            # showing its own piece; only "Which topic?" shows it whole.
            by_parts = not name and fold(ref.text) in ctx.once(part_lines)
            for question in (
                *(() if by_parts else cloze_questions(ctx, ref)),
                *(() if by_parts else choice_questions(ctx, ref)),
                None if by_parts else true_false_question(ctx, ref) or opposite_question(ctx, ref),
                which_topic_question(ctx, ref),
            ):
                if question is not None and not (name and asks_the_name(question, name)):
                    asked = _with_answer({subject}, question) | figure_keys(
                        question, _section(ctx, statement.topic.id)
                    )
                    yield _Candidate(question, asked, topics)
            if by_parts:
                yield from self._part_questions(ref, topics)
        cells = ctx.once(cell_lines)
        for cell, built in table_questions(ctx, part):
            # One question per row (per compared attribute of a comparison table), as for a line;
            # per cell of a row describing its key in several (`cell_lines`).
            subjects = {f"fact:{fold(cell.ref.text)}"}
            question = built
            one = cells.get((fold(cell.ref.text), cell.column))
            if one is not None and not _asks_row_key(question, cell.value):
                # Its fact id stays the row's: the row is the line of the notes it is on.
                question = replace(built, source_fact=one.text, source_line=cell.ref.text)
                subjects = {f"part:{fold(one.text)}"}
            elif question.kind is QuestionKind.MATCHING:
                subjects = {f"fact:{fold(source)}" for source in question.source_fact.split(" | ")}
                subjects.add(f"matching:{question.id}")
            subjects |= figure_keys(question, _section(ctx, cell.ref.topic.id))
            yield _Candidate(
                question, _with_answer(subjects, question), frozenset({cell.ref.topic.id})
            )
        for group, question in reason_questions(ctx, part):
            # A "which was" question is about its line; a "NOT" or "pick all" one about the whole
            # lead-in. The lines it shows as under the lead-in are asked about too.
            shown = (
                question.answers
                if question.kind is QuestionKind.MULTI_SELECT
                else [o for o in question.options if o not in question.answers]
            )
            subjects = (
                {f"fact:{fold(question.source_fact)}"}
                if question.fact_id
                else {f"lead-in:{group.topic_id}:{fold(group.heading)}"}
                | {f"fact:{fold(o)}" for o in shown}
            )
            yield _Candidate(question, frozenset(subjects), frozenset({group.topic_id}))
        for pair, question in qa_questions(ctx, part):
            # The notes' own question is about its answer line, like any question on that line.
            line = frozenset({f"fact:{fold(pair.answer_ref.text)}"})
            yield _Candidate(question, line, frozenset({pair.answer_ref.topic.id}))
        for listed, question in list_questions(ctx, part):
            # Which item is in a list, a process's steps, a term list matched: about the lines it
            # shows and about its list (one question per list, or pair of lists, in a quiz).
            topic = question.topic_id
            yield _Candidate(question, listed, frozenset({topic}) if topic else frozenset())
        for listed, question in sequence_questions(ctx, part):
            # A sequence the notes give in order: about its list and the lines it shows.
            yield _Candidate(question, listed, frozenset({question.topic_id or ""}))
        for paired, question in paired_questions(ctx, part):
            # "Hydrogen: what is the result?" is about its line, and about its thing: a summary
            # table's "Hydrogen -> squeaky pop" says the same again, asked once in a quiz.
            about = f"about:{fold(paired_subject(paired))}"
            line = frozenset({f"fact:{fold(paired.ref.text)}", about})
            yield _Candidate(question, line, frozenset({paired.ref.topic.id}))
        for ref, question in because_questions(ctx, part):
            # "Pure metals are soft because …": asked about its line, like a cloze on it.
            line = frozenset({f"fact:{fold(ref.text)}"})
            yield _Candidate(question, line, frozenset({ref.topic.id}))
        # A key term's own line ("Enclosure = fencing off common land") is the same fact as its
        # term questions: a quiz asks about it once, not as a cloze and again as a term.
        for term, question in term_questions(ctx, part):
            subjects = {f"term:{term.id}", *_concept_keys(term.term)}
            for name in _ALTERNATIVES.split(term.term):
                # "Vagabondage / vagrancy" is "Vagrancy" of the same notes' key terms (B40, B60)
                subjects |= _concept_keys(name) if name != term.term else set()
            defining = self._defining_line(fold(term.term))
            if defining is not None:
                subjects.add(defining)
            yield _Candidate(question, frozenset(subjects), frozenset(term.topics))
        for events, question in chronology_questions(ctx, part):
            # A topic quiz takes the orderings built around one of its own events: the question
            # is shown under its anchor's topic, and a quiz on "Berlin Wall" stays there.
            topics = frozenset({question.topic_id or events[0].topic_id})
            # Dated facts it uses count as asked about, like any other question on them.
            subjects = {f"fact:{fold(event.source)}" for event in events if event.fact_id}
            subjects.add(f"chronology:{question.id}")
            yield _Candidate(question, frozenset(subjects), topics)
        for pairs, question in matching_questions(ctx, part):
            topics = frozenset({question.topic_id or pairs[0].topic_id})  # as chronology
            # The lines it pairs up count as asked about; a lead-in's line by its own text.
            subjects = {f"fact:{fold(pair.source)}" for pair in pairs}
            subjects |= {f"fact:{fold(pair.source.split(': ', 1)[-1])}" for pair in pairs}
            subjects.add(f"matching:{question.id}")
            # What it pairs is asked about too: "Stimulus" matched to "Response" and "What does
            # “Stimulus” mean?" are one thing to know, asked once (round 15, A25 and A45).
            subjects |= {key for pair in pairs for key in _concept_keys(pair.cause)}
            yield _Candidate(question, frozenset(subjects), topics)
        for position, written in enumerate(self._deck.questions):
            if position not in part:
                continue
            question = handwritten_question(ctx, written)
            topics = frozenset({written.topic}) if written.topic else frozenset()
            subjects = {f"question:{written.id}"}
            if question.fact_id:
                subjects.add(f"fact:{fold(question.source_fact)}")
            yield _Candidate(question, frozenset(subjects), topics)

    def _part_questions(self, line: FactRef, topics: frozenset[str]) -> Iterator[_Candidate]:
        """Questions on each fact of a line stating several (`fact_parts`), each showing its own
        piece only: about that piece, not the line (`_with_parts` makes a question showing the
        whole line about every piece of it)."""
        ctx = self._ctx
        for part in ctx.once(part_lines).get(fold(line.text), ()):
            if subject_lost(part.text, partial(shown_heading, part)) or flattened_row(part.text):
                continue
            for question in (
                *cloze_questions(ctx, part),
                *choice_questions(ctx, part),
                true_false_question(ctx, part) or opposite_question(ctx, part),
            ):
                if question is None:
                    continue
                asked = _with_answer({f"part:{fold(part.text)}"}, question) | figure_keys(
                    question, _section(ctx, part.topic.id)
                )
                yield _Candidate(as_part(question, line), asked, topics)

    def _defining_line(self, term: str) -> str | None:
        """The subject of the first line (of the deck's statements) that defines folded key
        term `term` (`split_glossary`), if any. A line is split only when a name it might
        define (`glossary_names`) is asked for: a big deck's first part asks for a few of its
        terms, and splitting every line (a glossary's every card) came before its first
        questions."""
        if self._defining is None:
            lines: dict[str, list[FactRef]] = {}
            for ref in self._ctx.statements:
                for name in dict.fromkeys(fold(name) for name in glossary_names(ref.text)):
                    lines.setdefault(name, []).append(ref)
            self._defining, self._defining_found = lines, {}
        if term not in self._defining_found:
            found = None
            for ref in self._defining.get(term, ()):
                split = split_glossary(ref.text)
                if split is not None and fold(split[0]) == term:
                    found = f"fact:{fold(ref.text)}"
                    break
            self._defining_found[term] = found
        return self._defining_found[term]


def _answered_lines(ctx: DeckContext) -> frozenset[str]:
    """The fact ids of the answer lines whose own question the notes ask (`qa_questions`)."""
    return frozenset(pair.answer_ref.fact_id for pair, _ in qa_questions(ctx, Part()))


_NUMERIC_ANSWER = re.compile(r"[\d\s,.%£$€:/-]*\d[\d\s,.%£$€:/-]*(?:[a-z]{0,3})?", re.IGNORECASE)


# A batch short of `n` is drawn again in other orders this many times, from a pool this big at
# most: one greedy draw leaves a question out where another order fits it in (`_redrawn`).
_REDRAWS = 3
_MAX_REDRAWN_POOL = 400


def _pool_size(groups: dict[QuestionKind, list[list[_Candidate]]]) -> int:
    return sum(len(group) for found in groups.values() for group in found)


def _redrawn(
    groups: dict[QuestionKind, list[list[_Candidate]]],
    n: int,
    key: str,
    max_years: int,
    chosen: list[_Candidate],
) -> list[_Candidate]:
    """The longest of `chosen` and a few more draws in other orders (from the same seed, so a
    deck and a seed still give one batch): each draw is greedy, one question per subject, and
    which questions it reaches depends on the order it meets them in (round 12's coast deck:
    55 of 60 asked in the first order, 58 in another; round 14's physics deck gave 58). A batch
    `n` long is never drawn again, so a deck with enough questions keeps the batch it had."""
    for attempt in range(1, _REDRAWS + 1):
        for spare in (False, True):
            rng = random.Random(f"{key}\x1fredraw{attempt}")
            again = _draw(groups, n, rng, max_years, spare_lines=spare)
            if len(again) > len(chosen):
                chosen = again
            if len(chosen) >= n:
                return chosen
    return chosen


def _section(ctx: DeckContext, topic_id: str) -> str:
    """The id of the top-level section holding `topic_id` (a figure is one fact in it)."""
    return ctx.once(_sections).get(topic_id, topic_id)


def _sections(ctx: DeckContext) -> dict[str, str]:
    """Each topic's id -> the id of the top-level section holding it."""
    return {topic.id: (ctx.deck.path(topic.id) or (topic,))[0].id for topic in ctx.deck.topics}


def _with_answer(subjects: set[str], question: Question) -> frozenset[str]:
    """The subjects of a question with a blank, and its answer: a batch asks for one word once
    while it can ("pathogen" three times in one sample, "Phagocytosis" from its key-term line and
    again from its topic's), in any of its forms (`term_keys`: "autocrat" after "Autocracy").
    Numbers and years recur across facts without repeating one."""
    if question.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE) and question.answers:
        answer = fold(question.answers[0])
        if answer and not _NUMERIC_ANSWER.fullmatch(answer):
            keys = {f"answer:{answer}", _answer_key(answer), *term_keys(answer)}
            keys |= _named_kind(question.answers[0])
            return frozenset({*subjects, *keys})
    return frozenset(subjects)


def _named_kind(answer: str) -> set[str]:
    """The term a name of two words says a kind of: "Catoptric system" is the term "Catoptric"
    (a subject word and an everyday lower-case noun), asked once in a quiz, not as the blank of
    "_____ – uses mirrors …" and again as "Which term means: “using mirrors …”?" (own deck)."""
    words = answer.split()
    if len(words) != _NAMED_KIND_WORDS or not words[1].islower() or not is_everyday(words[1]):
        return set()
    if is_everyday(words[0]):
        return set()
    return _concept_keys(words[0])


_NAMED_KIND_WORDS = 2


def _with_twins(
    candidate: _Candidate, twins: dict[str, frozenset[str]], abouts: dict[str, str]
) -> _Candidate:
    """The candidate also about the fact its lines share with other lines (`same_facts`) and the
    thing a paired line is about (`paired_keys`): a quiz asks a fact the notes say twice once
    (round 16: "Anschluss: the union of Germany and Austria" after the timeline's "Anschluss –
    Austria united with Germany"; "Carbon dioxide -> limewater milky" after the gas's test)."""
    subjects = candidate.subjects
    question = candidate.question
    if question.kind in _TERM_KINDS and question.source_fact:
        # A term asked from its line ("Austro-Prussian War (1866): Austria was defeated …") is
        # about that line too, however the term's name was cut from it.
        line = f"fact:{fold(question.source_fact)}"
        if line not in subjects:
            subjects = subjects | {line}
    # A question on one fact of a line (`_fact_parts`) is about what its line is about.
    lines = {subject[5:] for subject in subjects if subject.startswith("fact:")}
    if question.source_line:
        lines.add(fold(question.source_line))
    if abouts:
        about = {abouts[line] for line in lines if line in abouts}
        if about:
            subjects = subjects | about
    if twins:
        same = {f"same:{key}" for line in lines if line in twins for key in twins[line]}
        if same:
            subjects = subjects | same
    return candidate if subjects is candidate.subjects else replace(candidate, subjects=subjects)


_TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)


def _asks_row_key(question: Question, value: str) -> bool:
    """True for a table question about a whole row: a matching, or one asking which row has a
    value ("Which station has “3,343 km”?"), whose key every other question on the row prints
    ("For Novosibirsk, what …?"): it is about every cell of its row."""
    if question.kind is QuestionKind.MATCHING:
        return True
    if question.kind not in (QuestionKind.CLOZE, QuestionKind.CHOICE):
        return False
    return all(fold(answer) != fold(value) for answer in question.answers)


def _with_parts(candidate: _Candidate, parts: dict[str, tuple[FactRef, ...]]) -> _Candidate:
    """The candidate also about every fact of a line it asks as a whole (`fact_parts`): a
    question showing the line prints each piece's key, so a quiz asks the line once or its
    pieces once each, never both."""
    if not parts:
        return candidate
    more = {
        f"part:{fold(piece.text)}"
        for subject in candidate.subjects
        if subject.startswith("fact:") and subject[5:] in parts
        for piece in parts[subject[5:]]
    }
    if not more or more <= candidate.subjects:
        return candidate
    return replace(candidate, subjects=candidate.subjects | more)


def _concept_keys(answer: str) -> set[str]:
    """The subject keys of a thing asked about by name, in any of its forms (`_with_answer`)."""
    return {f"answer:{fold(answer)}", _answer_key(answer), *term_keys(fold(answer))}


# "Vagabondage / vagrancy", "Bourgeoisie/middle class": a key term's other names.
_ALTERNATIVES = re.compile(r"\s*/\s*")


def _answer_key(answer: str) -> str:
    """An answer by its words' dictionary forms: "Covalent bond" and "covalent bonding" are one
    thing to know, asked once in a quiz (by its definition and again by its term's)."""
    return "answer-lemma:" + " ".join(lemma(word) for word in fold(answer).split())


def _candidates(pool: tuple[object, ...]) -> list[_Candidate]:
    if not all(isinstance(candidate, _Candidate) for candidate in pool):
        raise TypeError("adopt and take_part take what QuestionGenerator.pool returned")
    return [candidate for candidate in pool if isinstance(candidate, _Candidate)]


def _unique(candidates: Iterable[_Candidate]) -> list[_Candidate]:
    """The first candidate of each question id, in order."""
    seen: set[str] = set()
    unique: list[_Candidate] = []
    for candidate in candidates:
        if candidate.question.id not in seen:
            seen.add(candidate.question.id)
            unique.append(candidate)
    return unique


def _one_line(question: Question) -> Question:
    """The question with a fact's line breaks and runs of spaces shown as single spaces."""
    prompt, source = " ".join(question.prompt.split()), " ".join(question.source_fact.split())
    if (prompt, source) == (question.prompt, question.source_fact):
        return question
    return replace(question, prompt=prompt, source_fact=source)


class _Queue:
    """One kind's candidates in asking order, drawn lazily: subjects in a random order, each
    subject's best question first, and a subject's next question only once every subject had one.

    Builders list a fact's questions best blank first; taking one per subject per round means a
    batch reaches every fact with its best question before any fact comes round again. Drawing
    lazily makes a start cost what it takes, not the size of the deck.
    """

    def __init__(
        self,
        kind: QuestionKind,
        groups: list[list[_Candidate]],
        rng: random.Random,
        skip: Callable[[Question], bool] | None,
    ) -> None:
        self.kind = kind
        self._source = self._rounds(groups, rng)
        self._skip = skip
        self._waiting: list[_Candidate] = []  # drawn, not taken: another verdict was wanted

    @staticmethod
    def _rounds(groups: list[list[_Candidate]], rng: random.Random) -> Iterator[_Candidate]:
        shuffled: list[list[_Candidate]] = []
        for group in random_order(groups, rng):
            shuffled.append(group)
            yield group[0]
        for index in range(1, max((len(group) for group in groups), default=0)):
            yield from (group[index] for group in shuffled if index < len(group))

    def take(self, used: set[str], fits: Callable[[_Candidate], bool]) -> _Candidate | None:
        """The first fresh candidate (asking about nothing in `used`) that `fits`, or None."""
        kept: list[_Candidate] = []
        found = None
        for index, candidate in enumerate(self._waiting):
            if not candidate.subjects.isdisjoint(used):
                continue  # used only grows: it never becomes fresh again
            if fits(candidate):
                found = candidate
                kept.extend(self._waiting[index + 1 :])
                break
            kept.append(candidate)
        self._waiting = kept
        if found is not None:
            return found
        for candidate in self._source:
            if (self._skip and self._skip(candidate.question)) or not candidate.subjects.isdisjoint(
                used
            ):
                continue
            if fits(candidate):
                return candidate
            self._waiting.append(candidate)
        return None


def _draw(
    groups: dict[QuestionKind, list[list[_Candidate]]],
    n: int,
    rng: random.Random,
    max_years: int,
    *,
    spare_lines: bool = False,
) -> list[_Candidate]:
    """Up to `n` candidates, at most one per subject and no stem twice: a small deck gives fewer
    than `n`. A quiz-sized batch also asks no link twice (checked pair by pair, so not for a
    count of the whole deck, which takes every question anyway). With `spare_lines`, one question
    on several lines is taken in its turn (a list or a sequence asked keeps its place in a quiz),
    any other only after every other question, on lines still unasked."""
    skip = turns_on_year if max_years <= 0 else None
    queues = {kind: _Queue(kind, found, rng, skip) for kind, found in groups.items()}
    order = list(queues)
    rng.shuffle(order)
    chosen: list[_Candidate] = []
    used: set[str] = set()
    strict = n <= MAX_LINK_CHECKED
    deferred: list[_Candidate] = []
    put_aside = deferred if spare_lines else None
    _fill(chosen, n, queues, order, used, max_years=max_years, linked=not strict, defer=put_aside)
    if strict and len(chosen) < n:
        # Short because a question would give another's key away: first try the other question
        # its partner's line makes ("_____'s route followed the South Col" for "Tabei's route
        # followed the _____" beside "_____ became the first woman"), keys still kept apart.
        _swap_in(chosen, n, groups, max_years, linked=False, keys_apart=True)
        used.update(subject for candidate in chosen for subject in candidate.subjects)
    if strict and len(chosen) < n:
        # Short of `n` with no link asked twice: the rest may ask a link another question
        # shows (each still on a line of its own), rather than leave the quiz short.
        queues = {kind: _Queue(kind, found, rng, skip) for kind, found in groups.items()}
        _fill(
            chosen,
            n,
            queues,
            order,
            used,
            max_years=max_years,
            linked=True,
            defer=put_aside,
            keys_apart=True,
        )
    if deferred:
        _fill(
            chosen,
            n,
            {},
            [],
            used,
            max_years=max_years,
            linked=True,
            later=deferred,
            keys_apart=strict,
        )
    if len(chosen) < n:
        _swap_in(chosen, n, groups, max_years, linked=not strict)
    return chosen


# A pool this big or bigger is not searched for swaps (`_swap_in`): a glossary of thousands of
# cards is never short of questions for a quiz, and a count of all its questions takes them all.
_MAX_SWAP_POOL = 1500


_STEM_KEY = "\x00stem:"


def _swap_in(
    chosen: list[_Candidate],
    n: int,
    groups: dict[QuestionKind, list[list[_Candidate]]],
    max_years: int,
    *,
    linked: bool,
    keys_apart: bool = False,
) -> None:
    """Add to a batch short of `n` the questions that clash with one chosen question only, when
    that one can give way to another question on its own line (or term) clashing with nothing:
    a line whose only question asks for "Spit" is asked when the line that took "Spit" has a
    true/false of its own instead (round 13: a deck of 120 lines gave 57 of 60). Each swap adds
    a question; none is lost. With `keys_apart`, a question that would give one chosen
    question's key away (`gives_key`), or have its own given away, counts as clashing with it."""
    pool = [candidate for found in groups.values() for group in found for candidate in group]
    if len(pool) >= _MAX_SWAP_POOL:
        return
    about: dict[str, list[_Candidate]] = {}
    for candidate in pool:
        for subject in (*candidate.subjects, _STEM_KEY + _stem(candidate.question)):
            about.setdefault(subject, []).append(candidate)
    added = True
    while added and len(chosen) < n:
        added = False
        taken = _Taken.of(chosen)
        for candidate in pool:
            if len(chosen) >= n:
                break
            if candidate.question.id in taken.ids:
                continue
            clashes = taken.clashes(candidate)
            if keys_apart and not clashes:
                clashes = {
                    id(other): other
                    for other in chosen
                    if gives_key(candidate.question, other.question)
                }
            year = turns_on_year(candidate.question)
            gone: _Candidate | None = None
            if not clashes:
                if taken.years + year > max_years or not taken.room([candidate]):
                    continue
                if not _unlinked(candidate, [] if linked else chosen):
                    continue
                taken_in = [candidate]  # passed over in its turn (a link then shown)
            elif len(clashes) == 1:
                gone = next(iter(clashes.values()))
                swap = _swap_for(
                    candidate,
                    gone,
                    chosen,
                    taken=taken,
                    about=about,
                    max_years=max_years,
                    linked=linked,
                )
                if (
                    swap is not None
                    and keys_apart
                    and any(
                        gives_key(swap.question, other.question)
                        for other in (*chosen, candidate)
                        if other is not gone
                    )
                ):
                    continue
                if swap is None:
                    continue
                taken_in = [swap, candidate]
                chosen[chosen.index(gone)] = swap
                taken.remove(gone)
            else:
                continue  # two clashes would take two swaps
            chosen.append(candidate)
            for new in taken_in:
                taken.add(new)
            added = True


def _swap_for(
    candidate: _Candidate,
    out: _Candidate,
    chosen: list[_Candidate],
    *,
    taken: _Taken,
    about: dict[str, list[_Candidate]],
    max_years: int,
    linked: bool,
) -> _Candidate | None:
    """A question on what `out` asks about (its line, term or stem) that can take its place in
    `chosen` with `candidate` beside it, or None."""
    others = [] if linked else [other for other in chosen if other is not out]
    if not taken.free_but(candidate, out) or not _unlinked(candidate, others):
        return None
    spare = max_years - taken.years + turns_on_year(out.question)
    spare -= turns_on_year(candidate.question)
    keys = [*sorted(out.subjects), _STEM_KEY + _stem(out.question)]
    for swap in (s for key in keys for s in about[key]):
        if swap.question.id in taken.ids or swap is candidate:
            continue
        if turns_on_year(swap.question) > spare or not taken.free_but(swap, out):
            continue
        if not taken.room([swap, candidate], out):
            continue
        if not swap.subjects.isdisjoint(candidate.subjects):
            continue
        if _stem(swap.question) == _stem(candidate.question):
            continue
        if _unlinked(swap, [*others, candidate]):
            return swap
    return None


def _unlinked(candidate: _Candidate, others: list[_Candidate]) -> bool:
    return not any(_gives_away(candidate.question, other.question) for other in others)


def _gives_away(one: Question, other: Question) -> bool:
    """True when one of two questions of a quiz tells the other's answer: the same link asked
    from two lines (`overlap`), or one's key printed in the other's label, stem or options
    beside what it asks of it (`leaks`: round 23b, "Akbar the Great (r. 1556–1605)" beside
    "Which emperor has the reign “1556–1605”?")."""
    return overlap(one, other) or leaks(one, other)


@dataclass(slots=True)
class _Taken:
    """What a batch asks about (subject -> the question asking it), its stems and ids, and how
    many of its questions turn on a year (`_swap_in`)."""

    owner: dict[str, _Candidate]
    stems: dict[str, _Candidate]
    ids: set[str]
    years: int
    sections: Counter[str]  # "Which topic?" answers asked, each at most twice in a short batch

    @classmethod
    def of(cls, chosen: list[_Candidate]) -> _Taken:
        return cls(
            {subject: c for c in chosen for subject in c.subjects},
            {_stem(c.question): c for c in chosen},
            {c.question.id for c in chosen},
            sum(turns_on_year(c.question) for c in chosen),
            Counter(_topic_answer(c.question) for c in chosen),
        )

    def room(self, new: list[_Candidate], out: _Candidate | None = None) -> bool:
        """True when `new` in place of `out` asks no "Which topic?" answer too often."""
        counts = Counter(_topic_answer(c.question) for c in new)
        if out is not None:
            counts[_topic_answer(out.question)] -= 1
        return all(
            self.sections[section] + more <= _SAME_TOPIC_ANSWER_SHORT
            for section, more in counts.items()
            if section and more > 0
        )

    def clashes(self, candidate: _Candidate) -> dict[int, _Candidate]:
        found = {id(self.owner[s]): self.owner[s] for s in candidate.subjects if s in self.owner}
        other = self.stems.get(_stem(candidate.question))
        if other is not None:
            found[id(other)] = other
        return found

    def free_but(self, candidate: _Candidate, out: _Candidate) -> bool:
        """True when nothing but `out` asks what `candidate` asks or has its stem."""
        return all(other is out for other in self.clashes(candidate).values())

    def add(self, candidate: _Candidate) -> None:
        self.owner.update(dict.fromkeys(candidate.subjects, candidate))
        self.stems[_stem(candidate.question)] = candidate
        self.ids.add(candidate.question.id)
        self.years += turns_on_year(candidate.question)
        self.sections[_topic_answer(candidate.question)] += 1

    def remove(self, candidate: _Candidate) -> None:
        for subject in candidate.subjects:
            self.owner.pop(subject, None)
        self.stems.pop(_stem(candidate.question), None)
        self.ids.discard(candidate.question.id)
        self.years -= turns_on_year(candidate.question)
        self.sections[_topic_answer(candidate.question)] -= 1


# A question showing this many lines of the notes or more is "on several lines" (`_draw`).
_SEVERAL_LINES = 3


def _several_lines(candidate: _Candidate) -> bool:
    return sum(subject.startswith("fact:") for subject in candidate.subjects) >= _SEVERAL_LINES


def _fill(
    chosen: list[_Candidate],
    n: int,
    queues: dict[QuestionKind, _Queue],
    order: list[QuestionKind],
    used: set[str],
    *,
    max_years: int,
    linked: bool = False,
    defer: list[_Candidate] | None = None,
    later: list[_Candidate] | None = None,
    keys_apart: bool = False,
) -> None:
    """Add to `chosen` until it holds `n`, taking kinds in smooth weighted round-robin; never a
    stem already asked, no more than `max_years` questions that turn on a year, no "Which
    topic?" answer more than once (twice when `linked`), and (unless `linked`) none asking a link
    another chosen question shows (`overlap`); with `keys_apart`, even when `linked`, none whose
    key another chosen question prints beside what it asks (`leaks`: a short deck shows a link
    twice sooner than it prints an answer). Questions on several lines go to `defer` when
    given, and the candidates of `later` are tried after the queues."""
    stems = {_stem(c.question) for c in chosen}
    years = sum(turns_on_year(c.question) for c in chosen)
    sections = Counter(_topic_answer(c.question) for c in chosen)
    per_section = _SAME_TOPIC_ANSWER_SHORT if linked else _SAME_TOPIC_ANSWER
    active = list(order)
    credit = dict.fromkeys(active, 0)
    waiting = iter(later or ())
    while len(chosen) < n:
        if active:
            total = sum(WEIGHTS[kind] for kind in active)
            for kind in active:
                credit[kind] += WEIGHTS[kind]
            kind = max(active, key=lambda k: credit[k])
            credit[kind] -= total
            candidate = _take(queues[kind], used, chosen)
            if candidate is None:
                active.remove(kind)
                continue
            if (
                defer is not None
                and _several_lines(candidate)
                and any(_several_lines(taken) for taken in chosen)
            ):
                defer.append(candidate)  # one such question in its turn, the rest at the end
                continue
        else:
            candidate = next(waiting, None)
            if candidate is None:
                break
            if not candidate.subjects.isdisjoint(used):
                continue
        stem = _stem(candidate.question)
        year = turns_on_year(candidate.question)
        if stem in stems or (year and years >= max_years):
            continue
        section = _topic_answer(candidate.question)
        if section and sections[section] >= per_section:
            continue
        if not linked and any(
            _gives_away(candidate.question, taken.question)
            or gives_key(candidate.question, taken.question)
            for taken in chosen
        ):
            # The same link from another line, or a key printed or shown whole in a row, an
            # option or a name's other words (`gives_key`: round 28, "1868: HMS Topaze takes …"
            # beside "In what year …"): one gives the other away. A quiz still short after
            # this pass takes such questions rather than stay short (the passes after it).
            continue
        if keys_apart and any(
            leaks(candidate.question, taken.question, tight=False) for taken in chosen
        ):
            continue
        chosen.append(candidate)
        used.update(candidate.subjects)
        stems.add(stem)
        years += year
        sections[section] += 1


def _topic_answer(question: Question) -> str:
    """The answer of a "Which topic?" question, folded ("" for any other kind)."""
    if question.kind is not QuestionKind.WHICH_TOPIC or not question.answers:
        return ""
    return fold(question.answers[0])


def _stem(question: Question) -> str:
    """The question as asked, folded: two questions with one stem read as one question, even
    with other options (chronology's stem is its list of events)."""
    if question.ordered:
        return "|".join(sorted(fold(o) for o in question.options))
    return fold(question.prompt)


def turns_on_year(question: Question) -> bool:
    """True when the answer is a year, or the question is about when things happened."""
    if question.kind is QuestionKind.CHRONOLOGY:
        return question.prompt == CHRONOLOGY_PROMPT  # a process's steps in order are no dates
    if question.kind is QuestionKind.TRUE_FALSE:
        return bool(question.hint and "the year" in question.hint)
    return any(_YEAR.fullmatch(answer.strip()) for answer in question.answers[:1])


def _take(queue: _Queue, used: set[str], chosen: list[_Candidate]) -> _Candidate | None:
    """The queue's next fresh candidate; for true/false, one with the verdict asked less so far
    when there is one, so a batch keeps its answers balanced."""
    if queue.kind is not QuestionKind.TRUE_FALSE:
        return queue.take(used, lambda candidate: True)
    verdicts = [c.question.answers[0] for c in chosen if c.question.kind is QuestionKind.TRUE_FALSE]
    wanted = TRUE if verdicts.count(TRUE) <= verdicts.count(FALSE) else FALSE
    return queue.take(used, lambda c: c.question.answers[0] == wanted) or queue.take(
        used, lambda candidate: True
    )
