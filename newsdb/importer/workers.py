"""The pure part of an import, run in worker processes: bytes → text → ParsedArticle → Extraction.

:func:`prepare_chunk` maps a chunk of work items to prepared articles (or failures). It touches no
database, so it runs in any process. :class:`ChunkRunner` feeds chunks to a process pool with a
bounded number in flight (memory stays flat however large the input) and yields results in input
order; with one job, a single chunk or a small input (``inline``), it runs in the calling process.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from multiprocessing.context import BaseContext
from typing import Any

from newsdb.errors import LayoutError, ReadError
from newsdb.importer.discover import WorkItem
from newsdb.importer.read import DEFAULT_MAX_BYTES, decode_bytes
from newsdb.records import DecodedText, Extraction, ParsedArticle, SourceHints, pickled_by_fields
from newsdb.store.records import FailedInput, PreparedArticle
from newsdb.store.rows import count_words, derived_keys

Chunk = Sequence["WorkItem | StoredText | FailedInput"]
Prepared = PreparedArticle | FailedInput
#: Net allocations between young-generation garbage collections while importing (Python's default
#: is 700). The main process unpickles thousands of records per batch, nearly all freed by reference
#: counting; at 700 the collector kept scanning them (~50 µs of CPU per article at 2,000 articles).
GC_THRESHOLD = 20_000
#: How often a worker process checks that the importing process still exists (seconds).
PARENT_CHECK_SECONDS = 0.5


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Garbage collection tuned for an import in this process (and the workers it forks), restored
    afterwards: what exists at the start (modules, tables, the lexicon) is frozen out of every
    collection, and young collections come every :data:`GC_THRESHOLD` allocations. Cycles are still
    collected. Nothing changes when collection is off; when another caller froze objects already,
    only the threshold is raised (their frozen objects are left frozen)."""
    if not gc.isenabled() or gc.get_threshold()[0] == 0:
        yield
        return
    threshold = gc.get_threshold()
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    gc.set_threshold(max(GC_THRESHOLD, threshold[0]), *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        if freeze:
            gc.unfreeze()


def extractor_version() -> str:
    """The version stamped on every article this newsdb extracts."""
    from newsdb.extract import EXTRACTOR_VERSION

    return str(EXTRACTOR_VERSION)


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def hints_dict(hints: SourceHints | None) -> dict[str, Any] | None:
    """The hints worth keeping with the source file (so reprocessing sees what the import saw)."""
    if hints is None:
        return None
    kept = {k: v for k, v in asdict(hints).items() if v not in (None, False, "")}
    return kept or None


def analyse(text: str, hints: SourceHints | None) -> tuple[ParsedArticle, Extraction]:
    """Layout and extraction of one decoded text."""
    from newsdb.extract import extract
    from newsdb.importer.layout import parse_article

    parsed = parse_article(text, hints)
    return parsed, extract(parsed)


def prepare_text(
    path: str, source_key: str, decoded: DecodedText, hints: SourceHints | None
) -> PreparedArticle | FailedInput:
    """Layout and extraction of decoded text, errors turned into a failure record."""
    try:
        parsed, extraction = analyse(decoded.text, hints)
    except LayoutError as exc:
        return FailedInput(path, exc.kind, str(exc))
    except Exception as exc:  # noqa: BLE001 - one bad article must not stop a bulk import
        return FailedInput(path, "error", f"{type(exc).__name__}: {exc}")
    name_keys, quote_keys = derived_keys(parsed, extraction)
    return PreparedArticle(
        source_key=source_key,
        path=path,
        sha256=decoded.sha256,
        size=decoded.size,
        encoding=decoded.encoding,
        raw_text=decoded.text,
        hints=hints_dict(hints),
        parsed=parsed,
        extraction=extraction,
        name_keys=name_keys,
        quote_keys=quote_keys,
        word_count=count_words(parsed.body),
    )


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class StoredText:
    """An article's stored raw text, to be laid out and extracted again (``newsdb reprocess``)."""

    path: str
    source_key: str
    decoded: DecodedText
    hints: SourceHints | None


def prepare(item: WorkItem | StoredText | FailedInput, max_bytes: int = DEFAULT_MAX_BYTES) -> Prepared:
    """One work item through read → layout → extract."""
    if isinstance(item, FailedInput):
        return item
    if isinstance(item, StoredText):
        return prepare_text(item.path, item.source_key, item.decoded, item.hints)
    try:
        decoded = decode_bytes(item.data, max_bytes=max_bytes)
    except ReadError as exc:
        return FailedInput(item.path, exc.kind, str(exc))
    return prepare_text(item.path, item.source_key, decoded, item.hints)


def prepare_chunk(chunk: Chunk, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Prepared]:
    return [prepare(item, max_bytes) for item in chunk]


class ChunkRunner:
    """Runs :func:`prepare_chunk` over chunks in ``jobs`` worker processes, results in input order.

    At most ``window`` chunks are in flight (never fewer than 2 × jobs + 1). Inputs of a single
    chunk, or of no more than ``inline`` items in all, run in the calling process (no pool to start
    for a few files).
    """

    def __init__(
        self, jobs: int, max_bytes: int = DEFAULT_MAX_BYTES, *, window: int = 0, inline: int = 0
    ) -> None:
        self.jobs = max(1, jobs)
        self.max_bytes = max_bytes
        self.window = max(window, 2 * self.jobs + 1)
        self.inline = inline

    def run(self, chunks: Iterable[Chunk]) -> Iterator[list[Prepared]]:
        it = iter(chunks)
        head: list[Chunk] = []
        size = 0
        for chunk in it:
            head.append(chunk)
            size += len(chunk)
            if len(head) > 1 and size > self.inline:
                break
        if self.jobs == 1 or len(head) < 2 or size <= self.inline:
            for chunk in _chain(head, it):  # streamed: never a list of every chunk
                yield prepare_chunk(chunk, self.max_bytes)
            return
        yield from self._parallel(head, it)

    def _parallel(self, head: list[Chunk], rest: Iterator[Chunk]) -> Iterator[list[Prepared]]:
        pool = ProcessPoolExecutor(
            self.jobs, mp_context=_context(), initializer=exit_with_parent, initargs=(os.getpid(),)
        )
        window: deque[Future[list[Prepared]]] = deque()
        try:
            for chunk in _chain(head, rest):
                window.append(pool.submit(prepare_chunk, chunk, self.max_bytes))
                if len(window) >= self.window:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def exit_with_parent(parent: int) -> None:
    """Worker initializer: a daemon thread ends this worker process once the importing process is gone.

    An importer killed outright (SIGKILL, the OOM killer) cannot stop its pool, and its workers would
    wait for work forever: each holds the task queue's write end itself, so it never reads end of
    file. Checked every :data:`PARENT_CHECK_SECONDS`."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="newsdb-exit-with-parent", daemon=True).start()


def _context() -> BaseContext:
    """``fork`` where there is one: workers start at once with everything loaded, and a caller's
    script needs no ``if __name__ == "__main__"`` guard. The pool is started before any thread of
    ours (the CLI's progress bar refreshes without one), so forking is safe."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context()  # pragma: no cover - not Linux


def _chain(head: list[Chunk], rest: Iterator[Chunk]) -> Iterator[Chunk]:
    yield from head
    yield from rest
