"""Where the database is: ``--db URL`` > ``NEWSDB_DATABASE_URL`` > ``./newsdb.sqlite``.

This is the only module that reads environment variables for newsdb's own settings.
"""

from __future__ import annotations

import os
from importlib.util import find_spec
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from newsdb.errors import ConfigurationError

ENV_DATABASE_URL = "NEWSDB_DATABASE_URL"
DEFAULT_SQLITE_FILE = "newsdb.sqlite"


def resolve_url(explicit: str | None = None, *, cwd: Path | None = None) -> URL:
    """The database URL newsdb should use.

    ``explicit`` (the ``--db`` option) wins over the environment, which wins over
    ``./newsdb.sqlite``. A plain file path is taken as a SQLite file, and a bare
    ``postgresql://`` URL gets the psycopg 3 driver.
    """
    raw = explicit or os.environ.get(ENV_DATABASE_URL) or ""
    if not raw.strip():
        return _sqlite_url(Path(cwd or Path.cwd()) / DEFAULT_SQLITE_FILE)
    raw = raw.strip()
    if "://" not in raw:
        return _sqlite_url(Path(raw).expanduser())
    try:
        url = make_url(raw)
    except (ArgumentError, ValueError) as exc:
        raise ConfigurationError(f"not a database URL: {raw!r}") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.drivername == "postgresql+psycopg" and find_spec("psycopg") is None:
        raise ConfigurationError(
            "PostgreSQL needs the psycopg 3 driver, which is not installed:"
            ' pip install "psycopg[binary]" (the postgres extra: pip install ".[postgres]")'
        )
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ConfigurationError(
            f"unsupported database {url.get_backend_name()!r}: newsdb runs on SQLite and PostgreSQL"
        )
    return url


def _sqlite_url(path: Path) -> URL:
    return URL.create("sqlite", database=str(path.resolve()))
