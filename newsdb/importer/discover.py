"""Finding the inputs: files, folders (recursive, symlink loops safe), globs, JSON Lines and sidecars.

Every input becomes a :class:`WorkItem` (its raw bytes, identity and hints) or, when it cannot even be
read, a :class:`~newsdb.store.FailedInput`. Reading bytes happens here, in the main process, so that
the content hash is known before any parsing: inputs already in the archive are skipped early.

* A folder is walked recursively. Its inputs are the files a news dump is made of: text-like names
  (``.txt``, ``.text``, ``.md``, ``.markdown``, ``.htm``, ``.html``, ``.xhtml``, ``.json``, or no
  extension at all — a last dot-part that is not a short word, as in ``berita.2022-01-12``, is no
  extension), any case, and JSON Lines. A text-like file that is binary or empty is an input all the
  same, so it is reported, not passed over. Other files (images, PDFs, archives, the folder's own
  documentation such as ``README``, ``LICENSE``, ``SOURCES.md``) are *skipped* and named in the
  summary; hidden entries (``.name``) are passed over silently. A directory reached twice (a symlink
  loop, or two links to one place) is walked once. A file named explicitly, or matched by a glob, is
  always an input.
* ``*.jsonl`` / ``*.jsonl.gz``: a record with ``text`` is an article; a record without ``text`` naming
  a ``file`` is sidecar metadata for that file of its folder (``INDEX.jsonl``), not an input. A sidecar
  named on the command line (or matched by a glob) stands for the files it names: they are imported
  with its metadata (``newsdb import corpus/INDEX.jsonl`` imports the corpus articles it lists).
* A path that does not exist but holds ``*``, ``?`` or ``[`` is a glob (``**`` recursive).
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from newsdb.errors import ReadError
from newsdb.importer.read import DEFAULT_MAX_BYTES
from newsdb.importer.sources import (
    hints_from_record,
    is_gzip_name,
    json_error,
    load_sidecar,
    load_sidecar_names,
    open_text,
    record_problems,
)
from newsdb.records import SourceHints, pickled_by_fields
from newsdb.store.records import FailedInput

JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
#: Extensions of the files a folder's news dump is made of (besides JSON Lines and no extension).
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".htm", ".html", ".xhtml", ".json"})
FOLDER_DOCUMENTS = frozenset({"README", "LICENSE", "LICENCE", "SOURCES", "CHANGELOG", "NOTICE", "COPYING"})


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class WorkItem:
    """One input's raw bytes, with its identity and what its surroundings say about it."""

    path: str  # as given (``dir/file.txt``, ``bulk.jsonl.gz:12``)
    source_key: str  # identity across revisions: the source's id or url, else the resolved file/line
    sha256: str
    data: bytes
    hints: SourceHints | None = None


@dataclass(frozen=True, slots=True)
class Source:
    """A file to read: a plain article file, or a JSON Lines file of records."""

    path: Path  # as given (joined below the folder given)
    jsonl: bool
    articles: bool = False  # a JSON Lines file of articles: its first record has ``text`` (read once)


def source(path: Path) -> Source:
    """A source, its kind told by its name; a JSON Lines file's first record is read to tell articles
    from sidecar metadata."""
    jsonl = is_jsonl(path)
    return Source(path, jsonl, jsonl and _first_record_has_text(path))


def is_folder_document(name: str) -> bool:
    """A folder's own documentation (README, LICENSE, SOURCES.md, ...): not an article of the folder."""
    return name.split(".", 1)[0].upper() in FOLDER_DOCUMENTS


def is_article_file(name: str) -> bool:
    """Whether a file met in a folder is an input: text-like, JSON Lines or without an extension,
    and not the folder's own documentation."""
    if is_folder_document(name):
        return False
    lowered = name.lower()
    if lowered.endswith(JSONL_SUFFIXES):
        return True
    suffix = Path(lowered).suffix[1:]
    is_extension = 0 < len(suffix) <= 8 and suffix.isalnum() and suffix.isascii() and not suffix.isdigit()
    return not is_extension or f".{suffix}" in TEXT_SUFFIXES


def is_jsonl(path: Path) -> bool:
    """``.jsonl`` or ``.jsonl.gz``, in any case (as :func:`is_article_file` reads them)."""
    return path.name.lower().endswith(JSONL_SUFFIXES)


def count_hint(sources: Sequence[Source], missing: Sequence[FailedInput]) -> int | None:
    """How many inputs there will be, when known without reading them: None once a JSON Lines file
    holds articles (its first record has ``text``); sidecars (no ``text``) add nothing."""
    total = len(missing)
    for found in sources:
        if not found.jsonl:
            total += 1
        elif found.articles:
            return None
    return total


def estimate_inputs(sources: Sequence[Source]) -> int:
    """About how many inputs there are, without reading them: a JSON Lines file of articles counts
    one per ~3,000 bytes (one per ~1,000 gzipped bytes), a plain file one."""
    total = 0
    for found in sources:
        if not found.jsonl:
            total += 1
        elif found.articles:
            try:
                size = found.path.stat().st_size
            except OSError:
                continue
            total += size // (1000 if is_gzip_name(found.path) else 3000)
    return total


def _first_record_has_text(path: Path) -> bool:
    try:
        with open_text(path) as handle:
            for line in handle:
                if line.strip():
                    return '"text"' in line
    except (OSError, EOFError, UnicodeDecodeError):
        return False
    return False


def find_sources(
    paths: Sequence[str | Path], exclude: Collection[Path] = (), skipped: list[Path] | None = None
) -> tuple[list[Source], list[FailedInput]]:
    """Every input under ``paths`` (files, folders, globs), in a stable order, and the paths not found.

    Files in ``exclude`` (resolved paths: the SQLite database being written and its journals) are left
    out of folders and globs. Files of a folder that are not inputs are appended to ``skipped``.
    """
    skip = {p.resolve() for p in exclude}
    sources: list[Source] = []
    missing: list[FailedInput] = []
    passed_over = skipped if skipped is not None else []
    seen_dirs: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.exists() or path.is_symlink():
            matches = [path]
        elif any(ch in str(raw) for ch in "*?["):
            matches = [Path(m) for m in sorted(glob.glob(str(raw), recursive=True))]
        else:
            matches = []
        if not matches:
            missing.append(FailedInput(str(raw), "missing", "no such file or directory"))
        for match in matches:
            if match.is_dir():
                for found in _walk(match, seen_dirs):
                    if found.path.resolve() in skip:
                        continue
                    if is_article_file(found.path.name):
                        sources.append(found)
                    else:
                        passed_over.append(found.path)
            elif match != path and match.resolve() in skip:
                continue
            else:
                found = source(match)
                sources.append(found)
                if found.jsonl and not found.articles:
                    sources.extend(_named_files(found.path))
    return _once(sources), missing


def _named_files(sidecar: Path) -> list[Source]:
    """A metadata sidecar given on its own stands for the files it names, in its folder (read with its
    metadata); the files it names that are not there are reported by the sidecar's loader."""
    names = load_sidecar_names(sidecar)
    return [source(sidecar.parent / name) for name in names if (sidecar.parent / name).is_file()]


def _once(sources: list[Source]) -> list[Source]:
    """Each file once (a folder and its sidecar both given, or a file named twice), first place kept."""
    seen: set[Path] = set()
    out = []
    for found in sources:
        key = found.path.resolve()
        if key not in seen:
            seen.add(key)
            out.append(found)
    return out


def _walk(root: Path, seen_dirs: set[tuple[int, int]]) -> Iterator[Source]:
    for folder, dirs, files in os.walk(root, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError:
            dirs[:] = []
            continue
        ident = (info.st_dev, info.st_ino)
        if ident in seen_dirs:
            dirs[:] = []
            continue
        seen_dirs.add(ident)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(f for f in files if not f.startswith(".")):
            yield source(Path(folder) / name)


class Discovery:
    """Turns sources into work items, applying sidecar hints and the user's options."""

    def __init__(
        self, *, outlet: str | None = None, published: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        self.outlet = outlet
        self.published = published
        self.max_bytes = max_bytes
        self._sidecars: dict[Path, dict[str, SourceHints]] = {}
        #: metadata values that cannot be used (kind ``metadata``): warnings, the inputs still import
        self.warnings: list[FailedInput] = []

    def hints(self, found: SourceHints | None) -> SourceHints:
        """Sidecar/record hints, the user's options filling what they lack (and the text, later, wins
        over the options: ``force_outlet`` marks an outlet that is only the user's fallback)."""
        hints = found or SourceHints()
        if self.outlet and not hints.outlet:
            hints = replace(hints, outlet=self.outlet, force_outlet=True)
        if self.published and not hints.published:
            hints = replace(hints, published=self.published)
        return hints

    def items(self, sources: Sequence[Source]) -> Iterator[WorkItem | FailedInput]:
        for source in sources:
            if source.jsonl:
                yield from self._jsonl(source.path)
            else:
                yield self._file(source.path)

    def _sidecar(self, folder: Path) -> dict[str, SourceHints]:
        if folder not in self._sidecars:
            try:
                problems: list[tuple[str, str]] = []
                self._sidecars[folder] = load_sidecar(folder, problems)
                self.warnings.extend(FailedInput(where, "metadata", message) for where, message in problems)
            except ReadError:  # the bad line is reported when the JSON Lines file itself is read
                self._sidecars[folder] = {}
        return self._sidecars[folder]

    def _file(self, path: Path) -> WorkItem | FailedInput:
        try:
            size = path.stat().st_size
            if size > self.max_bytes:
                return FailedInput(
                    str(path), "oversize", f"{size} bytes is over the limit of {self.max_bytes}"
                )
            data = path.read_bytes()
        except OSError as exc:
            return FailedInput(str(path), "unreadable", f"cannot read: {exc.strerror or exc}")
        hints = self.hints(self._sidecar(path.parent).get(path.name))
        key = hints.source_id or str(path.resolve())
        return WorkItem(str(path), key, hashlib.sha256(data).hexdigest(), data, hints)

    def _jsonl(self, path: Path) -> Iterator[WorkItem | FailedInput]:
        number = 0
        try:
            with open_text(path) as handle:
                for number, line in enumerate(handle, start=1):
                    if line.strip():
                        item = self._record(path, number, line)
                        if item is not None:
                            yield item
        except (OSError, EOFError, UnicodeDecodeError) as exc:
            where = f"{path}:{number + 1}" if number else str(path)
            yield FailedInput(where, "unreadable", f"cannot read JSON Lines: {exc}")

    def _record(self, path: Path, number: int, line: str) -> WorkItem | FailedInput | None:
        where = f"{path}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            return FailedInput(where, "jsonl", json_error(exc, number))
        if not isinstance(record, dict):
            return FailedInput(where, "jsonl", "a JSON Lines record must be an object")
        text = record.get("text")
        if not isinstance(text, str):
            if record.get("file"):
                return None  # sidecar metadata for a file beside it
            return FailedInput(where, "empty", "record has neither text nor file")
        self.warnings.extend(FailedInput(where, "metadata", message) for message in record_problems(record))
        hints = self.hints(hints_from_record(record))
        data = text.encode("utf-8")
        key = hints.source_id or f"{path.resolve()}:{number}"
        return WorkItem(where, key, hashlib.sha256(data).hexdigest(), data, hints)
