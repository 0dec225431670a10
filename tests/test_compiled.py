"""Which build runs: the mypyc-compiled hot modules (a regular install) or pure Python.

``NEWSDB_EXPECT_COMPILED=1`` (CI) demands the compiled build, ``=0`` the pure one; unset, only
the consistency of what is installed is checked.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

import pytest

import newsdb
import newsdb.extract
import newsdb.importer.parsers

#: The modules setup.py compiles (extract, layout and the layouts per outlet).
HOT = sorted(
    [f"newsdb.extract.{m.name}" for m in pkgutil.iter_modules(newsdb.extract.__path__)]
    + [f"newsdb.importer.parsers.{m.name}" for m in pkgutil.iter_modules(newsdb.importer.parsers.__path__)]
    + ["newsdb.extract", "newsdb.importer.parsers", "newsdb.importer.layout"]
)
EXPECT = os.environ.get("NEWSDB_EXPECT_COMPILED")
REPO = Path(__file__).resolve().parent.parent


def is_extension(module: str) -> bool:
    return str(importlib.import_module(module).__file__).endswith(tuple(EXTENSION_SUFFIXES))


def test_the_hot_modules_are_all_compiled_or_all_pure() -> None:
    """A half-compiled set cannot happen: setup.py keeps all extension modules or none."""
    compiled = {name: is_extension(name) for name in HOT}
    assert set(compiled.values()) == {newsdb.extract.COMPILED}, compiled


@pytest.mark.skipif(EXPECT != "1", reason="NEWSDB_EXPECT_COMPILED=1 demands the compiled build (CI)")
def test_the_installed_build_is_compiled() -> None:
    assert newsdb.extract.COMPILED, f"pure Python imported from {newsdb.extract.__file__}"
    assert not Path(newsdb.__file__).resolve().is_relative_to(REPO), "the source tree, not the install"
    for name in HOT:
        assert is_extension(name), name


@pytest.mark.skipif(EXPECT != "0", reason="NEWSDB_EXPECT_COMPILED=0 demands the pure build")
def test_the_build_is_pure_python() -> None:
    assert not newsdb.extract.COMPILED, f"compiled module imported from {newsdb.extract.__file__}"
