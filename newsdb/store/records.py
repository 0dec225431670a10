"""What the store is given and what it gives back: plain frozen records, no ORM."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from newsdb.records import Extraction, ParsedArticle, pickled_by_fields


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """One input after read → layout → extract: everything the store needs to write it."""

    source_key: str  # the article's identity across revisions (a source id or url, else the file)
    path: str  # the path as given (``file.jsonl:12`` for a JSON Lines record)
    sha256: str  # of the raw bytes
    size: int
    encoding: str
    raw_text: str  # the decoded text, kept so extraction can be re-run without the files
    hints: dict[str, Any] | None
    parsed: ParsedArticle
    extraction: Extraction
    # Pure values derived in the worker process, so that the writer (the main process, the import's
    # narrowest stage) need not: each name's person key, each quote's text key (None: the writer
    # derives them itself).
    name_keys: dict[str, str] | None = None
    quote_keys: tuple[str, ...] | None = None
    word_count: int | None = None  # of the body (splitting ~400 words was ~15 µs of the writer's CPU)


DUPLICATE = "duplicate"


def duplicate_of(path: str, sha256: str) -> FailedInput:
    """An input whose bytes are another source's article: refused as an article of its own, and
    recorded (in ``import_errors``, kind ``duplicate``) as a second place that content came from."""
    return FailedInput(
        path, DUPLICATE, f"same content as a stored article of another source (sha256 {sha256})"
    )


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class FailedInput:
    """An input that could not be turned into an article, and why."""

    path: str
    kind: str  # "empty", "binary", "oversize", "encoding", "unreadable", "layout", "store", "error";
    # "duplicate": the same bytes as another article (recorded as provenance, not a failure)
    message: str

    @property
    def is_duplicate(self) -> bool:
        return self.kind == DUPLICATE


@dataclass(slots=True)
class BatchResult:
    """What one batch did: counts, and the inputs it refused."""

    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[FailedInput] = field(default_factory=list)
    duplicates: list[FailedInput] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def add(self, other: BatchResult) -> None:
        self.imported += other.imported
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.failures.extend(other.failures)
        self.duplicates.extend(other.duplicates)
