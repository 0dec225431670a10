"""SINDOnews: the reporter's name closing the article."""

from __future__ import annotations

from newsdb.importer.layout import parse_article
from newsdb.records import SourceHints

SINDO = SourceHints(outlet="sindonews")
P1 = "- Wakil Ketua Majelis Tabligh PP Muhammadiyah mengaku kecewa dengan keputusan itu. ,"
P2 = "Bergeser di sekitaran savanah kawasan pariwisata Bromo, downloadnya 10 Mbps."


def test_lone_name_line_is_the_author() -> None:
    article = parse_article("\n".join(("Judul", P1, P2, "Raka Dwi Novianto ,")), SINDO)
    assert article.authors == ("Raka Dwi Novianto",)
    assert article.paragraphs == (P1[2:-2], P2)


def test_name_glued_after_a_double_comma() -> None:
    article = parse_article("\n".join(("Judul", P1, P2[:-1] + ",,Intan Rakhmayanti Dewi ,")), SINDO)
    assert article.authors == ("Intan Rakhmayanti Dewi",)
    assert article.paragraphs[-1] == P2[:-1]


def test_a_short_closing_sentence_is_not_a_name() -> None:
    article = parse_article("\n".join(("Judul", P1, "Semoga bermanfaat.")), SINDO)
    assert article.authors == () and article.paragraphs[-1] == "Semoga bermanfaat."


def test_credit_without_its_label_is_dropped_unassigned() -> None:
    article = parse_article("\n".join(("Judul", P1, P2, ": Mohammad Ikhmarol Izzat ,")), SINDO)
    assert article.paragraphs == (P1[2:-2], P2) and article.authors == ()
