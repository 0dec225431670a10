"""The Python API other applications use: an :class:`Archive` opened on a database URL.

from newsdb import Archive

with Archive("archive.sqlite") as archive:
    archive.import_paths(["seeds/"])
    for row in archive.query("quotes", speaker="Lavrov").rows:
        print(row["published"], row["text"])
    with archive.session() as session:
        print(session.query(archive.models.Article).count())
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from os import PathLike
from pathlib import Path
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Self, TextIO

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from newsdb import models
from newsdb.config import resolve_url
from newsdb.db import ensure_schema, make_engine, make_sessionmaker
from newsdb.errors import ConfigurationError
from newsdb.export import ExportFilter, export_to_file, iter_articles
from newsdb.export import export as export_archive
from newsdb.queries import CannedQuery, QueryResult, list_queries, reading, run_query
from newsdb.readonly import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, SqlResult, run_sql

if TYPE_CHECKING:
    from newsdb.importer.pipeline import ImportOptions, ImportSummary


def open_database(url: URL, *, ensure: bool = True) -> Engine:
    """An engine on ``url`` whose database answers: created at head if new, refused if older.

    A database that cannot be opened at all (no server, no such database, a folder or a file that
    is not SQLite) raises :class:`~newsdb.errors.ConfigurationError` naming it and the reason.
    """
    engine = make_engine(url)
    try:
        if ensure:
            ensure_schema(engine)
        else:
            engine.connect().close()
    except DBAPIError as exc:
        engine.dispose()
        shown = url.database if url.get_backend_name() == "sqlite" else url.render_as_string()
        reason = " ".join(str(exc.orig).split())
        raise ConfigurationError(f"cannot open the database {shown}: {reason}") from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


class Archive:
    """A newsdb archive on SQLite or PostgreSQL.

    ``url`` is a database URL or a SQLite file path (``None``: ``$NEWSDB_DATABASE_URL``, else
    ``./newsdb.sqlite``); or pass an ``engine`` of your own. A new, empty database is created at the
    newest schema; an older one is refused with :class:`~newsdb.errors.DatabaseOutOfDate`.
    """

    #: The mapped classes (``archive.models.Article``, ``archive.models.Quote``, …).
    models: ModuleType = models

    def __init__(self, url: str | URL | None = None, *, engine: Engine | None = None) -> None:
        if engine is None:
            engine = open_database(url if isinstance(url, URL) else resolve_url(url))
            self._owns_engine = True
        else:
            self._owns_engine = False
            ensure_schema(engine)
        self.engine: Engine = engine
        self._sessions: sessionmaker[Session] = make_sessionmaker(engine)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session that commits when the block ends normally and rolls back on an exception."""
        with self._sessions() as session, session.begin():
            yield session

    def import_paths(
        self,
        paths: str | PathLike[str] | Iterable[str | PathLike[str]],
        options: ImportOptions | None = None,
        progress: Any = None,
        **settings: Any,
    ) -> ImportSummary:
        """Import files, folders (recursively) or globs; see :func:`newsdb.importer.pipeline.import_paths`.

        ``paths`` is a list of them, or one path (``"seeds/"`` is the folder, not five one-letter paths).
        ``settings`` are the command line's options by their :class:`~newsdb.importer.pipeline.ImportOptions`
        names (``outlet="Kompas TV"``, ``published="2022-01-12"``, ``dry_run=True``, ``jobs=1``), applied
        over ``options``; an unknown name is a :class:`TypeError`.
        """
        from newsdb.importer.pipeline import ImportOptions, import_paths

        if isinstance(paths, str | PathLike):
            paths = [paths]
        if settings:
            unknown = sorted(set(settings) - set(ImportOptions.__dataclass_fields__))
            if unknown:
                raise TypeError(f"import_paths() got unknown settings: {', '.join(unknown)}")
            options = replace(options or ImportOptions(), **settings)
        return import_paths(self.engine, [Path(p) for p in paths], options=options, progress=progress)

    def queries(self) -> list[CannedQuery]:
        """The canned queries: name, parameters, output columns and documentation."""
        return list_queries()

    def query(self, name: str, /, *args: Any, **params: Any) -> QueryResult:
        """Run a canned query: ``query("quotes", speaker="Lavrov")``, ``query("timeline", "Putin")``."""
        with reading(self.engine) as session:
            return run_query(session, name, *args, **params)

    def sql(
        self, text: str, *, timeout: float = DEFAULT_TIMEOUT, max_rows: int = DEFAULT_MAX_ROWS
    ) -> SqlResult:
        """Run one SQL statement on a read-only connection, stopped after ``timeout`` seconds."""
        return run_sql(self.engine.url, text, timeout=timeout, max_rows=max_rows)

    def articles(
        self, *, outlet: str | None = None, since: date | None = None, until: date | None = None
    ) -> Iterator[dict[str, Any]]:
        """Every article (of ``outlet``, published ``since``/``until``) as an export-contract dict,
        streamed in id order."""
        return iter_articles(self.engine, only=ExportFilter(outlet, since, until))

    def export(
        self,
        out: TextIO | str | PathLike[str],
        fmt: str = "jsonl",
        *,
        outlet: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> int:
        """Export to a text stream or a file path as ``jsonl`` (per article) or ``csv`` (per quote),
        every article or those of ``outlet`` published ``since``/``until`` (local days, inclusive)."""
        only = ExportFilter(outlet, since, until)
        if isinstance(out, str | PathLike):
            return export_to_file(self.engine, out, fmt, only=only)  # whole or not at all
        return export_archive(self.engine, out, fmt, only=only)

    def close(self) -> None:
        if self._owns_engine:
            self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Archive({self.engine.url.render_as_string(hide_password=True)!r})"
