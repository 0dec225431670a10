"""Row printing: every format carries every value; tables fall back to records when too narrow."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from newsdb.cli.output import OutputFormat, print_rows

ROWS = [
    {
        "id": 1,
        "speaker": "Sergei Lavrov",
        "published": datetime(2022, 1, 12, 22, 40, tzinfo=timezone(timedelta(hours=7))),
        "text": "Kami menjelaskan hari ini bahwa kemunculan angkatan bersenjata " * 3,
        "roles": ["Menteri", "Diplomat"],
    },
    {"id": 2, "speaker": None, "published": None, "text": "singkat", "roles": []},
]
COLUMNS = ["id", "speaker", "published", "text", "roles"]


def _render(fmt: OutputFormat) -> str:
    out = io.StringIO()
    assert print_rows(ROWS, COLUMNS, fmt, out=out) == 2
    return out.getvalue()


def test_json_and_jsonl_keep_types_and_offsets() -> None:
    items = json.loads(_render(OutputFormat.json))
    lines = [json.loads(line) for line in _render(OutputFormat.jsonl).splitlines()]
    assert items == lines
    assert items[0]["published"] == "2022-01-12T22:40:00+07:00"
    assert items[0]["roles"] == ["Menteri", "Diplomat"]
    assert items[1]["speaker"] is None


def test_csv_has_a_header_and_one_line_per_row() -> None:
    table = list(csv.reader(io.StringIO(_render(OutputFormat.csv))))
    assert table[0] == COLUMNS
    assert table[1][1] == "Sergei Lavrov" and table[1][4] == "Menteri, Diplomat"
    assert table[2][1] == ""


@pytest.mark.parametrize("width", [60, 200])
def test_table_shows_every_value_whatever_the_width(width: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    text = _render(OutputFormat.table)
    squashed = " ".join(text.split())
    for value in ("Sergei Lavrov", "2022-01-12T22:40:00+07:00", "singkat", "Menteri, Diplomat"):
        assert value in squashed
    assert ("row 1" in text) is (width == 60)  # records when a table would be unreadable
