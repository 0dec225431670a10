"""Whole-page copies (as a reader would paste them), beyond the scraped corpus: header and footer chrome."""

from __future__ import annotations

from newsdb.importer.layout import parse_article
from newsdb.records import SourceHints

P1 = "Pemerintah menegaskan sikapnya dalam rapat kerja bersama DPR pada hari ini."
P2 = '"Kami akan mengawal kebijakan ini sampai tuntas," kata Menteri itu.'


def page(*lines: str) -> str:
    return "\n\n".join(lines)


def test_kompas_com_page() -> None:
    text = page(
        "Pemerintah Tegaskan Sikap soal Kebijakan Baru",
        "Kompas.com - 12/01/2022, 22:40 WIB",
        "Penulis Ardito Ramadhan | Editor Bagus Santosa",
        "Dengarkan berita ini",
        f"JAKARTA, KOMPAS.com - {P1}",
        "Baca juga: DPR Setujui RUU Baru",
        P2,
        "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu.",
        "Copyright 2008 - 2022 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.",
    )
    article = parse_article(text)
    assert article.outlet == "Kompas.com" and article.dateline == "JAKARTA"
    assert article.title == "Pemerintah Tegaskan Sikap soal Kebijakan Baru"
    assert article.date_text == "12/01/2022, 22:40 WIB"
    assert (
        article.published_at is not None and article.published_at.isoformat() == "2022-01-12T22:40:00+07:00"
    )
    assert article.authors == ("Ardito Ramadhan",) and article.editors == ("Bagus Santosa",)
    assert article.related_headlines == ("DPR Setujui RUU Baru",)
    assert article.paragraphs == (P1, P2)


def test_tribunnews_page() -> None:
    text = page(
        "Judul Berita Tribun",
        "Laporan Wartawan Tribunnews.com, Reza Deni",
        f"TRIBUNNEWS.COM, JAKARTA - {P1}",
        P2,
        "Baca berita lainnya di Google News",
        "Artikel ini telah tayang di Tribunnews.com dengan judul Judul Berita Tribun",
        "Berita lain yang bukan bagian artikel.",
    )
    article = parse_article(text)
    assert article.outlet == "Tribunnews" and article.authors == ("Reza Deni",)
    assert article.paragraphs == (P1, P2)


def test_detik_page_footer() -> None:
    text = page(
        "Judul Berita Detik",
        f"Jakarta - {P1}",
        "SCROLL TO CONTINUE WITH CONTENT",
        f"{P2} (rdp/imk)",
        'Baca artikel detiknews, "Judul Berita Detik" selengkapnya https://news.detik.com/berita/d-1/judul',
        "Berita lain.",
    )
    article = parse_article(text)
    assert article.outlet == "detikcom" and article.dateline == "Jakarta"
    assert article.paragraphs == (P1, P2)


def test_okezone_page_chrome() -> None:
    text = page(
        "Judul Okezone",
        f"JAKARTA - {P1}",
        "Follow Berita Okezone di Google News",
        P2,
        "Dapatkan berita up to date dengan semua berita terkini dari Okezone hanya dengan satu akun di ORION",
        "Berita lain.",
    )
    article = parse_article(text, SourceHints(url="https://nasional.okezone.com/read/2022/01/12/1/x"))
    assert article.outlet == "Okezone" and article.dateline == "JAKARTA"
    assert article.paragraphs == (P1, P2)


def test_liputan6_page_chrome() -> None:
    text = page(
        "Judul Liputan6",
        f"Liputan6.com, Jakarta - {P1}",
        "Simak juga video pilihan berikut ini:",
        P2,
        "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor "
        "Cek Fakta Liputan6.com 0811 9787 670 hanya dengan ketik kata kunci yang diinginkan.",
        "Halaman 1 2 Selanjutnya",
    )
    article = parse_article(text)
    assert article.outlet == "Liputan6" and article.dateline == "Jakarta"
    assert article.paragraphs == (P1, P2)
