"""Canned queries about articles and outlets: articles, outlets, stats."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from newsdb.models import (
    Article,
    ArticlePerson,
    ImportFailure,
    ImportRun,
    Outlet,
    Person,
    Quote,
    SourceFile,
)
from newsdb.queries.common import (
    check_limit,
    date_filter,
    day_text,
    newest,
    outlet_filter,
    person_ids,
    published,
    rows,
)
from newsdb.queries.people import OutletName, Since, Until
from newsdb.queries.registry import Limit, Row, canned

ARTICLE_COLUMNS = ("article_id", "published", "outlet", "title", "url")


@canned("articles", columns=ARTICLE_COLUMNS)
def articles(
    session: Session,
    *,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    person: Annotated[str | None, "A person of the story: full name or any alias."] = None,
    limit: Limit = 50,
) -> list[Row]:
    """Articles, newest first, by outlet, date range and person."""
    ids = None
    if person is not None:
        ids = person_ids(session, person)
        if not ids:
            return []
    return articles_of(session, ids, outlet=outlet, since=since, until=until, limit=limit)


def articles_of(
    session: Session,
    people_ids: list[int] | None,
    *,
    outlet: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 50,
) -> list[Row]:
    """Articles naming any of ``people_ids`` (None: all), newest first (order decided on ids only)."""
    keys = select(
        Article.id.label("article_id"), Article.published_date.label("day"), Article.published_at.label("at")
    ).where(outlet_filter(session, outlet), date_filter(since, until))
    if people_ids is not None:
        named = select(ArticlePerson.article_id).where(ArticlePerson.person_id.in_(people_ids))
        keys = keys.where(Article.id.in_(named.scalar_subquery()))
    order = newest(keys.selected_columns)
    top = keys.order_by(*order).limit(check_limit(limit)).subquery()
    stmt = (
        select(Article.id, published(), Outlet.name, Article.title, Article.url)
        .select_from(top)
        .join(Article, Article.id == top.c.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .order_by(*newest(top.c))
    )
    return rows(session.execute(stmt), ARTICLE_COLUMNS)


@canned("outlets", columns=("outlet", "articles", "first", "last"))
def outlets(session: Session, *, limit: Limit = 100) -> list[Row]:
    """Each outlet with its number of articles and the first and last day it published."""
    n_articles = func.count(Article.id)
    stmt = (
        select(Outlet.name, n_articles, func.min(Article.published_date), func.max(Article.published_date))
        .select_from(Outlet)
        .outerjoin(Article, Article.outlet_id == Outlet.id)
        .group_by(Outlet.id, Outlet.name)
        .order_by(n_articles.desc(), Outlet.name)
        .limit(check_limit(limit))
    )
    found = rows(session.execute(stmt), ("outlet", "articles", "first", "last"))
    for row in found:
        row["first"], row["last"] = day_text(row["first"]), day_text(row["last"])
    return found


@canned("stats", columns=("metric", "value"))
def stats(session: Session, *, limit: Limit = 100) -> list[Row]:
    """Counts of everything in the archive, and the first and last publication day."""
    counts = {
        "articles": select(func.count()).select_from(Article),
        "articles_without_day": select(func.count()).where(Article.published_date.is_(None)),
        "articles_without_time": select(func.count()).where(Article.published_at.is_(None)),
        "outlets": select(func.count()).select_from(Outlet),
        "people": select(func.count()).select_from(Person),
        "quotes": select(func.count()).select_from(Quote),
        "quotes_with_speaker": select(func.count()).where(Quote.speaker_id.is_not(None)),
        "source_files": select(func.count()).select_from(SourceFile),
        "import_runs": select(func.count()).select_from(ImportRun),
        "import_failures": select(func.count()).select_from(ImportFailure),
    }
    found: list[Row] = [{"metric": k, "value": session.scalar(v) or 0} for k, v in counts.items()]
    first, last = session.execute(
        select(func.min(Article.published_date), func.max(Article.published_date))
    ).one()
    found += [
        {"metric": "first_day", "value": day_text(first)},
        {"metric": "last_day", "value": day_text(last)},
    ]
    return found[: check_limit(limit)]
