"""Accounts: the stretches of a paragraph that tell somebody's reported account, and the names
the narration is about rather than new voices.

A name inside an account ('Aris mengatakan, … . Sampai siang tadi, Itoc menghembuskan …') is no
later pronoun's target; nor is, for a little while, a name the narration is about when a voice
spoke just before ('"…," ujar Heri.' ⏎ 'Akibat itu Zainal jatuh …' ⏎ '"…," katanya': Heri).
"""

from __future__ import annotations

import json
from bisect import bisect_right
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.quotes import Paragraph
from newsdb.extract.spans import MARK_RE, sentence_start

if TYPE_CHECKING:
    from newsdb.extract.indirect import IndirectDraft


def sentence_end(para: Paragraph, pos: int) -> int:
    """Where the sentence holding ``pos`` ends: the next sentence start, else the paragraph end."""
    starts = para.starts
    k = bisect_right(starts, pos)
    return starts[k] if k < len(starts) else len(para.text)


def mention_start(m: Mention) -> int:
    """Sort key: where a mention starts."""
    return m.start


def _speaks(text: str, end: int, lex: Lexicon) -> bool:
    """Is the word after a name (past 'juga', 'pun' …) a speech or reply verb ('menambahkan',
    'menjawab')? A speech verb is itself a modifier ('mengatakan'), so it is tested first."""
    for word in text[end : end + 60].split()[:3]:
        low = word.rstrip(",.").casefold()
        if low in lex.speech_verbs or any(low.endswith(stem) for stem in lex.replies):
            return True
        if word.casefold() not in lex.modifiers:
            return False
    return False


@lru_cache(maxsize=8)
def _seen_words(language: str) -> frozenset[str]:
    """speech.json 'seen': a person narrated as seen or met ('tampak', 'ditemui') may speak next."""
    path = resources.files("newsdb.extract").joinpath("data", language, "speech.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return frozenset(str(w).casefold() for w in data.get("seen", []))


def _seen(text: str, lex: Lexicon) -> bool:
    seen = _seen_words(lex.language)
    return any(w.strip(",.;:").casefold() in seen for w in text.split())


def narrated(para: Paragraph, m: Mention, lex: Lexicon) -> bool:
    """A name the narration is about ('Noval diketahui …', 'Akibat itu Zainal jatuh …'), not one
    brought in as a new voice: no role with it (in lower case or in Title Case before it: 'Perdana
    Menteri Vietnam, Nguyen …'), no turn ('Sementara itu,', 'Terpisah,') opening its sentence, and
    no speech or reply verb after it ('Akhyar menjawab …'), and not seen or met in its sentence
    ('Dodi tampak menunduk …', 'Saat ditemui wartawan, Dodi …': speech.json 'seen')."""
    if m.role is not None:
        return False
    lo = sentence_start(para.starts, m.start)
    if lex.report_break_re.match(para.text, lo) is not None:
        return False
    if any(w[:1].isupper() for w in para.text[lo : m.start].split()[1:]):
        return False
    if lex.appositive_re.match(para.text, m.end) is not None:
        return False  # 'Diana Eka selaku Deputi …'
    if _speaks(para.text, m.end, lex):
        return False
    return not _seen(para.text[lo : sentence_end(para, m.start)], lex)  # 'Saat ditemui, Dodi …'


def _new_report(text: str, start: int, m: Mention, lex: Lexicon) -> bool:
    """Does the sentence at ``start`` open with the name ``m`` (its capitalised role or a
    connector before it) as the subject of a speech verb ('Direktur IBM Dario Gril menyebut …',
    'Namun, Yefhika menilai …')? That is somebody else's report, not the account before it."""
    opener = lex.connector_re.match(text, start)
    lead = text[opener.end() if opener else start : m.start]
    if "," in lead or not all(w[:1].isupper() for w in lead.split()):
        return False
    return _speaks(text, m.end, lex)


def _report_end(para: Paragraph, pos: int, lex: Lexicon) -> int:
    """Where a report that opens at ``pos`` stops telling the speaker's account: at the next
    quotation mark, at a sentence that turns away ('Sementara itu, …') or opens another named
    report, else at the paragraph's end."""
    text = para.text
    mark = MARK_RE.search(text, pos)
    end = mark.start() if mark else len(text)
    for s in para.starts:
        if s <= pos:
            continue
        if s >= end:
            break
        if lex.report_break_re.match(text, s):
            return s
        k = bisect_right(para.mentions, s - 1, key=mention_start)
        if k < len(para.mentions) and para.mentions[k].start < sentence_end(para, s):
            if _new_report(text, s, para.mentions[k], lex):
                return s
    return end


def _report_zones(para: Paragraph, reports: list[IndirectDraft], lex: Lexicon) -> list[tuple[int, int]]:
    """The stretches of a paragraph that tell somebody's account: from a reported clause ('Aris
    mengatakan, …', 'Menurut Harryo, …', 'Ia menjelaskan, …') to where the account stops, and
    the sentence of a report by a pronoun ('Menurutnya, …')."""
    zones = [(e.start, _report_end(para, e.end, lex)) for e in reports]
    if "enurut" in para.text:
        for s in para.starts:
            found = lex.pronoun_report_re.match(para.text, s)
            if found is not None:  # its own sentence: who 'nya' is was decided before
                zones.append((found.end(), sentence_end(para, found.end())))
    return zones


def outside_reports(paras: list[Paragraph], events: list[IndirectDraft], lex: Lexicon) -> list[IndirectDraft]:
    """A name that is the subject inside someone's account ('Hendra menuturkan, keributan terjadi
    saat Yoga mendatangi pasar'; 'Aris mengatakan, … . Sampai siang tadi, Itoc menghembuskan …')
    is not who a later pronoun means."""
    reports: dict[int, list[IndirectDraft]] = {}
    for e in events:
        if e.emit and e.verb:
            reports.setdefault(e.para, []).append(e)
    zones: dict[int, list[tuple[int, int]]] = {}
    out = []
    for e in events:
        if not e.verb:
            if e.para not in zones:
                zones[e.para] = _report_zones(paras[e.para], reports.get(e.para, []), lex)
            if any(lo <= e.pos < hi for lo, hi in zones[e.para]):
                continue
        out.append(e)
    return out
