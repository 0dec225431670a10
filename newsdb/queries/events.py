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
from functools import lru_cache
from typing import Any

from sqlalchemy import Date, Select, Subquery, and_, bindparam, select, true, union_all

from newsdb.models import PersonEvent

MENTION = "mention"


def _part(index: int, untimed: bool, dated: bool, newest: bool, where: Any) -> Select[Any]:
    """The first ``:pe_limit`` rows of one part, in the order its index range already has."""
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
        .where(e.person_id == bindparam(f"pe_person_{index}"), e.untimed == untimed)
        .where(day.is_not(None) if dated else day.is_(None), where)
        .order_by(*order, e.position, e.quote_id)
        .limit(bindparam("pe_limit"))
        .subquery()
    )
    return select(*part.c)


@lru_cache(maxsize=64)
def _parts(people: int, newest: bool, kinds: tuple[str, ...] | None, since: bool, until: bool) -> Subquery:
    """The UNION ALL of every part, for ``people`` people; bound parameters ``pe_person_0`` …,
    ``pe_limit``, ``pe_since``, ``pe_until``. Built once per shape: it is many small SELECTs."""
    day = PersonEvent.published_date
    conditions = []
    if since:
        conditions.append(day >= bindparam("pe_since", type_=Date))
    if until:
        conditions.append(day <= bindparam("pe_until", type_=Date))
    if kinds is not None:
        conditions.append(PersonEvent.kind.in_(kinds))
    where = and_(true(), *conditions)
    parts = [
        _part(index, untimed, dated, newest, where)
        for index in range(people)
        for untimed in (False, True)
        for dated in ((True,) if since or until else (True, False))  # no day: in no date range
    ]
    return union_all(*parts).subquery()


def person_events(
    person_ids: Sequence[int],
    *,
    newest: bool,
    limit: int,
    kinds: Sequence[str] | None = None,
    since: date | None = None,
    until: date | None = None,
) -> tuple[Subquery, dict[str, Any]]:
    """Rows (columns day, at, article_id, position, quote_id, person_id, kind) among which are the
    first ``limit`` events of ``person_ids``, newest or oldest first, and the parameters to run
    them with. The caller orders the rows and applies ``limit`` again.

    ``kinds``: the quote kinds wanted (and ``"mention"`` for mentions); None: everything.
    """
    people = sorted(set(person_ids))
    params: dict[str, Any] = {f"pe_person_{i}": pid for i, pid in enumerate(people)}
    params |= {"pe_limit": limit, "pe_since": since, "pe_until": until}
    wanted = None if kinds is None else tuple(sorted(kinds))
    return _parts(len(people), newest, wanted, since is not None, until is not None), params
