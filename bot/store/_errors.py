"""The one error the store raises for database trouble, so callers need not know SQLAlchemy."""


class StoreError(RuntimeError):
    """The database could not be opened, migrated, read or written; the message says which."""


def reason(exc: BaseException) -> str:
    """The driver's own words for a failure, without SQLAlchemy's statement dump and links."""
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc).strip()


class SchemaTooNew(StoreError):
    """The database is at a migration this version does not ship: a newer studybot upgraded it."""

    def __init__(self, found: str, newest: str | None, where: str = "the database") -> None:
        super().__init__(
            f"{where} is at schema migration {found}, which this version of studybot does not know "
            f"(its newest is {newest or 'none'}): a newer studybot upgraded it. Run that newer "
            "version (or restore a backup taken before the upgrade)."
        )
        self.found = found
        self.newest = newest
