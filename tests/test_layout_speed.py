"""read + layout speed: a loose guard against regressions, and pathological inputs stay linear.

The bound here is ten times what the stages take on a slow laptop core (~75 us for a 2.2 KB corpus
article); it catches an accidental quadratic regex, not a few percent. For the figure itself:

    .venv/bin/python tests/test_layout_speed.py
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newsdb.errors import NewsdbError
from newsdb.importer.layout import parse_article
from newsdb.importer.read import decode_bytes
from newsdb.importer.sources import load_sidecar
from newsdb.records import SourceHints

FIXTURES = Path(__file__).parent / "fixtures"
BOUND_US_PER_KB = 350.0


def _items() -> list[tuple[bytes, SourceHints | None]]:
    corpus = FIXTURES / "corpus"
    sidecar = load_sidecar(corpus)
    items = [(p.read_bytes(), sidecar.get(p.name)) for p in sorted(corpus.glob("*.txt"))]
    return items + [(p.read_bytes(), None) for p in sorted((FIXTURES / "seeds").glob("*.txt"))]


def measure(rounds: int = 5, reps: int = 10) -> tuple[float, float]:
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


def test_read_and_layout_are_fast() -> None:
    per_article, size = measure(rounds=3, reps=3)
    assert per_article * 1e6 < BOUND_US_PER_KB * size / 1000


PATHOLOGICAL = {
    "commas": "Judul\n" + ", " * 50000 + "akhir.",
    "baca-juga": "Judul\n" + "Baca juga: " * 20000,
    "dashes": "Judul\n" + "A - " * 30000 + "x",
    "capitals": "Judul\n" + "JAKARTA " * 30000 + "- x",
    "parentheses": "Judul\nisi.\n" + "(" * 30000 + "x" + ")" * 30000,
    "long-title": "J" * 100000 + "\nisi",
    "dates": "Judul\n" + "12 Januari 2022, " * 20000,
    "loading": "Judul\nisi" + ",,," * 30000 + "loading...",
    "credits": "Judul\nisi " + "Sumber: a, " * 10000 + "Disadur dari x",
    "names": "Judul\nisi.\n" + "Aa Bb ,," * 10000,
}


@pytest.mark.parametrize("outlet", [None, "liputan6", "sindonews", "kompastv", "detik"])
@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_stays_linear(name: str, outlet: str | None) -> None:
    hints = SourceHints(outlet=outlet, force_outlet=True) if outlet else None
    start = time.perf_counter()
    try:
        parse_article(PATHOLOGICAL[name], hints)
    except NewsdbError:
        pass
    assert time.perf_counter() - start < 1.0


if __name__ == "__main__":
    seconds, size = measure(rounds=15, reps=20)
    print(
        f"read+layout: {seconds * 1e6:.1f} us per article (mean {size:.0f} bytes), "
        f"{seconds * 1e6 * 3000 / size:.1f} us per 3 KB, {1 / seconds:.0f} articles/s on one core"
    )
