"""detikcom furniture."""

from __future__ import annotations

from newsdb.importer.layout import parse_article

P1 = "Otorita IKN dan PT Vitka Delifood resmi menandatangani perjanjian kerja sama."
P2 = '"Kerja sama ini menjadi langkah konkret," ujar Basuki dikutip dari Antara.'


def test_detik_2025_dump() -> None:
    text = "\n".join(
        (
            "RM Padang Sederhana Bakal Nongol di IKN",
            P1,
            "SCROLL TO CONTINUE WITH CONTENT",
            P2,
            "ADVERTISEMENT",
            '"Detik Pagi, Jangan Tidur Lagi!"',
            "Saksikan Live DetikPagi :",
            "Lihat juga Video: Mampir ke RM Padang Peranakan Legendaris",
        )
    )
    article = parse_article(text)
    assert article.outlet == "detikcom" and article.paragraphs == (P1, P2)
    assert article.wire_sources == ("Antara",)


def test_detiksport_dateline() -> None:
    article = parse_article(f"Judul\nPhillip Island - {P1}\nSCROLL TO CONTINUE WITH CONTENT")
    assert article.dateline == "Phillip Island" and article.paragraphs == (P1,)
