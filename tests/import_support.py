"""A small corpus folder for import tests (kill, bulk mode): the first articles of the corpus
fixtures with their metadata sidecar."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
FILES = 8


def corpus(tmp_path: Path, files: int = FILES) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir(parents=True)
    for path in sorted((FIXTURES / "corpus").glob("*.txt"))[:files]:
        shutil.copy(path, folder)
    shutil.copy(FIXTURES / "corpus" / "INDEX.jsonl", folder)
    return folder
