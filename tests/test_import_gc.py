"""An import tunes the garbage collector of its process while it runs, and leaves it as it found it."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.importer.reprocess import reprocess
from newsdb.importer.workers import GC_THRESHOLD, fewer_collections
from newsdb.store.writer import ArticleWriter

FIXTURES = Path(__file__).parent / "fixtures"


def test_import_and_reprocess_raise_the_threshold_and_restore_it(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    before, seen = gc.get_threshold(), []
    store = ArticleWriter.store

    def watched(self: ArticleWriter, *args: Any, **kwargs: Any) -> Any:
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 0))
        return store(self, *args, **kwargs)

    monkeypatch.setattr(ArticleWriter, "store", watched)
    summary = import_paths(engine, sorted((FIXTURES / "seeds").glob("*.txt"))[:3], ImportOptions(jobs=1))
    assert summary.imported >= 2
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert reprocess(engine, all=True, jobs=1).updated == summary.imported
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    assert len(seen) == 2 and all(s == (max(GC_THRESHOLD, before[0]), True) for s in seen)


def test_a_collector_turned_off_or_frozen_by_the_caller_is_left_alone() -> None:
    before = gc.get_threshold()
    gc.disable()
    try:
        with fewer_collections():
            assert gc.get_threshold() == before and not gc.isenabled()
    finally:
        gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with fewer_collections():
            assert gc.get_threshold()[0] == max(GC_THRESHOLD, before[0])
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_the_collector_is_restored_when_the_import_fails(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = gc.get_threshold()

    def broken(self: ArticleWriter, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("writer failed")

    monkeypatch.setattr(ArticleWriter, "store", broken)
    with pytest.raises(RuntimeError, match="writer failed"):
        import_paths(engine, sorted((FIXTURES / "seeds").glob("*.txt"))[:1], ImportOptions(jobs=1))
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
