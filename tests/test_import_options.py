"""What an import records of its options, and how often it opens a JSON Lines input."""

from __future__ import annotations

import gzip
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, text

from newsdb.importer import discover
from newsdb.importer.pipeline import ImportOptions, import_paths

SEEDS = sorted((Path(__file__).parent / "fixtures" / "seeds").glob("*.txt"))[:3]


def jsonl_input(tmp_path: Path) -> Path:
    path = tmp_path / "articles.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for n, seed in enumerate(SEEDS):
            out.write(json.dumps({"url": f"https://example.com/{n}", "text": seed.read_text()}) + "\n")
    return path


def recorded(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT options FROM import_runs ORDER BY id")).scalars().all()
    return [r if isinstance(r, dict) else json.loads(r) for r in rows]


def test_the_run_records_the_bulk_mode_used_and_the_one_asked(engine: Engine, tmp_path: Path) -> None:
    sqlite = engine.dialect.name == "sqlite"
    import_paths(engine, SEEDS[:1], ImportOptions(jobs=1))  # small: bulk mode not chosen
    import_paths(engine, SEEDS[1:2], ImportOptions(jobs=1, bulk=True))
    import_paths(engine, SEEDS[2:], ImportOptions(jobs=1, bulk=False))
    modes = [(o["bulk"], o["bulk_asked"]) for o in recorded(engine)]
    assert modes == [(False, None), (sqlite, True), (False, False)]


def test_a_json_lines_input_is_opened_once_to_look_and_once_to_read(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, opened = jsonl_input(tmp_path), Counter[Path]()
    open_text = discover.open_text

    def counted(name: Path) -> Any:
        opened[Path(name)] += 1
        return open_text(name)

    monkeypatch.setattr(discover, "open_text", counted)
    summary = import_paths(engine, [path], ImportOptions(jobs=1))
    assert summary.seen == len(SEEDS)
    assert opened == {path: 2}
