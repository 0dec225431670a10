"""The two seeds against their hand-made gold metadata, in every encoding newsdb reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from encodings_support import encodings_of

from newsdb.importer.layout import parse_article
from newsdb.importer.read import decode_bytes
from newsdb.records import ParsedArticle

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = sorted((FIXTURES / "seeds").glob("*.txt"))
FIELDS = (
    "outlet", "title", "slug", "dateline", "section", "authors", "editors",
    "wire_sources", "related_headlines", "photo_credit", "date_mentions",
)  # fmt: skip

FURNITURE = (
    "Kompas TV internasional", "Kompas.tv -", "Penulis :", "Editor :", "(Sumber:", "Baca Juga", "BACA JUGA",
    "Sumber :", "BERITA LAINNYA", "Close Ads", "KOMPAS.TV -", "JAKARTA -",
)  # fmt: skip


def parse_seed(path: Path) -> ParsedArticle:
    return parse_article(decode_bytes(path.read_bytes()).text)


def gold(path: Path) -> dict[str, object]:
    gold_path = FIXTURES / "gold" / "seeds" / f"{path.stem}.json"
    return json.loads(gold_path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_seed_metadata_matches_gold(seed: Path) -> None:
    article, expected = parse_seed(seed), gold(seed)
    for name in FIELDS:
        if name in expected:
            got = getattr(article, name)
            assert (list(got) if isinstance(got, tuple) else got) == expected[name], name
    published = article.published_at.isoformat() if article.published_at else None
    assert published == expected["published_at"]
    staff = {(s["name"], s["role"]) for s in expected.get("staff", [])}  # type: ignore[union-attr]
    assert {n for n, role in staff if role == "photographer"} == set(article.photographers)


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_no_furniture_in_seed_body(seed: Path) -> None:
    article = parse_seed(seed)
    body = article.body
    for marker in FURNITURE:
        assert marker not in body, marker
    assert article.title is None or article.title not in body
    assert all(p and p == " ".join(p.split()) for p in article.paragraphs)


def test_kompastv_seed_details() -> None:
    article = parse_seed(SEEDS[1])
    assert article.layout == "kompastv" and article.outlet_domain == "kompas.tv"
    assert article.date_text == "12 Januari 2022, 22:40 WIB"
    assert article.photo_caption is not None and article.photo_caption.endswith("Rabu (12/1/2022).")
    assert article.paragraphs[0].startswith("Pemerintah Rusia kembali menegaskan")
    assert article.paragraphs[-1].startswith("Meskipun demikian, Stoltenberg")
    assert len(article.paragraphs) == 11


def test_wire_seed_details() -> None:
    article = parse_seed(SEEDS[0])
    assert article.layout == "wire" and article.outlet is None and article.title is None
    assert article.published_at is None and article.published_date is None
    assert article.paragraphs[0].startswith("Rusia menuntut NATO")
    assert article.related_headlines == ()
    assert len(article.paragraphs) == 11


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_encoding_matrix_gives_identical_records(seed: Path) -> None:
    reference = parse_seed(seed)
    for form, data in encodings_of(seed.read_text(encoding="utf-8")).items():
        assert parse_article(decode_bytes(data).text) == reference, form


@pytest.mark.parametrize("seed", SEEDS, ids=[p.stem for p in SEEDS])
def test_undecoded_text_with_nbsp_and_crlf_gives_the_same_record(seed: Path) -> None:
    raw = seed.read_text(encoding="utf-8").replace("\n", "\r\n")
    assert parse_article(raw) == parse_seed(seed)
