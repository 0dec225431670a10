"""Okezone (okezone.com).

Dateline ``JAKARTA - `` (usually stripped to ``- ``, or the city kept as the first word: ``SYDNEY menjadi
...``); ``Baca juga:`` markers whose link text was lost, so the rest of the line is body text
(``Baca Juga :,,Diketahui ...``).
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    drop=(r"Follow Berita Okezone di Google News\.?",),
    stop=(r"Dapatkan berita up to date dengan semua berita terkini dari Okezone\b.*",),
    name="okezone",
    outlet="okezone",
    evidence=r"Okezone(?:\.com)?\s*[-–—]|[^,]{2,40},\s*Okezone\s*[-–—]",
)
