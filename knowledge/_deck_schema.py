"""The deck format: checks a composed YAML tree section by section and builds the model.

Every problem is collected (a teacher fixes a deck in one sitting only if all are reported at once):
each value is checked where it stands, then ids are checked for duplicates and references to topics
are resolved once all topics are known. The model is returned only when nothing was wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge._deck_limits import (
    MAX_EMPHASIS,
    MAX_FACT_CHARS,
    MAX_LINE_CHARS,
    MAX_OPTIONS,
    MAX_TEXT_CHARS,
    MAX_TITLE_CHARS,
    MAX_TOPIC_DEPTH,
    MIN_OPTIONS,
)
from knowledge._deck_problems import DeckError, DeckProblem
from knowledge._deck_values import (
    Fields,
    Located,
    Shape,
    ValueChecker,
    describe,
    folded,
    is_empty,
    quote,
    slugify,
    value_of,
)
from knowledge._yaml_nodes import Mapping, Node, Scalar, Sequence
from knowledge.model import Deck, DeckQuestion, Fact, Term, Topic, stable_id

TOP = Shape("the top level", ("deck", "topics"), ("terms", "questions", "emphasis"))
DECK = Shape("the deck", ("id", "title"), ("subject", "description", "source", "corrections"))
TOPIC = Shape(
    "a topic",
    ("id", "title"),
    (
        "aliases",
        "years",
        "date",
        "summary",
        "instruction",
        "people",
        "places",
        "facts",
        "related",
        "subtopics",
    ),
)
GROUP = Shape("a group of facts", ("group", "facts"))
TERM = Shape("a term", ("term", "definition"), ("aliases", "topics", "id", "source"))
QUESTION = Shape("a question", ("question", "answers"), ("options", "explanation", "topic", "id"))

# Anki cloze markup, as knowledge.model reads it: {{c1::answer}} or {{c1::answer::hint}}.
_CLOZE = re.compile(r"\{\{c\d+::(.*?)(?:::(.*?))?\}\}", re.DOTALL)
_CLOZE_OPENING = re.compile(r"\{\{c\d+::")
_NESTED_CLOZE = re.compile(r"\{\{c\d+::(?:(?!\}\}).)*?\{\{", re.DOTALL)
_EMPTY_CLOZE = re.compile(r"\{\{c\d+::\s*(?:::.*?)?\}\}", re.DOTALL)


def cloze_problem(text: str) -> str | None:
    """What is wrong with the cloze markup in a fact, or None when it is balanced (or absent)."""
    if "{{" not in text and "}}" not in text:
        return None
    nested = _NESTED_CLOZE.search(text)
    if nested is not None:
        return (
            f"cloze markup opens again before it closes at {quote(nested.group(0), 30)}; "
            "close each {{c1::...}} before the next, and do not nest them"
        )
    rest = _CLOZE.sub("", text)
    opening = rest.find("{{")
    if opening >= 0:
        fragment = quote(rest[opening:], 30)
        if _CLOZE_OPENING.match(rest, opening):
            return f"unbalanced cloze markup: {fragment} has no closing '}}}}'"
        return f"malformed cloze markup at {fragment}; write {{{{c1::answer}}}}"
    closing = rest.find("}}")
    if closing >= 0:
        # Also what a nested {{c1::a {{c2::b}} }} leaves behind.
        before = quote(rest[max(0, closing - 20) : closing + 2], 30)
        return (
            f"unbalanced cloze markup: {before} closes with '}}}}' but never opens with '{{{{c1::'"
        )
    empty = _EMPTY_CLOZE.search(text)
    if empty is not None:
        return f"the cloze markup {quote(empty.group(0))} has an empty answer"
    return None


@dataclass(frozen=True, slots=True)
class _ReadTopic:
    """A topic as read, with where it stands in the file and (for a subtopic) its parent's id."""

    topic: Topic
    parent: str | None
    id_node: Node
    title_node: Node
    path: str

    def under(self, parent: str) -> _ReadTopic:
        return _ReadTopic(self.topic, parent, self.id_node, self.title_node, self.path)


def _is_group(node: Node) -> bool:
    return isinstance(node, Mapping) and any(
        isinstance(key, Scalar) and key.text == "group" for key, _ in node.pairs
    )


class DeckBuilder(ValueChecker):
    """Reads the deck's sections in the order of the format."""

    # `deck.corrections`, read with the rest of the `deck:` section
    read_corrections: tuple[tuple[str, str], ...] = ()

    # -- facts ----------------------------------------------------------------------------------

    def fact(self, node: Node, path: str, group: str | None) -> Fact | None:
        """One fact: a text whose cloze markup, if any, is balanced."""
        if isinstance(node, Mapping):
            if _is_group(node):
                message = "a group cannot hold another group; make the inner one a separate group"
            elif len(node.pairs) == 1:
                message = (
                    "this fact reads as 'key: value' because of the ': ' in it; "
                    "put the whole fact in quotes"
                )
            else:
                message = "expected a fact (text) or a group (with 'group:' and 'facts:')"
            self.report(node, path, message)
            return None
        raw = self.text(
            node, path, limit=MAX_FACT_CHARS, name="fact", one_line=False, required=True
        )
        if raw is None:
            return None
        problem = cloze_problem(raw)
        if problem is not None:
            self.report(node, path, problem)
            return None
        return Fact(raw, group)

    def facts(self, node: Node | None, path: str) -> list[Fact]:
        """A topic's facts, each a text or a group of texts under a heading."""
        if node is None or is_empty(node):
            return []
        if not isinstance(node, Sequence):
            self.report(node, path, f"expected a list of facts ('- ' lines), got {describe(node)}")
            return []
        facts: list[Fact] = []
        for index, item in enumerate(node.items):
            item_path = f"{path}[{index}]"
            if _is_group(item):
                facts.extend(self.group(item, item_path))
            else:
                fact = self.fact(item, item_path, None)
                if fact is not None:
                    facts.append(fact)
        return facts

    def group(self, node: Node, path: str) -> list[Fact]:
        """A heading with its own facts (`group:`, `facts:`), as facts that remember the heading."""
        fields = self.fields(node, path, GROUP)
        if fields is None:
            return []
        heading = self.text(
            value_of(fields, "group"),
            f"{path}.group",
            limit=MAX_LINE_CHARS,
            name="group heading",
            required=True,
        )
        items = value_of(fields, "facts")
        items_path = f"{path}.facts"
        if items is None:
            return []
        if not isinstance(items, Sequence) or not items.items:
            self.report(items, items_path, f"a group needs a list of facts, got {describe(items)}")
            return []
        facts = []
        for index, item in enumerate(items.items):
            fact = self.fact(item, f"{items_path}[{index}]", heading)
            if fact is not None:
                facts.append(fact)
        return facts

    # -- topics ---------------------------------------------------------------------------------

    def topic(self, node: Node, path: str, depth: int = 1) -> list[_ReadTopic]:
        """The topic and, after it, its subtopics (any depth up to MAX_TOPIC_DEPTH), in reading order;
        each with the nodes of its id and title for the duplicate checks. Invalid topics are left out."""
        fields = self.fields(node, path, TOPIC)
        if fields is None:
            return []
        id_node, title_node = value_of(fields, "id"), value_of(fields, "title")
        topic_id = self.slug(id_node, f"{path}.id", required=True)
        title = self.text(
            title_node, f"{path}.title", limit=MAX_TITLE_CHARS, name="title", required=True
        )

        def one_line(key: str) -> str | None:
            return self.text(value_of(fields, key), f"{path}.{key}", limit=MAX_LINE_CHARS, name=key)

        def texts(key: str, item: str) -> tuple[str, ...]:
            entries = self.text_list(
                value_of(fields, key), f"{path}.{key}", limit=MAX_LINE_CHARS, item=item
            )
            return tuple(entry.value for entry in entries)

        start, end = self.years(value_of(fields, "years"), f"{path}.years")
        aliases, people, places = (
            texts("aliases", "alias"),
            texts("people", "name"),
            texts("places", "place"),
        )
        date, summary = one_line("date"), one_line("summary")
        instruction = one_line("instruction")
        facts = self.facts(value_of(fields, "facts"), f"{path}.facts")
        related = self.topic_ids(value_of(fields, "related"), f"{path}.related", owner=topic_id)
        below = self.subtopics(value_of(fields, "subtopics"), f"{path}.subtopics", depth)
        if topic_id is None or title is None:
            return []
        topic = Topic(
            id=topic_id,
            title=title,
            facts=tuple(facts),
            aliases=aliases,
            start_year=start,
            end_year=end,
            date=date,
            people=people,
            places=places,
            related=related,
            summary=summary,
            instruction=instruction,
        )
        assert isinstance(id_node, Scalar)  # a valid slug was read from it
        assert title_node is not None
        read = [_ReadTopic(topic, None, id_node, title_node, path)]
        for child in below:
            read.append(child if child.parent is not None else child.under(topic_id))
        return read

    def subtopics(self, node: Node | None, path: str, depth: int) -> list[_ReadTopic]:
        """A topic's `subtopics:` list: topics like any other, one level deeper."""
        if node is None or is_empty(node):
            return []
        if not isinstance(node, Sequence):
            self.report(
                node, path, f"expected a list of subtopics ('- ' items), got {describe(node)}"
            )
            return []
        if depth >= MAX_TOPIC_DEPTH:
            self.report(
                node,
                path,
                f"subtopics may nest at most {MAX_TOPIC_DEPTH} levels deep; "
                "make these facts or groups of their parent instead",
            )
            return []
        read: list[_ReadTopic] = []
        for index, item in enumerate(node.items):
            read.extend(self.topic(item, f"{path}[{index}]", depth + 1))
        return read

    def topics(self, node: Node | None) -> tuple[list[Topic], dict[str, str]]:
        """Every topic (subtopics after their parent) and the parent of each subtopic by id."""
        if node is None:
            return [], {}
        if not isinstance(node, Sequence) or not node.items:
            self.report(
                node, "topics", f"expected a list of topics (at least one), got {describe(node)}"
            )
            return [], {}
        read: list[_ReadTopic] = []
        for index, item in enumerate(node.items):
            read.extend(self.topic(item, f"topics[{index}]"))
        ids = [(entry.topic.id, entry.id_node, f"{entry.path}.id") for entry in read]
        titles = [
            (folded(entry.topic.title), entry.title_node, f"{entry.path}.title") for entry in read
        ]
        known = self.unique(
            ids,
            lambda key, first, _: f"duplicate topic id '{key}' (first used at line {first.line})",
        )
        self.unique(
            titles,
            lambda _, first, __: (
                f"another topic has the same title (line {first.line}); "
                "titles must differ so students can tell the topics apart"
            ),
        )
        self.check_topic_references(known)
        parents = {entry.topic.id: entry.parent for entry in read if entry.parent is not None}
        return [entry.topic for entry in read], parents

    # -- terms ----------------------------------------------------------------------------------

    def term(self, node: Node, path: str) -> tuple[Term | None, bool]:
        """The term, and whether its id was written out (rather than made from the term)."""
        fields = self.fields(node, path, TERM)
        if fields is None:
            return None, False
        name = self.text(
            value_of(fields, "term"),
            f"{path}.term",
            limit=MAX_LINE_CHARS,
            name="term",
            required=True,
        )
        definition = self.text(
            value_of(fields, "definition"),
            f"{path}.definition",
            limit=MAX_TEXT_CHARS,
            name="definition",
            one_line=False,
            required=True,
        )
        aliases = self.text_list(
            value_of(fields, "aliases"), f"{path}.aliases", limit=MAX_LINE_CHARS, item="alias"
        )
        topics = self.topic_ids(value_of(fields, "topics"), f"{path}.topics")
        source = self.text(
            value_of(fields, "source"), f"{path}.source", limit=MAX_LINE_CHARS, name="source"
        )
        id_node = value_of(fields, "id")
        written = id_node is not None and not is_empty(id_node)
        term_id = self.slug(id_node, f"{path}.id", required=False)
        if name is None or definition is None or (written and term_id is None):
            return None, written
        if term_id is None:
            term_id = slugify(name) or f"term-{stable_id(name)}"
        alias_texts = tuple(alias.value for alias in aliases)
        added = source is not None and source.strip().casefold() != "notes"
        return Term(term_id, name, definition, alias_texts, topics, added), written

    def terms(self, node: Node | None) -> list[Term]:
        if node is None or is_empty(node):
            return []
        if not isinstance(node, Sequence):
            self.report(node, "terms", f"expected a list of terms, got {describe(node)}")
            return []
        terms: list[Term] = []
        ids: list[tuple[str, Node, str]] = []
        made_from_term: set[int] = set()
        for index, item in enumerate(node.items):
            term, written = self.term(item, f"terms[{index}]")
            if term is not None:
                terms.append(term)
                ids.append((term.id, item, f"terms[{index}]"))
                if not written:
                    made_from_term.add(id(item))

        def duplicate(key: str, first: Node, repeat: Node) -> str:
            message = f"duplicate term id '{key}' (first used at line {first.line})"
            if id(repeat) in made_from_term:
                message += "; the id is made from the term, so give this term its own 'id'"
            return message

        self.unique(ids, duplicate)
        return terms

    # -- questions ------------------------------------------------------------------------------

    def question(self, node: Node, path: str) -> DeckQuestion | None:
        fields = self.fields(node, path, QUESTION)
        if fields is None:
            return None
        prompt = self.text(
            value_of(fields, "question"),
            f"{path}.question",
            limit=MAX_TEXT_CHARS,
            name="question",
            one_line=False,
            required=True,
        )
        answers_node = value_of(fields, "answers")
        answers = self.text_list(
            answers_node, f"{path}.answers", limit=MAX_LINE_CHARS, item="answer", single_ok=True
        )
        if answers_node is not None and (
            is_empty(answers_node)
            or (isinstance(answers_node, Sequence) and not answers_node.items)
        ):
            self.report(answers_node, f"{path}.answers", "a question needs at least one answer")
        explanation = self.text(
            value_of(fields, "explanation"),
            f"{path}.explanation",
            limit=MAX_TEXT_CHARS,
            name="explanation",
            one_line=False,
        )
        topic_node = value_of(fields, "topic")
        topic = self.slug(topic_node, f"{path}.topic", required=False, name="topic id")
        if topic is not None and isinstance(topic_node, Scalar):
            self.topic_references.append(Located(topic, topic_node, f"{path}.topic"))
        question_id = self.slug(value_of(fields, "id"), f"{path}.id", required=False)
        options_node = value_of(fields, "options")
        kind = "typed"
        options: tuple[str, ...] = ()
        correct: tuple[int, ...] = ()
        if options_node is not None and not is_empty(options_node):
            kind = "choice"
            options, correct = self.choices(options_node, f"{path}.options", answers)
        if prompt is None or not answers:
            return None
        # A choice question's answers are its right options, spelt as the options are.
        accepted = (
            tuple(options[index] for index in correct)
            if kind == "choice"
            else tuple(answer.value for answer in answers)
        )
        return DeckQuestion(
            id=question_id or stable_id(prompt),
            kind=kind,
            prompt=prompt,
            answers=accepted,
            options=options,
            correct=correct,
            explanation=explanation,
            topic=topic,
        )

    def choices(
        self, node: Node, path: str, answers: list[Located]
    ) -> tuple[tuple[str, ...], tuple[int, ...]]:
        """The options of a multiple-choice question and the indices of its answers among them."""
        entries = self.text_list(node, path, limit=MAX_LINE_CHARS, item="option")
        if not isinstance(node, Sequence):
            return (), ()
        if not MIN_OPTIONS <= len(node.items) <= MAX_OPTIONS:
            self.report(
                node,
                path,
                f"a multiple-choice question needs {MIN_OPTIONS} to {MAX_OPTIONS} options, "
                f"got {len(node.items)}",
            )
            return (), ()
        self.unique(
            ((folded(entry.value), entry.node, entry.path) for entry in entries),
            lambda _, first, __: f"this option repeats the one at line {first.line}",
        )
        options = tuple(entry.value for entry in entries)
        exact = {text: index for index, text in enumerate(options)}
        loose = {folded(text): index for index, text in enumerate(options)}
        correct: set[int] = set()
        for answer in answers:
            index = exact.get(answer.value, loose.get(folded(answer.value)))
            if index is not None:
                correct.add(index)
                continue
            import difflib  # only when a deck has a mistake to suggest a fix for

            close = difflib.get_close_matches(answer.value, options, n=1, cutoff=0.6)
            hint = (
                f"did you mean '{close[0]}'?" if close else f"the options are: {', '.join(options)}"
            )
            self.report(
                answer.node,
                answer.path,
                f"the answer '{answer.value}' is not one of the options; {hint}",
            )
        return options, tuple(sorted(correct))

    def questions(self, node: Node | None) -> list[DeckQuestion]:
        if node is None or is_empty(node):
            return []
        if not isinstance(node, Sequence):
            self.report(node, "questions", f"expected a list of questions, got {describe(node)}")
            return []
        questions: list[DeckQuestion] = []
        ids: list[tuple[str, Node, str]] = []
        for index, item in enumerate(node.items):
            question = self.question(item, f"questions[{index}]")
            if question is not None:
                questions.append(question)
                ids.append((question.id, item, f"questions[{index}]"))
        self.unique(
            ids,
            lambda key, first, _: (
                f"duplicate question id '{key}' (first used at line {first.line}); without an 'id' "
                "the id is made from the question text, so remove the repeat or give it an 'id'"
            ),
        )
        return questions

    # -- the whole deck -------------------------------------------------------------------------

    def header(self, fields: Fields) -> dict[str, str | None]:
        """The `deck:` section's values by key (None where absent or wrong)."""
        node = value_of(fields, "deck")
        info = self.fields(node, "deck", DECK) if node is not None else None
        if info is None:
            return {}
        self.read_corrections = self.corrections(value_of(info, "corrections"))
        return {
            "id": self.slug(value_of(info, "id"), "deck.id", required=True),
            "title": self.text(
                value_of(info, "title"),
                "deck.title",
                limit=MAX_TITLE_CHARS,
                name="title",
                required=True,
            ),
            "subject": self.text(
                value_of(info, "subject"), "deck.subject", limit=MAX_LINE_CHARS, name="subject"
            ),
            "description": self.text(
                value_of(info, "description"),
                "deck.description",
                limit=MAX_TEXT_CHARS,
                name="description",
                one_line=False,
            ),
            "source": self.text(
                value_of(info, "source"), "deck.source", limit=MAX_LINE_CHARS, name="source"
            ),
        }

    def corrections(self, node: Node | None) -> tuple[tuple[str, str], ...]:
        """`corrections: ["Einsenhower -> Eisenhower", …]`: the notes' spelling, then the deck's."""
        pairs: list[tuple[str, str]] = []
        items = self.text_list(node, "deck.corrections", limit=MAX_LINE_CHARS, item="correction")
        for located in items:
            notes, arrow, fixed = located.value.replace("→", "->").partition("->")
            if not arrow or not notes.strip() or not fixed.strip():
                self.report(
                    located.node,
                    located.path,
                    f"expected 'notes spelling -> deck spelling', got {located.value!r}",
                )
                continue
            pairs.append((notes.strip(), fixed.strip()))
        return tuple(pairs)

    def emphasis(self, node: Node | None) -> list[Located]:
        """`emphasis: [tribute, cocoa press]`: MAX_EMPHASIS bold words at most (the quiz matches
        them all in one pattern; an import keeps no more)."""
        if isinstance(node, Sequence) and len(node.items) > MAX_EMPHASIS:
            self.report(
                node,
                "emphasis",
                f"at most {MAX_EMPHASIS:,} bold words are allowed, got {len(node.items):,}; "
                "keep the key words only",
            )
            return []
        return self.text_list(node, "emphasis", limit=MAX_LINE_CHARS, item="bold word")

    def deck(self, root: Node | None) -> Deck | None:
        if root is None:
            self.problems.append(
                DeckProblem(
                    self.file,
                    1,
                    1,
                    "",
                    "the file holds no deck (it is empty or only comments); "
                    "a deck starts with 'deck:' and 'topics:'",
                )
            )
            return None
        top = self.fields(root, "", TOP)
        if top is None:
            return None
        header = self.header(top)
        terms = self.terms(value_of(top, "terms"))
        questions = self.questions(value_of(top, "questions"))
        # The words the notes set in bold (`knowledge.importers.emphasis`), for the quiz.
        emphasis = self.emphasis(value_of(top, "emphasis"))
        # Last: references from topics, terms and questions are resolved once all topics are read.
        topics, parents = self.topics(value_of(top, "topics"))
        deck_id, title = header.get("id"), header.get("title")
        if self.problems or deck_id is None or title is None:
            return None
        return Deck(
            id=deck_id,
            title=title,
            subject=header["subject"],
            description=header["description"],
            topics=tuple(topics),
            terms=tuple(terms),
            questions=tuple(questions),
            source=header["source"],
            corrections=self.read_corrections,
            emphasis=tuple(dict.fromkeys(found.value for found in emphasis)),
            parents=parents,
        )


def build_deck(root: Node | None, file: str) -> Deck:
    """The deck described by a composed YAML tree; raises DeckError listing every problem found."""
    builder = DeckBuilder(file)
    deck = builder.deck(root)
    if deck is None:
        if not builder.problems:  # pragma: no cover - every way to None reports a problem first
            builder.report(root, "", "the deck could not be read")
        raise DeckError(builder.problems)
    return deck
