"""reprocess: layout and extraction again over the stored raw text, by extractor version or all."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text

from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.importer.reprocess import reprocess
from newsdb.importer.workers import extractor_version

FIXTURES = Path(__file__).parent / "fixtures"


def scalar(engine: Engine, sql: str) -> object:
    with engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


def test_reprocess_stale_articles_from_the_stored_text(engine: Engine) -> None:
    import_paths(engine, [FIXTURES / "seeds"], ImportOptions(jobs=1))
    quotes, people = (
        scalar(engine, "SELECT count(*) FROM quotes"),
        scalar(engine, "SELECT count(*) FROM people"),
    )
    with engine.begin() as conn:  # an article extracted by an older version, its quotes lost since
        first = conn.execute(text("SELECT min(id) FROM articles")).scalar_one()
        conn.execute(text("UPDATE articles SET extractor_version = '0.0.1' WHERE id = :id"), {"id": first})
        conn.execute(text("DELETE FROM quotes WHERE article_id = :id"), {"id": first})
        conn.execute(text("UPDATE articles SET title = 'x' WHERE id = :id"), {"id": first})

    summary = reprocess(engine, jobs=1)
    assert (summary.seen, summary.updated, summary.failed) == (1, 1, 0)
    assert scalar(engine, "SELECT count(*) FROM quotes") == quotes
    assert scalar(engine, "SELECT count(*) FROM people") == people
    assert scalar(engine, f"SELECT title FROM articles WHERE id = {first}") != "x"
    assert scalar(engine, "SELECT count(DISTINCT extractor_version) FROM articles") == 1
    assert scalar(engine, "SELECT min(extractor_version) FROM articles") == extractor_version()
    assert scalar(engine, "SELECT max(revision) FROM articles") == 1  # same source file, same revision

    assert reprocess(engine, jobs=1).seen == 0
    again = reprocess(engine, all=True, jobs=1)
    assert (again.seen, again.updated) == (2, 2)
    assert scalar(engine, "SELECT count(*) FROM quotes") == quotes
