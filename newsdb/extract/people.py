"""People of the story: name mentions grouped under one canonical name with aliases.

The canonical name is the fullest form the article gives (``Sergei Lavrov``); shorter forms
that fit exactly one person become aliases (``Lavrov``, ``Pras`` for ``Prasetyo Hadi``).
A short form that fits several people is left unresolved rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

from newsdb.extract.lexicon import Lexicon, get_lexicon
from newsdb.extract.names import Mention
from newsdb.records import FoundPerson

_PUNCT_RE = re.compile(r"[.,;:'’`\"“”()]+")
_NICK_RE = re.compile(
    r"\b(?:(?:akrab|biasa|kerap|sering)\s+(?:di)?(?:sapa|panggil)|sapaan(?:\s+akrab(?:nya)?)?|alias)\s+"
)


def _plain(text: str) -> str:
    if text.isascii():
        return text  # NFKD leaves ASCII as it is, and no ASCII character is combining
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_honorifics(name: str, lex: Lexicon | None = None) -> str:
    """``Prof. Dr. Ir. Budi Santoso, M.Si.`` → ``Budi Santoso``."""
    lex = lex or get_lexicon()
    words = name.replace(",", " , ").split()
    while len(words) > 1 and words[0].casefold().replace(".", "") in lex.honorifics:
        words.pop(0)
    while len(words) > 1 and (words[-1] == "," or words[-1].casefold().replace(".", "") in lex.degrees):
        words.pop()
    return " ".join(w for w in words if w != ",")


@lru_cache(maxsize=65536)
def person_key(name: str) -> str:
    """Normalised matching key: casefold, accents removed, honorifics stripped, spaces collapsed."""
    text = strip_honorifics(_plain(name).replace("\u00a0", " "))
    text = _PUNCT_RE.sub(" ", text.casefold())
    return " ".join(text.split())


@dataclass(slots=True)
class Person:
    name: str
    tokens: tuple[str, ...]
    forms: dict[str, None] = field(default_factory=dict)  # ordered set of forms seen
    roles: dict[str, None] = field(default_factory=dict)
    mentions: int = 0
    first: tuple[int, int] = (0, 0)
    spellings: list[tuple[str, ...]] = field(default_factory=list)  # 'Prasetio Edi Marsudi' too


def _fits(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Does ``short`` name the same person as ``full`` (ordered subset, initials, nickname)?"""
    if short == full:
        return True
    if len(short) == 1 and len(full) > 1:
        initial = short[0][0]  # words come from str.split(): never empty
        for t in full:
            if t[0] == initial:
                break
        else:
            return False  # quick reject: no word of the full name starts like it
    low_full = [t.casefold() for t in full]
    low_short = [t.casefold().rstrip(".") for t in short]
    if len(low_short) == 1 and len(low_full) == 1:
        return len(low_short[0]) >= 6 and low_full[0].startswith(low_short[0])  # Taufiq: Taufiqulhadi
    if len(low_short) == 1 and len(low_full) > 1:
        w = low_short[0]
        if w in low_full or (len(w) >= 3 and low_full[0].startswith(w) and w != low_full[0]):
            return True
        return len(w) >= 6 and low_full[-1].startswith(w)  # Taufiq: Taufiqulhadi (Wahyu: Wahyudi no)
    k = 0
    for w in low_short:
        while k < len(low_full) and not (
            low_full[k] == w or (len(w) <= 2 and low_full[k].startswith(w.replace(".", "")))
        ):
            k += 1
        if k == len(low_full):
            return False
        k += 1
    return len(low_short) < len(low_full) or low_short != low_full


class PeopleIndex:
    """People of one article, and the map from each written form to its person."""

    def __init__(self, people: list[Person], form_map: dict[str, Person]) -> None:
        self.people = people
        self.form_map = form_map

    def resolve(self, form: str) -> Person | None:
        return self.form_map.get(form)

    def by_role(self, head: str, possessor: str | None) -> Person | None:
        """The one person whose role starts with ``head`` and names ``possessor``, if unique."""
        hits = []
        for p in self.people:
            for role in p.roles:
                low = role.casefold()
                if low.startswith(head) and (possessor is None or possessor.casefold() in low):
                    hits.append(p)
                    break
        return hits[0] if len(hits) == 1 else None

    def by_word(self, word: str) -> Person | None:
        """'Rambu': the one person with a name of several words, one of which is this word; the
        word becomes an alias."""
        hits = [p for p in self.people if len(p.tokens) > 1 and word in p.tokens]
        if len(hits) != 1:
            return None
        hits[0].forms.setdefault(word, None)
        self.form_map.setdefault(word, hits[0])
        return hits[0]

    def by_initials(self, short: str) -> Person | None:
        """'SBY', 'JK': the one person whose name words begin with these capitals, in order;
        the short form becomes an alias."""
        hits = [p for p in self.people if len(p.tokens) == len(short) and _initials(p.tokens) == short]
        if len(hits) != 1:
            return None
        hits[0].forms.setdefault(short, None)
        self.form_map.setdefault(short, hits[0])
        return hits[0]

    def found(self) -> tuple[FoundPerson, ...]:
        out = []
        for p in sorted(self.people, key=lambda p: p.first):
            aliases = tuple(f for f in p.forms if f != p.name)
            out.append(
                FoundPerson(
                    name=p.name,
                    key=person_key(p.name),
                    aliases=aliases,
                    roles=tuple(p.roles),
                    mentions=p.mentions,
                )
            )
        return tuple(out)


def _initials(tokens: tuple[str, ...]) -> str:
    return "".join(t[:1] for t in tokens)


def _misspelt(form: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """'Bahlil Lahdahlia' and 'Bahlil Lahadalia': same first name, a surname one slip apart (or the
    other way round: 'Rahmat Subakti' and 'Rachmat Subakti')."""
    if len(form) != len(full) or len(form) < 2:
        return False
    if form[:-1] == full[:-1]:
        a, b = form[-1].casefold(), full[-1].casefold()
    elif form[1:] == full[1:]:
        a, b = form[0].casefold(), full[0].casefold()  # 'Rahmat Subakti' and 'Rachmat Subakti'
    else:
        return False
    return a[:1] == b[:1] and len(a) > 4 and SequenceMatcher(None, a, b).ratio() >= 0.8


def _attach(form: tuple[str, ...], people: list[Person]) -> list[Person]:
    return [
        p
        for p in people
        if _fits(form, p.tokens) or (p.spellings and any(_fits(form, a) for a in p.spellings))
    ]


def nickname_hints(mentions: list[Mention], text: str) -> dict[str, str]:
    """``Inayatullah, yang akrab disapa Inay``, ``Joko Widodo (Jokowi)``: the nickname names
    the person before it."""
    hints: dict[str, str] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        if text[a.end : b.start + 1].strip() == "(" and not a.org and len(b.tokens) == 1:
            hints[b.text] = a.text
    if "sapa" not in text and "panggil" not in text and "alias" not in text:
        return hints  # every form of _NICK_RE holds one of them: no need to scan the paragraph
    for m in _NICK_RE.finditer(text):
        after = [x for x in mentions if x.start == m.end()]
        before = [
            x for x in mentions if x.end <= m.start() and m.start() - x.end < 120 and not x.org and x.evidence
        ]
        if after and before and after[0].text != before[-1].text:
            hints[after[0].text] = before[-1].text
    return hints


def _begins_a_word(nick: str, form: str) -> bool:
    return any(t.casefold().startswith(nick) for t in form.split())


def nicknames_by_prefix(mentions: list[Mention], text: str, forms: set[str], hints: dict[str, str]) -> None:
    """``jelas pria yang akrab disapa Inay itu``, the name given paragraphs earlier: a nickname
    that begins exactly one longer name of the article ('Inayatullah') is that person's."""
    for m in _NICK_RE.finditer(text):
        after = [x for x in mentions if x.start == m.end()]
        if not after or after[0].text in hints or len(after[0].text) < 3:
            continue
        nick = after[0].text.casefold()
        fuller = {
            f for f in forms if len(f) > len(nick) and any(t.casefold().startswith(nick) for t in f.split())
        }
        if len(fuller) == 1:
            hints[after[0].text] = fuller.pop()


def _uses(form: str, by_form: dict[str, list[Mention]]) -> int:
    """How often the article writes a form, or its words alone ('Benyamin' for 'Benyamin Davnie')."""
    return len(by_form.get(form, ())) + sum(len(by_form.get(t, ())) for t in form.split())


def build_people(
    mentions: Iterable[Mention], vouched: set[str], hints: dict[str, str] | None = None
) -> PeopleIndex:
    """Group mentions into people; ``vouched`` are forms that a speech cue shows to be people,
    ``hints`` nicknames the text ties to a fuller name."""
    hints = hints or {}
    ments = [m for m in mentions if not m.org]
    by_form: dict[str, list[Mention]] = {}
    for m in ments:
        by_form.setdefault(m.text, []).append(m)
    accepted = {f for f, ms in by_form.items() if f in vouched or any(m.evidence for m in ms)}
    order = sorted(by_form, key=lambda f: (f in hints, -len(f.split()), f not in accepted))
    people: list[Person] = []
    form_map: dict[str, Person] = {}
    for form in order:
        toks = tuple(form.split())
        hits = _attach(toks, people)
        if not hits and form in hints and hints[form] in form_map:
            hits = [form_map[hints[form]]]
        if not hits and len(toks) >= 2:
            hits = [p for p in people if _misspelt(toks, p.tokens)]
            if len(hits) == 1:
                hits[0].spellings.append(toks)
                if _uses(form, by_form) > _uses(hits[0].name, by_form):
                    hits[0].name, hits[0].tokens = form, toks  # the spelling the article uses most
        if len(hits) == 1:
            form_map[form] = hits[0]
        elif not hits and form in accepted:
            person = Person(name=form, tokens=toks)
            people.append(person)
            form_map[form] = person
    for m in ments:
        found = form_map.get(m.text)
        if found is None:
            continue
        person = found
        pos = (m.para if m.para >= 0 else 10**6 - m.para, m.start)
        if person.mentions == 0 or pos < person.first:
            person.first = pos
        person.mentions += 1
        person.forms[m.text] = None
        for role in (m.office, m.role):
            if role:
                person.roles.setdefault(role, None)
    return PeopleIndex([p for p in people if p.mentions], form_map)
