"""Fallback layout for an outlet newsdb has no module for: title-first text or bare paragraphs.

It still removes the shared furniture, so an unknown outlet gets a clean body.
"""

from __future__ import annotations

from newsdb.importer.parsers.base import Layout

LAYOUT = Layout(name="generic")
