from __future__ import annotations

from pathlib import Path

import pytest

from newsdb.config import ENV_DATABASE_URL, resolve_url
from newsdb.errors import ConfigurationError


def test_explicit_url_wins_over_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DATABASE_URL, "sqlite:////tmp/from-env.sqlite")
    assert resolve_url("sqlite:////tmp/explicit.sqlite").database == "/tmp/explicit.sqlite"


def test_environment_wins_over_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_DATABASE_URL, "sqlite:////tmp/from-env.sqlite")
    assert resolve_url().database == "/tmp/from-env.sqlite"


def test_default_is_newsdb_sqlite_in_the_working_directory(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv(ENV_DATABASE_URL, raising=False)
    url = resolve_url(cwd=tmp_path)
    assert url.get_backend_name() == "sqlite"
    assert url.database == str(tmp_path / "newsdb.sqlite")


def test_a_plain_path_is_a_sqlite_file(tmp_path: Path) -> None:
    url = resolve_url(str(tmp_path / "archive.db"))
    assert (url.drivername, url.database) == ("sqlite", str(tmp_path / "archive.db"))


def test_postgres_urls_get_the_psycopg_driver() -> None:
    assert resolve_url("postgresql://u@localhost/news").drivername == "postgresql+psycopg"


@pytest.mark.parametrize("bad", ["mysql://root@localhost/test", "postgresql://u@host:notaport/news"])
def test_unsupported_or_malformed_urls_are_refused(bad: str) -> None:
    with pytest.raises(ConfigurationError):
        resolve_url(bad)
