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
    if not any(cue in text for cue in _CUES):
        return []
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
