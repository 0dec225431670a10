"""SINDOnews (sindonews.com).

Dateline ``JAKARTA - `` (stripped to ``- `` in the dumps); paragraphs often end with a stray `` ,`` from
the scraper. The reporter's name closes some articles, alone on the last line (``Raka Dwi Novianto ,``)
or glued to the last paragraph after a double comma (``... kawasan wisata Bromo,,Intan Rakhmayanti Dewi ,``).
"""

from __future__ import annotations

import re

from newsdb.importer.parsers.base import Draft, Layout

_NAME = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]*\.?){1,3}"
_LONE_NAME = re.compile(rf"(?P<name>{_NAME})\s*,?")
_GLUED_NAME = re.compile(rf",,\s*(?P<name>{_NAME})\s*,?$")


def read_footer(draft: Draft) -> None:
    """Move the closing reporter name out of the body into the authors."""
    last = draft.paragraphs[-1]
    m = _LONE_NAME.fullmatch(last)
    if m is not None and len(draft.paragraphs) > 1:
        draft.authors.append(m.group("name"))
        draft.paragraphs.pop()
        return
    m = _GLUED_NAME.search(last)
    if m is not None:
        draft.authors.append(m.group("name"))
        draft.paragraphs[-1] = last[: m.start()].rstrip(" ,")


LAYOUT = Layout(
    name="sindonews",
    outlet="sindonews",
    evidence=r"[^,]{2,40},\s*SINDOnews(?:\.com)?\s*[-–—]|SINDOnews(?:\.com)?\s*[-–—]",
    footer=read_footer,
)
