"""``person_events`` (revision 0004): kept right by the database, and the lists that read it.

The table is written by triggers only; after every kind of write (import, a changed day or
instant, reprocess, deleted rows, a changed speaker, a deleted person) it must equal what the
source tables say. ``quotes --speaker`` and ``timeline`` read it in parts and merge them; on a
generated archive full of ties, undated and day-only articles, their rows must come in exactly
the order that sorting everything in Python gives, for every limit.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.importer.reprocess import reprocess
from newsdb.models import Article, ArticlePerson, Outlet, Person, PersonAlias, Quote, SourceFile
from newsdb.queries import run_query

FIXTURES = Path(__file__).parent / "fixtures"

STORED = """SELECT article_id, person_id, quote_id, position, kind, untimed, published_date, published_at
    FROM person_events"""
DERIVED = """SELECT q.article_id, q.speaker_id, q.id, q.start_char, q.kind,
        a.published_at IS NULL, a.published_date, a.published_at
    FROM quotes AS q JOIN articles AS a ON a.id = q.article_id WHERE q.speaker_id IS NOT NULL
    UNION ALL
    SELECT m.article_id, m.person_id, 0, -1, 'mention',
        a.published_at IS NULL, a.published_date, a.published_at
    FROM article_people AS m JOIN articles AS a ON a.id = m.article_id"""


def _rows(engine: Engine, sql: str) -> list[tuple[Any, ...]]:
    with engine.connect() as conn:
        found = [(*r[:5], bool(r[5]), str(r[6]), str(r[7])[:19]) for r in conn.execute(text(sql))]
    return sorted(found, key=lambda r: r[:3])


def assert_events_follow(engine: Engine) -> int:
    stored = _rows(engine, STORED)
    assert stored == _rows(engine, DERIVED)
    return len(stored)


def test_events_follow_import_dates_reprocess_and_deletes(engine: Engine) -> None:
    import_paths(engine, [FIXTURES / "seeds", FIXTURES / "corpus"], ImportOptions(jobs=1))
    assert assert_events_follow(engine) > 100
    with engine.begin() as conn:
        ids = conn.execute(text("SELECT DISTINCT article_id FROM quotes ORDER BY 1 LIMIT 3")).scalars().all()
        new_day = {"id": ids[0], "d": date(2030, 1, 2)}
        conn.execute(
            text("UPDATE articles SET published_date = :d, published_at = NULL WHERE id = :id"), new_day
        )
        conn.execute(text("UPDATE articles SET published_date = NULL WHERE id = :id"), {"id": ids[1]})
        conn.execute(text("UPDATE articles SET title = 'same dates' WHERE id = :id"), {"id": ids[2]})
    assert assert_events_follow(engine) > 100
    assert reprocess(engine, all=True, jobs=1).updated > 60  # child rows deleted and written again
    assert_events_follow(engine)
    with engine.begin() as conn:
        people = conn.execute(text("SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL")).scalars()
        first, second = sorted(set(people))[:2]
        conn.execute(
            text("UPDATE quotes SET speaker_id = :b WHERE speaker_id = :a"), {"a": first, "b": second}
        )
        conn.execute(
            text("UPDATE quotes SET kind = 'indirect', start_char = 0 WHERE speaker_id = :b"), {"b": second}
        )
        conn.execute(
            text("UPDATE article_people SET person_id = :b WHERE person_id = :a"), {"a": first, "b": second}
        )
        conn.execute(text("DELETE FROM quotes WHERE id IN (SELECT min(id) FROM quotes)"))
        conn.execute(text("DELETE FROM articles WHERE id = :id"), {"id": ids[0]})
        conn.execute(text("DELETE FROM people WHERE id = :b"), {"b": second})  # quotes keep no speaker
    assert assert_events_follow(engine) > 50
    with engine.connect() as conn:
        assert not conn.execute(text(f"SELECT 1 FROM person_events WHERE person_id = {second}")).all()
        assert not conn.execute(text(f"SELECT 1 FROM person_events WHERE article_id = {ids[0]}")).all()


# --- the lists against a reference order -------------------------------------------------------

DAYS = [date(2024, 3, d) for d in (1, 1, 2, 5, 5, 5)]


def _archive(engine: Engine, seed: int = 6) -> dict[str, Any]:
    """40 articles: undated, day-only and timed (many on the same day and instant), three people
    (``Jokowi`` is one's key and the other's alias), quotes of every kind, some without a speaker."""
    rng = random.Random(seed)
    with Session(engine) as session, session.begin():
        outlet = Outlet(name="Kompas", domain="kompas.com")
        widodo = Person(
            name="Joko Widodo", key="joko widodo", aliases=[PersonAlias(alias="Jokowi", key="jokowi")]
        )
        jokowi = Person(name="Jokowi", key="jokowi")
        other = Person(name="Prabowo Subianto", key="prabowo subianto")
        people = [widodo, jokowi, other]
        for n in range(40):
            source = SourceFile(
                source_key=f"g/{n}", path=f"g/{n}", sha256=f"{n:064x}", size=1, encoding="utf-8", raw_text="x"
            )
            article = Article(
                source_key=f"g/{n}", source_file=source, outlet=outlet, title=f"t{n}", body="isi",
                layout="test", extractor_version="test",
            )  # fmt: skip
            shape = rng.choice(["undated", "day", "day", "timed", "timed"])
            if shape != "undated":
                day = rng.choice(DAYS)
                article.published_date = day
                if shape == "timed":
                    hour = rng.choice((1, 1, 9))
                    article.published_at = datetime(day.year, day.month, day.day, hour, tzinfo=UTC)
            named = rng.sample(people, rng.randint(0, 3))
            article.people = [ArticlePerson(person=p, name_used=f"{p.name} in {n}") for p in named]
            starts = rng.sample(range(0, 500, 10), rng.randint(0, 6))
            article.quotes = [
                Quote(
                    speaker=rng.choice([*people, None]),
                    text=f"q{n}-{s}",
                    text_key=f"{n}-{s}",
                    kind=rng.choice(["direct", "partial", "indirect"]),
                    paragraph=0,
                    start_char=s,
                    end_char=s + 5,
                )  # fmt: skip
                for s in starts
            ]
            session.add(article)
        session.flush()
        return {"jokowi": [widodo.id, jokowi.id], "prabowo": [other.id]}


def _ordered(items: list[dict[str, Any]], *, newest: bool) -> list[dict[str, Any]]:
    """Sort by day, then instant (None last either way), then article id, position, person, quote."""
    items = sorted(items, key=lambda r: (r["position"], r["person_id"], r["quote_id"]))
    items.sort(key=lambda r: r["article_id"], reverse=newest)
    for field in ("at", "day"):
        if newest:
            items.sort(key=lambda r: (r[field] is not None, r[field]), reverse=True)
        else:
            items.sort(key=lambda r: (r[field] is None, r[field]))
    return items


def _reference(
    session: Session, ids: list[int], kinds: tuple[str, ...], since: date | None
) -> list[dict[str, Any]]:
    sql = f"""SELECT a.published_date, a.published_at, a.id, q.start_char, q.speaker_id, q.id, q.kind, q.text
        FROM quotes q JOIN articles a ON a.id = q.article_id WHERE q.speaker_id IN ({",".join(map(str, ids))})
        UNION ALL
        SELECT a.published_date, a.published_at, a.id, -1, m.person_id, 0, 'mention', m.name_used
        FROM article_people m JOIN articles a ON a.id = m.article_id
        WHERE m.person_id IN ({",".join(map(str, ids))})"""
    names = ("day", "at", "article_id", "position", "person_id", "quote_id", "kind", "text")
    found = [dict(zip(names, r, strict=True)) for r in session.execute(text(sql))]
    for r in found:
        r["day"] = None if r["day"] is None else str(r["day"])[:10]
        r["at"] = None if r["at"] is None else str(r["at"])[:19]
    return [r for r in found if r["kind"] in kinds and (since is None or (r["day"] or "") >= str(since))]


@pytest.mark.parametrize("seed", [6, 7])
def test_speaker_quotes_and_timeline_come_in_reference_order(engine: Engine, seed: int) -> None:
    ids = _archive(engine, seed)
    assert_events_follow(engine)
    kinds = {
        "quoted": ("direct", "partial"),
        "all": ("direct", "partial", "indirect"),
        "indirect": ("indirect",),
    }
    with Session(engine) as session:
        for name, person_ids in ids.items():
            for kind, since in [
                ("quoted", None),
                ("all", None),
                ("indirect", None),
                ("all", date(2024, 3, 2)),
            ]:
                expected = _ordered(_reference(session, person_ids, kinds[kind], since), newest=True)
                assert len(expected) > 3
                for limit in (1, 2, 3, 5, 8, 13, 100):
                    got = run_query(session, "quotes", speaker=name, kind=kind, since=since, limit=limit).rows
                    assert [r["quote_id"] for r in got] == [r["quote_id"] for r in expected[:limit]], (
                        kind,
                        limit,
                    )
            everything = ("direct", "partial", "indirect", "mention")
            for since in (None, date(2024, 3, 2)):
                expected = _ordered(_reference(session, person_ids, everything, since), newest=False)
                for limit in (1, 2, 4, 7, 100):
                    got = run_query(session, "timeline", person=name, since=since, limit=limit).rows
                    assert [(r["article_id"], r["detail"]) for r in got] == [
                        (r["article_id"], r["text"]) for r in expected[:limit]
                    ], limit
                    events = ["mention" if r["kind"] == "mention" else "quote" for r in expected[:limit]]
                    assert [r["event"] for r in got] == events


def test_undated_come_last_and_a_new_day_moves_the_rows(engine: Engine) -> None:
    ids = _archive(engine)
    with Session(engine) as session:
        rows = run_query(session, "timeline", person="Jokowi", limit=1000).rows
        assert rows[-1]["published"] is None and rows[0]["published"] is not None
        last = rows[-1]["article_id"]
        session.get_one(Article, last).published_date = date(2020, 1, 1)  # a revision gives it a day
        session.commit()
        first = run_query(session, "timeline", person="Jokowi", limit=1).rows
        assert first[0]["article_id"] == last and first[0]["published"] == "2020-01-01"
    assert ids["jokowi"]
    assert_events_follow(engine)
