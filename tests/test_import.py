"""import_paths on SQLite and PostgreSQL: idempotence, revisions, JSON Lines, sidecars, options."""

from __future__ import annotations

import gzip
import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text
from sqlalchemy.orm import Session

from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.models import Article, ImportRun, Outlet, Person, SourceFile

FIXTURES = Path(__file__).parent / "fixtures"
TABLES = (
    "outlets",
    "source_files",
    "articles",
    "people",
    "person_aliases",
    "article_people",
    "article_staff",
    "quotes",
    "related_headlines",
    "wire_sources",
)


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {t: int(conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES}


def corpus_subset(tmp_path: Path, n: int = 8) -> Path:
    """The first ``n`` corpus files with their INDEX.jsonl, copied to a folder of their own."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted((FIXTURES / "corpus").glob("*.txt"))[:n]:
        shutil.copy(path, folder)
    shutil.copy(FIXTURES / "corpus" / "INDEX.jsonl", folder)
    return folder


def test_seeds_then_reimport_inserts_nothing(engine: Engine) -> None:
    first = import_paths(engine, [FIXTURES / "seeds"], ImportOptions(jobs=1))
    assert (first.seen, first.imported, first.failed) == (2, 2, 0)
    before = counts(engine)
    assert before["quotes"] > 0 and before["people"] > 0
    again = import_paths(engine, [FIXTURES / "seeds"], ImportOptions(jobs=1))
    assert (again.seen, again.imported, again.unchanged, again.updated) == (2, 0, 2, 0)
    assert counts(engine) == before
    with engine.connect() as conn:
        putin = conn.execute(select(Person.name).where(Person.name.like("%Putin%"))).scalars().all()
        columns = (ImportRun.imported, ImportRun.unchanged, ImportRun.finished_at, ImportRun.newsdb_version)
        runs = conn.execute(select(*columns).order_by(ImportRun.id)).all()
    assert putin == ["Vladimir Putin"]
    assert [(r.imported, r.unchanged) for r in runs] == [(2, 0), (0, 2)]
    assert runs[0].finished_at is not None and runs[0].newsdb_version


def test_worker_processes_give_the_same_archive(engine: Engine, tmp_path: Path) -> None:
    folder = corpus_subset(tmp_path, 12)
    summary = import_paths(engine, [folder], ImportOptions(jobs=2, batch_size=3))
    assert (summary.seen, summary.imported, summary.failed) == (12, 12, 0)
    with engine.connect() as conn:
        urls = set(conn.execute(select(Article.url)).scalars())
        keys = set(conn.execute(select(Article.source_key)).scalars())
    index = [json.loads(line) for line in (folder / "INDEX.jsonl").read_text().splitlines()]
    wanted = {r["url"] for r in index if (folder / r["file"]).exists()}
    assert keys == wanted  # the sidecar's url is the article's identity
    assert urls == wanted
    assert import_paths(engine, [folder], ImportOptions(jobs=2, batch_size=3)).unchanged == 12


def test_changed_file_becomes_a_new_revision(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    original = (FIXTURES / "seeds" / "000_1ae270d69939fcc4.txt").read_text(encoding="utf-8")
    path.write_text(original, encoding="utf-8")
    import_paths(engine, [path], ImportOptions(jobs=1))
    changed = original.replace("Sergei Lavrov", "Sergey Lavrov", 1) + "\nParagraf tambahan di akhir berita.\n"
    path.write_text(changed, encoding="utf-8")
    summary = import_paths(engine, [path], ImportOptions(jobs=1))
    assert (summary.imported, summary.updated, summary.unchanged) == (0, 1, 0)
    with Session(engine) as session:
        art = session.execute(select(Article)).scalar_one()
        files = session.execute(select(SourceFile).order_by(SourceFile.id)).scalars().all()
    assert art.revision == 2
    assert [f.source_key for f in files] == [art.source_key, art.source_key]
    assert art.source_file_id == files[1].id
    assert files[0].raw_text.startswith(original[:200]) and "Paragraf tambahan" in files[1].raw_text
    assert "Paragraf tambahan" in art.body
    again = import_paths(engine, [path], ImportOptions(jobs=1))
    assert (again.updated, again.unchanged) == (0, 1)

    path.write_text(original, encoding="utf-8")  # changed back: the first revision is current again
    back = import_paths(engine, [path], ImportOptions(jobs=1))
    assert (back.imported, back.updated, back.unchanged) == (0, 1, 0)
    with Session(engine) as session:
        art = session.execute(select(Article)).scalar_one()
        assert (art.revision, art.source_file_id) == (3, files[0].id)
        assert "Paragraf tambahan" not in art.body
        assert session.execute(select(func.count()).select_from(SourceFile)).scalar_one() == 2
    assert import_paths(engine, [path], ImportOptions(jobs=1)).unchanged == 1


def test_jsonl_gz_inputs_and_bad_lines(engine: Engine, tmp_path: Path) -> None:
    seeds = sorted((FIXTURES / "seeds").glob("*.txt"))
    records = [
        {"url": f"https://www.kompas.tv/internasional/{i}/berita", "text": p.read_text(encoding="utf-8")}
        for i, p in enumerate(seeds)
    ]
    path = tmp_path / "bulk.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write(json.dumps(records[0]) + "\n")
        out.write("{not json\n")
        out.write(json.dumps({"title": "no text, no file"}) + "\n")
        out.write(json.dumps(records[1]) + "\n")
    summary = import_paths(engine, [path], ImportOptions(jobs=1))
    assert (summary.seen, summary.imported, summary.failed) == (4, 2, 2)
    assert sorted(e.path.rsplit(":", 1)[1] for e in summary.errors) == ["2", "3"]
    with engine.connect() as conn:
        keys = conn.execute(select(Article.source_key).order_by(Article.source_key)).scalars().all()
        outlets = conn.execute(select(Outlet.name)).scalars().all()
    assert keys == [r["url"] for r in records]
    assert outlets == ["Kompas TV"]


def test_outlet_and_published_options(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "Judul berita\n\nIsi berita yang cukup panjang untuk menjadi satu paragraf.\n", encoding="utf-8"
    )
    options = ImportOptions(jobs=1, outlet="detik", published="2024-03-05T10:00:00+07:00")
    assert import_paths(engine, [path], options).imported == 1
    with engine.connect() as conn:
        columns = (Outlet.name, Article.published_local, Article.published_date)
        outlet, local, day = conn.execute(select(*columns).join(Article.outlet)).one()
    assert outlet == "detikcom"
    assert local == "2024-03-05T10:00:00+07:00"
    assert day == date(2024, 3, 5)


def test_a_date_without_time_keeps_its_day(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "plain.txt"
    path.write_text(
        "Judul berita\n\nIsi berita yang cukup panjang untuk menjadi satu paragraf.\n", encoding="utf-8"
    )
    assert import_paths(engine, [path], ImportOptions(jobs=1, published="2024-03-05")).imported == 1
    with engine.connect() as conn:
        instant, day = conn.execute(select(Article.published_at, Article.published_date)).one()
    assert (instant, day) == (None, date(2024, 3, 5))


def test_dry_run_stores_nothing(engine: Engine) -> None:
    summary = import_paths(engine, [FIXTURES / "seeds"], ImportOptions(jobs=1, dry_run=True))
    assert (summary.seen, summary.imported, summary.run_id) == (2, 2, None)
    assert set(counts(engine).values()) == {0}


@pytest.mark.parametrize("engine_kind", ["sqlite"])
def test_folders_globs_symlink_loops_and_missing_paths(tmp_path: Path, sqlite_url, engine_kind: str) -> None:
    from newsdb.db import make_engine, upgrade

    engine = make_engine(sqlite_url)
    upgrade(engine)
    top = tmp_path / "in"
    (top / "a" / "b").mkdir(parents=True)
    seeds = sorted((FIXTURES / "seeds").glob("*.txt"))
    shutil.copy(seeds[0], top / "a" / "one.txt")
    shutil.copy(seeds[1], top / "a" / "b" / "two.txt")
    (top / "a" / "b" / "loop").symlink_to(top / "a", target_is_directory=True)
    (top / "a" / ".hidden.txt").write_text("not an input")
    (top / "a" / "README.md").write_text("# About these files\n\nNot an article either.\n")
    summary = import_paths(engine, [top, str(top / "**" / "*.txt"), tmp_path / "nope"], ImportOptions(jobs=1))
    assert summary.imported == 2
    assert summary.failed == 1 and summary.errors[0].kind == "missing"
    assert summary.seen == 3 and summary.unchanged == 0  # the glob's two files again are read once
    engine.dispose()
