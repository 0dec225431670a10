"""Names in the headline, where Title Case capitalises every word.

Only names that something vouches for count: a strong title in front (``Presiden``, a rank,
an honorific), a well-known single-name figure, a form the body uses too, or a speech verb right
after the name (``Sule Ungkap …``, ``Celine Dion Minta …``) or a colon after the name that
opens the headline (``Jarwo: Saya …``). That last one is the headline's *speaker*: the story
reports what that person says, so a pronoun cue with nobody named before it (``"…," katanya``
when the body lost the name) points to them.
"""

from __future__ import annotations

import re

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import TITLE, Mention, find_mentions
from newsdb.extract.wordclass import NAME, classify

_WORD_RE = re.compile(r"[\w'’-]+")
_TRIGGERS: dict[str, frozenset[str]] = {}


def _triggers(lex: Lexicon) -> frozenset[str]:
    found = _TRIGGERS.get(lex.language)
    if found is None:
        found = _TRIGGERS[lex.language] = (
            lex.role_heads | lex.ranks | lex.honorifics | lex.mononyms | lex.title_verbs
        )
    return found


def _body_forms_in(title: str, body_forms: set[str]) -> list[Mention]:
    out = []
    for form in body_forms:
        at = title.find(form)
        end = at + len(form)
        if at >= 0 and not title[at - 1 : at].isalnum() and not title[end : end + 1].isalnum():
            out.append(Mention(form, TITLE, at, end))
    return out


def _speaks(title: str, m: Mention, lex: Lexicon) -> bool:
    """'Sule Ungkap …', 'Daniel Mananta: Bagaimana …'."""
    if title[m.end : m.end + 3].lstrip(" ").startswith(":"):
        return not title[: m.start].strip()  # 'Survei Poltracking: …' is no one's word
    nxt = _WORD_RE.match(title, m.end + 1) if title[m.end : m.end + 1] == " " else None
    return nxt is not None and nxt.group().casefold() in lex.title_verbs


def _cut_at_verb(title: str, m: Mention, lex: Lexicon, body_forms: set[str]) -> tuple[Mention | None, bool]:
    """'Presiden Tinjau Proyek …': a headline verb is no name word unless the body writes the name.

    Returns the mention (None when it opened with the verb) and whether it was cut."""
    tokens = m.tokens
    if m.org or m.text in body_forms:
        return m, False
    # the longest opening the body writes as a name ('Puji Lestari' of 'Puji Lestari Tolak …') stays
    keep = max((n for n in range(1, len(tokens)) if " ".join(tokens[:n]) in body_forms), default=0)
    cut = next((i for i in range(keep, len(tokens)) if tokens[i].casefold() in lex.headline_verbs), None)
    if cut is None:
        return m, False
    if cut == 0:
        return None, True
    text = " ".join(tokens[:cut])
    if title.find(text, m.start) != m.start:
        return m, False
    m.text, m.end = text, m.start + len(text)
    return m, True


def title_mentions(title: str, lex: Lexicon, body_forms: set[str]) -> tuple[list[Mention], Mention | None]:
    """The headline's name mentions, and its speaker (a name right before a speech verb)."""
    if ":" not in title and _triggers(lex).isdisjoint(w.casefold() for w in _WORD_RE.findall(title)):
        return _body_forms_in(title, body_forms), None
    strong = lex.person_titles | lex.ranks | lex.honorifics
    out, cut = [], set()
    for found in find_mentions(title, TITLE, lex):
        m, was_cut = _cut_at_verb(title, found, lex, body_forms)
        if m is not None:
            out.append(m)
            if was_cut:
                cut.add(id(m))  # the verb that cut it does not make it the headline's speaker
    speaker = None
    for m in out:
        if m.org:
            continue
        titled = m.titled and (m.title_word or "").replace(".", "") in strong
        mononym = len(m.tokens) == 1 and m.text.casefold() in lex.mononyms
        m.evidence = titled or mononym  # a body form counts through its body mentions
        if speaker is None and id(m) not in cut and _speaks(title, m, lex):
            m.evidence, speaker = True, m
    return out, speaker


def _name_word(word: str, lex: Lexicon) -> bool:
    low = word.casefold()
    if len(word) < 3 or not word[:1].isupper() or not word[1:].islower() or low.endswith("nya"):
        return False
    if low in lex.headline_verbs or low in lex.title_verbs:
        return False
    return classify(word, lex) == NAME


def _in_lower_word(word: str, body: str) -> bool:
    """Does the body write ``word`` inside a lower-case word ('Rebut' in 'merebut', 'Asapi' in
    'mengasapi')? Then the headline's word is a verb, not a surname."""
    low = word.casefold()
    return any(t.islower() for t in re.findall(rf"[\w-]*{re.escape(low)}[\w-]*", body, re.IGNORECASE))


def fuller_in_title(
    title: str, lex: Lexicon, persons: set[str], body: str, plain: frozenset[str] = frozenset()
) -> list[Mention]:
    """``Kendall Jenner Rindu Tampil …`` over a body that writes only ``Kendall``: the name word
    after a one-word person of the body in the headline is that person's surname, unless the body
    uses it as an ordinary word (a headline verb: ``Dubois Rebut …``, the body's ``merebut``).
    A one-word body name that is no person yet (``plain``: ``Nikita Mirzani Punya …`` over
    ``Nikita``) counts when the headline's pair holds a known name word."""
    out = []
    words = [(m.group(), m.start(), m.end()) for m in _WORD_RE.finditer(title)]
    for k, (word, start, end) in enumerate(words[:-1]):
        if (word not in persons and word not in plain) or word.casefold() in lex.mononyms:
            continue
        nxt, at, stop = words[k + 1]
        if title[end:at] != " " or nxt in persons or not _name_word(nxt, lex):
            continue
        known = word.casefold() in lex.name_words or nxt.casefold() in lex.name_words
        if word not in persons and not known:
            continue  # 'Lingling Picu Gelombang …': a storm, no known name word
        if nxt.casefold() in lex.mononyms or nxt.startswith("Di") or _in_lower_word(nxt, body):
            continue
        out.append(Mention(f"{word} {nxt}", TITLE, start, stop, evidence=True))
    return out
