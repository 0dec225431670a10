"""The holder of an office after an institution's name: ``Pakar hukum Universitas Andalas Feri
Amsari``, ``Ketua RT 013 Kelurahan Kaliawi Edi Supono`` (1.6.0).

After the head of an institution or place that takes a name (``named_heads``: ``Universitas``,
``Kelurahan``, ``Kabupaten``) the run first names the institution, then, after an office, its
holder. Where the holder's name begins is read from the known name words: the first one that opens
a name of two words or more. ``split_holder`` splits the stretch there (with ``role_start``, the
scan back from a stretch to its run's first role and nearest organisation head, which
``stretches.py`` uses too); ``names.py`` makes the holder a person when the office is written in
lower case before the run.
"""

from __future__ import annotations

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.wordclass import HONORIFIC, INITIAL, NAME, ORG, OTHER, ROLE, Tokens


def holder_after(tokens: Tokens, classes: list[int], i: int, s: int, lex: Lexicon) -> bool:
    """Does a holder's name begin at ``s`` after an institution head at ``i - 1`` and the
    institution's own name ``[i, s)`` (``Universitas Andalas Feri Amsari``): plain words, then a
    known name word that opens a name of two words or more? Not after a street's head (``Jalan
    Veteran Ahmad Yani``), nor after a title (``Stasiun Meteorologi Sultan Mahmud Badaruddin``),
    nor inside an institution named after a person, whose own words are all known name words
    (``Universitas Ahmad Dahlan Budi``: 1.8.0)."""
    if s <= i or s + 1 >= len(tokens) or classes[s + 1] not in (NAME, INITIAL):
        return False
    if tokens[i - 1][0].strip("()").casefold() in lex.streets:
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
    if word not in lex.named_heads or word in lex.streets or head + 1 >= i:
        return False
    return all(tokens[r][0].casefold() in lex.places for r in range(head + 1, i))


def office_before(tokens: Tokens, first_role: int, head: int, lex: Lexicon) -> bool:
    """An office (not a resident) written in the run before the institution head."""
    return 0 <= first_role < head and tokens[first_role][0].casefold() not in lex.residents


def _scan_back(tokens: Tokens, classes: list[int], i: int) -> tuple[int, int]:
    """Earliest role word and nearest organisation head before stretch ``i`` in its run."""
    first_role, nearest_org = -1, -1
    for k in range(i - 1, -1, -1):
        if tokens[k][0] in ("di", "ke"):
            break
        if classes[k] == NAME:
            if k > 0 and classes[k - 1] == ORG:
                continue  # 'Partai Gerindra': the organisation's own name
            break
        if classes[k] in (ROLE, HONORIFIC):
            first_role = k
        elif classes[k] == ORG and nearest_org < 0 and first_role < 0:
            nearest_org = k
    return first_role, nearest_org


def role_start(tokens: Tokens, classes: list[int], i: int, lex: Lexicon) -> tuple[int, int]:
    """``_scan_back``, less a role that is only corps words ('Detasemen Kavaleri Berkuda')."""
    first_role, nearest_org = _scan_back(tokens, classes, i)
    if (
        first_role >= 0
        and {tokens[r][0].casefold() for r in range(first_role, i) if classes[r] in (ROLE, HONORIFIC)}
        <= lex.corps
    ):
        first_role = -1  # a corps word alone is no rank
    return first_role, nearest_org


def split_holder(tokens: Tokens, classes: list[int], i: int, j: int, lex: Lexicon) -> int:
    """Where the holder's name begins in a stretch right after an institution head (see
    ``holder_after``), when an office stands before the head in the run or no role at all
    (``names.py`` then looks for one before the run); ``i`` when it does not split."""
    head = tokens[i - 1][0].strip("()").casefold() if i > 0 else ""
    if j - i < 3 or head not in lex.named_heads or head in lex.field_heads:
        return i  # after an office, a field head opens no name of its own ('Sekretaris Kabinet …')
    first_role, nearest_org = role_start(tokens, classes, i, lex)
    if nearest_org != i - 1 or not (first_role < 0 or office_before(tokens, first_role, i - 1, lex)):
        return i
    for s in range(i + 1, j - 1):
        if holder_after(tokens, classes, i, s, lex):
            return s
    return i
