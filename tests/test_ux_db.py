"""``newsdb db``: a revision Alembic cannot find is one error line, exit status 2."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import URL
from typer.testing import CliRunner

from newsdb.cli import app


@pytest.mark.parametrize("args", [["upgrade", "nosuch"], ["downgrade", "0999"]])
def test_an_unknown_revision_is_named(db_url: URL, args: list[str]) -> None:
    db = db_url.render_as_string(hide_password=False)
    assert CliRunner().invoke(app, ["--db", db, "db", "upgrade"]).exit_code == 0
    result = CliRunner().invoke(app, ["--db", db, "db", *args])
    assert result.exit_code == 2, result.output
    assert f"Can't locate revision identified by '{args[1]}'" in result.stderr
    assert isinstance(result.exception, SystemExit)
