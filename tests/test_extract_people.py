"""People of the story: names through roles, aliases, exclusions, the matching key."""

from __future__ import annotations

import pytest
from extract_support import assert_people

from newsdb.extract import extract
from newsdb.extract.people import person_key
from newsdb.records import ParsedArticle


def _people(*paragraphs: str, **fields: object) -> dict[str, object]:
    article = ParsedArticle(paragraphs=tuple(paragraphs), **fields)  # type: ignore[arg-type]
    return {p.name: p for p in extract(article).people}


# (id, sentence, canonical name, a role it carries or None)
ROLE_CASES = [
    (
        "minister",
        "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Riyadh.",
        "Sergei Lavrov",
        "Menteri Luar Negeri Rusia",
    ),
    (
        "spokeswoman, lower-case role",
        "Hal itu disampaikan juru bicara Kementerian Luar Negeri Maria Zakharova.",
        "Maria Zakharova",
        "juru bicara Kementerian Luar Negeri",
    ),
    (
        "president of a country",
        "Ia menanggapi tuntutan Presiden AS Donald Trump kemarin.",
        "Donald Trump",
        "Presiden AS",
    ),
    (
        "role in apposition",
        "Juru bicara Putin, Dmitry Peskov, menyebut NATO alat konfrontasi.",
        "Dmitry Peskov",
        "Juru bicara Putin",
    ),
    (
        "rank and initials",
        "Komandan Satuan Siber Mabes TNI, Brigjen JO Sembiring, berkonsultasi.",
        "JO Sembiring",
        None,
    ),
    (
        "party member",
        "Anggota Fraksi Partai Gerindra Syarif menolak usulan itu.",
        "Syarif",
        "Anggota Fraksi Partai Gerindra",
    ),
    ("regional head", "Bupati Sleman Sri Purnomo meninjau lokasi.", "Sri Purnomo", None),
    (
        "organisation in the role",
        "Kepala Otorita IKN Basuki Hadimuljono meresmikan kantor itu.",
        "Basuki Hadimuljono",
        "Kepala Otorita IKN",
    ),
    ("honorific stripped", "Warga menyambut kedatangan Bu Nining di sekolah.", "Nining", None),
    ("well-known single name", "Ia bertemu Jokowi di Istana.", "Jokowi", None),
    ("two-word name without title", "Pelapor terhadap Ferry Irwandi belum dipanggil.", "Ferry Irwandi", None),
]


@pytest.mark.parametrize(
    ("sentence", "name", "role"), [c[1:] for c in ROLE_CASES], ids=[c[0] for c in ROLE_CASES]
)
def test_name_through_role(sentence: str, name: str, role: str | None) -> None:
    people = _people(sentence)
    assert name in people, list(people)
    if role is not None:
        assert role in people[name].roles  # type: ignore[attr-defined]


def test_possessor_is_a_person_but_not_the_role_holder() -> None:
    people = _people(
        "Presiden Vladimir Putin menerima tamu.",
        "Juru bicara Putin, Dmitry Peskov, menyebut NATO alat konfrontasi.",
    )
    assert set(people) == {"Vladimir Putin", "Dmitry Peskov"}
    assert "Juru bicara Putin" not in people["Vladimir Putin"].roles  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("paragraphs", "name", "aliases", "mentions"),
    [
        (
            ("Menteri Luar Negeri Rusia Sergei Lavrov tiba.", "Lavrov mengatakan hal itu."),
            "Sergei Lavrov",
            ("Lavrov",),
            2,
        ),
        (
            ("Presiden (Vladimir) Putin menegaskan sikapnya.", "Putin menolak usulan itu."),
            "Vladimir Putin",
            ("Putin",),
            2,
        ),
        (
            ("Menteri Sekretaris Negara Prasetyo Hadi hadir.", "Menurut Pras, program berjalan baik."),
            "Prasetyo Hadi",
            ("Pras",),
            2,
        ),
    ],
)
def test_aliases_inside_an_article(
    paragraphs: tuple[str, ...], name: str, aliases: tuple[str, ...], mentions: int
) -> None:
    people = _people(*paragraphs)
    assert list(people) == [name]
    assert people[name].aliases == aliases  # type: ignore[attr-defined]
    assert people[name].mentions == mentions  # type: ignore[attr-defined]


def test_ambiguous_short_form_is_not_guessed() -> None:
    people = _people("Ibu Mien Rachman Uno hadir bersama putranya, Sandiaga Salahudin Uno.", "Uno tersenyum.")
    assert set(people) == {"Mien Rachman Uno", "Sandiaga Salahudin Uno"}
    assert all("Uno" not in p.aliases for p in people.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tuan rumah kompetisi adalah Universitas Brawijaya Malang.",
        "Kemacetan terjadi di Jalan Sudirman sejak pagi.",
        "Tim itu juara Piala Soeratin tahun lalu.",
        "Para santri pondok pesantren Miftahul Ulum ikut membantu.",
        "Program itu didukung Djarum Foundation sejak lama.",
        "Kemacetan panjang terjadi di Bandara Soekarno-Hatta.",
    ],
)
def test_names_inside_organisations_and_places_are_not_people(sentence: str) -> None:
    assert _people(sentence) == {}


def test_bylines_are_not_people_of_the_story() -> None:
    people = _people(
        "Sekretaris Jenderal NATO Jens Stoltenberg tiba di Brussel.",
        "Foto oleh Olivier Hoslet.",
        authors=("Ikhsan Abdul Hakim",),
        photographers=("Olivier Hoslet",),
    )
    assert set(people) == {"Jens Stoltenberg"}


def test_people_from_photo_caption() -> None:
    people = _people(
        "Pertemuan berlangsung tertutup.",
        photo_caption="Wakil Menteri Luar Negeri Rusia Alexander Grushko masuk ruang pertemuan.",
    )
    assert set(people) == {"Alexander Grushko"}


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Sergei Lavrov", "sergei lavrov"),
        ("Prof. Dr. Ir. Budi  Santoso, M.Si.", "budi santoso"),
        ("Pak Basuki Hadimuljono", "basuki hadimuljono"),
        ("Hj. Siti Nurhaliza, S.H.", "siti nurhaliza"),
        ("José\u00a0Müller", "jose muller"),
        ("F.X Hadi Rudyatmo", "f x hadi rudyatmo"),
    ],
)
def test_person_key(name: str, key: str) -> None:
    assert person_key(name) == key


def test_found_person_key_matches_person_key() -> None:
    people = _people("Menteri Luar Negeri Rusia Sergei Lavrov tiba.")
    assert people["Sergei Lavrov"].key == person_key("Sergei Lavrov")  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "paragraphs",
    [
        ("Presiden Joko Widodo (Jokowi) membuka acara itu.", "Jokowi lalu berpidato."),
        ("Presiden Joko Widodo membuka acara itu.", "Jokowi lalu berpidato."),
        ("Kepala Dinas Pendidikan Inayatullah, yang akrab disapa Inay, datang.", "Inay tersenyum."),
    ],
)
def test_nicknames_join_the_full_name(paragraphs: tuple[str, ...]) -> None:
    people = _people(*paragraphs)
    assert len(people) == 1
    (person,) = people.values()
    assert len(person.aliases) == 1  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Sementara itu, Agung Hadi Tjahjanto, Direktur Keuangan, menjelaskan rencana itu.",
            "Agung Hadi Tjahjanto",
        ),
        ("Ketua Dewan Ekonomi Nasional, Mari Elka Pangestu mengapresiasi kerja itu.", "Mari Elka Pangestu"),
        ("Kemarin Budi Santoso datang ke kantor polisi.", "Budi Santoso"),
        ("Kasat Reskrim AKBP Tahan Marpaung memimpin penangkapan.", "Tahan Marpaung"),
    ],
)
def test_common_word_given_names(sentence: str, name: str) -> None:
    assert name in _people(sentence)


# Habits seen on unseen articles, one invented sentence each:
# (id, paragraphs, title, names expected among the people, names that must not be people)
HABIT_CASES = [
    (
        "a roman numeral closes the office before the name",
        ("Kepala Satgas Wilayah IV Rudi Hartanto meninjau lokasi.",),
        None,
        {"Rudi Hartanto"},
        {"IV Rudi Hartanto"},
    ),
    (
        "a head that is an acronym only in capitals: 'Uu' is a given name, 'UU' a law",
        ("Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum membuka pameran UU Cipta Kerja di Bandung.",),
        None,
        {"Uu Ruzhanul Ulum"},
        {"Ruzhanul Ulum", "Cipta Kerja"},
    ),
    (
        "a two-letter surname closes a sentence; an abbreviation with a period does not",
        ("Penonton memadati konser penyanyi Agnez Mo. Antrean mengular sampai Jl. Budi Luhur.",),
        None,
        {"Agnez Mo"},
        {"Agnez Mo. Antrean", "Budi Luhur"},
    ),
    (
        "English corporate title words are the role, not a name",
        (
            "Hal itu disampaikan Head of Communication PT SAI Rina Kusumawati di Jakarta.",
            "Vice President Corporate Secretary PT Nusa Air Dimas Prakoso Wibowo hadir, begitu pula Chief"
            " Technology Officer Yudi Hartanto.",
        ),
        None,
        {"Rina Kusumawati", "Dimas Prakoso Wibowo", "Yudi Hartanto"},
        {"Communication", "Secretary", "Officer", "Technology Officer Yudi Hartanto"},
    ),
    (
        "an English event or document name after a title word is no person",
        ("Wali kota hadir di World Planning Congress dan menandatangani Framework Agreement.",),
        None,
        set(),
        {"Congress", "Framework Agreement"},
    ),
    (
        "team sponsors, police office short names and armed groups are not people",
        (
            "Pebalap Repsol Honda itu finis kedua, di depan pebalap Monster Energy Yamaha.",
            "Kepala Biro Penerangan Masyarakat (Karo Penmas) Divisi Humas Polri Brigjen Sigit Pramono hadir.",
            "Kelompok pemberontak Yaman, Houthi, mengaku bertanggung jawab.",
        ),
        None,
        {"Sigit Pramono"},
        {"Repsol", "Energy", "Penmas", "Houthi"},
    ),
    (
        "a common word between two known name words is a middle name",
        ("Hal itu disampaikan Menteri Perhubungan Budi Karya Sumadi di Bandara Kertajati.",),
        None,
        {"Budi Karya Sumadi"},
        {"Budi", "Sumadi"},
    ),
    (
        "the second word of a two-word organisation name is no person",
        ("Kabid Humas Polda Metro Jaya Kombes Arif Setiawan memberi keterangan.",),
        None,
        {"Arif Setiawan"},
        {"Jaya"},
    ),
    (
        "a word that also heads office names opens a name after a rank",
        ("Kasat Reskrim AKBP Hari Wicaksono memimpin penangkapan.",),
        None,
        {"Hari Wicaksono"},
        {"Wicaksono"},
    ),
    (
        "'Perumahan' after a role is the office's field, not a housing estate",
        (
            "Menteri Pekerjaan Umum dan Perumahan Rakyat Bambang Waluyo Adi meninjau bendungan.",
            "Warga Perumahan Griya Asri menyambutnya.",
        ),
        None,
        {"Bambang Waluyo Adi"},
        {"Griya Asri", "Waluyo Adi"},
    ),
    (
        "police and civil-service office short forms are no names",
        (
            "Direskrimsus Polda Jabar itu memimpin gelar perkara bersama tim Reskrimsus.",
            "Pedagang ditertibkan anggota Satpol bersama camat Hendra Wijaya.",
        ),
        None,
        {"Hendra Wijaya"},
        {"Direskrimsus", "Reskrimsus", "Satpol"},
    ),
    (
        "a common word opening a name after a role and a comma",
        ("Kepala Seksi Promosi Dinas Koperasi Kota Bogor, Hari Santoso mengatakan, programnya berjalan.",),
        None,
        {"Hari Santoso"},
        {"Santoso"},
    ),
    (
        "common words opening a name in a list",
        ("Tamu yang hadir antara lain Sinta Wulandari, Bunga Citra Lestari, dan Dewi Anggraini.",),
        None,
        {"Sinta Wulandari", "Bunga Citra Lestari", "Dewi Anggraini"},
        set(),
    ),
    (
        "a common word ending a name before a link word",
        ("Panggung dibuka oleh penyanyi Andi Irama & Orkes Melati Putih.",),
        None,
        {"Andi Irama"},
        {"Andi"},
    ),
    (
        "an office short form defined in brackets is not a person",
        (
            "Dinas Pemuda dan Olahraga (Dispora) Kota Bandung menggelar lomba.",
            "Kepala Bidang Pembinaan Dispora Kota Bandung, Andi Wijaya mengatakan lomba digelar tiap tahun.",
        ),
        None,
        {"Andi Wijaya"},
        {"Dispora"},
    ),
    (
        "a weak headline role does not make a person",
        ("Warga menolak kebijakan itu.",),
        "DPRD: Wali Kota Pemimpin Drama Queen, Bukan Pelayan",
        set(),
        {"Drama Queen"},
    ),
    (
        "every member of a roster that holds a person",
        ("Skuad itu diperkuat Bagas Pratama, Yohanes Kaiba, Rinaldo Wamea, Fikri dan Ardiansyah.",),
        None,
        {"Bagas Pratama", "Yohanes Kaiba", "Rinaldo Wamea", "Fikri", "Ardiansyah"},
        set(),
    ),
    (
        "a bare surname initial in a roster stays with the name",
        ("Skuad itu diperkuat Bagas Pratama, Yohanes Kaiba, Rinaldo S dan Ardiansyah.",),
        None,
        {"Rinaldo S", "Ardiansyah"},
        {"Rinaldo"},
    ),
    (
        "the middle initial A is an initial, not the stopword 'a'",
        ("Pemateri kajian itu ialah Dimas Prakoso, Hafiz A Nurhadi dan Rangga Permadi.",),
        None,
        {"Hafiz A Nurhadi"},
        {"Hafiz", "Nurhadi"},
    ),
    (
        "a role before a name with the middle initial A",
        ("Kepala dusun Warsito A Lubis menyebut jalan itu rusak.",),
        None,
        {"Warsito A Lubis"},
        {"Lubis"},
    ),
    (
        "a Javanese court title opens a royal's name and stays in it",
        ("Undangan itu ditandatangani Penghageng Tepas Dwarapura, GKR Sekarsari, pekan lalu.",),
        None,
        {"GKR Sekarsari"},
        {"Sekarsari"},
    ),
    (
        "a court title before two name words",
        ("Kirab dipimpin GPH Respati Wiryodiningrat dari pendapa.",),
        None,
        {"GPH Respati Wiryodiningrat"},
        {"Respati Wiryodiningrat"},
    ),
    (
        "a titled name inside a building's name is no person",
        ("Wisuda digelar di Auditorium GPH Respati Wiryodiningrat, Sabtu.",),
        None,
        set(),
        {"GPH Respati Wiryodiningrat", "GPH Respati", "Respati Wiryodiningrat"},
    ),
    (
        "a group letter A after a word that is no name stays out",
        ("Tim itu bermain di Grup A bersama klub milik Rudi Hartanto.",),
        None,
        {"Rudi Hartanto"},
        {"Grup A"},
    ),
    (
        "a list of clubs vouches for nobody",
        ("Timnas akan melawan Bei Jing Guoan, Tianjin FC dan Shanghai FC pekan depan.",),
        None,
        set(),
        {"Bei Jing Guoan", "Jing Guoan"},
    ),
    (
        "a kin word before a single name",
        ("Ia sempat memeluk ibu Kendrick usai konser.", "Kendrick lalu tertawa."),
        None,
        {"Kendrick"},
        set(),
    ),
    (
        "both names of a hyphenated pair",
        ("Pasangan Bobby Nasution-Aulia Rachman dilantik hari ini.",),
        None,
        {"Bobby Nasution", "Aulia Rachman"},
        set(),
    ),
    (
        "the unknown partner of a hyphenated pair",
        ("Pasangan Budi Santoso-Rekso Wiryokusumo menang tipis.",),
        None,
        {"Budi Santoso", "Rekso Wiryokusumo"},
        set(),
    ),
    (
        "a verb of a headline quoted in the body does not end a name",
        ('Simak Video "Gibran Resmikan Taman Kota di Solo" berikut ini.',),
        None,
        set(),
        {"Gibran Resmikan"},
    ),
    (
        "a given name in brackets after an office title is no abbreviation",
        ("Menteri Keuangan Rudianto Sakti Wibowo hadir.", "Kami menantang Pak Menkeu (Rudianto) bicara."),
        None,
        {"Rudianto Sakti Wibowo"},
        set(),
    ),
    (
        "a term abbreviated in brackets is not a person",
        ("Gubernur menerbitkan Instruksi Gubernur (Ingub) Nomor 12.", "Ingub itu berlaku sejak Senin."),
        None,
        set(),
        {"Ingub"},
    ),
    (
        "the field of an office is not a person",
        ("Deputi Bidang Klimatologi, Drs Herizal Saputra MSc, memaparkan data itu.",),
        None,
        {"Herizal Saputra"},
        {"Klimatologi"},
    ),
    (
        "the speaker of a headline with a colon",
        ("Ia mengaku sudah lama menunggu.",),
        "Jarwo Sudarsono: Saya Tidak Akan Mundur",
        {"Jarwo Sudarsono"},
        set(),
    ),
    (
        "a compound office title and a broker's name are not part of a person's name",
        (
            "Wadirreskrimsus Polda Banten AKBP Dedi Sunarya menjelaskan kasus itu.",
            "“Indeks menguat pekan ini,” kata analis Binaartha Sekuritas Yuganur Wijanarko.",
        ),
        None,
        {"Dedi Sunarya", "Yuganur Wijanarko"},
        {"Wadirreskrimsus", "Sekuritas Yuganur Wijanarko"},
    ),
    (
        "a ministry's field and a deputy minister's short title are not people",
        (
            "Menteri Pendayagunaan Aparatur Negara Rini Widyantini hadir bersama Wamensos Agus Jabo.",
            "Kepala Dinas Bina Marga, Hari Nugroho, meninjau trotoar.",
        ),
        None,
        {"Rini Widyantini", "Hari Nugroho"},
        {"Pendayagunaan", "Wamensos", "Dinas Bina Marga"},
    ),
    (
        "a company's name after PT runs on over common words, a bank's does not",
        (
            "Direktur PT Maju Jaya Willy Hartanto membuka kantor baru.",
            "Sekretaris Perusahaan Bank Mandiri Rohan Hafas menjelaskan gangguan itu.",
        ),
        None,
        {"Willy Hartanto", "Rohan Hafas"},
        {"Jaya Willy Hartanto", "Hafas"},
    ),
    (
        "the office a head leads is not a person",
        ("Kepala Pusat Penerangan TNI Mayjen Sisriadi menjelaskan hal itu.",),
        None,
        {"Sisriadi"},
        {"Penerangan"},
    ),
    (
        "a clitic form opening a sentence is not part of the name",
        ("Sepulangnya Ronny Wijaya dari kantor, ia langsung tidur.",),
        None,
        {"Ronny Wijaya"},
        {"Sepulangnya Ronny Wijaya"},
    ),
    (
        "an English organisation tail",
        ("Hal itu disampaikan peneliti Indonesia Corruption Watch Kurnia Ramadhana.",),
        None,
        {"Kurnia Ramadhana"},
        {"Corruption Watch"},
    ),
    (
        "the speaker of a headline",
        ("Dilansir dari kanal YouTube miliknya, , menceritakan rumah barunya.",),
        "Jarwo Ungkap Sosok Misterius di Rumah Barunya",
        {"Jarwo"},
        set(),
    ),
    (
        "an organisation's short form between the role and the name joins the role",
        (
            "Kepala Biro Humas KLH Rudi Hartono Saputra meninjau tempat pembuangan sampah.",
            "KLH akan memantau lokasi itu setiap pekan, kata Rudi.",
        ),
        None,
        {"Rudi Hartono Saputra"},
        {"KLH Rudi Hartono Saputra"},
    ),
    (
        "a camel-case organisation name between the role and the name joins the role",
        (
            "Chief Executive Officer TokoKu Andi Wirawan Putra membuka gerai baru.",
            "TokoKu menargetkan seratus gerai, kata Andi.",
        ),
        None,
        {"Andi Wirawan Putra"},
        {"TokoKu Andi Wirawan Putra"},
    ),
    (
        "the field of an office between the role and the name joins the role",
        (
            "Direktur Jenderal Pajak Bimo Santoso Wijaya menjelaskan aturan baru.",
            "Pajak digital mulai dipungut bulan depan, ujar Bimo.",
        ),
        None,
        {"Bimo Santoso Wijaya"},
        {"Pajak Bimo Santoso Wijaya"},
    ),
    (
        "a known nickname with an honorific ('Gus Dur') joins the full name in the article",
        ("Presiden Abdurrahman Wahid dikenang santri.", "Gus Dur dikenal humoris."),
        None,
        {"Abdurrahman Wahid"},
        {"Dur"},
    ),
    (
        "a capitalised pair of letters used only before the name is part of it",
        ("Ketua Panitia FX Yohanes Purnomo meresmikan pasar.", "Yohanes mengatakan pasar itu dibuka besok."),
        None,
        {"FX Yohanes Purnomo"},
        {"Yohanes Purnomo"},
    ),
    (
        "a think tank's short name is never part of a person's name",
        ("Peneliti Celios Rina Kartikasari menilai daya beli melemah.",),
        None,
        {"Rina Kartikasari"},
        {"Celios Rina Kartikasari"},
    ),
    (
        "a headline verb after a role is no name: Presiden Tinjau",
        ("Pembangunan jalan tol itu ditargetkan selesai tahun depan.",),
        "Presiden Tinjau Proyek Jalan Tol di Bekasi",
        set(),
        {"Tinjau"},
    ),
    (
        "a headline verb after a role is no name: Gubernur Bantah",
        ("Pembangunan jalan tol itu ditargetkan selesai tahun depan.",),
        "Gubernur Bantah Isu Pergantian Kepala Dinas",
        set(),
        {"Bantah"},
    ),
    (
        "a headline verb after a role is no name: Menteri Soroti",
        ("Pembangunan jalan tol itu ditargetkan selesai tahun depan.",),
        "Menteri Soroti Harga Beras Jelang Lebaran",
        set(),
        {"Soroti"},
    ),
    (
        "a headline verb after a role is no name: Kapolri Sambangi",
        ("Pembangunan jalan tol itu ditargetkan selesai tahun depan.",),
        "Kapolri Sambangi Korban Banjir di Bekasi",
        set(),
        {"Sambangi"},
    ),
    (
        "a headline verb after a role is no name: Bupati Lantik",
        ("Pembangunan jalan tol itu ditargetkan selesai tahun depan.",),
        "Bupati Lantik Pejabat Baru di Pendopo",
        set(),
        {"Lantik"},
    ),
    (
        "a headline verb after a role is no name: Wali Sidak",
        ("Pembangunan jalan tol itu ditargetkan selesai tahun depan.",),
        "Wali Kota Sidak Pasar Induk Pagi Ini",
        set(),
        {"Sidak"},
    ),
    (
        "a headline verb after a role is no name: Menteri Kunjungi",
        ("Pembangunan jalan tol itu ditargetkan selesai tahun depan.",),
        "Menteri Kunjungi Warga Terdampak Gempa",
        set(),
        {"Kunjungi"},
    ),
    (
        "a headline verb closes the name before it: Presiden Budi Tinjau",
        ("Presiden Budi Santoso meninjau proyek itu.",),
        "Presiden Budi Santoso Tinjau Proyek Jalan Tol",
        {"Budi Santoso"},
        {"Budi Santoso Tinjau"},
    ),
    (
        "a verb-like given name in the headline stays a name when the body writes it",
        ('"Kami keberatan dengan relokasi itu," kata Puji Lestari.',),
        "Puji Lestari Tolak Relokasi Warga",
        {"Puji Lestari"},
        {"Lestari", "Puji Lestari Tolak"},
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "title", "present", "absent"),
    [c[1:] for c in HABIT_CASES],
    ids=[c[0] for c in HABIT_CASES],
)
def test_people_habits(
    paragraphs: tuple[str, ...], title: str | None, present: set[str], absent: set[str]
) -> None:
    assert_people(ParsedArticle(paragraphs=paragraphs, title=title), present, absent)


def test_bracketed_nickname_is_an_alias_not_a_second_person() -> None:
    people = _people("Gubernur Ridwan Kamil (Emil) meninjau lokasi banjir.", "Emil mengatakan itu.")
    assert list(people) == ["Ridwan Kamil"]
    assert people["Ridwan Kamil"].aliases == ("Emil",)  # type: ignore[attr-defined]


def test_nickname_paragraphs_later_joins_the_one_name_it_begins() -> None:
    people = _people(
        "Kepala Dinas Pendidikan Kota Bekasi Inayatullah meninjau sekolah itu.",
        "Sekolah itu kekurangan bangku.",
        "“Bangku-bangku itu kita adakan tahun ini,” jelas pria yang akrab disapa Inay itu.",
    )
    assert list(people) == ["Inayatullah"]
    assert people["Inayatullah"].aliases == ("Inay",)  # type: ignore[attr-defined]


def test_a_long_short_form_may_begin_the_surname() -> None:
    people = _people("Anggota DPR Teuku Taufiqulhadi hadir.", "Menurut Taufiq, rapat ditunda.")
    assert list(people) == ["Teuku Taufiqulhadi"]
    assert people["Teuku Taufiqulhadi"].aliases == ("Taufiq",)  # type: ignore[attr-defined]
