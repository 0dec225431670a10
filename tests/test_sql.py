"""``newsdb sql``: the database itself refuses writes, on both engines; runaway queries are stopped."""

from __future__ import annotations

import pytest
from queries_support import populate
from sqlalchemy import Engine, text

from newsdb.errors import QueryError
from newsdb.readonly import QueryTimeout, run_sql

WRITES = [
    "INSERT INTO outlets (name, language) VALUES ('Evil', 'id')",
    "UPDATE articles SET title = 'changed'",
    "DELETE FROM quotes",
    "DROP TABLE quotes",
    "CREATE TABLE evil (x integer)",
    "SELECT 1; DELETE FROM quotes",
    "WITH gone AS (DELETE FROM quotes RETURNING id) SELECT count(*) FROM gone",
]
SQLITE_ONLY = [
    "ATTACH DATABASE 'evil.sqlite' AS evil",
    "PRAGMA query_only = OFF",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 7",
    "SELECT load_extension('evil')",
    "VACUUM",
]
POSTGRES_ONLY = [
    "SET TRANSACTION READ WRITE",
    "SELECT nextval('quotes_id_seq')",
    "COMMIT; SET default_transaction_read_only = off; DELETE FROM quotes",
]
RUNAWAY = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def _snapshot(engine: Engine) -> tuple[int, ...]:
    with engine.connect() as conn:
        return tuple(
            conn.scalar(text(f"SELECT count(*) FROM {table}")) or 0
            for table in ("outlets", "articles", "quotes", "people")
        ) + (len(conn.scalar(text("SELECT max(title) FROM articles")) or ""),)


def test_reads_work(engine: Engine) -> None:
    populate(engine)
    result = run_sql(engine.url, "SELECT speaker, text FROM quote_view ORDER BY quote_id")
    assert result.columns == ("speaker", "text")
    assert result.rows[0] == {"speaker": "Sergei Lavrov", "text": "NATO adalah ancaman langsung"}
    assert not result.truncated
    limited = run_sql(engine.url, "SELECT quote_id FROM quote_view", max_rows=2)
    assert len(limited.rows) == 2 and limited.truncated


def test_writes_are_refused_by_the_database(engine: Engine) -> None:
    populate(engine)
    before = _snapshot(engine)
    extra = SQLITE_ONLY if engine.dialect.name == "sqlite" else POSTGRES_ONLY
    for statement in WRITES + extra:
        with pytest.raises(QueryError):
            run_sql(engine.url, statement)
    assert _snapshot(engine) == before
    with engine.connect() as conn:
        tables = conn.scalar(text("SELECT count(*) FROM quote_view"))
    assert tables == 6


def test_sqlite_read_pragmas_are_allowed(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("PRAGMA is SQLite's")
    columns = run_sql(engine.url, "PRAGMA table_info(articles)").rows
    assert "published_local" in {c["name"] for c in columns}
    assert run_sql(engine.url, "PRAGMA query_only").rows == [{"query_only": 1}]


def test_runaway_query_is_stopped(engine: Engine) -> None:
    with pytest.raises(QueryTimeout, match="time limit of 0.2 s"):
        run_sql(engine.url, RUNAWAY, timeout=0.2)
    assert run_sql(engine.url, "SELECT 1 AS one").rows == [{"one": 1}]


def test_errors_are_reported(engine: Engine) -> None:
    with pytest.raises(QueryError, match="refused"):
        run_sql(engine.url, "SELECT * FROM no_such_table")
