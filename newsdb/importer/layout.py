"""The ``layout`` stage: text → :class:`ParsedArticle`, page furniture separated from the story.

:func:`parse_article` picks a layout (:mod:`newsdb.importer.registry`), lets it sort the lines, then
fills what the text lacks from the hints (sidecar / JSONL record / CLI options) and reads the date.

Rules:

* the body is ``"\\n\\n".join(paragraphs)``; paragraphs hold no title or furniture, their whitespace runs
  are squashed and a dateline prefix is cut off; otherwise they are verbatim;
* title, date and slug: the text wins, the hints fill what it lacks (the slug may come from the URL);
* outlet: the hints' outlet or URL, else evidence in the text, else the user's ``--outlet``
  (``force_outlet``: it supplies what the file lacks; see :mod:`newsdb.importer.registry`); none of
  these → None, never a guess;
* published: the date written in the text, else the hints' ``published``; ``date_text`` is whichever was
  used, as written. A date without a time keeps ``published_at`` None and sets ``published_date``; a
  time without a zone from an outlet in Indonesia is read as WIB (+07:00); a date without a year gives
  neither (a year the text does not give is never invented);
* ``date_mentions``: when the article has no calendar date of its own, the dates written in its body
  (``Selasa, 18 Februari``): the evidence a reader has for when it was written;
* ``wire_sources``: ``Sumber :`` lines and credits, plus agencies the body credits (``dikutip Associated
  Press``, ``dilansir AFP``), canonical names, no repeats.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import unquote

from newsdb.errors import LayoutError
from newsdb.importer import registry
from newsdb.importer.dates import WIB, ParsedDate, find_dates, parse_date
from newsdb.importer.parsers.base import Draft
from newsdb.importer.sources import Outlet, wire_agencies
from newsdb.records import ParsedArticle, SourceHints

__all__ = ["parse_article", "canonical_wire_sources", "slug_from_url"]

_SLUG_SEGMENT = re.compile(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+){2,}")
_ATTRIBUTION = re.compile(
    r"(?<!\w)(?i:dilansir|melansir|dikutip|mengutip|dilaporkan|melaporkan|laporan|menurut|kepada|via|dari|oleh)"
    r"(?:\s+(?i:dari|kantor berita|media))?\s+$"
)


@cache
def _agency_patterns() -> tuple[re.Pattern[str], dict[str, str]]:
    spellings = {sp.casefold(): name for name, sps in wire_agencies().items() for sp in (name, *sps)}
    names = sorted({sp for sps in wire_agencies().values() for sp in sps}, key=len, reverse=True)
    return re.compile("|".join(re.escape(n) for n in names)), spellings


def canonical_wire_sources(names: list[str]) -> tuple[str, ...]:
    """Canonical agency names (``AP`` → ``Associated Press``), other sources as written; no repeats."""
    _, spellings = _agency_patterns()
    out: list[str] = []
    for name in names:
        canonical = spellings.get(name.casefold(), name)
        if canonical not in out:
            out.append(canonical)
    return tuple(out)


def _attributed_agencies(body: str) -> list[str]:
    """Agencies the body credits: ``dikutip Associated Press``, ``dari Reuters``, ``dilansir AFP``."""
    pattern, _ = _agency_patterns()
    found = []
    for m in pattern.finditer(body):
        start, end = m.span()
        if (start and body[start - 1].isalnum()) or (end < len(body) and body[end].isalnum()):
            continue
        if _ATTRIBUTION.search(body, max(0, start - 40), start) is not None:
            found.append(m.group(0))
    return found


def slug_from_url(url: str | None) -> str | None:
    """The last hyphenated path segment of a URL (``.../d-4699754/tonton-dhappening-...`` → the words)."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    if "//" in path:
        path = path.split("//", 1)[1].partition("/")[2]
    for segment in reversed(path.split("/")):
        segment = unquote(segment).removesuffix(".html").removesuffix(".htm")
        if _SLUG_SEGMENT.fullmatch(segment):
            return segment
    return None


def _published(
    draft: Draft, hints: SourceHints, outlet: Outlet | None
) -> tuple[ParsedDate | None, str | None]:
    """The date to publish under, and its text: the first one with a year, else the first one read."""
    partial: tuple[ParsedDate, str] | None = None
    for text in (draft.date_text, hints.published):
        found = parse_date(text)
        if found is None or text is None:
            continue
        if found.offset is None and outlet is not None and outlet.country == "ID":
            found = found.with_default_offset(WIB)
        if found.year is not None:
            return found, text
        partial = partial or (found, text)
    if partial is not None:
        return partial
    return None, draft.date_text or hints.published


def _assemble(draft: Draft, choice: registry.LayoutChoice, hints: SourceHints) -> ParsedArticle:
    body = "\n\n".join(draft.paragraphs)
    found, date_text = _published(draft, hints, choice.outlet)
    wire = canonical_wire_sources(_attributed_agencies(body) + draft.wire_sources)
    url = draft.url or hints.url
    return ParsedArticle(
        paragraphs=tuple(draft.paragraphs),
        layout=choice.layout.name,
        outlet=choice.outlet_name,
        outlet_domain=choice.outlet.domain if choice.outlet else None,
        title=draft.title or (" ".join(hints.title.split()) or None if hints.title else None),
        slug=draft.slug or slug_from_url(url),
        url=url,
        section=draft.section,
        published_at=found.instant if found else None,
        date_text=date_text,
        dateline=draft.dateline,
        authors=tuple(dict.fromkeys(draft.authors)),
        editors=tuple(dict.fromkeys(draft.editors)),
        photographers=tuple(dict.fromkeys(draft.photographers)),
        photo_caption=draft.photo_caption,
        photo_credit=draft.photo_credit,
        wire_sources=wire,
        related_headlines=tuple(dict.fromkeys(draft.related_headlines)),
        language=choice.outlet.language if choice.outlet else "id",
        published_date=found.date if found else None,
        date_mentions=() if found and found.date else tuple(dict.fromkeys(find_dates(body))),
    )


def parse_article(text: str, hints: SourceHints | None = None) -> ParsedArticle:
    """Sort an article's text into fields; raises :class:`LayoutError` when no body paragraph is left."""
    hints = hints or SourceHints()
    choice = registry.choose_layout(text, hints)
    draft = choice.layout.parse(text, hints)
    if not draft.paragraphs:
        raise LayoutError("no article body in the text")
    return _assemble(draft, choice, hints)
