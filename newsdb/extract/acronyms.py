"""Organisation short forms defined in the text: ``Dinas Pariwisata dan Kebudayaan (Disparbud)``.

A capitalised word in brackets right after a capitalised phrase names that phrase again. When
the phrase is not a person's name (its last word is no name word) the short form is an
organisation or a term for the whole article, wherever it stands (``Kepala Bidang Pemasaran
Disparbud DKI Jakarta``, ``Instruksi Gubernur (Ingub)``). After a person's name the same shape is a
nickname (``Joko Widodo (Jokowi)``), which :func:`newsdb.extract.people.nickname_hints` reads.
"""

from __future__ import annotations

import re

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.wordclass import INITIAL, NAME, classify

_DEFINED_RE = re.compile(
    r"((?:[A-Z][\w'’-]*[ \u00a0]+(?:(?:dan|&|untuk|dari|di)[ \u00a0]+)?){1,8})\(([A-Z][A-Za-z]{2,})\)"
)


def _abbreviates(short: str, words: list[str]) -> bool:
    """Are the letters of ``short`` taken in order from the phrase, starting with its first
    letter ('Disparbud' from 'Dinas Pariwisata dan Kebudayaan', 'Ingub' from 'Instruksi Gubernur')?"""
    letters = "".join(words).casefold()
    if not letters.startswith(short[:1].casefold()):
        return False
    it = iter(letters)
    return all(c in it for c in short.casefold())


def _is_org(phrase: str, lex: Lexicon) -> bool:
    """The phrase names no person when its last word is no name ('Dinas … Kebudayaan',
    'Instruksi Gubernur'); 'Joko Widodo (Jokowi)' and 'Inayatullah (Inay)' are nicknames."""
    words = phrase.split()
    return bool(words) and classify(words[-1], -1, lex) not in (NAME, INITIAL)


def defined_orgs(paragraphs: tuple[str, ...], lex: Lexicon) -> set[str]:
    """Short forms that the article defines as organisations."""
    out: set[str] = set()
    for para in paragraphs:
        if "(" not in para:
            continue
        for m in _DEFINED_RE.finditer(para):
            short, words = m.group(2), m.group(1).split()
            if len(words) < 2 or not _abbreviates(short, words):
                continue  # not an abbreviation ('Presiden (Vladimir) Putin', 'Pak Menkeu (Purbaya)')
            if _is_org(m.group(1), lex):
                out.add(m.group(2))
    return out


def mark_orgs(mentions: list[list[Mention]], orgs: set[str]) -> None:
    """Mentions that are a defined organisation short form, or start with one, are not people."""
    if not orgs:
        return
    for ms in mentions:
        for m in ms:
            if m.text in orgs or m.text.split(" ", 1)[0] in orgs:
                m.org = True
