"""Round-10 review, key terms: definitions in the notes that were never asked, and "which term
means …" questions whose options mixed kinds (genotype beside a disorder and a technique).

The decks under tests/data/quiz_kinds were written for these tests in four subjects and styles
(a biology outline with "Term: definition" lines, a chemistry Markdown sheet with "**term** –
definition", a psychology outline in capitals, a geography glossary typed line by line); none is
a review deck. What each term is (a concept, an illness, a technique, a landform …) is written
here by hand, as a teacher would sort them, and checked against what the student is shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck, Term, Topic
from knowledge.text import fold
from tests.unit import questioning

DATA = Path(__file__).parents[1] / "data" / "quiz_kinds"
TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)

# Each deck's key terms by what they name. A question's options must all come from one group.
SORTED: dict[str, dict[str, set[str]]] = {
    "inheritance.txt": {
        "idea": {
            "Gamete", "Chromosome", "Gene", "Allele", "Genotype", "Phenotype", "Homozygous",
            "Heterozygous", "Dominant", "Recessive", "Genome", "Sexual reproduction",
            "Asexual reproduction", "Meiosis", "Fertilisation", "Carrier", "Variation",
            "Mutation", "Natural selection", "Evolution", "Selective breeding",
            "Genetic engineering",
        },
        "illness": {"Cystic fibrosis", "Polydactyly", "Sickle cell anaemia"},
        "technique": {"Embryo screening", "IVF", "Gene therapy"},
        "person": {"Charles Darwin", "Alfred Russel Wallace"},
    },
    "bonding.md": {
        "bond": {"Ionic bond", "Covalent bond", "Metallic bond"},
        "structure": {"Lattice", "Polymer", "Alloy", "Fullerene"},
        "technique": {"Electrolysis", "Chromatography", "Fractional distillation", "Titration"},
        "quantity": {"Relative formula mass", "Mole", "Concentration"},
    },
    "memory.txt": {
        "idea": {
            "Encoding", "Storage", "Retrieval", "Capacity", "Duration", "Interference",
            "Multi-store model", "Working memory model", "Episodic buffer", "Central executive",
        },
        "illness": {"Anterograde amnesia", "Retrograde amnesia", "Korsakoff's syndrome"},
        "technique": {"Cognitive interview", "Mnemonic", "Free recall test"},
    },
    "coasts.md": {
        "process": {
            "Erosion", "Deposition", "Longshore drift", "Fetch", "Hydraulic action", "Abrasion",
        },
        "landform": {"Spit", "Stack", "Wave-cut platform", "Bar"},
        "technique": {"Beach nourishment", "Managed retreat"},
    },
}  # fmt: skip
# Terms whose own definition says their name ("Electrolysis: … using electricity", "Relative
# formula mass: the sum of the relative atomic masses …"): asking them would give them away. So
# does a definition naming the one word that tells a term from its siblings (round-12 review:
# "… oppositely charged ions" -> Ionic bond, "… positive metal ions …" -> Metallic bond, where
# "bond" is every bond's).
GIVE_THEMSELVES_AWAY = {"Electrolysis", "Relative formula mass", "Ionic bond", "Metallic bond"}


def _deck(name: str) -> Deck:
    return questioning.imported_notes(DATA / name)


def _term_questions(deck: Deck) -> list[Question]:
    return questioning.every_question(deck, range(3), *TERM_KINDS)


def _asked_term(question: Question, deck: Deck) -> str:
    """The key term a term question is about, read from what the student sees."""
    if question.kind is QuestionKind.DEFINITION_TO_TERM:
        return question.answers[0]
    # A person is asked who they were (round 14: "What does “Joseph McCoy” mean?").
    return next(
        t.term
        for t in deck.terms
        if question.prompt in (f"What does “{t.term}” mean?", f"Who was “{t.term}”?")
    )


def _option_terms(question: Question, deck: Deck) -> set[str]:
    by_definition = {t.definition: t.term for t in deck.terms}
    return {by_definition.get(option, option) for option in question.options}


@pytest.mark.parametrize("name", sorted(SORTED))
def test_every_key_term_the_notes_define_is_asked(name: str) -> None:
    deck = _deck(name)
    expected = set().union(*SORTED[name].values())
    assert {t.term for t in deck.terms} == expected  # each line the teacher wrote is a term
    asked = {_asked_term(q, deck) for q in _term_questions(deck)}
    assert asked == expected - GIVE_THEMSELVES_AWAY, sorted(expected - asked)


@pytest.mark.parametrize("name", sorted(SORTED))
def test_the_options_of_a_term_question_are_terms_of_one_kind(name: str) -> None:
    deck = _deck(name)
    group_of = {term: group for group, terms in SORTED[name].items() for term in terms}
    offered = 0
    for q in _term_questions(deck):
        if q.typed:
            assert q.kind is QuestionKind.DEFINITION_TO_TERM
            assert q.prompt.startswith(("Which term means", "Who is this")), q.prompt
            continue
        offered += 1
        groups = {group_of[term] for term in _option_terms(q, deck)}
        assert len(groups) == 1, (q.prompt, q.options)
    assert offered >= len(deck.terms)  # most terms are asked with options, both ways


GENETICS = """Genetics revision

Allele: a different form of a gene
Genotype: the alleles an organism has
Phenotype: the characteristics that are expressed
Homozygous: two of the same allele
Heterozygous: two different alleles
Dominant: only one copy needed to be expressed
Recessive: two copies needed to be expressed
Cystic fibrosis: a disorder of the cell membranes caused by a recessive allele
Polydactyly: a disorder causing extra digits, caused by a dominant allele
Embryo screening: a technique that tests embryos for disorders
"""


def test_one_list_of_key_terms_keeps_disorders_and_techniques_apart_from_ideas() -> None:
    """The review's case: one unsorted list. Genotype is never asked among a disorder and a
    technique; a disorder with only one other disorder to stand beside is asked typed."""
    mapping = import_text(GENETICS, source_name="genetics.txt", format="outline")
    deck = parse_deck(dump_deck(mapping), "genetics.yaml")
    apart = {"Cystic fibrosis", "Polydactyly", "Embryo screening"}
    questions = _term_questions(deck)
    for q in questions:
        named = _option_terms(q, deck)
        assert not named or named <= apart or not named & apart, (q.prompt, q.options)
    asked = {_asked_term(q, deck) for q in questions}
    assert asked == {t.term for t in deck.terms}
    typed = {q.answers[0] for q in questions if q.typed}
    assert apart <= typed


def test_a_definition_the_notes_do_not_give_is_never_asked_nor_offered() -> None:
    topic = Topic(id="genes", title="Genes", facts=())
    terms = (
        Term("allele", "Allele", "a different form of a gene", topics=("genes",)),
        Term("gene", "Gene", "a section of DNA that codes for a protein", topics=("genes",)),
        Term("locus", "Locus", "the position of a gene on a chromosome", topics=("genes",)),
        Term("genome", "Genome", "all the genetic material of an organism", topics=("genes",)),
        Term("codon", "Codon", "three bases that code for an amino acid", (), ("genes",), True),
    )
    deck = Deck(id="g", title="Genes", topics=(topic,), terms=terms)
    for q in _term_questions(deck):
        shown = " ".join((q.prompt, *q.options, *q.answers))
        assert "Codon" not in shown and "three bases" not in shown, shown


def test_a_dash_line_that_defines_a_term_is_a_key_term_outside_a_glossary_too() -> None:
    text = "Disorders\n• Cystic fibrosis - a disorder of cell membranes\n• Sickle cell - rare\n"
    mapping = import_text(text, source_name="n.txt", format="outline")
    deck = parse_deck(dump_deck(mapping), "n.yaml")
    # "- rare" opens no noun phrase: a dash is as often an aside
    assert {t.term: t.definition for t in deck.terms} == {
        "Cystic fibrosis": "a disorder of cell membranes"
    }


def test_glossary_lines_typed_one_per_line_in_markdown_are_separate_terms() -> None:
    text = "# Coasts\n\n## Key terms\nErosion - the wearing away of rock\nFetch - the open water\n"
    mapping = import_text(text, source_name="c.md", format="markdown")
    deck = parse_deck(dump_deck(mapping), "c.yaml")
    assert {fold(t.term) for t in deck.terms} == {"erosion", "fetch"}
