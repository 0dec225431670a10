"""Alembic environment for newsdb.

The database URL comes from newsdb's configuration (``--db`` / ``NEWSDB_DATABASE_URL`` /
``./newsdb.sqlite``) unless a connection is handed in through ``config.attributes["connection"]``,
as ``newsdb.db.upgrade`` and the tests do.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, Engine

from newsdb.config import resolve_url
from newsdb.db import make_engine
from newsdb.models import Base

config = context.config
target_metadata = Base.metadata

# Engine-specific full-text structures that the models do not describe on purpose.
_FTS_TABLE_PREFIXES = ("articles_fts", "quotes_fts")
_ENGINE_ONLY_COLUMNS = {"search_vector"}


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """Keep FTS5 shadow tables and tsvector columns/indexes out of autogenerate comparison."""
    if type_ == "table" and name and name.startswith(_FTS_TABLE_PREFIXES):
        return False
    if type_ == "column" and name in _ENGINE_ONLY_COLUMNS:
        return False
    if type_ == "index" and name and name.endswith("_search_vector"):
        return False
    return True


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url") or resolve_url().render_as_string(hide_password=False),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    handed_in = config.attributes.get("connection")
    if isinstance(handed_in, Connection):
        _configure(handed_in)
        with context.begin_transaction():
            context.run_migrations()
        return
    if isinstance(handed_in, Engine):  # pytest-alembic hands in an engine
        engine = handed_in
    else:
        engine = make_engine(config.get_main_option("sqlalchemy.url") or resolve_url())
    try:
        with engine.begin() as conn:
            _configure(conn)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        if engine is not handed_in:
            engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
