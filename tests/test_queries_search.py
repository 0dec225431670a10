"""PostgreSQL ``search`` ranks on ``articles_fts_vectors`` (revision 0005): it must return exactly what
ranking ``articles.search_vector`` itself returns — the same rows, ranks, ties and order — whatever the
words, the phrase and the limit."""

from __future__ import annotations

import random
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from newsdb.db import make_engine, upgrade
from newsdb.models import Article, Outlet, SourceFile
from newsdb.queries import run_query

pytestmark = pytest.mark.postgres

VOCABULARY = ["presiden", "jokowi", "banjir", "gempa", "lombok", "jakarta", "warga", "yang", "di", "dan"]
TEXTS = ["banjir", "presiden jokowi", "gempa lombok", "yang", "di dan", "jokowi presiden banjir", "zzz"]
#: The ranking of revision 0004, on the articles themselves.
REFERENCE = """SELECT id, ts_rank(search_vector, plainto_tsquery('simple', :q)) AS rank FROM articles
    WHERE search_vector @@ plainto_tsquery('simple', :q) ORDER BY rank DESC, id LIMIT :n"""


def _populate(session: Session) -> None:
    """300 articles of random words (titles weigh more); every tenth a copy of another, so ranks tie."""
    rnd = random.Random(5)
    outlet = Outlet(name="Kompas TV", domain="kompas.tv")
    source = SourceFile(source_key="s", path="s", sha256="a" * 64, size=1, encoding="utf-8", raw_text="")
    made: list[tuple[str, str]] = []
    for i in range(300):
        if i % 10 == 9:
            title, body = made[rnd.randrange(len(made))]
        else:
            title = " ".join(rnd.choices(VOCABULARY, k=rnd.randint(0, 4)))
            body = " ".join(rnd.choices(VOCABULARY, k=rnd.randint(1, 60)))
        made.append((title, body))
        session.add(
            Article(
                source_key=f"s/{i}",
                source_file=source,
                outlet=outlet,
                title=title,
                body=body,
                layout="kompas_tv",
                extractor_version="test",
            )
        )
    session.commit()


def test_search_returns_what_ranking_the_articles_returns(postgres_url: URL) -> None:
    engine = make_engine(postgres_url)
    try:
        upgrade(engine)
        with Session(engine) as session:
            _populate(session)
            ties = 0
            for words in TEXTS:
                for limit in (1, 20, 100):
                    expected: list[tuple[Any, ...]] = [
                        (r.id, round(float(r.rank), 6))
                        for r in session.execute(text(REFERENCE), {"q": words, "n": limit})
                    ]
                    found = run_query(session, "search", text=words, limit=limit).rows
                    assert [(r["article_id"], r["rank"]) for r in found] == expected, (words, limit)
                    ties += len(expected) - len({rank for _, rank in expected})
            assert ties > 0  # the order of equal ranks was put to the test
            assert run_query(session, "search", text="banjir", limit=100).rows  # not all empty
    finally:
        engine.dispose()
