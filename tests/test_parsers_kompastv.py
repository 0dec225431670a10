"""Kompas TV header variants."""

from __future__ import annotations

from newsdb.importer.layout import parse_article

BODY = "JAKARTA, KOMPAS.TV - Pemerintah menegaskan sikapnya hari ini kepada wartawan."


def test_header_without_site_line_or_caption() -> None:
    text = "\n".join(
        (
            "Judul Tanpa Baris Situs",
            "Kompas.tv - 3 Maret 2021, 08:05 WIB",
            "Penulis : Ana | Editor : Budi dan Citra",
            BODY,
        )
    )
    article = parse_article(text)
    assert article.layout == "kompastv" and article.outlet == "Kompas TV"
    assert article.title == "Judul Tanpa Baris Situs"
    assert (
        article.published_at is not None and article.published_at.isoformat() == "2021-03-03T08:05:00+07:00"
    )
    assert article.authors == ("Ana",) and article.editors == ("Budi", "Citra")
    assert article.dateline == "JAKARTA"
    assert article.paragraphs == ("Pemerintah menegaskan sikapnya hari ini kepada wartawan.",)
    assert article.section is None and article.photo_credit is None


def test_caption_credit_without_photographer() -> None:
    text = "\n".join(
        (
            "Kompas TV regional jawa",
            "Judul",
            "Kompas.tv - 3 Maret 2021, 08:05 WIB",
            "Warga antre vaksin. (Sumber: Kompas TV)",
            BODY,
        )
    )
    article = parse_article(text)
    assert article.section == "regional"
    assert article.photo_caption == "Warga antre vaksin." and article.photo_credit == "Kompas TV"
    assert article.photographers == ()
