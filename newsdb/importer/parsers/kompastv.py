"""Kompas TV (kompas.tv) page dump, as in seed 1::

Kompas TV internasional kompas dunia          ← site header: section is the word after "Kompas TV"
<title>
Kompas.tv - 12 Januari 2022, 22:40 WIB        ← date line
juru-bicara-putin-sebut-nato-...              ← URL slug
<photo caption> (Sumber: Olivier Hoslet/Pool EPA via Associated Press)
Penulis : Ikhsan Abdul Hakim | Editor : Iman Firdaus
MOSKOW, KOMPAS.TV - <first paragraph>
... Baca Juga: <headline> ... Sumber : Associated Press / BERITA LAINNYA / Close Ads x
"""

from __future__ import annotations

import re

from newsdb.importer.parsers.base import Draft, Layout, read_header_line, squash
from newsdb.records import SourceHints

_SITE = re.compile(r"Kompas ?TV(?:\s+(?P<section>[\w-]+))?(?:\s+.*)?", re.IGNORECASE)
_DATE = re.compile(r"Kompas\.tv\s*[-–—]\s*(?P<date>.+)", re.IGNORECASE)
_CAPTION = re.compile(r"(?P<caption>.+?)\s*\((?:Sumber|Foto|Kredit)\s*:\s*(?P<credit>[^()]+)\)")
_BYLINE = re.compile(r"Penulis\s*:\s*(?P<author>[^|]+?)\s*\|\s*Editor\s*:\s*(?P<editor>.+)")
_BODY_START = re.compile(r"[^,]{2,40},\s*KOMPAS\.TV\s*[-–—]", re.IGNORECASE)
_MAX_HEADER_LINES = 10


def read_header(layout: Layout, lines: list[str], draft: Draft, hints: SourceHints) -> int:
    """Site line, title, date line, slug, caption and byline; returns the index of the first body line."""
    i, n, seen = 0, len(lines), 0
    while i < n and seen < _MAX_HEADER_LINES:
        line = squash(lines[i])
        if not line:
            i += 1
            continue
        if _BODY_START.match(line) or not _header_line(line, draft, seen):
            break
        seen += 1
        i += 1
    return i


def _header_line(line: str, draft: Draft, seen: int) -> bool:
    if seen == 0:
        m = _SITE.fullmatch(line)
        if m is not None and len(line) < 80:
            draft.section = (m.group("section") or "").lower() or None
            return True
    m = _DATE.fullmatch(line)
    if m is not None:
        draft.date_text = m.group("date").strip()
        return True
    m = _BYLINE.fullmatch(line)
    if m is not None:
        draft.authors.extend(_names(m.group("author")))
        draft.editors.extend(_names(m.group("editor")))
        return True
    if draft.title is None:
        draft.title = line
        return True
    if read_header_line(line, draft):
        return True
    m = _CAPTION.fullmatch(line)
    if m is not None and draft.photo_caption is None:
        draft.photo_caption = m.group("caption")
        credit = m.group("credit").strip()
        draft.photo_credit = credit
        if "/" in credit:
            draft.photographers.append(credit.split("/", 1)[0].strip())
        return True
    return False


def _names(text: str) -> list[str]:
    return [name.strip() for name in re.split(r"\s*(?:,|&|\bdan\b)\s*", text) if name.strip()]


LAYOUT = Layout(
    name="kompastv",
    outlet="kompastv",
    evidence=r"Kompas\.tv\s*[-–—]\s*\d|Kompas TV\s+\w+|[^,]{2,40},\s*KOMPAS\.TV\s*[-–—]",
    header=read_header,
)
