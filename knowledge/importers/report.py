"""What an import did, told to the teacher: what was detected, what was made, what was skipped and why.

Importers fill it as they read (a bad row is skipped with its line and reason, never the whole file);
`report_lines` turns it into the lines `studybot deck import` prints and `/deck upload` sends to the chat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from knowledge.model import Deck

SHOWN_PROBLEMS = 3
"""How many skipped lines and warnings a report spells out; the rest are counted."""


@dataclass(frozen=True, slots=True)
class Skipped:
    """A line of the input that did not become part of the deck, and why."""

    line: int | None
    reason: str
    unit: str = "line"  # what `line` counts: lines of a text file, notes of an Anki package

    def __str__(self) -> str:
        return f"{self.unit} {self.line}: {self.reason}" if self.line is not None else self.reason


@dataclass
class ImportReport:
    """Filled in by an importer while it reads."""

    format: str  # as the teacher reads it: "Markdown notes", "Anki package"
    detected: dict[str, str] = field(default_factory=dict)  # e.g. {"term separator": "tab"}
    skipped: list[Skipped] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    name: str = ""  # the format as the command line names it: "markdown", "anki"

    def detect(self, what: str, value: str) -> None:
        """Note a choice made from the file's content (a separator, a schema)."""
        self.detected[what] = value

    def skip(self, line: int | None, reason: str, unit: str = "line") -> None:
        """Note a line (or, with `unit`, a note) left out of the deck."""
        self.skipped.append(Skipped(line, reason, unit))

    def warn(self, message: str) -> None:
        """Note something the teacher should check that did not cost a line."""
        self.warnings.append(message)

    @property
    def problems(self) -> list[str]:
        """Skipped lines (in file order) then warnings, as the teacher reads them."""
        return [str(entry) for entry in self.skipped] + list(self.warnings)


@dataclass(frozen=True, slots=True)
class Imported:
    """An importer's result: the deck mapping (the YAML deck format) and what happened."""

    mapping: dict[str, object]
    report: ImportReport


def report_lines(report: ImportReport, deck: Deck, questions: int | None = None) -> list[str]:
    """The report as short lines: format and detections, counts, then the first problems."""
    detected = "".join(f", {what}: {value}" for what, value in report.detected.items())
    roots = len(deck.roots())
    subtopics = len(deck.topics) - roots
    facts = sum(len(topic.facts) for topic in deck.topics)
    made = [
        _count(roots, "topic"),
        _count(subtopics, "subtopic"),
        _count(facts, "fact"),
        _count(len(deck.terms), "key term"),
        _count(len(deck.questions), "written question"),
    ]
    if questions is not None:
        # The distinct questions one quiz can ask, as `studybot quiz sample` counts them.
        made.append(_count(questions, "distinct quiz question"))
    lines = [f"Read as {report.format}{detected}.", "Made " + ", ".join(made) + "."]
    if report.skipped:
        units = {entry.unit for entry in report.skipped}
        unit = units.pop() if len(units) == 1 else "line"
        lines.append(f"Skipped {_count(len(report.skipped), unit)}.")
    problems = report.problems
    if problems:
        lines.append("First problems:" if report.skipped else "To check:")
        lines.extend(f"- {problem}" for problem in problems[:SHOWN_PROBLEMS])
        if len(problems) > SHOWN_PROBLEMS:
            lines.append(f"- … and {len(problems) - SHOWN_PROBLEMS} more")
    return lines


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"
