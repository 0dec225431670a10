"""``import_paths``: read → layout → extract in worker processes, one batched writer.

The main process finds the inputs and reads their bytes (so that content already in the archive is
skipped before any parsing), worker processes turn bytes into prepared articles
(:mod:`newsdb.importer.workers`), and the main process writes them in batches, one transaction per
batch of whole articles (:class:`newsdb.store.ArticleWriter`). A crash at any point leaves whole
articles only; the next run skips what is stored and completes the rest.

``newsdb.importer.reprocess`` runs the same workers and writer over stored raw text. Both assume a
database at the head revision (the CLI and the API open it with
:func:`newsdb.db.ensure_schema`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from newsdb import __version__
from newsdb.errors import DateParseError
from newsdb.importer.dates import parse_date
from newsdb.importer.discover import Discovery, Source, WorkItem, count_hint, estimate_inputs, find_sources
from newsdb.importer.read import DEFAULT_MAX_BYTES
from newsdb.importer.workers import (
    ChunkRunner,
    Prepared,
    StoredText,
    default_jobs,
    extractor_version,
    fewer_collections,
)
from newsdb.models import Article, ImportRun, SourceFile, table_of, utcnow
from newsdb.store import ArticleWriter, BatchResult, FailedInput
from newsdb.store.fts import repair_fts, suspend_fts, wants_bulk
from newsdb.store.records import duplicate_of
from newsdb.store.writer import Hook

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "ImportOptions",
    "ImportSummary",
    "Progress",
    "import_paths",
]

#: Articles per transaction. Fewer, larger commits: each commit writes the pages it changed to the
#: WAL, and index pages shared by many batches are written once per batch (main process CPU 0.34 ms
#: per article against 0.37 at 250, same wall-clock time: the last batch is written alone).
DEFAULT_BATCH_SIZE = 1000
#: Inputs per task sent to a worker process; the writer regroups their results into batches
#: (:func:`run_batches`). Smaller than a batch, so that the workers start soon and finish close
#: together; not much smaller: chunks of 50 cost the workers ~4 % more CPU than chunks of 250.
WORK_CHUNK = 250
#: Inputs up to this many (and up to one batch) are prepared in this process: starting worker
#: processes costs more than it saves.
INLINE_INPUTS = 250
#: Called after every batch with (inputs done, inputs in all or None when not known in advance).
Progress = Callable[[int, int | None], None]
RUNS = table_of(ImportRun)
BULK_CHECKPOINT_PAGES = 10_000
#: SQLite page cache of the importing connection, in KiB (default 2 MB): the unique indexes on content
#: hash, source key and quote text key take keys in random order, so a larger archive is mostly cache
#: misses without it.
BULK_CACHE_KIB = 65_536


@dataclass(frozen=True, slots=True)
class ImportOptions:
    outlet: str | None = None  # outlet of the inputs whose metadata and text name none
    published: str | None = None  # published date for inputs that do not give one
    dry_run: bool = False  # read, parse, extract and write, then roll every batch back
    jobs: int | None = None  # worker processes; None: one per core
    batch_size: int = DEFAULT_BATCH_SIZE  # articles per transaction
    max_bytes: int = DEFAULT_MAX_BYTES  # larger inputs are refused as oversize
    bulk: bool | None = None  # SQLite: full-text index rebuilt at the end; None: when the input is large
    hook: Hook | None = field(default=None, compare=False)  # test hook: (stage, batch number)

    def __post_init__(self) -> None:
        """Refuse a ``published`` no input could use (it would be dropped from every file in silence)."""
        if self.published is not None:
            found = parse_date(self.published)
            if found is None or found.year is None:
                raise DateParseError(
                    f"published {self.published!r} is not a date with a year"
                    " (e.g. 2022-01-12, '12 Januari 2022' or '12 Januari 2022, 22:40 WIB')"
                )

    def recorded(self, paths: Sequence[str | Path], jobs: int, bulk: bool) -> dict[str, Any]:
        """What the import_runs row keeps of these options: ``bulk`` is the mode used, ``bulk_asked``
        what was asked (None: chosen from the input's size)."""
        return {
            "paths": [str(p) for p in paths],
            "outlet": self.outlet,
            "published": self.published,
            "dry_run": self.dry_run,
            "jobs": jobs,
            "batch_size": self.batch_size,
            "max_bytes": self.max_bytes,
            "bulk": bulk,
            "bulk_asked": self.bulk,
        }


@dataclass(slots=True)
class ImportSummary:
    run_id: int | None = None
    seen: int = 0
    imported: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    errors: list[FailedInput] = field(default_factory=list)
    # inputs whose bytes are another source's article (recorded, not imported)
    duplicate_of: list[FailedInput] = field(default_factory=list)
    # files in the folders given that are not article dumps (not inputs, not seen)
    skipped_paths: list[str] = field(default_factory=list)
    # metadata values (sidecar or record) that could not be used: the inputs were imported without them
    warnings: list[FailedInput] = field(default_factory=list)
    dry_run: bool = False

    @property
    def duplicates(self) -> int:
        return len(self.duplicate_of)

    @property
    def skipped(self) -> int:
        return len(self.skipped_paths)

    def add(self, batch: BatchResult) -> None:
        self.imported += batch.imported
        self.updated += batch.updated
        self.unchanged += batch.unchanged
        self.failed += batch.failed
        self.errors.extend(batch.failures)
        self.duplicate_of.extend(batch.duplicates)

    def counts(self) -> dict[str, int]:
        """The counts ``import_runs`` keeps (seen = imported + unchanged + updated + failed +
        duplicates; the duplicates are the run's ``import_errors`` of kind ``duplicate``)."""
        return {
            "seen": self.seen,
            "imported": self.imported,
            "unchanged": self.unchanged,
            "updated": self.updated,
            "failed": self.failed,
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            **self.counts(),
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "dry_run": self.dry_run,
            "errors": [asdict(e) for e in self.errors],
            "duplicate_of": [asdict(e) for e in self.duplicate_of],
            "skipped_paths": self.skipped_paths,
            "warnings": [asdict(w) for w in self.warnings],
        }


def import_paths(
    engine: Engine,
    paths: Sequence[str | Path],
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportSummary:
    """Import files, folders, globs and JSON Lines inputs; see the module docstring."""
    options = options or ImportOptions()
    if isinstance(paths, str | Path):
        paths = [paths]
    jobs = options.jobs or default_jobs()
    skipped: list[Path] = []
    sources, missing = find_sources(paths, exclude=database_files(engine), skipped=skipped)
    total = count_hint(sources, missing)
    discovery = Discovery(outlet=options.outlet, published=options.published, max_bytes=options.max_bytes)
    summary = ImportSummary(dry_run=options.dry_run, skipped_paths=[str(p) for p in skipped])
    with fewer_collections(), engine.connect() as conn:
        if not options.dry_run:  # a dry run writes nothing, not even this repair
            repair_fts(conn)  # an earlier bulk import killed midway: its full-text index is made whole
        known = _known_hashes(conn)
        bulk = not options.dry_run and _bulk_mode(conn, options.bulk, sources)
        _bulk_settings(conn, on=True)
        if not options.dry_run:
            summary.run_id = _start_run(conn, options.recorded(paths, jobs, bulk))
        writer = ArticleWriter(extractor_version(), options.hook)
        try:
            if bulk:
                suspend_fts(conn)
            fresh = _skip_known(chain(missing, discovery.items(sources)), known, summary)
            for results in run_batches(fresh, jobs, options.batch_size, options.max_bytes):
                summary.seen += len(results)
                summary.add(writer.store(conn, results, summary.run_id, dry_run=options.dry_run))
                if progress is not None:
                    progress(summary.seen, total)
        finally:
            if conn.in_transaction():
                conn.rollback()
            if bulk:
                repair_fts(conn)
            summary.warnings = discovery.warnings
            if summary.run_id is not None:
                _finish_run(conn, summary)
            _bulk_settings(conn, on=False)
    return summary


def _bulk_mode(conn: Connection, wanted: bool | None, sources: Sequence[Source]) -> bool:
    """SQLite bulk mode (see :mod:`newsdb.store.fts`): as asked, else when the input is large."""
    if conn.dialect.name != "sqlite":
        return False
    if wanted is not None:
        return wanted
    try:
        return wants_bulk(conn, estimate_inputs(sources))
    finally:
        conn.rollback()


def _bulk_settings(conn: Connection, *, on: bool) -> None:
    """SQLite: checkpoint the WAL every ~40 MB instead of every 4 MB while importing (commits get much
    cheaper) and a 64 MB page cache, then back to the defaults with the WAL checkpointed.
    Per-connection settings."""
    if conn.dialect.name != "sqlite":
        return
    if conn.in_transaction():
        conn.rollback()
    raw = conn.connection.driver_connection  # outside any transaction: a checkpoint needs that
    assert raw is not None
    raw.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES if on else 1000}")
    raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB if on else 2000}")
    if not on:
        raw.execute("PRAGMA wal_checkpoint(PASSIVE)")


def database_files(engine: Engine) -> list[Path]:
    """The SQLite database file and its journals: never inputs, even inside a folder being imported."""
    name = engine.url.database if engine.dialect.name == "sqlite" else None
    if not name or name == ":memory:":
        return []
    return [Path(name + suffix) for suffix in ("", "-wal", "-shm", "-journal")]


def _known_hashes(conn: Connection) -> dict[str, int]:
    """The content hashes of the articles' current revisions, each with a fingerprint of its source
    (``hash`` of the source key: this process only compares, never stores them). An input with a
    known hash is unchanged when it comes from the same source, else a duplicate.

    (An older revision's content comes back as a revision: the writer decides that.)
    """
    sources, articles = table_of(SourceFile), table_of(Article)
    columns = (sources.c.sha256, articles.c.source_key)
    query = select(*columns).join(articles, articles.c.source_file_id == sources.c.id)
    with conn.begin():
        return {sha: hash(key) for sha, key in conn.execute(query)}


def _skip_known(
    items: Iterable[WorkItem | FailedInput], known: dict[str, int], summary: ImportSummary
) -> Iterator[WorkItem | FailedInput]:
    """Inputs whose content is already stored (or met earlier in this run) are not parsed: from the
    same source they are counted as seen and unchanged here, from another source they go on as a
    ``duplicate`` record for the writer to log. The others are counted when their batch is written
    (so a run that stops early records seen = imported + unchanged + updated + failed + duplicates)."""
    for item in items:
        if isinstance(item, WorkItem):
            source = known.get(item.sha256)
            if source is None:
                known[item.sha256] = hash(item.source_key)
            elif source == hash(item.source_key):
                summary.seen += 1
                summary.unchanged += 1
                continue
            else:
                yield duplicate_of(item.path, item.sha256)
                continue
        yield item


def run_batches(
    items: Iterable[WorkItem | StoredText | FailedInput],
    jobs: int,
    batch_size: int,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[list[Prepared]]:
    """The prepared articles of ``items`` in writer batches of ``batch_size`` (in input order, no two
    with the same ``source_key``), from ``jobs`` worker processes fed chunks of :data:`WORK_CHUNK`.
    Enough chunks are in flight to cover a whole batch and keep the workers busy while it is written."""
    chunk = max(1, min(WORK_CHUNK, batch_size))
    window = -(-batch_size // chunk) + 2 * jobs
    runner = ChunkRunner(jobs, max_bytes, window=window, inline=min(batch_size, INLINE_INPUTS))
    return chunked(chain.from_iterable(runner.run(chunked(items, chunk))), batch_size)


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Batches of ``size`` items; a batch never holds two items with the same ``source_key``."""
    batch: list[Any] = []
    keys: set[str] = set()
    for item in items:
        key = getattr(item, "source_key", None)
        if len(batch) >= size or (key is not None and key in keys):
            yield batch
            batch, keys = [], set()
        batch.append(item)
        if key is not None:
            keys.add(key)
    if batch:
        yield batch


def _start_run(conn: Connection, options: dict[str, Any]) -> int:
    with conn.begin():
        stmt = insert(RUNS).values(options=options, newsdb_version=__version__).returning(RUNS.c.id)
        return int(conn.execute(stmt).scalar_one())


def _finish_run(conn: Connection, summary: ImportSummary) -> None:
    if conn.in_transaction():
        conn.rollback()
    with conn.begin():
        stmt = update(RUNS).where(RUNS.c.id == summary.run_id)
        conn.execute(stmt.values(finished_at=utcnow(), **summary.counts()))
