"""Benchmark the canned queries on large archives, on SQLite and PostgreSQL, and compare with ripgrep.

    python bench/bench_queries.py build --db /tmp/bench/100k.sqlite --articles 100000
    python bench/bench_queries.py build --db postgresql://postgres@127.0.0.1:5432/bench100k --articles 100000
    python bench/bench_queries.py run --db /tmp/bench/100k.sqlite --runs 30 --json results.json
    python bench/bench_queries.py rg --copies 7 --word "Jokowi"

``build`` imports the bulk corpus (``--corpus``, 14,115 articles) through the import pipeline into an
empty database, then replicates every article with its children (source file, people, staff, quotes,
headlines, wire sources) in SQL, copy after copy with shifted ids, until ``--articles`` is reached.
Copies keep the people (so popular people grow with the archive) and the dates; their raw text is
left empty (it is never queried) to keep the files small. ``run`` times every canned query (p50/p95
over ``--runs`` runs after one warm-up) and prints a Markdown table. ``rg`` writes the corpus texts
once as files, hard-links them ``--copies`` times and times ``rg -l -i -w WORD`` over them.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, Table, func, insert, literal, select, text
from sqlalchemy.orm import Session

from newsdb.config import resolve_url
from newsdb.db import current_revision, ensure_schema, make_engine
from newsdb.importer.pipeline import import_paths
from newsdb.models import Base
from newsdb.queries import run_query

CORPUS = Path("/work/shared/corpus/bulk/articles.jsonl.gz")
#: Tables copied per replica, parents first; each maps the columns that change.
COPIED = (
    "source_files",
    "articles",
    "article_people",
    "article_staff",
    "quotes",
    "related_headlines",
    "wire_sources",
)


def open_engine(db: str) -> Engine:
    engine = make_engine(resolve_url(db))
    ensure_schema(engine)
    return engine


# --- build ---------------------------------------------------------------------------------------


def build(db: str, articles: int, corpus: Path) -> None:
    engine = open_engine(db)
    with engine.connect() as conn:
        count = conn.scalar(select(func.count()).select_from(Base.metadata.tables["articles"]))
    if not count:
        started = time.perf_counter()
        summary = import_paths(engine, [corpus])
        print(f"imported {summary.imported} articles in {time.perf_counter() - started:.1f} s", flush=True)
    replicate(engine, articles)
    analyze(engine)


def _max_ids(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: conn.scalar(select(func.max(_key(Base.metadata.tables[name])))) or 0 for name in OWN_IDS
        }


def _key(table: Table) -> Any:
    return table.c.id if "id" in table.c else table.c.article_id


def replicate(engine: Engine, target: int) -> None:
    """Copy the imported articles (and their children) whole, until at least ``target`` articles exist."""
    meta = _read_meta(engine)
    base, maxima, copies = meta["base"], meta["max"], meta["copies"]
    while base * copies < target:
        started = time.perf_counter()
        with engine.begin() as conn:
            for name in COPIED:
                table = Base.metadata.tables[name]
                conn.execute(
                    insert(table).from_select(list(table.c.keys()), _copy_select(table, copies, maxima))
                )
        copies += 1
        _write_meta(engine, {"base": base, "max": maxima, "copies": copies})
        print(f"copy {copies}: {base * copies} articles ({time.perf_counter() - started:.1f} s)", flush=True)
    _fix_sequences(engine)


#: Tables whose rows have an ``id`` of their own; the others hang off ``article_id``.
OWN_IDS = ("source_files", "articles", "article_staff", "quotes")


def _copy_select(table: Table, copy: int, maxima: dict[str, int]) -> Any:
    """SELECT of the base rows of ``table`` as they look in replica number ``copy``."""
    suffix = literal(f"#{copy}", String)
    columns = []
    for column in table.c:
        value: Any = column
        if column.name == "id":
            value = column + copy * maxima[table.name]
        elif column.name == "article_id":
            value = column + copy * maxima["articles"]
        elif column.name == "source_file_id":
            value = column + copy * maxima["source_files"]
        elif column.name in ("source_key", "path") or (column.name == "url" and table.name == "articles"):
            value = column.concat(suffix)
        elif column.name == "sha256":
            value = func.substr(column, 1, 56, type_=String).concat(literal(f"{copy:08d}", String))
        elif column.name == "raw_text":
            value = literal("", String)
        columns.append(column if value is column else value.label(column.name))
    if table.name in OWN_IDS:
        return select(*columns).where(table.c.id <= maxima[table.name])
    return select(*columns).where(table.c.article_id <= maxima["articles"])


def _read_meta(engine: Engine) -> dict[str, Any]:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS bench_meta (v TEXT NOT NULL)"))
        raw = conn.scalar(text("SELECT v FROM bench_meta"))
    if raw:
        return dict(json.loads(raw))
    maxima = _max_ids(engine)
    meta = {"base": maxima["articles"], "max": maxima, "copies": 1}
    _write_meta(engine, meta)
    return meta


def _write_meta(engine: Engine, meta: dict[str, Any]) -> None:
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM bench_meta"))
        conn.execute(text("INSERT INTO bench_meta (v) VALUES (:v)"), {"v": json.dumps(meta)})


def _fix_sequences(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        for name in OWN_IDS:
            top = conn.scalar(select(func.max(Base.metadata.tables[name].c.id)))
            conn.execute(text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v)"), {"t": name, "v": top})


def analyze(engine: Engine) -> None:
    """Planner statistics (and, on PostgreSQL, the visibility map that index-only scans need)."""
    if engine.dialect.name == "sqlite":
        with engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("VACUUM ANALYZE")


# --- run -----------------------------------------------------------------------------------------


def pick_params(engine: Engine) -> dict[str, Any]:
    """Representative parameters, taken from the data: the top speaker, a rarer one, the top outlet."""
    with Session(engine) as session:
        top = run_query(session, "speakers", limit=300).rows
        outlet = run_query(session, "outlets", limit=1).rows[0]["outlet"]
    return {
        "top": top[0]["speaker"],
        "mid": top[len(top) // 10]["speaker"],
        "rare": top[-1]["speaker"],
        "outlet": outlet,
    }


def cases(p: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """(label, query name, parameters) for every canned query."""
    return [
        ("quotes --speaker TOP", "quotes", {"speaker": p["top"]}),
        ("quotes --speaker MID", "quotes", {"speaker": p["mid"]}),
        ("quotes --speaker RARE", "quotes", {"speaker": p["rare"]}),
        ("quotes --words presiden", "quotes", {"words": "presiden"}),
        ("timeline TOP", "timeline", {"person": p["top"]}),
        ("timeline MID", "timeline", {"person": p["mid"]}),
        ("timeline RARE", "timeline", {"person": p["rare"]}),
        ("search banjir (top 20)", "search", {"text": "banjir"}),
        ("search presiden jokowi (top 20)", "search", {"text": "presiden jokowi"}),
        ("search gempa lombok (top 20)", "search", {"text": "gempa lombok"}),
        ("quote-search korupsi", "quote-search", {"text": "korupsi"}),
        ("articles --outlet TOP", "articles", {"outlet": p["outlet"]}),
        ("articles --person MID", "articles", {"person": p["mid"]}),
        ("co-mentions MID", "co-mentions", {"person": p["mid"]}),
        ("co-mentions TOP", "co-mentions", {"person": p["top"]}),
        ("speakers", "speakers", {}),
        ("people", "people", {}),
        ("outlets", "outlets", {}),
        ("stats", "stats", {}),
    ]


def time_case(engine: Engine, name: str, params: dict[str, Any], runs: int) -> dict[str, Any]:
    timings = []
    rows = 0
    for i in range(runs + 1):
        with Session(engine) as session:
            started = time.perf_counter()
            rows = len(run_query(session, name, **params).rows)
            elapsed = (time.perf_counter() - started) * 1000
        if i:  # the first run warms the caches
            timings.append(elapsed)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * (len(timings) - 1)))]
    return {"rows": rows, "p50_ms": round(statistics.median(timings), 2), "p95_ms": round(p95, 2)}


def run(db: str, runs: int, budget_s: float, only: list[str] | None = None) -> dict[str, Any]:
    engine = open_engine(db)
    with engine.connect() as conn:
        articles = conn.scalar(select(func.count()).select_from(Base.metadata.tables["articles"]))
        quotes = conn.scalar(select(func.count()).select_from(Base.metadata.tables["quotes"]))
    params = pick_params(engine)
    revision, load = current_revision(engine), os.getloadavg()[0]
    print(
        f"\n{engine.dialect.name} at revision {revision}: {articles} articles, {quotes} quotes; "
        f"TOP={params['top']!r} MID={params['mid']!r} RARE={params['rare']!r} outlet={params['outlet']!r}; "
        f"load average {load:.1f}"
    )
    print("| query | rows | p50 ms | p95 ms |\n| --- | ---: | ---: | ---: |")
    results = []
    for label, name, qparams in cases(params):
        if only and not any(part in label for part in only):
            continue
        started = time.perf_counter()
        once = time_case(engine, name, qparams, 1)
        n = (
            runs
            if (time.perf_counter() - started) * runs < budget_s
            else max(3, int(budget_s / max(once["p50_ms"] / 1000, 1e-3)))
        )
        result = {"case": label, "query": name, **time_case(engine, name, qparams, n), "runs": n}
        results.append(result)
        print(f"| {label} | {result['rows']} | {result['p50_ms']} | {result['p95_ms']} |", flush=True)
    engine.dispose()
    print(f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after")
    return {
        "engine": engine.dialect.name,
        "revision": revision,
        "load": [load, os.getloadavg()[0]],
        "articles": articles,
        "quotes": quotes,
        "params": params,
        "results": results,
    }


# --- search-dump ---------------------------------------------------------------------------------

#: Texts for ``search-dump``: common and rare words, phrases, words in titles; each at several limits.
DUMP_TEXTS = (
    "banjir",
    "presiden jokowi",
    "gempa lombok",
    "yang",
    "dan di",
    "jakarta",
    "korupsi kpk",
    "menteri keuangan sri mulyani",
    "pemilu 2019",
    "bola",
    "tidak ada",
    "zzzqqq",
)
DUMP_LIMITS = (1, 20, 100)


def search_dump(db: str) -> dict[str, Any]:
    """Every ``DUMP_TEXTS`` search at every ``DUMP_LIMITS`` limit, plus one with an outlet and dates:
    the rows (ids, ranks, snippets and all) to compare between two versions of the code. The schema
    revision is not checked, so that an older checkout can run it (``PYTHONPATH=old-checkout``)."""
    engine = make_engine(resolve_url(db))
    params = pick_params(engine)
    calls: list[dict[str, Any]] = [{"text": t, "limit": n} for t in DUMP_TEXTS for n in DUMP_LIMITS]
    calls.append({"text": "presiden", "outlet": params["outlet"], "since": "2018-01-01", "limit": 50})
    out: dict[str, Any] = {}
    with Session(engine) as session:
        for call in calls:
            found = run_query(session, "search", **call).rows
            out[json.dumps(call, sort_keys=True)] = json.loads(json.dumps(found, default=str))
    engine.dispose()
    return out


# --- ripgrep -------------------------------------------------------------------------------------


def write_texts(corpus: Path, folder: Path, copies: int) -> Path:
    """The corpus texts as files in ``folder/0``, hard-linked into ``folder/1`` … ``folder/copies-1``."""
    first = folder / "0"
    if not first.exists():
        first.mkdir(parents=True)
        with gzip.open(corpus, "rt", encoding="utf-8") as lines:
            for n, line in enumerate(lines):
                (first / f"{n:06d}.txt").write_text(json.loads(line).get("text", ""), encoding="utf-8")
    names = sorted(os.listdir(first))
    for copy in range(1, copies):
        target = folder / str(copy)
        if not target.exists():
            target.mkdir()
            for name in names:
                os.link(first / name, target / name)
    return folder


def time_grep(folder: Path, copies: int, word: str, runs: int = 5) -> dict[str, Any]:
    tool = shutil.which("rg")
    command = [tool, "-l", "-i", "-w", word] if tool else ["grep", "-r", "-l", "-i", "-w", word]
    dirs = [str(folder / str(c)) for c in range(copies)]
    timings, files = [], 0
    for _ in range(runs + 1):
        started = time.perf_counter()
        done = subprocess.run([*command, *dirs], capture_output=True, text=True, check=False)
        timings.append((time.perf_counter() - started) * 1000)
        files = len(done.stdout.splitlines())
    return {
        "tool": "rg" if tool else "grep",
        "word": word,
        "files": files,
        "p50_ms": round(statistics.median(timings[1:]), 1),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="import the bulk corpus and replicate it")
    b.add_argument("--db", required=True)
    b.add_argument("--articles", type=int, default=100_000)
    b.add_argument("--corpus", type=Path, default=CORPUS)
    r = sub.add_parser("run", help="time every canned query")
    r.add_argument("--db", required=True)
    r.add_argument("--runs", type=int, default=30)
    r.add_argument("--budget", type=float, default=20.0, help="seconds per query at most")
    r.add_argument("--json", type=Path)
    r.add_argument("--only", action="append", help="time only the cases whose label holds this text")
    d = sub.add_parser("search-dump", help="write search results (several texts and limits) as JSON")
    d.add_argument("--db", required=True)
    d.add_argument("--json", type=Path, required=True)
    g = sub.add_parser("rg", help="time ripgrep over the raw texts")
    g.add_argument("--copies", type=int, default=8)
    g.add_argument("--word", action="append", default=None)
    g.add_argument("--folder", type=Path, default=Path("/tmp/newsdb-bench-texts"))
    g.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if args.command == "build":
        build(args.db, args.articles, args.corpus)
    elif args.command == "run":
        result = run(args.db, args.runs, args.budget, args.only)
        if args.json:
            args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    elif args.command == "search-dump":
        args.json.write_text(json.dumps(search_dump(args.db), indent=1, ensure_ascii=False), encoding="utf-8")
    else:
        folder = write_texts(args.corpus, args.folder, args.copies)
        for word in args.word or ["banjir"]:
            print(json.dumps(time_grep(folder, args.copies, word)))


if __name__ == "__main__":
    sys.exit(main())
