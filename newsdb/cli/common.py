"""What every command shares: the database option, opening an engine, turning errors into exit codes."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import typer
from alembic.util import CommandError
from rich.console import Console
from rich.markup import escape
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from newsdb.api import open_database
from newsdb.config import resolve_url
from newsdb.errors import ConfigurationError, NewsdbError

#: Exit status for a usage, configuration or database problem (1 is kept for "some input failed").
EXIT_ERROR = 2

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


@dataclass
class CliState:
    db: str | None = None

    @property
    def url(self) -> URL:
        return resolve_url(self.db)


def state(ctx: typer.Context) -> CliState:
    obj = ctx.find_root().obj
    if not isinstance(obj, CliState):
        obj = ctx.find_root().obj = CliState()
    return obj


def open_engine(ctx: typer.Context, *, ensure: bool = True, create: bool = False) -> Engine:
    """An engine on the configured database; a new database is created at head, an old one refused.

    Only commands that write (``import``, ``db upgrade``: ``create=True``) start a new SQLite file;
    the others refuse a file that is not there, so that a mistyped path is an error, not an empty
    archive answering every question with nothing.
    """
    url = state(ctx).url
    path = url.database if url.get_backend_name() == "sqlite" else None
    if not create and path and path != ":memory:" and not Path(path).exists():
        raise ConfigurationError(
            f"no archive at {path}: `newsdb import` creates one (or `newsdb db upgrade` an empty one)"
        )
    return open_database(url, ensure=ensure)


def fail(message: str, code: int = EXIT_ERROR) -> typer.Exit:
    stderr.print(f"[bold red]error:[/] {escape(message)}", markup=True)
    return typer.Exit(code)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Turn newsdb's own errors (and Alembic's about revisions) into one line on stderr, exit status 2."""
    try:
        yield
    except NewsdbError as exc:
        raise fail(str(exc)) from exc
    except CommandError as exc:  # Alembic: ``db upgrade nosuch``, ``db downgrade 0009``
        raise fail(str(exc)) from exc
