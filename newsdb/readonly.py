"""Ad-hoc SQL on a connection that the database itself makes read-only, with a time limit.

Nothing here inspects the SQL text. On SQLite the file is opened with a read-only URI
(``file:…?mode=ro``), ``PRAGMA query_only`` is switched on, and an authorizer refuses ATTACH/DETACH,
every PRAGMA that is not a plain read, and extension loading; a progress handler stops the statement
at the deadline. On PostgreSQL the session starts with ``default_transaction_read_only`` and a
``statement_timeout``, the transaction is ``READ ONLY``, and the statement is sent as a prepared
statement, so a second statement (``…; COMMIT; SET …``) cannot ride along.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from newsdb.db import SQLITE_BUSY_TIMEOUT_MS
from newsdb.errors import QueryError

DEFAULT_TIMEOUT = 10.0
DEFAULT_MAX_ROWS = 10_000


class QueryTimeout(QueryError):
    """The statement ran past its time limit and was stopped."""


@dataclass(frozen=True, slots=True)
class SqlResult:
    columns: tuple[str, ...]
    rows: list[dict[str, Any]]
    truncated: bool  # more rows existed than ``max_rows``


def run_sql(
    url: URL | str,
    sql: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    max_rows: int = DEFAULT_MAX_ROWS,
) -> SqlResult:
    """Run one statement of ``sql`` read-only on the database at ``url``; at most ``max_rows`` rows.

    Raises :class:`QueryTimeout` after ``timeout`` seconds and :class:`~newsdb.errors.QueryError`
    when the database refuses the statement (any write) or it fails.
    """
    if timeout <= 0:
        raise QueryError("the time limit must be positive")
    if max_rows < 1:
        raise QueryError("the row limit must be at least 1")
    if not sql.strip():
        raise QueryError("no SQL statement given")
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() == "sqlite":
        return _run_sqlite(url, sql, timeout, max_rows)
    if url.get_backend_name() == "postgresql":
        return _run_postgres(url, sql, timeout, max_rows)
    raise QueryError(f"read-only SQL is not supported on {url.get_backend_name()}")


# --- SQLite ------------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _sqlite_reader(url: str) -> Engine:
    engine = create_engine(url)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions are begun below
        dbapi_connection.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.exec_driver_sql("BEGIN")  # deferred: a read snapshot, no write lock

    return engine


def read_engine(engine: Engine) -> Engine:
    """An engine for reading ``engine``'s database without ever taking its write lock.

    newsdb's SQLite engines begin every transaction with ``BEGIN IMMEDIATE`` (right for writers);
    a query or an export must neither wait for an import nor hold one up, so on SQLite it gets a
    sibling engine whose transactions are plain (deferred) ``BEGIN``: a consistent snapshot under
    WAL. Other engines are returned as they are.
    """
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return engine
    return _sqlite_reader(engine.url.render_as_string(hide_password=False))


#: Pragmas that only read, allowed with an argument (a table or index name).
_READ_PRAGMAS_WITH_ARG = frozenset(
    {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
     "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check"}
)  # fmt: skip
#: Pragmas that read a setting; allowed only without an argument (with one they would write it).
_READ_PRAGMAS = _READ_PRAGMAS_WITH_ARG | frozenset(
    {"collation_list", "database_list", "function_list", "module_list", "pragma_list",
     "compile_options", "user_version", "schema_version", "application_id", "page_count",
     "page_size", "freelist_count", "encoding", "journal_mode", "data_version", "query_only",
     "foreign_keys"}
)  # fmt: skip
_REFUSED_FUNCTIONS = frozenset({"load_extension", "readfile", "writefile", "edit", "fts3_tokenizer"})


def _authorizer(
    action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None
) -> int:
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA:
        name = (arg1 or "").lower()
        if name in _READ_PRAGMAS_WITH_ARG or (name in _READ_PRAGMAS and arg2 is None):
            return sqlite3.SQLITE_OK
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in _REFUSED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def readonly_sqlite_connection(path: str | Path) -> sqlite3.Connection:
    """A connection to the SQLite file at ``path`` that cannot write, attach or load extensions."""
    path = Path(path)
    if not path.is_file():
        raise QueryError(f"no SQLite database at {path}")
    uri = "file:" + quote(str(path.resolve())) + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.set_authorizer(_authorizer)
    return conn


def _run_sqlite(url: URL, sql: str, timeout: float, max_rows: int) -> SqlResult:
    if not url.database or url.database == ":memory:":
        raise QueryError("read-only SQL needs a SQLite file, not an in-memory database")
    conn = readonly_sqlite_connection(url.database)
    deadline = time.monotonic() + timeout
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        cursor = conn.execute(sql)
        return _collect(cursor.description, cursor.fetchmany, max_rows)
    except sqlite3.Warning as exc:  # e.g. "You can only execute one statement at a time."
        raise QueryError(str(exc)) from exc
    except sqlite3.Error as exc:
        if time.monotonic() > deadline:
            raise _timeout(timeout) from exc
        raise QueryError(f"SQLite refused the query: {exc}") from exc
    finally:
        conn.close()


def _timeout(timeout: float) -> QueryTimeout:
    return QueryTimeout(f"query stopped after its time limit of {timeout:g} s (raise it with --timeout)")


# --- PostgreSQL --------------------------------------------------------------------------------


def _run_postgres(url: URL, sql: str, timeout: float, max_rows: int) -> SqlResult:
    import psycopg  # the postgres extra

    conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
    millis = max(1, int(timeout * 1000))
    options = f"-c default_transaction_read_only=on -c statement_timeout={millis}"
    try:
        conn = psycopg.connect(conninfo, options=options, connect_timeout=10)
    except psycopg.Error as exc:
        raise QueryError(f"cannot connect to PostgreSQL: {exc}") from exc
    try:
        conn.read_only = True  # BEGIN READ ONLY
        with conn.cursor() as cursor:
            cursor.execute("SELECT 1")  # takes the snapshot: the transaction's mode is now fixed
            cursor.execute(sql, prepare=True)
            if cursor.description is None:
                return SqlResult((), [], False)
            return _collect(cursor.description, cursor.fetchmany, max_rows)
    except psycopg.errors.QueryCanceled as exc:
        raise _timeout(timeout) from exc
    except psycopg.Error as exc:
        raise QueryError(f"PostgreSQL refused the query: {str(exc).strip()}") from exc
    finally:
        conn.rollback()
        conn.close()


# --- rows --------------------------------------------------------------------------------------


def _collect(
    description: Iterable[Any] | None, fetchmany: Callable[[int], list[Any]], max_rows: int
) -> SqlResult:
    if description is None:
        return SqlResult((), [], False)
    columns = _unique([d[0] for d in description])
    fetched = fetchmany(max_rows + 1)
    rows = [dict(zip(columns, map(_plain, row), strict=True)) for row in fetched[:max_rows]]
    return SqlResult(tuple(columns), rows, len(fetched) > max_rows)


def _unique(names: list[str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name}_{seen[name]}")
    return out


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).hex()
    if isinstance(value, uuid.UUID):
        return str(value)
    return value
