"""Layouts by name and outlet, and picking the layout for a text.

Choice, first rule that applies:

1. the outlet the hints name, when newsdb knows it (sidecar ``outlet`` or the URL's domain): metadata
   about a page beats furniture inside it, which may be syndicated (a Kompas.com story ending with
   Tribun's "Artikel ini telah tayang di ..." is still Kompas.com's);
2. evidence in the text: each layout's evidence pattern is tried at the start of the first lines and of
   every short line (furniture is short), its tail pattern at the end of the text; an outlet named in
   the dateline (``JAKARTA, KOMPAS.com -``) outweighs any furniture; the layout with the most hits wins,
   ties going to the order of ``LAYOUTS``. An outlet the hints name that newsdb does
   not know stays the outlet (by its given name) whichever layout reads the text;
3. the ``CITY - `` wire shape of the first line;
4. the user's ``--outlet`` (``hints.force_outlet``): that outlet's layout (generic when newsdb has no
   module for it);
5. the generic layout.

The user's ``--outlet`` supplies what a file lacks: it is the outlet only when neither the metadata
(rule 1) nor the text (rule 2) names one, and it picks the layout only when nothing in the text does
(a Kompas TV page imported with ``--outlet Tempo`` is still read, and stored, as Kompas TV's).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from newsdb.errors import UnknownOutlet
from newsdb.importer.parsers import (
    detik,
    fimela,
    generic,
    kapanlagi,
    kompas,
    kompastv,
    liputan6,
    merdeka,
    okezone,
    posmetro,
    sindonews,
    tribunnews,
    wire,
)
from newsdb.importer.parsers.base import Layout
from newsdb.importer.parsers.furniture import DATELINE
from newsdb.importer.sources import Outlet, outlet_by_name, outlet_from_url, resolve_outlet
from newsdb.records import SourceHints

__all__ = ["LAYOUTS", "LayoutChoice", "get_layout", "layout_for_outlet", "text_evidence", "choose_layout"]

_OUTLET_LAYOUTS: tuple[Layout, ...] = (
    kompastv.LAYOUT,
    detik.LAYOUT,
    kompas.LAYOUT,
    okezone.LAYOUT,
    sindonews.LAYOUT,
    tribunnews.LAYOUT,
    liputan6.LAYOUT,
    merdeka.LAYOUT,
    fimela.LAYOUT,
    kapanlagi.LAYOUT,
    posmetro.LAYOUT,
)
LAYOUTS: dict[str, Layout] = {
    layout.name: layout for layout in (*_OUTLET_LAYOUTS, wire.LAYOUT, generic.LAYOUT)
}
_BY_OUTLET: dict[str, Layout] = {layout.outlet: layout for layout in _OUTLET_LAYOUTS if layout.outlet}
_EVIDENCE = re.compile(
    r"\s*(?:" + "|".join(f"(?P<{lay.name}>{lay.evidence})" for lay in _OUTLET_LAYOUTS if lay.evidence) + ")"
)
_TAIL_EVIDENCE = re.compile(
    "|".join(f"(?P<{lay.name}>{lay.tail_evidence})" for lay in _OUTLET_LAYOUTS if lay.tail_evidence)
)
_TAIL = 80
_HEAD_LINES = 8
_DATELINE_WEIGHT = 10  # an outlet named in the dateline outweighs any furniture
_MARK_NAMES = frozenset(
    {"SINDOnews", "Okezone", "ANTARA", "detikcom", "detiknews", "detiksport", "detikfinance"}
)
_SHORT_LINE = 160
_WIRE = re.compile(wire.LAYOUT.evidence or "")


@dataclass(frozen=True, slots=True)
class LayoutChoice:
    layout: Layout
    outlet: Outlet | None  # from the outlet table
    outlet_name: str | None  # display name; the user's own spelling for an outlet the table lacks
    reason: str  # "forced", "text", "hints", "shape" or "default"


def get_layout(name: str) -> Layout:
    """The layout called ``name`` (``"kompastv"``, ``"generic"``, ...); :class:`UnknownOutlet` otherwise."""
    try:
        return LAYOUTS[name]
    except KeyError:
        raise UnknownOutlet(f"no layout {name!r}; layouts: {', '.join(LAYOUTS)}") from None


def layout_for_outlet(outlet: Outlet | None) -> Layout:
    """The outlet's own layout, else the generic one."""
    if outlet is None:
        return generic.LAYOUT
    return _BY_OUTLET.get(outlet.slug, generic.LAYOUT)


def text_evidence(text: str, lines: list[str]) -> Counter[str]:
    """Hits per layout name: evidence patterns at the start of lines, tail patterns at the text's end,
    and, decisive, an outlet named in the dateline of one of the first lines (``JAKARTA, KOMPAS.com -``)."""
    hits: Counter[str] = Counter()
    match = _EVIDENCE.match
    seen = 0
    for raw in lines:
        if seen >= _HEAD_LINES and len(raw) > _SHORT_LINE:
            continue  # furniture lines are short; long lines matter only at the top (datelines)
        if raw and not raw.isspace():
            seen += 1
            head = raw[:60]
            if seen <= _HEAD_LINES and ("-" in head or "–" in head or "—" in head):
                _dateline_evidence(raw, hits)
        m = match(raw)
        if m is not None and m.lastgroup:
            hits[m.lastgroup] += 1
    m = _TAIL_EVIDENCE.search(text.rstrip()[-_TAIL:])
    if m is not None and m.lastgroup:
        hits[m.lastgroup] += 1
    return hits


def _dateline_evidence(line: str, hits: Counter[str]) -> None:
    m = DATELINE.match(line.lstrip())
    if m is None:
        return
    mark: str | None = m.group("lead") or m.group("mark") or m.group("solo") or m.group("city")
    if not mark or not ("." in mark or mark in _MARK_NAMES):
        return
    outlet = outlet_by_name(mark)
    layout = _BY_OUTLET.get(outlet.slug) if outlet else None
    if layout is not None:
        hits[layout.name] += _DATELINE_WEIGHT


def _first_line(lines: list[str]) -> str:
    return next((line.strip() for line in lines if line.strip()), "")


def choose_layout(text: str, hints: SourceHints | None = None) -> LayoutChoice:
    """Pick the layout (and outlet) for ``text``; see the module docstring for the order of rules."""
    hints = hints or SourceHints()
    given = hints.outlet.strip() if hints.outlet and hints.outlet.strip() else None
    fallback = given if hints.force_outlet else None  # the user's --outlet: only what nothing else says
    named = None if hints.force_outlet else given
    outlet = outlet_from_url(hints.url) if hints.force_outlet else resolve_outlet(hints)
    if outlet is not None:
        return LayoutChoice(layout_for_outlet(outlet), outlet, outlet.name, "hints")
    lines = text.split("\n")
    hits = text_evidence(text, lines)
    if hits:
        best = max(_OUTLET_LAYOUTS, key=lambda lay: hits.get(lay.name, 0))
        if named:
            return LayoutChoice(best, None, named, "hints")
        outlet = outlet_by_name(best.outlet)
        return LayoutChoice(best, outlet, outlet.name if outlet else None, "text")
    if named:
        return LayoutChoice(generic.LAYOUT, None, named, "hints")
    shaped = _WIRE.match(_first_line(lines)) is not None
    if fallback:
        outlet = outlet_by_name(fallback)
        layout = wire.LAYOUT if shaped else layout_for_outlet(outlet)
        return LayoutChoice(layout, outlet, outlet.name if outlet else fallback, "forced")
    if shaped:
        return LayoutChoice(wire.LAYOUT, None, None, "shape")
    return LayoutChoice(generic.LAYOUT, None, None, "default")
