"""Small Core helpers shared by the writers: ``INSERT … ON CONFLICT DO NOTHING`` on both engines."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Column, Connection, Table, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

#: Rows per multi-row INSERT on SQLite. Each distinct statement is prepared and cached by sqlite3 (128
#: of them per connection): pages of a fixed, small size keep that cache to a few MB, where statements
#: of a thousand rows would grow it by ~1 MB each.
SQLITE_PAGES = {"insertmanyvalues_page_size": 50}
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
    out: list[tuple[Any, ...]] = []
    for part in chunks(sorted(set(values))):
        out.extend(tuple(row) for row in conn.execute(select(*columns).where(key.in_(part))))
    return out


def allocate_ids(conn: Connection, table: Table, count: int) -> list[int]:
    """``count`` fresh primary keys for ``table``, known before the rows are inserted.

    PostgreSQL draws them from the column's sequence. SQLite continues after the largest id: safe
    because newsdb's SQLite transactions begin with ``BEGIN IMMEDIATE`` (no other writer until commit).
    """
    if count == 0:
        return []
    if conn.dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence(:t, 'id')) FROM generate_series(1, :n)")
        return [int(i) for i in conn.execute(query, {"t": table.name, "n": count}).scalars()]
    start = int(conn.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one())
    return list(range(start + 1, start + 1 + count))


def insert_new(conn: Connection, table: Table, rows: list[dict[str, Any]], key: str) -> dict[Any, int]:
    """Insert ``rows`` unless a row with the same unique ``key`` exists; returns key → id of the rows
    this call inserted (a row a concurrent writer inserted first is not among them).

    Ids are allocated up front, so the insert is a plain ``executemany`` (no ``RETURNING``).
    """
    ids = allocate_ids(conn, table, len(rows))
    for row, new_id in zip(rows, ids, strict=True):
        row["id"] = new_id
    if rows:
        conn.execute(insert_ignore(conn, table, [key]), rows)
    expected = {row["id"]: row[key] for row in rows}
    found = select_in(conn, [table.c.id, table.c[key]], table.c.id, ids)
    return {value: row_id for row_id, value in found if expected.get(row_id) == value}


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """A plain ``executemany`` insert of ``rows``.

    On SQLite the rows go through SQLAlchemy's "insertmanyvalues" (multi-row ``VALUES`` in pages of
    :data:`SQLITE_PAGES`, reached by asking for ``RETURNING``), measured ~30 % faster there than
    ``sqlite3.executemany`` row by row.
    """
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        pk = next(iter(table.primary_key.columns))
        conn.execute(table.insert().returning(pk), rows, execution_options=SQLITE_PAGES).close()
    else:
        conn.execute(table.insert(), rows)


def insert_new_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], key: str) -> dict[Any, int]:
    """Like :func:`insert_new`; on SQLite through ``INSERT … ON CONFLICT DO NOTHING RETURNING`` (one
    multi-row statement per page: faster there), elsewhere with ids allocated up front."""
    if conn.dialect.name != "sqlite":
        return insert_new(conn, table, rows, key)
    if not rows:
        return {}
    stmt = insert_ignore(conn, table, [key]).returning(table.c.id, table.c[key])
    return {value: row_id for row_id, value in conn.execute(stmt, rows, execution_options=SQLITE_PAGES)}
