"""A person's quotes and mentions in date order, read from ``person_events`` and stopped at ``LIMIT``.

``person_events`` (revision 0004, kept by triggers) holds each quote with a speaker and each mention
with its article's day and instant, indexed on ``(person_id, untimed, published_date,
published_at, article_id, position, quote_id, kind)``. The lists order by day, then instant, with
undated articles last and, within a day, articles without an instant after those with one, in
either direction. No single index walk gives that order on both engines (they place NULLs at
opposite ends), so the rows are split into parts that each *are* one ordered range of the index:
per person, with and without an instant, with and without a day. Each part gives its first
``limit`` rows; the first ``limit`` of all the parts together, in the true order, are then the
first ``limit`` rows of the whole list. The work is proportional to ``limit``, not to how often the
person is quoted or named.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Select, Subquery, and_, select, true, union_all

from newsdb.models import PersonEvent

MENTION = "mention"


def _date_range(since: date | None, until: date | None) -> Any:
    column = PersonEvent.published_date
    conditions = []
    if since is not None:
        conditions.append(column >= since)
    if until is not None:
        conditions.append(column <= until)
    return and_(true(), *conditions)


def _part(person_id: int, untimed: bool, dated: bool, newest: bool, where: Any, limit: int) -> Select[Any]:
    """The first ``limit`` rows of one part, in the order its index range already has."""
    e = PersonEvent
    day = e.published_date
    keys = (day, e.published_at, e.article_id) if dated else (e.published_at, e.article_id)
    order = [k.desc() if newest else k.asc() for k in keys]
    part = (
        select(
            e.published_date.label("day"),
            e.published_at.label("at"),
            e.article_id.label("article_id"),
            e.position.label("position"),
            e.quote_id.label("quote_id"),
            e.person_id.label("person_id"),
            e.kind.label("kind"),
        )
        .where(e.person_id == person_id, e.untimed == untimed)
        .where(day.is_not(None) if dated else day.is_(None), where)
        .order_by(*order, e.position, e.quote_id)
        .limit(limit)
        .subquery()
    )
    return select(*part.c)


def person_events(
    person_ids: Sequence[int],
    *,
    newest: bool,
    limit: int,
    kinds: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> Subquery:
    """At most ``limit`` rows per part (columns day, at, article_id, position, quote_id, person_id,
    kind) that hold the first ``limit`` events of ``person_ids`` newest or oldest first.

    ``kinds``: the quote kinds wanted (and ``"mention"`` for mentions); None: everything. The
    caller orders the rows and applies ``limit`` again.
    """
    where = _date_range(since, until)
    if kinds is not None:
        where = and_(where, PersonEvent.kind.in_(sorted(kinds)))
    dated_only = since is not None or until is not None  # an undated article is in no date range
    parts = [
        _part(pid, untimed, dated, newest, where, limit)
        for pid in sorted(set(person_ids))
        for untimed in (False, True)
        for dated in ((True,) if dated_only else (True, False))
    ]
    return union_all(*parts).subquery()
