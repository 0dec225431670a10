"""quote_text_key: the words of a quote, casefolded, without accents or punctuation, hashed. Its values
are stored (``quotes.text_key``), so they must never change: the expected keys are computed here from
the words they stand for."""

from __future__ import annotations

import hashlib

import pytest

from newsdb.store.rows import quote_text_key


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("kami  MENOLAK!", "kami menolak"),
        ("Naïve café—ya, “betul”…", "naive cafe ya betul"),
        ("tab\tsep\u00a0nbsp\u2003em\u3000ideo", "tab sep nbsp em ideo"),
        ("snake_case 12,5 % x", "snake_case 12 5 x"),
        ("e\u0301x ǅemal İstanbul", "ex dzemal istanbul"),
        ("Ｆｕｌｌ ｗｉｄｔｈ", "full width"),
        ("\x1c\x1fa\x1eb", "a b"),
        ("...", ""),
        ("", ""),
    ],
)
def test_quote_text_key_hashes_the_plain_words(text: str, words: str) -> None:
    assert quote_text_key(text) == hashlib.sha256(words.encode("utf-8")).hexdigest()
