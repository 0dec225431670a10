"""Migrations up and down on SQLite and PostgreSQL, with pytest-alembic's standard tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from pytest_alembic import Config as PytestAlembicConfig
from pytest_alembic.tests import (  # noqa: F401 - collected as tests
    test_model_definitions_match_ddl,
    test_single_head_revision,
    test_up_down_consistency,
    test_upgrade,
)
from sqlalchemy import Engine, func, inspect, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from newsdb.db import current_revision, downgrade, head_revision, make_engine, migrations_path, upgrade
from newsdb.models import Article, Outlet, Person, Quote, SourceFile

WIB = timezone(timedelta(hours=7))


@pytest.fixture
def alembic_config() -> PytestAlembicConfig:
    return PytestAlembicConfig(config_options={"script_location": str(migrations_path())})


@pytest.fixture
def alembic_engine(db_url: URL) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


def _add_article(session: Session) -> Article:
    outlet = Outlet(name="Kompas TV", domain="kompas.tv")
    source = SourceFile(
        source_key="seeds/001.txt",
        path="seeds/001.txt",
        sha256="a" * 64,
        size=3,
        encoding="utf-8",
        raw_text="x",
    )
    article = Article(
        source_key="seeds/001.txt",
        source_file=source,
        outlet=outlet,
        title="Juru Bicara Putin",
        body="Peskov menyebut NATO sekadar alat konfrontasi.",
        layout="kompas_tv",
        extractor_version="test",
    )
    article.published = datetime(2022, 1, 12, 22, 40, tzinfo=WIB)
    peskov = Person(name="Dmitry Peskov", key="dmitry peskov")
    article.quotes.append(
        Quote(
            text="alat konfrontasi",
            text_key="k",
            kind="partial",
            paragraph=0,
            start_char=29,
            end_char=45,
            speaker=peskov,
        )
    )
    session.add(article)
    session.commit()
    return article


def test_round_trip_with_rows(alembic_engine: Engine) -> None:
    """Down to base and up again with data present: nothing is left behind, the schema comes back."""
    upgrade(alembic_engine)
    with Session(alembic_engine) as session:
        _add_article(session)
    downgrade(alembic_engine, "base")
    assert current_revision(alembic_engine) is None
    leftover = set(inspect(alembic_engine).get_table_names()) - {"alembic_version"}
    assert leftover == set()
    upgrade(alembic_engine)
    assert current_revision(alembic_engine) == head_revision()
    with Session(alembic_engine) as session:
        assert session.scalar(select(func.count()).select_from(Article)) == 0
        article = _add_article(session)
        assert article.id is not None


def test_published_time_keeps_its_offset(alembic_engine: Engine) -> None:
    upgrade(alembic_engine)
    with Session(alembic_engine) as session:
        article_id = _add_article(session).id
    with Session(alembic_engine) as session:
        article = session.get_one(Article, article_id)
        assert article.published is not None
        assert article.published.isoformat() == "2022-01-12T22:40:00+07:00"
        assert article.published_at == datetime(2022, 1, 12, 15, 40, tzinfo=UTC)


def test_full_text_search_follows_the_tables(alembic_engine: Engine) -> None:
    """FTS5 tables (SQLite) and tsvector columns (PostgreSQL) are kept in sync by the database itself."""
    upgrade(alembic_engine)
    with Session(alembic_engine) as session:
        article = _add_article(session)
        if alembic_engine.dialect.name == "sqlite":
            hits = "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'konfrontasi'"
            quote_hits = "SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'konfrontasi'"
        else:
            hits = "SELECT id FROM articles WHERE search_vector @@ plainto_tsquery('simple', 'konfrontasi')"
            quote_hits = (
                "SELECT id FROM quotes WHERE search_vector @@ plainto_tsquery('simple', 'konfrontasi')"
            )
        assert session.execute(text(hits)).scalars().all() == [article.id]
        assert len(session.execute(text(quote_hits)).scalars().all()) == 1
        article.body = "tidak ada lagi"
        session.commit()
        assert session.execute(text(hits)).scalars().all() == []
        session.delete(article)
        session.commit()
        assert session.execute(text(quote_hits)).scalars().all() == []


def test_quote_view_is_there(alembic_engine: Engine) -> None:
    upgrade(alembic_engine)
    with Session(alembic_engine) as session:
        _add_article(session)
        row = session.execute(
            text("SELECT speaker, text, kind, outlet, published_local FROM quote_view")
        ).one()
    assert tuple(row) == (
        "Dmitry Peskov",
        "alat konfrontasi",
        "partial",
        "Kompas TV",
        "2022-01-12T22:40:00+07:00",
    )


def test_sqlite_connection_settings(sqlite_url: URL) -> None:
    eng = make_engine(sqlite_url)
    with eng.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    eng.dispose()


def _triggers(engine: Engine) -> set[str]:
    sql = (
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
        if engine.dialect.name == "sqlite"
        else "SELECT DISTINCT trigger_name FROM information_schema.triggers"
    )
    with engine.connect() as conn:
        return {name for name in conn.execute(text(sql)).scalars() if name.startswith("person_events")}


def test_person_events_filled_on_upgrade_and_gone_on_downgrade(alembic_engine: Engine) -> None:
    """0004 fills person_events from the rows already there, then triggers keep it; 0003 drops both."""
    upgrade(alembic_engine, "0003")
    with Session(alembic_engine) as session:
        article_id = _add_article(session).id
    assert "person_events" not in inspect(alembic_engine).get_table_names()
    upgrade(alembic_engine)
    indexes = {ix["name"] for ix in inspect(alembic_engine).get_indexes("person_events")}
    assert "ix_person_events_person_id_untimed_published_date" in indexes
    assert len(_triggers(alembic_engine)) == (7 if alembic_engine.dialect.name == "sqlite" else 3)
    events = "SELECT article_id, quote_id > 0, position, kind, untimed FROM person_events"
    with alembic_engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(text(events))] == [(article_id, True, 29, "partial", False)]
    with Session(alembic_engine) as session:
        session.get_one(Article, article_id).published_at = None
        session.commit()
    with alembic_engine.connect() as conn:
        assert conn.execute(text("SELECT untimed FROM person_events")).scalar_one() in (True, 1)
    downgrade(alembic_engine, "0003")
    assert "person_events" not in inspect(alembic_engine).get_table_names()
    assert _triggers(alembic_engine) == set()
    with Session(alembic_engine) as session:  # writes work without the table's triggers
        session.delete(session.get_one(Article, article_id))
        session.commit()


def test_article_vectors_copied_on_upgrade_kept_by_trigger_and_gone_on_downgrade(postgres_url: URL) -> None:
    """0005 (PostgreSQL): ``articles_fts_vectors`` holds each article's ``search_vector`` byte for byte,
    filled on upgrade and kept by a trigger through inserts, updates (id, title, body) and deletes;
    its GIN index takes the place of the one on ``articles``, which 0004 gets back."""
    engine = make_engine(postgres_url)
    copied = """SELECT a.id, v.search_vector::text FROM articles AS a
        FULL JOIN articles_fts_vectors AS v ON v.article_id = a.id
        WHERE v.search_vector IS DISTINCT FROM a.search_vector ORDER BY 1"""
    ids = "SELECT article_id FROM articles_fts_vectors"
    try:
        upgrade(engine, "0004")
        with Session(engine) as session:
            first = _add_article(session).id
        upgrade(engine, "0005")
        article_indexes = {ix["name"] for ix in inspect(engine).get_indexes("articles")}
        assert "ix_articles_search_vector" not in article_indexes
        with engine.connect() as conn:
            assert conn.execute(text(ids)).scalars().all() == [first]
            assert conn.execute(text(copied)).all() == []
        with Session(engine) as session:
            columns = ("title", "body", "source_file_id", "outlet_id")
            second = Article(**{c: getattr(session.get_one(Article, first), c) for c in columns})
            second.source_key, second.layout, second.extractor_version = "seeds/002.txt", "kompas_tv", "t"
            session.add(second)
            session.commit()
            session.get_one(Article, first).title = "Kremlin menjawab"
            session.commit()
            second.id = second.id + 100
            second.body = "lain sama sekali"
            session.commit()
            with engine.connect() as conn:
                assert conn.execute(text("SELECT count(*) FROM articles_fts_vectors")).scalar() == 2
                assert conn.execute(text(copied)).all() == []
            session.delete(second)
            session.commit()
        with engine.connect() as conn:
            assert conn.execute(text(ids)).scalars().all() == [first]
            assert conn.execute(text(copied)).all() == []
        downgrade(engine, "0004")
        assert "articles_fts_vectors" not in inspect(engine).get_table_names()
        assert "ix_articles_search_vector" in {ix["name"] for ix in inspect(engine).get_indexes("articles")}
        with Session(engine) as session:  # writes work without the trigger
            session.delete(session.get_one(Article, first))
            session.commit()
    finally:
        engine.dispose()
