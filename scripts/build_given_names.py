"""Write knowledge/names/given_names.txt: the given names of every locale the Faker library
knows, folded to plain letters, one a line.

    python scripts/build_given_names.py PATH-TO-FAKER-SITE-PACKAGES

`knowledge.given_names` reads the file to tell a person's name by its first word beyond the
common English names it lists ("Gustave Eiffel", "Vasco Núñez de Balboa"). Faker keeps these
lists per locale and maintains them; the bot does not import Faker at run time (it loads about
90 modules, a second of work), so its lists are written out once here.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path

from knowledge.text import fold

_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
_MIN_LETTERS = 3


def main() -> None:
    if len(sys.argv) > 1:
        sys.path.insert(0, sys.argv[1])
    person = importlib.import_module("faker.providers.person")
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(
            importlib.import_module(f"faker.providers.person.{module.name}"), "Provider", None
        )
        if provider is None:
            continue
        for attribute in _ATTRIBUTES:
            value = next(
                (b.__dict__[attribute] for b in provider.__mro__ if attribute in b.__dict__), None
            )
            if isinstance(value, (tuple, list, dict, set, frozenset)):
                names.update(str(name) for name in value)
    folded = {fold(name) for name in names}
    kept = sorted(n for n in folded if len(n) >= _MIN_LETTERS and n.isascii() and n.isalpha())
    target = Path(__file__).resolve().parent.parent / "knowledge" / "names" / "given_names.txt"
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {target}")


if __name__ == "__main__":
    main()
