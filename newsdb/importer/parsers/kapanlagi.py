"""KapanLagi (kapanlagi.com).

Dateline ``KapanLagi.com - `` (stripped to ``- ``); byline footer ``Penulis: Annesa K. Ramadhany,``.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    name="kapanlagi",
    outlet="kapanlagi",
    evidence=r"KapanLagi\.com\s*[-–—]|Kapanlagi\.com\s*[-–—]",
)
