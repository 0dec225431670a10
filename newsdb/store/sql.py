"""Small Core helpers shared by the writers: ``INSERT … ON CONFLICT DO NOTHING`` on both engines."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from operator import itemgetter
from typing import Any

from sqlalchemy import JSON, Column, Connection, Table, func, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.dml import Insert

#: Rows per multi-row INSERT on SQLite. Each distinct statement is prepared and cached by sqlite3 (128
#: of them per connection): pages of a fixed, small size keep that cache to a few MB, where statements
#: of a thousand rows would grow it by ~1 MB each.
SQLITE_PAGE_ROWS = 50
_UNSET = object()
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
    """A plain insert of ``rows`` (all with the same keys, as the row builders give them).

    The rows go to the driver as tuples, each value through its column type's own bind processor
    (JSON, dates), under statement text built here: no statement compilation and no per-row
    parameter handling by SQLAlchemy, which cost more CPU than the database's own insert. SQLite
    gets multi-row ``VALUES`` pages, PostgreSQL ``COPY``; neither fills in a Python-side column
    default, so rows that leave such a column out are refused.
    """
    if not rows:
        return
    columns, names = _columns(conn, table, rows)
    values = row_values(conn, table, columns, rows)
    if conn.dialect.name == "sqlite":
        _insert_pages(conn, f"INSERT INTO {table.name} ({names}) VALUES ", len(columns), values)
    else:
        _copy(conn, f"COPY {table.name} ({names}) FROM STDIN", values)


def insert_ignore_rows(
    conn: Connection, table: Table, rows: list[dict[str, Any]], conflict: list[str]
) -> None:
    """``INSERT … ON CONFLICT (conflict) DO NOTHING`` of ``rows``: on SQLite by statements built here
    (as :func:`insert_rows`; every column with a Python-side default must be in the rows), elsewhere
    by SQLAlchemy's own."""
    if not rows:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert_ignore(conn, table, conflict), rows)
        return
    columns, names = _columns(conn, table, rows)
    quote = conn.dialect.identifier_preparer.quote
    head = f"INSERT INTO {table.name} ({names}) VALUES "
    tail = f" ON CONFLICT ({', '.join(quote(c) for c in conflict)}) DO NOTHING"
    _insert_pages(conn, head, len(columns), row_values(conn, table, columns, rows), tail, returning=False)


def _insert_pages(
    conn: Connection,
    head: str,
    width: int,
    values: list[tuple[Any, ...]],
    tail: str = "",
    *,
    returning: bool = False,
) -> list[tuple[Any, ...]]:
    """SQLite: pages of :data:`SQLITE_PAGE_ROWS` rows per ``INSERT … VALUES (…), (…)`` (measured ~40 %
    less CPU there than a row per statement), the rest row by row, so that only one page statement per
    table is ever prepared (sqlite3 caches prepared statements per connection). ``tail`` follows the
    values (``ON CONFLICT …``, ``RETURNING …``); with ``returning`` the rows returned are returned."""
    one = "(" + ", ".join(["?"] * width) + ")"
    full = len(values) - len(values) % SQLITE_PAGE_ROWS
    page = head + ", ".join([one] * SQLITE_PAGE_ROWS) + tail
    returned: list[tuple[Any, ...]] = []
    cursor = conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        with _as_sqlalchemy_error(conn, page):
            for i in range(0, full, SQLITE_PAGE_ROWS):
                cursor.execute(page, list(chain.from_iterable(values[i : i + SQLITE_PAGE_ROWS])))
                if returning:
                    returned.extend(cursor.fetchall())
            if not returning:
                cursor.executemany(head + one + tail, values[full:])
            for row in values[full:] if returning else ():
                returned.extend(cursor.execute(head + one + tail, row).fetchall())
    finally:
        cursor.close()
    return returned


def _copy(conn: Connection, statement: str, values: list[tuple[Any, ...]]) -> None:
    """PostgreSQL: ``COPY … FROM STDIN`` inside the connection's transaction (psycopg adapts each value
    as it would a parameter): less client and server CPU than an ``executemany`` of ``INSERT``."""
    raw: Any = conn.connection.driver_connection
    with _as_sqlalchemy_error(conn, statement), raw.cursor() as cursor, cursor.copy(statement) as copy:
        for row in values:
            copy.write_row(row)


@contextmanager
def _as_sqlalchemy_error(conn: Connection, statement: str) -> Iterator[None]:
    """Driver errors raised as SQLAlchemy raises them (``IntegrityError`` …), as callers expect."""
    dbapi: Any = conn.dialect.loaded_dbapi
    try:
        yield
    except dbapi.Error as exc:
        raise DBAPIError.instance(statement, None, exc, dbapi.Error) from exc


def row_values(
    conn: Connection, table: Table, columns: list[str], rows: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    """``rows`` as tuples in ``columns`` order, each value bound as its column type binds it."""
    processors = [table.c[c].type._cached_bind_processor(conn.dialect) for c in columns]
    tuples = [tuple(row[c] for c in columns) for row in rows] if len(columns) == 1 else None
    if tuples is None:
        getter = itemgetter(*columns)
        tuples = [getter(row) for row in rows]
    active = [
        (i, _empty_list_shortcut(proc) if isinstance(table.c[columns[i]].type, JSON) else _same_as_last(proc))
        for i, proc in enumerate(processors)
        if proc is not None
    ]
    if not active:
        return tuples
    out = []
    for values in tuples:
        converted = list(values)
        for i, proc in active:
            converted[i] = proc(converted[i])
        out.append(tuple(converted))
    return out


def _same_as_last(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` that reuses its last result when given the very same object again (a batch's rows
    share one ``now`` for their timestamps: formatting it for every row was ~5 % of the writer's
    Python work)."""
    last: list[Any] = [_UNSET, None]

    def run(value: Any) -> Any:
        if value is not last[0]:
            last[0], last[1] = value, process(value)
        return last[1]

    return run


def _empty_list_shortcut(process: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``process`` with its result for ``[]`` computed once (most role and alias lists are empty, and
    serialising each to JSON was a large part of the writer's CPU)."""
    empty = process([])
    return lambda value: empty if value == [] else process(value)


def insert_new_rows(conn: Connection, table: Table, rows: list[dict[str, Any]], key: str) -> dict[Any, int]:
    """Like :func:`insert_new`; on SQLite through ``INSERT … ON CONFLICT DO NOTHING RETURNING`` (one
    multi-row statement per page, built here as :func:`insert_rows` builds its own: no statement
    compilation or per-row parameter handling by SQLAlchemy), elsewhere with ids allocated up front.

    On SQLite every column with a Python-side default must be in the rows (nothing fills it in)."""
    if conn.dialect.name != "sqlite":
        return insert_new(conn, table, rows, key)
    if not rows:
        return {}
    columns, names = _columns(conn, table, rows)
    quote = conn.dialect.identifier_preparer.quote
    head = f"INSERT INTO {table.name} ({names}) VALUES "
    tail = f" ON CONFLICT ({quote(key)}) DO NOTHING RETURNING id, {quote(key)}"
    values = row_values(conn, table, columns, rows)
    returned = _insert_pages(conn, head, len(columns), values, tail, returning=True)
    return {value: row_id for row_id, value in returned}


def _columns(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> tuple[list[str], str]:
    """The columns of ``rows`` (the first row's keys) and their quoted list for a statement built
    here; refused when a Python-side default column is left out (:func:`_require_defaults`)."""
    columns = list(rows[0])
    _require_defaults(table, columns)
    return columns, ", ".join(conn.dialect.identifier_preparer.quote(c) for c in columns)


def _require_defaults(table: Table, columns: list[str]) -> None:
    """A statement built here gets no Python-side column defaults: refuse rows that leave one out."""
    given = set(columns)
    left = [c.name for c in table.c if c.default is not None and c.name not in given and not c.primary_key]
    if left:
        raise ValueError(f"{table.name}: rows without {', '.join(left)} (a Python-side default)")
