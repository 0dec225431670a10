"""Canned queries about people: quotes, top speakers, people, co-mentions, a person's timeline."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import Annotated, Any

from sqlalchemy import Select, Subquery, case, desc, func, select
from sqlalchemy.orm import Session, aliased

from newsdb.errors import QueryError
from newsdb.models import Article, ArticlePerson, Outlet, Person, Quote
from newsdb.queries.common import (
    check_limit,
    date_filter,
    day_text,
    newest,
    oldest,
    outlet_filter,
    person_ids,
    published,
    require_person,
    rows,
)
from newsdb.queries.events import MENTION, person_events
from newsdb.queries.fts import quote_match
from newsdb.queries.registry import Limit, Row, canned

Speaker = Annotated[str | None, "Speaker: full name or any alias (e.g. Lavrov)."]
Words = Annotated[str | None, "Words the quote must contain (full-text)."]
OutletName = Annotated[str | None, "Outlet name or domain."]
Since = Annotated[date | None, "First day, YYYY-MM-DD (the article's local day)."]
Until = Annotated[date | None, "Last day, YYYY-MM-DD (the article's local day), inclusive."]
Kind = Annotated[
    str | None,
    "direct, partial, indirect, quoted (direct and partial: words in quotation marks, the default) or all.",
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

    By default only the words in quotation marks (direct and partial quotes); --kind all adds
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
    """Quotes of the people ``speaker_ids`` (None: anyone), newest first; ``kind`` is a :data:`KINDS` key.

    The order and limit are decided on narrow rows (ids and sort keys, from covering indexes);
    texts, titles and names are fetched for the rows kept only. Without outlet or words, a
    speaker's quotes come from ``person_events`` (:mod:`newsdb.queries.events`), walked in order.
    """
    if kind not in KINDS:
        raise QueryError(f"kind must be one of {', '.join(KINDS)}")
    limit = check_limit(limit)
    if speaker_ids is not None and outlet is None and words is None:
        found, params = person_events(
            speaker_ids, newest=True, limit=limit, kinds=KINDS[kind], since=since, until=until
        )
        return _quote_rows(session, _newest(select(found), limit), params)
    keys = (
        select(
            Quote.id.label("quote_id"),
            Article.published_date.label("day"),
            Article.published_at.label("at"),
            Article.id.label("article_id"),
            Quote.start_char.label("position"),
        )
        .join(Article, Article.id == Quote.article_id)
        .where(outlet_filter(session, outlet), date_filter(since, until))
    )
    if speaker_ids is not None:
        keys = keys.where(Quote.speaker_id.in_(speaker_ids))
    if words is not None:
        keys = keys.where(quote_match(_dialect(session), words))
    if kind != "all":
        keys = keys.where(Quote.kind.in_(KINDS[kind]))
    return _quote_rows(session, _newest(keys, limit))


def _quote_rows(session: Session, top: Subquery, params: dict[str, Any] | None = None) -> list[Row]:
    """The full rows of the quotes ``top`` selected (columns of :func:`_newest`), in its order."""
    stmt = (
        select(
            Quote.id,
            published(),
            Outlet.name,
            Article.id,
            Article.title,
            Person.name,
            Quote.kind,
            Quote.text,
        )
        .select_from(top)
        .join(Quote, Quote.id == top.c.quote_id)
        .join(Article, Article.id == top.c.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Person, Person.id == Quote.speaker_id)
        .order_by(*newest(top.c), top.c.position, top.c.quote_id)
    )
    return rows(session.execute(stmt, params), QUOTE_COLUMNS)


def _newest(keys: Select[*tuple[Any, ...]], limit: int) -> Subquery:
    """The ``limit`` newest rows of ``keys`` (columns day, at, article_id, position, quote_id)."""
    c = keys.selected_columns
    order = (*newest(c), c.position, c.quote_id)
    return keys.order_by(*order).limit(limit).subquery()


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
            func.min(Article.published_date),
            func.max(Article.published_date),
        )
        .join(Quote, Quote.speaker_id == Person.id)
        .join(Article, Article.id == Quote.article_id)
        .where(outlet_filter(session, outlet), date_filter(since, until))
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
    stmt = (
        select(Person.id, Person.name, n_articles, func.sum(ArticlePerson.mention_count))
        .join(ArticlePerson, ArticlePerson.person_id == Person.id)
        .group_by(Person.id, Person.name)
        .order_by(desc(n_articles), Person.name, Person.id)
        .limit(check_limit(limit))
    )
    if outlet is not None or since is not None or until is not None:
        stmt = stmt.join(Article, Article.id == ArticlePerson.article_id).where(
            outlet_filter(session, outlet), date_filter(since, until)
        )
    found = rows(session.execute(stmt), ("id", "person", "articles", "mentions"))
    ids = [row["id"] for row in found]
    roles = _top_roles(session, ids)
    counted = (
        select(Quote.speaker_id, func.count()).where(Quote.speaker_id.in_(ids)).group_by(Quote.speaker_id)
    )
    quoted: dict[int, int] = {s: n for s, n in session.execute(counted) if s is not None}
    for row in found:
        row["mentions"] = int(row["mentions"] or 0)
        row["quotes"] = quoted.get(row["id"], 0)
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
    limit = check_limit(limit)
    events, params = person_events(ids, newest=False, limit=limit, since=since, until=until)
    order = (*oldest(events.c), events.c.position, events.c.person_id, events.c.quote_id)
    top = select(events).order_by(*order).limit(limit).subquery()
    is_mention = top.c.kind == MENTION
    mention = aliased(ArticlePerson)
    stmt = (
        select(
            published(),
            case((is_mention, "mention"), else_="quote"),
            Article.id,
            Outlet.name,
            Article.title,
            func.coalesce(Quote.text, mention.name_used),
        )
        .select_from(top)
        .join(Article, Article.id == top.c.article_id)
        .outerjoin(Outlet, Outlet.id == Article.outlet_id)
        .outerjoin(Quote, (Quote.id == top.c.quote_id) & ~is_mention)
        .outerjoin(
            mention,
            (mention.article_id == top.c.article_id) & (mention.person_id == top.c.person_id) & is_mention,
        )
        .order_by(*oldest(top.c), top.c.position, top.c.person_id, top.c.quote_id)
    )
    return rows(session.execute(stmt, params), TIMELINE_COLUMNS)
