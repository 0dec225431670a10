"""``newsdb export --output``: a file is written whole or not at all; a bad path is one error line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from queries_support import populate
from sqlalchemy import Engine
from typer.testing import CliRunner

import newsdb.export
from newsdb import Archive
from newsdb.cli import app


def _db(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


def test_export_to_a_path_that_cannot_be_written_is_one_error_line(engine: Engine, tmp_path: Path) -> None:
    populate(engine)
    for target in (tmp_path / "no" / "such" / "folder" / "out.jsonl", tmp_path):
        result = CliRunner().invoke(app, ["--db", _db(engine), "export", "--output", str(target)])
        assert result.exit_code == 2, result.output
        assert f"cannot write {target}: " in result.stderr
        assert isinstance(result.exception, SystemExit)


def test_a_failed_export_keeps_the_old_file_and_leaves_no_part(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    populate(engine)
    out = tmp_path / "archive.jsonl"
    out.write_text("the previous export\n")
    real = newsdb.export.iter_articles

    def broken(*args: object, **kwargs: object) -> object:
        for number, article in enumerate(real(*args, **kwargs), 1):  # type: ignore[arg-type]
            if number == 2:
                raise OSError(28, "No space left on device")
            yield article

    monkeypatch.setattr(newsdb.export, "iter_articles", broken)
    result = CliRunner().invoke(app, ["--db", _db(engine), "export", "-o", str(out)])
    assert result.exit_code == 2 and "No space left on device" in result.stderr
    assert out.read_text() == "the previous export\n"
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_export_to_a_file_then_to_a_stream_through_the_api(engine: Engine, tmp_path: Path) -> None:
    populate(engine)
    out = tmp_path / "archive.jsonl"
    with Archive(engine=engine) as archive:
        assert archive.export(out) == 3
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == sorted(
        json.loads(line)["id"] for line in out.read_text().splitlines()
    )
    assert oct(out.stat().st_mode & 0o777) == oct(0o644)


def test_export_selects_by_outlet_and_day(engine: Engine, tmp_path: Path) -> None:
    populate(engine)  # Kompas TV: 2022-01-12 and undated; detik: 2025-02-18
    db = _db(engine)

    def ids(*args: str) -> list[int]:
        result = CliRunner().invoke(app, ["--db", db, "export", *args])
        assert result.exit_code == 0, result.output
        return [json.loads(line)["id"] for line in result.stdout.splitlines()]

    everything = ids()
    assert len(everything) == 3
    assert len(ids("--outlet", "kompas.tv")) == 2
    assert len(ids("--outlet", "Kompas TV", "--since", "2022-01-01", "--until", "2022-12-31")) == 1
    assert len(ids("--since", "2025-02-18")) == 1 and ids("--until", "2025-02-17") == ids(
        "--outlet", "kompas.tv", "--until", "2025-02-17"
    )
    result = CliRunner().invoke(app, ["--db", db, "export", "--outlet", "kompas", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "no outlet called 'kompas'" in result.stderr
    assert not [p for p in tmp_path.iterdir() if p.name.startswith((".x", "x"))]  # nothing written
    with Archive(engine=engine) as archive:
        assert [a["id"] for a in archive.articles(outlet="detik")] == ids("--outlet", "detik")
        out = tmp_path / "detik.csv"
        assert archive.export(out, "csv", outlet="detik.com") == 2  # its two quotes
