"""``newsdb import`` and ``newsdb reprocess``: parse the options, call the pipeline, print the summary."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from sqlalchemy import Engine
from sqlalchemy.engine import URL

from newsdb.api import open_database
from newsdb.cli.common import fail, open_engine, reported_errors, state, stderr
from newsdb.cli.output import OutputFormat, print_rows
from newsdb.errors import DateParseError
from newsdb.importer.pipeline import (
    DEFAULT_BATCH_SIZE,
    ImportOptions,
    ImportSummary,
    import_paths,
)
from newsdb.importer.reprocess import reprocess
from newsdb.store import FailedInput

SUMMARY_COLUMNS = ("seen", "imported", "unchanged", "updated", "failed", "duplicates", "skipped")
#: At most this many skipped files are named on stderr (all of them are in ``--format json``).
SKIPPED_NAMED = 20
REPROCESS_COLUMNS = ("seen", "updated", "failed", "extractor_version")

Jobs = Annotated[
    int | None,
    typer.Option("--jobs", "-j", min=1, help="Parsing processes. Default: one per core."),
]
Format = Annotated[OutputFormat, typer.Option("--format", help="How to print the summary.")]


@contextmanager
def _progress_bar(label: str) -> Iterator[Any]:
    """A progress callback drawing a bar on a terminal (stderr); nothing when piped."""
    if not stderr.is_terminal:
        yield None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    # No refresh thread: worker processes are forked while the bar is shown.
    with Progress(*columns, console=stderr, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(label, total=None)

        def update(done: int, total: int | None) -> None:
            bar.update(task, completed=done, total=total, refresh=True)

        yield update


def _print_errors(errors: list[FailedInput]) -> None:
    for error in errors:
        stderr.print(
            f"[bold red]failed:[/] {escape(f'{error.path}: {error.kind}: {error.message}')}", markup=True
        )


def _print_notes(summary: ImportSummary) -> None:
    """Duplicates and skipped files: not failures, but worth a line each on stderr."""
    for dup in summary.duplicate_of:
        stderr.print(
            f"[yellow]duplicate:[/] {escape(f'{dup.path}: {dup.message}')}", markup=True, highlight=False
        )
    for path in summary.skipped_paths[:SKIPPED_NAMED]:
        stderr.print(
            f"[dim]skipped:[/] {escape(str(path))}: not an article dump", markup=True, highlight=False
        )
    for warning in summary.warnings:
        stderr.print(
            f"[yellow]warning:[/] {escape(f'{warning.path}: {warning.message}')}",
            markup=True,
            highlight=False,
        )
    if summary.skipped > SKIPPED_NAMED:
        stderr.print(f"[dim]skipped:[/] … and {summary.skipped - SKIPPED_NAMED} more", markup=True)


def _print_summary(summary: dict[str, Any], columns: tuple[str, ...], fmt: OutputFormat) -> None:
    if fmt is OutputFormat.json:
        typer.echo(json.dumps(summary, ensure_ascii=False, indent=2))
    elif fmt is OutputFormat.table:
        dry = " (dry run: nothing was stored)" if summary.get("dry_run") else ""
        typer.echo(", ".join(f"{c} {summary[c]}" for c in columns) + dry)
    else:
        print_rows([summary], columns, fmt)


def _import_engine(ctx: typer.Context, dry_run: bool) -> Engine:
    """The archive to import into; a dry run into a SQLite archive that does not exist yet runs on an
    empty one in memory, so that it leaves no file behind."""
    url = state(ctx).url
    path = url.database if url.get_backend_name() == "sqlite" else None
    if dry_run and path and path != ":memory:" and not Path(path).exists():
        return open_database(URL.create("sqlite", database=":memory:"))
    return open_engine(ctx, create=True)


def import_command(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(metavar="PATH", help="Files, folders, globs, JSON Lines.")],
    outlet: Annotated[
        str | None,
        typer.Option(
            "--outlet",
            help="Outlet of the inputs whose metadata and text name none; its layout reads them only when"
            " nothing in the text picks one.",
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Published date for inputs whose text and metadata give none."),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Read, parse and extract everything, but store nothing.")
    ] = False,
    jobs: Jobs = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles written per transaction.")
    ] = DEFAULT_BATCH_SIZE,
    bulk: Annotated[
        bool | None,
        typer.Option(
            "--bulk/--no-bulk",
            help="SQLite: build the full-text index once at the end. Default: when the input is large.",
        ),
    ] = None,
    fmt: Format = OutputFormat.table,
) -> None:
    """Import article files, folders, globs and JSON Lines (.jsonl, .jsonl.gz) into the archive.

    Exit status 1 when any input failed; each failure is named on stderr with its reason.
    """
    try:
        options = ImportOptions(
            outlet=outlet, published=published, dry_run=dry_run, jobs=jobs, batch_size=batch_size, bulk=bulk
        )
    except DateParseError as exc:  # a --published no input could use
        raise fail(f"--{exc}") from None
    with reported_errors():
        engine = _import_engine(ctx, dry_run)
        with _progress_bar("importing") as progress:
            summary = import_paths(engine, paths, options, progress=progress)
    _print_notes(summary)
    _print_errors(summary.errors)
    _print_summary(summary.as_dict(), SUMMARY_COLUMNS, fmt)
    if summary.failed:
        raise typer.Exit(1)


def reprocess_command(
    ctx: typer.Context,
    all_articles: Annotated[
        bool, typer.Option("--all", help="Every article, not only those extracted by another version.")
    ] = False,
    jobs: Jobs = None,
    fmt: Format = OutputFormat.table,
) -> None:
    """Run layout and extraction again over the stored raw text of the articles.

    By default only articles whose extractor version differs from this newsdb's; --all for every one.
    """
    with reported_errors():
        engine = open_engine(ctx)
        with _progress_bar("reprocessing") as progress:
            summary = reprocess(engine, all=all_articles, jobs=jobs, progress=progress)
    _print_errors(summary.errors)
    _print_summary(summary.as_dict(), REPROCESS_COLUMNS, fmt)
    if summary.failed:
        raise typer.Exit(1)
