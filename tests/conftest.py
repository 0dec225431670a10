"""Shared fixtures: real databases on both engines.

SQLite tests use a fresh file under pytest's tmp_path. PostgreSQL tests run when
``NEWSDB_TEST_POSTGRES_URL`` names a server (e.g. ``postgresql://postgres@127.0.0.1:5432/postgres``):
each test gets a database of its own, dropped afterwards. Without the variable they are
skipped with that reason; with it, an unreachable server is an error, not a skip (CI sets it).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url

from newsdb.db import make_engine, upgrade

POSTGRES_ENV = "NEWSDB_TEST_POSTGRES_URL"
FIXTURES = Path(__file__).parent / "fixtures"
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def _postgres_server_url() -> URL:
    raw = os.environ.get(POSTGRES_ENV)
    if not raw:
        pytest.skip(
            f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql://postgres@127.0.0.1:5432/postgres)"
        )
    url = make_url(raw)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


@pytest.fixture
def postgres_url() -> Iterator[URL]:
    """A brand-new, empty PostgreSQL database for one test; dropped afterwards."""
    server = _postgres_server_url()
    name = f"newsdb_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield server.set(database=name)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> URL:
    return URL.create("sqlite", database=str(tmp_path / "newsdb.sqlite"))


@pytest.fixture(params=ENGINES)
def db_url(request: pytest.FixtureRequest) -> URL:
    """An empty database URL, once for SQLite and once for PostgreSQL."""
    fixture = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    return request.getfixturevalue(fixture)


@pytest.fixture
def engine(db_url: URL) -> Iterator[Engine]:
    """An engine on a database migrated to head with Alembic (never ``create_all``)."""
    eng = make_engine(db_url)
    upgrade(eng)
    yield eng
    eng.dispose()


@pytest.fixture
def fixtures_dir() -> Path:
    return FIXTURES
