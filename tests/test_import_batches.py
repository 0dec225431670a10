"""Worker chunks and writer batches are sized apart: workers get small chunks, the writer stores
batches of ``batch_size`` whole articles (in input order, never two of one source), and a small input
is prepared in the importing process without starting workers."""

from __future__ import annotations

from pathlib import Path

import pytest
from import_support import FILES, corpus
from sqlalchemy import Engine

from newsdb.importer import pipeline, workers
from newsdb.importer.discover import WorkItem
from newsdb.importer.pipeline import ImportOptions, import_paths, run_batches
from newsdb.importer.workers import ChunkRunner, prepare_chunk
from newsdb.store.records import FailedInput, PreparedArticle


def items(n: int, keys: list[str] | None = None) -> list[WorkItem | FailedInput]:
    text = 'Jakarta - Menteri Budi Santoso mengatakan, "Kami siap."\n\nIsi berita yang cukup panjang.\n'
    out: list[WorkItem | FailedInput] = []
    for i in range(n):
        key = keys[i] if keys else f"https://x.test/{i}"
        data = (text + f"Nomor {i}.\n").encode()
        out.append(WorkItem(path=f"f{i}.txt", source_key=key, data=data, sha256=f"{i:064x}", hints=None))
    return out


def test_batches_regroup_the_workers_chunks_in_input_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "WORK_CHUNK", 2)
    keys = [f"k{i}" for i in range(9)] + ["k6", "k10", "k11"]  # k6 again: a new batch starts there
    batches = list(run_batches(items(12, keys), jobs=2, batch_size=5))
    assert [len(b) for b in batches] == [5, 4, 3]
    paths = [p.path for b in batches for p in b]
    assert paths == [f"f{i}.txt" for i in range(12)]
    for batch in batches:
        sources = [p.source_key for p in batch if isinstance(p, PreparedArticle)]
        assert len(sources) == len(set(sources))


def test_an_input_of_at_most_inline_items_runs_in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*args: object, **kwargs: object) -> None:
        raise AssertionError("a worker pool was started")

    monkeypatch.setattr(workers, "ProcessPoolExecutor", no_pool)
    chunks = [items(3)[:2], items(3)[2:]]
    results = list(ChunkRunner(2, inline=3).run(chunks))
    assert [[p.path for p in r] for r in results] == [["f0.txt", "f1.txt"], ["f2.txt"]]
    assert results == [prepare_chunk(c) for c in chunks]
    with pytest.raises(AssertionError, match="pool"):
        list(ChunkRunner(2, inline=2).run(chunks))


def test_an_import_writes_batches_of_batch_size_from_smaller_chunks(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "WORK_CHUNK", 1)
    sizes: list[int] = []
    original = pipeline.ArticleWriter.store

    def store(self, conn, results, *args, **kwargs):  # type: ignore[no-untyped-def]
        sizes.append(len(results))
        return original(self, conn, results, *args, **kwargs)

    monkeypatch.setattr(pipeline.ArticleWriter, "store", store)
    options = ImportOptions(jobs=2, batch_size=3)
    summary = import_paths(engine, [corpus(tmp_path)], options)
    assert (summary.imported, summary.failed) == (FILES, 0)
    assert sizes == [3, 3, 2]
