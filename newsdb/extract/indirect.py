"""Indirect speech: ``Sergei Lavrov mengatakan pembicaraan … bermanfaat`` (no quotation marks).

Kept to the clear pattern only, for precision: a named person (or a pronoun standing for
one) directly before a reporting verb, or ``Menurut X, …``; the reported clause runs to the
end of the sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from newsdb.extract.accounts import mention_start, outside_reports, sentence_end
from newsdb.extract.cues import Ref, drop_modifiers, names_in, phrase_end, ref_from_phrase
from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.quotes import Paragraph
from newsdb.extract.spans import MARK_RE, sentence_start


@dataclass(slots=True)
class IndirectDraft:
    para: int
    pos: int  # where the cue stands, for ordering
    start: int  # reported clause inside the paragraph
    end: int
    verb: str
    ref: Ref
    text: str = ""
    emit: bool = True  # False: only tells who speaks next ('Hal senada disampaikan X')
    plain: bool = False  # a subject event the narration may be about (see :func:`narrated`)
    voice: bool = False  # not emitted, but the person speaks here ('…, sambung Frans, …')


_CLAUSE_COMMA_RE = re.compile(r",\s*")
_LEAD_WORDS_RE = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+){0,2},?\s+$")


class _Hit:
    """A cue word in the text: the parts of a ``re.Match`` the callers read."""

    __slots__ = ("at", "word")

    def __init__(self, at: int, word: str) -> None:
        self.at = at
        self.word = word

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + len(self.word)

    def group(self) -> str:
        return self.word


def _joins(c: str) -> bool:
    """A word character or hyphen (``[\\w-]``): a cue word next to one is part of a longer word."""
    return c.isalnum() or c == "_" or c == "-"


def _word_hits(text: str, word: str, out: list[_Hit]) -> None:
    """Every place where ``word`` stands alone (no word character or hyphen on either side),
    left to right without overlaps. A ``str.find`` loop: a regex per cue word cost a compile
    for every new word (about a sixth of the indirect-speech time on a fresh process)."""
    n, size = len(word), len(text)
    pos = text.find(word)
    while pos >= 0:
        end = pos + n
        if (pos == 0 or not _joins(text[pos - 1])) and (end == size or not _joins(text[end])):
            out.append(_Hit(pos, word))
            pos = text.find(word, end)
        else:
            pos = text.find(word, pos + 1)


def _hit_at(hit: _Hit) -> int:
    return hit.at


@lru_cache(maxsize=16)
def _forms(words: frozenset[str]) -> frozenset[str]:
    """The cue words as they stand between spaces: capitalised or not, with trailing punctuation."""
    cased = words | {w.capitalize() for w in words}
    return frozenset(w + p for w in cased for p in ("", ",", ".", ":", ";", '"', "”"))


def _verbs(text: str, words: frozenset[str], seen: set[str] | None = None) -> list[_Hit]:
    """Cue words of ``words`` in ``text``: C-speed word split and set intersection first."""
    found = _forms(words).intersection(seen if seen is not None else text.split())
    if not found:
        return []
    hits: list[_Hit] = []
    for w in {w.rstrip(',.:;"”') for w in found}:
        _word_hits(text, w, hits)
    hits.sort(key=_hit_at)
    return hits


def _possessor(text: str, prev: Mention, last: Mention, verb_at: int, lex: Lexicon) -> bool:
    """Is ``last`` only the possessor in a kin apposition to ``prev`` ('Sugiarto, ayah Kevin,
    menuturkan …')? Then ``prev`` is the subject."""
    if text[last.end : verb_at].strip() != "," or text[prev.end : prev.end + 1] != ",":
        return False
    words = text[prev.end + 1 : last.start].split()
    if not words or len(words) > 3 or not all(w.islower() for w in words):
        return False
    return words[0] in lex.kin or words[0] in lex.relational


def _subject(para: Paragraph, lo: int, verb_at: int, lex: Lexicon) -> Ref | None:
    words = para.text[lo:verb_at].split()
    drop_modifiers(words, lex)
    head = " ".join(words)
    if lex.pronoun_end_re.search(" " + head):
        return Ref("pronoun")
    near = names_in(para.mentions, lo, verb_at, para.text, lex.locative_re)
    if not near:
        return None
    last = near[-1]
    if len(near) >= 2 and _possessor(para.text, near[-2], last, verb_at, lex):
        return Ref("mention", mention=near[-2])  # 'Sugiarto, ayah Kevin, menuturkan …': Sugiarto
    gap = para.text[last.end : verb_at].split()
    drop_modifiers(gap, lex)
    if not lex.gap_re.match(" ".join(gap)):
        return None
    ref = ref_from_phrase(
        para.text, max(lo, para.text.rfind(",", lo, last.start) + 1), verb_at, para.mentions, lex
    )
    return ref if ref.kind in ("mention", "role") else None


def _clause(para: Paragraph, start: int, end: int, lex: Lexicon) -> tuple[int, int] | None:
    lead = lex.clause_lead_re.match(para.text[start:end])
    s = start + (lead.end() if lead else 0)
    e = end
    while e > s and para.text[e - 1] in " .,\u00a0":
        e -= 1
    return (s, e) if len(para.text[s:e].split()) >= 3 else None


def _passive_events(i: int, para: Paragraph, lex: Lexicon, seen: set[str]) -> list[IndirectDraft]:
    """``Hal senada dituturkan pula oleh Kepala BPPT, Hammam Riza``: the next speaker."""
    out = []
    for m in _verbs(para.text, lex.passive_verbs, seen):
        tail = lex.passive_tail_re.match(para.text, m.end())
        lo = tail.end() if tail else m.end()
        ref = ref_from_phrase(para.text, lo, phrase_end(para.text, lo, lex), para.mentions, lex)
        if ref.kind == "mention":
            out.append(IndirectDraft(i, m.start(), lo, lo, m.group(), ref, emit=False))
    return out


def _comma_before(text: str, pos: int) -> bool:
    """Is the last non-space character before ``pos`` a comma? (No copy of the text before it.)"""
    k = pos - 1
    while k >= 0 and text[k].isspace():
        k -= 1
    return k >= 0 and text[k] == ","


def _inline_events(i: int, para: Paragraph, lex: Lexicon, seen: set[str]) -> list[IndirectDraft]:
    """``Selain itu, sambung Frans, polisi akan …``: a cue set between commas names who speaks,
    for a pronoun cue later (``"…," ujar dia``)."""
    out = []
    text = para.text
    for m in _verbs(text, lex.after_stems, seen):
        if not _comma_before(text, m.start()):
            continue
        k = bisect_right(para.mentions, m.end() + 1, key=mention_start) - 1
        name = para.mentions[k] if k >= 0 else None
        if name is None or name.start != m.end() + 1 or name.org or text[name.end : name.end + 1] != ",":
            continue
        out.append(
            IndirectDraft(
                i, m.start(), m.start(), m.start(), "", Ref("mention", mention=name), emit=False, voice=True
            )
        )
    return out


@lru_cache(maxsize=16)
def _with_menurut(words: frozenset[str]) -> frozenset[str]:
    return words | {"menurut"}


_NEXT_WORD_RE = re.compile(r"[ \u00a0\t]*([^\s]+)")


def _acts(text: str, end: int, lex: Lexicon) -> bool:
    """'… Juri Ardianto juga mengamini', '… Harry Kurniawan tampak memberi …', '… ketika dikonfirmasi':
    the name is the subject of what follows."""
    words = text[end : end + 60].split()[:4]
    while words and words[0] in lex.acting_adverbs:
        words.pop(0)
    return bool(words) and (words[0] in lex.stance_words or lex.active_verb_re.match(words[0]) is not None)


def _opens_sentence(text: str, start: int, lex: Lexicon, role: str | None = None) -> bool:
    window = text[max(0, start - 80) : start]
    # the last sentence end ('. ', '? ', '! ', '" ', '” '), -1 if none
    find = window.rfind
    cut = max(find(". "), find("? "), find("! "), find('" '), find("” "))
    if cut < 0 and start > 80:
        return False  # no sentence opens near the name
    lead = window[cut + 2 :] if cut >= 0 else window
    if not lead:
        return True
    if role and lead.rstrip(" ,").endswith(role):
        opener = lex.connector_re.match(lead)  # 'Sementara itu, Ketua Asosiasi … (AVB) Gede Agus setuju'
        rest = lead[opener.end() :] if opener else lead
        if "," not in rest and all(w[:1].isupper() or w[:1] in "(0123456789" for w in rest.split()):
            return True
    words = [w.strip(",()") for w in lead.split()]
    if all(w[:1].isupper() or w.casefold() in lex.connectors for w in words if w):
        return lead.rstrip().endswith(",")  # 'Menteri Kebudayaan RI (Menbud), Fadli Zon …'
    low = [w.casefold() for w in words]
    return bool(_LEAD_WORDS_RE.match(lead)) and all(w in lex.common or w in lex.stopwords for w in low)


def _governed(text: str, start: int, lex: Lexicon) -> bool:
    """Does a preposition stand before the name and its capitalised role ('bersama dengan big man
    Denzel Bowles merupakan …', 'Begitu pula dengan Mauricio Leal, yang …')? Not across a comma:
    'Duta Besar RI untuk Amerika Serikat, Mahendra Siregar mengatakan' has a subject."""
    for word in reversed(text[max(0, start - 60) : start].split()):
        if word.endswith(","):
            return False
        if not word[:1].isupper():
            return word in lex.object_prepositions
    return False


def _event(i: int, m: Mention, plain: bool = False) -> IndirectDraft:
    """A subject event: no clause, only who a later pronoun means."""
    return IndirectDraft(i, m.start, m.start, m.start, "", Ref("mention", mention=m), emit=False, plain=plain)


def _reported_by_pronoun(text: str, start: int, lex: Lexicon) -> bool:
    """Does the name open the clause of a report by the person already spoken of ('Menurutnya,
    Presiden Jokowi memilih …', 'Menurut dia, Habibie diakui …')? Its role may stand between."""
    words = text[max(0, start - 60) : start].split()
    while words and words[-1][:1].isupper() and not words[-1].endswith(","):
        words.pop()  # the name's capitalised role
    if not words or not words[-1].endswith(","):
        return False
    last = words[-1][:-1].casefold()
    if last == "menurutnya":
        return True
    return last in lex.pronoun_subjects and len(words) > 1 and words[-2].casefold() == "menurut"


def _subject_events(i: int, para: Paragraph, lex: Lexicon) -> list[IndirectDraft]:
    """A name that opens a sentence ('Victoria bergabung …', 'Namun, Eby …') or stands right
    before a verb ('…, Mari Elka Pangestu mengapresiasi …') becomes the person a later pronoun
    most likely means; not inside a report by a pronoun ('Menurutnya, Habibie …')."""
    out = []
    reports = "enurut" in para.text
    for m in para.mentions:
        if m.org or (reports and _reported_by_pronoun(para.text, m.start, lex)):
            continue
        # an object of a preposition is no subject (tested last: it rarely decides)
        if lex.introduced_re.match(para.text, m.end) and _opens_sentence(para.text, m.start, lex):
            if not _governed(para.text, m.start, lex):
                out.append(_event(i, m))
            continue  # 'Anita (42), yang berasal dari …': a person brought into the story
        nxt = _NEXT_WORD_RE.match(para.text, m.end)
        if nxt is None or not nxt.group(1)[:1].islower() or nxt.group(1) in lex.joining_words:
            continue  # 'X dan Y …': a pronoun means one person, not a pair
        # a role lets the sentence open with it, when the name acts ('Ketua … Gede Agus setuju');
        # with or without it the rest of _opens_sentence is the same, so it runs once
        role = m.role if m.role is not None and _acts(para.text, m.end, lex) else None
        if lex.active_verb_re.match(nxt.group(1)) or _opens_sentence(para.text, m.start, lex, role):
            if not _governed(para.text, m.start, lex):
                out.append(_event(i, m, True))
    return out


def _menurut_source(para: Paragraph, begin: int, hi: int, lex: Lexicon) -> tuple[Ref, int]:
    """Who a 'Menurut …,' report names and where its clause begins (-1: no comma after the name).
    When the phrase runs on to a name with no comma after it, that name opens the clause and
    the source is the phrase before the first comma ('Menurut Tony, Fuad Amin baru dirawat …')."""
    text = para.text
    ref = ref_from_phrase(text, begin, phrase_end(text, begin, lex), para.mentions, lex)
    comma = _CLAUSE_COMMA_RE.search(text, ref.mention.end if ref.mention else begin, hi)
    if comma is not None or ref.mention is None:
        return ref, comma.end() if comma is not None else -1
    first = text.find(",", begin, ref.mention.start)
    if first < 0:
        return ref, -1
    after = first + 1
    while after < hi and text[after].isspace():
        after += 1
    return ref_from_phrase(text, begin, first, para.mentions, lex), after


def find_indirect(paras: list[Paragraph], lex: Lexicon) -> list[IndirectDraft]:
    """Reported speech without quotation marks, one entry per cue."""
    words = _with_menurut(lex.indirect_verbs)
    out: list[IndirectDraft] = []
    for i, para in enumerate(paras):
        seen = set(para.text.split())
        if not para.mentions and seen.isdisjoint(lex.pronoun_words):
            continue  # nobody named and no pronoun: no subject for any verb
        out.extend(_subject_events(i, para, lex))
        out.extend(_passive_events(i, para, lex, seen))
        out.extend(_inline_events(i, para, lex, seen))
        for m in _verbs(para.text, words, seen):
            lo = sentence_start(para.starts, m.start())
            hi = sentence_end(para, m.start())
            if MARK_RE.search(para.text, lo, hi):
                continue
            verb = m.group()
            if verb.casefold() == "menurut":
                noun = lex.account_re.match(para.text, m.end())  # 'Menurut pengakuan Maradona, …'
                begin = noun.end() if noun else m.end()
                ref, after = _menurut_source(para, begin, hi, lex)
                if ref.kind != "mention" or after < 0:
                    continue
                span = _clause(para, after, hi, lex)
            else:
                sub = _subject(para, lo, m.start(), lex)
                if sub is None:
                    continue
                ref = sub
                span = _clause(para, m.end(), hi, lex)
            if span:
                out.append(
                    IndirectDraft(i, m.start(), span[0], span[1], verb, ref, para.text[span[0] : span[1]])
                )
    return outside_reports(paras, out, lex)
