"""What the words around a mention say about it: ``bertajuk 'Konser … Ari Lasso'`` (a title),
``selaku CEO dari Optimus One`` (a company), ``bisnis baru bernama Bigo`` (a thing), ``Putra
Sinjai, Sulawesi Selatan ini`` (a native of a place)."""

from __future__ import annotations

import re

from newsdb.extract.lexicon import Lexicon
from newsdb.extract.wordclass import NAME, classify


def names_no_person(
    text: str, prev: list[str], end: int, role: str | None, title_word: str | None, lex: Lexicon
) -> bool:
    """Is the name ending at ``end`` an organisation, a thing or a place by what stands around it?
    ``prev``: the last three words of the 30 characters before the name."""
    if prev and prev[-1] == "dari" and role and role.endswith(" dari"):
        head = role.split()[0].casefold()  # 'selaku CEO dari Optimus One': the company
        if head in lex.role_heads and not (
            head in lex.not_offices or head in lex.kin or head in lex.relational
        ):
            return True
    if prev and prev[-1] == "bernama":
        things = [w.casefold() for w in prev[:-1] if w.casefold() not in ("baru", "yang")]
        if things and things[-1] in lex.things:
            return True  # 'bisnis baru bernama Bigo'
    if title_word in ("putra", "putri"):
        native = lex.native_re.match(text, end)
        return bool(native and native.group(1).casefold() in lex.places)
    return False


_TITLE_OPEN_RE = re.compile(r"(\w+)[ \u00a0]+['‘\"“]((?:[A-Z][\w'’-]*[ \u00a0]+)*(?:[a-z]{2,3}-)?)$")


def quoted_title(text: str, run_start: int, name_start: int, lex: Lexicon) -> bool:
    """``bertajuk 'Konser Perjalanan Panjang Ari Lasso'``: a name in marks after a word that
    introduces a title, or after other capitalised words inside single marks, is part of the title."""
    if run_start < 2 or text[run_start - 1] not in " \u00a0'‘\"“-":
        return False
    lo = max(0, run_start - 80)
    found = [at for at in (text.find(q, lo, run_start) for q in "'‘\"“") if at >= 0]
    if not found:
        return False  # no opening mark near: the common case
    # a match is a word, spaces and a mark, so it starts no earlier than the word before the
    # first mark: the search starts there (same match, fewer positions tried)
    pos = min(found)
    while pos > lo and text[pos - 1] in " \u00a0":
        pos -= 1
    while pos > lo and (text[pos - 1].isalnum() or text[pos - 1] == "_"):
        pos -= 1
    m = _TITLE_OPEN_RE.search(text, pos, run_start)
    if m is None:
        return False
    if m.group(1).casefold() in lex.title_nouns:
        return True
    single = text[m.end(1) : m.start(2)].strip() in ("'", "‘")
    return single and bool(m.group(2) or name_start > run_start)


def apposed_role(text: str, end: int, next_start: int, lex: Lexicon) -> str | None:
    """``Airlangga Hartarto, Ketua Umum Partai Golkar yang …``, ``Rahmat Subakti selaku CEO dari
    Optimus One sebagai …``: a role phrase set after the name, up to a comma or a clause; none when
    the phrase runs into the next name (``Jokowi, Menteri Keuangan Sri Mulyani``) or a verb."""
    m = lex.apposed_re.match(text, end)
    if m is None or m.end(1) > next_start:
        return None
    words = m.group(1).split()
    first = words[0].casefold()
    if len(words) > 10 or not (first in lex.role_heads or first in lex.ranks) or first in lex.kin:
        return None
    verb = lex.verb_re.match
    if any(verb(w) for w in words[1:]):
        return None
    last = words[-1]
    if text[m.end(1) : m.end(1) + 2].lstrip()[:1] == "(" or last in ("dan", "di", "atau", "serta", "dari"):
        return None  # 'Menteri Pertahanan (Menhan) Sjafrie': the role of the next name
    named = len(words) > 1 and last[:1].isupper() and classify(last, lex) == NAME
    if named or last.casefold() in lex.ranks:
        return None  # 'Kolonel Beben Nurfadilah', 'Ketua Bawaslu Kota Makassar Nursari': a name follows
    return " ".join(words)


def _noun_fits(noun: str, after: str | None, lex: Lexicon) -> bool:
    """Does the noun after the comma describe a person ('warga Desa …', 'istri muda …')?"""
    low = (after or "").casefold()
    if noun not in lex.apposed_nouns or low in lex.apposed_not or low in lex.apposition_breaks:
        return False  # 'Lima, ibu kota Peru', 'Medicine, remaja itu mulai …'
    if noun in lex.resident_nouns:  # 'warga Desa Sukamaju', not 'warga sekitar'
        return after is not None and (after[:1].isupper() or low.rstrip(".") in lex.residence_words)
    return True


def apposed_person(text: str, start: int, end: int, next_start: int, lex: Lexicon) -> bool:
    """``Joko, warga Masgar``, ``Aulia Kesuma, istri muda Pupung``, ``Mirna, seorang ibu …``: a noun
    set after the name (``start``–``end``) that only describes a person. Not after a preposition
    (see :func:`opens_clause`), nor when the phrase describes the next name (:func:`describes_next`)."""
    if lex.one_person_re.match(text, end) is None:
        m = lex.apposed_noun_re.match(text, end)
        if m is None or not _noun_fits(m.group(1), m.group(2), lex):
            return False
    return not opens_clause(text, start, lex) and not describes_next(text, end, next_start)


def opens_clause(text: str, start: int, lex: Lexicon) -> bool:
    """Does a preposition stand before the name and its capitalised words (``dilansir dari Soompi,
    pendiri …``, ``di Prefektur Kanagawa, seorang karyawan …``)? Then the comma ends an
    adverbial and what follows is a new subject."""
    for word in reversed(text[max(0, start - 40) : start].split()):
        if not word[:1].isupper():
            return word.casefold() in lex.clause_prepositions
    return False


def describes_next(text: str, end: int, next_start: int) -> bool:
    """Does the phrase after the comma at ``end`` close with a comma right before the next name
    (``melawan Brescia, pelatih AC Milan, Marco Giampaolo``)? Then it describes that name."""
    if next_start >= len(text):
        return False  # no name follows
    close = text.find(",", end + 1, next_start)
    if close < 0:
        return False
    return all(w[:1].isupper() for w in text[close + 1 : next_start].split())
