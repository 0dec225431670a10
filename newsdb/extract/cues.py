"""Speech cues around a quotation and the speaker phrase they point to.

A cue is read, never guessed: ``“…,” kata Lavrov`` (after), ``Lavrov mengatakan, “…”``
(before), ``menurut Lavrov, “…”``, ``“…,” ujarnya`` (clitic: points back), and the partial
``menyebut NATO sekadar “alat konfrontasi”``. The speaker phrase yields a :class:`Ref`, which
the caller turns into a person once the people of the article are known.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention

_WORD_RE = re.compile(r"[\w'’\-]+")
_LEAD_RE = re.compile(r"[ \t\u00a0,]*")


@dataclass(slots=True)
class Ref:
    """Who a cue points to, before people are resolved."""

    kind: str  # "mention" | "pronoun" | "role" | "none"
    mention: Mention | None = None
    head: str | None = None  # role head for role coreference ("juru bicara", "kapolres")
    possessor: str | None = None  # name inside the role ("Putin" in "juru bicara Putin")
    description: str | None = None  # the phrase, when it names nobody


@dataclass(slots=True)
class Cue:
    verb: str
    ref: Ref
    via: str | None = None


def names_in(
    ments: list[Mention], lo: int, hi: int, text: str = "", locative: re.Pattern[str] | None = None
) -> list[Mention]:
    """Non-organisation mentions inside [lo, hi) (``ments`` sorted by start); with ``text`` and
    the lexicon's ``locative`` expression, not those after a locative preposition ('jaksa
    penuntut di Vatikan meminta': a place)."""
    out = []
    for k in range(bisect_left(ments, lo, key=_start), len(ments)):
        m = ments[k]
        if m.start >= hi:
            break
        if (
            m.end <= hi
            and not m.org
            and not (locative is not None and locative.search(text, max(0, m.start - 12), m.start))
        ):
            out.append(m)
    return out


def _start(m: Mention) -> int:
    return m.start


@lru_cache(maxsize=8)
def _relational_re(phrases: frozenset[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})")


def _relational_head(phrase: str, lex: Lexicon) -> str | None:
    """The first relational role in ``phrase`` ('juru bicara', 'ibunda'), lower case."""
    m = _relational_re(lex.relational).search(phrase.casefold())
    return m.group() if m else None


@lru_cache(maxsize=8)
def _multiword_starts(phrases: frozenset[str]) -> frozenset[str]:
    return frozenset(p.split(" ", 1)[0] for p in phrases)


def _role_head(phrase: str, lex: Lexicon) -> str | None:
    low = phrase.casefold()
    if low.lstrip().split(" ", 1)[0] in _multiword_starts(lex.multiword_roles):
        # longest first ('wakil ketua umum' before 'wakil ketua'), the same order for any hash seed
        for mw in lex.multiword_longest_first:
            if low.startswith(mw):
                return mw
    for w in _WORD_RE.findall(low)[:6]:
        if w in lex.role_heads:
            return str(w)
    return None


def _pick(text: str, found: list[Mention], lex: Lexicon) -> Mention:
    """The name a phrase is about: ``Christopher Vierhaus, Marketing Director Hansaplast`` →
    Christopher Vierhaus (a segment opened by a role describes the name before it)."""
    for k in range(len(found) - 1, 0, -1):
        cand, before = found[k], found[k - 1]
        gap = lex.appositive_re.sub(",", text[before.end : cand.start])
        if "," not in gap:
            return cand
        seg = _WORD_RE.findall(gap.rsplit(",", 1)[1])
        head = seg[0].casefold() if seg else ""
        if not ((head in lex.role_heads or head in lex.title_words) and head not in lex.ranks):
            return cand
    return found[0]


def _of_something(text: str, m: Mention, lex: Lexicon) -> bool:
    """``politikus Golkar``, ``pelatih Tottenham``: a lone word after a weak head is what the
    head belongs to, not a person."""
    if m.evidence or len(m.tokens) > 1:
        return False
    before = text[max(0, m.start - 20) : m.start].split()
    return bool(before) and before[-1].casefold() in lex.weak_heads


def _heads_name(text: str, lo: int, m: Mention, lex: Lexicon) -> bool:
    """Is the phrase about the name, not about a thing of it ('artikel lansiran Oddity')?"""
    seg = text[max(lo, text.rfind(",", lo, m.start) + 1) : m.start]
    words = [w for w in _WORD_RE.findall(seg) if w not in lex.connectors]
    if not words or words[0][:1].isupper():
        return True  # a capitalised title run: 'Managing Director sekaligus Head of ... CPPIB'
    first = words[0].casefold()
    return (
        first in lex.role_heads
        or first in lex.descriptors
        or first in lex.honorifics
        or first in lex.phrase_namers
        or (first.endswith("nya") and first[:-3] in lex.relational)
    )


def _described(phrase: str, lex: Lexicon, possessor: str | None) -> Ref:
    """``pria berkepala plontos itu``: a description of a person points back to the person
    the text is about; ``kedutaan tersebut`` (an institution) points to nobody named."""
    desc = phrase.strip(" ,") or None
    words = [w.casefold() for w in _WORD_RE.findall(phrase)]
    head = words[0] if words else ""
    if head in lex.person_nouns or (head.endswith("nya") and head[:-3] in lex.relational):
        return Ref("pronoun", possessor=possessor, description=desc)
    if head in lex.role_heads:
        return Ref("role", head=head, description=desc)
    return Ref("none", description=desc)


def ref_from_phrase(text: str, lo: int, hi: int, ments: list[Mention], lex: Lexicon) -> Ref:
    """The speaker a noun phrase names: its last name, unless that name is a possessor."""
    phrase = text[lo:hi]
    words = _WORD_RE.findall(phrase)
    if words and words[0].casefold() in lex.pronoun_subjects:
        return Ref("pronoun")
    found = names_in(ments, lo, hi, text, lex.locative_re)
    if found:
        last = _pick(text, found, lex)
        rest = text[last.end : hi].split()
        rel = _relational_head(text[lo : last.start], lex)
        possessive = bool(rest) and rest[0].casefold().strip(",") in lex.demonstratives
        named = text[max(lo, last.start - 12) : last.start].rstrip().endswith(lex.naming_cues)
        if named:
            return Ref("mention", mention=last)  # 'pria yang akrab disapa Inay itu'
        titled = last.titled and (last.title_word or "") in lex.person_titles
        if rel and (possessive or titled):
            return Ref("role", head=rel, possessor=last.tokens[-1], description=phrase.strip())
        if possessive:
            return _described(phrase, lex, last.tokens[-1])  # 'peraih medali ... Rio itu'
        if not _heads_name(text, lo, last, lex) or _of_something(text, last, lex):
            return Ref("none", description=phrase.strip(" ,") or None)  # 'artikel lansiran X'
        return Ref("mention", mention=last)
    head = _role_head(phrase, lex)
    desc = phrase.strip(" ,") or None
    if words and words[-1].casefold() in lex.demonstratives:
        return _described(phrase, lex, None)  # 'mantan Kadinkes ... ini'
    if head:
        return Ref("role", head=head, description=desc)
    return Ref("none", description=desc)


def phrase_end(text: str, pos: int, lex: Lexicon) -> int:
    """Where the speaker phrase that starts at ``pos`` ends (a period after an honorific or
    an initial, as in ``Dr. Haekal`` or ``Dharmawan H. Samsu``, does not end it)."""
    limit = min(len(text), pos + 160)
    bound, abbrev = lex.bound_re, lex.abbrev_re
    while True:
        m = bound.search(text, pos, limit)
        if not m:
            return limit
        if m.group() == "." and abbrev.search(text, max(0, m.start() - 6), m.start()):
            pos = m.end()
            continue
        return m.start()


def find_via(text: str, pos: int, end: int, lex: Lexicon) -> str | None:
    m = lex.via_re.search(text, pos, end)
    if not m:
        return None
    words = m.group(1).split()
    keep: list[str] = []
    for w in words:
        w = w.rstrip(".,")
        if w.casefold() in lex.stopwords:
            break
        keep.append(w)
    return " ".join(keep) or None


def _through_title(text: str, end: int, lex: Lexicon) -> int:
    """``pinta pelantun "My Heart Will Go On" tersebut``: a work's title in marks inside a
    description that points back does not end the speaker phrase."""
    m = lex.title_demonstrative_re.match(text, end)
    return m.end() if m else end


def _words_from(text: str, pos: int, n: int) -> list[tuple[str, int, int]]:
    """Up to ``n`` words from ``pos``, stopping at punctuation other than spaces."""
    out: list[tuple[str, int, int]] = []
    i = pos
    while len(out) < n:
        m = _WORD_RE.match(text, i)
        if not m:
            break
        out.append((m.group(), m.start(), m.end()))
        i = m.end()
        while i < len(text) and text[i] in " \u00a0":
            i += 1
    return out


def _adhoc_name(
    text: str, pos: int, para: int, ments: list[Mention], lex: Lexicon, known: frozenset[str]
) -> Mention | None:
    """``tutup Makmur``: right after a cue verb, a capitalised common word is a name; so is any
    word that opens a longer name of the article (``ujar Muslim`` after ``Muslim Jaya Butar-butar``)."""
    words = _words_from(text, pos, 2)
    if not words:
        return None
    w, s, e = words[0]
    low = w.casefold()
    if not (w[:1].isupper() and w[1:].islower() and len(w) > 2) or lex.is_role_word(low):
        return None
    if w not in known:
        if low not in lex.common or low in lex.stopwords or low in lex.places:
            return None  # an organisation head that is a common word may be a given name ('kata Hari saat')
    if len(words) > 1 and words[1][0][:1].isupper():
        return None
    m = Mention(text=w, para=para, start=s, end=e, evidence=True)
    ments.append(m)
    ments.sort(key=lambda x: x.start)
    return m


def after_cue(
    text: str,
    pos: int,
    ments: list[Mention],
    lex: Lexicon,
    para: int = -1,
    known: frozenset[str] = frozenset(),
) -> Cue | None:
    """Cue right after a closing mark: ``, kata X``, ``ujarnya``, ``dia menambahkan``; ``known``
    are the first words of the article's longer names."""
    start = _LEAD_RE.match(text, pos)
    words = _words_from(text, start.end() if start else pos, 4)
    if words and words[0][0].casefold() in lex.fillers:
        filler = words[0]
        words = words[1:]
        if words and filler[0].casefold() == "demikian" and words[0][0][:1].isupper():
            end = phrase_end(text, filler[2], lex)  # '"…," demikian Agus Mauludin.'
            ref = ref_from_phrase(text, filler[2], end, ments, lex)
            if ref.kind == "mention":
                return Cue(filler[0], ref)
    if not words:
        return None
    w0, s0, e0 = words[0]
    low = w0.casefold()
    if low in lex.after_cues or low in lex.passive_verbs:
        if low.endswith("nya") and low not in lex.after_stems:
            return Cue(w0, Ref("pronoun"), find_via(text, e0, e0 + 120, lex))
        end = phrase_end(text, e0, lex)
        titled_end = _through_title(text, end, lex)
        if titled_end > end:  # the names inside the work's title are nobody's
            ref = ref_from_phrase(text, e0, titled_end, [], lex)
            return Cue(w0, ref, find_via(text, titled_end, titled_end + 120, lex))
        ref = ref_from_phrase(text, e0, end, ments, lex)
        if ref.kind in ("none", "role") and not names_in(ments, e0, end):
            adhoc = _adhoc_name(text, e0 + 1, para, ments, lex, known)
            if adhoc is not None:
                ref = Ref("mention", mention=adhoc)
        return Cue(w0, ref, find_via(text, end, end + 120, lex))
    verbs = lex.speech_verbs
    if low in lex.pronoun_subjects and len(words) > 1 and words[1][0].casefold() in verbs:
        return Cue(words[1][0], Ref("pronoun"))
    k = bisect_left(ments, s0, key=_start)
    for m in ments[k : k + 1]:
        if m.start == s0 and not m.org:
            nxt = _words_from(text, m.end + 1, 1) if text[m.end : m.end + 1] == " " else []
            if nxt and nxt[0][0].casefold() in verbs:
                return Cue(nxt[0][0], Ref("mention", mention=m))
    return _unlisted_cue(text, pos, words, ments)


def _unlisted_cue(text: str, pos: int, words: list[tuple[str, int, int]], ments: list[Mention]) -> Cue | None:
    """A quotation closed with a comma (``"…," ``) is attributed by the word after it, listed
    or not: ``sentilnya.`` is a clitic cue, ``ungkatp Willy`` (a typo) names Willy."""
    if "," not in text[max(0, pos - 3) : pos]:
        return None
    w0, s0, e0 = words[0]
    if not w0.islower():
        return None
    if w0.endswith("nya") and len(w0) > 5 and text[e0 : e0 + 1] in (".", ",", ""):
        return Cue(w0, Ref("pronoun"))
    k = bisect_left(ments, e0 + 1, key=_start)
    if len(w0) > 3 and k < len(ments) and ments[k].start == e0 + 1 and not ments[k].org:
        return Cue(w0, Ref("mention", mention=ments[k]))
    return None


def drop_modifiers(words: list[str], lex: Lexicon) -> None:
    """Take the modifiers ('juga', 'pun', 'mengatakan' …) off the end of ``words``, in place: the
    word left last is the subject's ('Budi pun mengatakan' → 'Budi')."""
    while words and words[-1].casefold() in lex.modifiers:
        words.pop()


def _subject_before(text: str, lo: int, verb_at: int, ments: list[Mention], lex: Lexicon) -> Ref:
    before = text[lo:verb_at]
    words = _WORD_RE.findall(before)
    drop_modifiers(words, lex)
    if words and words[-1].casefold() in lex.pronoun_subjects:
        return Ref("pronoun")
    found = names_in(ments, lo, verb_at, text, lex.locative_re)
    if found:
        return ref_from_phrase(text, max(lo, text.rfind(",", lo, found[-1].start) + 1), verb_at, ments, lex)
    clause_lo = max(lo, text.rfind(",", lo, verb_at) + 1)
    return ref_from_phrase(text, clause_lo, verb_at, [], lex)


def before_cue(
    text: str, lo: int, hi: int, ments: list[Mention], lex: Lexicon, partial: bool = False
) -> Cue | None:
    """Cue in the sentence ``text[lo:hi]`` before an opening mark at ``hi``."""
    words = list(_WORD_RE.finditer(text, lo, hi))
    tail = text[words[-1].end() : hi].strip() if words else ""
    if not partial and words and tail not in ("", ",", ":"):
        return None
    verbs = lex.speech_verbs
    if partial:
        verbs = verbs | lex.partial_verbs
    for k in range(len(words) - 1, max(-1, len(words) - 13), -1):
        w = words[k]
        low = w.group().casefold()
        if low in ("menurut", "kata") or (low in lex.passive_verbs and not low.endswith("nya")):
            end = phrase_end(text, w.end(), lex)
            return Cue(w.group(), ref_from_phrase(text, w.end(), min(end, hi), ments, lex))
        if (
            low.endswith("nya")
            and low not in lex.after_stems
            and (low in lex.after_cues or low == "menurutnya" or (partial and low in lex.partial_verbs))
        ):
            first = names_in(ments, lo, w.start())
            if partial and first:
                return Cue(w.group(), Ref("mention", mention=first[0]))
            return Cue(w.group(), Ref("pronoun"))
        if low in verbs:
            return Cue(w.group(), _subject_before(text, lo, w.start(), ments, lex))
    return None
