"""One article or one person in full: what ``newsdb show`` prints."""

from __future__ import annotations

from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsdb.errors import QueryError
from newsdb.export import article_record
from newsdb.models import ArticlePerson, Person, PersonAlias
from newsdb.queries.articles import articles_of
from newsdb.queries.common import require_person
from newsdb.queries.people import quotes_of
from newsdb.store.rows import name_key

#: At most this many people are shown for one name.
MAX_PEOPLE = 5
#: A name that means more people than that is refused, naming at most this many of them.
MAX_NAMED = 20


def article_detail(session: Session, article_id: int) -> dict[str, Any]:
    """The article ``article_id`` as an export-contract dict (metadata, body, people, quotes)."""
    record = article_record(session.connection(), article_id)
    if record is None:
        raise QueryError(f"no article with id {article_id}")
    return record


def person_detail(session: Session, name: str, *, limit: int = 20) -> list[dict[str, Any]]:
    """Each person ``name`` can mean (alias aware): aliases, roles, latest quotes and articles.

    A name that can mean more than :data:`MAX_PEOPLE` people shows the people whose full name it is,
    if any (``Budi``, not the eleven ``Budi …`` it is also an alias of); else it is refused with
    their names, rather than showing the first few of them as if they were all.
    """
    ids = require_person(session, name)
    if len(ids) > MAX_PEOPLE:
        found = session.execute(select(Person.id, Person.key, Person.name).where(Person.id.in_(ids))).all()
        ids = sorted(pid for pid, key, _ in found if key == name_key(name))
        if not ids:
            names = sorted(full for _, _, full in found)
            more = f" and {len(names) - MAX_NAMED} more" if len(names) > MAX_NAMED else ""
            shown = ", ".join(names[:MAX_NAMED]) + more
            raise QueryError(f"{name!r} can mean {len(names)} people ({shown}): give more of the name")
    return [_person(session, pid, limit) for pid in ids]


def _person(session: Session, person_id: int, limit: int) -> dict[str, Any]:
    person = session.get(Person, person_id)
    assert person is not None
    aliases = session.scalars(select(PersonAlias.alias).where(PersonAlias.person_id == person_id))
    roles: Counter[str] = Counter()
    for written in session.scalars(select(ArticlePerson.roles).where(ArticlePerson.person_id == person_id)):
        roles.update(written or [])
    return {
        "id": person.id,
        "name": person.name,
        "aliases": sorted(set(aliases)),
        "roles": [
            {"role": r, "articles": n} for r, n in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0]))
        ],
        "quotes": quotes_of(session, [person_id], limit=limit),
        "articles": articles_of(session, [person_id], limit=limit),
    }
