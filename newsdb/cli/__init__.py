"""The Typer command line: parse arguments, call one library function, print."""

from __future__ import annotations

from newsdb.cli.app import app


def main() -> None:
    app()


__all__ = ["app", "main"]
