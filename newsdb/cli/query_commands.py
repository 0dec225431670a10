"""``newsdb query NAME [--param value]`` and ``newsdb query --list``: the canned queries.

One subcommand per canned query, built from the query's signature: positional parameters become
arguments, keyword parameters options, the docstring the help text.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Annotated, Any

import typer

from newsdb.cli.common import open_engine, reported_errors
from newsdb.cli.output import OutputFormat, print_rows
from newsdb.queries import CannedQuery, QueryParam, list_queries, reading, run_query
from newsdb.queries.fts import FULL_TEXT_QUERIES, index_pending

FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format: table, json, jsonl or csv.")
]

app = typer.Typer(
    help="Run a canned query (list them with --list).",
    invoke_without_command=True,
    no_args_is_help=False,
)


@app.callback()
def query_root(
    ctx: typer.Context,
    list_: Annotated[bool, typer.Option("--list", help="List the canned queries and exit.")] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Run a canned query: `newsdb query NAME [--param value]`; `newsdb query --list` lists them."""
    if list_:
        rows = [_describe(q) for q in list_queries()]
        print_rows(rows, ("name", "parameters", "columns", "description"), fmt)
        raise typer.Exit()
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit()


_PENDING = (
    "warning: the full-text index is incomplete (a bulk import is running, or one was interrupted):"
    " recent articles may be missing from these results; `newsdb db repair` rebuilds it"
)


def _describe(query: CannedQuery) -> dict[str, Any]:
    params = [p.name.upper() if p.positional else f"[{p.option}]" for p in query.params]
    return {
        "name": query.name,
        "parameters": " ".join(params),
        "columns": ", ".join(query.columns),
        "description": query.summary,
    }


def _cli_type(param: QueryParam) -> type:
    return param.type if param.type in (int, str) else str  # dates are parsed by the query registry


def _signature(query: CannedQuery) -> inspect.Signature:
    kind = inspect.Parameter.KEYWORD_ONLY
    params = [inspect.Parameter("ctx", inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=typer.Context)]
    for p in query.params:
        if p.positional:
            info: Any = typer.Argument(help=p.help, metavar=p.name.upper(), show_default=False)
            annotation: Any = Annotated[_cli_type(p), info]
            params.append(inspect.Parameter(p.name, kind, annotation=annotation))
        else:
            info = typer.Option(p.option, help=p.help)
            annotation = Annotated[_cli_type(p) | None, info]
            params.append(inspect.Parameter(p.name, kind, annotation=annotation, default=p.default))
    params.append(inspect.Parameter("fmt", kind, annotation=FormatOption, default=OutputFormat.table))
    return inspect.Signature(params)


def _format(ctx: typer.Context, fmt: OutputFormat) -> OutputFormat:
    """The command's own --format, else the one given before its name (`newsdb query -f csv outlets`)."""
    source = ctx.get_parameter_source("fmt")
    given_before = ctx.parent.params.get("fmt") if ctx.parent is not None else None
    if (source is None or source.name == "DEFAULT") and isinstance(given_before, OutputFormat):
        return given_before
    return fmt


def _make_command(query: CannedQuery) -> Callable[..., None]:
    def command(ctx: typer.Context, **kwargs: Any) -> None:
        fmt = _format(ctx, kwargs.pop("fmt"))
        with reported_errors():
            engine = open_engine(ctx)
            try:
                with reading(engine) as session:
                    result = run_query(session, query.name, **kwargs)
                    pending = query.name in FULL_TEXT_QUERIES and index_pending(session)
            finally:
                engine.dispose()
        print_rows(result.rows, result.columns, fmt)
        if pending:
            typer.echo(_PENDING, err=True)

    command.__signature__ = _signature(query)  # type: ignore[attr-defined]
    command.__name__ = query.name.replace("-", "_")
    columns = ", ".join(query.columns)
    command.__doc__ = f"{query.doc}\n\nColumns: {columns}."
    return command


for _query in list_queries():
    app.command(_query.name, help=f"{_query.doc}\n\nColumns: {', '.join(_query.columns)}.")(
        _make_command(_query)
    )
