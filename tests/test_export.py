"""The export contract (DESIGN.md), streamed in keyset pages, as JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
import json

from queries_support import populate
from sqlalchemy import Engine

from newsdb.export import ARTICLE_KEYS, CSV_COLUMNS, export, iter_articles

CONTRACT_KEYS = [
    "id", "source_path", "sha256", "outlet", "title", "slug", "url", "section", "published_at",
    "date_text", "dateline", "authors", "editors", "photo_credit", "wire_sources",
    "related_headlines", "body", "people", "quotes",
]  # fmt: skip


def test_jsonl_follows_the_contract(engine: Engine) -> None:
    ids = populate(engine)
    out = io.StringIO()
    assert export(engine, out, "jsonl") == 3
    articles = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [a["id"] for a in articles] == sorted(ids[k] for k in ("a1", "a2", "a3"))
    assert list(ARTICLE_KEYS) == CONTRACT_KEYS
    for article in articles:
        assert list(article) == CONTRACT_KEYS
    first = next(a for a in articles if a["id"] == ids["a1"])
    assert first["published_at"] == "2022-01-12T22:40:00+07:00"
    assert first["outlet"] == "Kompas TV" and first["source_path"] == "src/001_article.txt"
    assert first["authors"] == ["Budi"] and first["editors"] == ["Ani"]
    assert first["photo_credit"] == "AP Photo" and first["wire_sources"] == ["Associated Press"]
    assert first["related_headlines"] == ["Baca juga ini"]
    assert first["people"][0] == {
        "name": "Sergei Lavrov", "aliases": ["Lavrov"], "roles": ["Menteri Luar Negeri Rusia"], "mentions": 3
    }  # fmt: skip
    assert first["quotes"][1] == {
        "text": "Ukraina tidak boleh bergabung", "speaker": "Sergei Lavrov", "kind": "direct",
        "verb": "kata", "paragraph": 1, "start": 40, "end": 60, "via": "Reuters",
    }  # fmt: skip
    undated = next(a for a in articles if a["id"] == ids["a3"])
    assert undated["published_at"] is None and undated["authors"] == []
    unknown = next(a for a in articles if a["id"] == ids["a2"])["quotes"][1]
    assert unknown["speaker"] is None


def test_pages_do_not_change_the_result(engine: Engine) -> None:
    populate(engine)
    assert list(iter_articles(engine, page_size=1)) == list(iter_articles(engine, page_size=500))


def test_csv_has_one_row_per_quote(engine: Engine) -> None:
    populate(engine)
    out = io.StringIO()
    assert export(engine, out, "csv") == 6
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0]) == CSV_COLUMNS and len(rows) == 6
    assert rows[0]["speaker"] == "Sergei Lavrov" and rows[0]["quote_index"] == "0"
    # each article names its speaker as it does itself: the third article only says "Lavrov"
    assert {r["speaker"] for r in rows} == {
        "Sergei Lavrov",
        "Lavrov",
        "Vladimir Putin",
        "Maria Zakharova",
        "",
    }


def test_empty_archive_exports_nothing(engine: Engine) -> None:
    out = io.StringIO()
    assert export(engine, out, "jsonl") == 0 and out.getvalue() == ""
