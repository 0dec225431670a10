"""Liputan6 / Merdeka.com syndication credits."""

from __future__ import annotations

import pytest

from newsdb.importer.layout import parse_article
from newsdb.records import SourceHints

TITLE = "Judul Berita Liputan6"
P1 = "Paragraf pertama berisi kalimat yang cukup panjang untuk menjadi isi berita."
P2 = '"Hari ini diperiksa lagi," ujar Taifur.'
LIPUTAN6 = SourceHints(outlet="liputan6")


@pytest.mark.parametrize(
    ("last", "body_end", "authors", "editors", "wire"),
    [
        (f"{P2}, ,Reporter: Adi Nugroho,Sumber: Merdeka", P2, ["Adi Nugroho"], [], ["Merdeka"]),
        (f"{P2}, , ,Reporter: Aqilah Ananda Purwanti", P2, ["Aqilah Ananda Purwanti"], [], []),
        (
            "Sumber: The Mirror,Disadur dari Bola.com (Penulis:Serafin Unus Pasi, published 9/9/2019)",
            P1, ["Serafin Unus Pasi"], [], ["The Mirror", "Bola.com"],
        ),
        (
            f"{P2}, ,Disadur dari: , (Penulis Muhammad Adiyaksa/ Editor Rizki Hidayat, published 1/9/2019),",
            P2, ["Muhammad Adiyaksa"], ["Rizki Hidayat"], [],
        ),
        (
            "Sumber asli: ,Disadur dari: , (Penulis Dimas Ardi Prasetya, published 01/09/2019),",
            P1, ["Dimas Ardi Prasetya"], [], [],
        ),
    ],
)  # fmt: skip
def test_credits_leave_the_body(
    last: str, body_end: str, authors: list[str], editors: list[str], wire: list[str]
) -> None:
    article = parse_article("\n".join((TITLE, P1, last, "(Tin/Ysl)")), LIPUTAN6)
    assert article.paragraphs[-1] == body_end
    assert list(article.authors) == authors
    assert list(article.editors) == editors
    assert list(article.wire_sources) == wire


def test_reporter_glued_to_the_start_of_a_paragraph() -> None:
    text = "\n".join(
        (TITLE, P1, "Reporter: Dwi Aditya Putra,Sumber: Merdeka.com,Kementerian Perhubungan melarang.")
    )
    article = parse_article(text, LIPUTAN6)
    assert article.paragraphs == (P1, "Kementerian Perhubungan melarang.")
    assert article.authors == ("Dwi Aditya Putra",) and article.wire_sources == ("Merdeka.com",)


def test_merdeka_reporter_line() -> None:
    text = "\n".join((TITLE, P1, "Reporter: Rizki Akbar Hasan,Sumber: Liputan6.com"))
    article = parse_article(text)
    assert article.outlet == "Merdeka.com" and article.paragraphs == (P1,)
    assert article.authors == ("Rizki Akbar Hasan",) and article.wire_sources == ("Liputan6.com",)
