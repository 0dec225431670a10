"""Printing rows as a table (rich), JSON, JSON Lines or CSV."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from enum import StrEnum
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any) -> str:
    value = _plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


def print_rows(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str],
    fmt: OutputFormat = OutputFormat.table,
    *,
    title: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Print ``rows`` (mappings with at least ``columns``) in ``fmt``; returns how many were printed."""
    out = out or sys.stdout
    if fmt is OutputFormat.table:
        return _print_table(rows, columns, title, out)
    if fmt is OutputFormat.json:
        items = [{c: _plain(r.get(c)) for c in columns} for r in rows]
        json.dump(items, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(items)
    count = 0
    if fmt is OutputFormat.csv:
        writer = csv.writer(out)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
            count += 1
        return count
    for row in rows:
        out.write(json.dumps({c: _plain(row.get(c)) for c in columns}, ensure_ascii=False) + "\n")
        count += 1
    return count


def _print_table(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], title: str | None, out: TextIO
) -> int:
    table = Table(*columns, title=title, show_lines=False)
    count = 0
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
        count += 1
    Console(file=out, highlight=False).print(table)
    return count
