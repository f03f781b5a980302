"""Importers: other people's notes and flashcards turned into studybot decks.

`import_file("notes.txt")` guesses the format (outline notes, Markdown, a Quizlet/Anki TSV or CSV
export, an Anki .apkg/.colpkg package, a Red-DiscordBot trivia list) and returns a deck mapping in
the YAML deck format (the `*_with_report` variants also say what was detected, made and skipped);
`dump_deck` writes it out for a teacher to check. Bad input raises `DeckImportError`, never a crash.
"""

from knowledge.importers.api import (
    FILE_FORMATS,
    FORMATS,
    guess_format,
    import_bytes_with_report,
    import_file,
    import_file_with_report,
    import_text,
    import_text_with_report,
)
from knowledge.importers.dump import dump_deck
from knowledge.importers.errors import DeckImportError
from knowledge.importers.report import Imported, ImportReport, report_lines

__all__ = [
    "FILE_FORMATS",
    "FORMATS",
    "DeckImportError",
    "ImportReport",
    "Imported",
    "dump_deck",
    "guess_format",
    "import_bytes_with_report",
    "import_file",
    "import_file_with_report",
    "import_text",
    "import_text_with_report",
    "report_lines",
]
