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
