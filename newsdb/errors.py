"""Exceptions newsdb raises on purpose. Anything else escaping the library is a bug."""

from __future__ import annotations

import shlex


class NewsdbError(Exception):
    """Base class of every error newsdb raises on purpose."""


class ConfigurationError(NewsdbError):
    """The database URL or another setting is unusable."""


class DatabaseOutOfDate(NewsdbError):
    """The database is at an older schema revision than this newsdb needs."""

    def __init__(self, current: str | None, head: str, database: str | None = None) -> None:
        """``database``: the database as the user names it (a SQLite path, a URL without its password),
        so that the command to run can be copied as it is."""
        self.current, self.head = current, head
        exact = f" (`newsdb --db {shlex.quote(database)} db upgrade`)" if database else ""
        revision = current or "base"
        super().__init__(
            f"database is at revision {revision}, newsdb needs {head}: run `newsdb db upgrade`{exact}"
        )


class DatabaseTooNew(NewsdbError):
    """The database was migrated by a newer newsdb than this one."""


class ReadError(NewsdbError):
    """A file's bytes could not be turned into text."""

    kind = "unreadable"


class EmptyInput(ReadError):
    kind = "empty"


class BinaryInput(ReadError):
    kind = "binary"


class OversizeInput(ReadError):
    kind = "oversize"


class UndecodableInput(ReadError):
    kind = "encoding"


class LayoutError(NewsdbError):
    """The text holds no article body at all."""

    kind = "layout"


class UnknownOutlet(NewsdbError):
    """An outlet name or layout was asked for that newsdb does not know."""


class DateParseError(NewsdbError):
    """A date string could not be understood."""


class UnknownQuery(NewsdbError):
    """No canned query has that name."""


class QueryError(NewsdbError):
    """A query was refused (writes on a read-only connection) or failed (time limit)."""
