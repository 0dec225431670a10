"""Every canned query on both engines, on rows inserted directly (tests/queries_support.py)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from queries_support import populate
from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from newsdb.db import make_engine, upgrade
from newsdb.errors import QueryError, UnknownQuery
from newsdb.queries import get_query, list_queries, run_query
from newsdb.queries.fts import fts5_query

EXPECTED_QUERIES = {
    "quotes", "speakers", "people", "co-mentions", "timeline", "articles", "search",
    "quote-search", "outlets", "stats",
}  # fmt: skip


@pytest.fixture
def archive(engine: Engine) -> Iterator[tuple[Session, dict[str, int]]]:
    ids = populate(engine)
    with Session(engine) as session:
        yield session, ids


def run(session: Session, name: str, **params: Any) -> list[dict[str, Any]]:
    result = run_query(session, name, **params)
    for row in result.rows:
        assert set(result.columns) <= set(row)
    return result.rows


def test_registry_lists_every_query_with_docs_and_columns() -> None:
    queries = {q.name: q for q in list_queries()}
    assert EXPECTED_QUERIES <= set(queries)
    for query in queries.values():
        assert query.summary and query.columns
        assert all(p.help for p in query.params), query.name
        assert any(p.name == "limit" for p in query.params), query.name


def test_unknown_query_and_parameter_are_refused(archive: tuple[Session, dict[str, int]]) -> None:
    session, _ = archive
    with pytest.raises(UnknownQuery, match="known: "):
        run_query(session, "nope")
    with pytest.raises(QueryError, match="no parameter"):
        run_query(session, "quotes", colour="red")
    with pytest.raises(QueryError, match="needs person"):
        run_query(session, "timeline")
    with pytest.raises(QueryError, match="limit"):
        run_query(session, "quotes", limit=0)


def test_quotes_by_speaker_alias(archive: tuple[Session, dict[str, int]]) -> None:
    session, ids = archive
    rows = run(session, "quotes", speaker="Lavrov")
    assert [r["speaker"] for r in rows] == ["Sergei Lavrov"] * 3
    assert [r["article_id"] for r in rows] == [ids["a1"], ids["a1"], ids["a3"]]  # dated first
    assert rows[0]["published"] == "2022-01-12T22:40:00+07:00"
    assert rows[0]["article_title"] == "Rusia tolak NATO"
    assert run(session, "quotes", speaker="sergei lavrov") == rows
    assert run(session, "quotes", speaker="Nobody Atall") == []


def test_quotes_by_words_outlet_dates_and_kind(archive: tuple[Session, dict[str, int]]) -> None:
    session, _ = archive
    texts = {r["text"] for r in run(session, "quotes", words="ancaman", kind="all")}
    assert texts == {
        "NATO adalah ancaman langsung",
        "Kami setuju dengan ancaman itu",
        "Seorang warga bicara tentang ancaman",
    }
    assert {r["outlet"] for r in run(session, "quotes", outlet="detik.com")} == {"detik"}
    in_2022 = run(session, "quotes", since="2022-01-01", until="2022-12-31", kind="all")
    assert {r["published"][:4] for r in in_2022} == {"2022"} and len(in_2022) == 3
    assert [r["kind"] for r in run(session, "quotes", kind="partial")] == ["partial"]
    assert {r["kind"] for r in run(session, "quotes")} == {"direct", "partial"}  # quotation marks only
    assert [r["kind"] for r in run(session, "quotes", kind="indirect")] == ["indirect"]
    with pytest.raises(QueryError, match="kind must be"):
        run(session, "quotes", kind="sarcastic")
    assert len(run(session, "quotes", limit=2)) == 2


def test_user_text_is_never_query_syntax(archive: tuple[Session, dict[str, int]]) -> None:
    session, _ = archive
    assert fts5_query('NEAR(a b) OR "x" title:*') == '"NEAR" "a" "b" "OR" "x" "title"'
    assert fts5_query("snake_case covid-19") == '"snake" "case" "covid" "19"'
    for text in ['" OR 1=1 --', "ancaman*", "title:ancaman", "'; DROP TABLE quotes; --", "a & b | !c"]:
        run(session, "search", text=text)
        run(session, "quote-search", text=text)
    with pytest.raises(QueryError, match="no words"):
        run(session, "search", text="  *** ")
    assert len(run(session, "quotes", kind="all")) == 6


def test_speakers_and_people(archive: tuple[Session, dict[str, int]]) -> None:
    session, _ = archive
    top = run(session, "speakers")
    assert top[0] == {
        "speaker": "Sergei Lavrov", "quotes": 3, "articles": 2, "first": "2022-01-12", "last": "2022-01-12"
    }  # fmt: skip
    assert {r["speaker"] for r in top} == {"Sergei Lavrov", "Maria Zakharova", "Vladimir Putin"}
    people = run(session, "people")
    assert people[0]["person"] == "Vladimir Putin"
    assert people[0]["articles"] == 3 and people[0]["mentions"] == 3 and people[0]["quotes"] == 1
    assert people[0]["roles"][0] == "Presiden"
    assert [r["person"] for r in run(session, "people", outlet="detik")] == [
        "Maria Zakharova",
        "Vladimir Putin",
    ]


def test_co_mentions_and_timeline(archive: tuple[Session, dict[str, int]]) -> None:
    session, ids = archive
    assert run(session, "co-mentions", person="Putin") == [
        {"person": "Sergei Lavrov", "articles": 2},
        {"person": "Maria Zakharova", "articles": 1},
    ]
    events = run(session, "timeline", person="Lavrov")
    assert [(e["event"], e["article_id"]) for e in events] == [
        ("mention", ids["a1"]),
        ("quote", ids["a1"]),
        ("quote", ids["a1"]),
        ("mention", ids["a3"]),
        ("quote", ids["a3"]),
    ]
    assert events[-1]["published"] is None  # undated last
    with pytest.raises(QueryError, match="no person"):
        run(session, "timeline", person="Nobody Atall")


def test_articles_outlets_stats(archive: tuple[Session, dict[str, int]]) -> None:
    session, ids = archive
    assert [r["article_id"] for r in run(session, "articles")] == [ids["a2"], ids["a1"], ids["a3"]]
    assert [r["article_id"] for r in run(session, "articles", person="Zakharova")] == [ids["a2"]]
    assert [r["article_id"] for r in run(session, "articles", outlet="Kompas TV")] == [ids["a1"], ids["a3"]]
    assert run(session, "articles", since="2025-02-18", until="2025-02-18")[0]["article_id"] == ids["a2"]
    assert run(session, "outlets") == [
        {"outlet": "Kompas TV", "articles": 2, "first": "2022-01-12", "last": "2022-01-12"},
        {"outlet": "detik", "articles": 1, "first": "2025-02-18", "last": "2025-02-18"},
    ]
    stats = {r["metric"]: r["value"] for r in run(session, "stats")}
    assert stats["articles"] == 3 and stats["quotes"] == 6 and stats["quotes_with_speaker"] == 5
    assert stats["people"] == 3 and stats["outlets"] == 2 and stats["articles_without_day"] == 1


def test_search_ranks_and_snippets(archive: tuple[Session, dict[str, int]]) -> None:
    session, ids = archive
    hits = run(session, "search", text="Lavrov")
    assert [h["article_id"] for h in hits] == [ids["a3"], ids["a1"]]  # title match ranks first
    assert "[Lavrov]" in hits[0]["snippet"]
    assert run(session, "search", text="lavrov riyadh")[0]["article_id"] == ids["a3"]
    assert run(session, "search", text="Lavrov", outlet="detik") == []
    quotes = run(session, "quote-search", text="Kyiv")
    assert [(q["speaker"], q["text"]) for q in quotes] == [("Maria Zakharova", "Kyiv tidak cukup")]


def _all_results(url: URL) -> dict[str, Any]:
    engine = make_engine(url)
    upgrade(engine)
    populate(engine)
    person = {"co-mentions": "Putin", "timeline": "Lavrov"}
    text = {"search": "Lavrov", "quote-search": "ancaman"}
    results: dict[str, Any] = {}
    with Session(engine) as session:
        for query in list_queries():
            params = {"person": person[query.name]} if query.name in person else {}
            params |= {"text": text[query.name]} if query.name in text else {}
            rows = run_query(session, query.name, **params).rows
            if query.name in text:  # ranks and snippets are engine-specific; the matches are not
                rows = [{k: v for k, v in r.items() if k not in ("rank", "snippet")} for r in rows]
            results[query.name] = rows
    engine.dispose()
    return results


@pytest.mark.postgres
def test_same_results_on_sqlite_and_postgresql(sqlite_url: URL, postgres_url: URL) -> None:
    sqlite, postgres = _all_results(sqlite_url), _all_results(postgres_url)
    assert set(sqlite) == {q.name for q in list_queries()}
    for name in sqlite:
        assert sqlite[name] == postgres[name], name


def test_get_query_describes_parameters() -> None:
    quotes = get_query("quotes")
    speaker = next(p for p in quotes.params if p.name == "speaker")
    assert speaker.option == "--speaker" and not speaker.positional and not speaker.required
    person = get_query("co-mentions").params[0]
    assert person.name == "person" and person.positional and person.required


def test_sqlite_queries_neither_wait_for_nor_see_an_open_write(sqlite_url: URL) -> None:
    import sqlite3

    from newsdb.queries import reading

    engine = make_engine(sqlite_url)
    upgrade(engine)
    populate(engine)
    writer = sqlite3.connect(str(sqlite_url.database), isolation_level=None)
    writer.execute("PRAGMA busy_timeout = 100")
    writer.execute("BEGIN IMMEDIATE")  # an import holding the write lock
    writer.execute("UPDATE articles SET title = 'changed'")
    try:
        with reading(engine) as session:
            titles = {r["title"] for r in run_query(session, "articles").rows}
        assert "changed" not in titles and len(titles) == 3
    finally:
        writer.rollback()
        writer.close()
        engine.dispose()


def test_an_article_with_only_a_day(archive: tuple[Session, dict[str, int]]) -> None:
    from datetime import date

    from newsdb.models import Article

    session, ids = archive
    session.get_one(Article, ids["a3"]).published_date = date(2023, 5, 1)  # the source gave no time
    session.commit()
    assert [r["article_id"] for r in run(session, "articles", since="2023-05-01", until="2023-05-01")] == [
        ids["a3"]
    ]
    lavrov = run(session, "quotes", speaker="Lavrov")
    assert [r["published"] for r in lavrov] == ["2023-05-01", *["2022-01-12T22:40:00+07:00"] * 2]  # by day
    stats = {r["metric"]: r["value"] for r in run(session, "stats")}
    assert stats["articles_without_day"] == 0 and stats["articles_without_time"] == 1
