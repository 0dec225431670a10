"""Canned queries about people: quotes, top speakers, people, co-mentions, a person's timeline."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Annotated

from sqlalchemy import desc, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from newsdb.errors import QueryError
from newsdb.models import Article, ArticlePerson, Outlet, Person, Quote
from newsdb.queries.common import (
    check_limit,
    date_filter,
    day_text,
    newest_first,
    oldest_first,
    outlet_filter,
    person_ids,
    require_person,
    rows,
)
from newsdb.queries.fts import quote_match
from newsdb.queries.registry import Limit, Row, canned

Speaker = Annotated[str | None, "Speaker: full name or any alias (e.g. Lavrov)."]
Words = Annotated[str | None, "Words the quote must contain (full-text)."]
OutletName = Annotated[str | None, "Outlet name or domain."]
Since = Annotated[date | None, "First day, YYYY-MM-DD (UTC)."]
Until = Annotated[date | None, "Last day, YYYY-MM-DD (UTC)."]
Kind = Annotated[
    str | None,
    "direct, partial, indirect, or all. Default: direct and partial (words in quotation marks).",
]
#: What the ``kind`` parameter of ``quotes`` may say, and the quote kinds each value selects.
KINDS = {
    "direct": ("direct",),
    "partial": ("partial",),
    "indirect": ("indirect",),
    "quoted": ("direct", "partial"),
    "all": ("direct", "partial", "indirect"),
}
PersonName = Annotated[str, "Person: full name or any alias."]

QUOTE_COLUMNS = ("quote_id", "published", "outlet", "article_id", "article_title", "speaker", "kind", "text")


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


@canned("quotes", columns=QUOTE_COLUMNS)
def quotes(
    session: Session,
    *,
    speaker: Speaker = None,
    words: Words = None,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    kind: Kind = None,
    limit: Limit = 50,
) -> list[Row]:
    """Quotes, newest first, by speaker (alias aware), words, outlet, dates and kind.

    By default only the words in quotation marks (direct and partial quotes); ``kind=all`` adds
    reported (indirect) speech.
    """
    ids = None
    if speaker is not None:
        ids = person_ids(session, speaker)
        if not ids:
            return []
    return quotes_of(
        session, ids, words=words, outlet=outlet, since=since, until=until, kind=kind or "quoted", limit=limit
    )


def quotes_of(
    session: Session,
    speaker_ids: list[int] | None,
    *,
    words: str | None = None,
    outlet: str | None = None,
    since: date | None = None,
    until: date | None = None,
    kind: str | None = "all",
    limit: int = 50,
) -> list[Row]:
    """Quotes of the people ``speaker_ids`` (None: anyone), newest first; ``kind`` is a :data:`KINDS` key."""
    stmt = (
        select(
            Quote.id,
            Article.published_local,
            Outlet.name,
            Article.id,
            Article.title,
            Person.name,
            Quote.kind,
            Quote.text,
        )
        .join(Article, Article.id == Quote.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Person, Person.id == Quote.speaker_id)
        .where(outlet_filter(outlet), date_filter(since, until))
        .order_by(*newest_first(), Quote.start_char, Quote.id)
        .limit(check_limit(limit))
    )
    if speaker_ids is not None:
        stmt = stmt.where(Quote.speaker_id.in_(speaker_ids))
    if words is not None:
        stmt = stmt.where(quote_match(_dialect(session), words))
    if kind not in KINDS:
        raise QueryError(f"kind must be one of {', '.join(KINDS)}")
    if kind != "all":
        stmt = stmt.where(Quote.kind.in_(KINDS[kind]))
    return rows(session.execute(stmt), QUOTE_COLUMNS)


@canned("speakers", columns=("speaker", "quotes", "articles", "first", "last"))
def speakers(
    session: Session,
    *,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
) -> list[Row]:
    """The most quoted people: quotes, articles quoting them, first and last day quoted."""
    n_quotes = func.count(Quote.id)
    stmt = (
        select(
            Person.name,
            n_quotes,
            func.count(func.distinct(Quote.article_id)),
            func.min(Article.published_at),
            func.max(Article.published_at),
        )
        .join(Quote, Quote.speaker_id == Person.id)
        .join(Article, Article.id == Quote.article_id)
        .where(outlet_filter(outlet), date_filter(since, until))
        .group_by(Person.id, Person.name)
        .order_by(desc(n_quotes), Person.name, Person.id)
        .limit(check_limit(limit))
    )
    found = rows(session.execute(stmt), ("speaker", "quotes", "articles", "first", "last"))
    for row in found:
        row["first"], row["last"] = day_text(row["first"]), day_text(row["last"])
    return found


@canned("people", columns=("person", "articles", "mentions", "quotes", "roles"))
def people(
    session: Session,
    *,
    outlet: OutletName = None,
    since: Since = None,
    until: Until = None,
    limit: Limit = 20,
) -> list[Row]:
    """The most mentioned people: articles, mentions, quotes, and their most frequent roles."""
    n_articles = func.count(ArticlePerson.article_id)
    quoted = (
        select(func.count(Quote.id)).where(Quote.speaker_id == Person.id).correlate(Person).scalar_subquery()
    )
    stmt = (
        select(Person.id, Person.name, n_articles, func.sum(ArticlePerson.mention_count), quoted)
        .join(ArticlePerson, ArticlePerson.person_id == Person.id)
        .join(Article, Article.id == ArticlePerson.article_id)
        .where(outlet_filter(outlet), date_filter(since, until))
        .group_by(Person.id, Person.name)
        .order_by(desc(n_articles), Person.name, Person.id)
        .limit(check_limit(limit))
    )
    found = rows(session.execute(stmt), ("id", "person", "articles", "mentions", "quotes"))
    roles = _top_roles(session, [row["id"] for row in found])
    for row in found:
        row["mentions"] = int(row["mentions"] or 0)
        row["roles"] = roles.get(row.pop("id"), [])
    return found


def _top_roles(session: Session, ids: list[int], keep: int = 3) -> dict[int, list[str]]:
    """The ``keep`` most frequent roles of each person (ties by name)."""
    counts: dict[int, Counter[str]] = {i: Counter() for i in ids}
    if ids:
        stmt = select(ArticlePerson.person_id, ArticlePerson.roles).where(ArticlePerson.person_id.in_(ids))
        for person_id, person_roles in session.execute(stmt):
            counts[person_id].update(person_roles or [])
    return {
        pid: [role for role, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:keep]]
        for pid, c in counts.items()
    }


@canned("co-mentions", columns=("person", "articles"))
def co_mentions(session: Session, person: PersonName, *, limit: Limit = 20) -> list[Row]:
    """The people who appear in the same articles as PERSON, by number of shared articles."""
    ids = require_person(session, person)
    mine, other = aliased(ArticlePerson), aliased(ArticlePerson)
    shared = func.count(func.distinct(other.article_id))
    stmt = (
        select(Person.name, shared)
        .select_from(mine)
        .join(other, other.article_id == mine.article_id)
        .join(Person, Person.id == other.person_id)
        .where(mine.person_id.in_(ids), other.person_id.not_in(ids))
        .group_by(Person.id, Person.name)
        .order_by(desc(shared), Person.name, Person.id)
        .limit(check_limit(limit))
    )
    return rows(session.execute(stmt), ("person", "articles"))


TIMELINE_COLUMNS = ("published", "event", "article_id", "outlet", "article_title", "detail")


@canned("timeline", columns=TIMELINE_COLUMNS)
def timeline(
    session: Session,
    person: PersonName,
    *,
    since: Since = None,
    until: Until = None,
    limit: Limit = 100,
) -> list[Row]:
    """PERSON's dated quotes and mentions, oldest first (undated ones last)."""
    ids = require_person(session, person)
    said = (
        select(
            literal("quote").label("event"),
            Quote.start_char.label("position"),
            Article.id.label("article_id"),
            Quote.text.label("detail"),
        )
        .join(Article, Article.id == Quote.article_id)
        .where(Quote.speaker_id.in_(ids), date_filter(since, until))
    )
    named = (
        select(
            literal("mention"),
            literal(-1),
            Article.id,
            ArticlePerson.name_used,
        )
        .join(Article, Article.id == ArticlePerson.article_id)
        .where(ArticlePerson.person_id.in_(ids), date_filter(since, until))
    )
    events = union_all(said, named).subquery()
    stmt = (
        select(
            Article.published_local, events.c.event, Article.id, Outlet.name, Article.title, events.c.detail
        )
        .join(Article, Article.id == events.c.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .order_by(*oldest_first(), events.c.position)
        .limit(check_limit(limit))
    )
    return rows(session.execute(stmt), TIMELINE_COLUMNS)
