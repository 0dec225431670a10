"""Crash safety: an importer killed (SIGKILL) at fixed points leaves whole articles only, and a re-run
completes the work with exact counts. The kill is deterministic: the writer's test hook kills its own
process at a named stage of a given batch."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from import_support import FILES, corpus
from sqlalchemy import Engine, select
from sqlalchemy.engine import URL

import newsdb
from newsdb.db import make_engine, upgrade
from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.models import Article, ArticlePerson, ArticleStaff, ImportRun, Person, Quote, SourceFile

#: The children import newsdb from where this run does: the source tree, or the installed build.
NEWSDB_HOME = Path(newsdb.__file__).parent.parent
BATCH = 2

KILLER = """
import json, os, signal, sys
from newsdb.db import make_engine
from newsdb.importer import pipeline
from newsdb.importer.pipeline import ImportOptions, import_paths

url, folder, stage, batch = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
jobs, pipeline.WORK_CHUNK = int(sys.argv[6]), int(sys.argv[7])

def hook(name, number):
    if name == stage and number == batch:
        os.kill(os.getpid(), signal.SIGKILL)

options = ImportOptions(jobs=jobs, batch_size=int(sys.argv[5]), hook=hook)
summary = import_paths(make_engine(url), [folder], options)
print(json.dumps(summary.counts()))
"""


def run_script(script: str, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(NEWSDB_HOME)}
    return subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, timeout=120
    )


def snapshot(engine: Engine) -> dict[str, tuple[object, ...]]:
    """Per article (by source_key): its revision, source file, quotes, people and staff."""
    with engine.connect() as conn:
        articles = conn.execute(
            select(Article.id, Article.source_key, Article.revision, SourceFile.sha256).join(
                SourceFile, SourceFile.id == Article.source_file_id
            )
        ).all()
        out = {}
        for aid, key, revision, sha in articles:
            quotes = conn.execute(select(Quote.start_char, Quote.text).where(Quote.article_id == aid)).all()
            people = conn.execute(
                select(Person.key).join(ArticlePerson).where(ArticlePerson.article_id == aid)
            ).scalars()
            staff = conn.execute(select(ArticleStaff.name).where(ArticleStaff.article_id == aid)).scalars()
            out[key] = (revision, sha, sorted(map(tuple, quotes)), sorted(people), sorted(staff))
    return out


def count_rows(engine: Engine, model: type) -> int:
    with engine.connect() as conn:
        return len(conn.execute(select(model.id)).all())


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[object, ...]]:
    """The archive an uninterrupted import of the same folder gives (on SQLite)."""
    tmp_path = tmp_path_factory.mktemp("reference")
    folder = corpus(tmp_path)
    engine = make_engine(URL.create("sqlite", database=str(tmp_path / "ref.sqlite")))
    upgrade(engine)
    summary = import_paths(engine, [folder], ImportOptions(jobs=1, batch_size=BATCH))
    assert summary.imported == FILES
    snap = snapshot(engine)
    engine.dispose()
    return snap


KILL_POINTS = [
    ("begin", 1, 0),
    ("sources", 2, BATCH),
    ("people", 2, BATCH),
    ("extraction", 3, 2 * BATCH),
    ("before-commit", 2, BATCH),
    ("after-commit", 3, 3 * BATCH),
]
POSTGRES = pytest.param("postgresql", marks=pytest.mark.postgres)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("stage", "batch", "stored"), KILL_POINTS)
def test_killed_import_on_sqlite(
    db_url: URL, engine: Engine, tmp_path: Path, reference: dict, stage: str, batch: int, stored: int
) -> None:
    check_kill_and_rerun(db_url, engine, tmp_path, reference, stage, batch, stored)


@pytest.mark.parametrize("db_url", [POSTGRES], indirect=True)
@pytest.mark.parametrize(("stage", "batch", "stored"), [KILL_POINTS[2], KILL_POINTS[5]])
def test_killed_import_on_postgresql(
    db_url: URL, engine: Engine, tmp_path: Path, reference: dict, stage: str, batch: int, stored: int
) -> None:
    check_kill_and_rerun(db_url, engine, tmp_path, reference, stage, batch, stored)


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize(("stage", "batch", "stored"), [KILL_POINTS[4], KILL_POINTS[5]])
def test_killed_import_with_workers_on_sqlite(
    db_url: URL, engine: Engine, tmp_path: Path, reference: dict, stage: str, batch: int, stored: int
) -> None:
    """Two worker processes fed chunks of one input, their results regrouped into the writer's
    batches: the same whole articles, and the workers end with the importer."""
    check_kill_and_rerun(db_url, engine, tmp_path, reference, stage, batch, stored, jobs=2, chunk=1)


def check_kill_and_rerun(
    db_url: URL,
    engine: Engine,
    tmp_path: Path,
    reference: dict,
    stage: str,
    batch: int,
    stored: int,
    jobs: int = 1,
    chunk: int = BATCH,
) -> None:
    """Kill at (stage, batch): whole articles only; then a re-run completes with exact counts."""
    folder = corpus(tmp_path / "run")
    url = db_url.render_as_string(hide_password=False)
    args = (stage, str(batch), str(BATCH), str(jobs), str(chunk))
    killed = run_script(KILLER, url, str(folder), *args)
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    with engine.connect() as conn:  # the killed run's row says it never finished
        assert conn.execute(select(ImportRun.finished_at)).scalars().all() == [None]
    partial = snapshot(engine)
    assert len(partial) == stored
    assert count_rows(engine, SourceFile) == stored  # no source file without its article
    for key, state in partial.items():
        assert state == reference[key]  # every stored article is whole

    summary = import_paths(engine, [folder], ImportOptions(jobs=1, batch_size=BATCH))
    assert summary.counts() == {
        "seen": FILES,
        "imported": FILES - stored,
        "unchanged": stored,
        "updated": 0,
        "failed": 0,
    }
    assert snapshot(engine) == reference
    assert count_rows(engine, SourceFile) == FILES
