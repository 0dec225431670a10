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

_SHORT_RE = re.compile(r"\([A-Z][A-Za-z]{2,}\)")  # the bracketed short form alone, for a quick test


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
    return bool(words) and classify(words[-1], lex) not in (NAME, INITIAL)


def defined_orgs(paragraphs: tuple[str, ...], lex: Lexicon) -> set[str]:
    """Short forms that the article defines as organisations."""
    out: set[str] = set()
    for para in paragraphs:
        if "(" not in para or not _SHORT_RE.search(para):
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


def _org_prefixed(m: Mention, lead: set[str], lex: Lexicon) -> bool:
    """'Direktur LBH Budi Santoso Wibowo' with 'ujar Budi' elsewhere: a role before, three words or
    more, a first word in capitals or camel case (an organisation's short form or brand), and the
    article naming the person by the word after it."""
    toks = m.tokens
    if m.role is None or m.org or len(toks) < 3 or toks[1] not in lead or len(toks[0]) < 2:
        return False
    camel = toks[0][1:] != toks[0][1:].lower() and not toks[0].isupper()  # 'GameStop', 'CoE'
    if camel:
        return toks[0].casefold() not in lex.name_words
    low = toks[0].casefold()
    if toks[0][1:].islower() and low in lex.common and low not in lex.name_words:
        return toks[0] not in lead and toks[1].casefold() in lex.name_words  # 'Dirjen Pajak Bimo …'
    return toks[0].isupper() and toks[0] not in lead and toks[0].casefold() not in lex.honorifics


def _named_apart(word: str, name: str, paragraphs: tuple[str, ...]) -> bool:
    """Does the article use ``word`` on its own too, not only before ``name`` ('FX Hadi')?"""
    pattern = re.compile(rf"\b{re.escape(word)}\b")
    return sum(len(pattern.findall(p)) for p in paragraphs) > sum(
        p.count(f"{word} {name}") for p in paragraphs
    )


def trim_org_prefix(mentions: list[list[Mention]], paragraphs: tuple[str, ...], lex: Lexicon) -> None:
    """An organisation's short name between a role and a name joins the role: 'Ekonom Indef Bhima
    Yudhistira … ujar Bhima' gives Bhima Yudhistira, role 'Ekonom Indef', when the article
    uses the short form on its own elsewhere too."""
    lead = {m.text.split(" ", 1)[0] for ms in mentions for m in ms if not m.org and m.text.count(" ") < 2}
    trimmed: set[str] = set()
    for ms in mentions:
        for m in ms:
            if _org_prefixed(m, lead, lex) and _named_apart(m.tokens[0], m.text.split(" ", 1)[1], paragraphs):
                trimmed.add(m.text)
    if not trimmed:
        return
    for ms in mentions:
        for m in ms:
            if m.text in trimmed:
                first, rest = m.text.split(" ", 1)
                m.role = f"{m.role} {first}" if m.role else first
                m.start = m.end - len(rest)
                m.text = rest
