"""Turning cue references into people, in reading order.

A name resolves through the article's forms (``Lavrov`` → ``Sergei Lavrov``). A clitic or
pronoun (``katanya``, ``ujar dia``) points to the last person the text made a speaker or a
subject (quoted, the subject of a speech verb, a name opening a sentence or standing before a
verb); before any such person it stays unknown. A role without a name (``kata juru bicara
Putin``) resolves only when exactly one person of the article holds that role. Anything else
stays unknown.
"""

from __future__ import annotations

from operator import itemgetter

from newsdb.extract.accounts import narrated
from newsdb.extract.cues import Ref
from newsdb.extract.indirect import IndirectDraft
from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.people import PeopleIndex, Person
from newsdb.extract.quotes import Draft, Paragraph
from newsdb.records import FoundQuote


def _points_back(description: str | None, lex: Lexicon) -> bool:
    """'anggota Komisi II DPR ini': a description closed by a demonstrative."""
    if not description:
        return False
    return description.rstrip(" .,").rsplit(" ", 1)[-1].casefold() in lex.demonstratives


def _unnamed(description: str | None, lex: Lexicon) -> bool:
    """'juru bicara WhatsApp', 'seorang warga', 'salah satu saksi': somebody the article does not name."""
    words = (description or "").split()
    return bool(words) and words[0].casefold() in lex.unnamed_heads and not _points_back(description, lex)


def _is_initials(description: str | None) -> bool:
    """'SBY', 'AHY', 'JK': a person named by the initials of a name of two to four words."""
    return (
        description is not None
        and 2 <= len(description) <= 4
        and description.isalpha()
        and description.isupper()
    )


class Resolver:
    def __init__(self, index: PeopleIndex, mentions: list[list[Mention]], lex: Lexicon) -> None:
        self.index = index
        self.lex = lex
        self.abbreviations = lex.abbreviations
        self.mentions = mentions
        self.last: Person | None = None
        self.quoted: Person | None = None  # the last speaker of a quotation, and where
        self.quoted_para = -10
        self.default: Person | None = None  # the headline's speaker, before anybody speaks
        self.spoke: Person | None = None  # the last person quoted or reported, and where
        self.spoke_para = -10
        self.bare = -10  # the paragraph where ``last`` was a name the narration is about, not a voice
        self.voices: set[int] = set()  # id() of every person quoted or reported so far
        self.texts: tuple[str, ...] = ()  # the paragraphs, for the narration rule's reach

    def _last_named(self, para: int, pos: int, skip: Person | None = None) -> Person | None:
        for p in (para, para - 1):
            if p < 0:
                break
            for m in reversed(self.mentions[p]):
                if p == para and m.start >= pos:
                    continue
                person = self.index.resolve(m.text)
                if person is not None and not m.org and person is not skip:
                    return person
        return None

    def person(self, ref: Ref, para: int, pos: int) -> Person | None:
        person = self._person(ref, para, pos)
        full = self.abbreviations.get((ref.description or "").casefold())
        if person is None and full is not None and ref.kind in ("role", "none"):
            return self.index.by_role(full, None)  # 'ucap Menhub': the one Menteri Perhubungan
        desc = ref.description or ""
        if person is None and ref.kind == "none" and desc.istitle() and desc.isalpha() and len(desc) > 2:
            return self.index.by_word(desc)  # 'Rambu menyatakan, "…"': a common word that is a surname
        return person

    def _person(self, ref: Ref, para: int, pos: int) -> Person | None:
        if ref.kind == "mention" and ref.mention is not None:
            return self.index.resolve(ref.mention.text)
        if ref.kind == "none" and _is_initials(ref.description):
            return self.index.by_initials(ref.description or "")  # 'kata SBY', 'ujar AHY'
        if ref.kind == "pronoun":
            return self._salient(ref, para, pos)
        if ref.kind == "role" and ref.head:
            person = self.index.by_role(ref.head, ref.possessor)
            if person is None and (ref.possessor or _points_back(ref.description, self.lex)):
                return self._salient(ref, para, pos)  # 'ibunda Sandiaga Uno itu', 'anggota DPR ini'
            return person
        return None

    def _salient(self, ref: Ref, para: int, pos: int) -> Person | None:
        if ref.kind == "pronoun" and self.spoke is not None and 0 <= self.bare < para <= self._reach(para):
            return self.spoke  # '"…," ujar Heri.' ⏎ 'Akibat itu Zainal jatuh …' ⏎ '"…," katanya': Heri
        owner = self.index.resolve(ref.possessor) if ref.possessor else None
        if self.last is not None and self.last is not owner:
            return self.last
        if ref.possessor is None:
            return self.default  # nobody has spoken yet: only the headline's speaker is named
        return self._last_named(para, pos, owner)

    def _reach(self, para: int) -> int:
        """The last paragraph where a pronoun still means the voice before a name the narration
        is about: two after the voice; three when the paragraph just before the pronoun's neither
        tells about that name nor refers to anybody by a pronoun ('"…," ujar Haruna.' ⏎ 'Ante pun
        sudah debut.' ⏎ 'Praktis, pemain itu didaftarkan …' ⏎ '"…," ujar dia.': Haruna)."""
        near = self.spoke_para + 2
        if para != near + 1 or self.bare >= near or not 0 < para <= len(self.texts):
            return near
        gap = self.texts[para - 1]
        return near if any(w.strip(",.") in self.lex.pronoun_words for w in gap.split()) else near + 1

    def see(self, person: Person | None, para: int = -10, bare: bool = False) -> None:
        """``person`` is who a pronoun next means; ``bare``: a name the narration of paragraph
        ``para`` is about, which a pronoun in a later paragraph does not take from a recent voice."""
        if person is not None:
            self.bare = para if bare and self._named_before(person, para) else -10
            self.last = person

    def may_narrate(self, person: Person | None) -> bool:
        """Could ``person`` be a name the narration is about rather than a voice: somebody has
        spoken, and it was never ``person``?"""
        return (
            person is not None
            and self.spoke is not None
            and person is not self.spoke
            and id(person) not in self.voices
        )

    def _named_before(self, person: Person, para: int) -> bool:
        """Was ``person`` named in a paragraph before ``para``? One brought in only now
        ('Begitu juga dengan Handi (40). Handi …') is a new voice, not the story's subject."""
        for p in range(min(para, len(self.mentions))):
            for m in self.mentions[p]:
                if not m.org and self.index.resolve(m.text) is person:
                    return True
        return False

    def quoted_by(self, person: Person | None, para: int) -> None:
        self.quoted, self.quoted_para = person, para if person is not None else -10

    def spoken(self, person: Person | None, para: int) -> None:
        self.spoke, self.spoke_para = person, para
        if person is not None:
            self.voices.add(id(person))

    def goes_on(self, para: int) -> Person | None:
        """A paragraph that is a quotation and nothing else, right after a paragraph in which
        somebody was quoted or reported: the same voice goes on."""
        return self.spoke if self.spoke_para == para - 1 else None

    def see_unnamed(self) -> None:
        """'imbuh juru bicara WhatsApp': an unnamed speaker spoke; a pronoun next means them."""
        self.last = self.quoted = self.default = None
        self.bare = -10


def _inside(spans: list[tuple[int, int]] | None, pos: int) -> bool:
    return spans is not None and any(lo <= pos < hi for lo, hi in spans)


def resolve_all(
    drafts: list[Draft],
    indirect: list[IndirectDraft],
    resolver: Resolver,
    offsets: tuple[int, ...],
    paras: list[Paragraph],
) -> list[FoundQuote]:
    """FoundQuotes for direct, partial and indirect speech, speakers resolved in order."""
    events: list[tuple[int, int, int, Draft | IndirectDraft]] = []
    quoted: dict[int, list[tuple[int, int]]] = {}
    for d in drafts:
        events.append((d.span.para, max(d.span.open_at, 0), 0, d))
        quoted.setdefault(d.span.para, []).append((d.span.start, d.span.end))
    for ind in indirect:
        if not ind.emit and _inside(quoted.get(ind.para), ind.pos):
            continue  # '"… Seperti ditegaskan Presiden Jokowi, …," ujarnya': a name the speaker says
        events.append((ind.para, ind.pos, 1, ind))
    events.sort(key=itemgetter(0, 1, 2))
    resolver.texts = tuple(p.text for p in paras)
    out: list[FoundQuote] = []
    for para, pos, _, ev in events:
        if isinstance(ev, IndirectDraft):
            person = resolver.person(ev.ref, para, pos)
            mention = ev.ref.mention
            bare = ev.plain and mention is not None and resolver.may_narrate(person)
            resolver.see(
                person, para, bare and mention is not None and narrated(paras[para], mention, resolver.lex)
            )
            if person is not None and (ev.emit or ev.voice):
                resolver.spoken(person, para)  # '…, kata Petrus, …' reports Petrus too
            if person is not None and ev.emit:
                out.append(_found_indirect(ev, person, offsets))
            continue
        out.append(_found_quote(ev, resolver, offsets))
    out.sort(key=lambda q: (q.start, q.kind))
    return out


def _found_indirect(ev: IndirectDraft, person: Person, offsets: tuple[int, ...]) -> FoundQuote:
    base = offsets[ev.para]
    return FoundQuote(
        text=ev.text,
        kind="indirect",
        paragraph=ev.para,
        start=base + ev.start,
        end=base + ev.end,
        speaker=person.name,
        verb=ev.verb,
    )


def _cut(d: Draft, lex: Lexicon) -> bool:
    """A cue whose name the scraper dropped ('jelas ,.'), not a reply by someone else ('jawab ,.')."""
    if d.cue is None or d.cue.ref.kind != "none" or d.cue.ref.description:
        return False
    return (d.cue.verb or "").casefold().removesuffix("nya") not in lex.replies


def _found_quote(d: Draft, resolver: Resolver, offsets: tuple[int, ...]) -> FoundQuote:
    person = None
    desc = None
    verb = via = None
    if d.cue is not None:
        person = resolver.person(d.cue.ref, d.span.para, max(d.span.open_at, 0))
        verb = d.cue.verb or None
        via = d.cue.via
        if person is None and _cut(d, resolver.lex) and resolver.quoted_para >= d.span.para - 1:
            person = resolver.quoted  # '"…," kata ,.': the scraper cut the name; the speaker goes on
        if person is None:
            desc = d.cue.ref.description
    elif d.alone:
        person = resolver.goes_on(d.span.para)
    if d.cue is not None or person is not None:
        resolver.spoken(person, d.span.para)
    if d.cue is not None and not d.inherited:
        resolver.see(person)
        resolver.quoted_by(None if d.span.text.rstrip().endswith("?") else person, d.span.para)
        if (
            person is None
            and d.cue.ref.kind in ("role", "none")
            and _unnamed(d.cue.ref.description, resolver.lex)
        ):
            resolver.see_unnamed()
    base = offsets[d.span.para]
    return FoundQuote(
        text=d.span.text,
        kind=d.kind,
        paragraph=d.span.para,
        start=base + d.span.start,
        end=base + d.span.end,
        speaker=person.name if person else None,
        verb=verb,
        via=via,
        speaker_description=desc,
    )
