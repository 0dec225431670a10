"""read + layout speed over the corpus fixtures, and timings of pathological inputs.

    .venv/bin/python bench/bench_layout.py

Prints the best mean time per article (and per 3 KB) and, for each pathological input
(long runs of commas, dashes, capitals, brackets …), the time it takes: each should stay in
milliseconds, i.e. linear in the input, never quadratic.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from pathological_texts import PATHOLOGICAL  # noqa: E402

from newsdb.errors import NewsdbError  # noqa: E402
from newsdb.importer.layout import parse_article  # noqa: E402
from newsdb.importer.read import decode_bytes  # noqa: E402
from newsdb.importer.sources import load_sidecar  # noqa: E402
from newsdb.records import SourceHints  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"


def _items() -> list[tuple[bytes, SourceHints | None]]:
    corpus = FIXTURES / "corpus"
    sidecar = load_sidecar(corpus)
    items = [(p.read_bytes(), sidecar.get(p.name)) for p in sorted(corpus.glob("*.txt"))]
    return items + [(p.read_bytes(), None) for p in sorted((FIXTURES / "seeds").glob("*.txt"))]


def measure(rounds: int = 15, reps: int = 20) -> tuple[float, float]:
    """Best mean seconds per article over ``rounds``, and the mean article size in bytes."""
    items = _items()
    for data, hints in items:  # warm caches and lazy compiles
        parse_article(decode_bytes(data).text, hints)
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(reps):
            for data, hints in items:
                parse_article(decode_bytes(data).text, hints)
        best = min(best, (time.perf_counter() - start) / (reps * len(items)))
    return best, sum(len(d) for d, _ in items) / len(items)


def pathological() -> None:
    for outlet in (None, "liputan6", "sindonews", "kompastv", "detik"):
        hints = SourceHints(outlet=outlet, force_outlet=True) if outlet else None
        for name, text in sorted(PATHOLOGICAL.items()):
            start = time.perf_counter()
            try:
                parse_article(text, hints)
            except NewsdbError:
                pass
            elapsed_ms = (time.perf_counter() - start) * 1e3
            print(f"pathological {name:12s} outlet={outlet or '-':10s} {elapsed_ms:8.1f} ms")


if __name__ == "__main__":
    seconds, size = measure()
    print(
        f"read+layout: {seconds * 1e6:.1f} us per article (mean {size:.0f} bytes), "
        f"{seconds * 1e6 * 3000 / size:.1f} us per 3 KB, {1 / seconds:.0f} articles/s on one core"
    )
    pathological()
