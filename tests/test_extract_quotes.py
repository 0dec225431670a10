"""Quoting patterns of Indonesian news, one table row each: paragraphs → the quote expected."""

from __future__ import annotations

import pytest

from newsdb.extract import EXTRACTOR_VERSION, extract
from newsdb.records import ParsedArticle

LAVROV = "Menteri Luar Negeri Rusia Sergei Lavrov tiba di Riyadh pada Senin."
PESKOV = "Juru bicara Putin, Dmitry Peskov, menyebut perluasan NATO adalah ancaman bagi Rusia."
BUDI = "Kepala Dinas Kesehatan Kalbar Budi Santoso meninjau lokasi banjir."

# (id, paragraphs, quote text, speaker, kind, verb)
CASES = [
    (
        "cue after, name through a role",
        ["“Kami siap bekerja sama dengan siapa pun,” kata Menteri Luar Negeri Rusia Sergei Lavrov."],
        "Kami siap bekerja sama dengan siapa pun",
        "Sergei Lavrov",
        "direct",
        "kata",
    ),
    (
        "cue after, surname alias",
        [LAVROV, "“Kami tidak akan mundur dari tuntutan itu,” ujar Lavrov kepada wartawan."],
        "Kami tidak akan mundur dari tuntutan itu",
        "Sergei Lavrov",
        "direct",
        "ujar",
    ),
    (
        "cue before with comma",
        [LAVROV, "Lavrov mengatakan, “Kami tidak akan mundur dari tuntutan itu.”"],
        "Kami tidak akan mundur dari tuntutan itu.",
        "Sergei Lavrov",
        "direct",
        "mengatakan",
    ),
    (
        "cue before with colon in the previous paragraph",
        [BUDI, "Budi menjelaskan:", "“Semua warga sudah kami evakuasi ke tempat aman.”"],
        "Semua warga sudah kami evakuasi ke tempat aman.",
        "Budi Santoso",
        "direct",
        "menjelaskan",
    ),
    (
        "menurut X, quote",
        [BUDI, "Menurut Budi, “Air mulai surut sejak pagi tadi di semua desa.”"],
        "Air mulai surut sejak pagi tadi di semua desa.",
        "Budi Santoso",
        "direct",
        "Menurut",
    ),
    (
        "clitic katanya points back to the last speaker",
        [
            "“Penolakan itu tidak cukup saat ini,” kata juru bicara Kementerian Luar Negeri Maria Zakharova.",
            "“Aliansi tersebut harus mengingkari janji-janji itu,” katanya di Moskow.",
        ],
        "Aliansi tersebut harus mengingkari janji-janji itu",
        "Maria Zakharova",
        "direct",
        "katanya",
    ),
    (
        "clitic sambungnya",
        [
            "“Kami menjelaskan hari ini bahwa tidak ada yang berubah,” kata Lavrov.",
            "“Tentu saja ini tidak bisa kami terima,” sambungnya.",
        ],
        "Tentu saja ini tidak bisa kami terima",
        "Lavrov",
        "direct",
        "sambungnya",
    ),
    (
        "pungkas + surname",
        [PESKOV, "“Itu cukup jelas, jadi ekspansi ini menghadirkan ancaman bagi kami,” pungkas Peskov."],
        "Itu cukup jelas, jadi ekspansi ini menghadirkan ancaman bagi kami",
        "Dmitry Peskov",
        "direct",
        "pungkas",
    ),
    (
        "pronoun after the verb: kata dia",
        [BUDI, "“Karena itu, langkah selanjutnya adalah mengkaji ulang,” kata dia."],
        "Karena itu, langkah selanjutnya adalah mengkaji ulang",
        "Budi Santoso",
        "direct",
        "kata",
    ),
    (
        "pronoun before the verb: dia menambahkan",
        [BUDI, '"Jadi memang sampai sekarang belum stabil karena belum surut" dia menambahkan.'],
        "Jadi memang sampai sekarang belum stabil karena belum surut",
        "Budi Santoso",
        "direct",
        "menambahkan",
    ),
    (
        "pronoun subject before the quote: Ia mengatakan",
        [BUDI, "Ia mengatakan, “Bantuan logistik akan tiba besok pagi di posko.”"],
        "Bantuan logistik akan tiba besok pagi di posko.",
        "Budi Santoso",
        "direct",
        "mengatakan",
    ),
    (
        "straight marks",
        ['"Kami siap menampung semua pengungsi," ujar Bupati Sleman Sri Purnomo.'],
        "Kami siap menampung semua pengungsi",
        "Sri Purnomo",
        "direct",
        "ujar",
    ),
    (
        "multi-sentence quote",
        [
            "“Situasi telah mencapai batas kritis. Kami tidak bisa menunda lagi. Kami butuh jawaban,”"
            " kata Peskov dikutip Associated Press."
        ],
        "Situasi telah mencapai batas kritis. Kami tidak bisa menunda lagi. Kami butuh jawaban",
        "Peskov",
        "direct",
        "kata",
    ),
    (
        "partial quote in the reporter's sentence",
        [PESKOV, "Peskov juga menyebut NATO sekadar “alat konfrontasi” di kawasan itu."],
        "alat konfrontasi",
        "Dmitry Peskov",
        "partial",
        "menyebut",
    ),
    (
        "partial quote: the name is only part of the role",
        [PESKOV, "Kali ini, juru bicara Presiden Vladimir Putin menyebut NATO sekadar “alat konfrontasi”."],
        "alat konfrontasi",
        "Dmitry Peskov",
        "partial",
        "menyebut",
    ),
    (
        "partial quote after a -nya passive",
        [
            "Sekretaris Jenderal NATO Jens Stoltenberg tiba di Brussel.",
            "Stoltenberg enggan merinci apa yang disebutnya “perbedaan signifikan”.",
        ],
        "perbedaan signifikan",
        "Jens Stoltenberg",
        "partial",
        "disebutnya",
    ),
    (
        "indirect speech",
        [LAVROV, "Sergei Lavrov mengatakan pembicaraan di Arab Saudi berlangsung bermanfaat."],
        "pembicaraan di Arab Saudi berlangsung bermanfaat",
        "Sergei Lavrov",
        "indirect",
        "mengatakan",
    ),
    (
        "unnamed speaker stays unknown",
        ['Di luar sidang, seorang perempuan berteriak, "Tak bisa dipercaya."'],
        "Tak bisa dipercaya.",
        None,
        "direct",
        "berteriak",
    ),
    (
        "no cue at all stays unknown",
        ["“Kami akan terus berjuang sampai semua tuntutan dipenuhi oleh pemerintah.”"],
        "Kami akan terus berjuang sampai semua tuntutan dipenuhi oleh pemerintah.",
        None,
        "direct",
        None,
    ),
]


def _article(paragraphs: list[str]) -> ParsedArticle:
    return ParsedArticle(paragraphs=tuple(paragraphs))


def _find(paragraphs: list[str], text: str, kind: str):  # noqa: ANN202
    result = extract(_article(paragraphs))
    hits = [q for q in result.quotes if q.text == text and q.kind == kind]
    assert hits, f"no {kind} quote {text!r} in {[(q.kind, q.text) for q in result.quotes]}"
    return result, hits[-1]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker", "kind", "verb"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_quote_pattern(
    paragraphs: list[str], text: str, speaker: str | None, kind: str, verb: str | None
) -> None:
    result, quote = _find(paragraphs, text, kind)
    if speaker == "Lavrov":  # only the surname is given in that article
        assert quote.speaker == "Lavrov"
    else:
        assert quote.speaker == speaker
    assert quote.verb == verb
    names = {p.name for p in result.people}
    assert quote.speaker is None or quote.speaker in names


def test_secondary_source() -> None:
    _, quote = _find(CASES[12][1], CASES[12][2], "direct")
    assert quote.via == "Associated Press"


def test_quotation_over_two_paragraphs_gives_one_entry_each() -> None:
    paragraphs = [
        BUDI,
        "“Air sudah masuk ke rumah warga sejak tengah malam tadi.",
        "“Kami langsung mengerahkan perahu karet ke semua desa,” ujar Budi.",
    ]
    quotes = [q for q in extract(_article(paragraphs)).quotes if q.kind == "direct"]
    assert [q.paragraph for q in quotes] == [1, 2]
    assert {q.speaker for q in quotes} == {"Budi Santoso"}
    assert quotes[0].text == "Air sudah masuk ke rumah warga sejak tengah malam tadi."


def test_second_quote_after_attributed_one_in_same_paragraph() -> None:
    paragraphs = [BUDI, "“Kami siaga penuh malam ini,” kata Budi. “Semua relawan sudah berada di posko.”"]
    quotes = [q for q in extract(_article(paragraphs)).quotes if q.kind == "direct"]
    assert [q.speaker for q in quotes] == ["Budi Santoso", "Budi Santoso"]


@pytest.mark.parametrize(
    "paragraph",
    [
        'Simak Video "Dua Lifter Indonesia Gagal Sumbang Medali Asian Games" di kanal kami.',
        'Warga menyebut program itu dengan istilah "zonasi" sejak lama.',
        'Film "Avengers: Endgame" masih diputar di bioskop.',
    ],
)
def test_titles_and_terms_are_not_quotes(paragraph: str) -> None:
    assert [q for q in extract(_article([paragraph])).quotes if q.kind != "indirect"] == []


def test_spans_point_into_the_body() -> None:
    article = _article([BUDI, "“Kami siap,” kata Budi.", "Ia mengatakan, “Bantuan sudah dikirim ke posko.”"])
    result = extract(article)
    assert result.extractor_version == EXTRACTOR_VERSION
    for q in result.quotes:
        assert article.body[q.start : q.end] == q.text
        assert article.paragraph_offsets()[q.paragraph] <= q.start


def test_text_has_no_marks_or_trailing_comma() -> None:
    result = extract(
        _article(["“Ini sudah final, tidak bisa ditawar lagi ,,” tegas Bupati Sleman Sri Purnomo."])
    )
    assert result.quotes[0].text == "Ini sudah final, tidak bisa ditawar lagi"


# (id, paragraphs, quote text, expected speaker)
MORE_SPEAKERS = [
    (
        "period after an honorific stays in the speaker phrase",
        ["“Vitamin C itu penting bagi daya tahan tubuh,” kata Dr. Haekal Anshari selaku pemerhati gizi."],
        "Vitamin C itu penting bagi daya tahan tubuh",
        "Haekal Anshari",
    ),
    (
        "quote running straight into an attributed one",
        [
            BUDI,
            "“Air sudah mulai surut sejak pagi tadi.”",
            "“Warga mulai kembali ke rumah masing-masing,” ujar Budi.",
        ],
        "Air sudah mulai surut sejak pagi tadi.",
        "Budi Santoso",
    ),
    (
        "nickname introduced with akrab disapa",
        [
            "Kepala Dinas Pendidikan Kota Bekasi Inayatullah, yang akrab disapa Inay, meninjau sekolah.",
            "“Bangku-bangku itu kita adakan tahun ini,” kata Inay.",
        ],
        "Bangku-bangku itu kita adakan tahun ini",
        "Inayatullah",
    ),
    (
        "a description of a person points back",
        [BUDI, "“Kami terus memantau ketinggian air di hulu,” ujar pria berkacamata itu."],
        "Kami terus memantau ketinggian air di hulu",
        "Budi Santoso",
    ),
    (
        "a description of an institution names nobody",
        [BUDI, "“Kami menyesalkan kejadian ini dan akan membantu,” lanjut kedutaan tersebut."],
        "Kami menyesalkan kejadian ini dan akan membantu",
        None,
    ),
    (
        "the mother of a named person is not that person",
        [
            "Mien Rachman Uno membuka program beasiswa bagi anak muda.",
            "“Saya melihat banyak potensi besar anak-anak muda,” ungkap ibunda Sandiaga Uno itu.",
        ],
        "Saya melihat banyak potensi besar anak-anak muda",
        "Mien Rachman Uno",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"), [c[1:] for c in MORE_SPEAKERS], ids=[c[0] for c in MORE_SPEAKERS]
)
def test_speaker_resolution(paragraphs: list[str], text: str, speaker: str | None) -> None:
    _, quote = _find(paragraphs, text, "direct")
    assert quote.speaker == speaker


def test_place_after_a_preposition_is_not_a_speaker() -> None:
    result = extract(_article(["Seorang jaksa penuntut di Vatikan meminta hukuman berat bagi pelaku."]))
    assert result.people == ()


@pytest.mark.parametrize(
    "paragraph",
    [
        'Ia menyebut kebijakan itu "aneh" dan tidak masuk akal.',
        'Jaksa menyebut jabatannya sebagai "Promoter of Justice" di pengadilan itu.',
    ],
)
def test_one_word_and_title_fragments_are_not_partial_quotes(paragraph: str) -> None:
    assert [q for q in extract(_article([paragraph])).quotes if q.kind == "partial"] == []


def test_closing_mark_pushed_to_the_next_paragraph_keeps_the_cue() -> None:
    paragraphs = [
        "Wakil Ketua KPK Laode Muhammad Syarif menjelaskan perkara itu.",
        '"Yang bersangkutan mengganti rumah itu tanpa sepengetahuan kami.',
        '" ujar Laode di Gedung Merah Putih KPK.',
    ]
    _, quote = _find(paragraphs, "Yang bersangkutan mengganti rumah itu tanpa sepengetahuan kami.", "direct")
    assert quote.speaker == "Laode Muhammad Syarif"
    assert quote.verb == "ujar"


def test_rank_role_gets_the_office_before_the_comma() -> None:
    paragraphs = [
        "Kapolres Taput, AKBP Horas Marasi Silaen, menjelaskan kronologi kejadian.",
        "“Tersangka sudah kami tahan sejak kemarin malam,” terang Kapolres.",
    ]
    result, quote = _find(paragraphs, "Tersangka sudah kami tahan sejak kemarin malam", "direct")
    assert quote.speaker == "Horas Marasi Silaen"
    assert [p.name for p in result.people] == ["Horas Marasi Silaen"]


# Speaker habits seen on unseen articles, one invented case each: (id, paragraphs, title, quote, speaker)
HABIT_SPEAKERS = [
    (
        "a common word as a given name right after the cue",
        [
            "Kepala Seksi Promosi Dinas Koperasi, Hari Santoso, hadir.",
            "“Kami buka setiap hari,” kata Hari saat ditemui.",
        ],
        None,
        "Kami buka setiap hari",
        "Hari Santoso",
    ),
    (
        "a roman numeral is not part of the speaker",
        ["“Semua izin akan kami periksa ulang,” kata Kepala Satgas Wilayah IV Rudi Hartanto."],
        None,
        "Semua izin akan kami periksa ulang",
        "Rudi Hartanto",
    ),
    (
        "a name ending in a common word",
        ["“Terima kasih untuk semua yang datang,” kata Raisa Maya."],
        None,
        "Terima kasih untuk semua yang datang",
        "Raisa Maya",
    ),
    (
        "a description with a work's title points back",
        [
            "“Saya akan terus bernyanyi,” kata Sinta Wulandari.",
            "“Musik adalah hidup saya,” ujar pelantun “Cinta Pertama” tersebut.",
        ],
        None,
        "Musik adalah hidup saya",
        "Sinta Wulandari",
    ),
    (
        "a pronoun cue after a new speaker in the same paragraph",
        [
            "“Kami siap bertanding,” kata manajer tim Budi Santoso.",
            "Sementara itu, Yohanes Kaiba selaku pelatih kiper mengatakan jika timnya sudah siap. "
            "“Kami sudah berlatih keras selama sebulan,” ucapnya.",
        ],
        None,
        "Kami sudah berlatih keras selama sebulan",
        "Yohanes Kaiba",
    ),
    (
        "a pronoun cue with only the headline's speaker named",
        ["Dilansir dari kanal YouTube miliknya, , bercerita.", "“Rumah ini ada penunggunya,” katanya."],
        "Jarwo Ungkap Sosok Misterius di Rumah Barunya",
        "Rumah ini ada penunggunya",
        "Jarwo",
    ),
    (
        "a word never taken for a name opens a longer name of the article",
        [
            "Pengacara terdakwa, Muslim Jaya Sitorus yakin hakim adil.",
            "“Kami menunggu putusan hakim,” ujar Muslim kepada wartawan.",
        ],
        None,
        "Kami menunggu putusan hakim",
        "Muslim Jaya Sitorus",
    ),
    (
        "a cue between commas names the speaker a later pronoun means",
        [
            "“Berkas sudah lengkap,” kata Kapolda Irjen Luki Hermawan.",
            "Selain itu, sambung Frans Barung, polisi akan menerbitkan daftar pencarian orang.",
            "“Surat itu terbit besok,” ujar dia.",
        ],
        None,
        "Surat itu terbit besok",
        "Frans Barung",
    ),
    (
        "a person brought in at the start of a sentence is whom a pronoun means",
        [
            "“Konsernya batal mendadak,” kata promotor Budi Santoso.",
            "Rina (35), yang datang dari Medan, kecewa. Ia sudah membeli tiket sejak Mei.",
            "“Saya sudah jauh-jauh datang ke sini,” katanya.",
        ],
        None,
        "Saya sudah jauh-jauh datang ke sini",
        "Rina",
    ),
    (
        "a reply cue",
        [
            "“Orang tua tidak terlalu penting,” kata Dini.",
            "“Ya, apalagi kalau mereka kaya,” balas Sinta Wulandari.",
        ],
        None,
        "Ya, apalagi kalau mereka kaya",
        "Sinta Wulandari",
    ),
    (
        "a name before the verb after the quote",
        ["“Yang memprotes belum menonton filmnya,” Hanung Bramantyo menukas."],
        None,
        "Yang memprotes belum menonton filmnya",
        "Hanung Bramantyo",
    ),
    (
        "a role closed by a demonstrative points back",
        [BUDI, "“Kami terus memantau ketinggian air di hulu,” kata anggota Komisi IV DPR ini."],
        None,
        "Kami terus memantau ketinggian air di hulu",
        "Budi Santoso",
    ),
    (
        "an unlisted verb with a clitic after a quote closed by a comma",
        [BUDI, "“Jadi, silakan diperiksa sendiri,” kelakarnya."],
        None,
        "Jadi, silakan diperiksa sendiri",
        "Budi Santoso",
    ),
    (
        "a misspelt cue word before a known name",
        [BUDI, "“Air sudah mulai surut sejak pagi,” ungkpa Budi di posko."],
        None,
        "Air sudah mulai surut sejak pagi",
        "Budi Santoso",
    ),
    (
        "the companion after the speaker is not the speaker",
        [
            "Penyanyi Sinta Wulandari dan suaminya, Rekso Wiryokusumo, berziarah.",
            "“Senang bisa datang bersama suami,” ujar Sinta didampingi Rekso di makam.",
        ],
        None,
        "Senang bisa datang bersama suami",
        "Sinta Wulandari",
    ),
    (
        "a name inside someone's reported clause is not whom a pronoun means",
        [
            "Dedi Kurniawan, kakak korban, menuturkan, keributan terjadi saat Yoga Pratama datang ke pasar.",
            "“Lukanya banyak sekali,” kata dia.",
        ],
        None,
        "Lukanya banyak sekali",
        "Dedi Kurniawan",
    ),
    (
        "a name the scraper dropped stays unknown",
        ["Budi Santoso hadir di sana.", "“Kami sudah berlatih keras selama sebulan,” jelas ,."],
        None,
        "Kami sudah berlatih keras selama sebulan",
        None,
    ),
    (
        "an organisation's short form after the role is not the speaker's first name",
        [
            "Ekonom Indef Gita Permata Sari menilai harga beras naik.",
            "“Pasokan dari petani belum pulih,” ujar Gita. Indef mencatat harga naik tiga persen.",
        ],
        None,
        "Pasokan dari petani belum pulih",
        "Gita Permata Sari",
    ),
    (
        "a two-letter given name that is also an acronym after the cue",
        [
            "Wakil Gubernur Jawa Barat Uu Ruzhanul Ulum meninjau pasar.",
            "“Stok beras aman sampai Lebaran,” ujar Uu.",
        ],
        None,
        "Stok beras aman sampai Lebaran",
        "Uu Ruzhanul Ulum",
    ),
    (
        "a two-letter given name at the end of the sentence after the cue",
        ["Juru bicara Xu Lanfang hadir di sana.", "“Kami menolak tuduhan itu,” tegas Xu."],
        None,
        "Kami menolak tuduhan itu",
        "Xu Lanfang",
    ),
    (
        "a speaker named by the initials of a name the article gives in full",
        [
            "Mantan menteri Bambang Hadi Santoso meresmikan gedung itu.",
            "“Gedung ini untuk anak muda,” kata BHS di sela acara.",
        ],
        None,
        "Gedung ini untuk anak muda",
        "Bambang Hadi Santoso",
    ),
    (
        "initials that fit two people of the article name nobody",
        [
            "Budi Santoso dan Bayu Saputra hadir di lokasi.",
            "“Kami datang sejak pagi,” kata BS.",
        ],
        None,
        "Kami datang sejak pagi",
        None,
    ),
    (
        "an abbreviated office title names the one person holding the full title",
        [
            "Menteri Perhubungan Darmawan Setiadi meninjau Pelabuhan Merak.",
            "Kapal tambahan disiapkan untuk arus mudik.",
            "“Kami tambah enam kapal,” ucap Menhub.",
        ],
        None,
        "Kami tambah enam kapal",
        "Darmawan Setiadi",
    ),
    (
        "an abbreviated office title nobody in the article holds stays unknown",
        ["Menteri Keuangan Darmawan Setiadi hadir.", "“Kami tambah enam kapal,” ucap Menhub."],
        None,
        "Kami tambah enam kapal",
        None,
    ),
    (
        "a lower-case role of civil society before the name (aktivis, akademisi, sejarawan)",
        ["“Sejarah itu harus ditulis jujur,” ujar sejarawan Bonar Situmeang di Medan."],
        None,
        "Sejarah itu harus ditulis jujur",
        "Bonar Situmeang",
    ),
    (
        "an occupation in lower case before the name heads the speaker phrase",
        ["“Gula tambahan sebaiknya dibatasi,” kata penulis dan dokter gizi Maria Hendriks."],
        None,
        "Gula tambahan sebaiknya dibatasi",
        "Maria Hendriks",
    ),
    (
        "a prize or event after 'juara' is not the speaker",
        ["“Saya senang sekali,” ujar juara 1 Lomba Pidato Nasional."],
        None,
        "Saya senang sekali",
        None,
    ),
    (
        "'Menurut pengakuan X' makes X the subject a later description points back to",
        [
            "Menurut pengakuan Ruud Gullit, latihan itu mengubah Davids menjadi gelandang tangguh.",
            "“Dia bertanya cara merebut bola,” ucap jawara Piala Eropa 1988 itu.",
        ],
        None,
        "Dia bertanya cara merebut bola",
        "Ruud Gullit",
    ),
    (
        "a sports noun closed by a demonstrative points back",
        [
            "Pebalap Yamaha Fabio Marini mengeluhkan ban belakangnya di Sepang.",
            "“Ban belakang saya habis,” ujar rider berusia 22 tahun itu.",
        ],
        None,
        "Ban belakang saya habis",
        "Fabio Marini",
    ),
    (
        "an acronym used elsewhere in the article joins the role, not the name",
        [
            "Direktur Operasional PDAM Joko Budi Santoso meninjau instalasi.",
            "“Air bersih mengalir lagi besok pagi,” kata Joko. PDAM sudah memperbaiki pipa.",
        ],
        None,
        "Air bersih mengalir lagi besok pagi",
        "Joko Budi Santoso",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "title", "text", "speaker"),
    [c[1:] for c in HABIT_SPEAKERS],
    ids=[c[0] for c in HABIT_SPEAKERS],
)
def test_speaker_habits(paragraphs: list[str], title: str | None, text: str, speaker: str | None) -> None:
    result = extract(ParsedArticle(paragraphs=tuple(paragraphs), title=title))
    (quote,) = [q for q in result.quotes if q.text == text]
    assert quote.speaker == speaker
