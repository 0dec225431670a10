"""The layout machinery every outlet module configures: a :class:`Layout` turns text into a :class:`Draft`.

An outlet module declares a ``LAYOUT = Layout(...)``: its evidence pattern (how a text shows it is that
layout), its extra furniture lines, and, when its header is special, a header function. The body rules
(furniture, "Baca juga", bylines, sources, datelines) are shared, in :mod:`.furniture`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from newsdb.importer.dates import parse_date
from newsdb.importer.parsers import furniture as F
from newsdb.records import SourceHints


@dataclass(slots=True)
class Draft:
    """Fields found so far; mutable while one layout works on one text."""

    title: str | None = None
    slug: str | None = None
    url: str | None = None
    section: str | None = None
    date_text: str | None = None
    dateline: str | None = None
    dateline_mark: str | None = None  # the outlet name written in the dateline, e.g. "KOMPAS.TV"
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    photographers: list[str] = field(default_factory=list)
    photo_caption: str | None = None
    photo_credit: str | None = None
    wire_sources: list[str] = field(default_factory=list)
    related_headlines: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)


HeaderFn = Callable[["Layout", list[str], Draft, SourceHints], int]

_SLUG_LINE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+){2,}")
_TITLE_END = re.compile(r"[.,;:]$")
_TAIL = 120
_JUNK_ENDS = ("loading", "...", "]", ")", "imela", "IMELA", "CONTENT")
_SENTENCE_END = (".", "!", "?", '"', "”", "’", ")")
_NOT_CITIES = frozenset({"baca", "foto", "video", "sumber", "reporter", "penulis", "editor"})
_WIRE_START = re.compile(r"[A-Z]{3,}(?:[ ][A-Z]{2,}){0,2}\s*[-–—]\s")


def squash(line: str) -> str:
    """Whitespace runs (NBSP included) → one space; trimmed."""
    if "  " in line or not line.isprintable():
        return " ".join(line.split())
    return line.strip()


def _same_title(a: str, b: str | None) -> bool:
    return b is not None and squash(a).casefold() == squash(b).casefold()


def looks_like_title(line: str, hints: SourceHints) -> bool:
    """Corpus-style first line: short, not a sentence, not a dateline paragraph; or the hints' title."""
    if _same_title(line, hints.title):
        return True
    if len(line) > 250 or _TITLE_END.search(line) or F.DATELINE.match(line):
        return False
    return not _WIRE_START.match(line)


@dataclass(frozen=True)
class Layout:
    """One outlet layout: evidence, extra furniture and an optional header reader."""

    name: str
    outlet: str | None = None  # outlet slug in data/outlets.json; None: the text alone never tells
    evidence: str | None = None  # regex; a line *starting* with a match is evidence for this layout
    tail_evidence: str | None = None  # regex searched at the very end of the text (footers)
    drop: tuple[str, ...] = ()
    stop: tuple[str, ...] = ()
    header: HeaderFn | None = None
    footer: Callable[[Draft], None] | None = None  # outlet-specific tidying after the body is read
    mixed_case_dateline: bool = False  # "Phillip Island - " counts as a dateline (else only "JAKARTA - ")
    line_re: re.Pattern[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        pattern = (
            rf"(?P<stop>{F.alternation(F.STOP_LINES + self.stop)})"
            rf"|{F.RELATED_LINE}"
            rf"|{F.READ_MORE_LINE}"
            rf"|{F.alternation(F.BYLINE_LINES)}"
            rf"|{F.SOURCE_LINE}"
            rf"|(?P<drop>{F.alternation(F.DROP_LINES + self.drop)})"
        )
        object.__setattr__(self, "line_re", re.compile(pattern))

    def parse(self, text: str, hints: SourceHints) -> Draft:
        lines = text.split("\n")
        draft = Draft()
        start = (self.header or read_generic_header)(self, lines, draft, hints)
        read_body(self, lines[start:], draft)
        strip_dateline(draft, mixed_case=self.mixed_case_dateline)
        clean_paragraphs(draft)
        if self.footer is not None and draft.paragraphs:
            self.footer(draft)
        return draft


def read_generic_header(layout: Layout, lines: list[str], draft: Draft, hints: SourceHints) -> int:
    """Title on the first line (when it looks like one), then optional date, slug and byline lines."""
    i, n = 0, len(lines)
    while i < n and not lines[i].strip():
        i += 1
    if i >= n:
        return i
    first = squash(lines[i])
    rest = any(line.strip() for line in lines[i + 1 :])
    if not rest or not looks_like_title(first, hints) or layout.line_re.fullmatch(first):
        return i
    draft.title = first
    i += 1
    for _ in range(4):
        while i < n and not lines[i].strip():
            i += 1
        if i >= n or not read_header_line(squash(lines[i]), draft):
            break
        i += 1
    return i


def read_header_line(line: str, draft: Draft) -> bool:
    """A date line or slug line under the title; True when the line was header."""
    if draft.slug is None and _SLUG_LINE.fullmatch(line):
        draft.slug = line
        return True
    if draft.date_text is None and len(line) <= 80:
        if parse_date(line) is not None:  # a line that is only a date, even without a year, is header
            draft.date_text = line
            return True
        m = F.MARKED_DATE.fullmatch(line)
        if m is not None and parse_date(m.group("date")) is not None:
            draft.date_text = m.group("date").strip()
            return True
    return False


def read_body(layout: Layout, lines: list[str], draft: Draft) -> None:
    """Sort lines into furniture, related headlines, bylines, sources and paragraphs."""
    match = layout.line_re.fullmatch
    for raw in lines:
        line = raw.strip()
        if "  " in line or not line.isprintable():  # squash(), inlined: this loop is the hot path
            line = " ".join(line.split())
        while line:
            m = match(line)
            if m is None:
                draft.paragraphs.append(line)
                break
            if m.group("stop") is not None:
                return
            line = _furniture(m, draft)


def _furniture(m: re.Match[str], draft: Draft) -> str:
    """Record what a furniture line says; returns text left over that still needs sorting (or "")."""
    groups = m.groupdict()
    more = groups["more"]
    if more is not None:
        return more.lstrip(", ") if more.lstrip().startswith(",") else ""
    related = groups["related"]
    if related is not None:
        return _related(related, draft)
    for key in ("author", "author2", "author3", "author4", "reporter", "reporter2"):
        if groups[key]:
            draft.authors.append(groups[key])
    for key in ("editor", "editor2", "editor3"):
        if groups[key]:
            draft.editors.append(groups[key])
    for key in ("source", "source2", "wire", "wire2"):
        value = (groups[key] or "").strip(" ,.")
        if value:
            draft.wire_sources.append(value)
    if groups["wires"]:
        draft.wire_sources.extend(w.strip() for w in groups["wires"].split(","))
    return ""


def _related(text: str, draft: Draft) -> str:
    """A "Baca juga" headline; where the scraper lost the link text (``,,``) the rest is body text."""
    if not text or text.startswith(","):
        return text.lstrip(", ")
    headline, sep, rest = text.partition(",,")
    headline = headline.split(",#", 1)[0].strip(" ,:")
    if len(headline.split()) >= 3 or (headline and not sep and "#" not in text):
        draft.related_headlines.append(headline)
    return rest.lstrip(", ") if sep else ""


def strip_dateline(draft: Draft, *, mixed_case: bool = False) -> None:
    """Cut ``CITY, OUTLET - `` (or a stray leading ``- ``) off the first paragraph.

    A city in mixed case (``Phillip Island - ``) counts only with an outlet mark or when ``mixed_case``:
    elsewhere ``Kementerian Keuangan - ...`` is more likely running text than a dateline.
    """
    if not draft.paragraphs:
        return
    first = draft.paragraphs[0]
    m = F.DATELINE.match(first)
    if m is None:
        return
    rest = first[m.end() :].lstrip(" ,")
    if not rest:
        return
    city: str | None = m.group("city")
    mark = m.group("lead") or m.group("mark") or m.group("solo")
    if city and F.MARK_ONLY.fullmatch(city):  # one at a time: mypyc miscompiles 'city, mark = None, city'
        mark = city
        city = None
    if city and (city.casefold() in _NOT_CITIES or not (mixed_case or mark or city.isupper())):
        return
    draft.dateline = city
    draft.dateline_mark = mark
    draft.paragraphs[0] = rest


def clean_paragraphs(draft: Draft) -> None:
    """Inline furniture: ``(Baca juga: ...)``, trailing ``loading...``, editor codes, scraper commas."""
    cleaned: list[str] = []
    last = len(draft.paragraphs) - 1
    for i, para in enumerate(draft.paragraphs):
        if "(" in para and ("aca juga" in para or "ACA JUGA" in para or "aca Juga" in para):
            para = _take_inline_related(para, draft)
        if para.endswith(_JUNK_ENDS) or para.endswith(","):
            para = strip_trailing_junk(para, last=i == last)
        if para:
            cleaned.append(para)
    draft.paragraphs = cleaned


def strip_trailing_junk(para: str, *, last: bool = False) -> str:
    """Cut page junk off the end of a paragraph (editor codes too when it is the ``last`` one)."""
    cut = len(para) - _TAIL
    tail = para[cut:] if cut > 0 else para
    junk = F.TRAILING_JUNK_LAST if last else F.TRAILING_JUNK
    m = junk.search(tail) if para.endswith(_JUNK_ENDS) else None
    if m is not None:
        para = para[: max(cut, 0) + m.start()]
    if para.endswith(","):
        stripped = para.rstrip(", ")
        if stripped.endswith(_SENTENCE_END):
            para = stripped
    return para


def _take_inline_related(para: str, draft: Draft) -> str:
    def keep(m: re.Match[str]) -> str:
        headline = m.group("related").strip(" ,")
        if headline:
            draft.related_headlines.append(headline)
        return " "

    return squash(F.INLINE_RELATED.sub(keep, para))
