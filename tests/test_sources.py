"""Outlet table, URL → outlet, JSON Lines inputs and sidecars."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from newsdb.errors import ReadError, UnknownOutlet
from newsdb.importer.sources import (
    all_outlets,
    hints_from_record,
    iter_jsonl,
    load_sidecar,
    outlet_by_name,
    outlet_from_url,
    require_outlet,
    resolve_outlet,
)
from newsdb.records import SourceHints

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("https://www.kompas.tv/article/248530/juru-bicara-putin", "Kompas TV"),
        ("https://regional.kompas.com/read/2019/09/16/1/ini-tahapan", "Kompas.com"),
        ("https://sport.detik.com/raket/d-4699754/tonton", "detikcom"),
        ("https://www.detik.com/jabar/cirebon-raya/d-8171854/kejari", "detikcom"),
        ("https://news.okezone.com/read/2019/09/18/337/2106030/x", "Okezone"),
        ("https://nasional.sindonews.com/read/1436466/12/x", "SINDOnews"),
        ("https://www.tribunnews.com/nasional/2019/09/10/x", "Tribunnews"),
        ("https://jabar.tribunnews.com/2019/09/10/x", "Tribunnews"),
        ("https://www.liputan6.com/bisnis/read/4058922/x", "Liputan6"),
        ("https://www.merdeka.com/peristiwa/x.html", "Merdeka.com"),
        ("https://www.fimela.com/parenting/read/4061453/x", "Fimela"),
        ("https://www.kapanlagi.com/showbiz/x.html", "KapanLagi"),
        ("https://posmetro-medan.com/2019/07/15/x", "Posmetro Medan"),
        ("HTTPS://WWW.DETIK.COM/", "detikcom"),
        ("kompas.tv/article/1", "Kompas TV"),
    ],
)
def test_outlet_from_url(url: str, name: str) -> None:
    outlet = outlet_from_url(url)
    assert outlet is not None and outlet.name == name


@pytest.mark.parametrize(
    "url", [None, "", "https://example.com/a", "https://notdetik.com/", "https://detik.com.evil.org/", "::"]
)
def test_unknown_url_gives_none(url: str | None) -> None:
    assert outlet_from_url(url) is None


def test_every_index_outlet_maps_to_the_url_outlet() -> None:
    for line in (CORPUS / "INDEX.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        by_name, by_url = outlet_by_name(record["outlet"]), outlet_from_url(record["url"])
        assert by_name is not None and by_name == by_url, record["file"]


@pytest.mark.parametrize(
    ("name", "slug"),
    [("detik", "detik"), ("DetikNews", "detik"), ("Kompas TV", "kompastv"), ("kompas.tv", "kompastv"),
     ("kompas", "kompas"), ("pos_metro", "posmetro"), ("SINDOnews", "sindonews"),
     ("www.fimela.com", "fimela")],
)  # fmt: skip
def test_outlet_by_name(name: str, slug: str) -> None:
    outlet = outlet_by_name(name)
    assert outlet is not None and outlet.slug == slug


def test_require_outlet_refuses_unknown_names() -> None:
    assert require_outlet("detik").name == "detikcom"
    with pytest.raises(UnknownOutlet):
        require_outlet("Harian Imajiner")
    assert outlet_by_name("Harian Imajiner") is None and outlet_by_name(None) is None


def test_table_is_consistent() -> None:
    outlets = all_outlets()
    assert len({o.slug for o in outlets}) == len(outlets)
    assert all(o.domain in o.domains for o in outlets)


def test_hints_from_record_and_resolve() -> None:
    hints = hints_from_record({"outlet": "detik", "url": "https://sport.detik.com/a", "title": " T ",
                               "published": "2019-09-10"})  # fmt: skip
    assert hints == SourceHints(outlet="detikcom", url="https://sport.detik.com/a", title="T",
                                published="2019-09-10", source_id="https://sport.detik.com/a")  # fmt: skip
    unknown = hints_from_record({"outlet": "Harian Imajiner"})
    assert unknown.outlet == "Harian Imajiner" and resolve_outlet(unknown) is None
    assert resolve_outlet(SourceHints(url="https://www.merdeka.com/x")).name == "Merdeka.com"


def _write_jsonl(path: Path, records: list[object], *, compress: bool = False) -> None:
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n\n"
    if compress:
        path.write_bytes(gzip.compress(text.encode("utf-8")))
    else:
        path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize("compress", [False, True])
def test_iter_jsonl(tmp_path: Path, compress: bool) -> None:
    path = tmp_path / ("articles.jsonl.gz" if compress else "articles.jsonl")
    _write_jsonl(
        path,
        [
            {"outlet": "kompas", "url": "https://kompas.com/read/x", "title": "A", "text": "A\nIsi."},
            {"file": "b.txt", "outlet": "okezone", "published": "2019-09-17"},
        ],
        compress=compress,
    )
    records = list(iter_jsonl(path))
    assert [r.line_number for r in records] == [1, 2]
    assert records[0].text == "A\nIsi." and records[0].hints.outlet == "Kompas.com"
    assert records[0].source_name == f"{path}:1"
    assert records[1].text is None and records[1].source_name == "b.txt"
    assert records[1].hints.published == "2019-09-17"


@pytest.mark.parametrize("line", ["not json", "[1, 2]", '"text"'])
def test_iter_jsonl_names_the_bad_line(tmp_path: Path, line: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "ok"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ReadError, match=r"bad\.jsonl:2"):
        list(iter_jsonl(path))


def test_iter_jsonl_refuses_broken_gzip_and_missing_files(tmp_path: Path) -> None:
    path = tmp_path / "broken.jsonl.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00garbage")
    with pytest.raises(ReadError):
        list(iter_jsonl(path))
    with pytest.raises(ReadError):
        list(iter_jsonl(tmp_path / "missing.jsonl"))


def test_load_sidecar_on_the_corpus() -> None:
    hints = load_sidecar(CORPUS)
    assert len(hints) == len(list(CORPUS.glob("*.txt")))
    detik = hints["detik_001.txt"]
    assert detik.outlet == "detikcom" and detik.published == "2019-09-10"
    assert detik.url is not None and detik.url.startswith("https://sport.detik.com/")


def test_load_sidecar_prefers_index_and_skips_records_without_file(tmp_path: Path) -> None:
    _write_jsonl(tmp_path / "INDEX.jsonl", [{"file": "a.txt", "title": "from index"}, {"title": "no file"}])
    _write_jsonl(tmp_path / "extra.jsonl", [{"file": "a.txt", "title": "later"}, {"file": "b.txt"}])
    hints = load_sidecar(tmp_path)
    assert set(hints) == {"a.txt", "b.txt"} and hints["a.txt"].title == "from index"
    assert load_sidecar(tmp_path / "nothing-here") == {}
