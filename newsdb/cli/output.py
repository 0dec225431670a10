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
from rich.text import Text

#: Columns whose widest value is at most this many characters are not wrapped (cut with … if need be).
SHORT_COLUMN = 25
#: A free-text column narrower than this is unreadable: such tables are printed as records instead.
MIN_TEXT_WIDTH = 30


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
    """A table when it fits the console; otherwise one block of ``field  value`` lines per row."""
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    console = Console(file=out, highlight=False)
    if not cells:  # said in words: an empty grid or nothing at all reads like a failure
        console.print(Text(f"{title}: none" if title else "no rows"))
        return 0
    widths = [max([len(name)] + [len(r[i]) for r in cells]) for i, name in enumerate(columns)]
    needed = sum(min(w, SHORT_COLUMN) if w <= SHORT_COLUMN else MIN_TEXT_WIDTH for w in widths)
    if needed + 3 * len(columns) + 1 > console.width:
        _print_records(console, columns, cells, title)
        return len(cells)
    table = Table(title=title, show_lines=False)
    for name, widest in zip(columns, widths, strict=True):
        if widest <= SHORT_COLUMN:  # ids, dates, kinds, counts
            table.add_column(name, no_wrap=True, overflow="ellipsis")
        else:  # free text shares the remaining width
            table.add_column(name, overflow="fold", ratio=min(widest, 80), min_width=MIN_TEXT_WIDTH)
    for row_cells in cells:
        table.add_row(*map(Text, row_cells))  # Text: data is never read as rich markup
    console.print(table)
    return len(cells)


def _print_records(
    console: Console, columns: Sequence[str], cells: list[list[str]], title: str | None
) -> None:
    if title:
        console.print(title, style="bold")
    for number, row_cells in enumerate(cells, 1):
        grid = Table.grid(padding=(0, 2))
        grid.add_column(style="bold", no_wrap=True)
        grid.add_column(overflow="fold")
        for name, value in zip(columns, row_cells, strict=True):
            grid.add_row(name, Text(value))
        console.rule(f"row {number}", align="left", style="dim")
        console.print(grid)
