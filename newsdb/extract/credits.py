"""Credits written into the body: ``(Penulis: Rizki Hidayat/Editor: …)``, ``Reporter: Vendi
Yhulia Susanto``, ``(Surya/Doni Prasetyo),Artikel ini telah tayang di …``. Their names are staff,
not people of the story."""

from __future__ import annotations

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention


def credit_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Character spans of the credits in one paragraph."""
    if ("(" not in text and ":" not in text) or not any(cue in text for cue in lex.credit_cues):
        return []  # both patterns need a bracket or a colon, and a label
    spans = [(m.start(), m.end()) for m in lex.credit_re.finditer(text)]
    spans += [(m.start(), m.end()) for m in lex.credit_slash_re.finditer(text)]
    return spans


def drop_credits(paragraphs: tuple[str, ...], mentions: list[list[Mention]], lex: Lexicon) -> None:
    """Remove the mentions that stand inside a credit."""
    for para, ms in zip(paragraphs, mentions, strict=True):
        if not ms:
            continue
        spans = credit_spans(para, lex)
        if spans:
            ms[:] = [m for m in ms if not any(a <= m.start < b for a, b in spans)]


def drop_fiction(
    title: str, paragraphs: tuple[str, ...], mentions: list[list[Mention]], lex: Lexicon
) -> None:
    """``Sinopsis Sinetron 'Anak Langit' …``: the names of a synopsis are characters, not people of
    the story; only the cast and crew named as such stay (``dibintangi Vino G Bastian``, ``novel
    karya Stephen King``, an actor in brackets after the role: ``Kang Chul (Lee Jong Suk)``)."""
    if not title.casefold().startswith(lex.synopsis):
        return
    for para, ms in zip(paragraphs, mentions, strict=True):
        for m in ms:
            if para[m.start : m.start + 1] == "(" or lex.plays_re.match(para, m.end):
                continue  # 'Kang Chul (Lee Jong Suk)', 'Jason Clarke … didapuk sebagai pemeran'
            if not lex.cast_re.search(para[max(0, m.start - 160) : m.start]):
                m.org = True
