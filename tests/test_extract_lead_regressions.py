"""Regressions the lead found by measuring on articles the extractor was not tuned on.

Each case is an invented text showing a general Indonesian news habit.
"""

from __future__ import annotations

import pytest

from newsdb.extract import extract
from newsdb.records import ParsedArticle


@pytest.mark.parametrize(
    ("full", "given"), [("Purbaya Yudhi Sadewa", "Purbaya"), ("Sukmajaya Adi Pranata", "Sukmajaya")]
)
def test_a_given_name_in_brackets_after_a_title_word_stays_a_person(full: str, given: str) -> None:
    """'Pak Menkeu (Purbaya)' says who holds the office; the bracket is not an abbreviation."""
    article = ParsedArticle(
        title=f"Respons Keras {given} Usai Ditantang Gubernur",
        paragraphs=(
            f"Menteri Keuangan (Menkeu) {full} memberi respons keras seusai ditantang "
            "Gubernur Jawa Barat Dedi Mulyadi terkait data dana daerah.",
            f"{given} menerangkan data itu diperolehnya dari Bank Indonesia.",
            f'"Saya sudah cek. Saya tantang Pak Menkeu ({given}) untuk membuka datanya," ujar Dedi.',
            f'"Silakan periksa sendiri," kata {given} di Jakarta.',
        ),
    )
    extraction = extract(article)
    assert {full, "Dedi Mulyadi"} <= {p.name for p in extraction.people}
    speakers = [q.speaker for q in extraction.quotes if q.kind == "direct"]
    assert speakers == ["Dedi Mulyadi", full]


def _direct_speakers(*paragraphs: str, title: str | None = None) -> list[str | None]:
    extraction = extract(ParsedArticle(paragraphs=paragraphs, title=title))
    return [q.speaker for q in extraction.quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    "cue",
    [
        "kata anggota Komisi II DPR RI ini",
        "ucap juara Piala Asia 2007 itu",
        "kata pria yang akrab disapa Pak Darto ini",
        "ujar perempuan berusia 40 tahun tersebut",
    ],
)
def test_a_description_with_a_demonstrative_points_back_to_the_person(cue: str) -> None:
    """'kata <description> ini/itu/tersebut' is the person the story is following, not a new one."""
    speakers = _direct_speakers(
        "Ketua Fraksi PAN Sudarto Wibisono menilai aturan baru itu merugikan petani.",
        '"Aturan ini harus dicabut," ujar Sudarto Wibisono di Jakarta, Senin.',
        f'"Kami akan memanggil menteri terkait pekan depan," {cue}.',
    )
    assert speakers == ["Sudarto Wibisono", "Sudarto Wibisono"]


@pytest.mark.parametrize("clitic", ["sentilnya", "selorohnya", "sindirnya"])
def test_an_unlisted_verb_with_a_clitic_after_a_quote_is_a_pronoun_cue(clitic: str) -> None:
    speakers = _direct_speakers(
        "Gubernur Jawa Tengah Raharjo Setiadi menanggapi kritik itu dengan santai.",
        '"Saya tidak pernah menyimpan dana itu di deposito," kata Raharjo.',
        f'"Jadi, silakan saja diperiksa sendiri," {clitic}.',
    )
    assert speakers == ["Raharjo Setiadi", "Raharjo Setiadi"]


def test_the_speaker_is_the_name_after_the_cue_not_the_companion() -> None:
    speakers = _direct_speakers(
        "Penyanyi Ratna Kumalasari dan suaminya, Bima Prasetyo, berziarah ke makam ayahnya.",
        '"Senang bisa datang bersama suami," ujar Ratna didampingi Bima di Jakarta, Jumat (3/5).',
    )
    assert speakers == ["Ratna Kumalasari"]


def test_a_pronoun_cue_follows_the_reporting_subject_not_a_name_inside_the_report() -> None:
    """'Hendra, kakak korban, menuturkan, … Yoga …' makes Hendra the one 'kata dia' points to."""
    speakers = _direct_speakers(
        "Seorang pemuda bernama Yoga Pratama tewas setelah dikeroyok di sebuah pasar.",
        "Hendra, kakak dari pemuda 25 tahun itu menuturkan, keributan terjadi saat Yoga "
        "mendatangi pasar untuk mengambil barang dagangannya.",
        '"Saat di sana terjadi keributan antara adik saya dengan seorang pedagang," kata dia.',
        '"Banyak sekali lukanya," katanya.',
    )
    assert speakers == ["Hendra", "Hendra"]


def test_an_unknown_cue_word_between_a_quote_and_a_known_name_is_a_cue() -> None:
    """Typos and rare verbs ('ungkatp Willy') still attribute the quote to the name after it."""
    speakers = _direct_speakers(
        "Direktur PT Maju Jaya Willy Hartanto membuka ruang kerja bersama di Jakarta Utara.",
        '"Tempat ini terbuka untuk semua anak muda," ungkatp Willy di sela peresmian.',
    )
    assert speakers == ["Willy Hartanto"]
