"""Layout stage: furniture rules, layout choice, hints, and robustness."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdb.errors import LayoutError, NewsdbError, UnknownOutlet
from newsdb.importer.layout import parse_article, slug_from_url
from newsdb.importer.registry import LAYOUTS, choose_layout, get_layout
from newsdb.records import SourceHints

TITLE = "Judul Berita yang Cukup Panjang untuk Sebuah Judul"
P1 = "Paragraf pertama berisi kalimat yang cukup panjang untuk menjadi isi berita."
P2 = "Paragraf kedua juga berisi kalimat lengkap dengan titik di akhirnya."


def parse(*lines: str, hints: SourceHints | None = None):  # type: ignore[no-untyped-def]
    return parse_article("\n".join(lines), hints)


@pytest.mark.parametrize(
    ("first", "dateline", "paragraph"),
    [
        (f"JAKARTA - {P1}", "JAKARTA", P1),
        (f"MOSKOW, KOMPAS.TV - {P1}", "MOSKOW", P1),
        (f"JAKARTA, KOMPAS.com - {P1}", "JAKARTA", P1),
        (f"Liputan6.com, Jakarta - {P1}", "Jakarta", P1),
        (f"PHILLIP ISLAND - {P1}", "PHILLIP ISLAND", P1),
        (f"TRIBUNNEWS.COM, JAKARTA - {P1}", "JAKARTA", P1),
        (f"JAKARTA – {P1}", "JAKARTA", P1),
        (f"Jakarta - {P1}", None, f"Jakarta - {P1}"),
        (f"- {P1}", None, P1),
        (f"– {P1}", None, P1),
        (f"-,{P1}", None, P1),
        (f"SYDNEY menjadi salah satu kota. {P1}", None, f"SYDNEY menjadi salah satu kota. {P1}"),
        (f"KOMPAS.COM - {P1}", None, P1),
        (f"TRIBUNNEWS.COM - {P1}", None, P1),
        ("K-Pop,bakal kembali ke Indonesia.", None, "K-Pop,bakal kembali ke Indonesia."),
        ("PS TIRA-Persikabo dan Persib berbagi angka.", None, "PS TIRA-Persikabo dan Persib berbagi angka."),
        (
            f"Kementerian Keuangan - lembaga negara - {P1}",
            None,
            f"Kementerian Keuangan - lembaga negara - {P1}",
        ),
    ],
)
def test_dateline_is_cut_from_the_first_paragraph(first: str, dateline: str | None, paragraph: str) -> None:
    article = parse(TITLE, first, P2)
    assert article.dateline == dateline
    assert article.paragraphs == (paragraph, P2)


@pytest.mark.parametrize(
    "furniture",
    [
        "SCROLL TO CONTINUE WITH CONTENT",
        "ADVERTISEMENT",
        "BACA JUGA:",
        "Baca juga:,,,",
        "Simak juga Video 'RI Siapkan 15 Cagar Budaya':",
        'Tonton juga video "Mensos: Strategi Presiden" di sini:',
        "Lihat juga Video: Mampir ke RM Padang",
        "Simak Video Penjelasan Yusril soal TNI",
        "Saksikan Live Detikpagi :",
        "Saksikan LiveDetikpagi:",
        "#GrowFearless with FIMELA",
        "#growfearless with Fimela",
        "loading...",
        "(*)",
        "(Tin/Ysl)",
        "(Keenan Pasha/Isk)",
        "[mus]",
        "Sumber asli: ,Disadur dari: , (Penulis Dimas, published 01/09/2019),",
        "\xa0",
        "Baca selengkapnya di , ,",
        "Baca selengkapnya di halaman berikutnya....",
        "Simak selengkapnya di halaman selanjutnya.",
        "(Foto: dok. Cetaphil)",
        "(,)",
        "#GrowFearless with Fiimela",
        "Penulis:",
        'Tonton juga "Bank Indonesia Umumkan BI-Rate Tetap 5,75%" di sini:',
        "[Gambas:Instagram]",
        "---",
        '"',
        '".',
        "(radarbali/jul/mus/jpr)",
        "(,) ,",
        "Video by: Rans Entertainment",
    ],
)
def test_furniture_lines_leave_the_body(furniture: str) -> None:
    article = parse(TITLE, P1, furniture, P2)
    assert article.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    "stop",
    ["BERITA LAINNYA", "Close Ads x", "Artikel ini telah tayang di,dengan judul Baru Sepekan,,.",
     "(TribunJakarta.com/Dwi Putra),Artikel ini telah tayang di Tribunjakarta.com dengan judul"],
)  # fmt: skip
def test_everything_after_a_stop_line_is_chrome(stop: str) -> None:
    assert parse(TITLE, P1, stop, "Berita lain yang tidak termasuk.").paragraphs == (P1,)


@pytest.mark.parametrize(
    ("line", "related", "body"),
    [
        ("Baca juga: BMKG :,,Sementara berdasarkan pengamatan.", [], ["Sementara berdasarkan pengamatan."]),
        ("Baca juga: Review: ,#GrowFearLess with Fimela", [], []),
        (
            "Baca juga: Layanan Sempat Error, Bos Bank Minta Maaf,",
            ["Layanan Sempat Error, Bos Bank Minta Maaf"],
            [],
        ),
        (
            "Baca juga: Harga Emas Turun Lagi,,Harga perak naik.",
            ["Harga Emas Turun Lagi"],
            ["Harga perak naik."],
        ),
    ],
)
def test_related_headline_cleanup(line: str, related: list[str], body: list[str]) -> None:
    article = parse(TITLE, P1, line)
    assert list(article.related_headlines) == related
    assert list(article.paragraphs) == [P1, *body]


def test_read_more_marker_keeps_the_body_text_glued_to_it() -> None:
    teaser = "Simak selengkapnya ramalan zodiak berikut ini."
    article = parse(TITLE, P1, f"Baca selengkapnya di , , {P2}", teaser)
    assert article.paragraphs == (P1, P2, teaser)


def test_related_headlines() -> None:
    article = parse(
        TITLE,
        P1,
        "Baca Juga: Demo Berdarah di Kazakhstan",
        "Baca juga: ,#GrowFearLess with Fimela",
        f"{P2} (Baca juga: Harga Emas Turun Lagi)",
        "Baca Juga :,,Diketahui, dua hari sebelumnya Panglima TNI datang.",
    )
    assert article.related_headlines == ("Demo Berdarah di Kazakhstan", "Harga Emas Turun Lagi")
    assert article.paragraphs == (P1, P2, "Diketahui, dua hari sebelumnya Panglima TNI datang.")


@pytest.mark.parametrize(
    ("line", "authors", "editors", "wire"),
    [
        (
            "Penulis : Ikhsan Abdul Hakim | Editor : Iman Firdaus",
            ["Ikhsan Abdul Hakim"],
            ["Iman Firdaus"],
            [],
        ),
        ("Reporter: Ahda Bayhaqi,Sumber: Merdeka", ["Ahda Bayhaqi"], [], ["Merdeka"]),
        ("Reporter: Fitri Haryanti Harsono,Sumber:,", ["Fitri Haryanti Harsono"], [], []),
        ("Reporter: Fachrur Rozie", ["Fachrur Rozie"], [], []),
        ("Penulis: Annesa K. Ramadhany,,", ["Annesa K. Ramadhany"], [], []),
        ("Penulis Eva Nur Fauziyah,,,,", ["Eva Nur Fauziyah"], [], []),
        ("Editor: Iman Firdaus", [], ["Iman Firdaus"], []),
        ("Sumber : Associated Press", [], [], ["Associated Press"]),
        ("Sumber: Sky Sports", [], [], ["Sky Sports"]),
        ("(AFP)", [], [], ["AFP"]),
        ("Sumber: Liputan6,Reporter: Atikah Rahma", ["Atikah Rahma"], [], ["Liputan6"]),
        ("rap/ts (AFP, dpa)", [], [], ["AFP", "dpa"]),
    ],
)
def test_bylines_and_sources(line: str, authors: list[str], editors: list[str], wire: list[str]) -> None:
    article = parse(TITLE, P1, P2, line)
    assert article.paragraphs == (P1, P2)
    assert list(article.authors) == authors
    assert list(article.editors) == editors
    assert list(article.wire_sources) == wire


@pytest.mark.parametrize(
    ("sentence", "wire"),
    [
        ("kata Peskov dikutip Associated Press.", ["Associated Press"]),
        ("kata dia kepada Reuters dilansir Selasa.", ["Reuters"]),
        ("seperti dilansir AFP, Senin.", ["AFP"]),
        ("kata dia seperti dikutip dari kantor berita Xinhua.", ["Xinhua"]),
        ("menurut laporan AP yang dikutip.", ["Associated Press"]),
        ("Reuters tidak disebut sebagai sumber di sini.", []),
        ("APBN dan RAPBN bukan kantor berita.", []),
    ],
)
def test_wire_sources_from_attribution(sentence: str, wire: list[str]) -> None:
    assert list(parse(TITLE, P1, sentence).wire_sources) == wire


@pytest.mark.parametrize("city", ["Jakarta", "Phillip Island", "Kudus"])
def test_detik_keeps_mixed_case_datelines(city: str) -> None:
    article = parse(TITLE, f"{city} - {P1}", "SCROLL TO CONTINUE WITH CONTENT", P2)
    assert article.layout == "detik" and article.dateline == city and article.paragraphs == (P1, P2)


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ('"Saya ikhlas terima," katanya. [mus],,,loading...', '"Saya ikhlas terima," katanya.'),
        ("minggu depan sudah adem,” ujarnya. (inews),loading...", "minggu depan sudah adem,” ujarnya."),
        ("di Play Store dan App Store., ,#Growfearless with Fimela", "di Play Store dan App Store."),
        ("penyebab dugaan keracunan,\" katanya. ,", "penyebab dugaan keracunan,\" katanya."),
        ("Guru honorer (PNS)", "Guru honorer (PNS)"),
        ("harga naik 5 persen (yoy)", "harga naik 5 persen"),
        ("kata dia. (jpnn/pojoksatu),,,loading...", "kata dia."),
    ],
)  # fmt: skip
def test_trailing_junk(last: str, expected: str) -> None:
    assert parse(TITLE, P1, last).paragraphs[-1] == expected


def test_parenthesised_codes_stay_inside_the_body() -> None:
    assert parse(TITLE, "Inflasi naik 5 persen (yoy)", P2).paragraphs == ("Inflasi naik 5 persen (yoy)", P2)
    assert parse(TITLE, "Ia berkata. [mus]", P2).paragraphs == ("Ia berkata.", P2)


def test_whitespace_runs_are_squashed_and_text_is_otherwise_verbatim() -> None:
    article = parse(TITLE, "  “Kutipan,”\t kata\xa0 dia  ,  lalu pergi.  ")
    assert article.paragraphs == ("“Kutipan,” kata dia , lalu pergi.",)


def test_title_rules() -> None:
    assert parse(TITLE, P1).title == TITLE
    assert parse(P1, P2).title is None  # a sentence is not a title
    assert parse(f"JAKARTA - {P1}", P2).title is None
    assert parse("Satu baris saja tanpa titik").title is None  # nothing left for a body: it is the body
    hinted = parse(
        "Kalimat pembuka yang diakhiri titik.",
        P1,
        hints=SourceHints(title="Kalimat pembuka yang diakhiri titik."),
    )
    assert hinted.title == "Kalimat pembuka yang diakhiri titik." and hinted.paragraphs == (P1,)
    assert parse(P1, P2, hints=SourceHints(title="Dari Sidecar")).title == "Dari Sidecar"
    assert parse(P1, P2, hints=SourceHints(title=" Dari\xa0 Sidecar ")).title == "Dari Sidecar"


def test_generic_header_date_and_slug_lines() -> None:
    article = parse(TITLE, "Senin, 16 September 2019 10:15 WIB", "judul-berita-yang-cukup-panjang", P1)
    assert article.date_text == "Senin, 16 September 2019 10:15 WIB"
    assert (
        article.published_at is not None and article.published_at.isoformat() == "2019-09-16T10:15:00+07:00"
    )
    assert article.published_date is not None and article.published_date.isoformat() == "2019-09-16"
    assert article.slug == "judul-berita-yang-cukup-panjang"
    assert article.paragraphs == (P1,)


def test_zone_default_only_for_a_known_indonesian_outlet() -> None:
    lines = (TITLE, "16/09/2019 10:15", P1)
    assert parse(*lines).published_at is None  # outlet unknown: the zone is not guessed
    assert parse(*lines).published_date is not None
    kompas = parse(*lines, hints=SourceHints(outlet="kompas"))
    assert kompas.published_at is not None and kompas.published_at.isoformat() == "2019-09-16T10:15:00+07:00"


def test_hints_fill_what_the_text_lacks() -> None:
    hints = SourceHints(
        outlet="detik",
        url="https://news.detik.com/berita/d-8108401/yusril-bilang-tni",
        title="Judul dari sidecar",
        published="2025-09-12T11:16",
    )
    article = parse(TITLE, P1, hints=hints)
    assert article.outlet == "detikcom" and article.outlet_domain == "detik.com" and article.layout == "detik"
    assert article.title == TITLE  # the text wins
    assert article.slug == "yusril-bilang-tni" and article.url == hints.url
    assert (
        article.published_at is not None and article.published_at.isoformat() == "2025-09-12T11:16:00+07:00"
    )
    assert article.date_text == "2025-09-12T11:16"


def test_a_yearless_date_in_the_text_lets_the_hints_date_through() -> None:
    article = parse(
        TITLE, "Selasa, 18 Februari", P1, hints=SourceHints(outlet="okezone", published="2025-02-18")
    )
    assert article.published_date is not None and article.published_date.isoformat() == "2025-02-18"
    alone = parse(TITLE, "Selasa, 18 Februari 10:00 WIB", P1)
    assert alone.published_at is None and alone.published_date is None
    assert alone.date_text == "Selasa, 18 Februari 10:00 WIB" and alone.paragraphs == (P1,)


def test_date_only_hint_gives_a_day_not_an_instant() -> None:
    article = parse(TITLE, P1, hints=SourceHints(outlet="kompas", published="2019-09-10"))
    assert article.published_at is None
    assert article.published_date is not None and article.published_date.isoformat() == "2019-09-10"
    assert article.date_mentions == ()


def test_known_outlet_in_hints_beats_text_evidence_and_the_users_outlet_only_fills_in() -> None:
    text = "\n".join((TITLE, P1, "SCROLL TO CONTINUE WITH CONTENT", P2))
    assert parse_article(text).outlet == "detikcom"  # evidence alone
    hinted = parse_article(text, SourceHints(url="https://www.kompas.com/read/x"))
    assert hinted.outlet == "Kompas.com" and hinted.layout == "kompas"  # metadata about the page wins
    assert hinted.paragraphs == (P1, P2)  # shared furniture still goes
    forced = parse_article(
        text, SourceHints(outlet="okezone", url="https://www.kompas.com/x", force_outlet=True)
    )
    assert forced.outlet == "Kompas.com" and forced.layout == "kompas"  # --outlet supplies what is lacking
    fallback = parse_article(text, SourceHints(outlet="okezone", force_outlet=True))
    assert fallback.outlet == "detikcom" and fallback.layout == "detik"  # the text names its outlet
    bare = parse_article("\n".join((TITLE, P1, P2)), SourceHints(outlet="okezone", force_outlet=True))
    assert bare.outlet == "Okezone"  # nothing names one: the user's outlet


def test_unknown_outlet_in_hints_keeps_its_name_but_the_text_picks_the_layout() -> None:
    text = "\n".join((TITLE, P1, "SCROLL TO CONTINUE WITH CONTENT", P2))
    article = parse_article(text, SourceHints(outlet="Harian Kita"))
    assert article.outlet == "Harian Kita" and article.outlet_domain is None
    assert article.layout == "detik" and article.paragraphs == (P1, P2)


def test_syndication_footer_does_not_change_the_outlet() -> None:
    text = "\n".join((TITLE, P1, "Artikel ini telah tayang di Grid.ID dengan judul ,."))
    article = parse_article(text, SourceHints(outlet="kompas"))
    assert article.outlet == "Kompas.com" and article.paragraphs == (P1,)


def test_unknown_outlet_gets_a_clean_generic_body() -> None:
    text = "\n".join(
        (TITLE, f"JAKARTA, HARIANKITA.com - {P1}", "ADVERTISEMENT", "Baca juga: Berita Lain", P2)
    )
    for hints in (
        None,
        SourceHints(outlet="Harian Kita"),
        SourceHints(outlet="Harian Kita", force_outlet=True),
    ):
        article = parse_article(text, hints)
        assert article.layout == "generic" and article.paragraphs == (P1, P2)
        assert article.related_headlines == ("Berita Lain",)
    assert parse_article(text).outlet is None  # never guessed
    assert parse_article(text, SourceHints(outlet="Harian Kita")).outlet == "Harian Kita"


@pytest.mark.parametrize(
    ("lines", "layout"),
    [
        (("Kompas TV nasional politik", TITLE, "Kompas.tv - 1 Mei 2020, 10:00 WIB", P1), "kompastv"),
        ((TITLE, P1, "SCROLL TO CONTINUE WITH CONTENT", P2), "detik"),
        ((TITLE, f"JAKARTA, KOMPAS.com - {P1}"), "kompas"),
        ((TITLE, P1, "#GrowFearless with FIMELA"), "fimela"),
        ((TITLE, f"{P1} [mus],,,loading..."), "posmetro"),
        ((TITLE, P1, "Reporter: Ahda Bayhaqi,Sumber: Merdeka"), "liputan6"),
        ((TITLE, P1, "Reporter: Yopi M,Sumber: Liputan6.com"), "merdeka"),
        ((TITLE, f"Liputan6.com, Jakarta - {P1}"), "liputan6"),
        ((TITLE, f"TRIBUNNEWS.COM, JAKARTA - {P1}"), "tribunnews"),
        ((TITLE, f"KapanLagi.com - {P1}"), "kapanlagi"),
        ((f"JAKARTA - {P1}", P2), "wire"),
        ((TITLE, P1, P2), "generic"),
    ],
)
def test_layout_choice_by_evidence(lines: tuple[str, ...], layout: str) -> None:
    assert choose_layout("\n".join(lines)).layout.name == layout
    assert parse(*lines).layout == layout


def test_registry() -> None:
    assert get_layout("kompastv") is LAYOUTS["kompastv"]
    with pytest.raises(UnknownOutlet):
        get_layout("nope")


@pytest.mark.parametrize(
    "text", ["", "   \n\n", "SCROLL TO CONTINUE WITH CONTENT\nADVERTISEMENT", "BERITA LAINNYA\nx"]
)
def test_no_body_is_a_layout_error(text: str) -> None:
    with pytest.raises(LayoutError):
        parse_article(text)


@pytest.mark.parametrize(
    ("url", "slug"),
    [
        ("https://sport.detik.com/raket/d-4699754/tonton-dhappening-hendra", "tonton-dhappening-hendra"),
        ("https://www.merdeka.com/peristiwa/hari-tanpa-bayangan-di-solo.html", "hari-tanpa-bayangan-di-solo"),
        ("https://www.kompas.tv/article/248530/", None),
        (None, None),
        ("http://[::1", None),
    ],
)  # fmt: skip
def test_slug_from_url(url: str | None, slug: str | None) -> None:
    assert slug_from_url(url) == slug


@settings(max_examples=300, deadline=None)
@given(
    st.text(max_size=600),
    st.one_of(st.none(), st.builds(SourceHints, outlet=st.one_of(st.none(), st.text(max_size=20)),
                                   url=st.one_of(st.none(), st.text(max_size=40)),
                                   published=st.one_of(st.none(), st.text(max_size=30)),
                                   force_outlet=st.booleans())),
)  # fmt: skip
def test_arbitrary_text_gives_an_article_or_a_named_error(text: str, hints: SourceHints | None) -> None:
    try:
        article = parse_article(text, hints)
    except NewsdbError:
        return
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([TITLE, P1, P2, "SCROLL TO CONTINUE WITH CONTENT", "Baca juga: X Y Z", "",
                                 "JAKARTA - ", "- ", "Sumber : AP", "loading...", "(Baca juga: A)", "\xa0"]),
                max_size=12))  # fmt: skip
def test_furniture_never_reaches_the_body(lines: list[str]) -> None:
    try:
        article = parse_article("\n".join(lines))
    except LayoutError:
        return
    for marker in ("SCROLL TO CONTINUE", "Baca juga", "Sumber :", "loading..."):
        assert marker not in article.body
