"""The root Typer app: global options and the command groups."""

from __future__ import annotations

from typing import Annotated

import typer

from newsdb import __version__
from newsdb.cli import db_commands, import_commands, query_commands, show_commands, sql_commands
from newsdb.cli.common import CliState
from newsdb.extract import COMPILED

app = typer.Typer(
    name="newsdb",
    help="A relational archive of news articles: outlets, articles, people and quotes.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(db_commands.app, name="db")
app.add_typer(query_commands.app, name="query")
app.add_typer(show_commands.app, name="show")
app.command("sql")(sql_commands.sql_command)
app.command("export")(sql_commands.export_command)
app.command("import")(import_commands.import_command)
app.command("reprocess")(import_commands.reprocess_command)


def version_line() -> str:
    """``newsdb 0.1.0, compiled (mypyc)`` or ``…, pure Python``: which build of the extractor runs."""
    return f"newsdb {__version__}, {'compiled (mypyc)' if COMPILED else 'pure Python'}"


def _print_version(value: bool) -> None:
    if value:
        typer.echo(version_line())
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            help="Database URL or SQLite file path. Default: $NEWSDB_DATABASE_URL, else ./newsdb.sqlite.",
        ),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """A relational archive of news articles: outlets, articles, people and quotes."""
    ctx.obj = CliState(db=db)
