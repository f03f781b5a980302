"""No question of a quiz prints another's key beside what that one asks (issue 14, round 23b).

Round 23b's blind review failed eight questions of one deck whose answer stood in another
question of the same sample: a context label copying a heading with a reign ("Akbar the Great
(r. 1556–1605): …" beside "Which emperor has the reign “1556–1605”?"), a parent bullet with a
birth name as a label or a matching option ("Jahangir (born Salim)" beside "Jahangir (born
_____)"), a line shown as a reason option beside a blank in it. These notes are on the Hanseatic
League: headings with reigns, parent bullets with birth names, a table of rulers, and glossary
definitions that other lines blank.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._leaks import leaks
from knowledge.model import Deck
from tests.unit import questioning

_NOTES = """\
# The Hanseatic League – Revision Handout

## 1. Origins

- **Lübeck** (refounded 1159 by Henry the Lion) became the leading city of the League
- **Visby** on Gotland was an early meeting place for German merchants in the Baltic
- **Cog** ships carried larger cargoes than earlier Viking-style boats
- Lübeck law spread to over 100 towns → shared rules for merchants

## 2. Valdemar IV of Denmark (r. 1340–75)

- Valdemar IV (born Valdemar Christoffersen) rebuilt the Danish kingdom
  - Sacked **Visby** in 1361 → the League declared war on Denmark
  - Bought back Zealand from German lenders
- Hanseatic fleet beaten at **Helsingborg** (1362)
- The **Confederation of Cologne** (1367) – 77 towns allied against Valdemar
- **Treaty of Stralsund** (1370): Denmark gave the Hanse free trade and four castles on the Sound

## 3. Margaret I (r. 1387–1412)

- Margaret I (born Margrete Valdemarsdatter) ruled Denmark, Norway and Sweden
  - United the three crowns in the **Kalmar Union** (1397)
  - Hired the **Victual Brothers** against Stockholm, then turned on them
- Her heir was **Eric of Pomerania**, crowned in 1397

## 4. Pirates

- **Klaus Störtebeker** (born Nikolaus Storzenbecher) led the Victual Brothers
  - Beheaded in Hamburg in 1401
  - His ship was captured off **Heligoland**

## Rulers at a glance

| Ruler | Reign | Remember for |
|---|---|---|
| Valdemar IV | 1340–1375 | Sack of Visby |
| Margaret I | 1387–1412 | Kalmar Union |
| Eric of Pomerania | 1396–1439 | Sound Dues |
| Christopher of Bavaria | 1440–1448 | Copenhagen as capital |

## Key terms

- **Kontor**: foreign trading post of the League
- **Hansetag**: the League's general assembly, which met in Lübeck
- **Verhansung**: expulsion of a town from the League
- **Staple right**: a town's right to make passing merchants offer their goods for sale there
"""

_YEARS = re.compile(r"(?<!\d)(1\d{3})(?:\s*[–-]\s*(\d{2,4}))?(?!\d)")


@pytest.fixture(scope="module")
def hanse(tmp_path_factory: pytest.TempPathFactory) -> Deck:
    notes: Path = tmp_path_factory.mktemp("hanse") / "hanse.md"
    notes.write_text(_NOTES, encoding="utf-8")
    return questioning.imported_notes(notes)


def _years(text: str) -> set[str]:
    """The years of `text`, a short range's end read in full ("1340–75" gives 1340 and 1375)."""
    found: set[str] = set()
    for match in _YEARS.finditer(text):
        found.add(match[1])
        end = match[2]
        if end:
            found.add(end if len(end) == 4 else match[1][: 4 - len(end)] + end)
    return found


def _shown(question: Question) -> list[str]:
    """What a question shows, cut at its label's colon, semicolons and quotes."""
    texts = [question.prompt]
    if question.kind is not QuestionKind.TRUE_FALSE:
        texts += question.options
    return [piece for text in texts for piece in re.split(r":\s|;\s|[“”]", text) if piece]


def _printed(asked: Question, shown: Question) -> str | None:
    """Where `shown` prints the key of `asked` beside a year its stem gives, or after "born"
    when its stem asks a birth name; None when it does not."""
    if asked.kind not in (QuestionKind.CLOZE, QuestionKind.CHOICE) or not asked.answers:
        return None
    key = asked.answers[0]
    if len(key.split()) > 4 or re.fullmatch(r"[\d–-]+", key):
        return None
    stem_years = _years(asked.prompt)
    born = "born _____" in asked.prompt
    for piece in _shown(shown):
        if not re.search(rf"(?<!\w){re.escape(key)}(?!\w)", piece):
            continue
        if stem_years & _years(piece) or (born and f"born {key}" in piece):
            return piece
    return None


def test_no_quiz_prints_a_key_beside_the_year_or_birth_name_it_asks(hanse: Deck) -> None:
    pairs = 0
    for seed in range(6):
        sample = QuestionGenerator(hanse, seed=seed).generate(20)
        for asked in sample:
            for shown in sample:
                if shown is asked:
                    continue
                if asked.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE):
                    pairs += 1
                piece = _printed(asked, shown)
                assert piece is None, (asked.prompt, asked.answers[0], shown.prompt, piece)
    assert pairs


def test_the_notes_can_print_such_keys(hanse: Deck) -> None:
    """The notes give such pairs among all their questions: the samples avoid them."""
    every = questioning.every_question(hanse, range(2))
    asked = [q for q in every if q.kind in (QuestionKind.CLOZE, QuestionKind.CHOICE)]
    assert any(_printed(one, other) for one in asked for other in every if other is not one)


def test_avoiding_them_keeps_the_quiz_full(hanse: Deck) -> None:
    for seed in range(3):
        assert len(QuestionGenerator(hanse, seed=seed).generate(20)) == 20


def _q(kind: QuestionKind, prompt: str, answer: str, source: str, *options: str) -> Question:
    correct = (options.index(answer),) if answer in options else ()
    return Question(
        id=prompt,
        kind=kind,
        prompt=prompt,
        answers=(answer,),
        options=options,
        correct=correct,
        source_fact=source,
    )


_REIGN = _q(
    QuestionKind.CHOICE,
    "Rulers at a glance: Which ruler has the reign “1387–1412”?",
    "Margaret I",
    "Ruler: Margaret I; Reign: 1387–1412; Remember for: Kalmar Union",
    "Valdemar IV",
    "Margaret I",
    "Eric of Pomerania",
)
_UNDER_HER = _q(
    QuestionKind.CLOZE,
    "Margaret I (r. 1387–1412): Her heir was _____, crowned in 1397",
    "Eric of Pomerania",
    "Her heir was Eric of Pomerania, crowned in 1397",
)
_BIRTH_NAME = _q(
    QuestionKind.CLOZE,
    "Pirates: Klaus Störtebeker (born _____) led the Victual Brothers",
    "Nikolaus Storzenbecher",
    "Klaus Störtebeker (born Nikolaus Storzenbecher) led the Victual Brothers",
)
_UNDER_HIM = _q(
    QuestionKind.CLOZE,
    "Pirates (Klaus Störtebeker (born Nikolaus Storzenbecher)): His ship was captured off _____",
    "Heligoland",
    "His ship was captured off Heligoland",
)


def test_a_label_with_a_reign_gives_its_ruler_away() -> None:
    assert leaks(_REIGN, _UNDER_HER)
    assert leaks(_UNDER_HER, _REIGN)  # either way round


def test_a_label_with_a_birth_name_gives_it_away() -> None:
    assert leaks(_BIRTH_NAME, _UNDER_HIM)


def test_a_short_range_is_read_in_full() -> None:
    short = _q(
        QuestionKind.CLOZE,
        "Margaret I (r. 1387–12): Her heir was _____, crowned in 1397",
        "Eric of Pomerania",
        "Her heir was Eric of Pomerania, crowned in 1397",
    )
    assert leaks(_REIGN, short)


def test_a_key_printed_alone_or_elsewhere_gives_nothing_away() -> None:
    # "Margaret I" as a distractor, and in a line about something else.
    other = _q(
        QuestionKind.CHOICE,
        "Rulers at a glance: Which ruler has the reign “1340–1375”?",
        "Valdemar IV",
        "Ruler: Valdemar IV; Reign: 1340–1375; Remember for: Sack of Visby",
        "Valdemar IV",
        "Margaret I",
        "Christopher of Bavaria",
    )
    elsewhere = _q(
        QuestionKind.CLOZE,
        "Margaret I: Hired the _____ against Stockholm, then turned on them",
        "Victual Brothers",
        "Hired the Victual Brothers against Stockholm, then turned on them",
    )
    assert not leaks(_REIGN, other)
    assert not leaks(_REIGN, elsewhere)


def test_a_definition_shown_as_an_option_gives_its_blank_away() -> None:
    blank = _q(
        QuestionKind.CLOZE,
        "Key terms: Hansetag: the League's general assembly, which met in _____",
        "Lübeck",
        "Hansetag: the League's general assembly, which met in Lübeck",
    )
    meaning = _q(
        QuestionKind.TERM_TO_DEFINITION,
        "What does “Kontor” mean?",
        "foreign trading post of the League",
        "Kontor: foreign trading post of the League",
        "foreign trading post of the League",
        "the League's general assembly, which met in Lübeck",
        "expulsion of a town from the League",
    )
    assert leaks(blank, meaning)


def test_a_changed_statement_is_given_away_by_its_true_value_only() -> None:
    changed = Question(
        id="tf",
        kind=QuestionKind.TRUE_FALSE,
        prompt="True or false? Valdemar IV of Denmark: Treaty of Stralsund (1370): Denmark gave "
        "the Hanse free trade and four castles on the Sound for 11 years",
        answers=("False",),
        options=("True", "False"),
        correct=(1,),
        source_fact="Treaty of Stralsund (1370): Denmark gave the Hanse free trade and four "
        "castles on the Sound for 15 years",
    )
    label = _q(
        QuestionKind.CLOZE,
        "Valdemar IV of Denmark (Treaty of Stralsund (1370)): The _____ gained a say in choosing "
        "the next Danish king",
        "Hanse",
        "The Hanse gained a say in choosing the next Danish king",
    )
    told = _q(
        QuestionKind.CLOZE,
        "Valdemar IV of Denmark: The Sound castles were held for 15 years under the Treaty of "
        "_____",
        "Stralsund",
        "The Sound castles were held for 15 years under the Treaty of Stralsund",
    )
    assert not leaks(changed, label)  # the year it keeps is no answer
    assert leaks(changed, told)


def test_one_year_asked_twice_from_two_lines_is_one_fact() -> None:
    year = _q(
        QuestionKind.CHOICE,
        "_____ = year of the Treaty of Stralsund",
        "1370",
        "1370 = year of the Treaty of Stralsund",
        "1361",
        "1367",
        "1370",
    )
    changed = Question(
        id="tf-stralsund",
        kind=QuestionKind.TRUE_FALSE,
        prompt="True or false? Treaty of Stralsund = peace that gave the Hanse the Sound castles "
        "in 1372",
        answers=("False",),
        options=("True", "False"),
        correct=(1,),
        source_fact="Treaty of Stralsund = peace that gave the Hanse the Sound castles in 1370",
    )
    other_fact = _q(
        QuestionKind.CLOZE,
        "Margaret I: Her heir was Eric of Pomerania, crowned in _____",
        "1397",
        "Her heir was Eric of Pomerania, crowned in 1397",
    )
    union = _q(
        QuestionKind.CHOICE,
        "Margaret I: United the three crowns in the Kalmar Union (_____)",
        "1397",
        "United the three crowns in the Kalmar Union (1397)",
        "1395",
        "1397",
        "1399",
    )
    assert leaks(year, changed)
    assert not leaks(other_fact, union)  # one year, two facts


def test_a_possessive_ties_to_the_name() -> None:
    asked = _q(
        QuestionKind.CLOZE,
        "Kalmar Union = Margaret's union of the three crowns, sealed in _____",
        "1397",
        "Kalmar Union = Margaret's union of the three crowns, sealed in 1397",
    )
    meaning = _q(
        QuestionKind.TERM_TO_DEFINITION,
        "What is “Kalmar”?",
        "town in Sweden where Margaret had Eric crowned in 1397",
        "Kalmar: town in Sweden where Margaret had Eric crowned in 1397",
        "town in Sweden where Margaret had Eric crowned in 1397",
        "city whose Kontor was the Steelyard",
    )
    assert leaks(asked, meaning)


def test_a_card_prints_its_term_beside_its_definition() -> None:
    asked = _q(
        QuestionKind.CLOZE,
        "1356 = year of the first general _____",
        "Diet",
        "1356 = year of the first general Diet",
    )
    card = _q(
        QuestionKind.CLOZE,
        "Diet = assembly of the Hanse, first held in 1356 at _____",
        "Lübeck",
        "Diet = assembly of the Hanse, first held in 1356 at Lübeck",
    )
    assert leaks(asked, card)


def test_a_deck_term_in_the_plural_ties_to_its_singular() -> None:
    asked = _q(
        QuestionKind.CLOZE,
        "Kontor = one of the League's _____ great foreign trading posts",
        "four",
        "Kontor = one of the League's four great foreign trading posts",
    )
    listed = _q(
        QuestionKind.CHRONOLOGY,
        "Put these in order, earliest first.",
        "",
        "",
        "Peterhof = first of the four great Kontors, at Novgorod",
        "Steelyard = London's Kontor",
    )
    assert leaks(asked, listed)


def test_a_deck_word_printed_beside_one_word_of_its_stem_is_told() -> None:
    asked = _q(
        QuestionKind.CLOZE,
        "Key terms: _____ = foreign trading post of the League",
        "Kontor",
        "Kontor = foreign trading post of the League",
    )
    shown = _q(
        QuestionKind.CLOZE,
        "Kontors at a glance: Peterhof = the Kontor at _____, trading in furs and wax",
        "Novgorod",
        "Peterhof = the Kontor at Novgorod, trading in furs and wax",
    )
    assert leaks(asked, shown)  # "Kontor", no dictionary word, beside "trading"
    assert not leaks(asked, shown, tight=False)  # a short deck's relaxed draw asks for two


def test_a_label_made_of_the_line_asked_gives_it_away() -> None:
    asked = _q(
        QuestionKind.CLOZE,
        "Pirates: _____ – pirates first hired to supply Stockholm, later raided Hanseatic ships",
        "Victual Brothers",
        "Victual Brothers (Vitalienbrüder) – pirates first hired to supply Stockholm, later "
        "raided Hanseatic ships",
    )
    shown = Question(
        id="tf-beheaded",
        kind=QuestionKind.TRUE_FALSE,
        prompt="True or false? Pirates (Victual Brothers (Vitalienbrüder)): Their leader was "
        "beheaded in Hamburg in 1401",
        answers=("True",),
        options=("True", "False"),
        correct=(0,),
        source_fact="Their leader was beheaded in Hamburg in 1401",
    )
    assert leaks(asked, shown)


def test_an_option_is_read_whole() -> None:
    asked = _q(
        QuestionKind.DEFINITION_TO_TERM,
        "Which treaty is this: “Denmark gave the Hanse free trade and four castles”?",
        "Treaty of Stralsund",
        "Treaty of Stralsund: Denmark gave the Hanse free trade and four castles",
    )
    listed = _q(
        QuestionKind.CHRONOLOGY,
        "Put these in order, earliest first.",
        "",
        "",
        "Treaty of Stralsund: Denmark gave the Hanse free trade and four castles",
        "Sack of Visby: Valdemar IV took the town",
    )
    assert leaks(asked, listed)
