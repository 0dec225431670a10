"""Roles said about a person in the next sentence: ``Eddy Soeparno … . Waketum PAN ini mengaku
bangga …``. A sentence that opens with a role phrase closed by a demonstrative (*ini*, *itu*,
*tersebut*) and goes on with a verb describes the one person the sentence before names."""

from __future__ import annotations

import re

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.names import Mention
from newsdb.extract.spans import sentence_starts

_POINTING_RE = re.compile(
    r"(?:(?:Sementara itu|Selain itu|Namun|Di sisi lain),[ \u00a0]*)?"
    r"([A-Za-z][\w'’-]*(?:[ \u00a0]+[\w'’()-]+){0,8}?)[ \u00a0]+(?:ini|itu|tersebut)[ \u00a0]+"
    r"(?:(?:juga|pun|pula|lantas|kemudian|sempat)[ \u00a0]+)?((?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,})\b"
)


_HOT_RE = re.compile(
    r"[ \u00a0](?:ini|itu|tersebut)[ \u00a0]+(?:(?:juga|pun|pula|lantas|kemudian|sempat)[ \u00a0]+)?"
    r"(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}\b"
)
_DEMONSTRATIVES = (" ini", " itu", " tersebut", "\u00a0ini", "\u00a0itu", "\u00a0tersebut")
_VERB_RE = re.compile(r"(?:me|mem|men|meng|meny|ber|di|ter)[a-z]{3,}$")


def _plain_phrase(phrase: str) -> bool:
    """A noun phrase: no verb, no relative clause, no second demonstrative."""
    words = phrase.split()[1:]
    return not any(w in ("yang", "ini", "itu", "tersebut") or _VERB_RE.match(w) for w in words)


def _people_in(ms: list[Mention], lo: int, hi: int) -> list[Mention]:
    return [m for m in ms if lo <= m.start < hi and not m.org]


def attach_pointing_roles(paragraphs: tuple[str, ...], mentions: list[list[Mention]], lex: Lexicon) -> None:
    """Give the role phrase of a pointing sentence to the one person of the sentence before."""
    if not any(_HOT_RE.search(para) for para in paragraphs):
        return  # no role phrase with a demonstrative before a verb anywhere: the common case
    prev_people: list[Mention] = []
    for para, ms in zip(paragraphs, mentions, strict=True):
        if not ms and '"' not in para and "“" not in para and not any(d in para for d in _DEMONSTRATIVES):
            prev_people = []  # nobody named, no quotation, nothing pointing back
            continue
        starts = sentence_starts(para)
        bounds = [*starts[1:], len(para)]
        for lo, hi in zip(starts, bounds, strict=True):
            pointing = any(para.find(d, lo, hi) >= 0 for d in _DEMONSTRATIVES)
            found = _POINTING_RE.match(para, lo) if pointing else None
            here = _people_in(ms, lo, hi)
            if found and found.end() <= hi and not _people_in(ms, lo, found.end(1)):
                phrase = found.group(1)
                head = phrase.split()[0].casefold()
                kin = head in lex.kin or head in lex.relational or head in ("putra", "putri", "anak")
                if not kin and head in lex.role_heads and _plain_phrase(phrase):
                    names = {m.text for m in prev_people}
                    if len(names) == 1:
                        target = prev_people[-1]
                        if target.role is None:
                            target.role = phrase
                        elif target.office is None and phrase != target.role:
                            target.office = phrase
            if here:
                prev_people = here
            elif '"' not in para[lo:hi] and "“" not in para[lo:hi]:
                prev_people = []
