"""Finding name mentions: runs of capitalised words split into role, organisation and name parts.

A *run* is a stretch of capitalised words (``Menteri Luar Negeri Rusia Sergei Lavrov``).
Each word is classed from the lexicon (role, honorific, organisation head or tail, common
word or place, acronym, initial, name) and the name words form *mentions*. A mention says
whether it carries evidence of being a person on its own (a title or honorific in front, two
or more name words, a known single-name figure); single words without evidence become people
only when the rest of the article vouches for them (a speech cue, a longer form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsdb.extract.edges import (
    NO_LEAD,
    OFFICE_LEAD,
    common_heads,
    common_inside,
    common_tail,
    lead_fits,
    leads,
    names_after_rank,
    region_before_rank,
)
from newsdb.extract.lexicon import Lexicon
from newsdb.extract.roles import clean_role, is_relational, lookback_role, split_rank
from newsdb.extract.runs import SPECIAL_RE, bracketed_initials, split_tokens, surname_initials
from newsdb.extract.surroundings import names_no_person, quoted_title
from newsdb.extract.wordclass import (
    ACRONYM,
    HONORIFIC,
    INITIAL,
    NAME,
    ORG,
    OTHER,
    PARTICLE,
    ROLE,
    TAIL,
    classify,
    classify_run,
)

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
    # as for _Proto below: one Mention is made per name occurrence.
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


def _plain_word(word: str, lex: Lexicon) -> bool:
    low = word.casefold()
    return low in lex.common and low not in lex.stopwords and low not in lex.places


def _stretches(
    classes: list[int], lens: list[int], ends: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """Index ranges [i, j) of name stretches inside one run."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(classes)
    while i < n:
        if classes[i] not in (NAME, INITIAL, ACRONYM):
            i += 1
            continue
        j = i
        while j < n and (
            classes[j] in (NAME, INITIAL)
            or (classes[j] == ACRONYM and lens[j] <= 2)
            or (classes[j] == PARTICLE and j + 1 < n and classes[j + 1] == NAME)
        ):
            j += 1
        # acronyms only at the edge of a stretch when short and next to a real name word
        while i < j and classes[i] == ACRONYM and not (i + 1 < j and classes[i + 1] == NAME and lens[i] <= 2):
            i += 1
        while j > i and classes[j - 1] in (ACRONYM, INITIAL) and j - 1 not in ends:
            j -= 1
        if any(c == NAME for c in classes[i:j]):
            out.append((i, j))
        i = max(j, i + 1)
    return out


def _scan_back(tokens: list[tuple[str, int, int]], classes: list[int], i: int) -> tuple[int, int]:
    """Earliest role word and nearest organisation head before stretch ``i`` in its run."""
    first_role, nearest_org = -1, -1
    for k in range(i - 1, -1, -1):
        if tokens[k][0] in ("di", "ke"):
            break
        if classes[k] == NAME:
            if k > 0 and classes[k - 1] == ORG:
                continue  # 'Partai Gerindra': the organisation's own name
            break
        if classes[k] in (ROLE, HONORIFIC):
            first_role = k
        elif classes[k] == ORG and nearest_org < 0 and first_role < 0:
            nearest_org = k
    return first_role, nearest_org


def _inside_role(
    tokens: list[tuple[str, int, int]],
    classes: list[int],
    stops: list[tuple[int, int]],
    k: int,
    first_role: int,
    lex: Lexicon,
) -> bool | None:
    """Is stretch ``k`` part of a role phrase that goes on to the real name? ``None``: only if
    a name follows after a comma (``Komisaris Utama PT Vitka Delifood, Asman Abnur``).

    ``Kepala Otorita IKN Basuki Hadimuljono``: Otorita is inside the role.
    """
    i, j = stops[k]  # first_role: from _scan_back before stretch k
    if first_role < 0 or tokens[first_role][0].casefold() in lex.relational:
        return False
    if any(tokens[r][0].casefold() in ("juru", "kuasa", "staf") for r in range(first_role, i)):
        return False
    if k + 1 < len(stops):
        between = {tokens[r][0].casefold() for r in range(j, stops[k + 1][0])}
        return not between & {"dan", "serta", "atau", "&"}
    if any(c == NAME for c in classes[j:]):
        return False
    return None


def _describes_previous(m: Mention, run_start: int, out: list[Mention], text: str, lex: Lexicon) -> bool:
    """``Ernest Rettobjaan, CEO Kolabora``: a one-word name after a role that describes the
    name before the comma is the role's organisation, not a person."""
    if not m.role or not out or out[-1].org or len(m.tokens) != 1:
        return False
    if m.text.casefold() in lex.name_words or m.text.casefold() in lex.mononyms:
        return False
    if text[out[-1].end : run_start].strip() not in (",", "selaku", "sebagai"):
        return False
    first = m.role.split()[0].casefold()
    return first not in lex.relational and first not in lex.ranks


@dataclass(slots=True)
class _Proto:
    """What one name stretch of a run says on its own; offsets relative to the run."""

    text: str
    start: int
    end: int
    run_start: int
    run_end: int
    multi: bool
    role: str | None = None
    evidence: bool = False
    org: bool = False
    titled: bool = False
    title_word: str | None = None
    lookback: bool = False  # no role inside the run: the words before it may hold one
    after_org: bool = False  # an organisation head stands before the name in the run
    inside: bool | None = False  # see _inside_role
    first: bool = False  # the first stretch of its run
    rank_only: bool = False  # the in-run role is only a rank or honorific ('AKBP')
    lead: str | None = None  # common words opening the run right before the name ('Agung')
    lead_kind: int = NO_LEAD  # see edges.leads
    tail_org: bool = False  # an organisation tail follows ('Djarum Foundation')
    office: str | None = None  # the office before a rank in the run ('Kapolsek Ciranjang' Kompol)

    # Written out (the dataclass keeps it): in the compiled build a generated __init__ stays
    # interpreted, about 10,000 instructions per prototype with these keywords; this one is native.
    def __init__(
        self,
        *,
        text: str,
        start: int,
        end: int,
        run_start: int,
        run_end: int,
        multi: bool,
        role: str | None = None,
        evidence: bool = False,
        org: bool = False,
        titled: bool = False,
        title_word: str | None = None,
        lookback: bool = False,
        after_org: bool = False,
        inside: bool | None = False,
        first: bool = False,
        rank_only: bool = False,
        lead: str | None = None,
        lead_kind: int = NO_LEAD,
        tail_org: bool = False,
        office: str | None = None,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.run_start = run_start
        self.run_end = run_end
        self.multi = multi
        self.role = role
        self.evidence = evidence
        self.org = org
        self.titled = titled
        self.title_word = title_word
        self.lookback = lookback
        self.after_org = after_org
        self.inside = inside
        self.first = first
        self.rank_only = rank_only
        self.lead = lead
        self.lead_kind = lead_kind
        self.tail_org = tail_org
        self.office = office


def _proto(
    tokens: list[tuple[str, int, int]],
    classes: list[int],
    stops: list[tuple[int, int]],
    k: int,
    run: str,
    lex: Lexicon,
) -> _Proto:
    i, j = stops[k]
    inner = [r for r in range(i, j) if r == i or not tokens[r][0].startswith("(")]  # 'Jusuf (BJ) Habibie'
    words = [tokens[r][0].strip("()") for r in inner]
    first_role, nearest_org = _scan_back(tokens, classes, i)
    if (
        first_role >= 0
        and {tokens[r][0].casefold() for r in range(first_role, i) if classes[r] in (ROLE, HONORIFIC)}
        <= lex.corps
    ):
        first_role = -1  # 'Detasemen Kavaleri Berkuda': a corps word alone is no rank
    org = j < len(classes) and classes[j] == TAIL
    if first_role > 0 and tokens[first_role - 1][0].strip("()").casefold().rstrip(".") in lex.honouring_heads:
        # 'Jalan Letjen Suprapto', 'Jalan Dr Satrio': a street named after somebody ('Selamat Jalan Pak X' no)
        org = org or first_role < 2 or tokens[first_role - 2][0].casefold() != "selamat"
    if i > 0 and tokens[i - 1][0].casefold() in lex.field_words:
        org = True  # 'Deputi Bidang Meteorologi': the field of an office
    head = tokens[nearest_org][0].strip("()").casefold() if nearest_org >= 0 else ""
    office = first_role >= 0 and tokens[first_role][0].casefold() not in lex.residents  # not 'Warga'
    if head in lex.field_heads and office and first_role < nearest_org:
        head = ""  # 'Direktur Jenderal Penyediaan Perumahan Khalawi': the office's field, not a place
    if head in lex.named_heads:
        between = [tokens[r][0].casefold() for r in range(nearest_org + 1, i)]
        region = bool(between) and all(w in lex.places for w in between)
        org = org or first_role < 0 or not region  # after a role, 'Kabupaten Kuningan' is complete
    role = rank_office = None
    if first_role >= 0:
        role = clean_role(run[tokens[first_role][1] : tokens[i][1]], lex) or None
        if role and is_relational(role, lex):
            role = None  # 'Juru bicara Putin': Putin is the possessor, not the spokesman
        rank_office, role = split_rank(role, lex)
    bare = len(words) - (classes[j - 1] == INITIAL and len(words[-1]) == 1)  # 'Elia S': S is no evidence
    evidence = first_role >= 0 or (
        bare >= 2
        and any(
            classes[r] == NAME and w.casefold() in lex.name_words for w, r in zip(words, inner, strict=True)
        )
    )
    if len(words) == 1 and words[0].casefold() in lex.mononyms:
        evidence, org = True, j < len(classes) and classes[j] == TAIL
    titled = i > 0 and classes[i - 1] in (ROLE, HONORIFIC)
    lead_kind = leads(tokens, classes, i, j, lex) if k == 0 else NO_LEAD
    return _Proto(
        text=" ".join(w.rstrip(".") if len(w) <= 2 else w for w in words),
        start=tokens[i][1],
        end=tokens[j - 1][2],
        run_start=tokens[0][1],
        run_end=tokens[-1][2],
        multi=j - i > 1,
        role=role,
        evidence=evidence,
        org=org,
        titled=titled,
        title_word=tokens[i - 1][0].casefold() if titled else None,
        office=rank_office,
        lookback=first_role < 0,
        after_org=nearest_org >= 0,
        inside=_inside_role(tokens, classes, stops, k, first_role, lex),
        first=k == 0,
        lead=" ".join(t[0] for t in tokens[:i]) if lead_kind else None,
        lead_kind=lead_kind,
        tail_org=j < len(classes) and classes[j] == TAIL,
        rank_only=bool(role) and all(w.casefold().rstrip(".") in lex.ranks for w in (role or "").split()),
    )


_RUNS: dict[tuple[str, bool], dict[str, tuple[_Proto, ...]]] = {}  # (language, title) → run → prototypes
_MEMO_LIMIT: Final = 200_000


def _analyse(run: str, lex: Lexicon, title: bool = False) -> tuple[_Proto, ...]:
    """The name stretches of one run and what they say on their own; memoised, since the
    same runs ('Presiden Joko Widodo', 'Namun') recur across articles. ``title``: a Title Case
    headline, where a capitalised common word says nothing."""
    runs = _RUNS.setdefault((lex.language, title), {})
    found = runs.get(run)
    if found is not None:
        return found
    one_word = " " not in run and "\u00a0" not in run and not SPECIAL_RE.search(run)
    if one_word and classify(run, lex) != NAME:
        runs[run] = ()  # one word that is not a name: the commonest run of all
        return ()
    protos: list[_Proto] = []
    for tokens in split_tokens(run, 0, lex):
        classes = classify_run([t[0] for t in tokens], lex)
        if NAME not in classes:
            continue  # the rules below only widen a stretch around a name word
        names_after_rank(tokens, classes, lex)
        if ROLE in classes:
            region_before_rank(tokens, classes, lex)  # 'Kapolres Garut AKBP Budi'
        if "(" in run:
            bracketed_initials(tokens, classes)  # only words in brackets change
        if not title:
            if ROLE in classes or lex.balinese_re.search(run):
                common_heads(tokens, classes, lex)  # it needs a role before the name or a Balinese head
            common_inside(tokens, classes, lex)
            common_tail(tokens, classes, lex)
        stops = []
        for i, j in _stretches(classes, [len(t[0]) for t in tokens], surname_initials(tokens, classes)):
            h = i - 1
            while h > 0 and classes[h] == OTHER and i - h < 3 and _plain_word(tokens[h][0], lex):
                h -= 1  # 'PT Maju Jaya Willy': common words of the company's name
            head = tokens[h][0].strip("()").casefold() if h >= 0 and i > 0 and classes[h] == ORG else ""
            if h < i - 1 and head not in lex.company_forms:
                head = ""  # 'Bank Mandiri Rohan Hafas': only a PT's name runs on ('PT Maju Jaya')
            if head in lex.needs_name:
                i += 1  # 'Partai Gerindra Syarif': the first word names the party
                if NAME not in classes[i:j]:
                    continue
            elif j - i >= 3 and i > 0 and tokens[i - 1][0].casefold() in lex.regional:
                i += 1  # 'Bupati Sleman Sri Purnomo': the region comes first
            elif i > 0 and tokens[i - 1][0].casefold() in lex.regional and j < len(tokens):
                if tokens[j][0].casefold() in lex.compass:
                    continue  # 'Bupati Tanjungjabung Barat': a region with its compass word
            stops.append((i, j))
        protos.extend(_proto(tokens, classes, stops, k, run, lex) for k in range(len(stops)))
    if len(runs) > _MEMO_LIMIT:
        runs.clear()
    result = runs[run] = tuple(protos)
    return result


def _member_of(before: list[str], lex: Lexicon) -> bool:
    """'anggota fraksi Dameria': a role word before the organisation head makes the name its member."""
    return len(before) >= 2 and lex.is_role_word(before[-2])


def _mention(p: _Proto, base: int, text: str, para: int, lex: Lexicon, marks: bool = True) -> Mention:
    """A mention at ``base`` from its prototype, with what the surrounding text adds."""
    m = Mention(p.text, para, base + p.start, base + p.end, p.role, p.evidence, p.titled, p.title_word, p.org)
    m.office = p.office
    run_start = base + p.run_start
    led = bool(p.lead) and lead_fits(p.lead_kind, text, run_start, base + p.run_end, lex)
    if led:
        m.text, m.start = f"{p.lead} {m.text}", run_start  # ', Agung Hadi Tjahjanto,' mid-sentence
        known = p.lead_kind == OFFICE_LEAD or any(w.casefold() in lex.name_words for w in p.text.split())
        m.evidence, m.org = m.evidence or known, p.tail_org
    if p.lookback:
        before = text[max(0, run_start - 30) : run_start].split()
        if before and before[-1].islower() and before[-1] in lex.org_heads and not _member_of(before, lex):
            m.org = True  # 'pondok pesantren Miftahul Ulum', 'perusahaan minyak Mesa Petrolium'
        role, tight = lookback_role(text, run_start, lex)
        if role is None or (p.after_org and not led and text[:run_start].rstrip().endswith(",")):
            m.org = m.org or (p.after_org and not led)  # 'rumah dinas Wali Kota, Loji Gandrung'
        if role is not None:
            low = role.casefold().split()
            weak = not lex.weak_heads.isdisjoint(low)
            party = tight and m.start == run_start and low[-1] in lex.case_parties  # 'tersangka Aulia'
            m.evidence = m.evidence or (tight and not weak) or p.multi or party
            inner = text[run_start : m.start]
            sep = " " if text[run_start - 1 : run_start].isspace() else ""
            m.role = clean_role(f"{role}{sep}{inner}", lex) or None
            comma = text[max(0, run_start - 4) : run_start].rstrip().endswith(",")
            if m.role and is_relational(m.role, lex) and not comma:
                m.role = None
    elif p.role and p.rank_only and not p.office and text[:run_start].rstrip()[-1:] == ",":
        office, _ = lookback_role(text, run_start, lex)  # 'Kapolres Taput, AKBP Horas …'
        m.office = clean_role(office, lex) or None if office else None
    paren = _PAREN_RE.match(text, m.end)
    if paren and (paren.group(1) is None or paren.group(1).casefold() in lex.role_heads):
        m.evidence = True  # 'Kasdi (45)', 'Roni (terdakwa)', 'Iwan Bin Nsin, 34, warga …'
    words = text[max(0, m.start - 30) : m.start].split()[-3:] if m.start else []
    prev = words[:-1] if words and words[-1] == "dari" else words  # 'suami dari Nagita Slavina'
    if prev and (prev[-1].casefold() in lex.intro_words or prev[-1] in lex.kin):
        m.evidence = True  # 'bernama Kasdi', 'ibu Drake' (kin words in lower case only)
    if not m.org and ((words and words[-1] in ("dari", "bernama")) or m.title_word in ("putra", "putri")):
        m.org = names_no_person(text, words, m.end, m.role, m.title_word, lex)  # what it needs, checked first
    inside = p.inside
    if inside is None:
        after = _APPOSITION_RE.match(text, base + p.run_end)
        word = after.group(1) if after else ""
        nxt = classify(word, lex) if after else OTHER
        if word.casefold() in lex.head_names:
            nxt = NAME  # ', Hari Nugroho': the comma opens the holder's name
        inside = nxt == NAME or (nxt == ROLE and word.casefold() in lex.ranks)
    if inside or (marks and quoted_title(text, run_start, m.start, lex)):
        m.org = True
    return m


def find_mentions(text: str, para: int, lex: Lexicon) -> list[Mention]:
    """Every name stretch in one paragraph (or the title, ``para`` = -1)."""
    out: list[Mention] = []
    title = para == TITLE
    runs = _RUNS.get((lex.language, title), {})
    marks = "'" in text or "‘" in text or '"' in text or "“" in text  # any quoted title at all
    for run in RUN_RE.finditer(text):
        word = run.group()
        protos = runs.get(word)
        if protos is None:
            protos = _analyse(word, lex, title)
            runs = _RUNS[(lex.language, title)]
        if not protos:
            continue
        base = run.start()
        for p in protos:
            m = _mention(p, base, text, para, lex, marks)
            if p.first and _describes_previous(m, base + p.run_start, out, text, lex):
                m.org = True
            out.append(m)
    return out
