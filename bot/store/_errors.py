"""The one error the store raises for database trouble, so callers need not know SQLAlchemy."""


class StoreError(RuntimeError):
    """The database could not be opened, migrated, read or written; the message says which."""


def reason(exc: BaseException) -> str:
    """The driver's own words for a failure, without SQLAlchemy's statement dump and links."""
    original = getattr(exc, "orig", None)
    return str(original if original is not None else exc).strip()
