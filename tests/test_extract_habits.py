"""Error habits found on unseen bulk articles (issue #4): invented sentences, one row per rule.

Each row: paragraphs, headline, names that must be people, names that must not be.
"""

from __future__ import annotations

import pytest

from newsdb.extract import extract
from newsdb.records import ParsedArticle

# (id, paragraphs, title, present, absent)
PEOPLE_CASES: list[tuple[str, tuple[str, ...], str | None, set[str], set[str]]] = [
    (
        "a surname written alone twice vouches for the full name",
        (
            "Dalam balapan itu, Dominic Lautner bersaing dengan Giorgio Balestri di lap kedua.",
            "Lautner mengalami kecelakaan, sementara Balestri selamat.",
            "Tim medis segera menolong Lautner dan Balestri di lintasan.",
        ),
        None,
        {"Dominic Lautner", "Giorgio Balestri"},
        {"Lautner", "Balestri"},
    ),
    (
        "a surname that is a speaker vouches for the full name",
        ("Di sirkuit itu Tobias Renwick tampil baik.", '"Saya senang," kata Renwick.'),
        None,
        {"Tobias Renwick"},
        {"Renwick"},
    ),
    (
        "a word written after a place word is no surname",
        (
            "Ia berlibur ke Kepulauan Sanorra dan Tanjung Merbau.",
            "Warga Merbau menyambut. Banyak yang datang ke Merbau tahun ini.",
        ),
        None,
        set(),
        {"Tanjung Merbau"},
    ),
    (
        "a product named by its last word, its first word alone too, is no person",
        (
            "Mobil Torvan Elantre dijual murah. Elantre hadir dengan mesin baru.",
            "Harga Elantre naik, kata pihak Torvan.",
        ),
        None,
        set(),
        {"Torvan Elantre"},
    ),
]


def _people(paragraphs: tuple[str, ...], title: str | None) -> set[str]:
    article = ParsedArticle(paragraphs=paragraphs, title=title)
    return {p.name for p in extract(article).people}


@pytest.mark.parametrize(
    ("paragraphs", "title", "present", "absent"),
    [c[1:] for c in PEOPLE_CASES],
    ids=[c[0] for c in PEOPLE_CASES],
)
def test_people_habits(
    paragraphs: tuple[str, ...], title: str | None, present: set[str], absent: set[str]
) -> None:
    people = _people(paragraphs, title)
    assert present <= people, sorted(people)
    assert not (absent & people), sorted(people)
