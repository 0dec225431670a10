"""Finding name mentions: runs of capitalised words split into role, organisation and name parts.

A *run* is a stretch of capitalised words (``Menteri Luar Negeri Rusia Sergei Lavrov``).
``stretches.py`` analyses a run on its own (memoised): its name stretches, the role and
organisation words inside it, the evidence a stretch carries alone. This module finds the runs
of a paragraph and makes each stretch a *mention* with what the text around the run adds: a role
written in lower case before it, an organisation head, brackets, introducers and kin words, an
apposition, a quoted title. A mention says whether it carries evidence of being a person on its
own (a title or honorific in front, two or more name words, a known single-name figure); single
words without evidence become people only when the rest of the article vouches for them (a
speech cue, a longer form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsdb.extract.edges import OFFICE_LEAD, lead_fits
from newsdb.extract.lexicon import Lexicon
from newsdb.extract.roles import clean_role, is_relational, lookback_role
from newsdb.extract.stretches import RUNS, Proto, analyse
from newsdb.extract.surroundings import names_no_person, quoted_title
from newsdb.extract.wordclass import NAME, OTHER, ROLE, classify

_UP = "A-ZÀ-ÖØ-Þ"
_TOKEN = rf"\(?[{_UP}][\w'’]*(?:-[a-z0-9][\w'’]*)*(?:\.[{_UP}][\w'’]*)*\.?\)?"
_LINK = (
    r"(?:[ \u00a0]+(?:(?:dan|untuk|dari|di|ke|era|bidang|urusan|bin|binti|van|von|de|del|della"
    r"|da|al|el|ibn|ibnu|&)[ \u00a0]+)?)"
)
# The run's first token as ``_TOKEN`` with the word-boundary test moved after its first character:
# a pattern that opens with a character class lets the regex engine skip ahead to candidates.
_FIRST = (
    rf"[({_UP}](?<![\w'’].)(?:(?<=\()[{_UP}]|(?<!\())"  # '(' must be followed by a capital
    rf"[\w'’]*(?:-[a-z0-9][\w'’]*)*(?:\.[{_UP}][\w'’]*)*\.?\)?"
)
RUN_RE: Final = re.compile(rf"{_FIRST}(?:{_LINK}{_TOKEN})*")
_PAREN_RE: Final = re.compile(
    r"\s*\((?:\d{1,3}(?:\s*tahun)?\)|([a-zA-Z]+))|,[ \u00a0]+\d{1,2}(?:[ \u00a0]+tahun)?,[ \u00a0]+[a-z]"
)
_APPOSITION_RE: Final = re.compile(r",[ \u00a0]+([A-ZÀ-Þ][\w'’]*)")
TITLE: Final = -1  # pseudo paragraph number of the title
CAPTION: Final = -2  # and of the photo caption


@dataclass(slots=True)
class Mention:
    """One occurrence of a (possible) person name."""

    text: str  # the name as written, honorifics and ranks removed
    para: int  # paragraph index, -1 for the title
    start: int  # span of the name words inside the paragraph (or title)
    end: int
    role: str | None = None  # role phrase written before the name
    evidence: bool = False  # a person even if nothing else in the article says so
    titled: bool = False  # a person title stands right before the name ("Presiden X")
    title_word: str | None = None  # that title, lower case
    org: bool = False  # inside an organisation, place or event name
    office: str | None = None  # an office written before a comma when the role is a rank

    # Written out (the dataclass keeps it) so that the compiled build runs a compiled __init__,
    # as for stretches.Proto: one Mention is made per name occurrence.
    def __init__(
        self,
        text: str,
        para: int,
        start: int,
        end: int,
        role: str | None = None,
        evidence: bool = False,
        titled: bool = False,
        title_word: str | None = None,
        org: bool = False,
        office: str | None = None,
    ) -> None:
        self.text = text
        self.para = para
        self.start = start
        self.end = end
        self.role = role
        self.evidence = evidence
        self.titled = titled
        self.title_word = title_word
        self.org = org
        self.office = office

    @property
    def tokens(self) -> tuple[str, ...]:
        return tuple(self.text.split())


def _describes_previous(m: Mention, p: Proto, base: int, out: list[Mention], text: str, lex: Lexicon) -> bool:
    """``Ernest Rettobjaan, CEO Kolabora``: a one-word name after a role that describes the
    name before the comma is the role's organisation, not a person; unless the next item of a
    list of officials follows (``Andi Agtas, Menteri Pembangunan Keluarga Wihaji, Menteri …``)."""
    if not m.role or not out or out[-1].org or len(m.tokens) != 1:
        return False
    if m.text.casefold() in lex.name_words or m.text.casefold() in lex.mononyms:
        return False
    if text[out[-1].end : base + p.run_start].strip() not in (",", "selaku", "sebagai"):
        return False
    first = m.role.split()[0].casefold()
    if first in lex.relational or first in lex.ranks:
        return False
    after = _APPOSITION_RE.match(text, base + p.run_end)
    return not (after and m.role.split()[0] == after.group(1))  # the same office again: a list


def _member_of(before: list[str], lex: Lexicon) -> bool:
    """'anggota fraksi Dameria': a role word before the organisation head makes the name its member."""
    return len(before) >= 2 and lex.is_role_word(before[-2])


def _apply_lead(m: Mention, p: Proto, text: str, run_start: int, run_end: int, lex: Lexicon) -> bool:
    """Open the name with the common words that begin its run when the text allows it
    (', Agung Hadi Tjahjanto,' mid-sentence); whether it did."""
    if not p.lead or not lead_fits(p.lead_kind, text, run_start, run_end, lex):
        return False
    m.text, m.start = f"{p.lead} {m.text}", run_start
    known = p.lead_kind == OFFICE_LEAD or any(w.casefold() in lex.name_words for w in p.text.split())
    m.evidence, m.org = m.evidence or known, p.tail_org
    return True


def _role_before(m: Mention, p: Proto, text: str, run_start: int, led: bool, lex: Lexicon) -> None:
    """A run with no role of its own: an organisation head or a role written before it."""
    before = text[max(0, run_start - 30) : run_start].split()
    if before and before[-1].islower() and before[-1] in lex.org_heads and not _member_of(before, lex):
        m.org = True  # 'pondok pesantren Miftahul Ulum', 'perusahaan minyak Mesa Petrolium'
    role, tight = lookback_role(text, run_start, lex)
    if role is None or (p.after_org and not led and text[:run_start].rstrip().endswith(",")):
        m.org = m.org or (p.after_org and not led)  # 'rumah dinas Wali Kota, Loji Gandrung'
    if role is None:
        return
    low = role.casefold().split()
    weak = not lex.weak_heads.isdisjoint(low)
    party = tight and m.start == run_start and low[-1] in lex.case_parties  # 'tersangka Aulia'
    m.evidence = m.evidence or (tight and not weak) or p.multi or party
    inner = text[run_start : m.start]
    sep = " " if text[run_start - 1 : run_start].isspace() else ""
    m.role = clean_role(f"{role}{sep}{inner}", lex) or None
    if p.holder and low[0] not in lex.unnamed_heads:
        m.org = False  # 'pakar hukum Universitas Andalas Feri Amsari': the holder ('warga Desa …': no office)
    comma = text[max(0, run_start - 4) : run_start].rstrip().endswith(",")
    if m.role and is_relational(m.role, lex) and not comma:
        m.role = None


def _evidence_around(m: Mention, text: str, lex: Lexicon) -> None:
    """Brackets, an age, an introducer or a kin word around the name make it a person; 'dari',
    'bernama', 'putra' before it may name a thing or a native instead."""
    if not m.evidence and m.text in lex.known_people:
        m.evidence = True  # a full name that other articles name with a role or a quotation
    paren = _PAREN_RE.match(text, m.end)
    if paren and (paren.group(1) is None or paren.group(1).casefold() in lex.role_heads):
        m.evidence = True  # 'Kasdi (45)', 'Roni (terdakwa)', 'Iwan Bin Nsin, 34, warga …'
    words = text[max(0, m.start - 30) : m.start].split()[-3:] if m.start else []
    prev = words[:-1] if words and words[-1] == "dari" else words  # 'suami dari Nagita Slavina'
    if prev and (prev[-1].casefold() in lex.intro_words or prev[-1] in lex.kin):
        m.evidence = True  # 'bernama Kasdi', 'ibu Drake' (kin words in lower case only)
    if not m.org and ((words and words[-1] in ("dari", "bernama")) or m.title_word in ("putra", "putri")):
        m.org = names_no_person(text, words, m.end, m.role, m.title_word, lex)  # what it needs, checked first


def _inside(p: Proto, text: str, run_end: int, lex: Lexicon) -> bool:
    """Is the stretch inside a role phrase that goes on to the holder's name (``_inside_role``);
    undecided in the run, a name or a rank after the comma that follows decides."""
    if p.inside is not None:
        return p.inside
    after = _APPOSITION_RE.match(text, run_end)
    word = after.group(1) if after else ""
    nxt = classify(word, lex) if after else OTHER
    if word.casefold() in lex.head_names:
        nxt = NAME  # ', Hari Nugroho': the comma opens the holder's name
    return nxt == NAME or (nxt == ROLE and word.casefold() in lex.ranks)


def _mention(p: Proto, base: int, text: str, para: int, lex: Lexicon, marks: bool = True) -> Mention:
    """A mention at ``base`` from its prototype, with what the surrounding text adds."""
    m = Mention(p.text, para, base + p.start, base + p.end, p.role, p.evidence, p.titled, p.title_word, p.org)
    m.office = p.office
    run_start = base + p.run_start
    led = _apply_lead(m, p, text, run_start, base + p.run_end, lex)
    if p.lookback:
        _role_before(m, p, text, run_start, led, lex)
    elif p.role and p.rank_only and not p.office and text[:run_start].rstrip()[-1:] == ",":
        office, _ = lookback_role(text, run_start, lex)  # 'Kapolres Taput, AKBP Horas …'
        m.office = clean_role(office, lex) or None if office else None
    _evidence_around(m, text, lex)
    if _inside(p, text, base + p.run_end, lex) or (marks and quoted_title(text, run_start, m.start, lex)):
        m.org = True
    return m


def find_mentions(text: str, para: int, lex: Lexicon) -> list[Mention]:
    """Every name stretch in one paragraph (or the title, ``para`` = -1)."""
    out: list[Mention] = []
    title = para == TITLE
    runs = RUNS.get((lex.language, title), {})
    marks = "'" in text or "‘" in text or '"' in text or "“" in text  # any quoted title at all
    for run in RUN_RE.finditer(text):
        word = run.group()
        protos = runs.get(word)
        if protos is None:
            protos = analyse(word, lex, title)
            runs = RUNS[(lex.language, title)]
        if not protos:
            continue
        base = run.start()
        for p in protos:
            m = _mention(p, base, text, para, lex, marks)
            if p.first and _describes_previous(m, p, base, out, text, lex):
                m.org = True
            out.append(m)
    return out
