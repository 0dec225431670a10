"""``reprocess``: layout and extraction again over the stored raw text of the articles.

The same worker processes and batched writer as ``import_paths`` (:mod:`newsdb.importer.pipeline`),
fed from ``source_files.raw_text`` instead of the file system; identity, revision and source files
stay, the extracted rows are replaced.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, func, select

from newsdb.importer.pipeline import DEFAULT_BATCH_SIZE, Progress, run_batches
from newsdb.importer.workers import StoredText, default_jobs, extractor_version, fewer_collections
from newsdb.models import Article, SourceFile, table_of
from newsdb.records import DecodedText, SourceHints
from newsdb.store import ArticleWriter, FailedInput
from newsdb.store.fts import repair_fts

__all__ = ["ReprocessSummary", "reprocess"]


@dataclass(slots=True)
class ReprocessSummary:
    seen: int = 0
    updated: int = 0
    failed: int = 0
    extractor_version: str = ""
    errors: list[FailedInput] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "updated": self.updated,
            "failed": self.failed,
            "extractor_version": self.extractor_version,
            "errors": [asdict(e) for e in self.errors],
        }


def reprocess(
    engine: Engine,
    *,
    all: bool = False,  # noqa: A002 - the CLI flag's name
    jobs: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: Progress | None = None,
) -> ReprocessSummary:
    """Run layout and extraction again over the stored raw text of the articles.

    By default only articles extracted by another extractor version than this newsdb's; with ``all``
    every article. Identity, revision and source files stay; the extracted rows are replaced.
    """
    version = extractor_version()
    summary = ReprocessSummary(extractor_version=version)
    with fewer_collections(), engine.connect() as conn:
        repair_fts(conn)  # an import killed in bulk mode: its full-text index is made whole first
        total = _count_stale(conn, version, all)
        writer = ArticleWriter(version)
        stored = _stored_texts(engine, version, all, batch_size)
        for results in run_batches(stored, jobs or default_jobs(), batch_size):
            batch = writer.store(conn, results, None, rewrite=True)
            summary.seen += len(results)
            summary.updated += batch.updated
            summary.failed += batch.failed
            summary.errors.extend(batch.failures)
            if progress is not None:
                progress(summary.seen, total)
    return summary


def _stale(version: str, everything: bool) -> Any:
    articles = table_of(Article)
    return True if everything else articles.c.extractor_version != version


def _count_stale(conn: Connection, version: str, everything: bool) -> int:
    articles = table_of(Article)
    with conn.begin():
        query = select(func.count()).select_from(articles).where(_stale(version, everything))
        return int(conn.execute(query).scalar_one())


def _stored_texts(engine: Engine, version: str, everything: bool, page: int) -> Iterator[StoredText]:
    """The stored texts of the articles to reprocess, read page by page (by id, so memory stays flat)."""
    articles, sources = table_of(Article), table_of(SourceFile)
    columns = (
        articles.c.id,
        articles.c.source_key,
        sources.c.path,
        sources.c.raw_text,
        sources.c.encoding,
        sources.c.sha256,
        sources.c.size,
        sources.c.hints,
    )
    last = 0
    while True:
        query = (
            select(*columns)
            .join(sources, sources.c.id == articles.c.source_file_id)
            .where(_stale(version, everything), articles.c.id > last)
            .order_by(articles.c.id)
            .limit(page)
        )
        with engine.begin() as conn:
            rows = conn.execute(query).all()
        if not rows:
            return
        for aid, key, path, text, encoding, sha, size, hints in rows:
            decoded = DecodedText(text=text, encoding=encoding, sha256=sha, size=size)
            yield StoredText(path, key, decoded, _hints(hints))
            last = aid


def _hints(stored: dict[str, Any] | None) -> SourceHints | None:
    if not stored:
        return None
    known = set(SourceHints.__dataclass_fields__)
    return SourceHints(**{k: v for k, v in stored.items() if k in known})
