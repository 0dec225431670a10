"""Import benchmark: articles/s on SQLite and PostgreSQL, peak RSS, database size, and the SQLite ceiling.

    python bench/bench_import.py                       # the 14,115 real articles of the bulk corpus
    python bench/bench_import.py --scale 100000        # replicated to 100 k (new ids, new content hash)
    python bench/bench_import.py --engines sqlite --jobs 2 --batch-size 1000
    python bench/bench_import.py --engines sqlite --bulk off   # FTS triggers row by row (default: auto)
    /path/to/venv/bin/python bench/bench_import.py --installed # that venv's newsdb (e.g. compiled)

Without ``--installed`` the checkout is imported (pure Python); the report's first line names the
build that ran.

The main process's work alone, stage by stage, for instruction counts (per article: a stage's total
minus the ``none`` stage's, divided by the sample):

    python bench/bench_import.py --main-stage prepare --results /tmp/r.pkl --sample 2000
    valgrind --tool=callgrind python bench/bench_import.py --main-stage write --results /tmp/r.pkl

``input``: reading, hashing and pickling the work items out; ``unpickle``: the workers' results coming
back; ``write``: unpickling and the writer (SQLite, bulk mode, the import's batch size) together;
``none``: only the setup.

Each import runs in a child process of its own (so peak RSS is that import's) on a fresh database:
a SQLite file in the work folder, and a PostgreSQL database created on ``--postgres-url`` (default
``$NEWSDB_BENCH_POSTGRES_URL``, else ``$NEWSDB_TEST_POSTGRES_URL``) and dropped afterwards.

The ceiling is raw ``sqlite3.executemany`` of the very rows the SQLite import stored, into a fresh
database with the same schema (FTS triggers included), the same connection settings and the same
transaction size: the database's own cost, without newsdb. Only the insert and commit time counts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
#: ``--installed`` (passed on to the child processes through the environment): run the newsdb this
#: interpreter has installed, e.g. a compiled build, instead of the checkout.
INSTALLED = "--installed" in sys.argv or os.environ.get("NEWSDB_BENCH_INSTALLED") == "1"
if not INSTALLED:
    sys.path.insert(0, str(ROOT))

DEFAULT_INPUT = Path("/work/shared/corpus/bulk/articles.jsonl.gz")
#: Tables in foreign-key order, as the ceiling inserts them.
SHARED_TABLES = ("import_runs", "outlets", "people", "person_aliases")
ARTICLE_TABLES = ("source_files", "articles", "article_people", "article_staff", "quotes")
ARTICLE_TABLES += ("related_headlines", "wire_sources")


def replicate(source: Path, target: Path, count: int) -> int:
    """Write ``count`` records cycling over ``source``; copies get a new url and different bytes."""
    records = [json.loads(line) for line in gzip.open(source, "rt", encoding="utf-8") if line.strip()]
    written = 0
    with gzip.open(target, "wt", encoding="utf-8", compresslevel=1) as out:
        while written < count:
            copy = written // len(records)
            record = dict(records[written % len(records)])
            if copy:
                record["url"] = f"{record.get('url', 'record')}#copy-{copy}"
                record["text"] = record["text"] + " " * copy  # new bytes, same words
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return written


def run_child(args: list[str]) -> dict[str, Any]:
    env = (
        {**os.environ, "NEWSDB_BENCH_INSTALLED": "1"}
        if INSTALLED
        else {**os.environ, "PYTHONPATH": str(ROOT)}
    )
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, env=env)
    if done.returncode != 0:
        raise SystemExit(f"child failed ({done.returncode}):\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


BULK = {"auto": None, "on": True, "off": False}


def child_import(url: str, input_path: str, jobs: int, batch_size: int, bulk: str) -> dict[str, Any]:
    """One import on a fresh database; runs in its own process."""
    from newsdb.db import ensure_schema, make_engine
    from newsdb.importer.pipeline import ImportOptions, import_paths

    engine = make_engine(url)
    ensure_schema(engine)
    chosen = {} if bulk == "auto" else {"bulk": BULK[bulk]}  # (auto also runs older newsdb versions)
    options = ImportOptions(jobs=jobs, batch_size=batch_size, **chosen)
    start, cpu = time.perf_counter(), time.process_time()
    summary = import_paths(engine, [input_path], options)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    engine.dispose()
    workers = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "seconds": seconds,
        **summary.counts(),
        "duplicates": getattr(summary, "duplicates", 0),
        "cpu_main": cpu,
        "cpu_workers": workers.ru_utime + workers.ru_stime,
        "load": os.getloadavg()[0],
        "rss_main_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
    }


def child_ceiling(stored: str, fresh: str, batch_size: int) -> dict[str, Any]:
    """Raw sqlite3.executemany of every row of ``stored`` into the migrated, empty ``fresh``."""
    src = sqlite3.connect(stored)
    dst = sqlite3.connect(fresh, isolation_level=None)
    for pragma in ("busy_timeout = 30000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
        dst.execute(f"PRAGMA {pragma}")
    dst.execute("PRAGMA wal_autocheckpoint = 10000")  # as the import sets it
    spent = 0.0

    def insert(table: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            marks = ",".join("?" * len(rows[0]))
            dst.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    shared = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in SHARED_TABLES}
    start = time.perf_counter()
    dst.execute("BEGIN IMMEDIATE")
    for table in SHARED_TABLES:
        insert(table, shared[table])
    dst.execute("COMMIT")
    spent += time.perf_counter() - start
    ids = [row[0] for row in src.execute("SELECT id FROM articles ORDER BY id")]
    for i in range(0, len(ids), batch_size):
        low, high = ids[i], ids[min(i + batch_size, len(ids)) - 1]
        rows = _batch_rows(src, low, high)
        start = time.perf_counter()
        dst.execute("BEGIN IMMEDIATE")
        for table in ARTICLE_TABLES:
            insert(table, rows[table])
        dst.execute("COMMIT")
        spent += time.perf_counter() - start
    return {"seconds": spent, "articles": len(ids)}


def _batch_rows(src: sqlite3.Connection, low: int, high: int) -> dict[str, list[tuple[Any, ...]]]:
    where = "BETWEEN ? AND ?"
    rows = {
        "source_files": src.execute(
            f"SELECT * FROM source_files WHERE id IN (SELECT source_file_id FROM articles WHERE id {where})",
            (low, high),
        ).fetchall(),
        "articles": src.execute(f"SELECT * FROM articles WHERE id {where}", (low, high)).fetchall(),
    }
    for table in ARTICLE_TABLES[2:]:
        rows[table] = src.execute(f"SELECT * FROM {table} WHERE article_id {where}", (low, high)).fetchall()
    return rows


def postgres_database(server: str) -> tuple[str, Any]:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    url = make_url(server).set(drivername="postgresql+psycopg")
    name = f"newsdb_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))

    def size_and_drop() -> int:
        with admin.connect() as conn:
            size = int(conn.execute(text("SELECT pg_database_size(:n)"), {"n": name}).scalar_one())
            conn.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()
        return size

    return url.set(database=name).render_as_string(hide_password=False), size_and_drop


def bench(args: argparse.Namespace) -> list[dict[str, Any]]:
    work = Path(args.workdir or tempfile.mkdtemp(prefix="newsdb-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    source = Path(args.input)
    if args.scale:
        target = work / f"articles_{args.scale}.jsonl.gz"
        if not target.exists():
            replicate(source, target, args.scale)
        source = target
    results = []
    common = [str(source), str(args.jobs), str(args.batch_size), args.bulk]
    for engine in args.engines.split(","):
        if engine == "sqlite":
            db = work / "bench.sqlite"
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
            row = run_child(["--child-import", f"sqlite:///{db}", *common])
            row["db_mb"] = db.stat().st_size / 2**20
            if not args.skip_ceiling:
                row["ceiling"] = _ceiling(work, db, args.batch_size)
        else:
            url, size_and_drop = postgres_database(args.postgres_url)
            try:
                row = run_child(["--child-import", url, *common])
            finally:
                row_size = size_and_drop()
            row["db_mb"] = row_size / 2**20
        row["engine"] = engine
        row["rate"] = (row["imported"] + row["updated"]) / row["seconds"]
        results.append(row)
        print(json.dumps(row), file=sys.stderr)
    return results


def _ceiling(work: Path, stored: Path, batch_size: int, *, fts: bool = True) -> dict[str, Any]:
    """The ceiling; with ``fts=False`` into a schema whose full-text triggers were dropped (for scale)."""
    from sqlalchemy import text

    from newsdb.db import make_engine, upgrade

    fresh = work / ("ceiling.sqlite" if fts else "ceiling_nofts.sqlite")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{fresh}")
    upgrade(engine)
    if not fts:
        with engine.begin() as conn:
            for table in ("articles", "quotes"):
                for op in ("ai", "ad", "au"):
                    conn.execute(text(f"DROP TRIGGER {table}_fts_{op}"))
    engine.dispose()
    result = run_child(["--child-ceiling", str(stored), str(fresh), str(batch_size)])
    result["rate"] = result["articles"] / result["seconds"]
    if fts:
        result["without_fts"] = _ceiling(work, stored, batch_size, fts=False)
    return result


def stage_rates(path: Path, sample: int = 2000) -> dict[str, float]:
    """Articles/s of each pure stage on one core, over the first ``sample`` records."""
    from newsdb.extract import extract
    from newsdb.importer.discover import Discovery, WorkItem, find_sources
    from newsdb.importer.layout import parse_article
    from newsdb.importer.read import decode_bytes

    sources, _ = find_sources([path])
    items = []
    for item in Discovery().items(sources):
        if isinstance(item, WorkItem):
            items.append(item)
        if len(items) == sample:
            break
    rates: dict[str, float] = {}
    start = time.process_time()
    texts = [decode_bytes(i.data) for i in items]
    rates["read"] = len(items) / (time.process_time() - start)
    start = time.process_time()
    parsed = [parse_article(t.text, i.hints) for t, i in zip(texts, items, strict=True)]
    rates["layout"] = len(items) / (time.process_time() - start)
    start = time.process_time()
    for article in parsed:
        extract(article)
    rates["extract"] = len(items) / (time.process_time() - start)
    return rates


def report(results: list[dict[str, Any]], stages: dict[str, float], args: argparse.Namespace) -> str:
    import newsdb.extract

    build = "compiled (mypyc)" if newsdb.extract.COMPILED else "pure Python"
    lines = [
        f"newsdb from {Path(newsdb.extract.__file__).parent.parent}, {build}",
        f"input: {args.input}" + (f" replicated to {args.scale}" if args.scale else ""),
        f"jobs {args.jobs}, batch size {args.batch_size}, bulk {args.bulk}, {os.cpu_count()} cores",
        "",
        "| engine | articles | seconds | articles/s | CPU s main / workers | CPU ms/article main / workers "
        "| peak RSS main / worker (MB) | database (MB) | load (1 min) |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        stored = r["imported"] + r["updated"]
        lines.append(
            f"| {r['engine']} | {stored} | {r['seconds']:.1f} | {r['rate']:.0f} | "
            f"{r['cpu_main']:.1f} / {r['cpu_workers']:.1f} | "
            f"{r['cpu_main'] / stored * 1000:.2f} / {r['cpu_workers'] / stored * 1000:.2f} | "
            f"{r['rss_main_mb']:.0f} / {r['rss_worker_mb']:.0f} | {r['db_mb']:.0f} | {r['load']:.1f} |"
        )
    for r in results:
        if "ceiling" in r:
            c, bare = r["ceiling"], r["ceiling"]["without_fts"]
            lines.append(
                f"\nSQLite ceiling (raw sqlite3.executemany of the same rows): {c['articles']} articles in "
                f"{c['seconds']:.1f} s = {c['rate']:.0f} articles/s; "
                f"newsdb reaches {r['rate'] / c['rate']:.0%}"
                f"\n(the same without the FTS5 triggers: {bare['rate']:.0f} articles/s)"
            )
    if stages:
        per_core = ", ".join(f"{name} {rate:.0f}" for name, rate in stages.items())
        lines.append(f"\npure stages, articles/s on one core (CPU time): {per_core}")
    return "\n".join(lines)


def main_stage(stage: str, input_path: str, results: str, sample: int) -> None:
    """One stage of the main process's work on the first ``sample`` inputs (see the docstring)."""
    import pickle
    from itertools import islice
    from multiprocessing.reduction import ForkingPickler

    from newsdb.db import ensure_schema, make_engine
    from newsdb.importer.discover import Discovery, find_sources
    from newsdb.importer.pipeline import (
        DEFAULT_BATCH_SIZE,
        WORK_CHUNK,
        ImportSummary,
        _bulk_settings,
        _skip_known,
        chunked,
    )
    from newsdb.importer.workers import extractor_version, fewer_collections, prepare_chunk
    from newsdb.store import ArticleWriter
    from newsdb.store.fts import repair_fts, suspend_fts

    def items() -> Any:
        return islice(Discovery().items(find_sources([Path(input_path)])[0]), sample)

    if stage == "prepare":
        blobs = [bytes(ForkingPickler.dumps(prepare_chunk(c))) for c in chunked(items(), WORK_CHUNK)]
        Path(results).write_bytes(pickle.dumps(blobs))
        return
    work = Path(tempfile.mkdtemp(prefix="newsdb-stage-"))
    engine = make_engine(f"sqlite:///{work / 'stage.sqlite'}")
    ensure_schema(engine)
    blobs = pickle.loads(Path(results).read_bytes())
    with fewer_collections(), engine.connect() as conn:
        if stage == "input":
            for chunk in chunked(_skip_known(items(), {}, ImportSummary()), WORK_CHUNK):
                ForkingPickler.dumps(chunk)
        batches = [pickle.loads(b) for b in blobs] if stage in ("unpickle", "write") else []
        if stage == "write":
            writer = ArticleWriter(extractor_version())
            _bulk_settings(conn, on=True)
            suspend_fts(conn)
            prepared = [r for chunk in batches for r in chunk]  # in the import's batches
            for batch in chunked(prepared, DEFAULT_BATCH_SIZE):
                writer.store(conn, batch, None)
            repair_fts(conn)
            _bulk_settings(conn, on=False)
    engine.dispose()
    shutil.rmtree(work)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child-import":
        url, path, jobs, batch, bulk = sys.argv[2:7]
        print(json.dumps(child_import(url, path, int(jobs), int(batch), bulk)))
        return
    if len(sys.argv) > 1 and sys.argv[1] == "--child-ceiling":
        print(json.dumps(child_ceiling(sys.argv[2], sys.argv[3], int(sys.argv[4]))))
        return
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--input", default=str(DEFAULT_INPUT), help="a JSON Lines (.gz) file of articles")
    parser.add_argument("--scale", type=int, default=0, help="replicate the input to this many articles")
    parser.add_argument("--engines", default="sqlite,postgresql")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument(
        "--batch-size", type=int, default=0, help="articles per transaction (0: newsdb's default)"
    )
    parser.add_argument("--bulk", choices=sorted(BULK), default="auto", help="SQLite bulk mode")
    parser.add_argument("--skip-stages", action="store_true", help="do not measure the pure stages")
    parser.add_argument(
        "--installed", action="store_true", help="run the installed newsdb (e.g. compiled), not the checkout"
    )
    parser.add_argument("--skip-ceiling", action="store_true", help="do not measure the SQLite ceiling")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("NEWSDB_BENCH_POSTGRES_URL")
        or os.environ.get("NEWSDB_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"),
    )
    parser.add_argument(
        "--workdir", help="where the SQLite files and replicated input go (default: a temp dir)"
    )
    stages = ("prepare", "none", "input", "unpickle", "write")
    parser.add_argument("--main-stage", choices=stages, help="run one stage of the main process's work")
    parser.add_argument("--results", help="--main-stage: the file of the workers' pickled results")
    parser.add_argument("--sample", type=int, default=2000, help="--main-stage prepare, input: inputs")
    args = parser.parse_args()
    if not args.batch_size:
        from newsdb.importer.pipeline import DEFAULT_BATCH_SIZE

        args.batch_size = DEFAULT_BATCH_SIZE
    if args.main_stage:
        main_stage(args.main_stage, args.input, args.results, args.sample)
        return
    stages = {} if args.skip_stages else stage_rates(Path(args.input))
    print(report(bench(args), stages, args))


if __name__ == "__main__":
    main()
