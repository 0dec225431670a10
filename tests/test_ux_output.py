"""What a user reads: data is printed as it is, never read as rich markup."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy.engine import URL
from typer.testing import CliRunner

from newsdb.cli import app
from newsdb.cli.output import OutputFormat, print_rows

#: Full-text snippets mark matches as ``[word]``; quotes and titles hold brackets of their own.
BRACKETED = "menanggulangi [banjir] di [Jakarta] Timur [red]merah[/red] [/]"


@pytest.mark.parametrize("width", [40, 200])  # records when narrow, a table when wide
def test_table_cells_keep_square_brackets(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    out = io.StringIO()
    rows = [{"id": 1, "snippet": BRACKETED, "title": "Judul yang cukup panjang untuk dibungkus " * 2}]
    print_rows(rows, ("id", "snippet", "title"), OutputFormat.table, out=out)
    squashed = " ".join(out.getvalue().replace("│", " ").split())
    for word in ("[banjir]", "[Jakarta]", "[red]merah[/red]", "[/]"):
        assert word in squashed


def test_failed_file_names_keep_square_brackets(sqlite_url: URL, tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    (folder / "[draft] berita.txt").write_bytes(b"")
    db = sqlite_url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "import", str(folder)])
    assert result.exit_code == 1
    assert f"{folder / '[draft] berita.txt'}: empty" in result.stderr


@pytest.mark.parametrize("width", [40, 200])
def test_no_rows_is_said_in_words(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    out = io.StringIO()
    assert print_rows([], ("quote_id", "published", "speaker", "text"), OutputFormat.table, out=out) == 0
    assert out.getvalue() == "no rows\n"
    out = io.StringIO()
    print_rows([], ("paragraph", "speaker", "text"), OutputFormat.table, title="quotes", out=out)
    assert out.getvalue() == "quotes: none\n"


def test_show_offers_only_the_formats_it_prints(sqlite_url: URL) -> None:
    db = sqlite_url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", db, "show", "article", "1", "--format", "csv"])
    assert result.exit_code == 2 and "'csv' is not one of" in " ".join(result.output.split())
