"""Error habits for 1.5.0 (issue #4), from heldout5's misses and 25 more unseen bulk articles:
invented sentences, one row per rule; each row fails when its rule (or the guard it names) is
taken out.

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
        "a name joined by 'dan' to a person is a person",
        ("Penggemar Ardelia kaget.", "Hubungan Ardelia dan Simon Tambunan kini berakhir."),
        {"Ardelia", "Simon Tambunan"},
        set(),
    ),
    (
        "a couple after a naming word: the second one too",
        ("Desi tewas bersama kedua anaknya bernama Juwono dan Bastyan.",),
        {"Juwono", "Bastyan"},
        set(),
    ),
    (
        "a role after 'selaku' makes a two-word name a person",
        ("Wirjan Pluvim selaku Kapten tim, menyebut, Persigo bukanlah tim yang mudah.",),
        {"Wirjan Pluvim"},
        set(),
    ),
    (
        "half of a hyphenated name is not vouched by the couple",
        ("Kiper Jan Oblak dan Marc-Andre Ter Stegen masuk daftar itu.",),
        set(),
        {"Marc"},
    ),
]


# (id, headline, paragraphs, present, absent)
HEADLINE_CASES: list[tuple[str, str, tuple[str, ...], set[str], set[str]]] = [
    (
        "a headline pair with a known name word fills out the body's one-word name",
        "Nikita Marzuki Punya Rumah Mewah di Bogor",
        ("Rumah itu dibeli Nikita tahun lalu.", "Harga rumah Nikita mencapai Rp 5 miliar."),
        {"Nikita Marzuki"},
        set(),
    ),
    (
        "a headline pair of unknown words names nobody",
        "Badai Tropis Lingling Picu Gelombang Tinggi",
        ("Pusat badai Lingling bergerak ke utara.",),
        set(),
        {"Lingling Picu", "Lingling"},
    ),
]


@pytest.mark.parametrize(
    ("title", "paragraphs", "present", "absent"),
    [c[1:] for c in HEADLINE_CASES],
    ids=[c[0] for c in HEADLINE_CASES],
)
def test_headline_voices(
    title: str, paragraphs: tuple[str, ...], present: set[str], absent: set[str]
) -> None:
    assert_people(ParsedArticle(title=title, paragraphs=paragraphs), present, absent)


@pytest.mark.parametrize(
    ("paragraphs", "present", "absent"), [c[1:] for c in PEOPLE_CASES], ids=[c[0] for c in PEOPLE_CASES]
)
def test_people_voices(paragraphs: tuple[str, ...], present: set[str], absent: set[str]) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs), present, absent)


# (id, paragraphs, start of the quotation, speaker)
SPEAKER_CASES: list[tuple[str, tuple[str, ...], str, str | None]] = [
    (
        "a quotation standing alone after a quoted paragraph goes on with that speaker",
        (
            '"Kami bermain baik malam ini," kata pelatih Persigo, Bram Sutejo.',
            '"Para pemain sudah bekerja keras sejak awal musim."',
        ),
        "Para pemain",
        "Bram Sutejo",
    ),
    (
        "a quotation standing alone after reported speech goes on with the reporter's subject",
        (
            "Wiryo Tambunan mengatakan bahwa timnya belum siap. Tapi pelan-pelan kondisi membaik.",
            '"Kami butuh waktu untuk menyatu sebagai tim."',
        ),
        "Kami butuh",
        "Wiryo Tambunan",
    ),
    (
        "a narrative paragraph between: nobody goes on",
        (
            '"Kami bermain baik malam ini," kata pelatih Persigo, Bram Sutejo.',
            "Pertandingan itu disaksikan ribuan penonton di stadion.",
            '"Para pemain sudah bekerja keras sejak awal musim."',
        ),
        "Para pemain",
        None,
    ),
    (
        "a name inside a quotation is no subject for a later pronoun",
        (
            '"Seperti ditegaskan Presiden Wiryo Tambunan, tidak ada kompromi," kata Bram Sutejo.',
            "Dia menambahkan, kerja pemberantasan korupsi harus berlanjut.",
            '"Jangan ragukan komitmen kami," pungkasnya.',
        ),
        "Jangan ragukan",
        "Bram Sutejo",
    ),
    (
        "a name opening a report by a pronoun ('Menurutnya, X …') is no subject for a later pronoun",
        (
            '"Kami mendukung pemerintah," kata Rosalina Rumambi.',
            "Menurutnya, Presiden Wiryo Tambunan memilih sendiri para pembantunya.",
            '"Kami apresiasi langkah itu," tuturnya.',
        ),
        "Kami apresiasi",
        "Rosalina Rumambi",
    ),
    (
        "after an unnamed speaker nobody named goes on",
        (
            '"Kami bermain baik malam ini," kata pelatih Persigo, Bram Sutejo.'
            ' "Penontonnya luar biasa," kata seorang warga.',
            '"Saya datang sejak siang."',
        ),
        "Saya datang",
        None,
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"), [c[1:] for c in SPEAKER_CASES], ids=[c[0] for c in SPEAKER_CASES]
)
def test_speaker_voices(paragraphs: tuple[str, ...], text: str, speaker: str | None) -> None:
    assert_speaker(ParsedArticle(paragraphs=paragraphs), text, speaker)
