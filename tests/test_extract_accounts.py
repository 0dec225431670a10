"""Speaker habits for 1.7.0: who a pronoun cue means after someone's account. Invented
sentences, one row per rule; each row fails when its rule (or the guard it names) is taken out.

Rows: paragraphs, the start of a direct quotation, its speaker.
"""

from __future__ import annotations

import pytest
from extract_support import assert_speaker

from newsdb.records import ParsedArticle

# (id, paragraphs, start of the quotation, speaker)
SPEAKER_CASES: list[tuple[str, tuple[str, ...], str, str | None]] = [
    (
        "a report goes on after its first sentence: a name later in the paragraph is no pronoun's target",
        (
            '"Pasien dirawat sejak Senin," ujar Kepala Dinas Kesehatan Rudi Hartanto.',
            "Rudi mengatakan, pasien itu dirawat di ruang isolasi. Namun kondisinya memburuk. "
            "Sampai pagi tadi, Joni Saragih masih belum sadar.",
            '"Keluarga sudah kami kabari," katanya.',
        ),
        "Keluarga sudah",
        "Rudi Hartanto",
    ),
    (
        "'Menurut X,' opens an account that the next sentence goes on with",
        (
            '"Pelaku sudah kami tahan," kata Kapolsek Tanjung Sari Kompol Budiman Lase.',
            "Menurut Budiman, perkelahian itu berawal dari utang. Di mana Yosef Kartiko meminjam uang "
            "kepada pelaku.",
            '"Jumlahnya hanya Rp 300 ribu," jelasnya.',
        ),
        "Jumlahnya hanya",
        "Budiman Lase",
    ),
    (
        "a report by a pronoun ('Ia menjelaskan,') goes on too",
        (
            '"Usulan itu sudah lama," ujar anggota DPRD Sinta Maharani.',
            "Ia menjelaskan, usulan itu pernah dibahas. Namun, pembahasan berhenti setelah Gubernur "
            "Anton Simanjuntak menolaknya.",
            '"Kami akan ajukan lagi tahun depan," ungkapnya.',
        ),
        "Kami akan ajukan",
        "Sinta Maharani",
    ),
    (
        "'Menurutnya,' makes a name in its sentence no pronoun's target",
        (
            '"Kami bangga," ucap Darmin Suyatno, pengemudi asal Bekasi.',
            "Menurutnya, acara itu bukti para pengemudi mendukung Gilang Prasetyo menjadi menteri. "
            '"Soal demo, saya tidak tahu," tegasnya.',
        ),
        "Soal demo",
        "Darmin Suyatno",
    ),
    (
        "guard: a sentence that turns away ('Sementara itu,') ends the account",
        (
            '"Jalan sudah dibuka," kata Kepala Dinas PU Hendra Wiratama.',
            "Hendra mengatakan, perbaikan selesai pekan lalu. Sementara itu, Lukas Wenda tiba di lokasi "
            "bersama warga.",
            '"Kami lega jalan ini bisa dilewati lagi," katanya.',
        ),
        "Kami lega",
        "Lukas Wenda",
    ),
    (
        "guard: a sentence opening with a named speaker ends the account before it",
        (
            '"Proyek itu mundur," kata Rina Sutopo.',
            "Rina mengatakan, jadwal itu bergeser dua bulan. Kepala Riset Kaliber Baskoro Adinegoro "
            'menyebut rencana itu "Proyek Garuda".',
            '"Kami perlu waktu lebih," katanya.',
        ),
        "Kami perlu",
        "Baskoro Adinegoro",
    ),
    (
        "a name the narration is about in a later paragraph does not take a pronoun from a recent voice",
        (
            "Warga Desa Sukamaju, Dodi Kurniawan, tewas setelah dikeroyok.",
            '"Banyak orang ikut memukul dia," ujar Heru Prasetyo.',
            "Akibat pengeroyokan itu Dodi jatuh dan tak sadarkan diri.",
            '"Saat kami mandikan, banyak sekali luka," katanya.',
        ),
        "Saat kami",
        "Heru Prasetyo",
    ),
    (
        "guard: a name with its role is a new voice",
        (
            "Warga Desa Sukamaju, Bagus Wiratama, tewas. Camat Rahmat Hidayat sudah dikabari.",
            '"Banyak orang ikut memukul dia," ujar Heru Prasetyo.',
            "Camat Rahmat Hidayat mendatangi rumah duka.",
            '"Kami akan bantu keluarga," katanya.',
        ),
        "Kami akan bantu",
        "Rahmat Hidayat",
    ),
    (
        "guard: a person first named in that paragraph is a new voice",
        (
            "Ratusan penumpang tertahan di stasiun.",
            '"Saya menunggu dua jam," kata Nugroho Saputro.',
            "Begitu juga dengan Handoko Wibisono (40). Handoko Wibisono biasanya sudah sampai rumah.",
            '"Saya baru tahu dari berita," ucap dia.',
        ),
        "Saya baru tahu",
        "Handoko Wibisono",
    ),
    (
        "guard: the name in the quotation's own paragraph keeps the pronoun",
        (
            "Wasit Hendra Saputra memimpin laga pembuka.",
            '"Ini kebanggaan kita," kata Erwin Tohari.',
            'Hendra Saputra bersyukur atas kesempatan itu. "Semoga wasit lain menyusul," katanya.',
        ),
        "Semoga wasit",
        "Hendra Saputra",
    ),
    (
        "guard: a speech verb after the name makes it a new voice ('menambahkan' is also a modifier)",
        (
            "Warga Desa Sukamaju, Bagus Wiratama, tewas. Rahmat Hidayat dan warga lain tiba di lokasi.",
            '"Banyak orang ikut memukul dia," ujar Heru Prasetyo.',
            "Rahmat Hidayat menambahkan hal serupa.",
            '"Kami akan bantu keluarga," katanya.',
        ),
        "Kami akan bantu",
        "Rahmat Hidayat",
    ),
    (
        "guard: a reply verb after the name makes it a new voice",
        (
            "Warga Desa Sukamaju, Bagus Wiratama, tewas. Rahmat Hidayat dan warga lain tiba di lokasi.",
            '"Banyak orang ikut memukul dia," ujar Heru Prasetyo.',
            "Rahmat Hidayat menjawab singkat pertanyaan warga.",
            '"Kami akan bantu keluarga," katanya.',
        ),
        "Kami akan bantu",
        "Rahmat Hidayat",
    ),
    (
        "guard: a turn opening the name's sentence makes it a new voice",
        (
            "Warga Desa Sukamaju, Bagus Wiratama, tewas. Rahmat Hidayat dan warga lain tiba di lokasi.",
            '"Banyak orang ikut memukul dia," ujar Heru Prasetyo.',
            "Sementara itu, Rahmat Hidayat datang ke rumah duka.",
            '"Kami akan bantu keluarga," katanya.',
        ),
        "Kami akan bantu",
        "Rahmat Hidayat",
    ),
    (
        "guard: a Title Case role before the name in its sentence makes it a new voice",
        (
            "Warga Desa Sukamaju, Bagus Wiratama, tewas. Rahmat Hidayat dan warga lain tiba di lokasi.",
            '"Banyak orang ikut memukul dia," ujar Heru Prasetyo.',
            "Sementara Kepala Desa Sukamaju, Rahmat Hidayat datang ke rumah duka.",
            '"Kami akan bantu keluarga," katanya.',
        ),
        "Kami akan bantu",
        "Rahmat Hidayat",
    ),
    (
        "guard: a role after 'selaku' makes the name a new voice",
        (
            "Warga Desa Sukamaju, Bagus Wiratama, tewas. Rahmat Hidayat dan warga lain tiba di lokasi.",
            '"Banyak orang ikut memukul dia," ujar Heru Prasetyo.',
            "Rahmat Hidayat selaku tetua adat datang ke rumah duka.",
            '"Kami akan bantu keluarga," katanya.',
        ),
        "Kami akan bantu",
        "Rahmat Hidayat",
    ),
    (
        "guard: a person narrated as seen ('tampak') may speak next",
        (
            "Warga Desa Sukamaju, Dodi Kurniawan, ditangkap polisi.",
            '"Pelaku sudah kami tahan," ujar Kapolsek Heru Prasetyo.',
            "Dodi tampak menunduk saat digiring ke sel.",
            '"Saya khilaf," katanya.',
        ),
        "Saya khilaf",
        "Dodi Kurniawan",
    ),
    (
        "guard: a person narrated as met ('ditemui') may speak next",
        (
            "Warga Desa Sukamaju, Dodi Kurniawan, ditangkap polisi.",
            '"Pelaku sudah kami tahan," ujar Kapolsek Heru Prasetyo.',
            "Saat ditemui wartawan, Dodi hanya tersenyum.",
            '"Saya khilaf," katanya.',
        ),
        "Saya khilaf",
        "Dodi Kurniawan",
    ),
    (
        "guard: the narration rule reaches two paragraphs after the voice, not four",
        (
            "Warga Desa Sukamaju, Dodi Kurniawan, ditangkap polisi.",
            '"Pelaku sudah kami tahan," ujar Kapolsek Heru Prasetyo.',
            "Akibat perbuatannya itu Dodi harus mendekam di sel.",
            "Dodi diperiksa penyidik selama tiga jam. Polisi menyita sepeda motor.",
            "Dodi kemudian dibawa ke ruang tahanan.",
            '"Saya menyesal," katanya.',
        ),
        "Saya menyesal",
        "Dodi Kurniawan",
    ),
    (
        "guard: a person who was a voice before is no name the narration is only about",
        (
            '"Saya tidak bersalah," kata Dodi Kurniawan.',
            '"Pelaku sudah kami tahan," ujar Kapolsek Heru Prasetyo.',
            "Akibat perbuatannya itu Dodi harus mendekam di sel.",
            '"Saya menyesal," katanya.',
        ),
        "Saya menyesal",
        "Dodi Kurniawan",
    ),
    (
        "guard: a sentence opening with a name ends the account only before a speech verb",
        (
            '"Pasien dirawat sejak Senin," ujar Kepala Dinas Kesehatan Rudi Hartanto.',
            "Rudi mengatakan, pasien itu dirawat di ruang isolasi. Joni Saragih masih belum sadar "
            "sampai pagi tadi.",
            '"Keluarga sudah kami kabari," katanya.',
        ),
        "Keluarga sudah",
        "Rudi Hartanto",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"), [c[1:] for c in SPEAKER_CASES], ids=[c[0] for c in SPEAKER_CASES]
)
def test_speaker_accounts(paragraphs: tuple[str, ...], text: str, speaker: str | None) -> None:
    assert_speaker(ParsedArticle(paragraphs=paragraphs), text, speaker)
