"""A database that cannot be opened is one line naming it and the reason, exit status 2; never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import URL
from typer.testing import CliRunner

import newsdb.config
from newsdb import Archive, NewsdbError
from newsdb.cli import app
from newsdb.config import resolve_url
from newsdb.errors import ConfigurationError


def _bad_sqlite(tmp_path: Path, what: str) -> Path:
    if what == "folder":
        return tmp_path
    if what == "missing folder":
        return tmp_path / "no" / "such" / "archive.sqlite"
    path = tmp_path / "notes.sqlite"
    path.write_text("not a database\n" * 200)
    return path


@pytest.mark.parametrize("what", ["folder", "missing folder", "not sqlite"])
@pytest.mark.parametrize("command", [["query", "stats"], ["db", "current"], ["export"]])
def test_cli_names_a_sqlite_file_it_cannot_open(tmp_path: Path, what: str, command: list[str]) -> None:
    path = _bad_sqlite(tmp_path, what)
    result = CliRunner().invoke(app, ["--db", str(path), *command])
    assert result.exit_code == 2, result.output
    expected = "no archive at" if what == "missing folder" else "cannot open the database"
    assert f"{expected} {path}" in result.stderr
    assert isinstance(result.exception, SystemExit)  # an exit status, not an escaped exception


def test_import_into_a_folder_that_does_not_exist_names_it(tmp_path: Path) -> None:
    path = tmp_path / "no" / "such" / "archive.sqlite"
    result = CliRunner().invoke(app, ["--db", str(path), "import", str(tmp_path)])
    assert result.exit_code == 2 and f"cannot open the database {path}" in result.stderr


@pytest.mark.parametrize(
    "command",
    [["query", "stats"], ["show", "article", "1"], ["sql", "select 1"], ["export"], ["reprocess"],
     ["db", "current"], ["db", "repair"], ["db", "downgrade", "base"]],
)  # fmt: skip
def test_only_import_and_db_upgrade_start_a_new_sqlite_archive(tmp_path: Path, command: list[str]) -> None:
    typo = tmp_path / "archiev.sqlite"
    result = CliRunner().invoke(app, ["--db", str(typo), *command])
    assert result.exit_code == 2, result.output
    assert f"no archive at {typo}: `newsdb import` creates one" in result.stderr
    assert not typo.exists()
    assert CliRunner().invoke(app, ["--db", str(typo), "db", "upgrade"]).exit_code == 0
    assert CliRunner().invoke(app, ["--db", str(typo), *command]).exit_code in (0, 2)  # now it exists
    assert "no archive" not in CliRunner().invoke(app, ["--db", str(typo), *command]).stderr


def test_archive_raises_a_newsdb_error_for_a_database_it_cannot_open(tmp_path: Path) -> None:
    with pytest.raises(NewsdbError, match="cannot open the database"):
        Archive(str(tmp_path))


@pytest.mark.postgres
def test_cli_names_a_postgres_database_that_does_not_exist(postgres_url: URL) -> None:
    missing = postgres_url.set(database=postgres_url.database + "_missing")
    db = missing.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "query", "stats"])
    assert result.exit_code == 2, result.output
    assert f"cannot open the database {missing.render_as_string()}" in result.stderr
    assert "does not exist" in result.stderr


def test_postgres_without_its_driver_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsdb.config, "find_spec", lambda name: None)
    with pytest.raises(ConfigurationError, match=r"psycopg.*not installed"):
        resolve_url("postgresql://u@localhost/news")
    result = CliRunner().invoke(app, ["--db", "postgresql://u@localhost/news", "query", "stats"])
    assert result.exit_code == 2 and "pip install" in result.stderr
