"""The batched writer: many prepared articles per transaction, each article whole or not at all.

One call of :meth:`ArticleWriter.store` is one transaction. Inside it every table is written with one
Core ``executemany`` per phase, in a fixed phase order (outlets, source files, articles, people,
aliases, the article's own rows) and with keys sorted inside each phase, so that two importers running
at once on PostgreSQL take row locks in the same order and cannot deadlock. Unique keys with
``ON CONFLICT DO NOTHING`` and a re-select make concurrent imports produce no duplicates.

Content identity is ``source_files.sha256``: a file already stored is *unchanged*. A new content for a
known ``source_key`` is a new revision: its source file row is added (the old one is kept), the
article row points to it, ``revision`` goes up by one and its extracted rows are replaced. Content
changed back to an older revision's bytes makes that source file current again, as a new revision.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import Connection, bindparam, delete, update
from sqlalchemy.exc import DataError, IntegrityError, OperationalError

from newsdb.models import (
    Article,
    ArticlePerson,
    ArticleStaff,
    ImportFailure,
    Quote,
    RelatedHeadline,
    SourceFile,
    WireSource,
    table_of,
    utcnow,
)
from newsdb.store.outlets import OutletCache
from newsdb.store.people import (
    ArchivePeople,
    PersonLink,
    article_people_rows,
    drop_orphans,
    link_people,
    linked_people,
    store_people,
)
from newsdb.store.records import BatchResult, FailedInput, PreparedArticle, duplicate_of
from newsdb.store.rows import (
    article_fields,
    headline_rows,
    learn_name_keys,
    quote_rows,
    source_file_row,
    staff_rows,
    wire_rows,
)
from newsdb.store.sql import chunks, insert_new_rows, insert_rows, select_in

ARTICLES = table_of(Article)
SOURCES = table_of(SourceFile)
FAILURES = table_of(ImportFailure)
CHILD_TABLES = (
    table_of(ArticlePerson),
    table_of(ArticleStaff),
    table_of(Quote),
    table_of(RelatedHeadline),
    table_of(WireSource),
)
#: PostgreSQL: deadlock detected, serialization failure. Keys are written in a fixed order, so neither
#: should happen; if one does, the batch (rolled back whole) is simply run again.
RETRY_STATES = ("40P01", "40001")
RETRIES = 3
#: Test hook: called with (stage, batch number) at fixed points of every batch.
Hook = Callable[[str, int], None]


@dataclass(slots=True)
class Placed:
    """A prepared article with the ids the batch gave it."""

    item: PreparedArticle
    source_file_id: int
    article_id: int = 0
    new: bool = True


class ArticleWriter:
    """Writes batches of prepared articles; keeps per-process caches of outlets and people."""

    def __init__(self, extractor_version: str, hook: Hook | None = None) -> None:
        self.extractor_version = extractor_version
        self.hook = hook
        self.people = ArchivePeople()
        self.outlets = OutletCache()
        self.batches = 0

    def reset(self) -> None:
        """Forget cached ids: needed after a rollback, since they may name rows that are gone."""
        self.people.invalidate()
        self.outlets.invalidate()

    def _stage(self, stage: str) -> None:
        if self.hook is not None:
            self.hook(stage, self.batches)

    def store(
        self,
        conn: Connection,
        items: Sequence[PreparedArticle | FailedInput],
        run_id: int | None,
        *,
        dry_run: bool = False,
        rewrite: bool = False,
    ) -> BatchResult:
        """Write ``items`` in one transaction (rolled back when ``dry_run``).

        ``rewrite`` replaces the extraction of stored articles (``newsdb reprocess``) instead of
        importing. When the batch breaks a constraint, each article is retried in a transaction of its
        own and the ones that still fail are reported as failures of kind ``store``.
        """
        self.batches += 1
        action = self.rewrite if rewrite else self.write
        try:
            return self._transaction(conn, lambda: action(conn, items, run_id), dry_run)
        except (IntegrityError, DataError):
            self.reset()
        result = BatchResult()
        for item in items:
            try:
                result.add(self._transaction(conn, partial(action, conn, [item], run_id), dry_run))
            except (IntegrityError, DataError) as exc:
                self.reset()
                failure = FailedInput(item.path, "store", str(exc.orig or exc).splitlines()[0])
                result.add(self._transaction(conn, partial(self.write, conn, [failure], run_id), dry_run))
        return result

    def _transaction(self, conn: Connection, action: Callable[[], BatchResult], dry: bool) -> BatchResult:
        """One transaction; PostgreSQL deadlocks and serialization failures are retried."""
        for attempt in range(RETRIES):
            try:
                return self._attempt(conn, action, dry)
            except OperationalError as exc:
                if getattr(exc.orig, "sqlstate", None) not in RETRY_STATES or attempt == RETRIES - 1:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(self, conn: Connection, action: Callable[[], BatchResult], dry: bool) -> BatchResult:
        trans = conn.begin()
        try:
            result = action()
            self._stage("before-commit")
        except BaseException:
            trans.rollback()
            self.reset()
            raise
        if dry:
            trans.rollback()
            self.reset()
        else:
            trans.commit()
            self._stage("after-commit")
        return result

    def rewrite(
        self, conn: Connection, items: Sequence[PreparedArticle | FailedInput], run_id: int | None = None
    ) -> BatchResult:
        """Replace the extraction of stored articles (matched by ``source_key``) inside a transaction."""
        result = BatchResult(failures=[i for i in items if isinstance(i, FailedInput)])
        articles = {i.source_key: i for i in items if isinstance(i, PreparedArticle)}
        ids = article_ids(conn, list(articles))
        placed = sorted((Placed(articles[k], 0, aid, False) for k, aid in ids.items()), key=_by_key)
        if placed:
            outlet_ids = self.outlets.ids_for(conn, [p.item for p in placed])
            now = utcnow()
            rows = [
                {**self._fields(p, outlet_ids, source=False), "b_id": p.article_id, "updated_at": now}
                for p in placed
            ]
            conn.execute(update(ARTICLES).where(ARTICLES.c.id == bindparam("b_id")), rows)
            replaced = clear_extraction(conn, [p.article_id for p in placed])
            self.write_extraction(conn, placed)
            drop_orphans(conn, self.people, replaced)
        result.updated = len(placed)
        return result

    def write(
        self, conn: Connection, items: Sequence[PreparedArticle | FailedInput], run_id: int | None
    ) -> BatchResult:
        """Write ``items`` inside the caller's transaction."""
        self._stage("begin")
        refused = [i for i in items if isinstance(i, FailedInput)]
        articles = [i for i in items if isinstance(i, PreparedArticle)]
        placed, duplicates = self._store_sources(conn, articles, run_id) if articles else ([], [])
        result = BatchResult(
            failures=[f for f in refused if not f.is_duplicate],
            duplicates=[f for f in refused if f.is_duplicate] + duplicates,
        )
        if (result.failures or result.duplicates) and run_id is not None:
            rows = [
                {"run_id": run_id, "path": f.path, "kind": f.kind, "message": f.message}
                for f in (*result.failures, *result.duplicates)
            ]
            conn.execute(FAILURES.insert(), rows)
        if not articles:
            return result
        self._stage("sources")
        placed, replaced = self._store_articles(conn, placed)
        result.unchanged = len(articles) - len(placed) - len(duplicates)
        result.imported = sum(p.new for p in placed)
        result.updated = len(placed) - result.imported
        self._stage("articles")
        self.write_extraction(conn, placed)
        if replaced:
            drop_orphans(conn, self.people, replaced)
        self._stage("extraction")
        return result

    def _store_sources(
        self, conn: Connection, articles: list[PreparedArticle], run_id: int | None
    ) -> tuple[list[Placed], list[FailedInput]]:
        """Insert the new contents. A stored sha256 means the input is unchanged, unless it is an older
        revision of the same source (a file changed back): that one is placed again, as a revision.
        Content stored for another source is a duplicate (returned as such, not placed)."""
        first = {a.sha256: a for a in reversed(articles)}
        columns = [SOURCES.c.id, SOURCES.c.sha256, SOURCES.c.source_key]
        stored = {sha: (sid, key) for sid, sha, key in select_in(conn, columns, SOURCES.c.sha256, first)}
        now = utcnow()
        rows = [source_file_row(first[sha], run_id, now) for sha in sorted(first) if sha not in stored]
        inserted = insert_new_rows(conn, SOURCES, rows, "sha256")
        placed: list[Placed] = []
        duplicates: list[FailedInput] = []
        for a in articles:
            owner = stored[a.sha256][1] if a.sha256 in stored else first[a.sha256].source_key
            if owner != a.source_key:
                duplicates.append(duplicate_of(a.path, a.sha256))
            elif first[a.sha256] is not a:
                continue
            elif a.sha256 in inserted:
                placed.append(Placed(a, inserted[a.sha256]))
            elif a.sha256 in stored:
                placed.append(Placed(a, stored[a.sha256][0], new=False))
        return placed, duplicates

    def _store_articles(self, conn: Connection, placed: list[Placed]) -> tuple[list[Placed], set[int]]:
        """Insert new articles, revise known ones (sorted: same lock order in every importer); returns
        the articles written (an older revision placed again that is already current is not) and the
        people the revised articles' old extraction named."""
        current = current_sources(conn, [p.item.source_key for p in placed if not p.new])
        placed = [
            p for p in placed if p.new or current.get(p.item.source_key, p.source_file_id) != p.source_file_id
        ]
        outlet_ids = self.outlets.ids_for(conn, [p.item for p in placed])
        existing = article_ids(conn, [p.item.source_key for p in placed])
        fresh = sorted((p for p in placed if p.item.source_key not in existing), key=_by_key)
        if fresh:
            got = self._insert_articles(conn, fresh, outlet_ids)
            lost = [p.item.source_key for p in fresh if p.item.source_key not in got]
            if lost:  # a concurrent importer inserted them first: ours become revisions
                existing.update(article_ids(conn, lost))
            for p in fresh:
                p.article_id = got.get(p.item.source_key, 0)
        revised = sorted((p for p in placed if p.item.source_key in existing), key=_by_key)
        for p in revised:
            p.article_id, p.new = existing[p.item.source_key], False
        replaced = self._revise(conn, revised, outlet_ids) if revised else set()
        return placed, replaced

    def _insert_articles(
        self, conn: Connection, fresh: list[Placed], outlet_ids: dict[str, int]
    ) -> dict[str, int]:
        now = utcnow()
        rows = [
            {**self._fields(p, outlet_ids), "source_key": p.item.source_key, "revision": 1}
            | {"created_at": now, "updated_at": now}
            for p in fresh
        ]
        return insert_new_rows(conn, ARTICLES, rows, "source_key")

    def _fields(self, p: Placed, outlet_ids: dict[str, int], *, source: bool = True) -> dict[str, Any]:
        outlet_id = outlet_ids.get(self.outlets.name_of(p.item) or "")
        fields = article_fields(p.item.parsed, outlet_id, self.extractor_version, p.item.word_count)
        if source:
            fields["source_file_id"] = p.source_file_id
        return fields

    def _revise(self, conn: Connection, revised: list[Placed], outlet_ids: dict[str, int]) -> set[int]:
        now = utcnow()
        rows = [{**self._fields(p, outlet_ids), "b_id": p.article_id, "updated_at": now} for p in revised]
        stmt = (
            update(ARTICLES)
            .where(ARTICLES.c.id == bindparam("b_id"))
            .values(revision=ARTICLES.c.revision + 1)
        )
        conn.execute(stmt, rows)
        return clear_extraction(conn, [p.article_id for p in revised])

    def write_extraction(self, conn: Connection, placed: Sequence[Placed]) -> None:
        """The rows that extraction decides: people, staff, quotes, related headlines, wire sources."""
        self.people.load(conn)
        links: list[PersonLink] = []
        speakers: dict[int, dict[str, str]] = {}
        for p in placed:
            learn_name_keys(p.item.name_keys)
            found, speakers[p.article_id] = link_people(self.people, p.article_id, p.item)
            links.extend(found)
        ids = store_people(conn, self.people, links)
        self._stage("people")
        tables: dict[str, list[dict[str, Any]]] = {t.name: [] for t in CHILD_TABLES}
        tables["article_people"] = article_people_rows(links, ids)
        for p in placed:
            speaker_ids = {name: ids[key] for name, key in speakers[p.article_id].items()}
            tables["article_staff"] += staff_rows(p.article_id, p.item.parsed)
            tables["quotes"] += quote_rows(p.article_id, p.item, speaker_ids)
            tables["related_headlines"] += headline_rows(p.article_id, p.item.parsed)
            tables["wire_sources"] += wire_rows(p.article_id, p.item.parsed)
        for table in CHILD_TABLES:
            insert_rows(conn, table, tables[table.name])


def _by_key(p: Placed) -> str:
    return p.item.source_key


def article_ids(conn: Connection, keys: list[str]) -> dict[str, int]:
    """source_key → article id for the stored articles among ``keys``."""
    columns = [ARTICLES.c.id, ARTICLES.c.source_key]
    return {key: aid for aid, key in select_in(conn, columns, ARTICLES.c.source_key, keys)}


def current_sources(conn: Connection, keys: list[str]) -> dict[str, int]:
    """source_key → the id of the source file its article points to now."""
    columns = [ARTICLES.c.source_file_id, ARTICLES.c.source_key]
    return {key: sid for sid, key in select_in(conn, columns, ARTICLES.c.source_key, keys)}


def clear_extraction(conn: Connection, article_ids: list[int]) -> set[int]:
    """Delete what extraction wrote for these articles (before writing it again); returns the ids of
    the people it named or quoted, who may be left without any article (see ``drop_orphans``)."""
    people = linked_people(conn, article_ids)
    ordered = sorted(article_ids)
    for table in CHILD_TABLES:
        for part in chunks(ordered):
            conn.execute(delete(table).where(table.c.article_id.in_(part)))
    return people
