"""``newsdb import`` / ``newsdb reprocess`` from the command line: bad inputs, exit codes, summaries."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.engine import URL
from typer.testing import CliRunner

from newsdb.cli import app
from newsdb.db import current_revision, head_revision, make_engine
from newsdb.models import ImportFailure, Person

FIXTURES = Path(__file__).parent / "fixtures"
SEED = FIXTURES / "seeds" / "000_1ae270d69939fcc4.txt"


def cli_db(url: URL) -> str:
    return url.render_as_string(hide_password=False)


def bad_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Good files in several encodings beside bad ones; returns the folder and bad name → kind."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    seed = SEED.read_text(encoding="utf-8")
    shutil.copy(FIXTURES / "seeds" / "001_f9c5a7052bc8f110.txt", folder / "good_utf8.txt")
    cp1252 = "Berita dari Jakarta\n\nMenteri berkata “kami siap” — kata café owner André.\n" * 3
    (folder / "good_cp1252.txt").write_bytes(cp1252.encode("cp1252"))
    (folder / "good_utf16.txt").write_bytes(seed.replace("Lavrov", "Lavrov ").encode("utf-16"))
    (folder / "good_stray_nul.txt").write_bytes(
        ("Judul\n\n" + "Isi berita yang panjang. " * 20).encode() + b"\x00"
    )
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_bytes(b"  \n\t\n")
    (folder / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "nul_laden.txt").write_bytes(b"\x00\x01\x02\x00" * 300 + b"text")
    return folder, {"empty.txt": "empty", "blank.txt": "empty", "nul_laden.txt": "binary"}


def test_mixed_folder_imports_every_good_file_and_names_every_bad_one(
    db_url: URL, engine: Engine, tmp_path: Path
) -> None:
    folder, bad = bad_folder(tmp_path)
    result = CliRunner().invoke(app, ["--db", cli_db(db_url), "import", str(folder), "--jobs", "1"])
    assert result.exit_code == 1, result.output
    for name, kind in bad.items():
        assert f"{folder / name}: {kind}" in result.stderr
    assert "seen 7, imported 4, unchanged 0, updated 0, failed 3, duplicates 0, skipped 1" in result.stdout
    assert f"skipped: {folder / 'image.png'}: not an article dump" in result.stderr
    with engine.connect() as conn:
        failures = conn.execute(select(ImportFailure.path, ImportFailure.kind)).all()
        encodings = set(conn.execute(text("SELECT encoding FROM source_files")).scalars())
        run = conn.execute(text("SELECT seen, imported, failed, options FROM import_runs")).one()
    assert {(Path(p).name, k) for p, k in failures} == set(bad.items())
    assert {"utf-8", "cp1252"} <= encodings and any(e.startswith("utf-16") for e in encodings)
    assert tuple(run[:3]) == (7, 4, 3)
    options = run[3] if isinstance(run[3], dict) else json.loads(run[3])
    assert options["paths"] == [str(folder)] and options["jobs"] == 1


def test_oversize_input_is_refused(engine: Engine, tmp_path: Path) -> None:
    from newsdb.importer.pipeline import ImportOptions, import_paths

    (tmp_path / "big.txt").write_text("Judul\n\n" + "kata " * 400)
    summary = import_paths(engine, [tmp_path], ImportOptions(jobs=1, max_bytes=1000))
    assert [(Path(e.path).name, e.kind) for e in summary.errors] == [("big.txt", "oversize")]


def test_import_seeds_in_a_fresh_directory_creates_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSDB_DATABASE_URL", raising=False)
    shutil.copytree(FIXTURES / "seeds", tmp_path / "seeds")
    result = CliRunner().invoke(app, ["import", "seeds/"])
    assert result.exit_code == 0, result.output
    assert "imported 2" in result.stdout
    engine = make_engine(f"sqlite:///{tmp_path / 'newsdb.sqlite'}")
    assert current_revision(engine) == head_revision()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM quotes")).scalar_one() > 0
        names = conn.execute(select(Person.name).where(Person.key.like("%putin%"))).scalars().all()
        paths = set(conn.execute(text("SELECT path FROM source_files")).scalars())
    engine.dispose()
    assert names == ["Vladimir Putin"]
    assert paths == {"seeds/000_1ae270d69939fcc4.txt", "seeds/001_f9c5a7052bc8f110.txt"}

    again = CliRunner().invoke(app, ["import", "seeds/", "--format", "json"])
    assert again.exit_code == 0
    summary = json.loads(again.stdout)
    assert (summary["seen"], summary["imported"], summary["unchanged"], summary["failed"]) == (2, 0, 2, 0)


def test_dry_run_and_reprocess_from_the_command_line(sqlite_url: URL, tmp_path: Path) -> None:
    db = ["--db", cli_db(sqlite_url)]
    dry = CliRunner().invoke(app, [*db, "import", str(FIXTURES / "seeds"), "--dry-run", "--format", "json"])
    assert dry.exit_code == 0 and json.loads(dry.stdout)["imported"] == 2
    assert not Path(str(sqlite_url.database)).exists()  # nothing stored: not even a new archive
    assert CliRunner().invoke(app, [*db, "import", str(FIXTURES / "seeds")]).exit_code == 0
    dry = CliRunner().invoke(app, [*db, "import", str(FIXTURES / "seeds"), "--dry-run", "--format", "json"])
    assert dry.exit_code == 0 and json.loads(dry.stdout)["unchanged"] == 2  # an archive that is there is used
    engine = create_engine(sqlite_url)
    stale = CliRunner().invoke(app, [*db, "reprocess", "--format", "json"])
    assert stale.exit_code == 0 and json.loads(stale.stdout)["seen"] == 0
    every = CliRunner().invoke(app, [*db, "reprocess", "--all"])
    assert every.exit_code == 0 and "seen 2, updated 2, failed 0" in every.stdout
    engine.dispose()


def test_help_names_the_options() -> None:
    result = CliRunner().invoke(app, ["import", "--help"], env={"COLUMNS": "200", **os.environ})
    for option in ("--outlet", "--published", "--dry-run", "--jobs", "--bulk", "--format"):
        assert option in result.stdout
