"""What ``newsdb import`` tells its user: options that fill gaps, bad sidecar values, inputs that are no
article, a sidecar given on its own, broken JSON Lines (user-acceptance findings)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy.engine import URL
from typer.testing import CliRunner

from newsdb.api import Archive
from newsdb.cli import app
from newsdb.errors import DateParseError
from newsdb.importer.pipeline import ImportOptions

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
WIRE = SEEDS / "000_1ae270d69939fcc4.txt"  # the CITY - wire shape, no outlet, no date
KOMPASTV = SEEDS / "001_f9c5a7052bc8f110.txt"  # Kompas TV's page furniture, dated
KOMPASTV_TITLE = (
    "Juru Bicara Putin Sebut NATO Cuma Alat Konfrontasi, Anggap Keanggotaan Ukraina Mengancam Rusia"
)


def _run(url: URL, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["--db", url.render_as_string(hide_password=False), *args])
    return result.exit_code, result.stdout, result.stderr


def _articles(url: URL) -> dict[str, dict[str, object]]:
    code, out, _ = _run(url, "export", "--format", "jsonl")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    return {Path(str(row["source_path"])).name: row for row in rows}


def _seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(WIRE, folder)
    shutil.copy(KOMPASTV, folder)
    return folder


def test_an_outlet_option_newsdb_has_no_layout_for_fills_in_but_the_text_picks_the_layout(
    db_url: URL, tmp_path: Path
) -> None:
    code, _, _ = _run(db_url, "import", str(_seeds(tmp_path)), "--outlet", "Tempo")
    assert code == 0
    articles = _articles(db_url)
    kompastv = articles[KOMPASTV.name]
    assert kompastv["outlet"] == "Kompas TV" and kompastv["title"] == KOMPASTV_TITLE
    assert str(kompastv["published_at"]).startswith("2022-01-12T22:40")
    assert articles[WIRE.name]["outlet"] == "Tempo"  # the file names no outlet: the option fills it


def test_an_outlet_option_does_not_force_its_layout_on_a_wire_shaped_file(
    db_url: URL, tmp_path: Path
) -> None:
    code, _, _ = _run(db_url, "import", str(_seeds(tmp_path)), "--outlet", "Kompas TV")
    assert code == 0
    wire = _articles(db_url)[WIRE.name]
    assert wire["outlet"] == "Kompas TV" and wire["title"] is None  # no sentence of the story as a title
    assert wire["dateline"] == "JAKARTA"


def test_a_broken_json_line_is_reported_with_its_line_column_and_whole_reason(
    sqlite_url: URL, tmp_path: Path
) -> None:
    good = json.dumps({"text": WIRE.read_text(encoding="utf-8")})
    (tmp_path / "a.jsonl").write_text(good + '\n{"text": "tab\there"}\n', encoding="utf-8")
    code, _, err = _run(sqlite_url, "import", str(tmp_path / "a.jsonl"))
    assert code == 1
    line = next(line for line in err.splitlines() if "a.jsonl:2" in line)
    assert "not JSON at line 2, column 14: Invalid control character (a tab" in line
    assert not line.rstrip().endswith(" at")


def test_a_file_without_a_word_is_refused_like_an_empty_file(db_url: URL, tmp_path: Path) -> None:
    folder = tmp_path / "t"
    folder.mkdir()
    (folder / "a.txt").write_bytes(b"x")
    (folder / "b.txt").write_text("-- 1 2 3 --\n", encoding="utf-8")
    shutil.copy(WIRE, folder)
    code, out, err = _run(db_url, "import", str(folder), "--format", "json")
    summary = json.loads(out)
    assert code == 1 and summary["imported"] == 1 and summary["failed"] == 2
    assert {(Path(e["path"]).name, e["kind"]) for e in summary["errors"]} == {
        ("a.txt", "empty"),
        ("b.txt", "empty"),
    }
    assert "a.txt: empty: no article text: not one word in 'x'" in err
    assert list(_articles(db_url)) == [WIRE.name]


def _side(folder: Path) -> Path:
    """Seeds with a sidecar whose values newsdb cannot use, and a line that is not JSON."""
    folder.mkdir()
    shutil.copy(WIRE, folder)
    shutil.copy(KOMPASTV, folder)
    records = [
        {"file": WIRE.name, "published": "31 Februari 2022", "url": "https://www.tempo.co/a-b-c"},
        {"file": KOMPASTV.name, "outlet": 42},
        {"file": "missing.txt", "outlet": "detik"},
    ]
    lines = [json.dumps(record) for record in records] + ["this is not json"]
    (folder / "INDEX.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_sidecar_values_that_cannot_be_used_are_warnings_per_file_and_value(
    db_url: URL, tmp_path: Path
) -> None:
    code, out, err = _run(db_url, "import", str(_side(tmp_path / "side")), "--format", "json")
    summary = json.loads(out)
    assert code == 1 and summary["imported"] == 2 and summary["failed"] == 1  # the line that is not JSON
    warnings = {(Path(w["path"]).name, w["message"]) for w in summary["warnings"]}
    assert warnings == {
        ("INDEX.jsonl:1", f"{WIRE.name}: published '31 Februari 2022' is not a date: ignored"),
        ("INDEX.jsonl:2", f"{KOMPASTV.name}: outlet 42 is not text: ignored"),
        ("INDEX.jsonl:3", f"file 'missing.txt' is not in {tmp_path / 'side'}: its metadata is unused"),
    }
    assert err.count("warning: ") == 3 and "outlet 42 is not text" in err
    # the other values of those records, and the other lines, still count
    assert _articles(db_url)[WIRE.name]["url"] == "https://www.tempo.co/a-b-c"


def test_unusable_sidecar_values_alone_leave_the_exit_status_0(sqlite_url: URL, tmp_path: Path) -> None:
    folder = _side(tmp_path / "side")
    index = folder / "INDEX.jsonl"
    index.write_text("\n".join(index.read_text(encoding="utf-8").splitlines()[:3]) + "\n", encoding="utf-8")
    code, _, err = _run(sqlite_url, "import", str(folder))
    assert code == 0 and err.count("warning: ") == 3


def test_a_bad_published_sidecar_value_leaves_room_for_the_option(sqlite_url: URL, tmp_path: Path) -> None:
    code, _, _ = _run(sqlite_url, "import", str(_side(tmp_path / "side")), "--published", "2022-01-10")
    assert code == 1
    assert _articles(sqlite_url)[WIRE.name]["date_text"] == "2022-01-10"  # not '31 Februari 2022'


@pytest.mark.parametrize("value", ["kemarin", "12 Januari", "2022-13-45"])
def test_the_library_refuses_a_published_date_no_input_could_use(
    sqlite_url: URL, tmp_path: Path, value: str
) -> None:
    with pytest.raises(DateParseError, match="is not a date with a year"):
        ImportOptions(published=value)
    shutil.copy(WIRE, tmp_path / "a.txt")
    with Archive(sqlite_url.render_as_string()) as archive, pytest.raises(DateParseError):
        archive.import_paths([tmp_path / "a.txt"], published=value)


def test_a_sidecar_given_on_its_own_imports_the_files_it_names_with_its_metadata(
    db_url: URL, tmp_path: Path
) -> None:
    folder = tmp_path / "side"
    folder.mkdir()
    shutil.copy(WIRE, folder)
    shutil.copy(KOMPASTV, folder)
    (folder / "other.txt").write_text(WIRE.read_text(encoding="utf-8") + "\nTambahan.", encoding="utf-8")
    record = {"file": WIRE.name, "outlet": "Tempo", "url": "https://www.tempo.co/read/a-b-c"}
    (folder / "INDEX.jsonl").write_text(
        json.dumps(record) + "\n" + json.dumps({"file": KOMPASTV.name}) + "\n", encoding="utf-8"
    )
    code, out, _ = _run(db_url, "import", str(folder / "INDEX.jsonl"), "--format", "json")
    assert code == 0 and json.loads(out)["imported"] == 2
    articles = _articles(db_url)
    assert sorted(articles) == sorted(
        [WIRE.name, KOMPASTV.name]
    )  # not other.txt: the sidecar does not name it
    assert articles[WIRE.name]["url"] == record["url"] and articles[WIRE.name]["outlet"] == "Tempo"
    # the folder and its sidecar both given: each file once
    code, out, _ = _run(db_url, "import", str(folder / "INDEX.jsonl"), str(folder), "--format", "json")
    summary = json.loads(out)
    assert code == 0 and summary["seen"] == 3 and summary["unchanged"] == 2 and summary["imported"] == 1


def test_an_old_archive_is_refused_with_the_upgrade_command_for_that_archive(tmp_path: Path) -> None:
    path = tmp_path / "my archive.sqlite"
    url = URL.create("sqlite", database=str(path))
    assert _run(url, "db", "upgrade")[0] == 0 and _run(url, "db", "downgrade", "--", "-1")[0] == 0
    shutil.copy(WIRE, tmp_path / "a.txt")
    code, _, err = _run(url, "import", str(tmp_path / "a.txt"))
    assert code == 2 and f"(`newsdb --db '{path}' db upgrade`)" in " ".join(err.split())


def test_a_dry_run_into_a_new_archive_leaves_no_file(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    code, out, _ = _run(
        URL.create("sqlite", database=str(path)), "import", str(_seeds(tmp_path)), "--dry-run"
    )
    assert code == 0 and out.startswith("seen 2, imported 2") and "dry run" in out
    assert list(tmp_path.glob("new.sqlite*")) == []
