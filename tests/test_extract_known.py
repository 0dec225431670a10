"""1.6.0 names: full names known from the rest of the corpus (``data/id/people_derived.json``),
an office's field and lists of officials, holders after an institution's name, couples of known
given names.

One table of invented sentences. A full name that other articles name with a role or a quotation
is a person where an article writes it with no evidence of its own; each present row fails without
its rule, each guard row without its guard, and the absent rows of listed names fail if the match
were looser than the name as written.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from extract_support import assert_people

from newsdb.extract.lexicon import get_lexicon
from newsdb.records import ParsedArticle

DATA = Path(__file__).resolve().parents[1] / "newsdb" / "extract" / "data" / "id"

# (id, paragraphs, present, absent)
CASES: list[tuple[str, tuple[str, ...], set[str], set[str]]] = [
    # names known from the corpus
    (
        "a listed full name with no title, cue or list around it",
        ("Di acara itu, hadir pula Greysia Polii yang baru pulang dari turnamen.",),
        {"Greysia Polii"},
        set(),
    ),
    (
        "a listed full name that opens a sentence",
        ("Kivlan Zen tiba di gedung itu sekitar pukul 10.00 WIB dengan rombongannya.",),
        {"Kivlan Zen"},
        set(),
    ),
    (
        "only the name as written: another spelling is not vouched for",
        ("Di acara itu, hadir pula Greysia Poliy yang baru pulang dari turnamen.",),
        set(),
        {"Greysia Poliy"},
    ),
    # offices: fields and lists
    (
        "'Kabinet' after an office is the office's field, not the head of a place name",
        ("Hal itu disampaikan Sekretaris Kabinet Rudy Santosa Wibisono di Istana.",),
        {"Rudy Santosa Wibisono"},
        set(),
    ),
    (
        "'Keluarga' after an office is the office's field",
        ("Psikolog Anak dan Keluarga Wulansari menyarankan orang tua lebih sabar.",),
        {"Wulansari"},
        set(),
    ),
    (
        "in a list of officials a one-word name after the next office is that official",
        (
            "Tampak hadir Menteri Hukum Darmawan Ponco, Menteri Perdagangan Wirjoharsi, "
            "Menteri Kehutanan Heru Basuki Mulyo.",
        ),
        {"Darmawan Ponco", "Wirjoharsi", "Heru Basuki Mulyo"},
        set(),
    ),
    (
        "guard: a one-word organisation after the role that describes the name before the comma",
        ("Ernest Rettobjaan, CEO Kolabora, mengatakan pasar sedang lesu.",),
        {"Ernest Rettobjaan"},
        {"Kolabora"},
    ),
    # holders after an institution's name
    (
        "an office, an institution and its name, then a known name word: the holder",
        ("Rektor Universitas Andalusa Budi Wirasena mengatakan kampus tetap buka.",),
        {"Budi Wirasena"},
        {"Andalusa Budi Wirasena"},
    ),
    (
        "the office in lower case before the run",
        ('"Putusan itu final," kata pakar hukum Universitas Andalusa Budi Wirasena.',),
        {"Budi Wirasena"},
        set(),
    ),
    (
        "the office in lower case before an institution named after a place",
        ('"Itu wajar," kata pengamat politik Universitas Indonesia Budi Wirasena.',),
        {"Budi Wirasena"},
        set(),
    ),
    (
        "an officer of a village",
        ("Ketua RT 05 Kelurahan Sukamekar Edi Wirasena mengatakan warga tenang.",),
        {"Edi Wirasena"},
        set(),
    ),
    (
        "guard: a resident of a village is no office",
        ("Warga Desa Sukamekar Ahmad Wirasena melapor ke polisi.",),
        set(),
        {"Ahmad Wirasena"},
    ),
    (
        "guard: a street's name after its head holds no holder (streets are named after people)",
        ('"Macet sekali," kata pedagang Jalan Kenanga Ahmad Wirasena.',),
        set(),
        {"Ahmad Wirasena"},
    ),
    (
        "guard: a street named after a place is no institution named after a place",
        ('"Macet sekali," kata pedagang Jalan Bandung Ahmad Wirasena.',),
        set(),
        {"Ahmad Wirasena"},
    ),
    (
        "guard: an institution named after a person keeps its name words (no holder split inside it)",
        ('"Itu wajar," kata pengamat politik Universitas Ahmad Dahlan Budi Wirasena.',),
        set(),
        {"Dahlan Budi Wirasena", "Budi Wirasena"},
    ),
    (
        "guard: a place named after a titled person",
        ("Kepala Stasiun Meteorologi Sultan Mahmud Wirasena mengatakan hujan turun.",),
        set(),
        {"Mahmud Wirasena"},
    ),
    # couples of known given names
    (
        "two known given names joined by 'dan' are two people",
        ("Polisi menangkap Rizki dan Arif di sebuah rumah kontrakan.",),
        {"Rizki", "Arif"},
        set(),
    ),
    (
        "guard: one of them no known given name",
        ("Polisi menangkap Rizki dan Kowalaski di sebuah rumah kontrakan.",),
        set(),
        {"Rizki", "Kowalaski"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "present", "absent"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_known_people(paragraphs: tuple[str, ...], present: set[str], absent: set[str]) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs), present, absent)


def test_known_people_pass_the_derivation_filters() -> None:
    """The shipped list holds what its ``_doc`` says (``bench/derive_known_people.py``): two words or
    more, none a role, rank, organisation head, place or stopword, the last no common word, the
    first no organisation's short form written in capitals (``BI Onny Widjanarko``), and none of
    the names read wrong by hand (``people_denied.json``: ``Joong Ki``)."""
    lex = get_lexicon("id")
    denied = json.loads((DATA / "people_denied.json").read_text(encoding="utf-8"))["names"]
    assert len(lex.known_people) > 1000
    assert "Joong Ki" in denied and not lex.known_people & set(denied)
    stops = (lex.ranks, lex.org_heads, lex.places, lex.stopwords)
    for name in lex.known_people:
        words = [w.casefold() for w in name.split()]
        assert len(words) >= 2, name
        assert not any(lex.is_role_word(w) or any(w in s for s in stops) for w in words), name
        assert words[-1] not in lex.common, name
        assert name.split()[0] not in {"BI", "PU", "PK", "PM", "MU"}, name
