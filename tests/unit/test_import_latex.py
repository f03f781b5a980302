"""LaTeX notes (.tex): the preamble, \\title, sectioning (starred too), itemize, enumerate and
description lists, tabulars, emphasis, comments, escapes and maths, imported with the structure a
teacher gave them and without the markup (the blind test found `\\item` and `\\section{…}` left
in, and a folder holding notes.tex refused). Notes written here, in three subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from knowledge.importers import DeckImportError, import_file_with_report, import_text
from knowledge.importers.api import guess_format
from knowledge.importers.latex_macros import FOOTNOTE, placed_footnotes
from knowledge.model import Deck, Topic
from knowledge.uploads import UploadedDeck, read_upload
from tests.unit.asking import ask_json, imported

STATISTICS = r"""% Statistics revision, Year 13
\documentclass[11pt]{article}
\usepackage{amsmath,amssymb}
\newcommand{\E}{\mathbb{E}}
\title{Probability \& Distributions}
\author{Dr.~Hughes}
\begin{document}
\maketitle
\tableofcontents

\section{Basic probability}
Two events $A$ and $B$ are \textbf{independent} if $P(A \cap B) = P(A)P(B)$.

Events are \emph{mutually exclusive} when they cannot happen together. % see textbook p.~40

\subsection{Conditional probability}
The probability of $A$ given $B$ is
\[ P(A \mid B) = \frac{P(A \cap B)}{P(B)} \]
\section{Discrete distributions}
\begin{description}
  \item[Binomial distribution] the number of successes in $n$ independent trials
  \item[Poisson distribution] the number of events in a fixed interval, with mean $\lambda$
\end{description}

\subsection*{Conditions for a binomial model}
\begin{enumerate}
  \item a fixed number of trials
  \item each trial has two outcomes
  \item trials are independent
\end{enumerate}

\section{The normal distribution}
About 95\% of values lie within $1.96$ standard deviations of the mean.
\begin{table}[h]
  \centering
  \begin{tabular}{lll}
    \toprule
    Distribution & Mean & Variance \\
    \midrule
    Binomial $B(n,p)$ & $np$ & $np(1-p)$ \\
    Poisson $\mathrm{Po}(\lambda)$ & $\lambda$ & $\lambda$ \\
    \bottomrule
  \end{tabular}
  \caption{Means and variances}
  \label{tab:mv}
\end{table}
\end{document}
"""

# A chapter file as a teacher \input{}s it: no preamble, no \title, subsections and lists only.
ECONOMICS = r"""\section{Market failure}
\subsection{Externalities}
\begin{itemize}
  \item \textbf{Negative externality}: a cost to a third party, e.g.\ pollution from a factory
  \item \textbf{Positive externality}: a benefit to a third party -- education, vaccination
  \begin{itemize}
    \item the good is under-consumed in a free market
    \item governments subsidise it
  \end{itemize}
\end{itemize}
\subsection{Public goods}
Public goods are \textit{non-rival} and \textit{non-excludable}; the free-rider problem means
markets under-provide them~\cite{mankiw}.

\section{Government intervention}
\begin{tabular}{|l|l|}
\hline
\textbf{Policy} & \textbf{Example} \\ \hline
Indirect tax & sugar tax on soft drinks, 2018 \\
Subsidy & free school meals \\ \hline
\end{tabular}
"""

PHYSICS = r"""\documentclass{article}
\title{Forces and Motion}
\begin{document}
\section*{Newton's laws}
\begin{enumerate}
\item[First law] an object stays at rest or moves at a constant velocity unless a resultant force acts
\item[Second law] $F = ma$: force equals mass times acceleration
\end{enumerate}
\section*{Units}
Force is measured in newtons (N); 1~N accelerates 1~kg at 1~m/s$^2$\ldots
\end{document}
"""


def _deck(text: str, name: str) -> Deck:
    return imported(text, "latex", name)[0]


def _topics(deck: Deck) -> dict[str, Topic]:
    return {topic.title: topic for topic in deck.topics}


def _titles(deck: Deck, parent: str | None = None) -> list[str]:
    if parent is None:
        return [topic.title for topic in deck.roots()]
    return [topic.title for topic in deck.children(_topics(deck)[parent].id)]


def _lines(deck: Deck, title: str) -> list[str]:
    return [fact.raw for fact in _topics(deck)[title].facts]


def _written(deck: Deck) -> str:
    parts = [deck.title]
    for topic in deck.topics:
        parts += [topic.title, *(fact.raw for fact in topic.facts)]
        parts += [str(fact.group) for fact in topic.facts]
    parts += [f"{term.term} {term.definition}" for term in deck.terms]
    return "\n".join(parts)


def test_tex_files_are_recognised_by_name_or_by_their_first_command() -> None:
    assert guess_format("stats.tex", STATISTICS) == "latex"
    assert guess_format("chapter3.tex", ECONOMICS) == "latex"
    assert guess_format("forces.txt", PHYSICS) == "latex"
    assert guess_format("forces.txt", "Forces\n- F = ma\n") == "outline"


def test_title_and_sections_make_the_deck_and_its_topic_tree() -> None:
    stats = _deck(STATISTICS, "stats.tex")
    assert stats.title == "Probability & Distributions"
    assert _titles(stats) == [
        "Basic probability",
        "Discrete distributions",
        "The normal distribution",
    ]
    assert _titles(stats, "Basic probability") == ["Conditional probability"]
    assert _titles(stats, "Discrete distributions") == ["Conditions for a binomial model"]
    economics = _deck(ECONOMICS, "chapter3.tex")
    assert _titles(economics) == ["Market failure", "Government intervention"]
    assert _titles(economics, "Market failure") == ["Externalities", "Public goods"]


def test_no_markup_preamble_or_comment_reaches_the_deck() -> None:
    for deck in (
        _deck(STATISTICS, "stats.tex"),
        _deck(ECONOMICS, "e.tex"),
        _deck(PHYSICS, "p.tex"),
    ):
        written = _written(deck)
        for mark in (
            "\\item",
            "\\section",
            "\\textbf",
            "\\begin",
            "\\hline",
            "\\\\",
            "documentclass",
        ):
            assert mark not in written
        for gone in ("Hughes", "textbook", "Means and variances", "tab:mv", "mankiw", "amsmath"):
            assert gone not in written


def test_lists_descriptions_and_bold_labels_become_facts_and_key_terms() -> None:
    stats = _deck(STATISTICS, "stats.tex")
    terms = {term.term: term.definition for term in stats.terms}
    assert terms["Binomial distribution"] == "the number of successes in $n$ independent trials"
    assert _lines(stats, "Conditions for a binomial model") == [
        "a fixed number of trials",
        "each trial has two outcomes",
        "trials are independent",
    ]
    economics = _deck(ECONOMICS, "e.tex")
    terms = {term.term: term.definition for term in economics.terms}
    assert terms["Negative externality"].startswith("a cost to a third party")
    assert terms["Positive externality"] == "a benefit to a third party – education, vaccination"
    nested = [f.raw for f in _topics(economics)["Externalities"].facts if f.group]
    assert nested == ["the good is under-consumed in a free market", "governments subsidise it"]
    physics = _deck(PHYSICS, "p.tex")
    terms = {term.term: term.definition for term in physics.terms}
    assert terms["First law"].startswith("an object stays at rest")  # a worded \item[label]
    assert "Second law: $F = ma$: force equals mass times acceleration" in _lines(
        physics, "Newton's laws"
    )


def test_tables_escapes_and_maths_read_as_a_student_sees_them() -> None:
    stats = _deck(STATISTICS, "stats.tex")
    normal = _lines(stats, "The normal distribution")
    # Maths that is only a number or a quantity reads as the text it typesets to.
    assert normal[0] == "About 95% of values lie within 1.96 standard deviations of the mean."
    assert "Distribution: Binomial $B(n,p)$; Mean: $np$; Variance: $np(1-p)$" in normal
    conditional = _lines(stats, "Conditional probability")
    assert conditional == [
        "The probability of $A$ given $B$ is $$ P(A \\mid B) = \\frac{P(A \\cap B)}{P(B)} $$"
    ]
    assert _lines(stats, "Basic probability")[1] == (
        "Events are mutually exclusive when they cannot happen together."
    )
    intervention = _lines(_deck(ECONOMICS, "e.tex"), "Government intervention")
    assert intervention == [
        "Policy: Indirect tax; Example: sugar tax on soft drinks, 2018",
        "Policy: Subsidy; Example: free school meals",
    ]
    units = _lines(_deck(PHYSICS, "p.tex"), "Units")
    assert units == ["Force is measured in newtons (N); 1 N accelerates 1 kg at 1 m/s²…"]


def test_hostile_latex_gives_a_deck_or_a_clear_error() -> None:
    with pytest.raises(DeckImportError, match="nest more than"):
        import_text("\\section{A}" + "{" * 5_000 + "x" + "}" * 5_000, format="latex")
    with pytest.raises(DeckImportError, match="nest more than"):
        import_text("\\begin{itemize}\\item a " * 500, format="latex")
    with pytest.raises(DeckImportError, match="over 512 KiB"):
        import_text("\\section{Big}\n" + "a line of notes\n" * 40_000, format="latex")
    spaced = "\\section{Cells}\nCells are" + " " * 200_000 + "the units of life.\n"
    assert "Cells are the units of life." in str(import_text(spaced, format="latex"))
    # Found by fuzzing: pylatexenc's own \title text spec failed inside maths (AttributeError).
    in_maths = (
        "<#+BEGIN_SRC\\begin{tabular}>\\section*\\title{T}$]^* - a :: b^\\]\n\\end{tabular}$"
        "\\title{T}\n<!--\\begin{tabular}<table>=\\end{itemize}<ul>\\&^<tr>\n/^&amp;%_:END:<li>"
        "+\\end{tabular}<br>* <script><"
    )
    try:
        mapping = import_text(in_maths, format="latex")
    except DeckImportError as error:
        assert str(error)
    else:
        assert mapping["deck"]["title"] == "T"
    unclosed = "\\section{Cells}\n\\begin{itemize}\n\\item nucleus \\textbf{holds DNA\n"
    mapping = import_text(unclosed, format="latex", source_name="broken.tex")
    assert "nucleus" in str(mapping)
    with pytest.raises(DeckImportError):
        import_text(
            "\\documentclass{article}\n\\begin{document}\n\\end{document}\n", format="latex"
        )


def test_a_folder_with_notes_tex_is_a_deck_and_ask_answers_from_it(tmp_path: Path) -> None:
    (tmp_path / "notes.tex").write_text(ECONOMICS, encoding="utf-8")
    (tmp_path / "stats.tex").write_text(STATISTICS, encoding="utf-8")
    folder = import_file_with_report(tmp_path)
    assert "LaTeX" in folder.report.format
    assert [topic["title"] for topic in folder.mapping["topics"]] == [
        "Notes",
        "Probability & Distributions",
    ]
    reply = ask_json("what is the free-rider problem", tmp_path)
    assert reply["status"] == "answer"
    assert "under-provide" in reply["text"]


def test_an_uploaded_tex_file_becomes_the_chat_deck() -> None:
    uploaded = read_upload("stats.tex", STATISTICS.encode("utf-8"))
    assert isinstance(uploaded, UploadedDeck), uploaded
    assert uploaded.deck.title == "Probability & Distributions"
    assert uploaded.imported_from == "latex"


def test_footnotes_are_placed_past_a_megabyte_of_line_breaks() -> None:
    """The spaces before a footnote's mark are found from where their run starts, not from each
    place in it (that was quadratic: a megabyte of breaks never ended)."""
    text = (
        "Most tornadoes last under ten minutes." + FOOTNOTE + "(Some last hours)" + "\n" * 1_000_000
    )
    assert placed_footnotes(text + "Done.") == (
        "Most tornadoes last under ten minutes (Some last hours)." + "\n" * 1_000_000 + "Done."
    )


@pytest.mark.parametrize("run", ["\\\\"])
def test_a_long_line_of_breaks_keeps_the_notes(run: str) -> None:
    """A paragraph of nothing but line breaks 40 kB long: the notes
    around it are read, in time linear in it (the paragraph was rejoined for every piece, and
    its spaces searched from every place in them: quadratic)."""
    source = (
        "\\section{Tornadoes}\nA tornado's path is usually under a hundred metres wide."
        "\\footnote{Some are over two kilometres.}\n\n"
        + run * (40_000 // len(run))
        + "\n\n\\section{Warnings}\nA tornado warning means one has been seen or shown on radar.\n"
    )
    deck = _deck(source, "tornadoes.tex")
    assert _lines(deck, "Tornadoes")[0].startswith("A tornado's path is usually under a hundred")
    assert "(Some are over two kilometres)" in _lines(deck, "Tornadoes")[0]
    assert _lines(deck, "Warnings") == [
        "A tornado warning means one has been seen or shown on radar."
    ]
