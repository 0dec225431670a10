"""SINDOnews (sindonews.com).

Dateline ``JAKARTA - `` (stripped to ``- `` in the dumps); paragraphs often end with a stray `` ,`` from
the scraper.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    name="sindonews",
    outlet="sindonews",
    evidence=r"[^,]{2,40},\s*SINDOnews(?:\.com)?\s*[-–—]|SINDOnews(?:\.com)?\s*[-–—]",
)
