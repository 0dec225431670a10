"""What the canned queries share: finding people by any of their names, date and outlet filters."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, String, and_, cast, func, or_, select, true
from sqlalchemy.orm import Session

from newsdb.errors import QueryError
from newsdb.models import Article, Outlet, Person, PersonAlias
from newsdb.store.rows import name_key

MAX_LIMIT = 100_000


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def person_ids(session: Session, name: str) -> list[int]:
    """The people ``name`` can mean, alias aware.

    First exact matches of the folded name on a person's key or one of their aliases (indexed);
    when there are none, people whose name contains ``name`` as whole words (``Lavrov`` finds
    ``Sergei Lavrov``), matched case-insensitively.
    """
    key = name_key(name)
    if not key:
        raise QueryError("a person's name is needed")
    exact = (
        select(Person.id)
        .where(Person.key == key)
        .union(select(PersonAlias.person_id).where(PersonAlias.key == key))
    )
    ids = sorted(session.scalars(exact))
    if ids:
        return ids
    plain = " ".join(name.split()).lower()
    words = _like_escape(plain)
    lowered = func.lower(Person.name)
    pattern = or_(
        lowered == plain,
        lowered.like(words + " %", escape="\\"),
        lowered.like("% " + words, escape="\\"),
        lowered.like("% " + words + " %", escape="\\"),
    )
    return sorted(session.scalars(select(Person.id).where(pattern)))


def require_person(session: Session, name: str) -> list[int]:
    ids = person_ids(session, name)
    if not ids:
        raise QueryError(f"no person called {name!r} in the archive")
    return ids


def date_filter(since: date | None, until: date | None) -> ColumnElement[bool]:
    """Articles published on or after ``since`` and on or before ``until``: local calendar days.

    ``articles.published_date`` is the day in the article's own offset, known even when the
    source gives no time; articles without a day never match a date range.
    """
    conditions: list[ColumnElement[bool]] = []
    if since is not None:
        conditions.append(Article.published_date >= since)
    if until is not None:
        conditions.append(Article.published_date <= until)
    return and_(true(), *conditions)


def published() -> ColumnElement[str]:
    """What the ``published`` column shows: the ISO instant in its own offset, else the day."""
    return func.coalesce(Article.published_local, cast(Article.published_date, String))


def outlet_filter(session: Session, outlet: str | None) -> ColumnElement[bool]:
    """Articles of the outlet whose name or domain is ``outlet`` (case-insensitive).

    The outlet ids are looked up first, so that the planner sees constants (and can walk the
    ``(outlet_id, published_at)`` index in order). An outlet the archive does not know is refused
    with the names it does know: the list is short, and a typo (``detik`` for ``detikcom``) would
    otherwise look like an outlet without articles.
    """
    if outlet is None:
        return true()
    wanted = outlet.strip().lower()
    found = select(Outlet.id).where(
        or_(func.lower(Outlet.name) == wanted, func.lower(Outlet.domain) == wanted)
    )
    ids = sorted(session.scalars(found))
    if not ids:
        raise QueryError(f"no outlet called {outlet!r} in the archive; {_known_outlets(session)}")
    return Article.outlet_id.in_(ids)


def _known_outlets(session: Session, shown: int = 20) -> str:
    known = session.execute(select(Outlet.name, Outlet.domain).order_by(func.lower(Outlet.name))).all()
    if not known:
        return "it has no outlets yet"
    names = [f"{name} ({domain})" if domain else name for name, domain in known[:shown]]
    more = f" and {len(known) - shown} more" if len(known) > shown else ""
    return "outlets: " + ", ".join(names) + more


def check_limit(limit: int) -> int:
    if not 0 < limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")
    return limit


def newest(c: Any) -> tuple[Any, ...]:
    """Newest first, on columns ``day``, ``at`` and ``article_id`` of ``c``: by day, then instant."""
    return (c.day.desc().nulls_last(), c.at.desc().nulls_last(), c.article_id.desc())


def oldest(c: Any) -> tuple[Any, ...]:
    """Oldest first (undated last), on columns ``day``, ``at`` and ``article_id`` of ``c``."""
    return (c.day.asc().nulls_last(), c.at.asc().nulls_last(), c.article_id.asc())


def day_text(value: date | str | None) -> str | None:
    """A calendar day as ``YYYY-MM-DD``: same text on both engines."""
    if value is None:
        return None
    if isinstance(value, str):  # SQLite aggregates lose the column type
        return value[:10]
    return value.isoformat()[:10]


def rows(result: Any, columns: Sequence[str]) -> list[dict[str, Any]]:
    return [dict(zip(columns, row, strict=True)) for row in result]


def with_filters(stmt: Select[Any], *conditions: ColumnElement[bool]) -> Select[Any]:
    return stmt.where(*conditions)
