"""Liputan6 (liputan6.com).

Dateline ``Liputan6.com, Jakarta - ``; footers ``Reporter: ...,Sumber: Merdeka.com``, editor codes
``(Tin/Ysl)``, ``Sumber asli: ...`` / ``Disadur dari: ...`` lines and ``(*)``.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    name="liputan6",
    outlet="liputan6",
    evidence=(
        r"Liputan6\.com\s*,|Reporter\s*:[^,]{2,60},\s*Sumber\s*:\s*Merdeka"
        r"|\((?:[A-Z][a-z]{1,7})/(?:[A-Z][a-z]{1,7})\)$|Disadur dari\s*:|Sumber asli\s*:"
    ),
    drop=(r"Simak ulasan selengkapnya .{0,60}berikut:?",),
)
