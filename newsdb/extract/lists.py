"""Names in lists: ``Kirana Larasati, Herjunot Ali, Andryansyah, Dafa dan Akbar``.

A roster of players, guests or party members is a comma-, semicolon- or *dan*-separated sequence of
capitalised items. When one member of the list is a person on its own evidence (a title, a
known name word, a speech cue), the other members that are plain name mentions are people too:
lists are homogeneous. A member inside an organisation (``Shengle FC``) keeps the whole list
from vouching for anybody. The rest of the article vouches for a name's parts too: a surname
written alone (``vouch_surnames``), a given name a speech cue names alone (``vouch_cued_leads``).
"""

from __future__ import annotations

import re

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.wordclass import NAME, classify

# commas, 'dan', and semicolons between the lines of a line-up ('Daryono; Kurniawan Karman, …')
_SEP = r"[ \u00a0]*(?:[,;][ \u00a0]*)+(?:(?:dan|serta)[ \u00a0]+)?|[ \u00a0]+(?:dan|serta|&)[ \u00a0]+"
_ITEM = r"[A-Z][\w'’.\-]*(?:[ \u00a0]+[A-Z][\w'’.\-]*){0,3}"
_NOTE = r"(?:[ \u00a0]*\([^()]{1,60}\))?"  # 'Ruben Tarigan (Wakil Ketua DPRD Sumut), …'
_INITIAL = r"(?:[ \u00a0]+[A-Z]\.?)?"  # 'Elia S dan Akbar'
_GAP_RE = re.compile(rf"{_INITIAL}{_NOTE}(?:{_SEP})(?:{_ITEM}{_NOTE}(?:{_SEP}))*")
_MIN_MEMBERS = 3


def _chains(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of mentions separated only by list separators (and capitalised non-mentions)."""
    chains: list[list[Mention]] = []
    current: list[Mention] = []
    for m in mentions:
        if current and text[m.start : m.start + 1] == "(" and not text[current[-1].end : m.start].strip():
            continue  # 'Tajudin (Udin), Azwarmi': a nickname in brackets is the member's note
        if current and _GAP_RE.fullmatch(text, current[-1].end, m.start):
            current.append(m)
            continue
        if len(current) >= _MIN_MEMBERS:
            chains.append(current)
        current = [m]
    if len(current) >= _MIN_MEMBERS:
        chains.append(current)
    return chains


def _vouch_pairs(text: str, mentions: list[Mention]) -> None:
    """``Edy Rahmayadi-Musa Rajekshah``: a hyphenated pair of names (a ticket, a duo) holds two
    people when one of them is a person. Both sides must be full names: one-word sides are
    double-barrelled names (``Jean-Claude Juncker``, ``Trent Alexander-Arnold``)."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if b.start != a.end + 1 or text[a.end] != "-" or a.org or b.org:
            continue
        if " " in a.text and " " in b.text and (a.evidence or b.evidence):
            a.evidence = b.evidence = True


def _vouch_couples(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """``Adele dan Simon Konecki``, ``Juna dan Bisma``: two names joined by *dan* are two people
    when one of them is a person on its own evidence, or both are known given names (``Rizki dan
    Arif``)."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        if a.org or b.org or text[a.end : b.start] != " dan ":
            continue
        if a.evidence == b.evidence and not (a.evidence or (_known(a, lex) and _known(b, lex))):
            continue
        if text[a.start - 1 : a.start] == "-" or text[b.end : b.end + 1] == "-":
            continue  # 'Marc-Andre', 'Alexander-Arnold': the mention is half of a name
        a.evidence = b.evidence = True


def _known(m: Mention, lex: Lexicon) -> bool:
    return all(w.casefold() in lex.name_words for w in m.text.split())


def vouch_lists(text: str, mentions: list[Mention], lex: Lexicon) -> None:
    """Give evidence to the members of every list in ``text`` that holds a person already."""
    if "-" in text:
        _vouch_pairs(text, mentions)
    if " dan " in text and len(mentions) > 1:
        _vouch_couples(text, mentions, lex)
    separators = text.count(",") + text.count(";") + text.count(" dan ")
    if len(mentions) < _MIN_MEMBERS or separators < _MIN_MEMBERS - 1:
        return
    for chain in _chains(text, mentions):
        if any(m.org for m in chain) or not any(m.evidence for m in chain):
            continue
        for m in chain:
            m.evidence = True


def _name_like(word: str, lex: Lexicon) -> bool:
    if len(word) < 3 or not word[1:].islower() or word.casefold().endswith("nya"):
        return False
    return classify(word, lex) == NAME


def _alone(
    paragraphs: tuple[str, ...], mentions: list[list[Mention]], lex: Lexicon
) -> tuple[dict[str, int], set[str]]:
    """One-word body mentions that form a run of their own ('Hubert mengaku', not 'Legion
    Y740'), counted; and those written after a place word ('di Madura')."""
    alone: dict[str, int] = {}
    placed: set[str] = set()
    for para, ms in zip(paragraphs, mentions, strict=True):
        for m in ms:
            if m.org or " " in m.text:
                continue
            before = para[max(0, m.start - 16) : m.start].split()
            after = para[m.end : m.end + 16].split()
            if before and before[-1].casefold() in lex.place_before:
                placed.add(m.text)
                continue
            capital_after = bool(after) and after[0][:1].isalnum() and not after[0].islower()
            if not (before and before[-1][:1].isupper()) and not capital_after:
                alone[m.text] = alone.get(m.text, 0) + 1
    return alone, placed


def vouch_surnames(
    paragraphs: tuple[str, ...], mentions: list[list[Mention]], vouched: set[str], lex: Lexicon
) -> None:
    """``Anthoine Hubert`` … ``Hubert`` … ``Hubert``: a body name of two or three plain name words
    whose last word the body also writes alone, twice or once as a speaker, and never after a
    place word (``di Madura``), is a person. Products, organisations and teams are called by their
    first word too (``Torvan``, ``Tottenham``), so a first word written alone rules the name out."""
    vouch_cued_leads(paragraphs, mentions, lex)
    candidates = [
        m for ms in mentions for m in ms if not (m.evidence or m.org) and 2 <= len(m.text.split()) <= 3
    ]
    if not candidates:
        return  # no name of two or three words to vouch for: the words alone need no counting
    alone, placed = _alone(paragraphs, mentions, lex)
    if not alone:
        return
    for m in candidates:
        toks = m.text.split()
        if toks[0] not in alone:
            last = toks[-1]
            count = alone.get(last, 0)
            if (count >= 2 or (count and last in vouched)) and last not in placed:
                m.evidence = all(_name_like(t, lex) for t in toks)


def _cue_names(word: str, paragraphs: tuple[str, ...], lex: Lexicon) -> bool:
    """Does a speech cue name somebody by ``word`` alone: after the cue ('kata Tata.', 'ujar Tata
    saat …') or as the subject of a speech verb ('Tata mengatakan, …')?"""
    for para in paragraphs:
        at = para.find(word)
        while at >= 0:
            end = at + len(word)
            nxt = para[end : end + 2].lstrip()
            if (
                (at == 0 or para[at - 1] == " ")
                and not para[end : end + 1].isalnum()
                and not (nxt[:1].isupper() or nxt[:1] == "(")
            ):
                prev = para[para.rfind(" ", 0, at - 1) + 1 : at - 1] if at > 1 else ""
                if prev in lex.after_cues:
                    return True
                verb = para[end + 1 : end + 16].split(" ", 1)[0].rstrip(",")
                opens = at == 0 or para[at - 2 : at - 1] in (".", ",")  # the word alone opens a clause
                if opens and para[end : end + 1] == " " and verb in lex.before_cues:
                    return True  # 'Tata mengatakan, …'
            at = para.find(word, end)
    return False


def _lead_word(word: str, lex: Lexicon) -> bool:
    """May ``word`` open a name although the run analysis left it out: a common word or a known
    name word ('Tata', 'Catur', 'Bintang'), not a role, title, kin word, organisation head or place
    ('Presiden', 'Adik', 'Polisi'), nor a brand or outlet the lexicon never takes for a name
    ('Pertamina')."""
    low = word.casefold()
    if not (low in lex.common or low in lex.name_words) or lex.is_role_word(low):
        return False
    if low in lex.honorifics or low in lex.kin or low in lex.ranks or low in lex.org_heads:
        return False
    if low in lex.places or low in lex.never_leads or low in lex.function_words or low in lex.pronouns:
        return False
    return low not in lex.abbreviations and low not in lex.unnamed_heads


def vouch_cued_leads(paragraphs: tuple[str, ...], mentions: list[list[Mention]], lex: Lexicon) -> None:
    """``Tata Sudrajat dari …`` … ``kata Tata``: a capitalised word right before a name in its run
    that the run analysis left out (a common word, a stopword, the last word of a role) opens the
    name when a speech cue of the article names the person by that word alone."""
    seen: dict[str, bool] = {}
    for para, ms in zip(paragraphs, mentions, strict=True):
        for m in ms:
            start = m.start
            if start < 4 or para[start - 1] != " " or not para[start - 2].islower() or m.org:
                continue
            cut = para.rfind(" ", 0, start - 1) + 1
            word = para[cut : start - 1]
            if not (word[:1].isupper() and word[1:].islower() and word.isalpha()) or len(m.text.split()) > 3:
                continue
            named = seen.get(word)
            if named is None:
                named = seen[word] = _lead_word(word, lex) and _cue_names(word, paragraphs, lex)
            if not named or m.text.startswith(word):
                continue
            m.text, m.start, m.evidence = f"{word} {m.text}", cut, True
            if m.role:
                kept = m.role[: -len(word)].rstrip(" ,") if m.role.endswith(word) else m.role
                m.role = kept or None
