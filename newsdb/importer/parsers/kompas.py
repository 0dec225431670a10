"""Kompas.com.

Dateline ``JAKARTA, KOMPAS.com - `` (in scraped dumps often stripped, leaving a leading ``- ``); inline
``Baca juga: ...`` headlines; ``Baca selengkapnya di ...`` and ``Video ... dapat Anda lihat di bawah ini``
teasers.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    stop=(
        r"Simak breaking news dan berita pilihan kami\b.*",
        r"Dapatkan update berita pilihan dan breaking news\b.*",
    ),
    name="kompas",
    outlet="kompas",
    evidence=r"[^,]{2,40},\s*KOMPAS\.com\s*[-–—]|KOMPAS\.com\s*[-–—]|Baca selengkapnya di\b",
    drop=(
        r"Video .{0,80} dapat Anda lihat di bawah ini:?",
        r"Simak laporan .{0,120} hanya di .{0,40}Kompas\.com\.?",
    ),
)
