"""The Python API: ``newsdb.Archive``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from queries_support import populate
from sqlalchemy import func, select
from sqlalchemy.engine import URL

import newsdb
from newsdb import Archive, QueryError


def test_public_names() -> None:
    assert {"Archive", "QueryResult", "SqlResult", "QueryError", "models", "__version__"} <= set(
        newsdb.__all__
    )
    for name in newsdb.__all__:
        assert hasattr(newsdb, name), name


def test_archive_on_both_engines(db_url: URL, tmp_path: Path) -> None:
    with Archive(db_url) as archive:  # a new database is created at head
        populate(archive.engine)
        assert {q.name for q in archive.queries()} >= {"quotes", "search", "stats"}
        result = archive.query("quotes", speaker="Lavrov")
        assert result.columns[0] == "quote_id" and len(result.rows) == 3
        assert archive.query("co-mentions", "Putin").rows[0]["person"] == "Sergei Lavrov"
        assert archive.sql("SELECT count(*) AS n FROM quote_view").rows == [{"n": 6}]
        with pytest.raises(QueryError):
            archive.sql("DELETE FROM quotes")
        with archive.session() as session:
            Quote = archive.models.Quote
            assert session.scalar(select(func.count()).select_from(Quote)) == 6
        out = io.StringIO()
        assert archive.export(out) == 3
        assert json.loads(out.getvalue().splitlines()[0])["quotes"]
        assert archive.export(tmp_path / "quotes.csv", "csv") == 6
        assert len(list(archive.articles())) == 3


def test_archive_on_a_file_path(tmp_path: Path) -> None:
    path = tmp_path / "archive.sqlite"
    with Archive(str(path)) as archive:
        assert archive.query("stats").rows[0] == {"metric": "articles", "value": 0}
    assert path.exists()
    assert "archive.sqlite" in repr(Archive(str(path)))


def test_session_rolls_back_on_error(tmp_path: Path) -> None:
    archive = Archive(str(tmp_path / "a.sqlite"))
    with pytest.raises(RuntimeError), archive.session() as session:
        session.add(archive.models.Outlet(name="Kompas TV"))
        raise RuntimeError("boom")
    assert archive.query("outlets").rows == []
    archive.close()
