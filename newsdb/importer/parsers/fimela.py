"""Fimela (fimela.com).

Footer ``#GrowFearless with FIMELA`` (any capitalisation, sometimes glued to the last paragraph).
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(
    name="fimela",
    outlet="fimela",
    evidence=r"(?i:#\s*Grow\s*Fear\s*less with Fimela)|Fimela\.com\s*[-–—]",
    tail_evidence=r"(?i:#\s*Grow\s*Fear\s*less with Fimela)$",
)
