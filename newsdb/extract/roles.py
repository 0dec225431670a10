"""Role phrases written before a name: ``juru bicara Kementerian Luar Negeri`` Maria Zakharova."""

from __future__ import annotations

import re

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.wordclass import NAME, classify

_WORD_RE = re.compile(r"[\w'’\-]+|[^\w\s]")
_STOP_BACK = frozenset('.;:()"“”!?')


def lookback_role(para: str, start: int, lex: Lexicon) -> tuple[str | None, bool]:
    """Role phrase written before ``start`` (across a run and one apposition comma), and
    whether it stands tight against the name (no loose lower-case words between)."""
    if start < 3 or para[start - 2] in '.!?"”':
        return None, False
    near = para[max(0, start - 90) : start].casefold().replace(",", " ").split()[-8:]
    if lex.lookback_heads.isdisjoint(near):
        return None, False
    lo = max(0, start - 120)
    cut = max(para.rfind(". ", lo, start), para.rfind("\u201d", lo, start), para.rfind('"', lo, start))
    text = para[max(lo, cut + 1) : start].rstrip()
    if text.endswith(","):
        text = text[:-1].rstrip()
    matches = list(_WORD_RE.finditer(text))
    words = [m.group() for m in matches]
    best, gap, loose = -1, 0, 0
    for k in range(len(words) - 1, max(-1, len(words) - 13), -1):
        w = words[k]
        if w in _STOP_BACK or w == ",":
            break
        low = w.casefold()
        if _role_like(low, lex):
            pair = f"{low} {words[k + 1].casefold()}" if k + 1 < len(words) else ""
            best, loose = k, gap - (pair in lex.multiword_roles or pair in lex.relational)
            continue
        if w[:1].isupper():
            regional = k > 0 and words[k - 1].casefold() in lex.regional  # 'Kapolres Taput'
            if classify(w, lex) == NAME and not _possessed(words, k, lex) and not regional:
                break  # another name stands between
            continue
        if lex.verbish_re.match(low) or low in lex.function_words or low in lex.after_cues:
            break
        if low in lex.connectors or w.isdigit():
            continue
        gap += 1
        if gap > 3:
            break
    if best < 0:
        return None, False
    if best > 0 and words[best - 1][:1].isupper() and words[best - 1].casefold() in lex.named_heads:
        return None, False  # 'seperti Gunung Putri, Cileungsi': the role word names a place
    return " ".join(text[matches[best].start() :].split()), loose <= 0


def _role_like(low: str, lex: Lexicon) -> bool:
    return low in lex.role_heads or low in lex.ranks or (low.endswith("nya") and low[:-3] in lex.relational)


def _possessed(words: list[str], k: int, lex: Lexicon) -> bool:
    """Is ``words[k]`` the possessor of a relational role ('juru bicara Putin')?"""
    one = words[k - 1].casefold() if k >= 1 else ""
    two = f"{words[k - 2].casefold()} {one}" if k >= 2 else ""
    return one in lex.relational or two in lex.relational


def is_relational(role: str, lex: Lexicon) -> bool:
    """A relational role that names nobody else ('juru bicara Presiden' + the name): the
    name after it is the possessor, not the role holder."""
    low = role.casefold().split()
    if not low:
        return False
    n = 2 if " ".join(low[:2]) in lex.relational else 1 if low[0] in lex.relational else 0
    return n > 0 and all(w in lex.person_titles or w in lex.ranks for w in low[n:])


def clean_role(phrase: str, lex: Lexicon) -> str:
    words = phrase.replace("\u00a0", " ").split()
    while words and (words[-1].casefold().replace(".", "") in lex.honorifics):
        words.pop()
    while words and words[0].casefold() in lex.connectors:
        words.pop(0)
    return " ".join(words).strip(" ,")


def split_rank(role: str | None, lex: Lexicon) -> tuple[str | None, str | None]:
    """``Kapolsek Ciranjang Kompol`` → office ``Kapolsek Ciranjang``, rank ``Kompol``: a rank
    (with its corps, ``Letkol Kav``) at the end of a role is a second role."""
    if not role:
        return None, role
    words = role.split()
    k = len(words)
    while k > 0 and words[k - 1].casefold().rstrip(".") in lex.ranks:
        k -= 1
    while k < len(words) and words[k].casefold().rstrip(".") in lex.no_rank_openers:
        k += 1  # the rank begins with a word that is only a rank
    if k == 0 or k == len(words) or words[k - 1].casefold() in lex.connectors:
        return None, role
    return " ".join(words[:k]).rstrip(","), " ".join(words[k:])
