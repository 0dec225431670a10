"""Merdeka.com.

Dateline ``Merdeka.com - ``; footer ``Reporter: ...,Sumber: Liputan6.com`` (the story came from Liputan6),
also glued to the last paragraph (read as in :mod:`.liputan6`).
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout
from newsdb.importer.parsers.liputan6 import read_credits

LAYOUT = Layout(
    name="merdeka",
    outlet="merdeka",
    evidence=(
        r"Merdeka\.com\s*[-–—]|[^,]{2,40},\s*Merdeka\.com\s*[-–—]"
        r"|Reporter\s*:[^,]{2,60},\s*Sumber\s*:\s*Liputan6|Diberitakan merdeka\.com"
    ),
    footer=read_credits,
)
