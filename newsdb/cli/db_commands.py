"""``newsdb db …``: schema migrations through Alembic's command API."""

from __future__ import annotations

from typing import Annotated

import typer
from alembic.script import ScriptDirectory

from newsdb.cli.common import open_engine, reported_errors
from newsdb.db import alembic_config, current_revision, downgrade, head_revision, upgrade
from newsdb.store.fts import repair_fts

app = typer.Typer(help="Create, migrate and inspect the database schema.", no_args_is_help=True)


@app.command("upgrade")
def upgrade_command(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision.")] = "head",
) -> None:
    """Migrate the database up to REVISION (default: head), creating it if needed."""
    with reported_errors():
        engine = open_engine(ctx, ensure=False, create=True)
        upgrade(engine, revision)
        typer.echo(f"database at revision {current_revision(engine) or 'base'}")


@app.command("downgrade")
def downgrade_command(
    ctx: typer.Context,
    revision: Annotated[str, typer.Argument(help="Target revision; 'base' removes every newsdb table.")],
) -> None:
    """Migrate the database down to REVISION."""
    with reported_errors():
        engine = open_engine(ctx, ensure=False)
        downgrade(engine, revision)
        typer.echo(f"database at revision {current_revision(engine) or 'base'}")


@app.command("current")
def current_command(ctx: typer.Context) -> None:
    """Print the database's revision and whether it is at head."""
    with reported_errors():
        current = current_revision(open_engine(ctx, ensure=False))
        head = head_revision()
        state = "head" if current == head else f"behind head {head}: run `newsdb db upgrade`"
        typer.echo(f"{current or 'base'} ({state})")


@app.command("repair")
def repair_command(ctx: typer.Context) -> None:
    """Make the SQLite full-text index whole after an interrupted bulk import (imports do it too)."""
    with reported_errors():
        engine = open_engine(ctx)
        try:
            with engine.connect() as conn:
                repaired = repair_fts(conn)
        finally:
            engine.dispose()
        typer.echo("full-text index rebuilt" if repaired else "nothing to repair")


@app.command("history")
def history_command() -> None:
    """List the schema revisions, newest first."""
    script = ScriptDirectory.from_config(alembic_config())
    for rev in script.walk_revisions():
        typer.echo(f"{rev.down_revision or 'base'} -> {rev.revision}: {rev.doc}")
