"""1.8.0: names cut or glued at their edges.

Invented sentences; each present row fails without its rule, each guard row (an absent name)
fails when its guard is taken out.
"""

from __future__ import annotations

import pytest
from extract_support import assert_people, assert_speaker

from newsdb.extract import extract
from newsdb.records import ParsedArticle

# A capitalised word before a name that a speech cue of the article names alone opens the name.
# (id, paragraphs, present, absent)
LEAD_CASES: list[tuple[str, tuple[str, ...], set[str], set[str]]] = [
    (
        "a stopword given name that a cue names alone",
        (
            "Sementara itu, Tata Wiranegara dari lembaga swadaya itu mengakui ada masalah.",
            '"Kami sudah melapor berkali-kali," kata Tata.',
        ),
        {"Tata Wiranegara"},
        {"Wiranegara"},
    ),
    (
        "a common-word given name cut from the surname after an office",
        (
            "Kepala Dinas Perikanan Bintang Sulistyono meninjau tambak warga.",
            '"Panennya bagus tahun ini," ujar Bintang di lokasi.',
        ),
        {"Bintang Sulistyono"},
        {"Bintang", "Sulistyono"},
    ),
    (
        "the last word of a role in Title Case is the given name the cue uses",
        (
            "Hadir pula Chief Financial Officer Surya Hadiwinata dalam rapat itu.",
            '"Laba kami naik," kata Surya.',
        ),
        {"Surya Hadiwinata"},
        {"Hadiwinata"},
    ),
    (
        "the word alone opens a clause before a speech verb",
        (
            "Hal itu dibenarkan humas rumah sakit, Pesta Marbun.",
            "Pesta mengatakan, pasien sudah pulang sejak pagi.",
        ),
        {"Pesta Marbun"},
        {"Marbun"},
    ),
    (
        "guard: a pronoun opening a clause names nobody",
        (
            "Pemain asal Brasil itu, Dia Ronaldino, kembali berlatih.",
            "Dia mengatakan, kondisinya sudah pulih.",
        ),
        set(),
        {"Dia Ronaldino"},
    ),
    (
        "guard: a role word named by the cue stays the role",
        (
            "Presiden Rudi Hartawan membuka acara itu di Bogor.",
            '"Kita harus bekerja," kata Presiden.',
        ),
        {"Rudi Hartawan"},
        {"Presiden Rudi Hartawan"},
    ),
    (
        "guard: a brand the lexicon never takes for a name",
        (
            "Direktur Pertamina Agus Wibisono menjelaskan rencana itu.",
            '"Stok aman," ujar Pertamina dalam keterangannya.',
        ),
        {"Agus Wibisono"},
        {"Pertamina Agus Wibisono"},
    ),
    (
        "guard: without a cue naming the word alone, nothing changes",
        (
            "Sementara itu, Tata Wiranegara dari lembaga swadaya itu mengakui ada masalah.",
            '"Kami sudah melapor berkali-kali," kata dia.',
        ),
        set(),
        {"Tata Wiranegara"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "present", "absent"), [c[1:] for c in LEAD_CASES], ids=[c[0] for c in LEAD_CASES]
)
def test_cued_leads(paragraphs: tuple[str, ...], present: set[str], absent: set[str]) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs), present, absent)


def test_cued_lead_takes_the_quotation_and_drops_from_the_role() -> None:
    article = ParsedArticle(
        paragraphs=(
            "Hadir pula Chief Financial Officer Surya Hadiwinata dalam rapat itu.",
            '"Laba kami naik," kata Surya.',
        )
    )
    assert_speaker(article, "Laba kami naik", "Surya Hadiwinata")
    person = next(p for p in extract(article).people if p.name == "Surya Hadiwinata")
    assert person.roles == ("Chief Financial Officer",)


# A capitalised name particle between a known given name and a name word joins them.
PARTICLE_CASES: list[tuple[str, tuple[str, ...], set[str], set[str]]] = [
    (
        "a capitalised particle inside a footballer's name",
        ("Gelandang tim tamu, Marco De Santini, mencetak gol kedua.",),
        {"Marco De Santini"},
        {"Santini"},
    ),
    (
        "a particle and its link word",
        ("Lini belakang diisi Carlos De La Fuentes dan Rudi Hartawan.",),
        {"Carlos De La Fuentes"},
        {"La Fuentes", "Carlos"},
    ),
    (
        "an Arabic patronymic capitalised",
        ("Pelaku bernama Iwan Bin Sulaeman ditangkap di rumahnya.",),
        {"Iwan Bin Sulaeman"},
        {"Sulaeman"},
    ),
    (
        "guard: the lower-case preposition is no particle",
        ("Sore itu, Bupati Andi Saputra bertemu warga Andi di Cikarangsari.",),
        {"Andi Saputra"},
        {"Andi di Cikarangsari"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "present", "absent"), [c[1:] for c in PARTICLE_CASES], ids=[c[0] for c in PARTICLE_CASES]
)
def test_capital_particles(paragraphs: tuple[str, ...], present: set[str], absent: set[str]) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs), present, absent)


# A capitalised common word after a known given name and before another name word is a middle name.
MIDDLE_CASES: list[tuple[str, tuple[str, ...], set[str], set[str]]] = [
    (
        "a common word between a known given name and an unknown surname",
        ("Acara itu dibuka Deputi Bidang Pemasaran Kementerian Pariwisata Wisnu Bawa Sukmajati.",),
        {"Wisnu Bawa Sukmajati"},
        {"Sukmajati", "Wisnu Bawa"},
    ),
    (
        "a Korean given name split by a common syllable",
        ('"Saya gugup," ujar aktris Kim Ga Yeonhwa kepada wartawan.',),
        {"Kim Ga Yeonhwa"},
        {"Kim", "Yeonhwa"},
    ),
    (
        "guard: a function word in Title Case links two names",
        ("Sore itu tampil Arif Bersama Sukmajati di panggung utama.", '"Senang sekali," kata Sukmajati.'),
        {"Sukmajati"},
        {"Arif Bersama Sukmajati"},
    ),
    (
        "guard: a verb form in Title Case after a name",
        ("Dalam video itu tertulis Budi Santoso Diberi Kursi Roda oleh panitia.",),
        set(),
        {"Budi Santoso Diberi Kursi Roda", "Santoso Diberi Kursi Roda"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "present", "absent"), [c[1:] for c in MIDDLE_CASES], ids=[c[0] for c in MIDDLE_CASES]
)
def test_middle_names(paragraphs: tuple[str, ...], present: set[str], absent: set[str]) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs), present, absent)
