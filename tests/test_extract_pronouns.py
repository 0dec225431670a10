"""Speaker habits for 1.8.0: who a pronoun or clitic cue means. Invented sentences, one row per
rule; each row fails when its rule (or the guard it names) is taken out.

Rows: paragraphs, the start of a direct quotation, its speaker.
"""

from __future__ import annotations

import pytest
from extract_support import assert_speaker

from newsdb.extract import extract
from newsdb.records import ParsedArticle

# (id, paragraphs, start of the quotation, speaker)
SPEAKER_CASES: list[tuple[str, tuple[str, ...], str, str | None]] = [
    (
        "'Menurut X, Y …': the name after the comma opens X's account and takes no later pronoun",
        (
            "Warga Sumenep, Ahmad Fauzi Rahman, meninggal dunia di rumah sakit.",
            '"Beliau sudah lama sakit," tutur Tony Nainggolan, juru bicara keluarga.',
            "Menurut Tony, Ahmad Fauzi baru tiga hari dirawat di rumah sakit itu.",
            '"Sebelumnya beliau dirawat di Sidoarjo," ucapnya.',
        ),
        "Sebelumnya beliau",
        "Tony Nainggolan",
    ),
    (
        "a cue between commas ('…, kata Petrus, …') makes a voice the narration rule keeps the pronoun for",
        (
            "Pengacara Petrus Halim menilai pemeriksaan Joko Susilo janggal.",
            '"Polisi harus terbuka," ujarnya.',
            "Sejak awal, kata Petrus, penyidikan berjalan lambat. Sebab, Joko selalu menolak diperiksa.",
            "Sidang itu ditunda hingga pekan depan.",
            '"Kami akan terus mengawal kasus ini," ujarnya.',
        ),
        "Kami akan terus",
        "Petrus Halim",
    ),
    (
        "a name the narration is about takes no pronoun three paragraphs after the voice",
        (
            "Klub Sinar Jaya resmi mendaftarkan Marko Petrovic, gelandang asal Serbia.",
            '"Kontrak pemain baru kami sudah selesai," ujar manajer klub Hasan Basri.',
            "Marko pun sudah menjalani debut saat melawan tim tamu.",
            "Pendaftaran pemain itu dilakukan sebelum batas waktu liga.",
            '"Kami pertahankan pemain yang ada," ujar dia.',
        ),
        "Kami pertahankan",
        "Hasan Basri",
    ),
    (
        "guard: three paragraphs after the voice, a name told about just before keeps the pronoun",
        (
            "Penyanyi Lina Marlina terluka saat syuting video klip.",
            '"Pipinya terbentur besi," ujar manajer Lina, Fikri Hakim.',
            "Lina sempat dilarikan ke rumah sakit terdekat.",
            "Setelah dirawat, Lina tampil lagi bersama rekan-rekannya.",
            '"Tadi itu insiden biasa, saya sudah sehat," ujarnya.',
        ),
        "Tadi itu",
        "Lina Marlina",
    ),
    (
        "guard: three paragraphs after the voice, a pronoun in the paragraph just before keeps it",
        (
            "Penyanyi Lina Marlina terluka saat syuting video klip.",
            '"Pipinya terbentur besi," ujar manajer Lina, Fikri Hakim.',
            "Lina sempat dilarikan ke rumah sakit terdekat.",
            "Setelah dirawat, kondisinya membaik dan ia tampil lagi bersama rekan-rekannya.",
            '"Tadi itu insiden biasa, saya sudah sehat," ujarnya.',
        ),
        "Tadi itu",
        "Lina Marlina",
    ),
    (
        "guard: four paragraphs after the voice the name the narration is about keeps the pronoun",
        (
            "Klub Sinar Jaya resmi mendaftarkan Marko Petrovic, gelandang asal Serbia.",
            '"Kontrak pemain baru kami sudah selesai," ujar manajer klub Hasan Basri.',
            "Marko pun sudah menjalani debut saat melawan tim tamu.",
            "Pendaftaran pemain itu dilakukan sebelum batas waktu liga.",
            "Laga itu berakhir imbang tanpa gol.",
            '"Saya senang bisa bermain di sini," ujar dia.',
        ),
        "Saya senang",
        "Marko Petrovic",
    ),
    (
        "a scraper's comma joining two paragraphs ('… besar. , \"…') does not join their sentences",
        (
            "Komandan Benny Susanto memimpin upacara pelepasan jenazah Budi Santoso.",
            '"Ini penghargaan negara," katanya. , Ia menambahkan Budi Santoso mendapatkan penghargaan '
            'itu karena jasanya besar. , "Kami kehilangan beliau," ujarnya.',
        ),
        "Kami kehilangan",
        "Benny Susanto",
    ),
]


@pytest.mark.parametrize(
    ("paragraphs", "text", "speaker"), [c[1:] for c in SPEAKER_CASES], ids=[c[0] for c in SPEAKER_CASES]
)
def test_speaker_pronouns(paragraphs: tuple[str, ...], text: str, speaker: str | None) -> None:
    assert_speaker(ParsedArticle(paragraphs=paragraphs), text, speaker)


def test_menurut_name_comma_name_reports_the_first() -> None:
    """'Menurut Tony, Ahmad Fauzi baru …' is Tony's account, an indirect quotation of his."""
    article = ParsedArticle(
        paragraphs=(
            "Tony Nainggolan menjadi juru bicara keluarga.",
            "Menurut Tony, Ahmad Fauzi baru tiga hari dirawat di rumah sakit itu.",
        )
    )
    found = [q for q in extract(article).quotes if q.kind == "indirect" and q.paragraph == 1]
    assert [(q.speaker, q.text) for q in found] == [
        ("Tony Nainggolan", "Ahmad Fauzi baru tiga hari dirawat di rumah sakit itu")
    ]


def test_joined_paragraphs_end_a_reported_clause_without_its_comma() -> None:
    """'… Ia mengatakan, X besar., "…"': the report is found and its clause keeps no comma."""
    article = ParsedArticle(
        paragraphs=(
            "Kapolsek Rudi Hartanto memimpin olah tempat kejadian., Rudi mengatakan, pelaku sudah "
            'ditahan sejak pagi., "Kami masih memeriksa saksi," ujarnya.',
        )
    )
    found = [q for q in extract(article).quotes if q.kind == "indirect"]
    assert [(q.speaker, q.text) for q in found] == [("Rudi Hartanto", "pelaku sudah ditahan sejak pagi")]
