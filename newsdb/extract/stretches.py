"""What one run of capitalised words says on its own: its name stretches and their prototypes.

A *run* is a stretch of capitalised words (``Menteri Luar Negeri Rusia Sergei Lavrov``). Each
word is classed from the lexicon (role, honorific, organisation head or tail, common word or
place, acronym, initial, name); the edge rules (``edges.py``) widen or close the name words; the
name words form *stretches*, and each stretch becomes a :class:`Proto`: the name, the role before
it in the run, whether it sits inside an organisation, and the evidence it carries alone. Runs
recur across articles ('Presiden Joko Widodo', 'Namun'), so the analysis is memoised per run;
``names.py`` turns a prototype into a mention with what the surrounding text adds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from newsdb.extract.edges import (
    NO_LEAD,
    common_heads,
    common_inside,
    common_tail,
    leads,
    names_after_rank,
    particles_inside,
    region_before_rank,
)
from newsdb.extract.institutions import after_place, holder_after, office_before, role_start, split_holder
from newsdb.extract.lexicon import Lexicon
from newsdb.extract.roles import clean_role, is_relational, split_rank
from newsdb.extract.runs import SPECIAL_RE, bracketed_initials, split_tokens, surname_initials
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
    Tokens,
    classify,
    classify_run,
)


@dataclass(slots=True)
class Proto:
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
    holder: bool = False  # split from an institution's name, no role in the run (split_holder)

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
        holder: bool = False,
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
        self.holder = holder


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


def _inside_role(
    tokens: Tokens,
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
    i, j = stops[k]  # first_role: from institutions.role_start before stretch k
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


def _in_org(
    tokens: Tokens, classes: list[int], i: int, j: int, first_role: int, nearest_org: int, lex: Lexicon
) -> bool:
    """Is stretch [i, j) part of an organisation, place, street or office field named in the run?"""
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
        holder = office_before(tokens, first_role, nearest_org, lex)
        region = region or (holder and holder_after(tokens, classes, nearest_org + 1, i, lex))
        org = org or first_role < 0 or not region  # after a role, 'Kabupaten Kuningan' is complete
    return org


def _run_role(
    tokens: Tokens, first_role: int, i: int, run: str, lex: Lexicon
) -> tuple[str | None, str | None]:
    """The role written in the run before stretch ``i``, and the office before a rank in it."""
    if first_role < 0:
        return None, None
    role = clean_role(run[tokens[first_role][1] : tokens[i][1]], lex) or None
    if role and is_relational(role, lex):
        role = None  # 'Juru bicara Putin': Putin is the possessor, not the spokesman
    rank_office, role = split_rank(role, lex)
    return role, rank_office


def _known_pair(words: list[str], inner: list[int], classes: list[int], j: int, lex: Lexicon) -> bool:
    """Two or more name words, one of them a known name word ('Elia S': S is no evidence)."""
    bare = len(words) - (classes[j - 1] == INITIAL and len(words[-1]) == 1)
    return bare >= 2 and any(
        classes[r] == NAME and w.casefold() in lex.name_words for w, r in zip(words, inner, strict=True)
    )


def _evidence_org(
    tokens: Tokens,
    classes: list[int],
    inner: list[int],
    span: tuple[int, int],
    found: tuple[int, int],
    lex: Lexicon,
) -> tuple[bool, bool]:
    """Whether the run vouches for stretch ``span`` (a role before it, a known pair, a mononym) and
    whether it is inside an organisation's name; ``found``: the run's first role and nearest
    organisation head (``role_start``); ``inner``: the stretch's words outside brackets."""
    (i, j), (first_role, nearest_org) = span, found
    words = [tokens[r][0].strip("()") for r in inner]
    org = _in_org(tokens, classes, i, j, first_role, nearest_org, lex)
    evidence = first_role >= 0 or _known_pair(words, inner, classes, j, lex)
    if len(words) == 1 and words[0].casefold() in lex.mononyms:
        evidence, org = True, j < len(classes) and classes[j] == TAIL
    return evidence, org


def _proto(
    tokens: Tokens,
    classes: list[int],
    stops: list[tuple[int, int]],
    k: int,
    run: str,
    lex: Lexicon,
    held: bool,
) -> Proto:
    """Stretch ``stops[k]`` of a run and what the run says about it."""
    i, j = stops[k]
    inner = [r for r in range(i, j) if r == i or not tokens[r][0].startswith("(")]  # 'Jusuf (BJ) Habibie'
    words = [tokens[r][0].strip("()") for r in inner]
    first_role, nearest_org = role_start(tokens, classes, i, lex)
    evidence, org = _evidence_org(tokens, classes, inner, (i, j), (first_role, nearest_org), lex)
    role, rank_office = _run_role(tokens, first_role, i, run, lex)
    titled = i > 0 and classes[i - 1] in (ROLE, HONORIFIC)
    lead_kind = leads(tokens, classes, i, j, lex) if k == 0 else NO_LEAD
    return Proto(
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
        holder=first_role < 0 and (held or after_place(tokens, nearest_org, i, lex)),
    )


def _apply_edges(tokens: Tokens, classes: list[int], run: str, lex: Lexicon, title: bool) -> None:
    """The edge rules that reclass words around the name words (``edges.py``, ``runs.py``)."""
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
        particles_inside(tokens, classes, lex)  # 'Kevin De Bruyne'


def _company_head(tokens: Tokens, classes: list[int], i: int, lex: Lexicon) -> str:
    """The organisation head right before stretch ``i`` (lower case), else ''."""
    h = i - 1
    while h > 0 and classes[h] == OTHER and i - h < 3 and _plain_word(tokens[h][0], lex):
        h -= 1  # 'PT Maju Jaya Willy': common words of the company's name
    head = tokens[h][0].strip("()").casefold() if h >= 0 and i > 0 and classes[h] == ORG else ""
    if h < i - 1 and head not in lex.company_forms:
        return ""  # 'Bank Mandiri Rohan Hafas': only a PT's name runs on ('PT Maju Jaya')
    return head


def _name_stops(tokens: Tokens, classes: list[int], lex: Lexicon) -> tuple[list[tuple[int, int]], list[bool]]:
    """The name stretches of one run, less an organisation's or region's own first words; and
    for each, whether it was split from an institution's name (``institutions.split_holder``)."""
    stops = []
    held = []
    for i, j in _stretches(classes, [len(t[0]) for t in tokens], surname_initials(tokens, classes)):
        split = False
        if _company_head(tokens, classes, i, lex) in lex.needs_name:
            i += 1  # 'Partai Gerindra Syarif': the first word names the party
            if NAME not in classes[i:j]:
                continue
        elif j - i >= 3 and i > 0 and tokens[i - 1][0].casefold() in lex.regional:
            i += 1  # 'Bupati Sleman Sri Purnomo': the region comes first
        elif i > 0 and tokens[i - 1][0].casefold() in lex.regional and j < len(tokens):
            if tokens[j][0].casefold() in lex.compass:
                continue  # 'Bupati Tanjungjabung Barat': a region with its compass word
        else:
            s = split_holder(tokens, classes, i, j, lex)  # 'Universitas Andalas Feri Amsari'
            split = s > i
            i = s
        stops.append((i, j))
        held.append(split)
    return stops, held


RUNS: dict[tuple[str, bool], dict[str, tuple[Proto, ...]]] = {}  # (language, title) → run → prototypes
_MEMO_LIMIT: Final = 200_000


def analyse(run: str, lex: Lexicon, title: bool = False) -> tuple[Proto, ...]:
    """The name stretches of one run and what they say on their own; memoised in ``RUNS``,
    since the same runs ('Presiden Joko Widodo', 'Namun') recur across articles. ``title``: a
    Title Case headline, where a capitalised common word says nothing."""
    runs = RUNS.setdefault((lex.language, title), {})
    found = runs.get(run)
    if found is not None:
        return found
    one_word = " " not in run and "\u00a0" not in run and not SPECIAL_RE.search(run)
    if one_word and classify(run, lex) != NAME:
        runs[run] = ()  # one word that is not a name: the commonest run of all
        return ()
    protos: list[Proto] = []
    for tokens in split_tokens(run, 0, lex):
        classes = classify_run([t[0] for t in tokens], lex)
        if NAME not in classes:
            continue  # the rules below only widen a stretch around a name word
        _apply_edges(tokens, classes, run, lex, title)
        stops, held = _name_stops(tokens, classes, lex)
        protos.extend(_proto(tokens, classes, stops, k, run, lex, held[k]) for k in range(len(stops)))
    if len(runs) > _MEMO_LIMIT:
        runs.clear()
    result = runs[run] = tuple(protos)
    return result
