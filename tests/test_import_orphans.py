"""An importer killed outright (SIGKILL) leaves no worker processes behind: each worker ends itself
once the importing process is gone (``workers.exit_with_parent``). Before, they waited for work
forever, each holding the task queue's write end itself."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from import_support import corpus
from sqlalchemy import Engine
from sqlalchemy.engine import URL

import newsdb

NEWSDB_HOME = Path(newsdb.__file__).parent.parent
KILLER = """
import multiprocessing, os, signal, sys
from newsdb.db import make_engine
from newsdb.importer.pipeline import ImportOptions, import_paths

def hook(name, number):
    if name == "after-commit":
        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
        os.kill(os.getpid(), signal.SIGKILL)

import_paths(make_engine(sys.argv[1]), [sys.argv[2]], ImportOptions(jobs=2, batch_size=2, hook=hook))
"""
#: Bound on the wait for the workers to notice (a correctness bound, not a speed figure).
GRACE_SECONDS = 30


def alive(pid: int) -> bool:
    """Running (a zombie waiting for its new parent to reap it counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_workers_end_when_the_importer_is_killed(db_url: URL, engine: Engine, tmp_path: Path) -> None:
    url = db_url.render_as_string(hide_password=False)
    env = {**os.environ, "PYTHONPATH": str(NEWSDB_HOME)}
    out = tmp_path / "workers.txt"
    with out.open("w") as stdout:  # not a pipe: a live worker would hold it open
        killed = subprocess.run(
            [sys.executable, "-c", KILLER, url, str(corpus(tmp_path))], stdout=stdout, env=env, timeout=120
        )
    assert killed.returncode == -signal.SIGKILL
    workers = [int(pid) for pid in out.read_text().split()]
    assert len(workers) == 2
    deadline = time.monotonic() + GRACE_SECONDS
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [pid for pid in workers if alive(pid)]
    for pid in left:  # do not leave them behind even when the test fails
        os.kill(pid, signal.SIGTERM)
    assert left == []
