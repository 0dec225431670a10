"""Two importers at once on one database: both finish without errors and no row is duplicated."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL

import newsdb

FIXTURES = Path(__file__).parent / "fixtures"
#: The children import newsdb from where this run does: the source tree, or the installed build.
NEWSDB_HOME = Path(newsdb.__file__).parent.parent
FILES = 12

# Each importer says it is ready, then waits for the go file, so that both really run at once.
IMPORTER = """
import json, os, sys, time
from pathlib import Path
from newsdb.db import make_engine
from newsdb.importer.pipeline import ImportOptions, import_paths

url, folder, gate, ready = sys.argv[1:5]
engine = make_engine(url)
Path(ready).touch()
while not os.path.exists(gate):
    time.sleep(0.01)
summary = import_paths(engine, [folder], ImportOptions(jobs=1, batch_size=1))
print(json.dumps(summary.as_dict()))
"""


def start(url: str, folder: Path, gate: Path, ready: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(NEWSDB_HOME)}
    args = [sys.executable, "-c", IMPORTER, url, str(folder), str(gate), str(ready)]
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_two_importers_at_once_make_no_duplicates(db_url: URL, engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted((FIXTURES / "corpus").glob("*.txt"))[:FILES]:
        shutil.copy(path, folder)
    shutil.copy(FIXTURES / "seeds" / "000_1ae270d69939fcc4.txt", folder)  # people shared with others
    shutil.copy(FIXTURES / "seeds" / "001_f9c5a7052bc8f110.txt", folder)
    shutil.copy(FIXTURES / "corpus" / "INDEX.jsonl", folder)
    url = db_url.render_as_string(hide_password=False)
    gate = tmp_path / "go"
    procs = [start(url, folder, gate, tmp_path / f"ready{i}") for i in range(2)]
    deadline = time.monotonic() + 60
    while not all((tmp_path / f"ready{i}").exists() for i in range(2)) and time.monotonic() < deadline:
        time.sleep(0.02)
    gate.touch()
    outputs = [p.communicate(timeout=120) for p in procs]
    for proc, (_, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err
    summaries = [json.loads(out) for out, _ in outputs]
    total = FILES + 2
    assert all(s["seen"] == total and s["failed"] == 0 for s in summaries)
    assert sum(s["imported"] + s["updated"] for s in summaries) == total
    assert sum(s["unchanged"] for s in summaries) == total

    with engine.connect() as conn:

        def scalar(sql: str) -> int:
            return int(conn.execute(text(sql)).scalar_one())

        assert scalar("SELECT count(*) FROM articles") == total
        assert scalar("SELECT count(*) FROM source_files") == total
        assert scalar("SELECT count(DISTINCT name) FROM outlets") == scalar("SELECT count(*) FROM outlets")
        assert scalar("SELECT count(*) FROM people WHERE key = 'vladimir putin'") == 1
        assert scalar("SELECT count(*) FROM articles WHERE revision <> 1") == 0
        duplicates = (
            "SELECT count(*) FROM (SELECT article_id FROM quotes GROUP BY article_id, start_char, text"
        )
        assert scalar(duplicates + " HAVING count(*) > 1) AS d") == 0
        assert scalar("SELECT count(*) FROM import_runs WHERE finished_at IS NOT NULL") == 2
