"""Error habits found on unseen bulk articles (issue #4): invented sentences, one row per rule.

Each row: paragraphs, headline, names that must be people, names that must not be.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from extract_support import assert_people, assert_speaker

from newsdb.extract import extract
from newsdb.extract.cues import _role_head as role_head
from newsdb.extract.lexicon import get_lexicon
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
            "Ia berlibur bersama Wiryo Merbau ke pantai.",
            "Merbau menyambut tamu. Merbau ramai sekali.",  # alone twice: only 'ke Merbau' rules it out
        ),
        None,
        set(),
        {"Tanjung Merbau", "Wiryo Merbau"},
    ),
    (
        "a product named by its last word, its first word alone too, is no person",
        (
            "Mobil Torvan Elantre dijual murah. Elantre hadir dengan mesin baru.",
            "Harga Elantre naik, kata pihak Torvan.",
            "Torvan menyebut Elantre laris.",  # 'Torvan' alone: only this rules the name out
        ),
        None,
        set(),
        {"Torvan Elantre"},
    ),
    (
        "capitals between a rank and a name are initials of the name",
        ('"Pelaku kami tangkap," ujar Kanit Reskrim Polsek Sei Tuan Iptu RK Simbolon.',),
        None,
        {"RK Simbolon"},
        {"Simbolon"},
    ),
    (
        "a corps word after a rank is no name word",
        ("Kepala Penerangan Kodiklat, Letnan Kolonel Kavaleri Yosef Manurung mengatakan berkas lengkap.",),
        None,
        {"Yosef Manurung"},
        {"Kavaleri Yosef Manurung"},
    ),
    (
        "a rank alone before initials is no person",
        ("Oknum polisi Polda Kaltim Brigpol RT (28) ditangkap.",),
        None,
        set(),
        {"Brigpol"},
    ),
    (
        "capitals after a title rank are an organisation ('Sekretaris Jenderal PBB')",
        ("Sekretaris Jenderal PBB Antonio Guterres hadir. Kapolda Jatim Irjen Pol ND Suryadi juga.",),
        None,
        {"Antonio Guterres", "ND Suryadi"},
        {"PBB Antonio Guterres", "Suryadi"},
    ),
    (
        "streets named after a titled person",
        ("Rumahnya di Jalan Letjen Suprapto dekat Jalan Dr Satrio dan Jalan Kapten Muslihat.",),
        None,
        set(),
        {"Suprapto", "Satrio", "Muslihat"},
    ),
    (
        "a service word with no rank before it is a given name; a corps word alone is no title",
        ("Ia finis di depan Pol Espargaro dari tim KTM.", "Ia bertugas di Detasemen Kavaleri Berkuda."),
        None,
        {"Pol Espargaro"},
        {"Espargaro", "Berkuda"},
    ),
    (
        "a common word after the place that closes an office opens the name",
        (
            '"Itu komitmen kami," kata Kepala Dinas Tata Air DKI Jakarta Hari Susanto, Rabu.',
            "Ketua Asosiasi Kopi Bali (AKB) Gede Wira Santika setuju.",
            "Dewan Pakar Master C19 Juri Hartono juga setuju.",
        ),
        None,
        {"Hari Susanto", "Gede Wira Santika", "Juri Hartono"},
        {"Susanto", "Wira Santika", "Hartono"},
    ),
    (
        "a bare short form keeps the common word in the organisation",
        ("Sekretaris Jenderal PDI Perjuangan Hasto Kristiyanto hadir.",),
        None,
        {"Hasto Kristiyanto"},
        {"Perjuangan Hasto Kristiyanto"},
    ),
    (
        "a place list after a mountain's name: the role word names the place",
        ("Pelaku ditangkap di Kabupaten Bogor, seperti Gunung Putri, Cikarangan, Cibatok hingga Cisarua.",),
        None,
        set(),
        {"Cikarangan"},
    ),
    (
        "a regional title with its region and compass word is no person",
        ("Mantan Bupati Tanjungmerah Barat dua periode ini menyarankan penataan lahan.",),
        None,
        set(),
        {"Tanjungmerah"},
    ),
    (
        "an -isasi noun is no name word",
        ("Asisten Deputi Standardisasi Jabatan dan Pengembangan Karier SDM, Aba Sumarna, mengatakan itu.",),
        None,
        {"Aba Sumarna"},
        {"Standardisasi Jabatan"},
    ),
    (
        "bracketed initials of the given names do not cut the name",
        ("Beredar kabar bahwa Presiden ketiga Bacharuddin Jusuf (BJ) Habibie sakit.",),
        None,
        {"Bacharuddin Jusuf Habibie"},
        {"Bacharuddin Jusuf", "Habibie"},
    ),
    (
        "a company's short form in brackets is no initials of a person",
        ("Direktur Utama PT Jasa Lintas Cikampek (JLC) Djoko Harsono memastikan itu.",),
        None,
        {"Djoko Harsono"},
        {"Jasa Lintas Cikampek Djoko Harsono"},
    ),
    (
        "a name inside a quoted title is part of the title",
        (
            "Konser yang bertajuk 'Konser Perjalanan Panjang Budi Lestaryo' ini digelar di Medan.",
            '"Saya senang sekali," kata Budi Lestaryo.',
            "Ia menulis disertasi 'Konsep Milk al-Yamin Ahmad Sudrajat sebagai Dasar Hukum' itu.",
        ),
        None,
        {"Budi Lestaryo"},
        {"Perjalanan Panjang Budi Lestaryo", "Yamin Ahmad Sudrajat", "Ahmad Sudrajat"},
    ),
    (
        "a dash with no spaces before an ordinary word ends the name; a reduplicated surname does not",
        (
            "Direksi Fuji Koesuma, Agus Miftahudin, dan M. Atras Mahendra-turut menyambut Simon.",
            "Hadir pula Siti Aminah Perangin-angin dan Presiden Moon Jae-in.",
        ),
        None,
        {"M Atras Mahendra", "Siti Aminah Perangin-angin", "Moon Jae-in"},
        {"M Atras Mahendra-turut"},
    ),
    (
        "credits in the body are staff, not people",
        (
            "Disadur dari: Bola.com (Penulis Rizka Hidayani / Wiwik Prayogo, published 01/09/2019)",
            "Pelaku masih di bawah umur. (Surya/Dono Prasetya),Artikel ini telah tayang di Tribunjatim.com",
            "Reporter: Vendi Yuliarto Susanto,Sumber: Merdeka",
            "Penulis buku itu, Budi Santoso, hadir.",
        ),
        None,
        {"Budi Santoso"},
        {"Rizka Hidayani", "Wiwik Prayogo", "Dono Prasetya", "Vendi Yuliarto Susanto"},
    ),
    (
        "the headline's surname after a one-word person of the body",
        ('"Saya rindu tampil," ucap Kendra.',),
        "Jadi Penonton, Kendra Jenlow Rindu Tampil di New York",
        {"Kendra Jenlow"},
        {"Kendra"},
    ),
    (
        "a headline verb the body writes in lower case is no surname",
        ('"Saya senang," kata Dubrov.', "Ia berhasil merebut gelar itu."),
        "Dubrov Rebut Gelar Juara",
        {"Dubrov"},
        {"Dubrov Rebut"},
    ),
    (
        "a headline pair whose surname the body gives to another full name",
        ('"Saya kurus," kata Aurel.', "Aurelie Hermanto hadir juga."),
        "Aurel Hermanto Kurus",
        set(),
        {"Aurel Hermanto"},
    ),
    (
        "an organisation or a place after a role word, a unit, a thing's name",
        (
            "Rahmat Sudarto selaku CEO dari Optimus Raya sebagai promotor hadir.",
            "Putra Sinjai, Sulawesi Selatan ini dikenal tegas. Ia pernah menjadi Komandan Peleton 2.",
            "Ia membuka bisnis baru bernama Bigora di Jakarta.",
            "Anak dari Maia Estianty itu berharap. Pria bernama Kasdi ditangkap.",
        ),
        None,
        {"Rahmat Sudarto", "Maia Estianty", "Kasdi"},
        {"Optimus Raya", "Sinjai", "Peleton", "Bigora"},
    ),
    (
        "a given name one slip apart with the same surname is the same person",
        (
            "Rahmat Sudarto selaku CEO hadir.",
            '"Kami setia," ungkap Rachmat Sudarto.',
            "Banyamin Davnie hadir. Benyamin Davnie lalu pulang. Benyamin tertawa.",
        ),
        None,
        {"Rahmat Sudarto", "Benyamin Davnie"},
        {"Rachmat Sudarto", "Banyamin Davnie", "Benyamin"},
    ),
    (
        "an age between commas after a name",
        ("Korban adalah Endi Budiyanto, 62, warga Bandung, dan Dedi Hidayat, 40, warga Cimahi.",),
        None,
        {"Endi Budiyanto", "Dedi Hidayat"},
        set(),
    ),
    (
        "the characters of a synopsis are no people; its cast named as such is",
        (
            "Ketika Satria ke kantor untuk bertemu dengan Rimba, Bu Astri marah.",
            '"Kamu kenapa?" kata Satria.',
            "Kisah Kang Chul (Lee Jongsuk) ini dibintangi pula oleh Vino Bastian.",
        ),
        "Sinopsis Sinetron 'Anak Langit' Episode 1082 Tayang Jumat",
        {"Lee Jongsuk", "Vino Bastian"},
        {"Satria", "Rimba", "Astri", "Kang Chul"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "title", "present", "absent"),
    [c[1:] for c in PEOPLE_CASES],
    ids=[c[0] for c in PEOPLE_CASES],
)
def test_people_habits(
    paragraphs: tuple[str, ...], title: str | None, present: set[str], absent: set[str]
) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs, title=title), present, absent)


# (id, paragraphs, name, the roles it carries, in this order)
ROLE_CASES: list[tuple[str, tuple[str, ...], str, list[str]]] = [
    (
        "a rank after the office is a second role",
        ("Kapolsek Ciranjang Kompol Kuslin Burhadi membenarkan kejadian tersebut.",),
        "Kuslin Burhadi",
        ["Kapolsek Ciranjang", "Kompol"],
    ),
    (
        "a rank with its service word",
        ("Hal itu dikatakan Kapolres Metro Jakarta Selatan Kombes Pol Bastoni Purnama.",),
        "Bastoni Purnama",
        ["Kapolres Metro Jakarta Selatan", "Kombes Pol"],
    ),
    (
        "a title that ends in a rank word stays whole",
        ("Sekretaris Jenderal TNI Budi Santoso datang.",),
        "Budi Santoso",
        ["Sekretaris Jenderal TNI"],
    ),
    (
        "rank and corps after the office before a comma",
        ("Kepala Penerangan Komando Pendidikan TNI AD, Letnan Kolonel Kavaleri Yosef Manurung menjelaskan.",),
        "Yosef Manurung",
        ["Kepala Penerangan Komando Pendidikan TNI AD", "Letnan Kolonel Kavaleri"],
    ),
    (
        "a role set after the name",
        ("Ia menuding pelemahan Airlangga Hartanto, Ketua Umum Partai Golkar yang didukung daerah.",),
        "Airlangga Hartanto",
        ["Ketua Umum Partai Golkar"],
    ),
    (
        "a role after 'selaku'",
        ("Rahmat Sudarto selaku CEO dari Optimus Raya sebagai promotor hadir.",),
        "Rahmat Sudarto",
        ["CEO dari Optimus Raya"],
    ),
    (
        "a role after a comma that belongs to the next name",
        ("Hadir Joko Widodo, Menteri Pertahanan (Menhan) Sjafrie Sjamsuddin, dan lainnya.",),
        "Joko Widodo",
        [],
    ),
    (
        "a role phrase with a demonstrative opening the next sentence",
        (
            "Wakil Ketua MPR Edi Suparno hadir di pameran itu.",
            "Waketum PAN ini mengaku bangga dengan produksi otomotif dalam negeri.",
        ),
        "Edi Suparno",
        ["Waketum PAN", "Wakil Ketua MPR"],
    ),
    (
        "no role from a demonstrative sentence when two people came before",
        (
            "Edi Suparno bertemu Dede Yusman di pameran itu.",
            "Waketum PAN ini mengaku bangga dengan produksi otomotif dalam negeri.",
        ),
        "Edi Suparno",
        [],
    ),
    (
        "no role from a demonstrative sentence for the nearer of two people either",
        (
            "Edi Suparno bertemu Dede Yusman di pameran itu.",
            "Waketum PAN ini mengaku bangga dengan produksi otomotif dalam negeri.",
        ),
        "Dede Yusman",
        [],
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "name", "roles"), [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES]
)
def test_role_habits(paragraphs: tuple[str, ...], name: str, roles: list[str]) -> None:
    people = {p.name: p for p in extract(ParsedArticle(paragraphs=paragraphs)).people}
    assert name in people, sorted(people)
    assert list(people[name].roles) == roles


# (id, paragraphs, quoted text (start), expected speaker)
SPEAKER_CASES: list[tuple[str, tuple[str, ...], str, str | None]] = [
    (
        "a doubled opening mark opens the quotation once",
        ("Rahmat Sudarto hadir.", '""Ini merupakan komitmen kami untuk setia", ungkap Rahmat Sudarto.'),
        "Ini merupakan komitmen",
        "Rahmat Sudarto",
    ),
    (
        "a closing mark against the next opening mark is no doubled mark",
        ('"Saya sudah mencoba.""Saya harus bersabar," kata Budi Santoso.',),
        "Saya harus bersabar",
        "Budi Santoso",
    ),
    (
        "a common word before a speech verb names the one person whose surname it is",
        (
            "Kepala Penerangan Kodiklat, Kolonel Yosef Rambu mengatakan berkas sudah lengkap.",
            'Rambu menyatakan, "Berkas sudah dilimpahkan ke Polres Cimahi."',
        ),
        "Berkas sudah dilimpahkan",
        "Yosef Rambu",
    ),
    (
        "a pronoun after a person brought in by a role at a sentence start",
        (
            '"Ini penting," kata Budi Santoso.',
            "Ketua Asosiasi Kopi Bali (AKB) Gede Wira Santika setuju penjualan dibatasi.",
            '"Kami ingin generasi muda sehat," kata dia.',
        ),
        "Kami ingin generasi",
        "Gede Wira Santika",
    ),
    (
        "a pronoun after a connector, a role and a name with an adverb before the verb",
        (
            '"Ini penting," kata Budi Santoso.',
            "Sementara itu, Dewan Pakar Master C19 Juri Hartono juga mengamini, bahwa itu perlu.",
            '"Ya, kita tunggu saja," tandasnya.',
        ),
        "Ya, kita tunggu",
        "Juri Hartono",
    ),
    (
        "a titled name that is not the subject of what follows is no pronoun target",
        (
            '"Ini penting," kata Budi Santoso.',
            "Presiden Joko Widodo ingin bantuan naik kelas.",
            '"Kita harapkan ini menjadi penyemangat," pungkasnya.',
        ),
        "Kita harapkan",
        "Budi Santoso",
    ),
    (
        "a common word opens a one-word name in apposition to a cue's description",
        ('"Undang-undang itu benteng terakhir," ujar orator demonstrasi, Lini Zurnia di Senayan, Kamis.',),
        "Undang-undang itu",
        "Lini Zurnia",
    ),
    (
        "a pronoun after an unnamed speaker's quote means the unnamed speaker",
        (
            '"Fitur ini berfungsi," kata Shitesh Sachman.',
            '"Fitur ini berfungsi dengan baik," imbuh juru bicara WhatsApp.',
            '"Kami menyediakan opsi sederhana," pungkasnya.',
        ),
        "Kami menyediakan opsi",
        None,
    ),
    (
        "a cue whose name the scraper cut goes on with the speaker just quoted",
        ('"Saya sudah lama di sini," kata Ahmad Syafri.', '"Jadi terbakarnya teman-teman ini," kata ,.'),
        "Jadi terbakarnya",
        "Ahmad Syafri",
    ),
    (
        "a cut cue after a question is somebody else's answer",
        ('"Sudah makan?" tanya Gisela Anastasi.', '"Kalau perempuan ada Fani," jawab ,.'),
        "Kalau perempuan",
        None,
    ),
    (
        "a cut cue that is no reply word, after a question, is somebody else's answer too",
        ('"Sudah makan?" tanya Gisela Anastasi.', '"Belum, nanti saja," kata ,.'),
        "Belum, nanti",
        None,
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"), [c[1:] for c in SPEAKER_CASES], ids=[c[0] for c in SPEAKER_CASES]
)
def test_speaker_habits(paragraphs: tuple[str, ...], text: str, speaker: str | None) -> None:
    assert_speaker(ParsedArticle(paragraphs=paragraphs), text, speaker)


class _Iterating(frozenset[str]):
    """A frozenset that iterates in a chosen order first, as some hash seed might."""

    first: tuple[str, ...] = ()

    def __iter__(self) -> Iterator[str]:
        return iter((*self.first, *(w for w in frozenset.__iter__(self) if w not in self.first)))


def test_multiword_role_head_is_the_longest_match_whatever_the_set_order() -> None:
    """Two multi-word roles where one prefixes the other: the phrase's head is the longer one,
    however the set of multi-word roles happens to iterate."""
    lex = get_lexicon("id")
    roles = lex.multiword_roles | {"wakil ketua", "wakil ketua umum"}
    longest = tuple(sorted(roles, key=lambda p: (-len(p), p)))
    for order in (("wakil ketua", "wakil ketua umum"), ("wakil ketua umum", "wakil ketua")):
        iterating = _Iterating(roles)
        iterating.first = order
        patched = dataclasses.replace(lex, multiword_roles=iterating, multiword_longest_first=longest)
        assert role_head("Wakil Ketua Umum Partai Golkar", patched) == "wakil ketua umum"
    assert list(lex.multiword_longest_first) == sorted(lex.multiword_roles, key=lambda p: (-len(p), p))
