"""The pure ``extract`` stage: :class:`ParsedArticle` in, :class:`Extraction` out.

People of the story (canonical name, aliases, roles, mention count) and what they said:
direct, partial and indirect quotations with speaker, cue verb, paragraph, character span in
the body and secondary source. No database, no global state beyond the cached lexicons.
"""

from __future__ import annotations

from functools import lru_cache

from newsdb.extract.acronyms import defined_orgs, mark_orgs, trim_org_prefix
from newsdb.extract.anaphora import attach_apposed_roles, attach_pointing_roles
from newsdb.extract.credits import drop_credits, drop_fiction
from newsdb.extract.indirect import IndirectDraft, find_indirect
from newsdb.extract.lexicon import Lexicon, get_lexicon
from newsdb.extract.lists import vouch_lists, vouch_surnames
from newsdb.extract.names import CAPTION, Mention, find_mentions
from newsdb.extract.people import (
    build_people,
    nickname_hints,
    nicknames_by_prefix,
    person_key,
    strip_honorifics,
)
from newsdb.extract.quotes import Draft, find_quotes, paragraph_context
from newsdb.extract.resolve import Resolver, resolve_all
from newsdb.extract.title import fuller_in_title, title_mentions
from newsdb.records import Extraction, ParsedArticle

#: Bump whenever the output for the same input may change.
EXTRACTOR_VERSION = "1.9.0"

#: True when this package runs as mypyc-compiled extension modules (a regular install, see
#: setup.py), False when it runs from its .py files (editable install, NEWSDB_COMPILE=0, no C
#: compiler). The same source either way; only the speed differs.
COMPILED: bool = not __file__.endswith(".py")

__all__ = ["COMPILED", "EXTRACTOR_VERSION", "extract", "person_key"]


def _staff_keys(article: ParsedArticle) -> set[str]:
    keys = set()
    for name in (*article.authors, *article.editors, *article.photographers):
        key = person_key(name)
        if key:
            keys.add(key)
    return keys


def _drop_staff(mentions: list[Mention], staff: set[str]) -> list[Mention]:
    if not staff:
        return mentions
    return [m for m in mentions if person_key(m.text) not in staff]


def _vouched(drafts: list[Draft], indirect: list[IndirectDraft]) -> set[str]:
    out = set()
    for d in drafts:
        if d.cue is not None and d.cue.ref.mention is not None:
            out.add(d.cue.ref.mention.text)
    for ind in indirect:
        if ind.verb and ind.ref.mention is not None:  # subject events (no verb) vouch for nobody
            out.add(ind.ref.mention.text)
    return out


def _drop_signature(mentions: list[list[Mention]], paragraphs: tuple[str, ...]) -> None:
    """A last paragraph that is only a name ('Raka Dwi Novianto ,') is a byline."""
    if not mentions or len(mentions[-1]) != 1:
        return
    last = paragraphs[-1].strip(" ,.-|()")
    if last == mentions[-1][0].text:
        mentions[-1].clear()


@lru_cache(maxsize=8)
def _known_forms(language: str) -> tuple[tuple[str, str, str], ...]:
    """The lexicon's nicknames with their bare forms and full names: 'Gus Dur' is written 'Dur'
    once the honorific goes."""
    lex = get_lexicon(language)
    return tuple((nick, strip_honorifics(nick, lex), full) for nick, full in lex.known_as.items())


def _hints(
    paragraphs: tuple[str, ...], mentions: list[list[Mention]], flat: list[Mention], lex: Lexicon
) -> dict[str, str]:
    """Nicknames tied to full names: by the text ('akrab disapa', brackets) or the lexicon."""
    hints: dict[str, str] = {}
    for para, ms in zip(paragraphs, mentions, strict=True):
        if ms and ("sapa" in para or "alias" in para or "panggil" in para or "(" in para):
            hints.update(nickname_hints(ms, para))
    forms = {m.text for m in flat}
    for para, ms in zip(paragraphs, mentions, strict=True):
        if ms and ("sapa" in para or "alias" in para or "panggil" in para):
            nicknames_by_prefix(ms, para, {m.text for m in flat if not m.org}, hints)
    for nick, bare, full in _known_forms(lex.language):
        for form in (nick, bare):
            if form in forms and full in forms:
                hints.setdefault(form, full)
    return hints


def _fuller_in_title(
    article: ParsedArticle,
    mentions: list[list[Mention]],
    body_forms: set[str],
    vouched: set[str],
    staff: set[str],
    lex: Lexicon,
) -> list[Mention]:
    """Headline names that fill out a one-word body name (see ``title.fuller_in_title``)."""
    head = article.title or ""  # only words the headline holds can be filled out from it
    persons = {m.text for ms in mentions for m in ms if not m.org and m.evidence and " " not in m.text}
    one_word = {w for w in persons if w in head} | {v for v in vouched if " " not in v and v in head}
    plain = {f for f in body_forms if " " not in f and f in head} - one_word  # 'Nikita' of 'Nikita Mirzani …'
    if not (one_word or plain):
        return []  # no one-word name: nothing to fill out (and no body to join)
    longer = {w for f in body_forms if " " in f for w in f.split()}  # 'Dubois' of 'Daniel Dubois'
    one_word -= longer
    plain -= longer
    if not (one_word or plain):
        return []
    body = "\n".join(article.paragraphs)
    fuller = fuller_in_title(head, lex, one_word, body, frozenset(plain))
    return [m for m in _drop_staff(fuller, staff) if m.tokens[-1] not in longer]


def extract(article: ParsedArticle) -> Extraction:
    """People and quotations of one article."""
    lex = get_lexicon(article.language)
    staff = _staff_keys(article)
    mentions = [
        _drop_staff(attach_apposed_roles(p, find_mentions(p, i, lex), lex), staff)
        for i, p in enumerate(article.paragraphs)
    ]
    _drop_signature(mentions, article.paragraphs)
    drop_credits(article.paragraphs, mentions, lex)
    if article.title:
        drop_fiction(article.title, article.paragraphs, mentions, lex)
    mark_orgs(mentions, defined_orgs(article.paragraphs, lex))
    trim_org_prefix(mentions, article.paragraphs, lex)
    for para, ms in zip(article.paragraphs, mentions, strict=True):
        vouch_lists(para, ms, lex)
    known = frozenset(m.text.split(" ", 1)[0] for ms in mentions for m in ms if not m.org and " " in m.text)
    paras = [paragraph_context(p, ms, known) for p, ms in zip(article.paragraphs, mentions, strict=True)]
    # pointing roles change roles only, not what ``known`` reads; they share the sentence starts
    attach_pointing_roles(article.paragraphs, mentions, lex, lambda p: paras[p].starts)
    drafts = find_quotes(paras, lex)
    indirect = find_indirect(paras, lex)
    body_forms = {m.text for ms in mentions for m in ms if not m.org}
    title, title_speaker = title_mentions(article.title, lex, body_forms) if article.title else ([], None)
    title = _drop_staff(title, staff)
    vouched = _vouched(drafts, indirect)
    if article.title:
        title += _fuller_in_title(article, mentions, body_forms, vouched, staff, lex)
    caption = article.photo_caption
    extra = _drop_staff(find_mentions(caption, CAPTION, lex), staff) if caption else []
    flat = [m for ms in mentions for m in ms] + title + extra
    hints = _hints(article.paragraphs, mentions, flat, lex)
    vouch_surnames(article.paragraphs, mentions, vouched, lex)
    index = build_people(flat, vouched, hints)
    resolver = Resolver(index, mentions, lex)
    if title_speaker is not None and title_speaker in title:
        resolver.default = index.resolve(title_speaker.text)
    quotes = resolve_all(drafts, indirect, resolver, article.paragraph_offsets(), paras)
    return Extraction(people=index.found(), quotes=tuple(quotes), extractor_version=EXTRACTOR_VERSION)
