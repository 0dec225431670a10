"""The ``CITY - `` wire layout: no title, no byline, the first paragraph opens with an upper-case dateline.

Seed 0 is this shape (``JAKARTA - Rusia menuntut ...``). The text does not name its outlet.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    name="wire",
    evidence=r"[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2}\s*[-–—]\s+[A-Z\"“]",
)
