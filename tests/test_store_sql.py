"""store.sql's own INSERT statements (built without SQLAlchemy's compiler): new rows' ids, conflicts
left alone, Python-side defaults never silently lost, driver errors raised as SQLAlchemy's."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError

from newsdb.models import Article, Person, SourceFile, table_of, utcnow
from newsdb.store.sql import SQLITE_PAGE_ROWS, insert_ignore_rows, insert_new_rows, insert_rows

SOURCES = table_of(SourceFile)
ARTICLES = table_of(Article)


def source_row(n: int, **extra: Any) -> dict[str, Any]:
    row = {"source_key": f"k{n}", "path": f"p{n}", "sha256": f"{n:064x}", "size": n, "encoding": "utf-8"}
    return row | {"raw_text": f"text {n}", "hints": {"n": n} if n % 2 else None, "run_id": None} | extra


def test_new_rows_get_their_ids_and_conflicts_are_left_alone(engine: Engine) -> None:
    now = utcnow()
    count = 2 * SQLITE_PAGE_ROWS + 7  # two full pages and a remainder
    with engine.begin() as conn:
        first = insert_new_rows(conn, SOURCES, [source_row(3, imported_at=now)], "sha256")
        rows = [source_row(n, imported_at=now) for n in range(count)]
        got = insert_new_rows(conn, SOURCES, rows, "sha256")
        stored = dict(conn.execute(select(SOURCES.c.sha256, SOURCES.c.id)).all())
        hints = dict(conn.execute(select(SOURCES.c.sha256, SOURCES.c.hints)).all())
    assert list(first.values()) == [stored[f"{3:064x}"]]
    assert got == {sha: sid for sha, sid in stored.items() if sha != f"{3:064x}"}
    assert len(got) == count - 1
    assert hints[f"{5:064x}"] == {"n": 5} and hints[f"{4:064x}"] is None


def test_rows_without_a_python_side_default_are_refused(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLAlchemy's own statement fills the defaults in on PostgreSQL")
    with engine.begin() as conn, pytest.raises(ValueError, match="imported_at"):
        insert_new_rows(conn, SOURCES, [source_row(1)], "sha256")


def test_plain_inserts_refuse_rows_without_a_python_side_default(engine: Engine) -> None:
    with engine.begin() as conn, pytest.raises(ValueError, match="imported_at"):
        insert_rows(conn, SOURCES, [source_row(1)])  # neither VALUES pages nor COPY fill it in


def test_a_broken_constraint_is_an_integrity_error(engine: Engine) -> None:
    now = utcnow()
    row = {"source_key": "a", "source_file_id": 999, "revision": 1, "body": "", "language": "id"}
    row |= {
        "word_count": 0,
        "layout": "generic",
        "extractor_version": "x",
        "created_at": now,
        "updated_at": now,
    }
    with engine.connect() as conn, pytest.raises(IntegrityError):
        with conn.begin():
            insert_new_rows(conn, ARTICLES, [row], "source_key")


def test_insert_ignore_rows_skips_conflicts_and_keeps_the_rest(engine: Engine) -> None:
    people = table_of(Person)
    now = utcnow()
    count = SQLITE_PAGE_ROWS + 3
    with engine.begin() as conn:
        insert_ignore_rows(conn, people, [{"key": "k1", "name": "first", "created_at": now}], ["key"])
        rows = [{"key": f"k{n}", "name": f"name {n}", "created_at": now} for n in range(count)]
        insert_ignore_rows(conn, people, rows, ["key"])
        stored = dict(conn.execute(select(people.c.key, people.c.name)).all())
    assert len(stored) == count
    assert stored["k1"] == "first" and stored[f"k{count - 1}"] == f"name {count - 1}"
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn, pytest.raises(ValueError, match="created_at"):
            insert_ignore_rows(conn, people, [{"key": "k", "name": "n"}], ["key"])
