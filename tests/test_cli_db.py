"""``newsdb db …`` and the global options, through the real command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy.engine import URL
from typer.testing import CliRunner

from newsdb import __version__
from newsdb.cli import app
from newsdb.db import head_revision
from newsdb.extract import COMPILED

runner = CliRunner()


def _db(url: URL) -> list[str]:
    return ["--db", url.render_as_string(hide_password=False)]


#: --version names the build: the mypyc-compiled extractor or the pure-Python one.
VERSION_LINE = f"newsdb {__version__}, {'compiled (mypyc)' if COMPILED else 'pure Python'}"


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output.strip() == VERSION_LINE


def test_python_dash_m_runs_the_same_app() -> None:
    done = subprocess.run([sys.executable, "-m", "newsdb", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout.strip() == VERSION_LINE


def test_upgrade_downgrade_upgrade(db_url: URL) -> None:
    head = head_revision()
    for args, expected in [
        (["db", "upgrade"], f"database at revision {head}"),
        (["db", "current"], f"{head} (head)"),
        (["db", "downgrade", "base"], "database at revision base"),
        (["db", "current"], "run `newsdb db upgrade`"),
        (["db", "upgrade"], f"database at revision {head}"),
    ]:
        result = runner.invoke(app, [*_db(db_url), *args])
        assert result.exit_code == 0, result.output
        assert expected in result.output


def test_history_lists_the_first_revision() -> None:
    result = runner.invoke(app, ["db", "history"])
    assert result.exit_code == 0
    assert "base -> 0001" in result.output
    assert f"-> {head_revision()}:" in result.output.splitlines()[0]  # newest first


def test_db_option_falls_back_to_environment(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("NEWSDB_DATABASE_URL", f"sqlite:///{target}")
    result = runner.invoke(app, ["db", "upgrade"])
    assert result.exit_code == 0, result.output
    assert target.exists()


def test_a_bad_url_is_a_clear_error_with_exit_status_2() -> None:
    result = runner.invoke(app, ["--db", "mysql://root@localhost/test", "db", "current"])
    assert result.exit_code == 2
    assert "unsupported database" in result.output


def test_repair_after_an_interrupted_bulk_import(sqlite_url: URL) -> None:
    """A full-text index left behind by a killed bulk import (its triggers dropped, rows added
    without them) is named by every full-text query and made whole by `newsdb db repair`."""
    from sqlalchemy import text

    from newsdb.db import make_engine
    from newsdb.store.fts import suspend_fts

    seeds = Path(__file__).parent / "fixtures" / "seeds"
    assert runner.invoke(app, [*_db(sqlite_url), "import", str(seeds)]).exit_code == 0
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        suspend_fts(conn)  # what a bulk import does first; its articles then go in unindexed:
        with conn.begin():  # the same state, reached by emptying the index
            conn.execute(text("INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')"))
    engine.dispose()

    found = runner.invoke(app, [*_db(sqlite_url), "query", "search", "Lavrov", "--format", "json"])
    assert found.exit_code == 0
    assert "index is incomplete" in found.stderr and "newsdb db repair" in found.stderr
    assert json.loads(found.stdout) == []

    repaired = runner.invoke(app, [*_db(sqlite_url), "db", "repair"])
    assert repaired.exit_code == 0 and "rebuilt" in repaired.output
    found = runner.invoke(app, [*_db(sqlite_url), "query", "search", "Lavrov", "--format", "json"])
    assert "incomplete" not in found.stderr
    assert len(json.loads(found.stdout)) >= 1
    again = runner.invoke(app, [*_db(sqlite_url), "db", "repair"])
    assert "nothing to repair" in again.output
