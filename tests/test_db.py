"""Opening a database: created at head when new, refused when behind."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect
from sqlalchemy.engine import URL

from newsdb.db import current_revision, downgrade, ensure_schema, head_revision, make_engine
from newsdb.errors import DatabaseOutOfDate


def test_a_new_database_is_created_at_head(db_url: URL) -> None:
    engine = make_engine(db_url)
    ensure_schema(engine)
    assert current_revision(engine) == head_revision()
    assert {"articles", "people", "quotes"} <= set(inspect(engine).get_table_names())
    ensure_schema(engine)  # a second call is a no-op
    engine.dispose()


def test_an_older_database_is_refused_with_the_upgrade_command(db_url: URL) -> None:
    engine = make_engine(db_url)
    ensure_schema(engine)
    downgrade(engine, "base")
    with pytest.raises(DatabaseOutOfDate, match="newsdb db upgrade"):
        ensure_schema(engine)
    engine.dispose()
