"""Engines, sessions and schema migration (Alembic run in-process).

Only this module and the storage/query layers touch a database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from newsdb.errors import DatabaseOutOfDate, DatabaseTooNew

SQLITE_BUSY_TIMEOUT_MS = 30_000
#: PostgreSQL advisory lock key held while newsdb migrates a database ("newsdb" in ASCII).
MIGRATION_LOCK_KEY = 0x6E657773_6462


def make_engine(url: URL | str, **kwargs: Any) -> Engine:
    """An engine with newsdb's connection settings.

    SQLite connections get ``foreign_keys=ON``, WAL, a busy timeout, and transactions that
    really begin with ``BEGIN IMMEDIATE`` (so that DDL is transactional and concurrent
    writers wait for each other instead of failing).
    """
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves, see below
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def make_sessionmaker(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def migrations_path() -> Path:
    """The Alembic script directory: ``newsdb/migrations`` when installed, ``migrations/`` in a checkout."""
    try:
        return Path(str(files("newsdb.migrations")))
    except ModuleNotFoundError:  # the source tree imported directly (e.g. ``python -m pytest`` in a clone)
        return Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration for newsdb's migrations, optionally bound to an open connection."""
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_path()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "newsdb ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database up to ``revision`` (head by default)."""
    with _migration_connection(engine) as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    """Migrate the database down to ``revision`` (``base`` removes every newsdb table)."""
    with _migration_connection(engine) as conn:
        command.downgrade(alembic_config(conn), revision)


@contextmanager
def _migration_connection(engine: Engine) -> Iterator[Connection]:
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": MIGRATION_LOCK_KEY})
        yield conn


def ensure_schema(engine: Engine) -> None:
    """Create a new database at head; refuse one at an older or unknown revision.

    A database is new when it holds no tables at all. Anything else must already be at head:
    newsdb never migrates an existing archive behind the user's back.
    """
    head = head_revision()
    current = current_revision(engine)
    if current == head:
        return
    if current is None and not _has_tables(engine):
        upgrade(engine)
        return
    known = {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNew(
            f"database is at revision {current}, which this newsdb does not know: upgrade newsdb"
        )
    url = engine.url
    raise DatabaseOutOfDate(current, head, url.database if url.get_backend_name() == "sqlite" else str(url))


def _has_tables(engine: Engine) -> bool:
    with engine.connect() as conn:
        return bool(inspect(conn).get_table_names())
