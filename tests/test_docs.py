"""Docs are tested: every command has help text and appears in the README (sqlite-utils' test_docs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import typer

from newsdb.cli import app

README = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(command: Any, path: tuple[str, ...] = ()) -> Iterator[tuple[str, Any]]:
    """Every command of the (Typer-built click) command tree, with its full name."""
    for name, sub in sorted((getattr(command, "commands", None) or {}).items()):
        yield from _commands(sub, (*path, name))
    if path:
        yield " ".join(("newsdb", *path)), command


COMMANDS = dict(_commands(typer.main.get_command(app)))


def test_the_tree_holds_every_command() -> None:
    for name in (
        "newsdb import",
        "newsdb reprocess",
        "newsdb query quotes",
        "newsdb sql",
        "newsdb show person",
        "newsdb export",
        "newsdb db upgrade",
    ):
        assert name in COMMANDS


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_has_help(name: str) -> None:
    command = COMMANDS[name]
    assert (command.help or "").strip(), f"{name} has no help text"
    for param in command.params:
        if param.name != "help":
            assert getattr(param, "help", None), f"{name}: {param.name} has no help"


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_command_is_in_the_readme(name: str) -> None:
    assert name in README, f"README.md does not show `{name}`"
