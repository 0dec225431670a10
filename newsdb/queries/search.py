"""Full-text canned queries: ``search`` over articles, ``quote-search`` over quotes.

Both engines return the same matches; ranks are engine-specific numbers (SQLite: ``-bm25``, title
words weighted 5x; PostgreSQL: ``ts_rank`` with title words in weight class A), higher is better.
Snippets mark the matched words with ``[`` and ``]``.
"""

from __future__ import annotations

from typing import Annotated, Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from newsdb.models import Article, Outlet, Person, Quote
from newsdb.queries import fts
from newsdb.queries.common import check_limit, date_filter, outlet_filter, published, rows
from newsdb.queries.people import OutletName, Since, Until
from newsdb.queries.registry import Limit, Row, canned

SearchText = Annotated[str, "Words to find (every word must occur; no query syntax)."]
SEARCH_COLUMNS = ("article_id", "published", "outlet", "title", "rank", "snippet")
QUOTE_SEARCH_COLUMNS = ("quote_id", "published", "outlet", "article_id", "speaker", "text", "rank")


@canned("search", columns=SEARCH_COLUMNS)
def search(
    session: Session,
    text: SearchText,
    *,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
) -> list[Row]:
    """Full-text search over article titles and bodies, best match first, with a snippet."""
    limit = check_limit(limit)
    filters: tuple[ColumnElement[bool], ...] = ()
    if outlet is not None or since is not None or until is not None:
        filters = (outlet_filter(session, outlet), date_filter(since, until))
    if session.get_bind().dialect.name == "sqlite":
        stmt = _search_sqlite(text, filters, limit)
    else:
        stmt = _search_postgres(text, filters, limit)
    found = rows(session.execute(stmt), SEARCH_COLUMNS)
    for row in found:
        row["rank"] = round(float(row["rank"]), 6)
    return found


def _search_sqlite(text: str, filters: tuple[ColumnElement[bool], ...], limit: int) -> Select[Any]:
    """Rank on the FTS table alone (rowid and ``bm25``), then read articles and make snippets for the
    rows kept only: the snippet needs the match again, joined on ``rowid`` (a LEFT JOIN, so that
    SQLite probes the full-text index once per kept row instead of scanning every match)."""
    bm25 = fts.fts5_rank("articles_fts", 5.0, 1.0).label("bm25")
    rowid = fts.ARTICLES_FTS.c.rowid
    ranked = select(rowid.label("id"), bm25).where(fts.fts5_match("articles_fts", text))
    if filters:
        ranked = ranked.join(Article, Article.id == rowid).where(*filters)
    top = ranked.order_by(bm25, rowid).limit(limit).subquery()
    hit = fts.ARTICLES_FTS
    return (
        select(
            Article.id,
            published(),
            Outlet.name,
            Article.title,
            -top.c.bm25,
            fts.fts5_snippet("articles_fts", 1),
        )
        .select_from(top)
        .join(Article, Article.id == top.c.id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(hit, (hit.c.rowid == top.c.id) & fts.fts5_match("articles_fts", text))
        .order_by(top.c.bm25, top.c.id)
    )


def _search_postgres(text: str, filters: tuple[ColumnElement[bool], ...], limit: int) -> Select[Any]:
    """Rank on ``articles_fts_vectors`` alone (the article id and an inline copy of its vector), with
    the query parsed once, then read articles and make headlines for the rows kept only."""
    vectors = fts.ARTICLES_FTS_VECTORS
    query = fts.ts_query_once(text)
    rank = func.ts_rank(vectors.c.search_vector, query).label("rank")
    ranked = select(vectors.c.article_id.label("id"), rank).where(vectors.c.search_vector.op("@@")(query))
    if filters:
        ranked = ranked.join(Article, Article.id == vectors.c.article_id).where(*filters)
    top = ranked.order_by(rank.desc(), vectors.c.article_id).limit(limit).subquery()
    return (
        select(
            Article.id,
            published(),
            Outlet.name,
            Article.title,
            top.c.rank,
            fts.ts_headline(Article.body, text),
        )
        .select_from(top)
        .join(Article, Article.id == top.c.id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .order_by(top.c.rank.desc(), top.c.id)
    )


@canned("quote-search", columns=QUOTE_SEARCH_COLUMNS)
def quote_search(
    session: Session,
    text: SearchText,
    *,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
) -> list[Row]:
    """Full-text search over quotes, best match first.

    Without outlet or dates, the order and limit are decided on the matches alone (ids and ranks);
    quotes, articles and names are read for the kept rows only.
    """
    limit = check_limit(limit)
    if session.get_bind().dialect.name == "sqlite":
        rank: ColumnElement[float] = -fts.fts5_rank("quotes_fts")
        quote_id: Any = fts.QUOTES_FTS.c.rowid
        match = fts.fts5_match("quotes_fts", text)
    else:
        rank, quote_id = fts.ts_rank("quotes.search_vector", text), Quote.id
        match = fts.ts_match("quotes.search_vector", text)
    ranked = rank.label("rank")
    matches = select(quote_id.label("id"), ranked).where(match)
    if outlet is None and since is None and until is None:
        matches = matches.order_by(ranked.desc(), quote_id).limit(limit)
    base = matches.subquery()
    stmt = (
        select(Quote.id, published(), Outlet.name, Article.id, Person.name, Quote.text, base.c.rank)
        .join(Quote, Quote.id == base.c.id)
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Person, Person.id == Quote.speaker_id)
        .where(outlet_filter(session, outlet), date_filter(since, until))
        .order_by(base.c.rank.desc(), base.c.id)
        .limit(limit)
    )
    found = rows(session.execute(stmt), QUOTE_SEARCH_COLUMNS)
    for row in found:
        row["rank"] = round(float(row["rank"]), 6)
    return found
