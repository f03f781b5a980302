"""Importers: other people's notes and flashcards turned into studybot decks.

`import_file("notes.txt")` guesses the format (outline notes, Markdown, a Quizlet/Anki TSV or CSV
export, a Red-DiscordBot trivia list) and returns a deck mapping in the YAML deck format;
`dump_deck` writes it out for a teacher to check. Bad input raises `DeckImportError`, never a crash.
"""

from knowledge.importers.api import FORMATS, guess_format, import_file, import_text
from knowledge.importers.dump import dump_deck
from knowledge.importers.errors import DeckImportError

__all__ = ["FORMATS", "DeckImportError", "dump_deck", "guess_format", "import_file", "import_text"]
