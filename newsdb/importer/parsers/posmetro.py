"""Posmetro Medan (posmetro-medan.com).

The last paragraph ends with an editor or source code and the page's ``loading...``:
``... katanya. [mus],,,loading...``.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    name="posmetro",
    outlet="posmetro",
    evidence=r"loading\.\.\.$",
    tail_evidence=r"loading\.\.\.$",
)
