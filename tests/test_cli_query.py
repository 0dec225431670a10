"""``newsdb query``, ``show``, ``sql`` and ``export`` through the real command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from queries_support import populate
from sqlalchemy import Engine
from typer.testing import CliRunner

from newsdb.cli import app
from newsdb.queries import list_queries

runner = CliRunner()


def _invoke(engine: Engine, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--db", engine.url.render_as_string(hide_password=False), *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def archive(engine: Engine) -> Engine:
    populate(engine)
    return engine


def test_query_list(archive: Engine) -> None:
    code, out, _ = _invoke(archive, "query", "--list", "--format", "jsonl")
    assert code == 0
    listed = [json.loads(line) for line in out.splitlines()]
    assert [q["name"] for q in listed] == [q.name for q in list_queries()]
    assert all(q["description"] and q["columns"] for q in listed)


def test_quotes_by_speaker_in_every_format(archive: Engine) -> None:
    code, out, _ = _invoke(archive, "query", "quotes", "--speaker", "Lavrov", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert [r["speaker"] for r in rows] == ["Sergei Lavrov"] * 3
    assert rows[0]["published"] == "2022-01-12T22:40:00+07:00"
    code, out, _ = _invoke(archive, "query", "quotes", "--speaker", "Lavrov", "-f", "csv", "--limit", "2")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 2
    code, out, _ = _invoke(archive, "query", "quotes", "--speaker", "Lavrov")
    assert code == 0 and "Lavrov" in out and "quote_" in out  # rich wraps to 80 columns off a terminal


@pytest.mark.parametrize(
    "args",
    [
        ["co-mentions", "Putin"],
        ["timeline", "Lavrov", "--since", "2020-01-01"],
        ["speakers"],
        ["people", "--outlet", "detik"],
        ["articles", "--person", "Putin"],
        ["search", "NATO ancaman"],
        ["quote-search", "Kyiv"],
        ["outlets"],
        ["stats"],
    ],
)
def test_every_query_runs(archive: Engine, args: list[str]) -> None:
    code, out, err = _invoke(archive, "query", *args, "--format", "jsonl")
    assert code == 0, err
    assert [json.loads(line) for line in out.splitlines()]


def test_query_errors_are_one_line(archive: Engine) -> None:
    code, _, err = _invoke(archive, "query", "timeline", "Nobody Atall")
    assert code == 2 and "no person called 'Nobody Atall'" in err
    code, _, err = _invoke(archive, "query", "quotes", "--since", "yesterday")
    assert code == 2 and "since" in err


def test_show_article_and_person(archive: Engine) -> None:
    code, out, _ = _invoke(archive, "show", "article", "1", "--format", "json")
    assert code == 0 and json.loads(out)["id"] == 1
    code, out, _ = _invoke(archive, "show", "article", "1")
    assert code == 0 and "people" in out and "quotes" in out
    code, out, _ = _invoke(archive, "show", "person", "Lavrov", "--format", "json")
    person = json.loads(out)[0]
    assert person["name"] == "Sergei Lavrov" and person["aliases"] == ["Lavrov"]
    assert len(person["quotes"]) == 3 and len(person["articles"]) == 2
    code, out, _ = _invoke(archive, "show", "person", "Putin")
    assert code == 0 and "Vladimir Putin" in out
    code, _, err = _invoke(archive, "show", "article", "999")
    assert code == 2 and "no article" in err


def test_sql_reads_and_refuses_writes(archive: Engine) -> None:
    code, out, _ = _invoke(archive, "sql", "SELECT count(*) AS n FROM quote_view", "-f", "json")
    assert code == 0 and json.loads(out) == [{"n": 6}]
    for statement in ("DELETE FROM quotes", "DROP TABLE articles", "UPDATE people SET name = 'x'"):
        code, _, err = _invoke(archive, "sql", statement)
        assert code == 2 and "refused" in err
    code, out, _ = _invoke(archive, "sql", "SELECT count(*) AS n FROM quotes", "-f", "jsonl")
    assert json.loads(out) == {"n": 6}
    code, _, err = _invoke(archive, "sql", "SELECT quote_id FROM quote_view", "--limit", "2")
    assert code == 0 and "only the first 2 rows" in err


def test_sql_timeout_message(archive: Engine) -> None:
    runaway = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"
    code, _, err = _invoke(archive, "sql", runaway, "--timeout", "0.2")
    assert code == 2 and "time limit" in err


def test_export(archive: Engine, tmp_path: Path) -> None:
    code, out, err = _invoke(archive, "export", "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 3 and "exported 3 articles" in err
    target = tmp_path / "quotes.csv"
    code, _, err = _invoke(archive, "export", "--format", "csv", "--output", str(target))
    assert code == 0 and "exported 6 quotes" in err
    assert len(list(csv.DictReader(target.open(encoding="utf-8")))) == 6
    code, _, _ = _invoke(archive, "export", "--format", "xml")
    assert code != 0
