"""``newsdb sql "SELECT …"`` (read-only, time-limited) and ``newsdb export``."""

from __future__ import annotations

import sys
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from newsdb.cli.common import fail, open_engine, reported_errors, state, stderr
from newsdb.cli.output import OutputFormat, print_rows
from newsdb.export import ExportFilter, export, export_to_file
from newsdb.readonly import DEFAULT_MAX_ROWS, DEFAULT_TIMEOUT, run_sql


def sql_command(
    ctx: typer.Context,
    statement: Annotated[str, typer.Argument(metavar="SQL", help="One SQL statement (read-only).")],
    timeout: Annotated[
        float, typer.Option("--timeout", help="Stop the query after this many seconds.")
    ] = DEFAULT_TIMEOUT,
    limit: Annotated[int, typer.Option("--limit", help="Print at most this many rows.")] = DEFAULT_MAX_ROWS,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table, json, jsonl or csv.")] = (
        OutputFormat.table
    ),
) -> None:
    """Run one SQL statement on a read-only connection: the database refuses every write."""
    with reported_errors():
        open_engine(ctx).dispose()  # refuses a missing or an old archive
        result = run_sql(state(ctx).url, statement, timeout=timeout, max_rows=limit)
    print_rows(result.rows, result.columns, fmt)
    if result.truncated:
        stderr.print(f"(only the first {limit} rows; raise --limit for more)")


DAY = "%Y-%m-%d"


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"


def export_command(
    ctx: typer.Context,
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="jsonl: one object per article; csv: one row per quote."),
    ] = ExportFormat.jsonl,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (name or domain).")] = None,
    since: Annotated[
        datetime | None, typer.Option("--since", formats=[DAY], help="First day, YYYY-MM-DD (local day).")
    ] = None,
    until: Annotated[
        datetime | None, typer.Option("--until", formats=[DAY], help="Last day, YYYY-MM-DD, inclusive.")
    ] = None,
) -> None:
    """Export the archive: JSON Lines (one article a line, the export contract) or CSV (a quote a row).

    --outlet, --since and --until select articles as `newsdb query articles` does; undated articles
    fall outside any date range.
    """
    only = ExportFilter(outlet, since and since.date(), until and until.date())
    with reported_errors():
        engine = open_engine(ctx)
        try:
            if output is None:
                count = export(engine, sys.stdout, fmt, only=only)
            else:
                count = export_to_file(engine, output, fmt, only=only)  # whole or not at all
        except OSError as exc:
            raise fail(f"cannot write {output}: {exc.strerror or exc}") from exc
        finally:
            engine.dispose()
    what = "articles" if fmt == "jsonl" else "quotes"
    stderr.print(f"exported {count} {what}" + (f" to {output}" if output else ""), markup=False)
