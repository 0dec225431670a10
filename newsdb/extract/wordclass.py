"""Word classes of a capitalised run, from the lexicon (memoised per language and word)."""

from __future__ import annotations

import re
from typing import Final

from newsdb.extract.lexicon import Lexicon

Tokens = list[tuple[str, int, int]]  # the words of a run: (word, start, end)

# word classes
# (Final: the compiled build reads them as constants, not as module attributes)
NAME: Final = 0
INITIAL: Final = 1
ROLE: Final = 2
HONORIFIC: Final = 3
ORG: Final = 4
TAIL: Final = 5
OTHER: Final = 6
ACRONYM: Final = 7
LINKWORD: Final = 8
PARTICLE: Final = 9

# not "I": Balinese names open with it (I Wayan, I Gusti Ayu)
_ROMAN: Final = frozenset("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI XVII XVIII XIX XX".split())
# pe-…-an, ke-…-an nouns: Perhubungan, Ketenagakerjaan
_NOUN_RE: Final = re.compile(r"(?:pe|ke)\w{4,}(?<!w)an$")
# language → (classes of words not after a name word, classes of words after one)
_MEMO: dict[str, tuple[dict[str, int], dict[str, int]]] = {}
_MEMO_LIMIT: Final = 200_000


def _memos(language: str) -> tuple[dict[str, int], dict[str, int]]:
    memos = _MEMO.get(language)
    if memos is None:
        memos = _MEMO[language] = ({}, {})
    return memos


def classify(word: str, lex: Lexicon) -> int:
    """Class of a word on its own, as the first word of a run: :func:`classify_run` of
    ``[word]`` (memoised: the same words recur in every article)."""
    memo = _memos(lex.language)[False]
    cls = memo.get(word)
    if cls is None:
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        cls = memo[word] = _classify_word(word, False, lex)
    return cls


def classify_run(words: list[str], lex: Lexicon) -> list[int]:
    """Classes of the words of one run, in order, each after its predecessor's (memoised per
    language, word and whether a name word comes before it; the memos are fetched once per run)."""
    memos = _memos(lex.language)
    classes: list[int] = []
    prev, prev_word = -1, ""
    for word in words:
        cls = None
        if prev == ROLE and f"{prev_word.casefold()} {word.casefold()}" in lex.multiword_roles:
            cls = ROLE
        elif prev == OTHER and f"{prev_word.casefold()} {word.casefold()}" in lex.stopwords:
            cls = OTHER
        else:
            after_name = prev == NAME or prev == INITIAL
            memo = memos[after_name]
            cls = memo.get(word)
            if cls is None:
                if len(memo) > _MEMO_LIMIT:
                    memo.clear()
                cls = memo[word] = _classify_word(word, after_name, lex)
        classes.append(cls)
        prev, prev_word = cls, word
    if prev == INITIAL and prev_word == "A":
        classes[-1] = OTHER  # 'Serie A', 'Grup A': the capital stands for a name only between names
    return classes


def _classify_word(word: str, after_name: bool, lex: Lexicon) -> int:
    core = word.strip("()")
    low = core.casefold().rstrip(".")  # 'No.', 'Jr.': look the word up without its period
    if not core[:1].isalpha():
        return LINKWORD
    if core[:1].islower():
        return PARTICLE if low in lex.particles else LINKWORD
    bare = low.replace(".", "")
    if bare in lex.honorifics:
        return INITIAL if after_name and len(bare) == 1 else HONORIFIC  # 'Dharmawan H. Samsu'
    role_prefix = low.startswith(lex.role_prefixes) and len(low) > 7 and low not in lex.name_words
    if low in lex.role_heads or low in lex.ranks or low in lex.title_words or role_prefix:
        if after_name and low in lex.name_roles:
            return NAME
        return ROLE
    if "." in low and len(bare) <= 3 and core.rstrip(".").replace(".", "").isupper():
        return INITIAL
    if low in lex.org_tails:
        return TAIL if after_name else OTHER  # 'Djarum Foundation'; a tail never starts a name
    if low in lex.org_heads or (len(low) > 5 and low.startswith(lex.org_prefixes)):
        if not (low in lex.caps_only_heads and not core.isupper()):
            return ORG
    if after_name and len(core) == 1 and core.isupper():
        return INITIAL  # 'Salim A Fillah': a lone capital after a name word, even the stopword 'a'
    if low in lex.stopwords or low in lex.places or bare in lex.degrees:
        return OTHER
    if core in _ROMAN and not after_name:
        return OTHER  # 'KPK Wilayah V Dian Patria': the numeral closes the office
    if len(core) == 1:
        return INITIAL
    if any(c.isdigit() for c in core):
        return OTHER  # 'F2', 'G20'

    if core.isupper():
        if low in lex.court_titles and core == word:
            return NAME  # 'GKR Hemas': a court title opens the name; '(GKR)' after it in full stays initials
        return ACRONYM
    if low in lex.common:
        return OTHER
    verb_form = (len(low) > 5 and low.endswith("kan")) or (len(low) > 7 and low.endswith("nya"))
    verb_form = verb_form or (len(low) >= 9 and _NOUN_RE.match(low) is not None)  # 'Pendayagunaan'
    verb_form = verb_form or (len(low) >= 9 and low.endswith("isasi"))  # 'Standardisasi', 'Sosialisasi'
    if verb_form and low not in lex.name_words:
        return OTHER  # a verb of a headline ('Resmikan'), a clitic form ('Sepulangnya'), not a name
    return NAME


_ABBREVIATIONS: Final = frozenset(
    {
        "no",
        "co",
        "bd",
        "bp",
        "sp",
        "jl",
        "gg",
        "kp",
        "ds",
        "dk",
        "tn",
        "ny",
        "mt",
        "pk",
        "rt",
        "rw",
        "km",
        "kg",
        "ph",
        "md",
        "dg",
        "pt",
        "cv",
        "ra",
        "fc",
    }
)


def ends_sentence(core: str, lex: Lexicon) -> bool:
    """A period after a word of three letters or more ends a sentence; after two letters only when
    they are a given name ('kata Uu.'), not an abbreviation ('Dr.', 'St.', 'No.')."""
    if len(core) > 2:
        return True
    low = core.casefold()
    return (
        len(core) == 2
        and core[0].isupper()
        and core[1].islower()
        and low not in _ABBREVIATIONS
        and low not in lex.honorifics
        and low not in lex.degrees
        and low not in lex.stopwords
    )
