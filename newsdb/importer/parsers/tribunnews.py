"""Tribunnews (tribunnews.com and the Tribun network).

Dateline ``TRIBUNNEWS.COM, JAKARTA - ``; the syndication footer ``Artikel ini telah tayang di ... dengan
judul ...`` ends the article.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    name="tribunnews",
    outlet="tribunnews",
    evidence=r"TRIBUNNEWS\.COM\s*[,\-–—]|Tribunnews\.com\s*[,\-–—]",
)
