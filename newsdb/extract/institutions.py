"""The holder of an office after an institution's name: ``Pakar hukum Universitas Andalas Feri
Amsari``, ``Ketua RT 013 Kelurahan Kaliawi Edi Supono`` (1.6.0).

After the head of an institution or place that takes a name (``named_heads``: ``Universitas``,
``Kelurahan``, ``Kabupaten``) the run first names the institution, then, after an office, its
holder. Where the holder's name begins is read from the known name words: the first one that opens
a name of two words or more. ``stretches.py`` splits the stretch there; ``names.py`` makes the
holder a person when the office is written in lower case before the run.
"""

from __future__ import annotations

from typing import Final

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.wordclass import INITIAL, NAME, OTHER

Tokens = list[tuple[str, int, int]]

STREETS: Final = frozenset(("jalan", "jl", "jln", "gang", "gg"))  # mostly named after people


def holder_after(tokens: Tokens, classes: list[int], i: int, s: int, lex: Lexicon) -> bool:
    """Does a holder's name begin at ``s`` after an institution head at ``i - 1`` and the
    institution's own name ``[i, s)`` (``Universitas Andalas Feri Amsari``): plain words, then a
    known name word that opens a name of two words or more? Not after a street's head (``Jalan
    Veteran Ahmad Yani``), nor after a title (``Stasiun Meteorologi Sultan Mahmud Badaruddin``),
    nor inside an institution named after a person, whose own words are all known name words
    (``Universitas Ahmad Dahlan Budi``: 1.8.0)."""
    if s <= i or s + 1 >= len(tokens) or classes[s + 1] not in (NAME, INITIAL):
        return False
    if tokens[i - 1][0].strip("()").casefold() in STREETS:
        return False
    own = range(i, s)  # the institution's own name: plain words, no title
    if any(classes[r] not in (NAME, OTHER) or lex.is_role_word(tokens[r][0].casefold()) for r in own):
        return False
    if all(tokens[r][0].casefold() in lex.name_words for r in own):
        return False  # 'Universitas Ahmad Dahlan Budi Wirasena': a person's name, the holder unknown
    return classes[s] == NAME and tokens[s][0].casefold() in lex.name_words


def after_place(tokens: Tokens, head: int, i: int, lex: Lexicon) -> bool:
    """Does stretch ``i`` follow an institution head and a place name (``Universitas Indonesia
    Budi …``), so that an office before the run makes it the holder's name?"""
    word = tokens[head][0].strip("()").casefold() if head >= 0 else ""
    if word not in lex.named_heads or word in STREETS or head + 1 >= i:
        return False
    return all(tokens[r][0].casefold() in lex.places for r in range(head + 1, i))


def office_before(tokens: Tokens, first_role: int, head: int, lex: Lexicon) -> bool:
    """An office (not a resident) written in the run before the institution head."""
    return 0 <= first_role < head and tokens[first_role][0].casefold() not in lex.residents
