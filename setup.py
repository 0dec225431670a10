"""Build hook: compile newsdb's pure hot modules with mypyc. The metadata lives in pyproject.toml.

A regular build (``pip install .``, a wheel) compiles the modules in ``HOT`` into C extensions
that sit next to the unchanged ``.py`` files; ``import`` prefers the extension. The ``.py`` files
stay the one source of truth. Pure Python is built instead when:

- ``NEWSDB_COMPILE=0`` is set;
- the build is editable or in place (``pip install -e .``): an extension module would shadow
  the ``.py`` file a developer edits;
- mypyc or the C compiler fails: a warning says why, and no extension module of the set is
  kept (the modules call each other through one shared library, so half a set cannot work).

``newsdb.extract.COMPILED`` and ``newsdb --version`` tell which one is installed.
"""

from __future__ import annotations

import glob
import os
import warnings
from importlib.machinery import EXTENSION_SUFFIXES
from typing import Any

from setuptools import Distribution, setup
from setuptools.command.bdist_wheel import bdist_wheel
from setuptools.command.build_ext import build_ext

#: Pure text-in, text-out modules on the read → layout → extract path where compiling pays:
#: extract (about 1.4× faster) and the layouts (about 1.1×). read.py and dates.py also compile
#: but gain nothing measurable (their time is in charset-normalizer, codecs and dateutil).
#: Never compiled: anything that touches the database, the CLI, records.py (its dataclasses
#: are pickled between processes) and the file-system side of the importer.
HOT = sorted(
    glob.glob("newsdb/extract/*.py")
    + ["newsdb/importer/layout.py"]
    + glob.glob("newsdb/importer/parsers/*.py")
)
#: mypy options for the compile: the project's own [tool.mypy] settings (strict) apply; the
#: modules around the hot set are read for their types but their errors are mypy's CI job.
MYPY_ARGS = ["--follow-imports=silent"]
GROUP = "newsdb"  # the shared library is newsdb__mypyc
#: Commands that never compile: metadata and sources only (they finalize build_ext all the same),
#: and the editable ones (build_ext's editable_mode/inplace is the second guard).
NEVER_COMPILE = {"egg_info", "dist_info", "sdist", "check", "editable_wheel", "develop"}


def compile_requested() -> bool:
    return os.environ.get("NEWSDB_COMPILE", "1").strip().lower() not in {"0", "false", "no", "off"}


def warn(message: str) -> None:
    """Why the build is pure Python, on stderr. pip hides a successful build's output (`pip
    install -v` shows it); ``newsdb --version`` tells the user which build was installed."""
    warnings.warn(f"newsdb is built as pure Python: {message}", stacklevel=2)


class NewsdbDistribution(Distribution):
    """Declares extension modules before they exist, so ``build`` runs ``build_ext``, where
    mypyc runs (not for metadata-only commands). ``compiled`` is False once ``build_ext`` has
    settled on pure Python; ``has_ext_modules`` stays as it was, so that the install into the
    wheel still puts the package at the wheel's root (see :class:`NewsdbWheel`)."""

    compiled: bool | None = None  # None until build_ext decides

    def has_ext_modules(self) -> bool:
        return compile_requested() or super().has_ext_modules()


class NewsdbWheel(bdist_wheel):
    """Tags the wheel by what the build made: for the platform when the extension modules
    were built, ``py3-none-any`` (and ``Root-Is-Purelib: true``) when the build fell back to
    pure Python. bdist_wheel decides ``root_is_pure`` before the build and lays the files out
    by it (at the wheel's root either way while the distribution declares extension modules);
    the tag and the WHEEL file are written after the build."""

    def get_tag(self) -> tuple[str, str, str]:
        if getattr(self.distribution, "compiled", None) is False:
            self.root_is_pure = True
        return super().get_tag()


class MypycBuildExt(build_ext):
    def finalize_options(self) -> None:
        if not self.distribution.ext_modules:
            self.distribution.ext_modules = self._mypyc_extensions()
            if not self.distribution.ext_modules:
                self.distribution.compiled = False
        super().finalize_options()

    def _mypyc_extensions(self) -> list[Any]:
        if not compile_requested() or set(self.distribution.commands) <= NEVER_COMPILE:
            return []
        if self.editable_mode or self.inplace:
            print("newsdb: editable/in-place build, so pure Python (no extension shadows a .py)")
            return []
        try:
            from mypyc.build import mypycify

            return list(mypycify([*MYPY_ARGS, *HOT], opt_level="3", debug_level="0", group_name=GROUP))
        except (Exception, SystemExit) as exc:  # mypyc exits on a type error
            warn(f"mypyc failed ({type(exc).__name__}: {exc}); pip install -v shows its messages")
            return []

    def run(self) -> None:
        self._remove_stale({self.get_ext_fullpath(ext.name) for ext in self.extensions})
        try:
            super().run()
        except (Exception, SystemExit) as exc:  # no C compiler, a compile or link error
            warn(f"the C extensions did not build ({type(exc).__name__}); pip install -v shows why")
            self._remove_stale(set())
            self.extensions = []
            self.distribution.compiled = False

    def _remove_stale(self, keep: set[str]) -> None:
        """Delete newsdb extension modules in the build folder that this build does not make,
        so a failed or changed build cannot ship an old one beside the new .py files."""
        found = {  # a set: '.so' also matches what '.cpython-311-x86_64-linux-gnu.so' matched
            path
            for suffix in EXTENSION_SUFFIXES
            for pattern in (f"newsdb/**/*{suffix}", f"{GROUP}__mypyc*{suffix}")
            for path in glob.glob(os.path.join(self.build_lib, pattern), recursive=True)
        }
        for path in sorted(found - keep):
            os.remove(path)


setup(distclass=NewsdbDistribution, cmdclass={"build_ext": MypycBuildExt, "bdist_wheel": NewsdbWheel})
