"""``newsdb import`` options as a user types them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy.engine import URL
from typer.testing import CliRunner

from newsdb.cli import app

SEED = Path(__file__).parent / "fixtures" / "seeds" / "000_1ae270d69939fcc4.txt"  # gives no date


def _import(url: URL, *args: str) -> tuple[int, str, str]:
    db = url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "import", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("value", ["kemarin", "12 Januari", "2022-13-45"])
def test_a_published_date_no_input_could_use_is_refused_before_anything_is_read(
    sqlite_url: URL, tmp_path: Path, value: str
) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    code, out, err = _import(sqlite_url, str(tmp_path / "a.txt"), "--published", value)
    assert code == 2 and f"--published {value!r} is not a date with a year" in err
    assert out == "" and not Path(str(sqlite_url.database)).exists()


@pytest.mark.parametrize("value", ["2022-01-12", "12 Januari 2022", "12 Januari 2022, 22:40 WIB"])
def test_a_published_date_fills_what_the_file_lacks(sqlite_url: URL, tmp_path: Path, value: str) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    code, out, _ = _import(sqlite_url, str(tmp_path / "a.txt"), "--published", value, "--format", "json")
    assert code == 0 and json.loads(out)["imported"] == 1
    db = sqlite_url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "query", "articles", "--format", "json"])
    assert json.loads(result.stdout)[0]["published"].startswith("2022-01-12")


def test_a_dry_run_says_that_nothing_was_stored(sqlite_url: URL, tmp_path: Path) -> None:
    shutil.copy(SEED, tmp_path / "a.txt")
    code, out, _ = _import(sqlite_url, str(tmp_path), "--dry-run")
    assert code == 0
    assert out.strip().endswith(
        "imported 1, unchanged 0, updated 0, failed 0, duplicates 0, skipped 0 (dry run: nothing was stored)"
    )
    code, out, _ = _import(sqlite_url, str(tmp_path))
    assert code == 0 and "dry run" not in out and "imported 1" in out
