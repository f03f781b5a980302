"""Solo quizzes and reviews: `/quiz [topic] [n]`, `/review`, `/hint`, `/skip`, `/stop`, and the answers.

One question at a time; multiple choice as options, the rest typed. Every answer gets a verdict and the
explanation (the source fact), so a wrong option is never left standing. Results feed spaced repetition.
"""

from __future__ import annotations

import itertools
import logging
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from fsrs import Scheduler

from bot.events import Answer, Chat, Choice, Command, User
from bot.examples import examples_for
from bot.explain import echo
from bot.grading import Grader, Verdict
from bot.markup import Line, bold, italic, item, line, text
from bot.question_pool import QuestionPool
from bot.questions import ON_REQUEST_KINDS, Question, QuestionKind
from bot.quiz._hints import hint_steps
from bot.quiz._session import Mode, QuizSession, Result
from bot.quiz._srs import Outcome, make_scheduler, review
from bot.replies import Choices, Message, Notice, Option, Quiz, Reply
from bot.retired import retired_ids
from bot.store import CardRecord, ChatRef, QuizResult, Review, Store, StoreError, UserRef
from bot.tokens import make_token, matches
from bot.wording import is_you, score_line, sentence_join
from knowledge.model import Deck, stable_id
from knowledge.search import DeckIndex, Hit

log = logging.getLogger(__name__)

ANSWER_ACTION = "qa"
START_ACTION = "qs"
REPLACE_ACTION = "qn"  # "start the new quiz anyway": qn:<old nonce>:<q|r>:<topic id or ->:<n>
KEEP_ACTION = "qk"  # "keep going": qk:<nonce>
DEFAULT_QUESTIONS = 5
REVIEW_QUESTIONS = 10
SESSION_IDLE = timedelta(hours=2)
MAX_QUESTIONS = 20
_TYPED_PROMPT = "Type your answer — /hint for a clue, /skip to pass, /stop to end."


@dataclass(frozen=True, slots=True)
class QuizRequest:
    topic_query: str
    count: int


def parse_request(
    args: str, *, command: str = "quiz", default: int = DEFAULT_QUESTIONS, example: str = ""
) -> QuizRequest | str:
    """`/quiz [topic] [n]` (or `/quiz n topic`) -> a request, or the message explaining what was wrong.

    `example` is a topic of the chat's own deck, so the suggested command works when typed."""
    words = args.split()
    count = default
    at = -1 if words and _is_count(words[-1]) else 0 if words and _is_count(words[0]) else None
    if at is not None:
        count = int(words.pop(at))
        if not 1 <= count <= MAX_QUESTIONS:
            shown = f"/quiz {example} 5" if command == "quiz" and example else f"/{command} 5"
            return f"Pick between 1 and {MAX_QUESTIONS} questions, e.g. {shown}."
    return QuizRequest(" ".join(words), count)


def _is_count(word: str) -> bool:
    return word.lstrip("-").isdecimal() and len(word) <= 6


# How many extra questions to draw so that retired ones can be left out and the quiz stays full.
_RETIRED_SPARE = 50


class QuizService:
    def __init__(
        self,
        deck: Deck,
        *,
        index: DeckIndex,
        pool: QuestionPool,
        grader: Grader,
        clock_now: Callable[[], datetime],
        store: Store | None = None,
        scheduler: Scheduler | None = None,
    ) -> None:
        self.deck = deck
        self.index = index
        self.pool = pool  # the deck's questions, built once; every start draws from it
        self.grader = grader
        self.now = clock_now
        self.store = store
        self.scheduler = scheduler or make_scheduler()
        self.sessions: dict[tuple[str, str, str], QuizSession] = {}
        self._by_nonce: dict[str, QuizSession] = {}
        self._candidates: tuple[dict[str, Question], dict[str, list[Question]]] | None = None
        self._counter = itertools.count(1)

    # ---- starting -------------------------------------------------------------------------------------

    async def start_quiz(self, event: Command) -> list[Reply]:
        request = parse_request(event.args, example=examples_for(self.deck).topic)
        if isinstance(request, str):
            return [Message(text(request))]
        topic_id: str | None = None
        if request.topic_query:
            found = self.index.lookup(request.topic_query)
            if found.status != "match" or found.best is None:
                return [self._pick_topic(request, found.candidates, found.status == "ambiguous")]
            topic_id = self._topic_of(found.best.kind, found.best.id)
        running = self._confirm_replace(event.user, event.chat, Mode.QUIZ, topic_id, request.count)
        if running is not None:
            return [running]
        return await self._begin(event.user, event.chat, topic_id, request.count)

    async def start_chosen(self, event: Choice, parts: list[str]) -> list[Reply]:
        """A press on a "which topic did you mean" option: `qs:<topic id>:<n>`."""
        if len(parts) != 2 or not parts[1].isdecimal():
            return [Notice("That button has expired.")]
        topic = next((t for t in self.deck.topics if matches(parts[0], t.id)), None)
        if topic is None:
            return [Notice("That topic is no longer in these notes.")]
        count = min(int(parts[1]), MAX_QUESTIONS)
        running = self._confirm_replace(event.user, event.chat, Mode.QUIZ, topic.id, count)
        if running is not None:
            return [running]
        return await self._begin(event.user, event.chat, topic.id, count)

    def _confirm_replace(
        self, user: User, chat: Chat, mode: Mode, topic_id: str | None, count: int
    ) -> Reply | None:
        """A quiz under way is not thrown away by a new /quiz or /review: ask first."""
        session = self.session_for(user, chat)
        if session is None or session.finished:
            return None
        word = "review" if session.mode is Mode.REVIEW else "quiz"
        done = len(session.results)
        where = f"You're on question {session.position + 1}/{len(session.questions)} of your {word}"
        so_far = f" ({session.score}/{done} right so far)" if done else ""
        topic = topic_id if topic_id is None or len(topic_id) <= 16 else "#" + stable_id(topic_id)
        new = make_token(
            REPLACE_ACTION,
            session.nonce,
            "r" if mode is Mode.REVIEW else "q",
            topic or "-",
            str(count),
        )
        return Choices(
            text(f"{where}{so_far}. Start a new one instead? (/stop ends this one.)"),
            (
                Option(f"Start the new {'review' if mode is Mode.REVIEW else 'quiz'}", new),
                Option("Keep going", make_token(KEEP_ACTION, session.nonce)),
            ),
        )

    async def replace_chosen(self, event: Choice, parts: list[str]) -> list[Reply]:
        """ "Start the new quiz": the old one ends with its score, the new one starts."""
        if len(parts) != 4 or not parts[3].isdecimal():
            return [Notice("That button has expired.")]
        nonce, mode, topic_part, count = parts[0], parts[1], parts[2], int(parts[3])
        old = self._by_nonce.get(nonce)
        if old is None:
            return [Notice("That quiz has already ended. Start a new one with /quiz.")]
        if old.user.id != event.user.id:
            return [Notice("That button is for the player whose quiz it is.")]
        count = min(max(count, 1), MAX_QUESTIONS)
        if mode == "r":
            questions = await self._review_questions(
                UserRef(event.user.platform, event.user.id), count
            )
            if not questions:
                return [self._close(old), Message(text("Nothing to review right now."))]
            return self._open(event.user, event.chat, Mode.REVIEW, questions)
        topic = next((t for t in self.deck.topics if matches(topic_part, t.id)), None)
        if topic_part != "-" and topic is None:
            return [Notice("That topic is no longer in these notes.")]
        return await self._begin(event.user, event.chat, topic.id if topic else None, count)

    async def keep_going(self, event: Choice, parts: list[str]) -> list[Reply]:
        """ "Keep going": the question the player was on, asked again."""
        session = self._by_nonce.get(parts[0]) if len(parts) == 1 else None
        if session is None or session.finished or session.user.id != event.user.id:
            return [Notice("That quiz has already ended. Start a new one with /quiz.")]
        return [self._ask(session)]

    def _pick_topic(
        self, request: QuizRequest, candidates: tuple[Hit, ...], ambiguous: bool
    ) -> Reply:
        options: list[Option] = []
        for hit in candidates:
            topic_id = self._topic_of(hit.kind, hit.id)
            topic = self.deck.topic(topic_id) if topic_id else None
            if topic is not None and all(o.label != topic.title for o in options):
                options.append(
                    Option(topic.title, make_token(START_ACTION, topic.id, str(request.count)))
                )
        if ambiguous and options:
            lead = f"Which topic did you mean by “{echo(request.topic_query)}”?"
            return Choices(text(lead), tuple(options))
        lead = f"“{echo(request.topic_query)}” is not a topic in these notes."
        if not options:
            return Message(text(lead, "Try /topics, or /quiz with no topic for the whole deck."))
        return Choices(text(lead, "Quiz me on one of these instead:"), tuple(options))

    def _topic_of(self, kind: str, ident: str) -> str | None:
        if kind == "topic":
            return ident
        term = next((t for t in self.deck.terms if t.id == ident), None)
        return term.topics[0] if term is not None and term.topics else None

    async def _begin(self, user: User, chat: Chat, topic_id: str | None, count: int) -> list[Reply]:
        started = str(next(self._counter))
        seed = int(
            stable_id(user.platform, user.id, chat.id, self.now().isoformat(), started)[:12], 16
        )
        # Questions a teacher retired for this chat (from the dashboard) are never asked there.
        retired = await retired_ids(self.store, ChatRef(chat.platform, chat.id))
        spare = min(len(retired), _RETIRED_SPARE)
        # The deck's pool: built once, drawn from here. A big deck's first parts serve a start
        # while the rest is built; one they cannot fill waits for the whole pool.
        generator = await self.pool.drawable()
        drawn = generator.generate(count + spare, topic_id=topic_id, seed=seed)
        if len(drawn) < count + spare and not generator.built:
            generator = await self.pool.generator()
            drawn = generator.generate(count + spare, topic_id=topic_id, seed=seed)
        questions = [question for question in drawn if question.id not in retired][:count]
        if not questions:
            return [Message(text("I couldn't make questions from that part of the notes."))]
        return self._open(user, chat, Mode.QUIZ, questions)

    async def start_review(self, event: Command) -> list[Reply]:
        request = parse_request(event.args, command="review", default=REVIEW_QUESTIONS)
        if isinstance(request, str):
            return [Message(text(request))]
        if self.store is None:
            return [Message(text("Reviews need somewhere to keep your progress; none is set up."))]
        running = self._confirm_replace(event.user, event.chat, Mode.REVIEW, None, request.count)
        if running is not None:
            return [running]
        who = UserRef(event.user.platform, event.user.id)
        questions = await self._review_questions(who, request.count)
        if not questions:
            upcoming = await self.store.due_cards(
                who, self.now() + timedelta(days=3650), 1, deck_id=self.deck.id
            )
            when = (
                f" The next card is due {_when(upcoming[0].due, self.now())}." if upcoming else ""
            )
            return [
                Message(text(f"Nothing to review right now.{when} Try /quiz for new questions."))
            ]
        return self._open(event.user, event.chat, Mode.REVIEW, questions)

    async def _review_questions(self, who: UserRef, limit: int) -> list[Question]:
        """Due cards first (most overdue first), then new ones; never two cards of one fact in a day."""
        assert self.store is not None
        by_card, by_fact = await self._candidates_by_card()
        now = self.now()
        seen_facts = await self.store.reviewed_fact_ids_on(who, now.date())
        chosen: list[Question] = []

        def take(question: Question) -> None:
            key = question.fact_id or question.id
            if key not in seen_facts and len(chosen) < limit:
                seen_facts.add(key)
                chosen.append(question)

        for card in await self.store.due_cards(who, now, limit * 3, deck_id=self.deck.id):
            question = by_card.get(card.card_id)
            if question is None and card.fact_id in by_fact:
                question = by_fact[card.fact_id][0]  # same fact, asked another way
            if question is not None:
                take(question)
        known = await self.store.card_ids(who, self.deck.id)
        fresh = [q for cid, q in by_card.items() if cid not in known]
        random.Random(stable_id(who.platform, who.user_id, now.date().isoformat())).shuffle(fresh)
        for question in fresh:
            take(question)
        return chosen

    async def _candidates_by_card(
        self,
    ) -> tuple[dict[str, Question], dict[str, list[Question]]]:
        if self._candidates is None:
            generator = await self.pool.generator()
            by_card: dict[str, Question] = {}
            by_fact: dict[str, list[Question]] = {}
            for question in generator.all_candidates():
                if question.kind in ON_REQUEST_KINDS:
                    continue  # never asked unless named (`ON_REQUEST_KINDS`)
                by_card.setdefault(card_id_of(question), question)
                if question.fact_id:
                    by_fact.setdefault(question.fact_id, []).append(question)
            self._candidates = (by_card, by_fact)
        return self._candidates

    def _open(self, user: User, chat: Chat, mode: Mode, questions: list[Question]) -> list[Reply]:
        key = (chat.platform, chat.id, user.id)
        old = self.sessions.pop(key, None)
        replaced: list[Reply] = []
        if old is not None:
            self._by_nonce.pop(old.nonce, None)
            if old.results:
                replaced.append(self._close(old))
        nonce = format(next(self._counter), "x") + stable_id(user.id, self.now().isoformat())[:4]
        session = QuizSession(nonce, user, chat, mode, questions, self.now())
        self.sessions[key] = session
        self._by_nonce[nonce] = session
        word = "Review" if mode is Mode.REVIEW else "Quiz"
        intro = Message(
            text(line(bold(f"{word} for {user.name}"), f": {_count(len(questions), 'question')}."))
        )
        return [*replaced, intro, self._ask(session)]

    # ---- asking ---------------------------------------------------------------------------------------

    def _ask(self, session: QuizSession) -> Reply:
        question = session.current
        assert question is not None
        header = f"Question {session.position + 1}/{len(session.questions)}"
        topic = self.deck.topic(question.topic_id) if question.topic_id else None
        if (
            topic is not None
            and question.kind is not QuestionKind.WHICH_TOPIC
            and topic.title not in question.prompt
        ):
            header += f" · {topic.title}"
        if question.kind is QuestionKind.MULTI_SELECT:
            return self._ask_many(session, question, header)
        if question.options:
            labels, correct = _present_options(question)
            options = tuple(
                Option(
                    label, make_token(ANSWER_ACTION, session.nonce, str(session.position), str(i))
                )
                for i, label in enumerate(labels)
            )
            prompt = (
                _chronology_prompt(question)
                if question.kind is QuestionKind.CHRONOLOGY
                else _matching_prompt(question)
                if question.kind is QuestionKind.MATCHING
                else question.prompt
            )
            return Quiz(question.id, prompt, options, correct, question.explanation, header=header)
        return Message(
            text(line(bold(header)), question.prompt, line(italic(_TYPED_PROMPT))),
            awaits_answer=True,
        )

    def _ask_many(self, session: QuizSession, question: Question, header: str) -> Reply:
        """A pick-all-that-apply question: a button per option letter toggles it, Done submits.

        Every platform shows buttons, so multi-select works everywhere without native polls (a
        Telegram quiz poll takes one answer); each press is acknowledged privately (a toast, an
        ephemeral note), and the letters can be typed instead ("a c").
        """
        listed = [
            line(f"{_LETTERS[i].upper()}. {option}") for i, option in enumerate(question.options)
        ]
        tokens = [
            make_token(ANSWER_ACTION, session.nonce, str(session.position), str(i))
            for i in range(len(question.options) + 1)
        ]
        buttons = [Option(_LETTERS[i].upper(), tokens[i]) for i in range(len(question.options))]
        buttons.append(Option(_DONE, tokens[-1]))
        body = text(line(bold(header)), question.prompt, *listed, line(italic(_PICK_MANY)))
        return Choices(body, tuple(buttons))

    # ---- answering ------------------------------------------------------------------------------------

    def prune(self, idle: timedelta = SESSION_IDLE) -> int:
        """Forget quizzes nobody has touched for `idle` (their answers are already stored)."""
        cutoff = self.now() - idle
        stale = [key for key, session in self.sessions.items() if session.last_active < cutoff]
        for key in stale:
            self._by_nonce.pop(self.sessions.pop(key).nonce, None)
        return len(stale)

    def session_for(self, user: User, chat: Chat) -> QuizSession | None:
        return self.sessions.get((chat.platform, chat.id, user.id))

    async def on_text(self, event: Answer) -> list[Reply] | None:
        """Grade typed text if this user has a typed question open here; None when it is not for us."""
        session = self.session_for(event.user, event.chat)
        question = session.current if session is not None else None
        if session is None or question is None:
            return None
        if question.kind is QuestionKind.MULTI_SELECT:
            picks = typed_letters(event.text, len(question.options))
            if picks:
                return await self._picked_many(session, question, picks)
            if event.chat.is_group:
                return None
            return [Notice(_NOT_LETTERS)]
        if question.options:
            labels, _ = _present_options(question)
            picked = typed_option(labels, event.text, self.grader)
            if picked is not None:
                return await self._picked(session, question, picked)
            if event.chat.is_group:
                return None  # group chatter while a button question is open is not an answer
            return [Notice(_NOT_AN_OPTION)]
        grade = self.grader.grade(list(question.answers), event.text)
        if grade.verdict is Verdict.EMPTY:
            return [Notice("Type an answer — or /hint, /skip, /stop.")]
        typo = grade.verdict is Verdict.TYPO
        verdict = ("✅ " if grade.correct else "❌ ") + grade.reason
        if not grade.correct and question.answers[0] not in grade.reason:
            verdict += f" The answer: {question.answers[0]}."
        return await self._after(
            session, Result(question, grade.correct, session.hinted, typo), verdict
        )

    async def on_choice(self, event: Choice, parts: list[str]) -> list[Reply]:
        if len(parts) != 3 or not parts[1].isdecimal() or not parts[2].isdecimal():
            return [Notice("That button has expired.")]
        nonce, position, picked = parts[0], int(parts[1]), int(parts[2])
        session = self._by_nonce.get(nonce)
        if session is None:
            return [Notice("That quiz has ended. Start a new one with /quiz.")]
        if session.user.id != event.user.id or session.user.platform != event.user.platform:
            owner = "someone else's" if is_you(session.user.name) else f"{session.user.name}'s"
            return [Notice(f"This is {owner} quiz — start your own with /quiz.")]
        question = session.current
        if question is None or position != session.position:
            return [Notice("You've already answered that one.")]
        if question.kind is QuestionKind.MULTI_SELECT:
            return await self._toggle(session, question, picked)
        labels, _ = _present_options(question)
        if not 0 <= picked < len(labels):
            return [Notice("That button has expired.")]
        return await self._picked(session, question, picked)

    async def _toggle(self, session: QuizSession, question: Question, picked: int) -> list[Reply]:
        """A press on a multi-select question: an option's button ticks or unticks it, Done
        submits what is ticked."""
        if picked == len(question.options):
            if not session.picks:
                return [Notice("Tick at least one option first, then press Done.")]
            return await self._picked_many(session, question, frozenset(session.picks))
        if not 0 <= picked < len(question.options):
            return [Notice("That button has expired.")]
        session.picks ^= {picked}
        session.last_active = self.now()
        if not session.picks:
            return [Notice("Nothing ticked. Tick every option that applies, then press Done.")]
        ticked = ", ".join(_LETTERS[i].upper() for i in sorted(session.picks))
        return [
            Notice(f"Ticked: {ticked}. Press Done when that is all (a letter again unticks it).")
        ]

    async def _picked_many(
        self, session: QuizSession, question: Question, picks: frozenset[int]
    ) -> list[Reply]:
        """Grade a multi-select answer: right only when every right option and no other is picked."""
        right = set(question.correct)
        letters = ", ".join(_LETTERS[i].upper() for i in sorted(right))
        if picks == right:
            verdict = "✅ Right — those are all of them."
        else:
            verdict = f"❌ Not quite — the ones that apply are {letters}."
            wrong = sorted(picks - right)
            missed = sorted(right - picks)
            if missed:
                named = "; ".join(f"{_LETTERS[i].upper()}. {question.options[i]}" for i in missed)
                verdict += f" You left out {named}."
            if wrong:
                verdict += self._why_not(question, wrong[0])
        return await self._after(
            session, Result(question, picks == right, session.hinted, typo=False), verdict
        )

    async def _picked(self, session: QuizSession, question: Question, picked: int) -> list[Reply]:
        """Grade the option at `picked` (pressed, or typed as its text, letter or number)."""
        labels, correct_indices = _present_options(question)
        right = picked in correct_indices
        shown = " / ".join(labels[i] for i in correct_indices)
        verdict = "✅ Right!" if right else f"❌ Not quite — the answer is {shown}."
        if not right:
            verdict += self._why_not(question, picked)
        return await self._after(
            session, Result(question, right, session.hinted, typo=False), verdict
        )

    async def hint(self, event: Command) -> list[Reply]:
        session = self.session_for(event.user, event.chat)
        question = session.current if session is not None else None
        if session is None or question is None:
            return [Notice("No question is open for you. Start one with /quiz.")]
        first = question.hint or self._fallback_hint(question)
        # the generator's graded hints when it gave some; else each says more than the last
        clues = [first, *question.hints] if question.hints else hint_steps(question, first)
        if session.hints_used >= len(clues):
            return [Notice("No more hints for this one — /skip shows the answer.")]
        session.hinted = True
        clue = clues[session.hints_used]
        session.hints_used += 1
        last = " (That was the last hint.)" if session.hints_used == len(clues) else ""
        label = "Hint: " if len(clues) == 1 else f"Hint {session.hints_used}/{len(clues)}: "
        return [Message(text(line(italic(label), clue, last)))]

    def _why_not(self, question: Question, picked: int) -> str:
        """What a wrongly picked option is in the notes, and where the right answer sits."""
        parts = []
        if question.kind is not QuestionKind.CHRONOLOGY and picked < len(question.option_notes):
            note = question.option_notes[picked]
            if note:
                parts.append(note)
        where = self._path(question.topic_id)
        if (
            where
            and where not in question.explanation
            and question.kind is not QuestionKind.WHICH_TOPIC
        ):
            parts.append(f"The answer comes from {where}.")
        return "".join(f" {part}" for part in parts)

    def _path(self, topic_id: str | None) -> str:
        """The topic's place in the tree: "Cold War › Berlin Wall" (its title when top-level)."""
        if topic_id is None:
            return ""
        return " › ".join(topic.title for topic in self.deck.path(topic_id))

    def _fallback_hint(self, question: Question) -> str:
        """A clue when the generator gave none: letters for typed answers, never for options (they'd
        point at the one option that fits)."""
        if not question.options:
            return _default_hint(question)
        topic = self.deck.topic(question.topic_id) if question.topic_id else None
        if topic is not None and question.kind is not QuestionKind.WHICH_TOPIC:
            return f"Look again at the notes on {topic.title} (/explain {topic.title})."
        return "Read each option against the notes — only one fits exactly."

    async def skip(self, event: Command) -> list[Reply]:
        session = self.session_for(event.user, event.chat)
        question = session.current if session is not None else None
        if session is None or question is None:
            return [Notice("No question is open for you. Start one with /quiz.")]
        answer = " / ".join(question.answers)
        result = Result(question, correct=False, hinted=session.hinted, typo=False, skipped=True)
        return await self._after(session, result, f"⏭ Skipped. The answer: {answer}.")

    async def stop(self, event: Command) -> list[Reply]:
        session = self.session_for(event.user, event.chat)
        if session is None:
            return [Notice("You have no quiz running here.")]
        return [self._close(session)]

    async def _after(self, session: QuizSession, result: Result, verdict: str) -> list[Reply]:
        # Advance before any await: a second press of the same button, handled while the store is
        # busy, must find the question already answered.
        session.advance(result)
        session.last_active = self.now()
        try:
            await self._record(session, result)
        except StoreError:  # nothing was written: the same question stays open to answer again
            session.take_back(result)
            raise
        feedback = Message(text(verdict, line(italic("ℹ "), result.question.explanation)))
        if session.finished:
            return [feedback, self._close(session)]
        return [feedback, self._ask(session)]

    async def _record(self, session: QuizSession, result: Result) -> None:
        """Update the card's FSRS state, log the review and the quiz result: one transaction."""
        if self.store is None:
            return
        who = UserRef(session.user.platform, session.user.id)
        question = result.question
        now = self.now()
        card_id = card_id_of(question)
        outcome = Outcome(result.correct, result.hinted, result.typo, bool(question.options))
        topic, fact = question.topic_id, question.fact_id

        def step(existing: CardRecord | None) -> tuple[CardRecord, Review]:
            state = dict(existing.state) if existing is not None else None
            card, rating = review(self.scheduler, state, card_id, outcome, now)
            lapses = 0 if existing is None else existing.lapses + (0 if result.correct else 1)
            record = CardRecord(
                who, card_id, self.deck.id, dict(card.to_dict()), card.due, lapses, topic, fact
            )
            logged = Review(
                who, card_id, self.deck.id, int(rating), result.correct, now, topic, fact
            )
            return record, logged

        try:
            chat = ChatRef(session.chat.platform, session.chat.id)
            answer = QuizResult(who, chat, self.deck.id, question.id, result.correct, now, topic)
            await self.store.record_answer(
                who, card_id, step, result=answer, display_name=session.user.name
            )
        except StoreError:
            raise  # the database is away: the caller says "try again"
        except Exception:  # a bug in one answer's bookkeeping must not stop the quiz
            log.exception("could not record an answer for %s", who)

    def _close(self, session: QuizSession) -> Reply:
        self.sessions.pop((session.chat.platform, session.chat.id, session.user.id), None)
        self._by_nonce.pop(session.nonce, None)
        answered = len(session.results)
        if answered == 0:
            return Message(text("Quiz stopped. Start another with /quiz."))
        lines: list[Line] = [line(bold(score_line(session.user.name, session.score, answered)))]
        missed = [r for r in session.results if not r.correct]
        if missed:
            lines.append(line("To go over:"))
            lines.extend(item(r.question.explanation) for r in missed[:5])
            if self.store is not None:
                lines.append(line(italic("Missed questions come back in /review from tomorrow.")))
        else:
            lines.append(line("A clean sheet. /review keeps it that way."))
        return Message(text(*lines))


def _when(due: datetime, now: datetime) -> str:
    """A due time as a student reads it: "in 3 hours", "tomorrow", "in 4 days"."""
    hours = (due - now).total_seconds() / 3600
    if hours < 1:
        return "within the hour"
    if hours < 20:
        return f"in {round(hours)} hour{'s' if round(hours) != 1 else ''}"
    days = max(1, round(hours / 24))
    return "tomorrow" if days == 1 else f"in {days} days"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def card_id_of(question: Question) -> str:
    """The spaced-repetition card a question belongs to: one fact asked one way.

    Keyed by fact and kind, not by the question's wording, so the card survives a different blank or new
    distractors on another day (the REFERENCE's advice: a hash of fact + question type).
    """
    return stable_id("card", question.fact_id or question.id, str(question.kind))


def _default_hint(question: Question) -> str:
    answer = question.answers[0] if question.answers else ""
    if not answer:
        return "No hint for this one."
    first = answer[0]
    return f"It starts with “{first}” and has {len(answer)} characters."


def _present_options(question: Question) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Options as shown, with the right indices. A chronology becomes a choice of orderings
    ("A → C → B"), a matching a choice of pairings ("1-B, 2-A, 3-C")."""
    if not question.ordered:
        return question.options, question.correct
    letters = "ABCD"[: len(question.options)]
    right = "".join(letters[i] for i in question.correct)
    orderings = ["".join(p) for p in itertools.permutations(letters)]
    rng = random.Random(question.id)
    wrong = rng.sample([o for o in orderings if o != right], k=min(3, len(orderings) - 1))
    shown = sorted([right, *wrong])
    if question.kind is QuestionKind.MATCHING:
        labels = tuple(", ".join(f"{n}-{x}" for n, x in enumerate(order, 1)) for order in shown)
    else:
        labels = tuple(" → ".join(order) for order in shown)
    return labels, (shown.index(right),)


def _matching_prompt(question: Question) -> str:
    """The causes (numbered, in the prompt) and the effects to match them with, lettered."""
    letters = "ABCD"
    listed = "; ".join(f"{letters[i]}. {effect}" for i, effect in enumerate(question.options))
    return f"{question.prompt} — {listed}."


def _chronology_prompt(question: Question) -> str:
    letters = "ABCD"
    listed = "; ".join(f"{letters[i]}. {event}" for i, event in enumerate(question.options))
    return sentence_join(question.prompt, listed)


_DONE = "✔ Done"
_PICK_MANY = "Tick every option that applies, then press Done — or type the letters, e.g. “a c”."
_NOT_LETTERS = (
    "Type the letters of every option that applies, e.g. “a c” — or tick them and press Done."
)
_NOT_AN_OPTION = (
    "Pick one of the options above — tap it, or type its letter, number or text (or /skip, /stop)."
)
_LETTERS = "abcdefghij"
# An option that is an ordering ("A → C → B") or a pairing ("1-B, 2-A, 3-C") of lettered items.
_ORDERING = re.compile(r"[A-D](?: → [A-D])+|1-[A-D](?:, \d-[A-D])+")
_LETTER_LIST = re.compile(r"(?:[a-j]|\d{1,2})(?:\s*(?:,|;|&|\band\b|\s)\s*(?:[a-j]|\d{1,2}))*")


def typed_letters(typed: str, count: int) -> frozenset[int]:
    """The options a typed multi-select answer names: letters or numbers ("a c", "A, C", "1 and
    3", "ac"); empty when it names none or one that does not exist."""
    text = typed.strip().strip(".").casefold()
    if re.fullmatch(r"[a-j]{2,10}", text):
        text = " ".join(text)  # "ac": letters typed together
    if not _LETTER_LIST.fullmatch(text):
        return frozenset()
    picks: set[int] = set()
    for part in re.findall(r"\b(?:[a-j]|\d{1,2})\b", re.sub(r"\band\b", " ", text)):
        index = int(part) - 1 if part.isdecimal() else _LETTERS.index(part)
        if not 0 <= index < count:
            return frozenset()
        picks.add(index)
    return frozenset(picks)


def typed_option(labels: Sequence[str], typed: str, grader: Grader) -> int | None:
    """Which option typed text names: its letter ("b", "B)"), its number ("2"), an ordering's
    letters ("ACBD" for "A → C → B → D") or its text, spelt as the grader would accept; None when
    it names none or more than one."""
    text = typed.strip().strip(".)(").strip()
    if not text:
        return None
    folded = text.casefold()
    if len(folded) == 1 and folded in _LETTERS[: len(labels)]:
        return _LETTERS.index(folded)
    if folded.isdecimal() and 1 <= int(folded) <= len(labels):
        return int(folded) - 1
    squashed = [re.sub(r"[^a-z]", "", label.casefold()) for label in labels]
    letters = re.sub(r"[^a-z]", "", folded)
    orderings = all(_ORDERING.fullmatch(label) for label in labels)
    if orderings and letters and letters in squashed:
        return squashed.index(letters)
    graded = [grader.grade(label, text) for label in labels]
    exact = [i for i, g in enumerate(graded) if g.correct and g.verdict is Verdict.EXACT]
    accepted = exact or [i for i, g in enumerate(graded) if g.correct]
    return accepted[0] if len(accepted) == 1 else None
