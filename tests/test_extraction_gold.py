"""Regression: read + layout + extract (no database) scored against the hand-made gold files.

Builds export-contract rows for the gold sets in FLOORS (tests/fixtures/<set>), runs the copied
scorer (tests/tools/score_extraction.py) and fails below the agreed floors.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsdb.extract import extract
from newsdb.importer.layout import parse_article
from newsdb.importer.read import decode_bytes

TESTS = Path(__file__).parent
FIXTURES = TESTS / "fixtures"

FLOORS = {
    # issue 4's agreed floors
    "seeds": {"quotes": 1.0, "quote_speaker": 1.0, "people": 0.95},
    "corpus": {"quotes": 0.95, "quote_speaker": 0.93, "people": 0.90},
    # regression guards for the held-out sets used as dev sets: about 0.01-0.02 under extractor
    # 1.7.0 to 1.9.0 scores (docs/extraction.md, "Figures"), so a rule that loses a speaker or a person on
    # them fails here. heldout6 is a dev set from 1.9.0 on (blind from 1.3.0 to 1.8.0). The blind
    # sets (heldout7, heldout8) stay out: no test may steer toward them.
    "heldout": {"quotes": 0.99, "quote_speaker": 0.96, "people": 0.95},
    "heldout2": {"quotes": 0.97, "quote_speaker": 0.92, "people": 0.90},
    "heldout3": {"quotes": 0.97, "quote_speaker": 0.76, "people": 0.72},
    "heldout4": {"quotes": 0.98, "quote_speaker": 0.95, "people": 0.94},
    "heldout5": {"quotes": 0.96, "quote_speaker": 0.96, "people": 0.87},
    "heldout6": {"quotes": 0.98, "quote_speaker": 0.92, "people": 0.85},
}


def _scorer() -> ModuleType:
    path = TESTS / "tools" / "score_extraction.py"
    spec = importlib.util.spec_from_file_location("score_extraction", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _row(path: Path) -> dict[str, Any]:
    article = parse_article(decode_bytes(path.read_bytes()).text)
    result = extract(article)
    return {
        "source_path": str(path),
        "outlet": article.outlet,
        "title": article.title,
        "people": [
            {"name": p.name, "aliases": list(p.aliases), "roles": list(p.roles)} for p in result.people
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "kind": q.kind, "verb": q.verb, "via": q.via}
            for q in result.quotes
        ],
    }


@pytest.mark.parametrize("which", sorted(FLOORS))
def test_extraction_meets_gold_floors(which: str, tmp_path: Path) -> None:
    export = tmp_path / f"{which}.jsonl"
    rows = [_row(p) for p in sorted((FIXTURES / which).glob("*.txt"))]
    export.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    result = _scorer().score(str(export), str(FIXTURES / "gold" / which))
    assert result["articles_missing_from_export"] == []
    for measure, floor in FLOORS[which].items():
        f1 = result[measure]["f1"]
        assert f1 >= floor, f"{which} {measure} F1 {f1:.3f} < {floor}"


def test_every_speaker_is_a_person_of_the_article() -> None:
    for path in sorted((FIXTURES / "corpus").glob("*.txt")):
        result = extract(parse_article(decode_bytes(path.read_bytes()).text))
        names = {p.name for p in result.people}
        assert all(q.speaker is None or q.speaker in names for q in result.quotes), path.name
