"""Benchmark: read + layout + extract per article over the bulk corpus.

Usage:
    python bench/bench_extract.py [PATH] [--limit N] [--every N] [--cpu]
    python bench/bench_extract.py --export FOLDER > rows.jsonl   # rows for the scorer
    /path/to/venv/bin/python bench/bench_extract.py --installed --cpu   # that venv's newsdb

PATH is a JSON Lines file (optionally gzipped) with a ``text`` field per article; the default
is ``../shared/corpus/bulk/articles.jsonl.gz`` relative to the repository. Each article's text
is encoded to UTF-8 bytes and timed through ``decode_bytes`` → ``parse_article`` →
``extract``, by the wall clock or (``--cpu``) by the process CPU clock. Printed: the median
time per article over all articles, and over articles of about 3 KB (2.5–3.5 KB), split into
read+layout and extract. The first line says which newsdb ran: the checkout (default) or, with
``--installed``, the interpreter's installed package, and whether its hot modules are the
mypyc-compiled build or pure Python.
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if "--installed" not in sys.argv:  # else the newsdb this interpreter has installed
    sys.path.insert(0, str(REPO))

import newsdb.extract  # noqa: E402
from newsdb.errors import NewsdbError  # noqa: E402
from newsdb.extract import extract  # noqa: E402
from newsdb.importer.layout import parse_article  # noqa: E402
from newsdb.importer.read import decode_bytes  # noqa: E402

DEFAULT = REPO.parent / "shared" / "corpus" / "bulk" / "articles.jsonl.gz"


def texts(path: Path, limit: int | None, every: int = 1) -> Iterator[bytes]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            if i % every == 0 and line.strip():
                yield json.loads(line)["text"].encode("utf-8")


def run(
    path: Path, limit: int | None, clock: Callable[[], float] = time.perf_counter, every: int = 1
) -> dict[str, float]:
    front: list[float] = []
    back: list[float] = []
    sizes: list[int] = []
    refused = 0
    for data in texts(path, limit, every):
        t0 = clock()
        try:
            article = parse_article(decode_bytes(data).text)
        except NewsdbError:
            refused += 1
            continue
        t1 = clock()
        extract(article)
        t2 = clock()
        front.append(t1 - t0)
        back.append(t2 - t1)
        sizes.append(len(data))
    total = [a + b for a, b in zip(front, back, strict=True)]
    near3k = [i for i, n in enumerate(sizes) if 2500 <= n <= 3500]
    ms = 1000.0
    return {
        "articles": len(total),
        "refused_by_layout": refused,
        "median_ms_all": statistics.median(total) * ms,
        "median_ms_all_extract": statistics.median(back) * ms,
        "articles_3kb": len(near3k),
        "median_ms_3kb": statistics.median(total[i] for i in near3k) * ms,
        "median_ms_3kb_read_layout": statistics.median(front[i] for i in near3k) * ms,
        "median_ms_3kb_extract": statistics.median(back[i] for i in near3k) * ms,
    }


def export(folder: Path) -> None:
    """Print export-contract rows (people, quotes) for every ``*.txt`` in ``folder``."""
    for path in sorted(folder.glob("*.txt")):
        article = parse_article(decode_bytes(path.read_bytes()).text)
        result = extract(article)
        row = {
            "source_path": str(path),
            "title": article.title,
            "people": [
                {"name": p.name, "aliases": list(p.aliases), "roles": list(p.roles), "mentions": p.mentions}
                for p in result.people
            ],
            "quotes": [
                {
                    "text": q.text,
                    "speaker": q.speaker,
                    "kind": q.kind,
                    "verb": q.verb,
                    "via": q.via,
                    "paragraph": q.paragraph,
                    "start": q.start,
                    "end": q.end,
                }
                for q in result.quotes
            ],
        }
        print(json.dumps(row, ensure_ascii=False))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT))
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument(
        "--every",
        type=int,
        default=1,
        metavar="N",
        help="only every Nth line (a fixed sample, e.g. for callgrind)",
    )
    ap.add_argument("--export", metavar="FOLDER", help="print scorer rows for FOLDER/*.txt instead")
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time with the process CPU clock (fair on a busy machine) instead of the wall clock",
    )
    ap.add_argument(
        "--installed",
        action="store_true",
        help="run the interpreter's installed newsdb (e.g. a compiled build), not the checkout",
    )
    args = ap.parse_args()
    if args.export:
        export(Path(args.export))
        return
    compiled = getattr(newsdb.extract, "COMPILED", False)  # (older checkouts have no flag: pure)
    build = "compiled (mypyc)" if compiled else "pure Python"
    print(f"{'build':28s} {build} {Path(newsdb.extract.__file__).parent.parent}")
    result = run(
        Path(args.path), args.limit, time.process_time if args.cpu else time.perf_counter, args.every
    )
    for key, value in result.items():
        print(f"{key:28s} {value:.3f}" if isinstance(value, float) else f"{key:28s} {value}")


if __name__ == "__main__":
    main()
