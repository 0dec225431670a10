"""Tokens of a capitalised run, and what the marks in and around it say.

A run is split where a word closes a sentence (``Lavrov. Kedua``), where a dash with no spaces
joins an ordinary word (``Mafazi-turut``) and before a bracket that names again (``Joko Widodo
(Jokowi)``). Initials inside or after a name (``Bacharuddin Jusuf (BJ) Habibie``, ``Elia S dan
Akbar``) keep it whole.
"""

from __future__ import annotations

import re
from typing import Final

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.wordclass import INITIAL, NAME, ORG, Tokens, ends_sentence

_TOKEN_RE: Final = re.compile(r"[^ \u00a0]+")
# a mark, or a dash before a lower-case letter; written to open with one character class, so
# that the engine skips to those characters ('[.()]|-[a-z]' is tried at every position)
SPECIAL_RE: Final = re.compile(r"[-.()'’](?:(?<=-)[a-z]|(?<!-))")


def split_tokens(run: str, base: int, lex: Lexicon) -> list[Tokens]:
    """Tokens of a run, split where a word closes a sentence ('Lavrov. Kedua')."""
    if not SPECIAL_RE.search(run):  # the common case: plain words and spaces
        tokens, pos = [], 0
        for word in run.replace("\u00a0", " ").split(" "):
            if word:
                tokens.append((word, base + pos, base + pos + len(word)))
            pos += len(word) + 1
        return [tokens]
    parts: list[Tokens] = [[]]
    for m in _TOKEN_RE.finditer(run):
        word, start, end = m.group(), base + m.start(), base + m.end()
        if word.endswith(")") and not word.startswith("("):
            word, end = word[:-1], end - 1
        if word.endswith(("’", "'")):
            word, end = word[:-1], end - 1
        dash = word.rfind("-")
        if dash > 1:
            tail = word[dash + 1 :]
            redup = word[max(0, dash - 4) : dash].casefold() in tail  # 'Perangin-angin', 'Perundang-undangan'
            if tail.islower() and not redup and _dash_word(tail, lex):
                parts[-1].append((word[:dash], start, start + dash))  # 'M. Atras Mafazi-turut menyambut'
                parts.append([])
                continue
        dot = word.find(".", 0, len(word) - 1)
        if dot > 2 and word[dot + 1 : dot + 2].isupper():  # 'England.Mau': a lost space
            parts[-1].append((word[:dot], start, start + dot))
            parts.append([])
            word, start = word[dot + 1 :], start + dot + 1
        if word.endswith(".") and "." not in word[:-1] and ends_sentence(word.strip("()."), lex):
            parts[-1].append((word[:-1], start, end - 1))
            parts.append([])
            continue
        if (
            word.startswith("(")
            and parts[-1]
            and parts[-1][-1][0][:1].isupper()
            and (parts[-1][-1][0].casefold() not in lex.bracket_titles)
            and not word.strip("()").isupper()  # '(BPBD)' is part of the title
        ):
            parts.append([])  # 'Joko Widodo (Jokowi)': the bracket names again
        parts[-1].append((word, start, end))
    return [p for p in parts if p]


def _dash_word(low: str, lex: Lexicon) -> bool:
    """An ordinary word after a dash with no spaces ('Mafazi-turut'), not a name's second half."""
    if low in ("red", "nya"):
        return True  # 'Syamsuar-red', 'KPK-nya'
    if len(low) < 5:
        return False  # 'Moon Jae-in', 'Yeo-sang'
    return low in lex.common or low in lex.function_words or low.startswith(lex.verb_starts)


def surname_initials(tokens: Tokens, classes: list[int]) -> frozenset[int]:
    """'Elia S dan Akbar', 'Heru S,': a bare capital after a name that ends the run or comes before
    'dan' is the initial of a surname, part of the name."""
    out = []
    for k in range(1, len(tokens)):
        word = tokens[k][0]
        if len(word) == 1 and word.isupper() and classes[k] == INITIAL and classes[k - 1] == NAME:
            if k + 1 == len(tokens) or tokens[k + 1][0] in ("dan", "&"):
                out.append(k)
    return frozenset(out)


def bracketed_initials(tokens: Tokens, classes: list[int]) -> None:
    """``Bacharuddin Jusuf (BJ) Habibie``: the initials of the given names, in brackets between
    them and the surname, do not cut the name."""
    for k in range(2, len(tokens) - 1):
        word = tokens[k][0]
        if not (word.startswith("(") and word.endswith(")")) or classes[k + 1] != NAME:
            continue
        core = word[1:-1]
        n = len(core)
        if ORG in classes[:k]:
            return  # 'PT Jasamarga Jalanlayang Cikampek (JJC) Djoko Dwijono': the company's short form
        if 2 <= n <= 3 and core.isupper() and k >= n and all(c == NAME for c in classes[k - n : k]):
            if "".join(t[0][:1] for t in tokens[k - n : k]) == core:
                classes[k] = NAME
