"""The same bytes from another source: a duplicate, recorded as provenance, never a second article."""

from __future__ import annotations

import gzip
import json
import shutil
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.engine import URL
from test_store_people import article, count, person, store
from typer.testing import CliRunner

from newsdb.cli import app
from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.models import Article, ImportFailure, ImportRun

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))


def logged(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(select(ImportFailure.path, ImportFailure.kind).order_by(ImportFailure.id)).all()
    return [(Path(p).name, k) for p, k in rows]


def test_a_copy_under_another_path_is_a_duplicate_not_unchanged(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SEEDS[0], tmp_path / "a" / "one.txt")
    shutil.copy(SEEDS[0], tmp_path / "b" / "copy.txt")
    first = import_paths(engine, [tmp_path / "a"], ImportOptions(jobs=1))
    assert (first.imported, first.duplicates) == (1, 0)

    second = import_paths(engine, [tmp_path / "b"], ImportOptions(jobs=1))
    assert second.counts() == {"seen": 1, "imported": 0, "unchanged": 0, "updated": 0, "failed": 0}
    assert second.duplicates == 1
    assert second.duplicate_of[0].path == str(tmp_path / "b" / "copy.txt")
    assert second.duplicate_of[0].kind == "duplicate" and second.errors == []
    assert logged(engine) == [("copy.txt", "duplicate")]  # the second place the content came from
    assert count(engine, "articles") == 1 and count(engine, "source_files") == 1
    with engine.connect() as conn:
        columns = (ImportRun.seen, ImportRun.imported, ImportRun.unchanged, ImportRun.failed)
        run = conn.execute(select(*columns).order_by(ImportRun.id.desc()).limit(1)).one()
    assert tuple(run) == (1, 0, 0, 0)  # seen, and the one duplicate logged in import_errors

    again = import_paths(engine, [tmp_path / "a"], ImportOptions(jobs=1))  # the original: unchanged
    assert (again.unchanged, again.duplicates) == (1, 0)


def test_two_records_with_the_same_text_in_one_run(engine: Engine, tmp_path: Path) -> None:
    text = SEEDS[1].read_text(encoding="utf-8")
    path = tmp_path / "bulk.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        for i in range(3):  # records 1 and 3: same url, same text (unchanged); record 2: another url
            url = "https://www.kompas.tv/internasional/1/x" if i != 1 else "https://www.kompas.tv/lain/2/y"
            out.write(json.dumps({"url": url, "text": text}) + "\n")
    summary = import_paths(engine, [path], ImportOptions(jobs=1))
    assert (summary.seen, summary.imported, summary.unchanged, summary.duplicates) == (3, 1, 1, 1)
    assert summary.duplicate_of[0].path.endswith(":2")
    with engine.connect() as conn:
        assert conn.execute(select(Article.source_key)).scalars().all() == [
            "https://www.kompas.tv/internasional/1/x"
        ]


def test_the_writer_finds_duplicates_the_main_process_does_not_know(engine: Engine) -> None:
    """Content equal to an older revision of another article (or stored by a concurrent importer)."""
    old = article("a", person("Joko Widodo"))
    store(engine, old)
    store(engine, article("a", person("Sri Mulyani")))  # 'a' moves on: its first content is history
    copy = article("b", person("Joko Widodo"))
    copy = type(copy)(**{**{f: getattr(copy, f) for f in copy.__dataclass_fields__}, "sha256": old.sha256})
    result = store(engine, copy, article("c", person("Basuki Hadimuljono")))
    assert (result.imported, result.unchanged, len(result.duplicates)) == (1, 0, 1)
    assert result.duplicates[0].path == "b.txt" and result.failed == 0
    assert count(engine, "articles") == 2


def test_the_command_line_names_duplicates_and_exits_0(db_url: URL, engine: Engine, tmp_path: Path) -> None:
    shutil.copy(SEEDS[0], tmp_path / "one.txt")
    shutil.copy(SEEDS[0], tmp_path / "two.txt")
    url = db_url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", url, "import", str(tmp_path), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "seen 2, imported 1, unchanged 0, updated 0, failed 0, duplicates 1, skipped 0" in result.stdout
    assert f"duplicate: {tmp_path / 'two.txt'}: same content as" in result.stderr
