"""SQLite bulk mode: the full-text index rebuilt once at the end instead of by triggers row by row;
the same index as a normal import, and whole again after an import killed midway."""

from __future__ import annotations

import gzip
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from import_support import FILES, corpus
from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

import newsdb
from newsdb.db import make_engine, upgrade
from newsdb.importer.discover import estimate_inputs, find_sources
from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.importer.reprocess import reprocess
from newsdb.store.fts import (
    BULK_MIN_INPUTS,
    DEFAULT_HASHSIZE,
    REBUILD_HASHSIZE,
    TRIGGERS,
    missing_triggers,
    wants_bulk,
)

FIXTURES = Path(__file__).parent / "fixtures"
#: The children import newsdb from where this run does: the source tree, or the installed build.
NEWSDB_HOME = Path(newsdb.__file__).parent.parent
KILLER = """
import os, signal, sys
from newsdb.db import make_engine
from newsdb.importer.pipeline import ImportOptions, import_paths

def hook(name, number):
    if name == "after-commit" and number == 2:
        os.kill(os.getpid(), signal.SIGKILL)

options = ImportOptions(jobs=1, batch_size=2, bulk=True, hook=hook)
import_paths(make_engine(sys.argv[1]), [sys.argv[2]], options)
"""
sqlite_only = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)


def fts_state(engine: Engine) -> dict[str, object]:
    """What full-text search sees: the rows indexed, and the hits for a word of every title and quote."""
    with engine.connect() as conn:
        state: dict[str, object] = {
            "articles": conn.execute(text("SELECT id FROM articles_fts_docsize ORDER BY id")).scalars().all(),
            "quotes": conn.execute(text("SELECT id FROM quotes_fts_docsize ORDER BY id")).scalars().all(),
        }
        for table, column in (("articles", "title"), ("quotes", "text")):
            for rowid, value in conn.execute(text(f"SELECT id, {column} FROM {table} ORDER BY id")).all():
                words = re.findall(r"\w{5,}", value or "")
                if words:
                    query = text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :w ORDER BY rowid")
                    hits = conn.execute(query, {"w": f'"{words[0]}"'}).scalars().all()
                    assert rowid in hits, (table, rowid, words[0])
                    state[f"{table}:{words[0]}"] = hits
    return state


def table_ids(engine: Engine, table: str) -> list[int]:
    with engine.connect() as conn:
        return conn.execute(text(f"SELECT id FROM {table} ORDER BY id")).scalars().all()


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """The full-text state of a normal import (triggers all along) of the same folder."""
    tmp_path = tmp_path_factory.mktemp("reference")
    engine = make_engine(URL.create("sqlite", database=str(tmp_path / "ref.sqlite")))
    upgrade(engine)
    assert (
        import_paths(engine, [corpus(tmp_path)], ImportOptions(jobs=1, batch_size=2, bulk=False)).imported
        == FILES
    )
    state = fts_state(engine)
    engine.dispose()
    return state


@sqlite_only
def test_the_trigger_statements_are_the_migrated_ones(engine: Engine) -> None:
    with engine.connect() as conn:
        migrated = dict(
            conn.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")).all()
        )
    for name, statement in TRIGGERS.items():
        assert " ".join(migrated[name].split()) == " ".join(statement.split())


@sqlite_only
def test_a_bulk_import_gives_the_index_a_normal_one_does(engine: Engine, tmp_path: Path, reference) -> None:
    summary = import_paths(engine, [corpus(tmp_path)], ImportOptions(jobs=1, batch_size=2, bulk=True))
    assert summary.imported == FILES
    with engine.connect() as conn:
        assert missing_triggers(conn) == []
    assert fts_state(engine) == reference
    assert fts_state(engine)["articles"] == table_ids(engine, "articles")
    assert fts_state(engine)["quotes"] == table_ids(engine, "quotes")


@sqlite_only
@pytest.mark.parametrize("next_run", ["import", "reprocess"])
def test_an_import_killed_in_bulk_mode_is_repaired_by_the_next_run(
    db_url: URL, engine: Engine, tmp_path: Path, reference, next_run: str
) -> None:
    folder = corpus(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(NEWSDB_HOME)}
    url = db_url.render_as_string(hide_password=False)
    killed = subprocess.run([sys.executable, "-c", KILLER, url, str(folder)], env=env, capture_output=True)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    with engine.connect() as conn:
        assert sorted(missing_triggers(conn)) == sorted(TRIGGERS)  # killed with the triggers dropped
    assert len(table_ids(engine, "articles")) == 4
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM articles_fts_docsize")).scalar_one() == 0

    if next_run == "import":
        summary = import_paths(engine, [folder], ImportOptions(jobs=1, batch_size=2, bulk=False))
        assert (summary.imported, summary.unchanged) == (FILES - 4, 4)
        assert fts_state(engine) == reference
    else:
        reprocess(engine, jobs=1)
    with engine.connect() as conn:
        assert missing_triggers(conn) == []
    state = fts_state(engine)
    assert state["articles"] == table_ids(engine, "articles")
    assert state["quotes"] == table_ids(engine, "quotes")


def test_bulk_mode_is_chosen_for_large_imports_on_sqlite_only(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "bulk.jsonl.gz"
    record = json.dumps({"url": "https://x.test/1", "text": "Isi berita. " * 200})
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=0) as out:
        for _ in range(500):
            out.write(record + "\n")
    sources, _ = find_sources([path])
    assert estimate_inputs(sources) >= BULK_MIN_INPUTS  # 1.2 MB gzipped (stored, not compressed)
    with engine.connect() as conn:
        assert wants_bulk(conn, BULK_MIN_INPUTS) is (engine.dialect.name == "sqlite")
        assert wants_bulk(conn, BULK_MIN_INPUTS - 1) is False
    summary = import_paths(engine, [FIXTURES / "seeds"], ImportOptions(jobs=1, bulk=True))
    assert summary.imported == 2  # on PostgreSQL bulk mode is a no-op
    with engine.connect() as conn:
        assert missing_triggers(conn) == []
    with engine.connect() as conn:
        assert wants_bulk(conn, BULK_MIN_INPUTS) is (engine.dialect.name == "sqlite")
        assert wants_bulk(conn, 1) is False


@sqlite_only
def test_a_dry_run_leaves_an_interrupted_index_as_it_is(db_url: URL, engine: Engine, tmp_path: Path) -> None:
    """A dry run writes nothing, not even the repair a real import starts with."""
    from newsdb.store.fts import suspend_fts

    folder = corpus(tmp_path)
    import_paths(engine, [folder], ImportOptions(jobs=1, bulk=False))
    with engine.connect() as conn:
        suspend_fts(conn)
    import_paths(engine, [folder], ImportOptions(jobs=1, dry_run=True))
    with engine.connect() as conn:
        assert sorted(missing_triggers(conn)) == sorted(TRIGGERS)
    import_paths(engine, [folder], ImportOptions(jobs=1))
    with engine.connect() as conn:
        assert missing_triggers(conn) == []


@sqlite_only
def test_the_rebuild_s_larger_buffer_is_set_back_and_the_index_checks(engine: Engine, tmp_path: Path) -> None:
    """repair_fts rebuilds with FTS5's pending-data buffer raised to REBUILD_HASHSIZE, then sets it back
    to the default for the triggers' writes; FTS5's own check finds the index equal to its tables."""
    import_paths(engine, [corpus(tmp_path)], ImportOptions(jobs=1, batch_size=2, bulk=True))
    with engine.begin() as conn:
        for table in ("articles", "quotes"):
            config = dict(conn.execute(text(f"SELECT k, v FROM {table}_fts_config")).all())
            assert config["hashsize"] == DEFAULT_HASHSIZE < REBUILD_HASHSIZE
            conn.execute(text(f"INSERT INTO {table}_fts({table}_fts, rank) VALUES ('integrity-check', 1)"))
