"""Error habits ranked on 40 unseen bulk articles for 1.4.0 (issue #4): invented sentences, one
row per rule; each row fails when its rule (or the guard it names) is taken out.

People rows: paragraphs, names that must be people, names that must not be.
Speaker rows: paragraphs, the start of a direct quotation, its speaker.
"""

from __future__ import annotations

import pytest
from extract_support import assert_people, assert_speaker

from newsdb.records import ParsedArticle

# (id, paragraphs, present, absent)
PEOPLE_CASES: list[tuple[str, tuple[str, ...], set[str], set[str]]] = [
    (
        "a foreign given name makes two words a person",
        ("Gol pembuka dicetak Dries Vanrooij pada menit ke-12, disusul Mohamed Kaboré.",),
        {"Dries Vanrooij", "Mohamed Kaboré"},
        set(),
    ),
    (
        "Imam and Aulia are given names",
        ("Menteri Imam Sudrajat bertemu wartawan. Setelah itu Aulia Praminta tiba di bandara.",),
        {"Imam Sudrajat", "Aulia Praminta"},
        set(),
    ),
    (
        "a resident or kin noun after a name makes it a person",
        (
            "Truk itu dikemudikan Wuryo, warga Desa Sukamaju, Kecamatan Cibinong.",
            "Rekaman itu diunggah Sandrina Pakpahan, istri muda Bonar.",
            "Kondisi itu dialami Mirnawati Sulung, seorang ibu berusia 27 tahun.",
        ),
        {"Wuryo", "Sandrina Pakpahan", "Mirnawati Sulung"},
        set(),
    ),
    (
        "a capital's apposition, neighbours and a new subject make nobody a person",
        (
            "Asap menyelimuti Palokaya, ibu kota kabupaten itu.",
            "Hal itu disampaikan reporter Lembayung Pos, warga sekitar pun membenarkan.",
            "Menurut jurnal Annals of Tropical Medicine, remaja itu kehilangan penglihatan.",
        ),
        set(),
        {"Palokaya", "Lembayung Pos", "Medicine", "Tropical Medicine"},
    ),
    (
        "a role set after a two-word name makes it a person",
        ("Wuryo Pakpahan, Ketua RT setempat, melihat kejadian itu.",),
        {"Wuryo Pakpahan"},
        set(),
    ),
    (
        "a preposition before the name opens a clause: the apposition is the next subject's",
        (
            "Usai laga di Borsena Tumbak, pelatih tim tamu kecewa.",
            "Saat berkunjung ke Sandoro Kuwet, seorang penonton pingsan.",
        ),
        set(),
        {"Borsena Tumbak", "Sandoro Kuwet"},
    ),
    (
        "an apposition that ends before the next name describes that name",
        ("Melawan Borsena Tumbak, pelatih tim tamu, Marco Giampaolo kecewa.",),
        {"Marco Giampaolo"},
        {"Borsena Tumbak"},
    ),
    (
        "a single name after a case party in lower case is a person",
        ("Polisi menahan tersangka Wuryo di rumahnya.", "Jaksa menghadirkan saksi Azwarni dalam sidang."),
        {"Wuryo", "Azwarni"},
        set(),
    ),
    (
        "a case party vouches only for the word right after it",
        ("Bantuan dikirim bagi para korban Karhutla di Sumtera dan sekitarnya.",),
        set(),
        {"Sumtera", "Karhutla"},
    ),
    (
        "semicolons separate the members of a line-up",
        ("Susunan pemain Persiraja: Wandoko; Gilang Permadi, Kurniadi; Tampubolon, Rizky Sutejo.",),
        {"Wandoko", "Kurniadi", "Tampubolon"},
        set(),
    ),
    (
        "a nickname in brackets after a member does not break the list",
        ("Perbuatan itu dilakukan bersama Budi Santoso (Iwo), Tamrin (Amin), Sukardal, Kasno dan Halimun.",),
        {"Tamrin", "Sukardal", "Kasno", "Halimun"},
        {"Amin"},
    ),
    (
        "a circuit named after a person is a place",
        ("Balapan di Sirkuit Marco Simoncelli berlangsung seru.",),
        set(),
        {"Marco Simoncelli"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "present", "absent"), [c[1:] for c in PEOPLE_CASES], ids=[c[0] for c in PEOPLE_CASES]
)
def test_people_recall(paragraphs: tuple[str, ...], present: set[str], absent: set[str]) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs), present, absent)


# (id, paragraphs, start of the quotation, speaker)
SPEAKER_CASES: list[tuple[str, tuple[str, ...], str, str | None]] = [
    (
        "a name joined to another by 'dan' is no lone subject for a pronoun",
        (
            'Pelatih Bram Sutejo memuji timnya. "Kami bermain baik," kata Bram.',
            "Kemudian, Kevin Wandoko dan rekannya menyapa penonton di tribun.",
            '"Kami akan terus berlatih," ujarnya.',
        ),
        "Kami akan terus",
        "Bram Sutejo",
    ),
    (
        "a name after a preposition is no subject for a pronoun",
        (
            '"Kami siap," kata pelatih Persela, Nilmaizar.',
            "Begitu pula dengan Mauro Leal, yang tercatat pernah bermain di Sriwijaya FC.",
            '"Besok kami lihat lagi," ucap dia.',
        ),
        "Besok kami",
        "Nilmaizar",
    ),
    (
        "a region between an office and a rank belongs to the office, which names its holder",
        (
            "Kapolres Lembayung AKBP Wiryono mengatakan, pelaku sudah ditangkap.",
            '"Pelaku kami tahan," ujar Kapolres.',
        ),
        "Pelaku kami",
        "Wiryono",
    ),
    (
        "the possessor in a kin apposition is not the subject",
        (
            "Sugiarto, ayah Kevin Sanjaya, menuturkan dia mengarahkan anaknya."
            ' "Fasilitasnya lengkap," katanya.',
        ),
        "Fasilitasnya",
        "Sugiarto",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"), [c[1:] for c in SPEAKER_CASES], ids=[c[0] for c in SPEAKER_CASES]
)
def test_speaker_recall(paragraphs: tuple[str, ...], text: str, speaker: str | None) -> None:
    assert_speaker(ParsedArticle(paragraphs=paragraphs), text, speaker)
