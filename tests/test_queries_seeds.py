"""Queries and export on archives built by the real import pipeline (seeds and the 60-article corpus).

These tests assert what the queries do with imported data that the extraction reliably gives
(the seeds' people and quotes are checked against their gold files elsewhere).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine
from typer.testing import CliRunner

from newsdb import Archive
from newsdb.cli import app
from newsdb.importer.pipeline import ImportOptions

FIXTURES = Path(__file__).parent / "fixtures"
SCORER = Path(__file__).parent / "tools" / "score_extraction.py"


@pytest.fixture
def seeds(engine: Engine) -> Archive:
    archive = Archive(engine=engine)
    summary = archive.import_paths([FIXTURES / "seeds"], ImportOptions(jobs=1))
    assert summary.imported == 2 and summary.failed == 0
    return archive


def test_quotes_by_speaker_lavrov(seeds: Archive) -> None:
    rows = seeds.query("quotes", speaker="Lavrov").rows
    assert len(rows) == 3
    assert {r["speaker"] for r in rows} == {"Sergei Lavrov"}
    assert {r["kind"] for r in rows} == {"direct"}
    assert rows[0]["text"].startswith("Kami menjelaskan kepada rekan-rekan kami")
    assert rows[-1]["text"] == "Tentu saja ini tidak bisa kami terima"
    assert len({r["article_id"] for r in rows}) == 1
    assert all("published" in r for r in rows)  # seed 000 gives no date: None, never invented
    everything = seeds.query("quotes", speaker="Sergei Lavrov", kind="all").rows
    assert len(everything) >= 3


def test_co_mentions_and_timeline_of_putin_across_both_seeds(seeds: Archive) -> None:
    articles = seeds.query("articles", person="Putin").rows
    assert len(articles) == 2
    co = {r["person"]: r["articles"] for r in seeds.query("co-mentions", "Putin").rows}
    assert "Sergei Lavrov" in co and "Dmitry Peskov" in co
    assert "Vladimir Putin" not in co
    events = seeds.query("timeline", "Putin").rows
    assert {e["article_id"] for e in events} == {a["article_id"] for a in articles}
    dated = [e["published"] for e in events if e["published"]]
    assert dated == sorted(dated)


def test_search_finds_the_seed(seeds: Archive) -> None:
    hits = seeds.query("search", "Zakharova Kyiv").rows
    assert len(hits) == 1 and "[" in hits[0]["snippet"]
    assert seeds.query("quote-search", "NATO").rows


def test_cli_quick_start_command(seeds: Archive) -> None:
    url = seeds.engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", url, "query", "quotes", "--speaker", "Lavrov", "-f", "jsonl"])
    assert result.exit_code == 0
    assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == ["Sergei Lavrov"] * 3


def test_export_of_the_corpus_scores_without_missing_articles(engine: Engine, tmp_path: Path) -> None:
    archive = Archive(engine=engine)
    summary = archive.import_paths([FIXTURES / "corpus"], ImportOptions(jobs=1))
    assert summary.imported == 60
    export = tmp_path / "export.jsonl"
    url = engine.url.render_as_string(hide_password=False)
    result = CliRunner().invoke(app, ["--db", url, "export", "--format", "jsonl", "--output", str(export)])
    assert result.exit_code == 0 and "exported 60 articles" in result.stderr
    done = subprocess.run(
        [sys.executable, str(SCORER), str(export), str(FIXTURES / "gold" / "corpus"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    score = json.loads(done.stdout)
    assert score["articles_missing_from_export"] == []
    assert score["quotes"]["f1"] > 0.5


def test_export_of_the_seeds_scores(seeds: Archive, tmp_path: Path) -> None:
    export = tmp_path / "seeds.jsonl"
    seeds.export(export)
    done = subprocess.run(
        [sys.executable, str(SCORER), str(export), str(FIXTURES / "gold" / "seeds"), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["articles_missing_from_export"] == []


QUERY_PARAMS = {
    "quotes": {"speaker": "Lavrov", "kind": "all"},
    "co-mentions": {"person": "Putin"},
    "timeline": {"person": "Putin"},
    "articles": {"person": "Jokowi"},
    "search": {"text": "Jakarta"},
    "quote-search": {"text": "kami"},
}


def _imported_results(url: object) -> dict[str, object]:
    with Archive(url) as archive:  # type: ignore[arg-type]
        archive.import_paths([FIXTURES / "seeds", FIXTURES / "corpus"], ImportOptions(jobs=1))
        results = {}
        for query in archive.queries():
            rows = archive.query(query.name, **QUERY_PARAMS.get(query.name, {}), limit=500).rows
            rows = [{k: v for k, v in r.items() if k not in ("rank", "snippet")} for r in rows]
            if query.name in ("search", "quote-search"):  # same matches; ranking is engine-specific
                rows.sort(key=lambda r: tuple(map(str, r.values())))
            results[query.name] = rows
        return results


@pytest.mark.postgres
def test_imported_archive_gives_the_same_results_on_both_engines(
    sqlite_url: object, postgres_url: object
) -> None:
    sqlite, postgres = _imported_results(sqlite_url), _imported_results(postgres_url)
    for name, rows in sqlite.items():
        assert rows == postgres[name], name
    assert sqlite["quotes"] and sqlite["search"] and sqlite["people"]
