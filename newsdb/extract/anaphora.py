"""Roles said apart from the name: after it (``Airlangga Hartarto, Ketua Umum Partai Golkar yang
…``), or in the next sentence (``Eddy Soeparno … . Waketum PAN ini mengaku bangga …``: a sentence
that opens with a role phrase closed by a demonstrative, *ini*, *itu*, *tersebut*, and goes on with
a verb describes the one person the sentence before names)."""

from __future__ import annotations

from collections.abc import Callable

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.spans import sentence_starts
from newsdb.extract.surroundings import apposed_person, apposed_role, describes_next, opens_clause


def _hot(para: str, lex: Lexicon) -> bool:
    """``lex.hot_re.search(para)``, tried only where a space and a demonstrative stand (a pattern
    that opens with a space class is tried at every space of the paragraph)."""
    hot = lex.hot_re
    if "\u00a0" in para:
        return hot.search(para) is not None
    for word in lex.hot_words:
        at = para.find(word)
        while at >= 0:
            if hot.match(para, at):
                return True
            at = para.find(word, at + 1)
    return False


def _plain_phrase(phrase: str, lex: Lexicon) -> bool:
    """A noun phrase: no verb, no relative clause, no second demonstrative."""
    words = phrase.split()[1:]
    verb = lex.verb_re.match
    return not any(w == "yang" or w in lex.demonstratives or verb(w) for w in words)


def _people_in(ms: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in ms if lo <= m.start < hi and not m.org]


def attach_pointing_roles(
    paragraphs: tuple[str, ...],
    mentions: list[list[Mention]],
    lex: Lexicon,
    starts_of: Callable[[int], list[int]] | None = None,
) -> None:
    """Give the role phrase of a pointing sentence to the one person of the sentence before.
    ``starts_of``: a paragraph's sentence starts, when the caller has them already."""
    split: dict[int, list[tuple[int, int]]] = {}

    def sentences(p: int) -> list[tuple[int, int]]:
        if p not in split:
            starts = starts_of(p) if starts_of is not None else sentence_starts(paragraphs[p])
            split[p] = list(zip(starts, [*starts[1:], len(paragraphs[p])], strict=True))
        return split[p]

    def before(p: int, k: int) -> list[Mention]:
        """People of the nearest sentence before that names somebody; none when a sentence with
        neither a name nor a quotation comes first."""
        while p >= 0:
            para = paragraphs[p]
            for lo, hi in reversed(sentences(p)[:k]):
                here = _people_in(mentions[p], lo, hi)
                if here:
                    return here
                if para.find('"', lo, hi) < 0 and para.find("“", lo, hi) < 0:
                    return []
            p -= 1
            k = len(sentences(p)) if p >= 0 else 0
        return []

    for p, (para, ms) in enumerate(zip(paragraphs, mentions, strict=True)):
        if not _hot(para, lex):
            continue  # no demonstrative before a verb: the common case
        for k, (lo, hi) in enumerate(sentences(p)):
            if not lex.hot_re.search(para, lo, hi):
                continue  # a pointing phrase holds a demonstrative before a verb inside the sentence
            found = lex.pointing_re.match(para, lo)
            if not found or found.end() > hi or _people_in(ms, lo, found.end(1)):
                continue
            phrase = found.group(1)
            head = phrase.split()[0].casefold()
            kin = head in lex.kin or head in lex.relational  # relational holds anak, putra, putri
            if kin or head not in lex.role_heads or not _plain_phrase(phrase, lex):
                continue
            people = before(p, k)
            if len({m.text for m in people}) == 1:
                target = people[-1]
                if target.role is None:
                    target.role = phrase
                elif target.office is None and phrase != target.role:
                    target.office = phrase


def _vouches(m: Mention, text: str, nxt: int, lex: Lexicon) -> bool:
    """A role set after a name makes it a person ('Jamalul Izza, Ketua Umum APJII …') when the name
    has two words or a known name word (not 'Bupatu, Wali Kota, serta …', a list of offices), no
    preposition opens the clause and the role is not the next name's."""
    known = " " in m.text or m.text.casefold() in lex.name_words
    return known and not opens_clause(text, m.start, lex) and not describes_next(text, m.end, nxt)


def attach_apposed_roles(text: str, found: list[Mention], lex: Lexicon) -> list[Mention]:
    """``Airlangga Hartarto, Ketua Umum Partai Golkar yang …``: the role set after each name of a
    body paragraph (see ``surroundings.apposed_role``); it, or a noun that describes a person
    (``Joko, warga Masgar``), makes the name a person."""
    selaku = "selaku" in text
    for k, m in enumerate(found):
        if m.org:
            continue
        after = text[m.end : m.end + 1]
        if after != "," and not (selaku and after in (" ", "\u00a0")):
            continue  # the phrase opens with a comma or 'selaku': the common case has neither
        nxt = next((x.start for x in found[k + 1 :] if not x.org), len(text))
        role = apposed_role(text, m.end, nxt, lex)
        if after == "," and not m.evidence:
            m.evidence = (role is not None and _vouches(m, text, nxt, lex)) or apposed_person(
                text, m.start, m.end, nxt, lex
            )  # 'Jamalul Izza, Ketua Umum APJII …', 'Joko, warga Masgar'
        elif role is not None and not m.evidence:
            m.evidence = _vouches(m, text, nxt, lex)  # 'Ermy Setiari selaku Kabid Humas …'
        if role and m.role is None:
            m.role = role
        elif role and m.office is None and role != m.role:
            m.office = role
    return found
