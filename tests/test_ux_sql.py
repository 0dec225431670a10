"""``newsdb sql`` refuses what cannot mean anything instead of printing an empty answer."""

from __future__ import annotations

import pytest
from queries_support import populate
from sqlalchemy import Engine
from typer.testing import CliRunner

from newsdb.cli import app


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["select 1", "--limit", "0"], "row limit must be at least 1"),
        (["select 1", "--limit", "-1"], "row limit must be at least 1"),
        (["   "], "no SQL statement given"),
    ],
)
def test_sql_refuses_an_empty_statement_or_limit(engine: Engine, args: list[str], message: str) -> None:
    populate(engine)
    db = engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "sql", *args])
    assert result.exit_code == 2 and message in result.stderr
    assert result.stdout == ""
