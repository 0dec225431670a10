"""What a file's surroundings say about it: the outlet table, URL → outlet, JSON Lines sidecars and inputs.

Pure apart from reading the files it is pointed at; no database.

* :func:`outlet_from_url` / :func:`outlet_by_name` look an outlet up in ``data/outlets.json``.
* :func:`iter_jsonl` walks a JSON Lines file (``.gz`` too) whose records may carry the article ``text``.
* :func:`load_sidecar` reads the ``INDEX.jsonl``/``*.jsonl`` of a folder into per-file :class:`SourceHints`.
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from newsdb.errors import ReadError, UnknownOutlet
from newsdb.importer.dates import parse_date
from newsdb.records import SourceHints

__all__ = [
    "Outlet",
    "JsonlRecord",
    "all_outlets",
    "outlet_by_name",
    "require_outlet",
    "outlet_from_url",
    "resolve_outlet",
    "wire_agencies",
    "hints_from_record",
    "record_problems",
    "iter_jsonl",
    "json_error",
    "load_sidecar",
    "load_sidecar_names",
]


@dataclass(frozen=True, slots=True)
class Outlet:
    slug: str  # layout module name, e.g. "kompastv"
    name: str  # display name, e.g. "Kompas TV"
    domain: str  # main domain, e.g. "kompas.tv"
    domains: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    language: str = "id"
    country: str | None = None


@dataclass(frozen=True, slots=True)
class JsonlRecord:
    """One record of a JSON Lines input: where it came from, its text (if any) and its hints."""

    source_name: str  # "<path>:<line>" or the record's ``file`` field
    line_number: int
    text: str | None
    hints: SourceHints
    raw: Mapping[str, Any]


@cache
def _table() -> dict[str, Any]:
    data = resources.files("newsdb.importer").joinpath("data/outlets.json").read_text(encoding="utf-8")
    return json.loads(data)  # type: ignore[no-any-return]


@cache
def all_outlets() -> tuple[Outlet, ...]:
    """Every outlet newsdb knows, in table order."""
    out = []
    for row in _table()["outlets"]:
        domains = tuple(row["domains"])
        out.append(
            Outlet(
                slug=row["slug"],
                name=row["name"],
                domain=domains[0],
                domains=domains,
                aliases=tuple(row.get("aliases", ())),
                language=row.get("language", "id"),
                country=row.get("country"),
            )
        )
    return tuple(out)


@cache
def _by_key() -> dict[str, Outlet]:
    index: dict[str, Outlet] = {}
    for outlet in all_outlets():
        for key in (outlet.slug, outlet.name, *outlet.domains, *outlet.aliases):
            index.setdefault(_key(key), outlet)
    return index


@cache
def _by_domain() -> dict[str, Outlet]:
    return {domain: outlet for outlet in all_outlets() for domain in outlet.domains}


def _key(name: str) -> str:
    return " ".join(name.replace("_", " ").split()).casefold()


def outlet_by_name(name: str | None) -> Outlet | None:
    """The outlet a name, slug, alias or domain stands for (``"detik"`` → detikcom), else None."""
    if not name:
        return None
    found = _by_key().get(_key(name))
    if found is None and "." in name:
        return outlet_from_url(name)
    return found


def require_outlet(name: str) -> Outlet:
    """Like :func:`outlet_by_name` but raises :class:`UnknownOutlet` for a name newsdb does not know."""
    found = outlet_by_name(name)
    if found is None:
        known = ", ".join(sorted(o.name for o in all_outlets()))
        raise UnknownOutlet(f"unknown outlet {name!r}; known outlets: {known}")
    return found


def outlet_from_url(url: str | None) -> Outlet | None:
    """The outlet whose domain (or a parent domain of it) hosts ``url``; None when unknown or unparsable."""
    if not url:
        return None
    text = url.strip()
    if "//" not in text:
        text = "//" + text
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host:
        return None
    table = _by_domain()
    labels = host.lower().rstrip(".").split(".")
    for i in range(len(labels) - 1):
        found = table.get(".".join(labels[i:]))
        if found is not None:
            return found
    return None


def resolve_outlet(hints: SourceHints | None) -> Outlet | None:
    """The outlet the hints name: the ``outlet`` field first, then the URL's domain."""
    if hints is None:
        return None
    return outlet_by_name(hints.outlet) or outlet_from_url(hints.url)


@cache
def wire_agencies() -> dict[str, tuple[str, ...]]:
    """Wire agencies: canonical name → spellings met in the text."""
    table = _table()["wire_agencies"]
    return {name: tuple(spellings) for name, spellings in table.items() if not name.startswith("_")}


def _text_field(record: Mapping[str, Any], *names: str) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


_HINT_FIELDS = (
    "outlet",
    "source",
    "url",
    "link",
    "tautan",
    "title",
    "judul",
    "published",
    "published_at",
    "date",
)
_DATE_FIELDS = ("published", "published_at", "date")


def record_problems(record: Mapping[str, Any]) -> list[str]:
    """What a metadata record gives that newsdb cannot use, one sentence per value: a field that is not
    text (``"outlet": 42``), a date that is not a date with a year (``"31 Februari 2022"``). The values
    are ignored (:func:`hints_from_record` skips them); the caller warns the user."""
    problems = []
    for name in _HINT_FIELDS:
        value = record.get(name)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            problems.append(f"{name} {json.dumps(value, ensure_ascii=False)} is not text: ignored")
        elif name in _DATE_FIELDS:
            found = parse_date(value)
            if found is None:
                problems.append(f"{name} {value!r} is not a date: ignored")
            elif found.year is None:
                problems.append(f"{name} {value!r} has no year: no published date comes of it")
    return problems


def _date_field(record: Mapping[str, Any]) -> str | None:
    """The first date field that is a date (one that is not is reported by :func:`record_problems`)."""
    for name in _DATE_FIELDS:
        value = _text_field(record, name)
        if value is not None and parse_date(value) is not None:
            return value
    return None


def hints_from_record(record: Mapping[str, Any]) -> SourceHints:
    """:class:`SourceHints` from a metadata record (``outlet``, ``url``, ``title``, ``published``)."""
    url = _text_field(record, "url", "link", "tautan")
    outlet_name = _text_field(record, "outlet", "source")
    outlet = outlet_by_name(outlet_name) or outlet_from_url(url)
    return SourceHints(
        outlet=outlet.name if outlet else outlet_name,
        url=url,
        title=_text_field(record, "title", "judul"),
        published=_date_field(record),
        source_id=_text_field(record, "id", "source_id") or url,
    )


def is_gzip_name(path: Path) -> bool:
    """``….gz`` in any case: the name says the file is gzip-compressed."""
    return path.name.lower().endswith(".gz")


def open_text(path: Path) -> Any:
    """A JSON Lines or sidecar file as text, gzip or plain by its name (a BOM is dropped)."""
    if is_gzip_name(path):
        return gzip.open(path, "rt", encoding="utf-8-sig", newline="")
    return path.open("r", encoding="utf-8-sig", newline="")


def iter_jsonl(path: str | Path) -> Iterator[JsonlRecord]:
    """Records of a JSON Lines file (plain or gzip). Blank lines are skipped.

    Raises :class:`ReadError` naming the line for a line that is not a JSON object, and for a file that
    is not UTF-8 or not valid gzip.
    """
    path = Path(path)
    try:
        with open_text(path) as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                yield _record(path, number, line)
    except (UnicodeDecodeError, OSError, EOFError) as exc:
        raise ReadError(f"{path}: cannot read JSON Lines: {exc}") from exc


def json_error(exc: json.JSONDecodeError, number: int) -> str:
    """The whole reason a JSON Lines line is not JSON, with its line and column
    (``json``'s own message ends in a bare ``at`` when the position is left off)."""
    reason = exc.msg.removesuffix(" at")
    if reason == "Invalid control character":
        reason += " (a tab, line break or other control character inside a string must be escaped)"
    return f"not JSON at line {number}, column {exc.colno}: {reason}"


def _record(path: Path, number: int, line: str) -> JsonlRecord:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ReadError(f"{path}:{number}: {json_error(exc, number)}") from exc
    if not isinstance(record, dict):
        raise ReadError(f"{path}:{number}: a JSON Lines record must be an object")
    text = record.get("text")
    name = _text_field(record, "file") or f"{path}:{number}"
    return JsonlRecord(
        source_name=name,
        line_number=number,
        text=text if isinstance(text, str) else None,
        hints=hints_from_record(record),
        raw=record,
    )


def _good_records(path: Path) -> Iterator[JsonlRecord]:
    """The records of a JSON Lines file, passing over lines that are not JSON objects (reading the file
    as an input reports them): one broken line must not cost the other files their metadata."""
    try:
        with open_text(path) as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    try:
                        yield _record(path, number, line)
                    except ReadError:
                        continue
    except (UnicodeDecodeError, OSError, EOFError) as exc:
        raise ReadError(f"{path}: cannot read JSON Lines: {exc}") from exc


def load_sidecar_names(sidecar: Path) -> list[str]:
    """The files a sidecar names (``file`` of its records without ``text``), in order, each once."""
    try:
        names = [
            _text_field(r.raw, "file")
            for r in _good_records(sidecar)
            if not isinstance(r.raw.get("text"), str)
        ]
    except ReadError:  # reported when the sidecar itself is read as an input
        return []
    return list(dict.fromkeys(name for name in names if name is not None))


def load_sidecar(folder: str | Path, problems: list[tuple[str, str]] | None = None) -> dict[str, SourceHints]:
    """Per-file hints from the JSON Lines sidecars of ``folder``: ``INDEX.jsonl`` first, then ``*.jsonl``.

    Only records naming a ``file`` count; the first record for a file wins. Keys are file names as given
    in the records (relative to ``folder``). A folder without sidecars gives an empty dict. What the
    records give that cannot be used (see :func:`record_problems`, and a ``file`` that is not in the
    folder) is appended to ``problems`` as (``sidecar:line``, message).
    """
    folder = Path(folder)
    sidecars = sorted(folder.glob("*.jsonl"), key=lambda p: (p.name != "INDEX.jsonl", p.name))
    hints: dict[str, SourceHints] = {}
    for sidecar in sidecars:
        for record in _good_records(sidecar):
            name = _text_field(record.raw, "file")
            if name is None or name in hints:
                continue
            hints[name] = record.hints
            if problems is not None:
                where = f"{sidecar}:{record.line_number}"
                if not (folder / name).is_file():
                    problems.append((where, f"file {name!r} is not in {folder}: its metadata is unused"))
                problems.extend((where, f"{name}: {problem}") for problem in record_problems(record.raw))
    return hints
