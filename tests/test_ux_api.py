"""The Python API as a developer calls it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy.engine import URL

from newsdb import Archive

SEEDS = Path(__file__).parent / "fixtures" / "seeds"


@pytest.mark.parametrize("as_path", [False, True])
def test_import_paths_takes_one_path_as_well_as_a_list(
    sqlite_url: URL, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_path: bool
) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)  # a str is one path, never its characters ("s", "e", …, "/": the root)
    with Archive(sqlite_url) as archive:
        summary = archive.import_paths(Path("seeds") if as_path else "seeds/")
        assert (summary.seen, summary.imported, summary.failed) == (2, 2, 0)
        assert archive.import_paths(["seeds/"]).unchanged == 2


def test_import_paths_takes_the_command_lines_options_by_name(sqlite_url: URL, tmp_path: Path) -> None:
    shutil.copy(SEEDS / "000_1ae270d69939fcc4.txt", tmp_path / "a.txt")  # no outlet, no date
    with Archive(sqlite_url) as archive:
        assert archive.import_paths(tmp_path, dry_run=True).imported == 1
        assert archive.query("articles").rows == []
        archive.import_paths([tmp_path], outlet="Kompas TV", published="2022-01-12", jobs=1)
        (row,) = archive.query("articles").rows
        assert (row["outlet"], row["published"]) == ("Kompas TV", "2022-01-12")
        with pytest.raises(TypeError, match="unknown settings: outlett"):
            archive.import_paths([tmp_path], outlett="x")
