"""The export names people as each article does; the archive links them to one person."""

from __future__ import annotations

import io
import json
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from newsdb.export import export
from newsdb.importer.pipeline import ImportOptions, import_paths
from newsdb.models import Person

FULL = """Banjir Bekasi Ditinjau dari Udara
Presiden Joko Widodo (Jokowi) meninjau lokasi banjir di Bekasi, Jawa Barat, Senin.
"Kita akan perbaiki tanggulnya," kata Jokowi di lokasi.
"""
SHORT = """Jokowi Resmikan Bendungan Baru
Jokowi meresmikan bendungan baru di Jawa Tengah, Selasa.
"Bendungan ini untuk para petani," ujar Jokowi.
"""


def test_each_article_keeps_its_own_name_for_one_archive_person(engine: Engine, tmp_path: Path) -> None:
    (tmp_path / "a_full.txt").write_text(FULL, encoding="utf-8")
    (tmp_path / "b_short.txt").write_text(SHORT, encoding="utf-8")
    summary = import_paths(engine, [tmp_path / "a_full.txt"], ImportOptions(jobs=1))
    summary = import_paths(engine, [tmp_path / "b_short.txt"], ImportOptions(jobs=1))
    assert summary.failed == 0
    with Session(engine) as session:
        widodo = session.scalars(select(Person).where(Person.name == "Joko Widodo")).all()
        assert len(widodo) == 1
        assert session.scalar(select(func.count()).select_from(Person).where(Person.name == "Jokowi")) == 0
    out = io.StringIO()
    export(engine, out, "jsonl")
    rows = {Path(r["source_path"]).stem: r for r in map(json.loads, out.getvalue().splitlines())}
    assert [p["name"] for p in rows["a_full"]["people"]] == ["Joko Widodo"]
    assert [q["speaker"] for q in rows["a_full"]["quotes"] if q["kind"] == "direct"] == ["Joko Widodo"]
    assert [p["name"] for p in rows["b_short"]["people"]] == ["Jokowi"]
    assert [q["speaker"] for q in rows["b_short"]["quotes"] if q["kind"] == "direct"] == ["Jokowi"]
