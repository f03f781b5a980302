"""Words the notes clip with a stop ("Gen. pl", "Dat. sg", "Insp. interval"), asked in full
(issue 13; heldout21's LaTeX declension tables): "what is the genitive plural of armr?" found no
row, since no row says "genitive" or "plural". A clipped form the deck writes is read as the
question words it starts, and "sg"/"pl" as singular and plural. Decks of their own: Old Norse
nouns as a LaTeX table, and a beekeeper's log in Markdown."""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.search._truncations import clipped_forms, clipped_of
from tests.unit.asking import imported

NORSE = r"""\documentclass{article}
\begin{document}
\section{Old Norse nouns}
\subsection{Strong masculine nouns}
\begin{tabular}{lll}
\toprule
 & armr (arm) & dagr (day) \\
\midrule
Nom. sg & armr & dagr \\
Acc. sg & arm & dag \\
Dat. sg & armi & degi \\
Gen. sg & arms & dags \\
Nom. pl & armar & dagar \\
Acc. pl & arma & daga \\
Dat. pl & ǫrmum & dǫgum \\
Gen. pl & arma & daga \\
\bottomrule
\end{tabular}
\subsection{Cases}
\begin{itemize}
  \item The dative is used after many prepositions of place.
  \item The genitive shows possession.
\end{itemize}
\end{document}
"""

HIVES = """# Apiary log

## Spring routine

- Insp. interval every 7 days from April, looking for queen cells
- Temp. must be above 14 °C before the hive is opened
- The queen is marked with a dot of paint in the colour of her year.
"""


def norse(question: str) -> str | None:
    deck, index = imported(NORSE, "latex", "norse.tex")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def hives(question: str) -> str | None:
    deck, index = imported(HIVES, "markdown", "hives.md")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_clipped_words_are_the_deck_own() -> None:
    clipped = clipped_forms(
        ["Nom. sg & armr", "Dat./Abl. pl", "It was in Rome. The end.", "e.g. x"]
    )
    assert clipped == {"nom", "dat", "abl"}
    assert clipped_of("nominative", clipped) == ["nom"]
    assert clipped_of("nom", clipped) == []  # the clipped word itself is no longer word
    assert clipped_of("dative", frozenset()) == []


def test_a_case_and_number_asked_in_full_find_their_row() -> None:
    lead = norse("what is the genitive plural of armr")
    assert lead is not None and lead.startswith("Gen. pl")
    lead = norse("dative singular of dagr")
    assert lead is not None and lead.startswith("Dat. sg")
    lead = norse("what is the accusative plural of dagr")
    assert lead is not None and lead.startswith("Acc. pl")


def test_clipped_words_outside_tables() -> None:
    assert hives("how often do you do an inspection") == (
        "Insp. interval every 7 days from April, looking for queen cells"
    )
