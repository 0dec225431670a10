"""Quotation-mark spans inside paragraphs, and sentence boundaries.

Curly and straight marks are both read; an opening mark is one followed by a word, a closing
mark one that ends a word. A paragraph that ends inside a quotation carries it to the next
paragraph, which gives a span of its own (one entry per paragraph).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

MARK_RE = re.compile(r"[\"“”„‟″]")
_OPENERS = "“„‟"
_CLOSERS = "”″"
# the scraper's comma where it joined two paragraphs ('… Indonesia. , "Tentunya …"', 'Selasa., "…"')
# does not join their sentences
_SENT_END_RE = re.compile(
    r"[.!?][\"”]?(?:,?\s+(?:,\s+)?(?=[\"“(A-ZÀ-Þ0-9])|(?<=[a-z][a-z][a-z][.!?])(?=[A-Z]))"
)
_ABBREV = frozenset(
    {"h", "hj", "dr", "drs", "prof", "ir", "st", "no", "jl", "kh", "m", "mr", "mrs", "ny", "sdr"}
)
_TRAIL = " \t\u00a0,"


@dataclass(slots=True)
class Span:
    """Text between a pair of quotation marks in one paragraph."""

    para: int
    open_at: int  # index of the opening mark, -1 when the paragraph continues a quotation
    close_at: int | None  # index of the closing mark, None when it runs on to the next paragraph
    start: int  # span of the quoted words inside the paragraph
    end: int
    text: str

    @property
    def after(self) -> int:
        return self.close_at + 1 if self.close_at is not None else self.end


def _is_opener(text: str, pos: int, ch: str) -> bool:
    if ch in _OPENERS:
        return True
    nxt = text[pos + 1 : pos + 2]
    return bool(nxt) and not nxt.isspace() and nxt not in ",.;:!?)"


def _doubled(text: str, marks: list[tuple[int, str]], k: int) -> bool:
    """' ""Ini …': the first of two opening marks after a space (not 'lakukan.""Saya', a closing
    mark against the next opening one)."""
    pos = marks[k][0]
    if k + 1 == len(marks) or marks[k + 1][0] != pos + 1 or not (pos == 0 or text[pos - 1].isspace()):
        return False
    return _is_opener(text, pos + 1, marks[k + 1][1])


def _mark_pairs(text: str, carry: bool) -> tuple[list[tuple[int, int | None]], bool]:
    pairs: list[tuple[int, int | None]] = []
    marks = [(m.start(), m.group()) for m in MARK_RE.finditer(text)]
    touching = any(b[0] - a[0] == 1 for a, b in zip(marks, marks[1:], strict=False))
    if touching:  # a doubled opening mark needs two marks side by side
        marks = [mk for k, mk in enumerate(marks) if not _doubled(text, marks, k)]
    open_at: int | None = None
    if carry and marks and not _is_opener(text, marks[0][0], marks[0][1]):
        pairs.append((-1, marks[0][0]))
        marks = marks[1:]
    for pos, ch in marks:
        if open_at is None:
            if _is_opener(text, pos, ch):
                open_at = pos
        elif ch in _OPENERS:
            open_at = pos  # an unclosed mark before: start again here
        else:
            pairs.append((open_at, pos))
            open_at = None
    if open_at is not None:
        pairs.append((open_at, None))
    return pairs, open_at is not None


def find_spans(text: str, para: int, carry: bool) -> tuple[list[Span], bool]:
    """Quotation spans of one paragraph; returns them and whether a quotation runs on."""
    spans: list[Span] = []
    pairs, carry_out = _mark_pairs(text, carry)
    for open_at, close_at in pairs:
        lo = open_at + 1
        hi = close_at if close_at is not None else len(text)
        raw = text[lo:hi]
        stripped = raw.lstrip()
        lo += len(raw) - len(stripped)
        body = stripped.rstrip(_TRAIL)
        if not any(c.isalpha() for c in body):
            continue
        spans.append(Span(para, open_at, close_at, lo, lo + len(body), body))
    return spans, carry_out


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start in a paragraph (abbreviations and initials skipped)."""
    starts = [0]
    for m in _SENT_END_RE.finditer(text):
        word = text[text.rfind(" ", 0, m.start()) + 1 : m.start()].casefold().strip('("“')
        if len(word) <= 1 or word in _ABBREV:
            continue
        starts.append(m.end())
    return starts


def sentence_start(starts: list[int], pos: int) -> int:
    """Start of the sentence that holds ``pos``."""
    return starts[bisect_right(starts, pos) - 1] if starts else 0
