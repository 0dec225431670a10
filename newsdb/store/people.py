"""People across the archive: one row per person key, aliases accumulated, short names resolved.

Inside one article the extractor already folds ``Lavrov`` into ``Sergei Lavrov``. Here a person the
article names by one word only (``Putin``) is resolved against the whole archive: to the one person
whose aliases carry that key, else (unless the word is a known mononym such as ``Soeharto``) to the
one person whose full key begins or ends with that word; when several people fit (or none), it stays
a person of its own rather than being merged wrongly.

:class:`ArchivePeople` keeps an in-memory index of the archive's person keys and aliases (loaded once,
extended by every batch this process writes). Identity is the person *key*; ids are looked up after
the batch's new people are inserted (``INSERT … ON CONFLICT DO NOTHING``, then re-select, so that a
concurrent importer's rows are reused, never duplicated).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import Connection, delete, exists, select

from newsdb.extract.lexicon import get_lexicon
from newsdb.models import ArticlePerson, Person, PersonAlias, Quote, table_of, utcnow
from newsdb.records import FoundPerson
from newsdb.store.records import PreparedArticle
from newsdb.store.rows import clip, name_key
from newsdb.store.sql import chunks, insert_ignore_rows, select_in

PEOPLE = table_of(Person)
ALIASES = table_of(PersonAlias)
ARTICLE_PEOPLE = table_of(ArticlePerson)
QUOTES = table_of(Quote)


@dataclass(slots=True)
class PersonLink:
    """One person of one article, resolved to an archive person key."""

    article_id: int
    key: str
    name_used: str
    roles: dict[str, None] = field(default_factory=dict)
    aliases: dict[str, None] = field(default_factory=dict)  # other forms written in the article
    forms: dict[str, None] = field(default_factory=dict)  # every form, for person_aliases
    mentions: int = 0


class ArchivePeople:
    """The archive's person keys, alias keys and ids, as far as this process knows them."""

    def __init__(self) -> None:
        self.loaded = False
        self.ids: dict[str, int] = {}
        self.names: dict[str, str] = {}
        self.alias_keys: dict[str, set[str]] = defaultdict(set)  # alias key → person keys
        self.tokens: dict[str, set[str]] = defaultdict(set)  # word → multi-word person keys
        self.stored_aliases: set[tuple[str, str]] = set()  # (person key, alias key) in the database

    def invalidate(self) -> None:
        """Forget everything (after a rollback); the next batch reloads from the database."""
        self.__init__()  # type: ignore[misc]

    def load(self, conn: Connection) -> None:
        if self.loaded:
            return
        for pid, key in conn.execute(select(PEOPLE.c.id, PEOPLE.c.key)):
            self._add_person(key, pid)
        query = select(ALIASES.c.key, PEOPLE.c.key).join(PEOPLE, PEOPLE.c.id == ALIASES.c.person_id)
        for alias_key, person_key in conn.execute(query):
            self._add_alias(person_key, alias_key)
            self.stored_aliases.add((person_key, alias_key))
        self.loaded = True

    def _add_person(self, key: str, pid: int | None = None) -> None:
        if pid is not None:
            self.ids[key] = pid
        words = key.split()
        if len(words) > 1:  # given name or surname: how a short mention names someone
            self.tokens[words[0]].add(key)
            self.tokens[words[-1]].add(key)

    def _add_alias(self, person_key: str, alias_key: str) -> None:
        if alias_key and alias_key != person_key:
            self.alias_keys[alias_key].add(person_key)

    def known(self, key: str) -> bool:
        return key in self.ids or key in self.names

    def resolve_key(self, key: str) -> str:
        """The archive person a one-word key stands for, when exactly one fits; else the key itself.

        First the aliases (another article showed that short form for a full name), then the people
        whose first or last word it is. A known mononym (``Soeharto``, ``Jokowi``) is a name in its own
        right: it resolves through aliases only, never by a word of someone else's name.
        """
        if " " in key:
            return key
        by_alias = self.alias_keys.get(key, set()) - {key}
        if by_alias:
            return next(iter(by_alias)) if len(by_alias) == 1 else key
        if key in _mononyms():
            return key
        by_word = self.tokens.get(key, set()) - {key}
        return next(iter(by_word)) if len(by_word) == 1 else key

    def forget(self, person_keys: set[str], aliases: list[tuple[str, str]]) -> None:
        """Drop people deleted from the archive (with their (person key, alias key) pairs)."""
        for key in person_keys:
            self.ids.pop(key, None)
            self.names.pop(key, None)
            words = key.split()
            if len(words) > 1:
                for word in (words[0], words[-1]):
                    self.tokens[word].discard(key)
        for person_key, alias_key in aliases:
            self.alias_keys[alias_key].discard(person_key)
            self.stored_aliases.discard((person_key, alias_key))

    def note(self, link: PersonLink, found: FoundPerson, forms: list[str]) -> None:
        """Remember a resolved person and the forms it was newly met under, for the rest of the batch."""
        if not self.known(link.key):
            self.names[link.key] = found.name
            self._add_person(link.key)
        for form in forms:
            self._add_alias(link.key, name_key(form))


@cache
def _mononyms() -> frozenset[str]:
    return frozenset(name_key(word) for word in get_lexicon().mononyms)


def _people_of(item: PreparedArticle) -> list[FoundPerson]:
    """The extractor's people, plus any quote speaker it did not list (so every speaker has a row).

    A byline (author, editor, photographer) is never a person of the story, unless it is quoted.
    """
    parsed = item.parsed
    staff = {name_key(n) for n in (*parsed.authors, *parsed.editors, *parsed.photographers)}
    speakers = {q.speaker for q in item.extraction.quotes if q.speaker}
    people = [
        p for p in item.extraction.people if p.name in speakers or (p.key or name_key(p.name)) not in staff
    ]
    names = {p.name for p in people}
    for speaker in sorted(speakers - names):
        people.append(FoundPerson(name=speaker, key=name_key(speaker)))
    return people


def link_people(
    archive: ArchivePeople, article_id: int, item: PreparedArticle
) -> tuple[list[PersonLink], dict[str, str]]:
    """Resolve one article's people to archive keys; returns the links and speaker name → key."""
    links: dict[str, PersonLink] = {}
    name_keys: dict[str, str] = {}
    for found in _people_of(item):
        own_key = (found.key or name_key(found.name))[:255]
        if not own_key:
            continue
        key = archive.resolve_key(own_key)
        link = links.get(key)
        if link is None:
            link = links[key] = PersonLink(article_id, key, found.name[:255])
        for role in found.roles:
            if role:
                link.roles[role] = None
        new = _add_forms(link, (found.name, *found.aliases))
        link.mentions += max(found.mentions, 1)
        name_keys[found.name] = key
        archive.note(link, found, new)
    return list(links.values()), name_keys


def _add_forms(link: PersonLink, forms: tuple[str, ...]) -> list[str]:
    """Add the forms (cut to the column size) to the link's forms and aliases; returns the ones new
    to the link."""
    new = []
    for form in forms:
        if not form:
            continue
        form = form[:255]
        if form not in link.forms:
            link.forms[form] = None
            new.append(form)
        if form != link.name_used:
            link.aliases[form] = None
    return new


def store_people(conn: Connection, archive: ArchivePeople, links: list[PersonLink]) -> dict[str, int]:
    """Insert the batch's new people and aliases (sorted, conflict-safe); returns key → person id."""
    needed = {link.key for link in links}
    new = sorted(k for k in needed if k not in archive.ids)
    if new:
        now = utcnow()
        rows = [{"key": k, "name": clip(archive.names.get(k, k), 255), "created_at": now} for k in new]
        insert_ignore_rows(conn, PEOPLE, rows, ["key"])
        for pid, key in select_in(conn, [PEOPLE.c.id, PEOPLE.c.key], PEOPLE.c.key, new):
            archive.ids[key] = pid
    _store_aliases(conn, archive, links)
    return {k: archive.ids[k] for k in needed}


def _store_aliases(conn: Connection, archive: ArchivePeople, links: list[PersonLink]) -> None:
    pending: dict[tuple[int, str], tuple[str, str]] = {}
    for link in links:
        pid = archive.ids[link.key]
        for alias in link.forms:
            key = clip(name_key(alias), 255) or ""
            if key and key != link.key and (link.key, key) not in archive.stored_aliases:
                pending.setdefault((pid, key), (link.key, alias))
    if pending:
        rows: list[dict[str, Any]] = [
            {"person_id": pid, "key": key, "alias": pending[(pid, key)][1]} for pid, key in sorted(pending)
        ]
        insert_ignore_rows(conn, ALIASES, rows, ["person_id", "key"])
        archive.stored_aliases.update((person_key, key) for (_, key), (person_key, _) in pending.items())


def article_people_rows(links: list[PersonLink], ids: dict[str, int]) -> list[dict[str, Any]]:
    return [
        {
            "article_id": link.article_id,
            "person_id": ids[link.key],
            "name_used": link.name_used,
            "roles": list(link.roles),
            "aliases": list(link.aliases),
            "mention_count": link.mentions,
        }
        for link in links
    ]


def linked_people(conn: Connection, article_ids: list[int]) -> set[int]:
    """The people these articles name or quote (read before their extraction is replaced)."""
    found: set[int] = set()
    for part in chunks(sorted(article_ids)):
        query = select(ARTICLE_PEOPLE.c.person_id).where(ARTICLE_PEOPLE.c.article_id.in_(part))
        found.update(conn.execute(query).scalars())
        query = select(QUOTES.c.speaker_id).where(
            QUOTES.c.article_id.in_(part), QUOTES.c.speaker_id.isnot(None)
        )
        found.update(conn.execute(query).scalars())
    return found


def drop_orphans(conn: Connection, archive: ArchivePeople, candidates: set[int]) -> int:
    """Delete the ``candidates`` no article names or quotes any more (their aliases go with them).

    On PostgreSQL the candidates are first locked (``FOR UPDATE``, in id order): a concurrent importer
    that is linking one of them holds a key-share lock on it, so this waits for its commit, and the
    ``DELETE`` (a new statement, hence a new snapshot) then sees its links and keeps that person.
    A concurrent importer that still has a deleted person's id cached fails its batch on the foreign
    key, reloads its cache and writes the batch's articles again one by one (see ``ArticleWriter.store``).
    """
    ids = sorted(candidates)
    gone: set[str] = set()
    aliases: list[tuple[str, str]] = []
    for part in chunks(ids):
        if conn.dialect.name == "postgresql":
            lock = select(PEOPLE.c.id).where(PEOPLE.c.id.in_(part)).order_by(PEOPLE.c.id).with_for_update()
            conn.execute(lock).all()
        orphan = (
            PEOPLE.c.id.in_(part),
            ~exists().where(ARTICLE_PEOPLE.c.person_id == PEOPLE.c.id),
            ~exists().where(QUOTES.c.speaker_id == PEOPLE.c.id),
        )
        query = (
            select(ALIASES.c.key, PEOPLE.c.key)
            .join(PEOPLE, PEOPLE.c.id == ALIASES.c.person_id)
            .where(*orphan)
        )
        aliases.extend((person_key, alias_key) for alias_key, person_key in conn.execute(query))
        gone.update(conn.execute(delete(PEOPLE).where(*orphan).returning(PEOPLE.c.key)).scalars())
    archive.forget(gone, [pair for pair in aliases if pair[0] in gone])
    return len(gone)
