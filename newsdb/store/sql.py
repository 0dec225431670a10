"""Small Core helpers shared by the writers: ``INSERT … ON CONFLICT DO NOTHING`` on both engines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

#: Rows per IN (...) list: far below SQLite's bound-parameter limit (32,766) and PostgreSQL's (65,535).
IN_CHUNK = 900


def insert_ignore(conn: Connection, table: Table, conflict: Sequence[str] | None = None) -> Insert:
    """``INSERT INTO table … ON CONFLICT [(conflict)] DO NOTHING`` for the connection's dialect."""
    module: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
    stmt: Insert = module.insert(table).on_conflict_do_nothing(index_elements=conflict)
    return stmt


def chunks(values: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def select_in(
    conn: Connection, columns: Sequence[Column[Any]], key: Column[Any], values: Iterable[Any]
) -> list[tuple[Any, ...]]:
    """Rows of ``columns`` whose ``key`` is one of ``values`` (chunked IN lists)."""
    from sqlalchemy import select

    out: list[tuple[Any, ...]] = []
    for part in chunks(sorted(set(values))):
        out.extend(tuple(row) for row in conn.execute(select(*columns).where(key.in_(part))))
    return out
