"""Golden files for the layout stage: input text → expected ParsedArticle as JSON.

Inputs: the two seeds (no hints) and every corpus article (hints from its INDEX.jsonl sidecar).
Expected records live in tests/golden/layout/<name>.json. Regenerate them only on purpose, and review
the diff:

    NEWSDB_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_layout_golden.py
"""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from newsdb.importer.layout import parse_article
from newsdb.importer.read import read_file
from newsdb.importer.sources import load_sidecar
from newsdb.records import ParsedArticle, SourceHints

FIXTURES = Path(__file__).parent / "fixtures"
GOLDEN = Path(__file__).parent / "golden" / "layout"
UPDATE = os.environ.get("NEWSDB_UPDATE_GOLDEN") == "1"


def _cases() -> list[tuple[str, Path, SourceHints | None]]:
    cases: list[tuple[str, Path, SourceHints | None]] = []
    for path in sorted((FIXTURES / "seeds").glob("*.txt")):
        cases.append((f"seed_{path.stem}", path, None))
    corpus = FIXTURES / "corpus"
    sidecar = load_sidecar(corpus)
    for path in sorted(corpus.glob("*.txt")):
        cases.append((path.stem, path, sidecar.get(path.name)))
    return cases


def article_to_json(article: ParsedArticle) -> dict[str, Any]:
    def plain(value: Any) -> Any:
        if isinstance(value, (datetime, date)):
            return value.isoformat()
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        return value

    return {f.name: plain(getattr(article, f.name)) for f in dataclasses.fields(article)}


CASES = _cases()


@pytest.mark.parametrize(("name", "path", "hints"), CASES, ids=[c[0] for c in CASES])
def test_layout_matches_golden(name: str, path: Path, hints: SourceHints | None) -> None:
    got = article_to_json(parse_article(read_file(path).text, hints))
    golden = GOLDEN / f"{name}.json"
    if UPDATE:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run with NEWSDB_UPDATE_GOLDEN=1 and review it"
    assert got == json.loads(golden.read_text(encoding="utf-8"))


def test_golden_covers_every_corpus_outlet() -> None:
    outlets = {path.stem.split("_")[0] for _, path, hints in CASES if hints is not None}
    assert outlets >= {
        "detik", "kompas", "okezone", "sindonews", "tribunnews",
        "liputan6", "merdeka", "fimela", "kapanlagi", "posmetro",
    }  # fmt: skip


def test_corpus_titles_match_the_hand_made_gold() -> None:
    corpus = FIXTURES / "corpus"
    sidecar = load_sidecar(corpus)
    gold_files = sorted((FIXTURES / "gold" / "corpus").glob("*.json"))
    assert gold_files
    for gold_file in gold_files:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        path = corpus / gold["file"]
        article = parse_article(read_file(path).text, sidecar.get(path.name))
        assert article.title == " ".join(gold["title"].split()), gold_file.name
