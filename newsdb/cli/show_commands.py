"""``newsdb show article ID`` and ``newsdb show person NAME``."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsdb.cli.common import open_engine, reported_errors
from newsdb.cli.output import print_rows
from newsdb.queries import reading
from newsdb.queries.show import article_detail, person_detail

app = typer.Typer(help="Show one article or one person in full.", no_args_is_help=True)


class ShowOutput(StrEnum):
    """``show`` prints one nested record: a table for reading, or JSON (no flat csv/jsonl form)."""

    table = "table"
    json = "json"


ShowFormat = Annotated[ShowOutput, typer.Option("--format", "-f", help="table or json.")]


def _fetch(ctx: typer.Context, fetch: Any, *args: Any, **kwargs: Any) -> Any:
    with reported_errors():
        engine = open_engine(ctx)
        try:
            with reading(engine) as session:
                return fetch(session, *args, **kwargs)
        finally:
            engine.dispose()


def _json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _fields(title: str, record: dict[str, Any], keys: tuple[str, ...]) -> None:
    table = Table("field", "value", title=Text(title), show_header=False)
    for key in keys:
        value = record.get(key)
        table.add_row(key, Text(", ".join(map(str, value)) if isinstance(value, list) else str(value or "")))
    Console(highlight=False).print(table)


ARTICLE_FIELDS = (
    "id", "title", "outlet", "published_at", "date_text", "dateline", "section", "url", "source_path",
    "authors", "editors", "photo_credit", "wire_sources", "related_headlines",
)  # fmt: skip


@app.command("article")
def show_article(
    ctx: typer.Context,
    article_id: Annotated[int, typer.Argument(metavar="ID", help="Article id.")],
    fmt: ShowFormat = ShowOutput.table,
) -> None:
    """Show an article: metadata, the people of the story and their quotes."""
    record = _fetch(ctx, article_detail, article_id)
    if fmt is ShowOutput.json:
        _json(record)
        return
    _fields(f"article {article_id}", record, ARTICLE_FIELDS)
    print_rows(record["people"], ("name", "aliases", "roles", "mentions"), title="people")
    columns = ("paragraph", "speaker", "kind", "verb", "via", "text")
    print_rows(record["quotes"], columns, title="quotes")


@app.command("person")
def show_person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(metavar="NAME", help="Full name or any alias.")],
    limit: Annotated[int, typer.Option("--limit", help="Quotes and articles to show.")] = 20,
    fmt: ShowFormat = ShowOutput.table,
) -> None:
    """Show a person: aliases, roles, latest quotes and articles (every person NAME can mean)."""
    people = _fetch(ctx, person_detail, name, limit=limit)
    if fmt is ShowOutput.json:
        _json(people)
        return
    for person in people:
        roles = [f"{r['role']} ({r['articles']})" for r in person["roles"]]
        _fields(person["name"], {**person, "roles": roles}, ("id", "name", "aliases", "roles"))
        print_rows(person["quotes"], ("published", "outlet", "article_id", "kind", "text"), title="quotes")
        print_rows(person["articles"], ("article_id", "published", "outlet", "title"), title="articles")
