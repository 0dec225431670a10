"""Which files of a folder are inputs: the ones a news dump is made of; the others are skipped and named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from newsdb.importer.discover import find_sources, is_article_file
from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.models import SourceFile

FIXTURES = Path(__file__).parent / "fixtures"
SEED = (FIXTURES / "seeds" / "000_1ae270d69939fcc4.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "wanted"),
    [
        ("berita.txt", True),
        ("BERITA.TXT", True),
        ("page.html", True),
        ("page.HTM", True),
        ("notes.md", True),
        ("record.json", True),
        ("bulk.jsonl", True),
        ("bulk.jsonl.gz", True),
        ("0001", True),  # no extension
        ("berita.2022-01-12", True),  # a dotted date is not an extension
        ("kompas.com_read_2022_01_12", True),
        ("item.12", True),
        ("photo.jpg", False),
        ("image.png", False),
        ("report.pdf", False),
        ("dump.tar.gz", False),
        ("README.md", False),
        ("LICENSE", False),
        ("SOURCES.md", False),
    ],
)
def test_what_a_news_dump_is_made_of(name: str, wanted: bool) -> None:
    assert is_article_file(name) is wanted


def test_find_sources_names_what_it_skips(tmp_path: Path) -> None:
    for name in ("a.txt", "b", "c.png", "README.md", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    skipped: list[Path] = []
    sources, missing = find_sources([tmp_path, tmp_path / "c.png"], skipped=skipped)
    assert [s.path.name for s in sources] == ["a.txt", "b", "c.png"]  # c.png: named explicitly
    assert [p.name for p in skipped] == ["README.md", "c.png"]  # hidden files are passed over silently
    assert missing == []


def test_import_skips_what_is_not_an_article_and_reports_it(engine: Engine, tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text(SEED, encoding="utf-8")
    (folder / "sub" / "two").write_text(SEED.replace("Lavrov", "Lavrov dan Peskov", 1), encoding="utf-8")
    (folder / "sub" / "three.html").write_text(SEED + "\nParagraf ketiga.\n", encoding="utf-8")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 4)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    shutil.copy(FIXTURES / "corpus" / "INDEX.jsonl", folder)  # a sidecar: read, neither input nor skipped
    summary = import_paths(engine, [folder], ImportOptions(jobs=1))
    assert (summary.seen, summary.imported, summary.failed, summary.skipped) == (3, 3, 0, 2)
    assert sorted(Path(p).name for p in summary.skipped_paths) == ["notes.pdf", "photo.jpg"]
    assert summary.as_dict()["skipped"] == 2
    with engine.connect() as conn:
        paths = conn.execute(select(SourceFile.path)).scalars().all()
    assert sorted(Path(p).name for p in paths) == ["one.txt", "three.html", "two"]

    explicit = import_paths(engine, [folder / "photo.jpg"], ImportOptions(jobs=1))  # named: an input
    assert (explicit.seen, explicit.failed, explicit.skipped) == (1, 1, 0)
    assert explicit.errors[0].kind == "binary"


def test_json_lines_are_read_as_such_whatever_the_case_of_their_name(engine: Engine, tmp_path: Path) -> None:
    import gzip
    import json

    record = {"url": "https://example.com/a", "title": "Judul", "text": SEED}
    line = json.dumps(record, ensure_ascii=False) + "\n"
    (tmp_path / "BULK.JSONL").write_text(line, encoding="utf-8")
    second = {**record, "url": "https://example.com/b", "text": SEED + "\nLagi.\n"}
    other = json.dumps(second, ensure_ascii=False)
    (tmp_path / "MORE.JSONL.GZ").write_bytes(gzip.compress((other + "\n").encode("utf-8"), mtime=0))
    summary = import_paths(engine, [tmp_path], ImportOptions(jobs=1))
    assert (summary.seen, summary.imported, summary.failed) == (2, 2, 0)
    with engine.connect() as conn:
        paths = conn.execute(select(SourceFile.path)).scalars().all()
    assert sorted(Path(p).name for p in paths) == ["BULK.JSONL:1", "MORE.JSONL.GZ:1"]  # file:record
