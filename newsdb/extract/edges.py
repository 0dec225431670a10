"""Capitalised common words at the edges of a name: ``Luna Maya``, ``Bunga Citra Lestari``.

Indonesian given names and surnames are often ordinary words (*maya* virtual, *irama* rhythm,
*bunga* flower, *hari* day). Capitalised in running text next to a name they belong to it; at the
start of a sentence or in a Title Case headline they may be anything, so the callers only apply
these rules to body runs and check the text before the run.
"""

from __future__ import annotations

from typing import Final

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.roles import lookback_role
from newsdb.extract.wordclass import (
    HONORIFIC,
    INITIAL,
    LINKWORD,
    NAME,
    ORG,
    OTHER,
    PARTICLE,
    ROLE,
    TAIL,
    Tokens,
)

NO_LEAD: Final = 0
COMMON_LEAD: Final = 1
OFFICE_LEAD: Final = 2
STOP_LEAD: Final = 3
CUE_LEAD: Final = 4
_NOT_NAME_ENDINGS = ("kan", "lah", "nya")


def plain_common(word: str, lex: Lexicon) -> bool:
    """A capitalised common word that may still be a given name ('Agung', 'Pantas', 'Mari');
    not a verb or clitic form ('Resmikan', 'Inilah', 'Rumahnya') of a headline in the text."""
    low = word.casefold()
    return (
        word[:1].isupper()
        and not low.endswith(_NOT_NAME_ENDINGS)
        and word[1:].islower()
        and low in lex.common
        and not (low in lex.stopwords or low in lex.places or lex.is_role_word(low))
        and not (low in lex.org_heads or low in lex.honorifics)
    )


def _office_common(word: str, lex: Lexicon) -> bool:
    """A common word that also heads a name of a day or office ('Hari' in 'Hari Pahlawan')."""
    return word[1:].islower() and word.casefold() in lex.head_names


def _stop_word(word: str, lex: Lexicon) -> bool:
    """A word the lexicon never takes for a name ('Muslim', 'Song', 'Tata') that is no role,
    office, place or English article: a given name only right after a cue or a role's comma."""
    low = word.casefold()
    if not word[1:].islower() or low not in lex.stopwords or low in lex.never_leads:
        return False
    if lex.is_role_word(low) or low in lex.org_heads:
        return False
    return not (low in lex.places or low in lex.function_words)


def leads(tokens: Tokens, classes: list[int], i: int, j: int, lex: Lexicon) -> int:
    """Do the common words opening the run (at most two) begin the name after them
    ('Agung Hadi Tjahjanto', 'Bunga Citra Lestari', 'Hari Wibowo')? ``COMMON_LEAD`` only before
    a name of two or more words, or one known name word. ``OFFICE_LEAD``: the word also heads
    day or office names, and the caller must see a person's context around the run;
    ``STOP_LEAD``: a word never taken for a name ('Muslim'), which needs the strictest context."""
    if not 1 <= i <= 2 or classes[i] != NAME:
        return NO_LEAD
    if (j < len(classes) and classes[j] == TAIL) or tokens[j - 1][0].casefold() in lex.org_tails:
        return NO_LEAD
    if i == 1 and j == len(classes) <= 3 and _office_common(tokens[0][0], lex):
        return OFFICE_LEAD  # the caller checks the context, so any name may follow
    if i == 1 and j == len(classes) <= 4 and _stop_word(tokens[0][0], lex):
        return STOP_LEAD
    if not all(plain_common(t[0], lex) for t in tokens[:i]):
        return NO_LEAD
    if not (j - i >= 2 or tokens[i][0].casefold() in lex.name_words):
        alone = j == len(classes) or tokens[j][0].islower()  # 'Lini Zurlia di Senayan'
        return CUE_LEAD if i == 1 and alone else NO_LEAD
    return COMMON_LEAD


def names_after_rank(tokens: Tokens, classes: list[int], lex: Lexicon) -> None:
    """``AKBP Tahan Marpaung``: a common word between a rank or honorific and a name is a name;
    capitals between a rank and a name are initials (``Iptu MK Daulay``)."""
    for k in range(len(classes) - 1 if HONORIFIC in classes else 0):
        if classes[k] == HONORIFIC and tokens[k + 1][0].casefold() == "kota":
            classes[k] = classes[k + 1] = OTHER  # 'Ibu Kota Nusantara': the capital, not a lady
    for k in range(len(classes) - 1):
        word = tokens[k][0]
        if classes[k + 1] == NAME and word[1:].islower() and word.casefold() in lex.corps:
            if k == 0 or tokens[k - 1][0].casefold() not in lex.ranks:
                classes[k] = NAME  # 'Pol Espargaro': a service word with no rank before it is a name
    for k in range(1, len(classes) - 1):
        word = tokens[k][0]
        if 2 <= len(word) <= 3 and word.isupper() and word.isalpha() and classes[k + 1] == NAME:
            rank = tokens[k - 1][0].casefold()
            if rank in lex.ranks and rank not in lex.no_rank_openers and word.casefold() not in lex.ranks:
                classes[k] = INITIAL  # 'Iptu MK Daulay'
    for k in range(1, len(classes) - 1):
        if classes[k + 1] != NAME:
            continue
        prev = tokens[k - 1][0].casefold().replace(".", "")
        if not (prev in lex.ranks or prev in lex.honorifics):
            continue
        if classes[k] == OTHER and plain_common(tokens[k][0], lex):
            classes[k] = NAME  # 'AKBP Tahan Marpaung'
        elif _office_common(tokens[k][0], lex):
            classes[k] = NAME  # 'AKBP Hari Brata': after a rank, 'Hari' opens no office


def region_before_rank(tokens: Tokens, classes: list[int], lex: Lexicon) -> None:
    """``Kapolres Garut AKBP Budi``: up to three name-like words between a regional office (or a
    head that names a place) and a rank that a name follows are the office's region, not a person."""
    n = len(classes)
    for k in range(1, n - 2):
        if classes[k] != NAME or classes[k - 1] not in (ROLE, ORG):
            continue
        head = tokens[k - 1][0].casefold()
        if head not in lex.regional and head not in lex.named_heads:
            continue
        j = k
        while j < n and classes[j] == NAME and j - k < 3:
            j += 1
        rank = j + 1 < n and classes[j] == ROLE and tokens[j][0].casefold().rstrip(".") in lex.ranks
        if rank and classes[j + 1] in (NAME, INITIAL):
            for r in range(k, j):
                classes[r] = OTHER


def common_tail(tokens: Tokens, classes: list[int], lex: Lexicon) -> None:
    """``Luna Maya``, ``Rhoma Irama & Soneta``: a capitalised common word right after a name
    belongs to it when the run ends there or a link word follows (body text only: a headline
    capitalises every word)."""
    n = len(classes)
    for k in range(1, n):
        if classes[k] != OTHER or classes[k - 1] != NAME or not plain_common(tokens[k][0], lex):
            continue
        if k + 1 == n or classes[k + 1] in (LINKWORD, PARTICLE):
            classes[k] = NAME


def particles_inside(tokens: Tokens, classes: list[int], lex: Lexicon) -> None:
    """``Kevin De Bruyne``, ``Lana Del Rey``, ``Alfonso De La Cruz``, ``Iwan Bin Nsin``: a name
    particle capitalised (as other languages write it) between a known given name and a name word
    joins them into one name (body text only; a lower-case 'di' is the preposition: 'Jokowi di Hotel')."""
    n = len(classes)
    for k in range(1, n - 1):
        word = tokens[k][0]
        if classes[k - 1] != NAME or not word[:1].isupper() or word.casefold() not in lex.capital_particles:
            continue
        if tokens[k - 1][0].casefold() not in lex.name_words:
            continue  # 'Kehebatan Van Dijk', 'Imparsial Al Araf'
        j = k + 1
        if j < n - 1 and tokens[j][0][:1].isupper() and tokens[j][0].casefold() in lex.capital_particle_links:
            j += 1  # 'De La Cruz'
        if classes[j] == NAME and tokens[j][0][:1].isupper():
            classes[k] = PARTICLE
            for r in range(k + 1, j + 1):
                classes[r] = NAME


def _linking(word: str, lex: Lexicon) -> bool:
    """A capitalised word that may link two names instead of standing between a given name and a
    surname: a function word ('Bersama', 'Hingga'), a headline verb ('Minta') or a verb form
    ('Diberi')."""
    low = word.casefold()
    if low in lex.function_words or word in lex.headline_verbs or low.endswith(("lah", "kan")):
        return True
    return lex.verb_re.match(low) is not None


def common_inside(tokens: Tokens, classes: list[int], lex: Lexicon) -> None:
    """``Budi Karya Sumadi``, ``Wisnu Bawa Tarunajaya``: a capitalised common word after a known
    name word and before another name word is a middle name (body text only); before a word the
    lexicon does not know as a name word, only when it cannot link two names (``_linking``)."""
    for k in range(1, len(classes) - 1):
        if classes[k] != OTHER or classes[k - 1] != NAME or classes[k + 1] != NAME:
            continue
        given, after = tokens[k - 1][0].casefold(), tokens[k + 1][0].casefold()
        if given not in lex.name_words or not plain_common(tokens[k][0], lex):
            continue
        if after in lex.name_words or not _linking(tokens[k][0], lex):
            classes[k] = NAME


def lead_fits(kind: int, text: str, run_start: int, run_end: int, lex: Lexicon) -> bool:
    """Mid-sentence only; a word that also heads day or office names ('Hari') needs a person's
    context: a speech cue before, a speech verb after, or an apposition to a role."""
    prev = text[:run_start].rstrip()[-1:]
    if not (prev == "," or prev.islower()):
        return False
    if kind == COMMON_LEAD:
        return True
    before = text[max(0, run_start - 20) : run_start].split()
    after = text[run_end : run_end + 24].split()
    if before and before[-1].casefold() in lex.after_cues:
        return True
    verb = after[0].casefold().strip(",") if after else ""
    if kind == OFFICE_LEAD and verb in lex.speech_verbs:
        return True
    if prev != ",":
        return False
    if kind == CUE_LEAD:  # 'ujar orator demonstrasi, Lini Zurlia': the cue's speaker in apposition
        clause = text[max(0, run_start - 40) : run_start].rstrip(" ,").split()[-4:]
        return any(w.casefold() in lex.after_cues for w in clause[:-1])
    if kind == STOP_LEAD:
        return lookback_role(text, run_start, lex)[0] is not None  # 'Pengacara RK, Muslim Jaya'
    near = text[max(0, run_start - 60) : run_start].casefold().replace(",", " ").split()[-8:]
    return not lex.lookback_heads.isdisjoint(near)  # 'Kepala Dinas Bina Marga, Hari Nugroho'


def _office_closed(word: str, cls: int, lex: Lexicon) -> bool:
    """Does ``word`` close an office's description, so that a name comes next? A place
    ('DKI Jakarta'), an organisation's short form in brackets ('(AVB)') or a code ('C19'); a bare
    short form does not ('PDI Perjuangan', 'LBH Pers')."""
    core = word.strip("()")
    if any(c.isdigit() for c in core) or (word.startswith("(") and core.isupper() and len(core) >= 2):
        return True
    return cls == OTHER and core.casefold() in lex.places


def common_heads(tokens: Tokens, classes: list[int], lex: Lexicon) -> None:
    """``Kepala Dinas Bina Marga DKI Jakarta Hari Nugroho``, ``Dewan Pakar Master C19 Juri
    Ardianto``: after a role and the place or short form that closes its office, a common word
    before the name that ends the run opens the name; so does a Balinese head (``Gede Agus``)."""
    n = len(classes)
    for k in range(n - 1):
        word = tokens[k][0]
        if not word[1:].islower() or classes[k] == NAME:
            continue
        low = word.casefold()
        if low in lex.balinese_heads and classes[k + 1] in (NAME, OTHER) and tokens[k + 1][0][1:].islower():
            if classes[k + 1] == NAME or tokens[k + 1][0].casefold() in lex.balinese_heads:
                classes[k] = NAME  # 'Gede Agus', 'Ni Luh Putu'
            continue
        if k < 2 or classes[k + 1] != NAME or ROLE not in classes[:k]:
            continue
        if any(t[0].casefold() in ("pt", "cv") for t in tokens[:k]):
            continue  # 'PT Nusa Air Dimas': the company's name runs on
        if any(c not in (NAME, INITIAL) for c in classes[k + 1 :]):
            continue
        if _office_closed(tokens[k - 1][0], classes[k - 1], lex) and (
            plain_common(word, lex) or low in lex.head_names
        ):
            classes[k] = NAME
