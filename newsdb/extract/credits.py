"""Credits written into the body: ``(Penulis: Rizki Hidayat/Editor: …)``, ``Reporter: Vendi
Yhulia Susanto``, ``(Surya/Doni Prasetyo),Artikel ini telah tayang di …``. Their names are staff,
not people of the story."""

from __future__ import annotations

import re

from newsdb.extract.names import Mention

_LABEL = r"(?:Penulis|Reporter|Editor|Penyunting|Kontributor|Fotografer|Pewarta)"
_CREDIT_RE = re.compile(
    rf"(?:\(\s*{_LABEL}\b\s*:?|\b{_LABEL}\s*:)[^()\n]{{0,100}}?(?=\)|,\s*Artikel|\bpublished\b|$)"
)
_SLASH_RE = re.compile(r"\([A-Z][\w.]*/[A-Z][^()/]{2,40}\)(?=\s*[,.]?\s*(?:Artikel|$))")
_CUES = ("enulis", "eporter", "ditor", "enyunting", "ontributor", "otografer", "ewarta", "Artikel")


def credit_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the credits in one paragraph."""
    if ("(" not in text and ":" not in text) or not any(cue in text for cue in _CUES):
        return []  # both patterns need a bracket or a colon, and a label
    spans = [(m.start(), m.end()) for m in _CREDIT_RE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _SLASH_RE.finditer(text)]
    return spans


def drop_credits(paragraphs: tuple[str, ...], mentions: list[list[Mention]]) -> None:
    """Remove the mentions that stand inside a credit."""
    for para, ms in zip(paragraphs, mentions, strict=True):
        if not ms:
            continue
        spans = credit_spans(para)
        if spans:
            ms[:] = [m for m in ms if not any(a <= m.start < b for a, b in spans)]


_CAST_RE = re.compile(
    r"(?:\b(?:dibintangi|diperankan|pemeran|pemain|aktor|aktris|sutradara|disutradarai|produser|penulis"
    r"|karya|ditulis|pencipta|penyanyi)\b[^.]*|\(\s*)$",
    re.IGNORECASE,
)
_PLAYS_RE = re.compile(r"[^.]{0,80}?\b(?:memerankan|berperan|sebagai pemeran|didapuk)\b")


def drop_fiction(title: str, paragraphs: tuple[str, ...], mentions: list[list[Mention]]) -> None:
    """``Sinopsis Sinetron 'Anak Langit' …``: the names of a synopsis are characters, not people of
    the story; only the cast and crew named as such stay (``dibintangi Vino G Bastian``, ``novel
    karya Stephen King``, an actor in brackets after the role: ``Kang Chul (Lee Jong Suk)``)."""
    if not title.casefold().startswith("sinopsis"):
        return
    for para, ms in zip(paragraphs, mentions, strict=True):
        for m in ms:
            if para[m.start : m.start + 1] == "(" or _PLAYS_RE.match(para, m.end):
                continue  # 'Kang Chul (Lee Jong Suk)', 'Jason Clarke … didapuk sebagai pemeran'
            if not _CAST_RE.search(para[max(0, m.start - 160) : m.start]):
                m.org = True
