"""SINDOnews (sindonews.com).

Dateline ``JAKARTA - `` (stripped to ``- `` in the dumps); paragraphs often end with a stray `` ,`` from
the scraper. The reporter's name closes some articles, alone on the last line (``Raka Dwi Novianto ,``)
or glued to the last paragraph after a double comma (``... kawasan wisata Bromo,,Intan Rakhmayanti Dewi ,``).
A closing credit whose label went with the link text (``: Mohammad Ikhmarol Izzat ,``) is dropped without
a role: the text no longer says whose name it is.
"""

from __future__ import annotations

import re

from newsdb.importer.parsers.base import Draft, Layout

#: A closing credit whose label was lost with the link text: ``: Mohammad Ikhmarol Izzat ,``.
LABEL_LOST_CREDIT = r":\s*[^,:]{2,60}?\s*,?"
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
    drop=(LABEL_LOST_CREDIT,),
    footer=read_footer,
)
